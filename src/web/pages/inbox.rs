//! The in-portal inbox: handoffs and rejections addressed to the person.

use askama::Template;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Redirect, Response};

use super::{Chrome, render};
use crate::services::inbox;
use crate::web::session::Signed;
use crate::web::{AppError, AppState};

pub struct Message {
    pub text: String,
    pub link: String,
    pub when: String,
    pub unread: bool,
}

#[derive(Template)]
#[template(path = "inbox.html")]
struct InboxPage {
    chrome: Chrome,
    messages: Vec<Message>,
    /// The link to older messages.
    older: Option<String>,
}

#[derive(serde::Deserialize)]
pub struct InboxQuery {
    before: Option<String>,
}

pub async fn show(
    State(state): State<AppState>,
    signed: Signed,
    Query(query): Query<InboxQuery>,
) -> Result<Response, AppError> {
    // Anything but a message number starts from the newest.
    let before = query.before.as_deref().and_then(|b| b.trim().parse::<i64>().ok()).filter(|b| *b > 0);
    let (messages, older) = inbox::messages(&state.pool, &signed.actor, before).await?;
    let messages = messages
        .into_iter()
        .map(|n| Message {
            text: n.message,
            link: n.link,
            when: super::date(n.created_at),
            unread: n.read_at.is_none(),
        })
        .collect();
    let older = older.map(|id| format!("/inbox?before={id}"));
    render(&InboxPage { chrome: Chrome::new(Some(&signed), &crate::i18n::t("nav-inbox")), messages, older })
}

pub async fn mark_read(State(state): State<AppState>, signed: Signed) -> Result<Response, AppError> {
    inbox::mark_read(&state.pool, &signed.actor).await?;
    Ok(Redirect::to("/inbox").into_response())
}
