//! What wraps every request: its id and trace span, running it to its end
//! whatever the client does, and the security headers of every response.

use axum::extract::{MatchedPath, Request, State};
use axum::http::{HeaderValue, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use tracing::Instrument;

use super::AppError;

/// The request's id, shown on error pages and logged with every line.
#[derive(Debug, Clone)]
pub struct RequestId(pub String);

/// Gives the request an id and a span. The span names the route pattern,
/// not the raw path, so that what a client types never reaches the log.
pub async fn request_id(mut request: Request, next: Next) -> Response {
    let id = hex::encode(rand::random::<[u8; 8]>());
    request.extensions_mut().insert(RequestId(id.clone()));
    let route = request.extensions().get::<MatchedPath>().map_or("(no route)", |p| p.as_str()).to_owned();
    let span = tracing::info_span!("request", id = %id, method = %request.method(), route = %route);
    async move {
        let mut response = next.run(request).await;
        tracing::info!(status = response.status().as_u16(), "answered");
        if let Ok(value) = HeaderValue::from_str(&id) {
            response.headers_mut().insert("x-request-id", value);
        }
        response
    }
    .instrument(span)
    .await
}

/// The language of the request: the switcher's cookie, then the browser's
/// `Accept-Language`, then English (a signed-in person's own choice is
/// applied when the session is read). The page's own address is kept for the
/// switcher, which brings the person back to it.
pub async fn language(State(state): State<super::AppState>, request: Request, next: Next) -> Response {
    let chosen = super::session::read_cookie(&state, request.headers(), super::session::Cookie::Language);
    let accept = request.headers().get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok());
    let lang = crate::i18n::Lang::negotiate(chosen.as_deref(), accept);
    let here = if request.method() == axum::http::Method::GET {
        request.uri().path_and_query().map_or("/", |p| p.as_str()).to_owned()
    } else {
        // What a form's answer shows cannot be asked for again by address.
        "/".to_owned()
    };
    crate::i18n::scope(lang, HERE.scope(here, next.run(request))).await
}

tokio::task_local! {
    /// The address of the page being served, for the language switcher.
    static HERE: String;
}

/// The address of the page being served (`/` outside a request).
pub fn here() -> String {
    HERE.try_with(Clone::clone).unwrap_or_else(|_| "/".to_owned())
}

/// Runs the rest of the request in a task of its own, which the connection
/// only waits for. A client that hangs up drops the wait, never the work: a
/// use case that has begun its transaction always reaches commit or rollback.
pub async fn run_to_completion(request: Request, next: Next) -> Response {
    // The task does not inherit the request's task-locals: they go with it.
    let (lang, here) = (crate::i18n::current(), here());
    let work = tokio::spawn(crate::i18n::scope(lang, HERE.scope(here, next.run(request))).in_current_span());
    match work.await {
        Ok(response) => response,
        Err(error) => AppError::Internal(format!("the request's task ended abnormally: {error}")).into_response(),
    }
}

/// The Content-Security-Policy of every page. Forms post to the portal only;
/// with single sign-on, also to the provider's origin, because browsers apply
/// `form-action` to the redirects a form's answer makes, and signing out
/// redirects to the provider's sign-out page.
pub fn content_security_policy(provider_origin: Option<&str>) -> HeaderValue {
    let form_action = match provider_origin {
        Some(origin) => format!("'self' {origin}"),
        None => "'self'".to_owned(),
    };
    let policy = format!(
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; \
         base-uri 'none'; form-action {form_action}; frame-ancestors 'none'"
    );
    HeaderValue::from_str(&policy)
        .unwrap_or_else(|_| HeaderValue::from_static("default-src 'self'; form-action 'self'"))
}

/// No inline script, no framing, no sniffing, no referrer leaving the site.
pub async fn security_headers(State(policy): State<HeaderValue>, request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_SECURITY_POLICY, policy);
    let pairs = [
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::X_FRAME_OPTIONS, "DENY"),
        (header::REFERRER_POLICY, "same-origin"),
        (header::HeaderName::from_static("cross-origin-opener-policy"), "same-origin"),
    ];
    for (name, value) in pairs {
        headers.insert(name, HeaderValue::from_static(value));
    }
    if !headers.contains_key(header::CACHE_CONTROL) {
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    response
}
