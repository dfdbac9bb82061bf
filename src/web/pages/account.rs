//! One's own account: changing one's password.

use askama::Template;
use axum::Form;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;

use super::{Chrome, render, render_with};
use crate::params::FieldError;
use crate::services::{ServiceError, accounts};
use crate::web::session::Signed;
use crate::web::{AppError, AppState};

#[derive(Template)]
#[template(path = "account.html")]
struct AccountPage {
    chrome: Chrome,
    /// (field, message) for each problem of the form sent.
    errors: Vec<(String, String)>,
    done: bool,
    min: usize,
}

impl AccountPage {
    fn error(&self, field: &str) -> Option<&str> {
        self.errors.iter().find(|(f, _)| f == field).map(|(_, m)| m.as_str())
    }
}

fn page(signed: &Signed, errors: &[FieldError], done: bool) -> AccountPage {
    AccountPage {
        chrome: Chrome::new(Some(signed), &super::form_view::title(&crate::i18n::t("account-title"), errors)),
        errors: errors.iter().map(|e| (e.field.clone(), e.message.clone())).collect(),
        done,
        min: accounts::MIN_PASSWORD_CHARS,
    }
}

pub async fn form(signed: Signed) -> Result<Response, AppError> {
    render(&page(&signed, &[], false))
}

pub async fn change(
    State(state): State<AppState>,
    signed: Signed,
    Form(fields): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let value = |key: &str| fields.iter().find(|(k, _)| k == key).map_or("", |(_, v)| v.as_str());
    let outcome = accounts::change_own_password(
        &state.pool,
        &signed.actor,
        &signed.session_id,
        value("current_password"),
        value("new_password"),
        value("repeat_password"),
    )
    .await;
    match outcome {
        Ok(()) => render(&page(&signed, &[], true)),
        Err(ServiceError::Invalid(errors)) => {
            render_with(StatusCode::UNPROCESSABLE_ENTITY, &page(&signed, &errors, false))
        }
        Err(other) => Err(other.into()),
    }
}
