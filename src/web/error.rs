//! Errors as pages: what a handler can fail with and how each is shown.

use askama::Template;
use axum::body::Body;
use axum::extract::Request;
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use super::middleware::RequestId;
use super::pages::Chrome;
use super::session::Signed;
use crate::i18n::Msg;
use crate::services::ServiceError;

/// Everything a handler can fail with. Internals are logged, never shown.
#[derive(Debug)]
pub enum AppError {
    NotFound(String),
    BadRequest(String),
    Forbidden {
        /// What was asked, in words.
        action: String,
        needs: String,
    },
    /// A rule of the workflow refused the action.
    Refused(String),
    Conflict(String),
    Csrf,
    TooLarge,
    /// Too much at once; the client may try again after a few seconds.
    Busy,
    Internal(String),
}

impl From<ServiceError> for AppError {
    fn from(error: ServiceError) -> Self {
        match error {
            ServiceError::Denied(denied) => {
                let lang = crate::i18n::current();
                AppError::Forbidden { action: denied.description_in(lang), needs: denied.needs_in(lang) }
            }
            ServiceError::NotFound(what) => AppError::NotFound(what),
            ServiceError::Conflict(what) | ServiceError::TextChanged { message: what, .. } => AppError::Conflict(what),
            ServiceError::Refused(why) => AppError::Refused(why),
            ServiceError::Busy => AppError::Busy,
            // Invalid input is shown beside its fields by the page itself; reaching
            // here means a stored value no longer parses, which is our fault.
            other => AppError::Internal(other.to_string()),
        }
    }
}

impl From<askama::Error> for AppError {
    fn from(error: askama::Error) -> Self {
        AppError::Internal(format!("template: {error}"))
    }
}

/// What the error page shows; the page is rendered by [`render_error_pages`],
/// which knows the request id and the person, and puts it into words in the
/// language of the page.
#[derive(Debug, Clone)]
struct ErrorInfo {
    /// The message id of the page's title.
    title: &'static str,
    message: Msg,
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        // What a handler said in words (a thing not found, a reason) is already in the request's language.
        let (status, title, message) = match self {
            AppError::NotFound(what) => {
                (StatusCode::NOT_FOUND, "error-not-found-title", Msg::new("error-not-found").arg("what", what))
            }
            AppError::Forbidden { action, needs } => (
                StatusCode::FORBIDDEN,
                "error-forbidden-title",
                Msg::new("error-forbidden").arg("action", action).arg("needs", needs),
            ),
            AppError::Conflict(what) => {
                (StatusCode::CONFLICT, "error-conflict-title", Msg::new("error-as-given").arg("text", what))
            }
            AppError::BadRequest(what) => {
                (StatusCode::BAD_REQUEST, "error-bad-request-title", Msg::new("error-as-given").arg("text", what))
            }
            AppError::Refused(why) => {
                (StatusCode::FORBIDDEN, "error-refused-title", Msg::new("error-refused").arg("why", why))
            }
            AppError::Csrf => (StatusCode::FORBIDDEN, "error-csrf-title", Msg::new("error-csrf")),
            AppError::TooLarge => (StatusCode::PAYLOAD_TOO_LARGE, "error-too-large-title", Msg::new("error-too-large")),
            AppError::Busy => (StatusCode::SERVICE_UNAVAILABLE, "error-busy-title", Msg::new("error-busy")),
            AppError::Internal(detail) => {
                tracing::error!(%detail, "request failed");
                (StatusCode::INTERNAL_SERVER_ERROR, "error-internal-title", Msg::new("error-internal"))
            }
        };
        let mut response = status.into_response();
        if status == StatusCode::SERVICE_UNAVAILABLE {
            response.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from_static("2"));
        }
        response.extensions_mut().insert(ErrorInfo { title, message });
        response
    }
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage {
    chrome: Chrome,
    status: u16,
    title: String,
    message: String,
    /// The page the request came from, when the path names one, and the message id of the link.
    back: Option<(String, &'static str)>,
}

/// Where "back" leads from a path: the step or deployment it belongs to, or
/// the users page, with the message id of the link. Only well-formed parts of
/// the path are repeated.
fn way_back(path: &str) -> Option<(String, &'static str)> {
    let parts: Vec<&str> = path.trim_start_matches('/').split('/').collect();
    match parts.as_slice() {
        ["deployments", id, "steps", key, ..]
            if id.parse::<i64>().is_ok() && crate::services::workflow::is_step_key(key) =>
        {
            Some((format!("/deployments/{id}/steps/{key}"), "error-back-to-step"))
        }
        ["deployments", id, ..] if id.parse::<i64>().is_ok() => {
            Some((format!("/deployments/{id}"), "error-back-to-deployment"))
        }
        ["admin", "users", ..] => Some(("/admin/users".to_owned(), "error-back-to-users")),
        _ => None,
    }
}

pub async fn render_error_pages(request: Request, next: Next) -> Response {
    let request_id = request.extensions().get::<RequestId>().map_or_else(String::new, |r| r.0.clone());
    let back = way_back(request.uri().path());
    let response = next.run(request).await;
    let Some(info) = response.extensions().get::<ErrorInfo>().cloned() else { return response };
    let signed = response.extensions().get::<Signed>().cloned();
    let status = response.status();
    let lang = crate::i18n::current();
    let title = lang.t(info.title);
    let page = ErrorPage {
        chrome: Chrome::new(signed.as_ref(), &title).with_request_id(request_id),
        status: status.as_u16(),
        title,
        message: info.message.in_lang(lang),
        back: back.filter(|_| signed.is_some()),
    };
    // The page replaces the body; the headers (Retry-After, cookies) stay.
    let (mut parts, _) = response.into_parts();
    match page.render() {
        Ok(html) => {
            parts.headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8"));
            Response::from_parts(parts, Body::from(html))
        }
        Err(_) => {
            parts.headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/plain; charset=utf-8"));
            Response::from_parts(parts, Body::from(page.message))
        }
    }
}
