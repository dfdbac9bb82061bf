//! One step: what it does, who may do it, its commands and checks, its
//! sign-off history, and the actions the viewer may take now.

use askama::Template;
use axum::extract::{Multipart, Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};

use super::{Chrome, deployment_id, render_with};
use crate::auth::password;

use crate::plan::{PlannedStep, StepContent};
use crate::services::workflow::{self as service, ActionInput};
use crate::services::{ServiceError, deployments};
use crate::web::session::Signed;
use crate::web::{AppError, AppState};
use crate::workflow::{self, Kind};

pub struct HistoryEntry {
    pub id: i64,
    pub when: String,
    pub who: String,
    pub acting_as: String,
    pub action: String,
    pub note: String,
    pub evidence_text: String,
    pub evidence_name: String,
    pub evidence_sha256: String,
    pub content_sha256: String,
    pub past_round: bool,
    /// The script run an attached results file reported, as checked when signing.
    pub run: Option<crate::results::StepRun>,
}

pub struct ActionView {
    pub kind: &'static str,
    pub label: String,
    pub needs_reason: bool,
    pub nonce: String,
}

/// Two versions of a step's text side by side.
pub struct StaleView {
    pub heading: String,
    pub intro: String,
    pub old_label: String,
    pub old: String,
    pub new: String,
}

#[derive(Template)]
#[template(path = "step.html")]
struct StepPage {
    chrome: Chrome,
    deployment_id: i64,
    deployment: String,
    step: PlannedStep,
    shell: String,
    state: &'static str,
    version: i64,
    reopened_reason: String,
    alternatives: Vec<String>,
    countersigner: String,
    required: usize,
    depends_on: Vec<(String, String, String)>,
    history: Vec<HistoryEntry>,
    /// What the page was opened with beside what it says now: a refused
    /// form's text, a stale sign-off's.
    comparisons: Vec<StaleView>,
    actions: Vec<ActionView>,
    unavailable: Vec<(String, String)>,
    errors: Vec<String>,
    typed_note: String,
    typed_reason: String,
    typed_evidence: String,
}

/// Stored step content as lines to read.
fn content_text(content: &str) -> String {
    StepContent::decode(content).map(|c| c.to_text()).unwrap_or_default()
}

/// How the page came to be shown: plainly, or again after a form it refused.
#[derive(Default)]
struct Shown {
    errors: Vec<String>,
    typed: ActionInput,
    /// The text the sender of a refused form saw, when it changed meanwhile.
    seen: Option<Option<String>>,
    status: Option<StatusCode>,
}

async fn page(state: &AppState, signed: &Signed, id: i64, key: &str, shown: Shown) -> Result<Response, AppError> {
    let Shown { errors, typed, seen, status, .. } = shown;
    let extras = deployments::Extras { history_of: Some(key), ..Default::default() };
    let mut deployment = deployments::load_with(&state.pool, &state.catalog, &signed.actor, id, extras).await?;
    let rows = std::mem::take(&mut deployment.history);
    let ctx = deployment.context();
    let plan = deployment.plan();
    let step = plan
        .steps
        .iter()
        .find(|s| s.key == key)
        .cloned()
        .ok_or_else(|| AppError::NotFound(crate::i18n::t_with("step-not-found", &[("key", key)])))?;
    let record = ctx.record(key);
    let reopened_reason = record.reason.clone();
    let current_round = record.round.max(1);
    // A step that went stale shows the text that was signed beside the text now.
    let signs: Vec<(&str, &str, i64)> =
        rows.iter().map(|r| (r.action.as_str(), r.content_sha256.as_str(), r.content_encoding)).collect();
    let stale = workflow::stale_sign(&step, &signs).and_then(|i| rows.get(i)).map(|r| StaleView {
        heading: crate::i18n::t("step-changed-since-signed"),
        intro: String::new(),
        old_label: crate::i18n::t_with("step-signed-text-by", &[("name", r.actor_name.as_str())]),
        old: content_text(&r.content),
        new: content_text(&step.content),
    });
    let changed = seen.map(|seen| StaleView {
        heading: crate::i18n::t("step-changed-while-open"),
        intro: crate::i18n::t("step-changed-while-open-intro"),
        old_label: crate::i18n::t("step-what-you-saw"),
        old: seen.as_deref().map_or_else(|| crate::i18n::t("step-seen-not-on-record"), content_text),
        new: content_text(&step.content),
    });
    let history = rows
        .into_iter()
        .map(|r| HistoryEntry {
            id: r.id,
            when: super::date(r.created_at),
            who: r.actor_name,
            acting_as: r.acting_as,
            past_round: r.round < current_round,
            action: crate::workflow::signoff_label(&r.action, crate::i18n::current()),
            note: r.note,
            evidence_text: r.evidence_text,
            evidence_name: r.evidence_name,
            evidence_sha256: r.evidence_sha256,
            content_sha256: r.content_sha256,
            run: crate::results::StepRun::decode(&r.results),
        })
        .collect();
    let mut actions = Vec::new();
    let mut unavailable = Vec::new();
    for (kind, allowed) in workflow::available(&ctx, key, &signed.actor) {
        match allowed {
            Ok(()) => actions.push(ActionView {
                kind: kind.key(),
                label: kind.label_in(crate::i18n::current()),
                needs_reason: kind.needs_reason(),
                nonce: password::token(),
            }),
            Err(reason) => unavailable.push((kind.label_in(crate::i18n::current()), reason)),
        }
    }
    let alternatives = step
        .requirement
        .alternatives()
        .iter()
        .map(|set| {
            if set.roles().len() > 1 {
                crate::i18n::t_with(
                    "step-one-person-in-all-of",
                    &[("groups", set.name_in(crate::i18n::current()).as_str())],
                )
            } else {
                set.name_in(crate::i18n::current())
            }
        })
        .collect();
    let depends_on = step
        .depends_on
        .iter()
        .filter_map(|d| plan.steps.iter().find(|s| &s.key == d))
        .map(|d| {
            (
                d.key.clone(),
                format!("{}. {} ({})", d.number, d.title, ctx.state(&d.key).label()),
                d.requirement.describe_in(crate::i18n::current()),
            )
        })
        .collect();
    let policy = deployment.policy();
    let page = StepPage {
        chrome: Chrome::new(Some(signed), &step.title),
        deployment_id: id,
        deployment: deployment.row.name.clone(),
        shell: step.shell.name_in(crate::i18n::current()),
        state: ctx.state(key).key(),
        version: record.version.max(1),
        reopened_reason,
        alternatives,
        countersigner: policy.countersigner.describe_in(crate::i18n::current()),
        required: policy.required,
        depends_on,
        history,
        comparisons: changed.into_iter().chain(stale).collect(),
        actions,
        unavailable,
        errors,
        typed_note: typed.note.clone(),
        typed_reason: typed.reason.clone(),
        typed_evidence: typed.evidence_text.clone(),
        step,
    };
    render_with(status.unwrap_or(StatusCode::OK), &page)
}

pub async fn show(
    State(state): State<AppState>,
    signed: Signed,
    Path((id, key)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let id = deployment_id(&id)?;
    page(&state, &signed, id, &key, Shown::default()).await
}

/// The name of an uploaded file as it will be stored and shown: its last
/// path part, without control, invisible or bidirectional characters (so
/// that `\u{202E}txt.exe` shows as `txt.exe`, not as `exe.txt`).
fn clean_file_name(sent: &str) -> String {
    let last = sent.rsplit(['/', '\\']).next().unwrap_or_default();
    let clean: String = last
        .chars()
        .filter(|c| !c.is_control() && !crate::params::is_invisible(*c))
        .take(service::MAX_FILE_NAME_CHARS)
        .collect();
    let clean = clean.trim();
    if clean.is_empty() { "evidence.txt".to_owned() } else { clean.to_owned() }
}

/// Why the form could not be read, in the reader's language (the cause stays as the server gave it).
fn form_unreadable(error: &impl std::fmt::Display) -> String {
    crate::i18n::t_with("step-form-unreadable", &[("error", error.to_string().as_str())])
}

/// Reads the action form (multipart, for the evidence file).
async fn read_form(mut multipart: Multipart) -> Result<(String, ActionInput), AppError> {
    let mut kind = String::new();
    let mut input = ActionInput::default();
    while let Some(field) = multipart.next_field().await.map_err(|e| AppError::BadRequest(form_unreadable(&e)))? {
        let name = field.name().unwrap_or_default().to_owned();
        if name == "evidence_file" {
            let file_name = field.file_name().unwrap_or("evidence.txt").to_owned();
            let bytes = field.bytes().await.map_err(|e| {
                AppError::BadRequest(crate::i18n::t_with("step-file-unreadable", &[("error", e.to_string().as_str())]))
            })?;
            if !bytes.is_empty() {
                input.evidence_file = Some((clean_file_name(&file_name), bytes.to_vec()));
            }
            continue;
        }
        let text = field.text().await.map_err(|e| AppError::BadRequest(form_unreadable(&e)))?;
        match name.as_str() {
            "kind" => kind = text,
            "version" => input.version = text.trim().parse().unwrap_or(0),
            "content_sha256" => input.content_sha256 = text.trim().to_owned(),
            "nonce" => input.nonce = text,
            "note" => input.note = text,
            "reason" => input.reason = text,
            "evidence_text" => input.evidence_text = text,
            _ => {}
        }
    }
    Ok((kind, input))
}

pub async fn act(
    State(state): State<AppState>,
    signed: Signed,
    Path((id, key)): Path<(String, String)>,
    multipart: Multipart,
) -> Result<Response, AppError> {
    let id = deployment_id(&id)?;
    let (kind_text, input) = read_form(multipart).await?;
    let Some(kind) = Kind::parse(&kind_text) else {
        return Err(AppError::BadRequest(crate::i18n::t_with("step-not-an-action", &[("kind", kind_text.as_str())])));
    };
    let outcome =
        service::act(&state.pool, &state.catalog, &signed.actor, id, &key, kind, &input, state.announce()).await;
    match outcome {
        Ok(_) => {
            if let Some(wake) = &state.outbox {
                wake.notify_one();
            }
            Ok(Redirect::to(&format!("/deployments/{id}/steps/{key}")).into_response())
        }
        // The page again, with what was typed, and why nothing was done.
        Err(ServiceError::Invalid(errors)) => {
            let errors = errors.iter().map(ToString::to_string).collect();
            let shown =
                Shown { errors, typed: input, status: Some(StatusCode::UNPROCESSABLE_ENTITY), ..Shown::default() };
            page(&state, &signed, id, &key, shown).await
        }
        Err(ServiceError::TextChanged { message, seen }) => {
            let shown =
                Shown { errors: vec![message], typed: input, seen: Some(seen), status: Some(StatusCode::CONFLICT) };
            page(&state, &signed, id, &key, shown).await
        }
        Err(ServiceError::Conflict(message)) => {
            let shown =
                Shown { errors: vec![message], typed: input, status: Some(StatusCode::CONFLICT), ..Shown::default() };
            page(&state, &signed, id, &key, shown).await
        }
        Err(other) => Err(other.into()),
    }
}

pub async fn evidence(
    State(state): State<AppState>,
    signed: Signed,
    Path((id, signoff)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let id = deployment_id(&id)?;
    let signoff: i64 = signoff.parse().map_err(|_| AppError::NotFound(crate::i18n::t("step-evidence-not-found")))?;
    let (name, bytes) = deployments::download_evidence(&state.pool, &state.catalog, &signed.actor, id, signoff).await?;
    let safe_name: String =
        name.chars().filter(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_')).collect();
    Ok((
        [
            (header::CONTENT_TYPE, "text/plain; charset=utf-8".to_owned()),
            (header::CONTENT_DISPOSITION, format!("attachment; filename=\"evidence-{signoff}-{safe_name}\"")),
        ],
        bytes,
    )
        .into_response())
}
