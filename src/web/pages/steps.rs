//! One step: what it does, who may do it, its commands and checks.

use std::collections::HashSet;

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;

use super::{Chrome, deployment_id, render};
use crate::plan::PlannedStep;
use crate::services::deployments;
use crate::web::session::Signed;
use crate::web::{AppError, AppState};
use crate::workflow;

#[derive(Template)]
#[template(path = "step.html")]
struct StepPage {
    chrome: Chrome,
    deployment_id: i64,
    deployment: String,
    step: PlannedStep,
    shell: &'static str,
    state: &'static str,
    alternatives: Vec<String>,
    depends_on: Vec<(String, String, String)>,
}

pub async fn show(
    State(state): State<AppState>,
    signed: Signed,
    Path((id, key)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let id = deployment_id(&id)?;
    let deployment = deployments::load(&state.pool, &state.catalog, id).await?;
    let plan = &deployment.plan;
    let step = plan
        .steps
        .iter()
        .find(|s| s.key == key)
        .cloned()
        .ok_or_else(|| AppError::NotFound(format!("the step {key}")))?;
    let finished: HashSet<&str> = HashSet::new();
    let state_key = workflow::states(plan, &finished).get(&step.key).map_or("blocked", |s| s.key());
    let alternatives = step
        .requirement
        .alternatives()
        .iter()
        .map(|set| if set.roles().len() > 1 { format!("one person in all of: {}", set.name()) } else { set.name() })
        .collect();
    let depends_on = step
        .depends_on
        .iter()
        .filter_map(|d| plan.steps.iter().find(|s| &s.key == d))
        .map(|d| (d.key.clone(), format!("{}. {}", d.number, d.title), d.requirement.describe()))
        .collect();
    let page = StepPage {
        chrome: Chrome::new(Some(&signed), &step.title),
        deployment_id: id,
        deployment: deployment.row.name.clone(),
        shell: step.shell.name(),
        state: state_key,
        alternatives,
        depends_on,
        step,
    };
    render(&page)
}
