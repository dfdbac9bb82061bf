//! My work: what I can sign, what I can countersign, and what I wait on.

use askama::Template;
use axum::extract::State;
use axum::response::Response;

use super::{Chrome, render};
use crate::services::deployments;
use crate::web::session::Signed;
use crate::web::{AppError, AppState};
use crate::workflow::{self, Kind, StepState};

pub struct WorkItem {
    pub deployment_id: i64,
    pub deployment: String,
    pub number: usize,
    pub key: String,
    pub title: String,
    pub detail: String,
}

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
}

pub async fn show(State(state): State<AppState>, signed: Signed) -> Result<Response, AppError> {
    let held = signed.actor.deployment_roles();
    let (mut to_sign, mut to_countersign, mut waiting) = (Vec::new(), Vec::new(), Vec::new());
    for deployment in
        deployments::list(&state.pool, &state.catalog, &signed.actor).await?.iter().filter(|d| d.is_active())
    {
        let ctx = deployment.context();
        for step in &deployment.plan.steps {
            let item = |detail: String| WorkItem {
                deployment_id: deployment.row.id,
                deployment: deployment.row.name.clone(),
                number: step.number,
                key: step.key.clone(),
                title: step.title.clone(),
                detail,
            };
            if workflow::decide(&ctx, &step.key, &signed.actor, Kind::Sign).is_ok() {
                to_sign.push(item(step.requirement.describe()));
            } else if workflow::decide(&ctx, &step.key, &signed.actor, Kind::Countersign).is_ok() {
                to_countersign.push(item(format!("signed by {}", ctx.record(&step.key).signer_name)));
            } else if ctx.state(&step.key) == StepState::Blocked && step.requirement.is_met_by(&held) {
                let waiting_on: Vec<String> = step
                    .depends_on
                    .iter()
                    .filter(|d| !ctx.state(d).is_finished())
                    .filter_map(|d| deployment.plan.steps.iter().find(|s| &s.key == d))
                    .map(|d| {
                        format!("{}. {} ({}, {})", d.number, d.title, d.requirement.describe(), ctx.state(&d.key).key())
                    })
                    .collect();
                waiting.push(item(waiting_on.join("; ")));
            }
        }
    }
    let roles = held.iter().map(|r| r.name()).collect::<Vec<_>>().join(", ");
    let sections = vec![
        Section { title: "Ready for you to sign", column: "Who may sign", items: to_sign },
        Section { title: "Ready for you to countersign", column: "Signed", items: to_countersign },
        Section { title: "Waiting on others", column: "Waiting on", items: waiting },
    ];
    render(&HomePage { chrome: Chrome::new(Some(&signed), "My work"), roles, sections })
}
