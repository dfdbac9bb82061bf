//! What the portal hands to a change-advisory board: a deployment's report,
//! checkable offline, and the dashboard of all deployments.

use std::collections::BTreeMap;

use crate::db::Pool;

use super::deployments::{self, Deployment};
use super::{ServiceError, audit, authorize};
use crate::audit::proof::InclusionProof;
use crate::auth::{Action, Actor};
use crate::catalog::Catalog;
use crate::db;
use crate::db::workflow::{HandoffRow, SignoffRow};

/// Everything a deployment's report shows.
pub struct DeploymentReport {
    pub deployment: Deployment,
    pub history: Vec<SignoffRow>,
    pub handoffs: Vec<HandoffRow>,
    /// The signed checkpoint the proofs lead to, when one covers the sign-offs.
    pub checkpoint: Option<String>,
    pub proofs: Vec<InclusionProof>,
}

/// A deployment's report, for coordinators, auditors and administrators who
/// may read the deployment. A checkpoint is signed first if the newest
/// sign-off is not in one yet, so that every sign-off has its proof.
pub async fn deployment_report(
    pool: &Pool,
    catalog: &Catalog,
    actor: &Actor,
    signing: &audit::Checkpointing,
    id: i64,
) -> Result<DeploymentReport, ServiceError> {
    authorize(pool, actor, Action::BrowseAudit, &format!("deployment:{id}/report")).await?;
    let extras = deployments::Extras { answers: true, handoffs: true, ..Default::default() };
    let deployment = deployments::load_with(pool, catalog, actor, id, extras).await?;
    let mut conn = pool.acquire().await?;
    let history = db::workflow::all_history(&mut conn, id).await?;
    let events = db::audit::signoff_events(&mut conn, id).await?;
    drop(conn);
    let mut proofs = Vec::with_capacity(events.len());
    for seq in events {
        proofs.push(audit::prove(pool, Some(signing), seq).await?);
    }
    let checkpoint = proofs.first().map(|p| p.checkpoint.clone());
    let handoffs = deployment.handoffs.clone();
    Ok(DeploymentReport { deployment, history, handoffs, checkpoint, proofs })
}

/// A count with its label, for a chart and its table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Count {
    pub label: String,
    pub value: i64,
}

#[derive(Debug, Clone)]
pub struct SlowHandoff {
    pub deployment_id: i64,
    pub deployment: String,
    pub to: String,
    pub waited_seconds: i64,
    pub answered: bool,
}

pub struct Dashboard {
    pub by_state: Vec<Count>,
    pub waiting_by_role: Vec<Count>,
    pub slowest: Vec<SlowHandoff>,
    /// Per day of the last 30: (day as YYYY-MM-DD, sign-offs, refusals).
    pub days: Vec<(String, i64, i64)>,
}

/// The dashboard of the deployments `actor` may read, for coordinators,
/// auditors and administrators.
pub async fn dashboard(pool: &Pool, actor: &Actor) -> Result<Dashboard, ServiceError> {
    authorize(pool, actor, Action::BrowseAudit, "dashboard").await?;
    let mut conn = pool.acquire().await?;
    let mut by_state: BTreeMap<String, i64> =
        ["active", "complete", "cancelled"].into_iter().map(|s| (s.to_owned(), 0)).collect();
    by_state.extend(db::deployments::count_by_status(&mut conn).await?);
    let waiting: BTreeMap<String, i64> = db::workflow::ready_by_lane(&mut conn).await?.into_iter().collect();
    let now = db::now();
    let mut slowest: Vec<SlowHandoff> = db::workflow::longest_waits(&mut conn, 10)
        .await?
        .into_iter()
        .map(|h| SlowHandoff {
            deployment_id: h.deployment_id,
            deployment: h.deployment,
            to: h.to_lane_name,
            waited_seconds: h.answered_at.unwrap_or(now) - h.created_at,
            answered: h.answered_at.is_some(),
        })
        .collect();
    slowest.sort_by_key(|h| std::cmp::Reverse(h.waited_seconds));
    slowest.truncate(10);
    let since = (now / 86_400 - 29) * 86_400;
    let counted: BTreeMap<i64, (i64, i64)> =
        db::audit::daily_counts(&mut conn, since).await?.into_iter().map(|(day, s, r)| (day, (s, r))).collect();
    let days = (0..30)
        .map(|offset| {
            let day = since / 86_400 + offset;
            let (signoffs, refusals) = counted.get(&day).copied().unwrap_or((0, 0));
            (crate::audit::export::time_utc(day * 86_400).chars().take(10).collect(), signoffs, refusals)
        })
        .collect();
    Ok(Dashboard {
        by_state: by_state.into_iter().map(|(label, value)| Count { label, value }).collect(),
        waiting_by_role: waiting.into_iter().map(|(label, value)| Count { label, value }).collect(),
        slowest,
        days,
    })
}
