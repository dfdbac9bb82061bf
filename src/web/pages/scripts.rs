//! The scripts of a deployment: the list, and one script as a download.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};

use super::{Chrome, deployment_id, render};
use crate::render::script;
use crate::services::deployments;
use crate::web::session::Signed;
use crate::web::{AppError, AppState};

pub struct ScriptRow {
    pub file_name: String,
    pub lane: String,
    pub host: String,
    pub steps: String,
    pub mine: bool,
}

#[derive(Template)]
#[template(path = "scripts.html")]
struct ScriptsPage {
    chrome: Chrome,
    deployment_id: i64,
    deployment: String,
    scripts: Vec<ScriptRow>,
}

pub async fn list(State(state): State<AppState>, signed: Signed, Path(id): Path<String>) -> Result<Response, AppError> {
    let id = deployment_id(&id)?;
    let deployment = deployments::load(&state.pool, &state.catalog, &signed.actor, id).await?;
    let plan = deployment.plan();
    let held = signed.actor.deployment_roles();
    let scripts = script::scripts(plan, &script::generated_at())
        .into_iter()
        .filter_map(|s| {
            let lane = plan.lanes.iter().find(|l| l.key == s.lane)?;
            let numbers: Vec<String> =
                plan.steps.iter().filter(|p| s.steps.contains(&p.key)).map(|p| p.number.to_string()).collect();
            Some(ScriptRow {
                mine: lane.roles.is_met_by(&held),
                lane: lane.name.clone(),
                host: s.host.name_in(crate::i18n::current()),
                steps: numbers.join(", "),
                file_name: s.file_name,
            })
        })
        .collect();
    render(&ScriptsPage {
        chrome: Chrome::new(Some(&signed), &crate::i18n::t("scripts-title")),
        deployment_id: id,
        deployment: deployment.row.name.clone(),
        scripts,
    })
}

pub async fn download(
    State(state): State<AppState>,
    signed: Signed,
    Path((id, file)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let id = deployment_id(&id)?;
    let script =
        deployments::download_script(&state.pool, &state.catalog, &signed.actor, id, &file, &script::generated_at())
            .await?;
    // The file name is one of the plan's own (lane keys and shells), never the request's text.
    let disposition = format!("attachment; filename=\"deployment-{id}-{}\"", script.file_name);
    Ok((
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8".to_owned()), (header::CONTENT_DISPOSITION, disposition)],
        script.text,
    )
        .into_response())
}
