//! My work: what I can sign, what I can countersign, and what I wait on.

use askama::Template;
use axum::extract::State;
use axum::response::Response;

use super::{Chrome, render};
use crate::services::work::{self, LIST_LIMIT, WorkItem};
use crate::web::session::Signed;
use crate::web::{AppError, AppState};

pub struct Section {
    pub title: &'static str,
    pub column: &'static str,
    pub items: Vec<WorkItem>,
}

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage {
    chrome: Chrome,
    roles: String,
    sections: Vec<Section>,
    /// Said when a list was cut at its limit.
    more: Option<String>,
}

pub async fn show(State(state): State<AppState>, signed: Signed) -> Result<Response, AppError> {
    let work = work::work(&state.pool, &signed.actor).await?;
    let roles = signed.actor.deployment_roles().iter().map(|r| r.name()).collect::<Vec<_>>().join(", ");
    let sections = vec![
        Section { title: "Ready for you to sign", column: "Who may sign", items: work.to_sign },
        Section { title: "Ready for you to countersign", column: "Signed", items: work.to_countersign },
        Section { title: "Waiting on others", column: "Waiting on", items: work.waiting },
    ];
    let more = work.more.then(|| {
        format!(
            "Each list shows the first {LIST_LIMIT} steps, newest deployment first; open a deployment for the rest."
        )
    });
    render(&HomePage { chrome: Chrome::new(Some(&signed), "My work"), roles, sections, more })
}
