//! Users and their roles, for portal administrators.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};

use super::{Chrome, ConfirmPage, confirmed, render, render_with};
use crate::auth::Grant;
use crate::db;
use crate::db::workflow::Channel;
use crate::services::{ServiceError, accounts};
use crate::web::session::{Signed, percent_encode};
use crate::web::{AppError, AppState};

pub struct UserView {
    pub username: String,
    pub display_name: String,
    pub email: String,
    /// Granted by hand: key and name.
    pub roles: Vec<(String, String)>,
    /// Given by the provider's groups: name, and the groups that give it.
    pub provider_roles: Vec<(String, String)>,
    /// The issuer the account signs in through; `None` for a local account.
    pub provider: Option<String>,
    pub disabled: bool,
    pub locked: bool,
}

#[derive(Template)]
#[template(path = "users.html")]
struct UsersPage {
    chrome: Chrome,
    users: Vec<UserView>,
    all_roles: Vec<(String, String)>,
    notice: Option<String>,
    errors: Vec<String>,
    form_username: String,
    form_display_name: String,
    form_email: String,
    deliveries: Vec<DeliveryView>,
}

/// A webhook delivery that failed at least once.
pub struct DeliveryView {
    pub channel: String,
    pub to: String,
    pub when: String,
    pub attempts: i64,
    pub error: String,
    pub state: String,
}

async fn page(
    state: &AppState,
    signed: &Signed,
    notice: Option<String>,
    errors: Vec<String>,
    form: (&str, &str, &str),
    status: StatusCode,
) -> Result<Response, AppError> {
    let now = db::now();
    let users = accounts::list_users(&state.pool, &signed.actor)
        .await?
        .into_iter()
        .map(|held| {
            let name = |key: &str| Grant::parse(key).map_or(key.to_owned(), |g| g.name_in(crate::i18n::current()));
            let user = held.user;
            UserView {
                roles: held.granted.iter().map(|r| (r.clone(), name(r))).collect(),
                provider_roles: held
                    .from_provider
                    .iter()
                    .map(|(role, groups)| {
                        let groups: Vec<String> = serde_json::from_str(groups).unwrap_or_default();
                        (name(role), groups.join(", "))
                    })
                    .collect(),
                locked: user.locked_until > now,
                disabled: user.disabled,
                provider: user.provider,
                username: user.username,
                display_name: user.display_name,
                email: user.email,
            }
        })
        .collect();
    let deliveries = accounts::troubled_deliveries(&state.pool, &signed.actor)
        .await?
        .into_iter()
        .map(|(channel, d)| DeliveryView {
            channel: crate::i18n::t(match channel {
                Channel::Webhook => "users-channel-webhook",
                Channel::Email => "users-channel-email",
            }),
            to: d.to_address,
            when: super::date(d.created_at),
            attempts: d.attempts,
            error: d.last_error,
            state: crate::i18n::t(if d.delivered_at.is_some() {
                "users-delivery-delivered-after-retry"
            } else if d.failed_at.is_some() {
                "users-delivery-given-up"
            } else {
                "users-delivery-retrying"
            }),
        })
        .collect();
    let page = UsersPage {
        chrome: Chrome::new(Some(signed), &crate::i18n::t("nav-users")),
        users,
        all_roles: Grant::all().into_iter().map(|g| (g.key().to_owned(), g.name_in(crate::i18n::current()))).collect(),
        notice,
        errors,
        form_username: form.0.to_owned(),
        form_display_name: form.1.to_owned(),
        form_email: form.2.to_owned(),
        deliveries,
    };
    render_with(status, &page)
}

/// The page again, with what was refused and the new-user form as it was typed.
async fn refused(
    state: &AppState,
    signed: &Signed,
    errors: &[crate::params::FieldError],
    form: (&str, &str, &str),
) -> Result<Response, AppError> {
    let errors = errors.iter().map(ToString::to_string).collect();
    page(state, signed, None, errors, form, StatusCode::UNPROCESSABLE_ENTITY).await
}

pub async fn list(State(state): State<AppState>, signed: Signed) -> Result<Response, AppError> {
    page(&state, &signed, None, Vec::new(), ("", "", ""), StatusCode::OK).await
}

pub async fn create(
    State(state): State<AppState>,
    signed: Signed,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let value = |key: &str| pairs.iter().find(|(k, _)| k == key).map_or("", |(_, v)| v.trim());
    let (username, display_name, email) = (value("username"), value("display_name"), value("email"));
    let roles: Vec<String> = pairs.iter().filter(|(k, _)| k == "roles").map(|(_, v)| v.clone()).collect();
    match accounts::create_user(&state.pool, &signed.actor, username, display_name, email, &roles).await {
        Ok((_, password)) => {
            let notice =
                crate::i18n::t_with("users-created-notice", &[("username", username), ("password", password.as_str())]);
            page(&state, &signed, Some(notice), Vec::new(), ("", "", ""), StatusCode::OK).await
        }
        Err(ServiceError::Invalid(errors)) => refused(&state, &signed, &errors, (username, display_name, email)).await,
        Err(other) => Err(other.into()),
    }
}

pub async fn set_role(
    State(state): State<AppState>,
    signed: Signed,
    Path(username): Path<String>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let value = |key: &str| fields.iter().find(|(k, _)| k == key).map_or("", |(_, v)| v.as_str());
    let (role, grant) = (value("role"), value("grant") == "true");
    let may = crate::auth::authorize(&signed.actor, crate::auth::Action::ManageUsers).is_ok();
    if may && !grant && !confirmed(&fields) {
        let name = Grant::parse(role).map_or_else(|| role.to_owned(), |g| g.name_in(crate::i18n::current()));
        let page = ConfirmPage::new(
            &signed,
            &crate::i18n::t("users-revoke-heading"),
            crate::i18n::t_with("users-revoke-message", &[("role", name.as_str()), ("username", username.as_str())]),
            format!("/admin/users/{}/roles", percent_encode(&username)),
            &crate::i18n::t("users-revoke-yes"),
            "/admin/users",
        )
        .with_fields(&fields);
        return render(&page);
    }
    match accounts::set_role(&state.pool, &signed.actor, &username, role, grant).await {
        Ok(()) => Ok(Redirect::to("/admin/users").into_response()),
        Err(ServiceError::Invalid(errors)) => refused(&state, &signed, &errors, ("", "", "")).await,
        Err(other) => Err(other.into()),
    }
}

pub async fn account(
    State(state): State<AppState>,
    signed: Signed,
    Path((username, action)): Path<(String, String)>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let ask = |heading: &str, message: &str, yes: &str| {
        (crate::i18n::t(heading), crate::i18n::t_with(message, &[("username", username.as_str())]), crate::i18n::t(yes))
    };
    let asks = match action.as_str() {
        "disable" => Some(ask("users-disable-heading", "users-disable-message", "users-disable-yes")),
        "password" => Some(ask("users-password-heading", "users-password-message", "users-password-yes")),
        _ => None,
    };
    let may = crate::auth::authorize(&signed.actor, crate::auth::Action::ManageUsers).is_ok();
    // Only those who may act are asked; the others are refused by the service below.
    if let Some((heading, message, yes)) = asks.filter(|_| may && !confirmed(&fields)) {
        let action_path = format!("/admin/users/{}/{action}", percent_encode(&username));
        let page = ConfirmPage::new(&signed, &heading, message, action_path, &yes, "/admin/users").with_fields(&fields);
        return render(&page);
    }
    let outcome = match action.as_str() {
        "disable" => accounts::set_disabled(&state.pool, &signed.actor, &username, true).await.map(|()| None),
        "enable" => accounts::set_disabled(&state.pool, &signed.actor, &username, false).await.map(|()| None),
        "password" => accounts::reset_password(&state.pool, &signed.actor, &username).await.map(Some),
        _ => {
            return Err(AppError::NotFound(crate::i18n::t_with(
                "users-not-found-action",
                &[("action", action.as_str())],
            )));
        }
    };
    match outcome {
        Ok(None) => Ok(Redirect::to("/admin/users").into_response()),
        Ok(Some(password)) => {
            let notice = crate::i18n::t_with(
                "users-new-password-notice",
                &[("username", username.as_str()), ("password", password.as_str())],
            );
            page(&state, &signed, Some(notice), Vec::new(), ("", "", ""), StatusCode::OK).await
        }
        Err(ServiceError::Invalid(errors)) => refused(&state, &signed, &errors, ("", "", "")).await,
        Err(other) => Err(other.into()),
    }
}
