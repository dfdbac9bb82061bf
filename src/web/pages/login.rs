//! Signing in and out: the password form, and the way through the OpenID
//! provider when single sign-on is configured.

use askama::Template;
use axum::Form;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::{Chrome, render_with};
use crate::auth::password;
use crate::auth::sso::Failure;
use crate::services::accounts;
use crate::services::sso::{self, SsoError};
use crate::web::session::{Cookie, Signed, percent_encode, read_cookie, safe_next, set_cookie};
use crate::web::{AppError, AppState};

/// How the password form shows on the sign-in page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum PasswordForm {
    Shown,
    /// Local sign-in is off: folded away, for the break-glass account only.
    BreakGlass,
    Hidden,
}

#[derive(Template)]
#[template(path = "login.html")]
struct LoginPage {
    chrome: Chrome,
    csrf: String,
    next: String,
    username: String,
    message: Option<String>,
    /// "Sign in with …", when single sign-on is configured.
    sso_name: Option<String>,
    password_form: PasswordForm,
}

impl LoginPage {
    fn new(state: &AppState, csrf: String, next: String) -> LoginPage {
        let password_form = match (&state.sso, state.local_login.off, &state.local_login.break_glass) {
            (Some(_), true, Some(_)) => PasswordForm::BreakGlass,
            (Some(_), true, None) => PasswordForm::Hidden,
            _ => PasswordForm::Shown,
        };
        LoginPage {
            chrome: Chrome::new(None, &crate::i18n::t("login-sign-in")),
            csrf,
            next,
            username: String::new(),
            message: None,
            sso_name: state.sso.as_ref().map(|provider| provider.config.name.clone()),
            password_form,
        }
    }

    /// The single sign-on link, returning to the same page afterwards.
    fn sso_href(&self) -> String {
        format!("/login/sso?next={}", percent_encode(&self.next))
    }
}

#[derive(Deserialize)]
pub struct NextQuery {
    next: Option<String>,
}

pub async fn form(
    State(state): State<AppState>,
    signed: Option<Signed>,
    headers: HeaderMap,
    Query(query): Query<NextQuery>,
) -> Result<Response, AppError> {
    if signed.is_some() {
        return Ok(Redirect::to(&safe_next(query.next.as_deref())).into_response());
    }
    let token = read_cookie(&state, &headers, Cookie::LoginCsrf)
        .filter(|t| t.len() == 64 && t.bytes().all(|b| b.is_ascii_hexdigit()))
        .unwrap_or_else(password::token);
    let page = LoginPage::new(&state, token.clone(), safe_next(query.next.as_deref()));
    let mut response = render_with(StatusCode::OK, &page)?;
    append_cookies(&mut response, &[set_cookie(&state, Cookie::LoginCsrf, &token, 3600)]);
    Ok(response)
}

#[derive(Deserialize)]
pub struct LoginForm {
    #[serde(default)]
    username: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    next: String,
    #[serde(default)]
    csrf: String,
}

/// Signs in; the browser's earlier session, if it sends one, ends.
pub async fn submit(
    State(state): State<AppState>,
    headers: HeaderMap,
    Form(login): Form<LoginForm>,
) -> Result<Response, AppError> {
    let username = login.username.trim();
    let previous = read_cookie(&state, &headers, Cookie::Session);
    match accounts::login(&state.pool, &state.local_login, username, &login.password, previous.as_deref()).await? {
        Some(session) => Ok(signed_in(&state, &session.id, &login.next, Cookie::LoginCsrf)),
        None => {
            let mut page = LoginPage::new(&state, login.csrf, safe_next(Some(&login.next)));
            page.username = username.to_owned();
            page.message = Some(crate::i18n::t_with(
                "login-wrong-password",
                &[
                    ("failures", accounts::LOCK_AFTER_FAILURES.to_string().as_str()),
                    ("minutes", (accounts::LOCK_SECONDS / 60).to_string().as_str()),
                ],
            ));
            render_with(StatusCode::UNAUTHORIZED, &page)
        }
    }
}

/// Ends the portal's session and, when the provider signed the person in and
/// offers it, the provider's session too (RP-initiated logout).
pub async fn logout(State(state): State<AppState>, signed: Signed) -> Result<Response, AppError> {
    let id_token = accounts::logout(&state.pool, &signed.actor, &signed.session_id).await?;
    let provider_logout = match (&state.sso, id_token) {
        (Some(provider), Some(id_token)) => provider.logout_url(&id_token),
        _ => None,
    };
    let mut response = Redirect::to(provider_logout.as_deref().unwrap_or("/login")).into_response();
    append_cookies(&mut response, &[set_cookie(&state, Cookie::Session, "", 0)]);
    Ok(response)
}

/// After either way of signing in: the session's cookie, the spent cookie of
/// the way in cleared, and on to the local path asked for.
fn signed_in(state: &AppState, session_id: &str, next: &str, spent: Cookie) -> Response {
    let mut response = Redirect::to(&safe_next(Some(next))).into_response();
    let cookies =
        [set_cookie(state, Cookie::Session, session_id, accounts::ABSOLUTE_SECONDS), set_cookie(state, spent, "", 0)];
    append_cookies(&mut response, &cookies);
    response
}

fn append_cookies(response: &mut Response, cookies: &[String]) {
    for cookie in cookies {
        if let Ok(value) = cookie.parse() {
            response.headers_mut().append(header::SET_COOKIE, value);
        }
    }
}

#[derive(Template)]
#[template(path = "sso_failed.html")]
struct FailedPage {
    chrome: Chrome,
    provider: String,
    what_happened: String,
    ask_admin: String,
    password_allowed: bool,
}

/// A failed sign-in through the provider, said plainly.
fn failed(state: &AppState, failure: &Failure) -> Result<Response, AppError> {
    let provider =
        state.sso.as_ref().map_or_else(|| crate::i18n::t("login-the-identity-provider"), |p| p.config.name.clone());
    let status = match failure {
        Failure::ProviderUnreachable => StatusCode::SERVICE_UNAVAILABLE,
        Failure::NotInRequiredGroup { .. }
        | Failure::NoRole { .. }
        | Failure::NameTaken { .. }
        | Failure::Disabled { .. } => StatusCode::FORBIDDEN,
        _ => StatusCode::BAD_REQUEST,
    };
    let page = FailedPage {
        chrome: Chrome::new(None, &crate::i18n::t("login-sso-failed-title")),
        what_happened: failure.what_happened(&provider),
        ask_admin: failure.ask_admin(),
        provider,
        password_allowed: !state.local_login.off || state.local_login.break_glass.is_some(),
    };
    let mut response = render_with(status, &page)?;
    append_cookies(&mut response, &[set_cookie(state, Cookie::SsoPending, "", 0)]);
    Ok(response)
}

fn sso_outcome(state: &AppState, error: SsoError) -> Result<Response, AppError> {
    match error {
        SsoError::Failed(failure) => failed(state, &failure),
        SsoError::Service(error) => Err(error.into()),
    }
}

/// Sends the browser to the provider; the pending sign-in stays on the server.
pub async fn sso_start(
    State(state): State<AppState>,
    signed: Option<Signed>,
    Query(query): Query<NextQuery>,
) -> Result<Response, AppError> {
    let next = safe_next(query.next.as_deref());
    if signed.is_some() {
        return Ok(Redirect::to(&next).into_response());
    }
    let Some(provider) = &state.sso else {
        return Err(AppError::NotFound(crate::i18n::t("login-sso-not-configured")));
    };
    match sso::begin(&state.pool, provider, &next).await {
        Ok(begun) => {
            let mut response = Redirect::to(&begun.url).into_response();
            append_cookies(
                &mut response,
                &[set_cookie(&state, Cookie::SsoPending, &begun.cookie, sso::PENDING_SECONDS)],
            );
            Ok(response)
        }
        Err(error) => sso_outcome(&state, error),
    }
}

/// Where the provider sends the browser back.
pub async fn sso_callback(
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(callback): Query<sso::Callback>,
) -> Result<Response, AppError> {
    let Some(provider) = &state.sso else {
        return Err(AppError::NotFound(crate::i18n::t("login-sso-not-configured")));
    };
    let pending = read_cookie(&state, &headers, Cookie::SsoPending);
    let previous = read_cookie(&state, &headers, Cookie::Session);
    match sso::finish(&state.pool, provider, pending.as_deref(), &callback, previous.as_deref()).await {
        Ok(done) => Ok(signed_in(&state, &done.session.id, &done.return_to, Cookie::SsoPending)),
        Err(error) => sso_outcome(&state, error),
    }
}
