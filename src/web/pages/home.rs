//! My work: the steps ready for the groups I hold, and what I wait on.

use std::collections::HashSet;

use askama::Template;
use axum::extract::State;
use axum::response::Response;

use super::{Chrome, render};
use crate::services::deployments;
use crate::web::session::Signed;
use crate::web::{AppError, AppState};
use crate::workflow::{self, StepState};

pub struct WorkItem {
    pub deployment_id: i64,
    pub deployment: String,
    pub number: usize,
    pub key: String,
    pub title: String,
    pub lane: String,
    pub waiting_on: String,
}

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage {
    chrome: Chrome,
    roles: String,
    ready: Vec<WorkItem>,
    waiting: Vec<WorkItem>,
}

pub async fn show(State(state): State<AppState>, signed: Signed) -> Result<Response, AppError> {
    let held = signed.actor.deployment_roles();
    let mut ready = Vec::new();
    let mut waiting = Vec::new();
    for deployment in deployments::list(&state.pool, &state.catalog).await? {
        let finished: HashSet<&str> = HashSet::new();
        let states = workflow::states(&deployment.plan, &finished);
        for step in deployment.plan.steps.iter().filter(|s| s.requirement.is_met_by(&held)) {
            let waiting_on: Vec<String> = step
                .depends_on
                .iter()
                .filter(|d| !finished.contains(d.as_str()))
                .filter_map(|d| deployment.plan.steps.iter().find(|s| &s.key == d))
                .map(|d| format!("{}. {} ({})", d.number, d.title, d.requirement.describe()))
                .collect();
            let item = WorkItem {
                deployment_id: deployment.row.id,
                deployment: deployment.row.name.clone(),
                number: step.number,
                key: step.key.clone(),
                title: step.title.clone(),
                lane: step.requirement.describe(),
                waiting_on: waiting_on.join("; "),
            };
            match states.get(&step.key) {
                Some(StepState::Ready) => ready.push(item),
                Some(StepState::Blocked) => waiting.push(item),
                _ => {}
            }
        }
    }
    let roles = held.iter().map(|r| r.name()).collect::<Vec<_>>().join(", ");
    render(&HomePage { chrome: Chrome::new(Some(&signed), "My work"), roles, ready, waiting })
}
