//! The in-portal inbox: handoffs and rejections addressed to the person.

use askama::Template;
use axum::extract::State;
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
}

pub async fn show(State(state): State<AppState>, signed: Signed) -> Result<Response, AppError> {
    let messages = inbox::messages(&state.pool, &signed.actor)
        .await?
        .into_iter()
        .map(|n| Message {
            text: n.message,
            link: n.link,
            when: super::date(n.created_at),
            unread: n.read_at.is_none(),
        })
        .collect();
    render(&InboxPage { chrome: Chrome::new(Some(&signed), "Inbox"), messages })
}

pub async fn mark_read(State(state): State<AppState>, signed: Signed) -> Result<Response, AppError> {
    inbox::mark_read(&state.pool, &signed.actor).await?;
    Ok(Redirect::to("/inbox").into_response())
}
