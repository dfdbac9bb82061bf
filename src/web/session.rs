//! Sessions and CSRF: the signed-in person of a request, and the check that
//! every form was sent by a page of this portal.

use axum::body::{Body, to_bytes};
use axum::extract::{FromRequestParts, Request, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, Method, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};

use super::{AppError, AppState, MAX_BODY_BYTES};
use crate::auth::Actor;
use crate::auth::password::constant_time_eq;
use crate::services::accounts;

pub const CSRF_FIELD: &str = "csrf";

/// A year: the language is a preference, not a credential.
pub const LANGUAGE_KEPT_SECONDS: i64 = 365 * 24 * 3600;

/// The portal's two cookies. Behind https their names carry the `__Host-`
/// prefix, which makes browsers refuse them unless Secure, on Path=/ and
/// without a Domain: no subdomain can plant or overwrite them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cookie {
    Session,
    /// The login form cannot use a session's token (there is none yet): it
    /// uses a token in this cookie and in the form, which must match.
    LoginCsrf,
    /// A sign-in sent to the OpenID provider: names its pending row, so the
    /// callback is accepted only in the browser that started it.
    SsoPending,
    /// The language chosen with the switcher, for the pages of someone not
    /// signed in (a signed-in person's choice is kept with their account too).
    Language,
}

impl Cookie {
    pub fn name(self, secure: bool) -> &'static str {
        match (self, secure) {
            (Cookie::Session, false) => "cs_session",
            (Cookie::Session, true) => "__Host-cs_session",
            (Cookie::LoginCsrf, false) => "cs_login_csrf",
            (Cookie::LoginCsrf, true) => "__Host-cs_login_csrf",
            (Cookie::SsoPending, false) => "cs_sso",
            (Cookie::SsoPending, true) => "__Host-cs_sso",
            (Cookie::Language, false) => "cs_lang",
            (Cookie::Language, true) => "__Host-cs_lang",
        }
    }
}

/// The value of one of the portal's cookies in a request.
pub fn read_cookie(state: &AppState, headers: &HeaderMap, cookie: Cookie) -> Option<String> {
    cookie_value(headers, cookie.name(state.secure_cookies))
}

/// The signed-in person of a request, with their session's CSRF token.
#[derive(Debug, Clone)]
pub struct Signed {
    pub actor: Actor,
    pub csrf: String,
    pub session_id: String,
    /// Unread messages in the person's inbox, for the navigation.
    pub unread: i64,
}

pub fn cookie_value(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value.to_owned())
}

/// The one way cookies are written: HttpOnly, SameSite=Lax, Path=/, and
/// Secure when the portal is reached over https.
pub fn set_cookie(state: &AppState, cookie: Cookie, value: &str, max_age_seconds: i64) -> String {
    let secure = if state.secure_cookies { "; Secure" } else { "" };
    let name = cookie.name(state.secure_cookies);
    format!("{name}={value}; Path=/; HttpOnly; SameSite=Lax; Max-Age={max_age_seconds}{secure}")
}

pub async fn load_session(State(state): State<AppState>, mut request: Request, next: Next) -> Response {
    // The stylesheet, the script and the health check need nobody: spare them four queries.
    let path = request.uri().path();
    let anonymous = path.starts_with("/static/") || path == "/healthz";
    if let Some(session_id) = read_cookie(&state, request.headers(), Cookie::Session).filter(|_| !anonymous) {
        match accounts::session_actor(&state.pool, &session_id).await {
            Ok(Some(session)) => {
                let signed = Signed { actor: session.actor, csrf: session.csrf, session_id, unread: session.unread };
                request.extensions_mut().insert(signed.clone());
                // The language kept with the account wins over the browser's, and the
                // cookie follows it, so that the pages drawn before the session is read
                // (error pages) and the sign-in page after signing out speak it too.
                let cookie = read_cookie(&state, request.headers(), Cookie::Language);
                let lang = session.lang.unwrap_or_else(crate::i18n::current);
                let mut response = crate::i18n::scope(lang, next.run(request)).await;
                let name = format!("{}=", Cookie::Language.name(state.secure_cookies));
                let chosen_now = response
                    .headers()
                    .get_all(header::SET_COOKIE)
                    .iter()
                    .any(|v| v.to_str().is_ok_and(|v| v.starts_with(&name)));
                if let Some(kept) = session.lang.filter(|kept| cookie.as_deref() != Some(kept.tag()) && !chosen_now)
                    && let Ok(value) = set_cookie(&state, Cookie::Language, kept.tag(), LANGUAGE_KEPT_SECONDS).parse()
                {
                    response.headers_mut().append(header::SET_COOKIE, value);
                }
                // For the error pages, which are drawn outside: they keep the navigation.
                response.extensions_mut().insert(signed);
                return response;
            }
            Ok(None) => {}
            Err(error) => return AppError::from(error).into_response(),
        }
    }
    next.run(request).await
}

/// Refuses any request that changes something unless its form carries the
/// right token. Nothing runs behind a refusal.
pub async fn csrf_guard(State(state): State<AppState>, request: Request, next: Next) -> Response {
    if matches!(*request.method(), Method::GET | Method::HEAD | Method::OPTIONS) {
        return next.run(request).await;
    }
    let (parts, body) = request.into_parts();
    let Ok(bytes) = to_bytes(body, MAX_BODY_BYTES).await else {
        return AppError::TooLarge.into_response();
    };
    let content_type = parts.headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or_default();
    let sent = match multer::parse_boundary(content_type) {
        Ok(boundary) => multipart_field(bytes.clone(), boundary, CSRF_FIELD).await,
        Err(_) => serde_urlencoded::from_bytes::<Vec<(String, String)>>(&bytes)
            .unwrap_or_default()
            .into_iter()
            .find(|(key, _)| key == CSRF_FIELD)
            .map(|(_, value)| value),
    };
    let sent = sent.as_deref();
    let expected = if parts.uri.path() == "/login" {
        read_cookie(&state, &parts.headers, Cookie::LoginCsrf)
    } else {
        parts.extensions.get::<Signed>().map(|signed| signed.csrf.clone())
    };
    let valid = matches!((sent, expected.as_deref()), (Some(sent), Some(expected)) if !expected.is_empty() && constant_time_eq(sent, expected));
    if !valid {
        tracing::warn!(path = parts.uri.path(), "a form without a valid CSRF token was refused");
        return AppError::Csrf.into_response();
    }
    next.run(Request::from_parts(parts, Body::from(bytes))).await
}

impl<S: Send + Sync> FromRequestParts<S> for Signed {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        match parts.extensions.get::<Signed>() {
            Some(signed) => Ok(signed.clone()),
            None => {
                let next = parts.uri.path_and_query().map_or("/", |p| p.as_str());
                let target = format!("/login?next={}", percent_encode(next));
                Err(Redirect::to(&target).into_response())
            }
        }
    }
}

/// Percent-encodes everything but unreserved characters (for `next=`).
pub fn percent_encode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// A return path is followed only if it is a path of this site: one `/`,
/// then neither `/` nor `\\` (which browsers read as `/`), and no control
/// character, before or after percent-decoding (browsers drop tabs and line
/// breaks, so `/\t/evil.example` would become `//evil.example`). Anything else
/// returns home. Non-ASCII is percent-encoded, so the result is always a
/// valid `Location`.
pub fn safe_next(next: Option<&str>) -> String {
    fn local(path: &str) -> bool {
        let mut chars = path.chars();
        chars.next() == Some('/')
            && !matches!(chars.next(), Some('/' | '\\'))
            && !path.chars().any(|c| c.is_control() || c == '\\' || crate::params::is_invisible(c))
    }
    let Some(path) = next.filter(|p| p.len() <= 2048) else { return "/".to_owned() };
    let decoded = percent_encoding::percent_decode_str(path).decode_utf8_lossy();
    if !local(path) || !local(&decoded) {
        return "/".to_owned();
    }
    // Controls are refused above, so this encodes exactly the non-ASCII bytes.
    percent_encoding::utf8_percent_encode(path, percent_encoding::CONTROLS).to_string()
}

impl<S: Send + Sync> axum::extract::OptionalFromRequestParts<S> for Signed {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Option<Self>, Self::Rejection> {
        Ok(parts.extensions.get::<Signed>().cloned())
    }
}

/// The text of one field of a multipart body, if it has it.
async fn multipart_field(bytes: axum::body::Bytes, boundary: String, name: &str) -> Option<String> {
    let stream = futures_util::stream::once(async move { Ok::<_, std::convert::Infallible>(bytes) });
    let mut multipart = multer::Multipart::new(stream, boundary);
    while let Ok(Some(field)) = multipart.next_field().await {
        if field.name() == Some(name) {
            return field.text().await.ok();
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::safe_next;

    #[test]
    fn only_local_paths_are_followed() {
        for local in ["/", "/deployments/3", "/deployments?x=1&y=%2F", "/a%20b"] {
            assert_eq!(safe_next(Some(local)), local, "{local}");
        }
        assert_eq!(safe_next(Some("/배포")), "/%EB%B0%B0%ED%8F%AC");
        for hostile in [
            "//evil.example/x",
            "/\\evil.example",
            "\\\\evil.example",
            "/\t/evil.example/x",
            "/%09/evil.example/x",
            "/\n/evil.example",
            "/\r\nSet-Cookie: a=b",
            "/%0d%0aSet-Cookie:%20a=b",
            "/%2F/evil.example",
            "/%5Cevil.example",
            "https://evil.example",
            "evil.example",
            "",
            "/\u{202e}x",
        ] {
            assert_eq!(safe_next(Some(hostile)), "/", "{hostile:?}");
        }
        assert_eq!(safe_next(None), "/");
    }
}
