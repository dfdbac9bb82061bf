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
    fn group_of(groups: &mut Vec<DeploymentWork>, item: &WorkItem) -> usize {
        groups.iter().position(|g| g.id == item.deployment_id).unwrap_or_else(|| {
            groups.push(DeploymentWork {
                id: item.deployment_id,
                name: item.deployment.clone(),
                to_sign: Vec::new(),
                to_countersign: Vec::new(),
                waiting: Vec::new(),
            });
            groups.len() - 1
        })
    }
    let mut groups: Vec<DeploymentWork> = Vec::new();
    for item in work.to_sign {
        let at = group_of(&mut groups, &item);
        groups[at].to_sign.push(item);
    }
    for item in work.to_countersign {
        let at = group_of(&mut groups, &item);
        groups[at].to_countersign.push(item);
    }
    for item in work.waiting {
        let at = group_of(&mut groups, &item);
        groups[at].waiting.push(item);
    }
    // A stable sort: those with something ready first, the newest first within each.
    groups.sort_by_key(|g| g.to_sign.is_empty() && g.to_countersign.is_empty());
    groups
}

pub async fn show(State(state): State<AppState>, signed: Signed) -> Result<Response, AppError> {
    let mut work = work::work(&state.pool, &signed.actor).await?;
    // The rows keep the English titles: each is shown in the reader's language.
    let lang = crate::i18n::current();
    let title = |key: &str| state.catalog.step_title(key, lang).unwrap_or(key).to_owned();
    for item in work.to_sign.iter_mut().chain(&mut work.to_countersign).chain(&mut work.waiting) {
        item.title = title(&item.key);
    }
    for item in &mut work.waiting {
        let waits: Vec<String> = crate::workflow::Context::read_waiting_on(&item.detail)
            .into_iter()
            .map(|(number, key, state)| format!("{number}. {} ({})", title(key), state.label()))
            .collect();
        item.detail = waits.join("; ");
    }
    let roles = signed
        .actor
        .deployment_roles()
        .iter()
        .map(|r| r.name_in(crate::i18n::current()))
        .collect::<Vec<_>>()
        .join(", ");
    let more = work.more.then(|| crate::i18n::t_with("home-list-limit", &[("count", LIST_LIMIT.to_string().as_str())]));
    let deployments = by_deployment(work);
    render(&HomePage { chrome: Chrome::new(Some(&signed), &crate::i18n::t("nav-my-work")), roles, deployments, more })
}
