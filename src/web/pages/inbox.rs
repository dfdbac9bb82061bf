//! The in-portal inbox: handoffs and rejections addressed to the person.

use askama::Template;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};

use super::{Chrome, render};
use crate::db;
use crate::services::ServiceError;
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
    let Some(user) = signed.actor.id else { return Err(AppError::NotFound("an inbox".to_owned())) };
    let mut conn = state.pool.acquire().await.map_err(ServiceError::from)?;
    let messages = db::workflow::inbox(&mut conn, user)
        .await
        .map_err(ServiceError::from)?
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

/// Reading the inbox is not an audited change: it alters nothing of a deployment.
pub async fn mark_read(State(state): State<AppState>, signed: Signed) -> Result<Response, AppError> {
    if let Some(user) = signed.actor.id {
        let mut conn = state.pool.acquire().await.map_err(ServiceError::from)?;
        db::workflow::mark_read(&mut conn, user).await.map_err(ServiceError::from)?;
    }
    Ok(Redirect::to("/inbox").into_response())
}
