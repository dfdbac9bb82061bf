//! The pages, one module per resource; every path is listed in [`routes`].

mod account;
mod assets;
mod audit;
mod audit_events;
mod deployments;
mod features;
mod form_view;
mod home;
mod inbox;
mod language;
mod login;
mod reports;
mod scripts;
mod steps;
mod users;

use askama::Template;
use axum::Router;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};

use super::session::Signed;
use super::{AppError, AppState};
use crate::auth::PortalRole;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/", get(home::show))
        .route("/login", get(login::form).post(login::submit))
        .route("/login/sso", get(login::sso_start))
        // The path the provider redirects to is the one registered there: one constant for both.
        .route(crate::auth::sso::provider::CALLBACK_PATH, get(login::sso_callback))
        .route("/logout", post(login::logout))
        .route("/language", get(language::choose_by_link).post(language::choose))
        .route("/healthz", get(health))
        .route("/static/{file}", get(assets::serve))
        // Browsers ask for it whatever the page links.
        .route("/favicon.ico", get(assets::favicon))
        .route("/deployments", get(deployments::list).post(deployments::create))
        .route("/deployments/new", get(deployments::new_form))
        .route("/deployments/{id}", get(deployments::show))
        .route("/deployments/{id}/answers.toml", get(deployments::answers_file))
        .route("/deployments/{id}/parameters", get(deployments::edit_form).post(deployments::update))
        .route("/deployments/{id}/steps/{key}", get(steps::show))
        .route("/deployments/{id}/steps/{key}/act", post(steps::act))
        .route("/deployments/{id}/evidence/{signoff}", get(steps::evidence))
        .route("/deployments/{id}/cancel", post(deployments::cancel))
        .route("/deployments/{id}/report", get(reports::report))
        .route("/dashboard", get(reports::dashboard))
        .route("/inbox", get(inbox::show))
        .route("/inbox/read", post(inbox::mark_read))
        .route("/deployments/{id}/scripts", get(scripts::list))
        .route("/deployments/{id}/scripts/{file}", get(scripts::download))
        .route("/features", get(features::show))
        .route("/audit", get(audit::show))
        .route("/audit/verify", post(audit::verify))
        .route("/audit/events", get(audit_events::list))
        .route("/audit/events.csv", get(audit_events::export_csv))
        .route("/audit/events.jsonl", get(audit_events::export_jsonl))
        .route("/audit/checkpoint", get(audit::checkpoint))
        .route("/audit/proof", get(audit::proof_form))
        .route("/audit/events/{seq}/proof", get(audit::proof))
        .route("/audit/consistency", get(audit::consistency))
        .route("/account/password", get(account::form).post(account::change))
        .route("/admin/users", get(users::list).post(users::create))
        .route("/admin/users/{username}/roles", post(users::set_role))
        .route("/admin/users/{username}/{action}", post(users::account))
        .fallback(not_found)
}

/// The parts of the layout every page shares.
pub struct Chrome {
    /// The language the page is in: the request's.
    pub lang: crate::i18n::Lang,
    pub title: String,
    pub user: Option<UserNav>,
    pub csrf: String,
    pub request_id: String,
    pub version: &'static str,
    /// The page's own address, where the language switcher comes back to.
    pub here: String,
}

pub struct UserNav {
    /// Unread messages, or nothing when there are none.
    pub unread: String,
    pub display_name: String,
    pub roles: String,
    pub admin: bool,
    pub coordinator: bool,
    /// Sees the audit trail: auditors and administrators (and coordinators,
    /// the events of deployments).
    pub auditor: bool,
}

impl Chrome {
    pub fn new(signed: Option<&Signed>, title: &str) -> Chrome {
        Chrome {
            lang: crate::i18n::current(),
            title: title.to_owned(),
            user: signed.map(|s| UserNav {
                unread: match s.unread {
                    0 => String::new(),
                    n if n >= crate::db::sessions::UNREAD_COUNTED => {
                        format!("{}+", crate::db::sessions::UNREAD_COUNTED - 1)
                    }
                    n => n.to_string(),
                },
                display_name: s.actor.display_name.clone(),
                roles: s.actor.grants.iter().map(|g| g.name_in(crate::i18n::current())).collect::<Vec<_>>().join(", "),
                admin: s.actor.is(PortalRole::Admin),
                coordinator: s.actor.is(PortalRole::Coordinator),
                auditor: crate::auth::authorize(&s.actor, crate::auth::Action::BrowseAudit).is_ok(),
            }),
            csrf: signed.map(|s| s.csrf.clone()).unwrap_or_default(),
            request_id: String::new(),
            version: env!("CARGO_PKG_VERSION"),
            here: crate::web::middleware::here(),
        }
    }

    /// The address of a static file, with its version.
    pub fn asset(&self, name: &str) -> String {
        assets::link(name)
    }

    /// A message of the page's frame in the page's language.
    pub fn t(&self, key: &str) -> String {
        self.lang.t(key)
    }

    pub fn t_with(&self, key: &str, name: &'static str, value: &str) -> String {
        self.lang.t_with(key, &[(name, value)])
    }

    pub fn t_with2(&self, key: &str, name: &'static str, value: &str, name2: &'static str, value2: &str) -> String {
        self.lang.t_with(key, &[(name, value), (name2, value2)])
    }

    /// A message with its `code` spans (between backticks) as `<code>`, the
    /// rest escaped: messages say commands and values exactly, in any language.
    pub fn code(&self, text: &str) -> String {
        code_spans(text)
    }

    /// The languages of the switcher, each in its own words.
    pub fn languages(&self) -> &'static [crate::i18n::Lang] {
        &crate::i18n::Lang::ALL
    }

    /// The switcher's link to `lang` for someone not signed in.
    pub fn switch_link(&self, lang: &crate::i18n::Lang) -> String {
        let query =
            serde_urlencoded::to_string([("lang", lang.tag()), ("back", self.here.as_str())]).unwrap_or_default();
        format!("/language?{query}")
    }

    /// `aria-current="page"` on the navigation link of the page shown: its
    /// title is the link's message (`audit` stands for the two audit pages).
    pub fn current(&self, link: &str) -> &'static str {
        let names = match link {
            "audit" => vec![self.lang.t("title-audit-events"), self.lang.t("title-audit-trail")],
            key => vec![self.lang.t(key)],
        };
        let on = names
            .iter()
            .any(|name| self.title == *name || self.title == self.lang.t_with("form-title-error", &[("page", name)]));
        if on { " aria-current=\"page\"" } else { "" }
    }

    pub fn with_request_id(mut self, id: String) -> Chrome {
        self.request_id = id;
        self
    }
}

pub fn render(template: &impl Template) -> Result<Response, AppError> {
    Ok(Html(template.render()?).into_response())
}

pub fn render_with(status: StatusCode, template: &impl Template) -> Result<Response, AppError> {
    Ok((status, Html(template.render()?)).into_response())
}

/// A page that asks before a destructive action is done, without JavaScript:
/// the form again, with what was sent and `confirm=yes`.
#[derive(Template)]
#[template(path = "confirm.html")]
pub struct ConfirmPage {
    pub chrome: Chrome,
    pub heading: String,
    pub message: String,
    pub action: String,
    /// The fields of the form that asked, but its CSRF token and `confirm`.
    pub fields: Vec<(String, String)>,
    pub yes: String,
    pub back: String,
}

impl ConfirmPage {
    pub fn new(signed: &Signed, heading: &str, message: String, action: String, yes: &str, back: &str) -> ConfirmPage {
        ConfirmPage {
            chrome: Chrome::new(Some(signed), heading),
            heading: heading.to_owned(),
            message,
            action,
            fields: Vec::new(),
            yes: yes.to_owned(),
            back: back.to_owned(),
        }
    }

    pub fn with_fields(mut self, fields: &[(String, String)]) -> ConfirmPage {
        self.fields = fields.iter().filter(|(name, _)| name != "csrf" && name != "confirm").cloned().collect();
        self
    }
}

/// Whether a form says its sender confirmed.
pub fn confirmed(fields: &[(String, String)]) -> bool {
    fields.iter().any(|(name, value)| name == "confirm" && value == "yes")
}

/// [`Chrome::code`]: escaped text, with `code` between backticks as `<code>`.
/// An unpaired backtick is shown as it is.
pub fn code_spans(text: &str) -> String {
    let escape =
        |part: &str| askama::filters::escape(part, askama::filters::Html).map(|e| e.to_string()).unwrap_or_default();
    let parts: Vec<&str> = text.split('`').collect();
    if parts.len().is_multiple_of(2) {
        return escape(text);
    }
    parts
        .iter()
        .enumerate()
        .map(|(index, part)| if index % 2 == 1 { format!("<code>{}</code>", escape(part)) } else { escape(part) })
        .collect()
}

/// A deployment's status as people read it; a status the portal does not know, as it is stored.
pub fn status_label(status: &str) -> String {
    match status {
        "active" => crate::i18n::t("deployment-status-active"),
        "complete" => crate::i18n::t("deployment-status-complete"),
        "cancelled" => crate::i18n::t("deployment-status-cancelled"),
        other => other.to_owned(),
    }
}

/// A moment in the language of the request.
pub fn date(unix: i64) -> String {
    crate::i18n::current().date(unix)
}

/// A deployment id from the path; anything else is a page that does not exist.
pub fn deployment_id(text: &str) -> Result<i64, AppError> {
    text.parse::<i64>().map_err(|_| AppError::NotFound(crate::i18n::t_with("not-found-deployment", &[("id", text)])))
}

async fn not_found() -> AppError {
    AppError::NotFound(crate::i18n::t("not-found-this-page"))
}

async fn health(State(state): State<AppState>) -> Response {
    match crate::services::health(&state.pool).await {
        Ok(()) => (StatusCode::OK, "ok\n").into_response(),
        Err(error) => {
            tracing::error!(%error, "health check: the database is not reachable");
            (StatusCode::SERVICE_UNAVAILABLE, "database unreachable\n").into_response()
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn code_between_backticks_is_code_and_everything_is_escaped() {
        assert_eq!(
            super::code_spans("run `Get-CsSite | Select-Object SiteId` <now> & `a<b`"),
            "run <code>Get-CsSite | Select-Object SiteId</code> &#60;now&#62; &#38; <code>a&#60;b</code>"
        );
        assert_eq!(super::code_spans("one ` alone <x>"), "one ` alone &#60;x&#62;", "an unpaired backtick is text");
    }
}
