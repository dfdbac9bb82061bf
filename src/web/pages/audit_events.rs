//! The trail for auditors and coordinators: filtered, keyset-paged, newest
//! first, with the filters in the URL; and exported as CSV or JSON Lines.

use askama::Template;
use axum::body::Body;
use axum::extract::{Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::{Chrome, render_with};
use crate::db::audit::browse::{EventFilter, Listed};
use crate::services::audit::{self, ExportFormat};
use crate::web::session::{Signed, percent_encode};
use crate::web::{AppError, AppState};

/// The filters as typed, kept to fill the form again.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct FilterForm {
    #[serde(default)]
    pub deployment: String,
    #[serde(default)]
    pub person: String,
    #[serde(default)]
    pub role: String,
    #[serde(default)]
    pub action: String,
    #[serde(default)]
    pub outcome: String,
    #[serde(default)]
    pub since: String,
    #[serde(default)]
    pub until: String,
    #[serde(default)]
    pub q: String,
    #[serde(default)]
    pub before: String,
}

impl FilterForm {
    /// The filter, or every field that is wrong, each naming the value and the rule.
    pub fn parse(&self) -> Result<EventFilter, Vec<String>> {
        let mut errors = Vec::new();
        let text = |value: &str| Some(value.trim().to_owned()).filter(|v| !v.is_empty());
        let deployment = match self.deployment.trim() {
            "" => None,
            id => id.parse::<i64>().map(Some).unwrap_or_else(|_| {
                errors.push(crate::i18n::t_with("audit-events-deployment-refused", &[("value", id)]));
                None
            }),
        };
        let outcome = match self.outcome.trim() {
            "" => None,
            o @ ("done" | "refused") => Some(o.to_owned()),
            other => {
                errors.push(crate::i18n::t_with("audit-events-outcome-refused", &[("value", other)]));
                None
            }
        };
        let mut date = |name: &'static str, value: &str, end: bool| match value.trim() {
            "" => None,
            given => crate::audit::export::parse_time(given, end).or_else(|| {
                errors.push(crate::i18n::t_with("audit-events-date-refused", &[("name", name), ("value", given)]));
                None
            }),
        };
        let since = date("since", &self.since, false);
        let until = date("until", &self.until, true);
        let bounded = |value: &str| text(value).map(|v| v.chars().take(200).collect::<String>());
        let filter = EventFilter {
            deployment,
            person: bounded(&self.person),
            role: bounded(&self.role),
            action: bounded(&self.action),
            outcome,
            since,
            until,
            text: bounded(&self.q),
            deployments_only: false,
        };
        if errors.is_empty() { Ok(filter) } else { Err(errors) }
    }

    /// The filters as a query string, for links that keep them.
    pub fn query(&self) -> String {
        [
            ("deployment", &self.deployment),
            ("person", &self.person),
            ("role", &self.role),
            ("action", &self.action),
            ("outcome", &self.outcome),
            ("since", &self.since),
            ("until", &self.until),
            ("q", &self.q),
        ]
        .iter()
        .filter(|(_, v)| !v.trim().is_empty())
        .map(|(k, v)| format!("{k}={}", percent_encode(v.trim())))
        .collect::<Vec<_>>()
        .join("&")
    }
}

pub struct EventView {
    pub seq: i64,
    pub when: String,
    pub who: String,
    pub acting_as: String,
    pub action: String,
    /// The action in the reader's words, when the catalog names it.
    pub action_label: String,
    pub outcome_label: String,
    /// A refusal's reason in the reader's language, when the event keeps its message.
    pub reason: String,
    pub target: String,
    /// Where the target is in the portal, when it is a deployment or a step.
    pub target_link: Option<String>,
    pub outcome: String,
    pub detail: String,
    pub sha256: String,
}

fn target_link(target: &str) -> Option<String> {
    let rest = target.strip_prefix("deployment:")?;
    let (id, more) = rest.split_once('/').unwrap_or((rest, ""));
    let id: i64 = id.parse().ok()?;
    match more.strip_prefix("step:") {
        Some(key) if crate::services::workflow::is_step_key(key) => Some(format!("/deployments/{id}/steps/{key}")),
        _ => Some(format!("/deployments/{id}")),
    }
}

impl From<Listed> for EventView {
    fn from(listed: Listed) -> Self {
        let e = listed.event;
        let detail = serde_json::from_str::<serde_json::Value>(&e.detail).ok();
        let acting_as = detail
            .as_ref()
            .and_then(|d| d.get("acting_as").and_then(|a| a.as_str()).map(str::to_owned))
            .unwrap_or_default();
        // The trail keeps keys and English; the reader gets their language.
        let lang = crate::i18n::current();
        let action_label = lang.try_t(&format!("event-{}", e.action.replace('.', "-"))).unwrap_or_default();
        let outcome_label = lang.try_t(&format!("outcome-{}", e.outcome)).unwrap_or_else(|| e.outcome.clone());
        let reason = detail
            .as_ref()
            .and_then(|d| d.get("reason_message"))
            .and_then(|m| crate::i18n::Msg::from_record(m, lang))
            .unwrap_or_default();
        EventView {
            seq: e.seq,
            when: super::date(e.at),
            who: e.actor_name,
            acting_as,
            action: e.action,
            action_label,
            outcome_label,
            reason,
            target_link: target_link(&e.target),
            target: e.target,
            outcome: e.outcome,
            detail: e.detail,
            sha256: listed.sha256,
        }
    }
}

#[derive(Template)]
#[template(path = "audit_events.html")]
struct EventsPage {
    chrome: Chrome,
    form: FilterForm,
    errors: Vec<String>,
    events: Vec<EventView>,
    query: String,
    older: Option<String>,
    proofs: bool,
}

pub async fn list(
    State(state): State<AppState>,
    signed: Signed,
    Query(form): Query<FilterForm>,
) -> Result<Response, AppError> {
    let query = form.query();
    let (events, errors, older) = match form.parse() {
        Ok(filter) => {
            let before = form.before.trim().parse::<i64>().ok();
            let listed = audit::browse(&state.pool, &signed.actor, &filter, before).await?;
            let older = (listed.len() as i64 == audit::PAGE_SIZE)
                .then(|| listed.last().map(|l| l.event.seq))
                .flatten()
                .map(|seq| if query.is_empty() { format!("before={seq}") } else { format!("{query}&before={seq}") });
            (listed.into_iter().map(EventView::from).collect(), Vec::new(), older)
        }
        Err(errors) => (Vec::new(), errors, None),
    };
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let proofs = crate::auth::authorize(&signed.actor, crate::auth::Action::ViewAudit).is_ok();
    let page = EventsPage {
        chrome: Chrome::new(Some(&signed), &crate::i18n::t("title-audit-events")),
        form,
        errors,
        events,
        query,
        older,
        proofs,
    };
    render_with(status, &page)
}

async fn export(state: AppState, signed: Signed, form: FilterForm, format: ExportFormat) -> Result<Response, AppError> {
    let filter = form.parse().map_err(|errors| AppError::BadRequest(errors.join("; ")))?;
    let job = audit::start_export(&state.pool, &signed.actor, &filter, format).await?;
    let (chunks, received) = tokio::sync::mpsc::channel::<Result<Vec<u8>, String>>(4);
    let pool = state.pool.clone();
    tokio::spawn(async move {
        if let Err(error) = job.run(&pool, chunks).await {
            tracing::error!(%error, "an audit export stopped");
        }
    });
    let stream = futures_util::stream::unfold(received, |mut received| async move {
        received.recv().await.map(|chunk| (chunk.map_err(std::io::Error::other), received))
    });
    let (content_type, name) = match format {
        ExportFormat::Csv => ("text/csv; charset=utf-8", "audit-events.csv"),
        ExportFormat::JsonLines => ("application/jsonl; charset=utf-8", "audit-events.jsonl"),
    };
    Ok((
        [
            (header::CONTENT_TYPE, content_type.to_owned()),
            (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{name}\"")),
        ],
        Body::from_stream(stream),
    )
        .into_response())
}

pub async fn export_csv(
    State(state): State<AppState>,
    signed: Signed,
    Query(form): Query<FilterForm>,
) -> Result<Response, AppError> {
    export(state, signed, form, ExportFormat::Csv).await
}

pub async fn export_jsonl(
    State(state): State<AppState>,
    signed: Signed,
    Query(form): Query<FilterForm>,
) -> Result<Response, AppError> {
    export(state, signed, form, ExportFormat::JsonLines).await
}
