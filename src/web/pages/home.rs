//! My work: what I can sign, what I can countersign, and what I wait on,
//! deployment by deployment.

use askama::Template;
use axum::extract::State;
use axum::response::Response;

use super::{Chrome, render};
use crate::services::work::{self, LIST_LIMIT, WorkItem};
use crate::web::session::Signed;
use crate::web::{AppError, AppState};

/// One deployment's part of my work: what is ready first, what waits folded away.
pub struct DeploymentWork {
    pub id: i64,
    pub name: String,
    pub to_sign: Vec<WorkItem>,
    pub to_countersign: Vec<WorkItem>,
    pub waiting: Vec<WorkItem>,
}

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage {
    chrome: Chrome,
    roles: String,
    /// Deployments with something ready for me come first, then those where I only wait.
    deployments: Vec<DeploymentWork>,
    /// Said when a list was cut at its limit.
    more: Option<String>,
}

/// Groups the three lists by deployment, keeping their order (newest deployment first).
fn by_deployment(work: work::Work) -> Vec<DeploymentWork> {
    let mut groups: Vec<DeploymentWork> = Vec::new();
    let lists = [(0, work.to_sign), (1, work.to_countersign), (2, work.waiting)];
    for (list, items) in lists {
        for item in items {
            let index = match groups.iter().position(|g| g.id == item.deployment_id) {
                Some(index) => index,
                None => {
                    groups.push(DeploymentWork {
                        id: item.deployment_id,
                        name: item.deployment.clone(),
                        to_sign: Vec::new(),
                        to_countersign: Vec::new(),
                        waiting: Vec::new(),
                    });
                    groups.len() - 1
                }
            };
            let group = &mut groups[index];
            match list {
                0 => group.to_sign.push(item),
                1 => group.to_countersign.push(item),
                _ => group.waiting.push(item),
            }
        }
    }
    // A stable sort: the newest first within each kind.
    groups.sort_by_key(|g| g.to_sign.is_empty() && g.to_countersign.is_empty());
    groups
}

pub async fn show(State(state): State<AppState>, signed: Signed) -> Result<Response, AppError> {
    let work = work::work(&state.pool, &signed.actor).await?;
    let roles = signed.actor.deployment_roles().iter().map(|r| r.name()).collect::<Vec<_>>().join(", ");
    let more = work.more.then(|| {
        format!(
            "Each list shows the first {LIST_LIMIT} steps, newest deployment first; open a deployment for the rest."
        )
    });
    let deployments = by_deployment(work);
    render(&HomePage { chrome: Chrome::new(Some(&signed), "My work"), roles, deployments, more })
}
