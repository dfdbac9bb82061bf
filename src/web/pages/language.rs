//! The language switcher on every page: someone not signed in keeps their
//! choice in a cookie (a link, nothing on the server changes); someone
//! signed in keeps it with their account too (a form, with its CSRF token).
//! Either way the person comes back to the page they were on.

use axum::Form;
use axum::extract::{Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use crate::i18n::Lang;
use crate::services::accounts;
use crate::web::session::{Cookie, LANGUAGE_KEPT_SECONDS, Signed, set_cookie};
use crate::web::{AppError, AppState};

#[derive(Deserialize)]
pub struct Choice {
    #[serde(default)]
    lang: String,
    #[serde(default)]
    back: String,
}

/// `GET /language?lang=ko&back=/login`: the cookie only.
pub async fn choose_by_link(State(state): State<AppState>, Query(choice): Query<Choice>) -> Result<Response, AppError> {
    let lang = parse(&choice.lang)?;
    Ok(back_to(&state, &choice.back, lang))
}

/// `POST /language`: kept with the account, and in the cookie for the sign-in page.
pub async fn choose(
    State(state): State<AppState>,
    signed: Signed,
    Form(choice): Form<Choice>,
) -> Result<Response, AppError> {
    let lang = parse(&choice.lang)?;
    accounts::choose_language(&state.pool, &signed.actor, lang).await?;
    Ok(back_to(&state, &choice.back, lang))
}

fn parse(tag: &str) -> Result<Lang, AppError> {
    Lang::parse(tag).ok_or_else(|| {
        AppError::BadRequest(crate::i18n::t_with(
            "language-unknown",
            &[("value", &tag.chars().take(40).collect::<String>())],
        ))
    })
}

fn back_to(state: &AppState, back: &str, lang: Lang) -> Response {
    let cookie = set_cookie(state, Cookie::Language, lang.tag(), LANGUAGE_KEPT_SECONDS);
    ([(header::SET_COOKIE, cookie)], Redirect::to(local_path(back))).into_response()
}

/// `back` when it is a path of this portal, `/` otherwise: the switcher must
/// not be a way to send someone elsewhere.
pub fn local_path(back: &str) -> &str {
    let local = back.starts_with('/')
        && !back.starts_with("//")
        && !back.contains('\\')
        && back.len() <= 2000
        && !back.chars().any(char::is_control);
    if local { back } else { "/" }
}

#[cfg(test)]
mod tests {
    #[test]
    fn only_a_path_of_the_portal_is_a_way_back() {
        assert_eq!(super::local_path("/deployments/3/steps/um.x?y=1"), "/deployments/3/steps/um.x?y=1");
        for elsewhere in ["https://evil.example/", "//evil.example/", "/\\evil.example", "", "javascript:x", "/a\nb"] {
            assert_eq!(super::local_path(elsewhere), "/", "{elsewhere:?}");
        }
    }
}
