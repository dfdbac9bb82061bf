//! Signing in and out.

use askama::Template;
use axum::Form;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::{Chrome, render_with};
use crate::auth::password;
use crate::services::accounts;
use crate::web::session::{Cookie, Signed, read_cookie, safe_next, set_cookie};
use crate::web::{AppError, AppState};

#[derive(Template)]
#[template(path = "login.html")]
struct LoginPage {
    chrome: Chrome,
    csrf: String,
    next: String,
    username: String,
    message: Option<String>,
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
    let page = LoginPage {
        chrome: Chrome::new(None, "Sign in"),
        csrf: token.clone(),
        next: safe_next(query.next.as_deref()),
        username: String::new(),
        message: None,
    };
    let mut response = render_with(StatusCode::OK, &page)?;
    if let Ok(value) = set_cookie(&state, Cookie::LoginCsrf, &token, 3600).parse() {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
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
    match accounts::login(&state.pool, username, &login.password, previous.as_deref()).await? {
        Some(session) => {
            let mut response = Redirect::to(&safe_next(Some(&login.next))).into_response();
            let cookies = [
                set_cookie(&state, Cookie::Session, &session.id, accounts::ABSOLUTE_SECONDS),
                set_cookie(&state, Cookie::LoginCsrf, "", 0),
            ];
            for cookie in cookies {
                if let Ok(value) = cookie.parse() {
                    response.headers_mut().append(header::SET_COOKIE, value);
                }
            }
            Ok(response)
        }
        None => {
            let page = LoginPage {
                chrome: Chrome::new(None, "Sign in"),
                csrf: login.csrf,
                next: safe_next(Some(&login.next)),
                username: username.to_owned(),
                message: Some(format!(
                    "Wrong user name or password. After {} failures in a row the account is locked for {} minutes.",
                    accounts::LOCK_AFTER_FAILURES,
                    accounts::LOCK_SECONDS / 60
                )),
            };
            render_with(StatusCode::UNAUTHORIZED, &page)
        }
    }
}

pub async fn logout(State(state): State<AppState>, signed: Signed) -> Result<Response, AppError> {
    accounts::logout(&state.pool, &signed.actor, &signed.session_id).await?;
    let mut response = Redirect::to("/login").into_response();
    if let Ok(value) = set_cookie(&state, Cookie::Session, "", 0).parse() {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
    Ok(response)
}
