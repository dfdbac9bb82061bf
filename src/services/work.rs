//! My work: the steps a person may sign, those they may countersign, and
//! those they will sign once others have finished. One query over the
//! active steps' rows; each row is then placed by the workflow's own rules.

use crate::db::Pool;

use super::ServiceError;
use crate::auth::{Action, Actor};
use crate::db;
use crate::roles::{Requirement, Role, Team};
use crate::workflow::{self, Policy, Queue, StepFacts, StepState};

/// Each list shows at most this many steps, newest deployment first: the
/// page stays a glance, and its cost stays the same however much work waits.
pub const LIST_LIMIT: usize = 25;

/// One step on a person's list.
#[derive(Debug, Clone)]
pub struct WorkItem {
    pub deployment_id: i64,
    pub deployment: String,
    pub number: i64,
    pub key: String,
    pub title: String,
    /// Who may sign it; who signed it; what it waits on.
    pub detail: String,
}

#[derive(Debug, Clone, Default)]
pub struct Work {
    pub to_sign: Vec<WorkItem>,
    pub to_countersign: Vec<WorkItem>,
    pub waiting: Vec<WorkItem>,
    /// Some list had more than [`LIST_LIMIT`] steps.
    pub more: bool,
}

pub async fn work(pool: &Pool, actor: &Actor) -> Result<Work, ServiceError> {
    let Some(user) = actor.id else { return Ok(Work::default()) };
    let held = actor.deployment_roles();
    let held_mask = Role::mask(&held);
    let privileged = super::deployments::reads_everything(actor);
    // The query narrows by roles and the rules then place each row: one more
    // than a list shows tells whether there are more.
    let limit = (LIST_LIMIT + 1) as i64;
    let mut conn = pool.acquire().await?;
    let rows = db::workflow::queues(&mut conn, user, held_mask, privileged, limit).await?;
    drop(conn);
    let mut work = Work::default();
    // A part the query cut at its limit may hold more than the lists show.
    for shown in ["ready", "signed", "blocked"] {
        work.more |= rows.iter().filter(|r| r.shown == shown).count() as i64 >= limit;
    }
    for row in rows {
        if crate::auth::authorize(actor, Action::ReadDeployment(&Role::from_mask(row.roles_mask))).is_err() {
            continue;
        }
        let stored: Vec<Vec<String>> = serde_json::from_str(&row.requirement).unwrap_or_default();
        let requirement = Requirement::from_keys(&stored);
        let record = row.record();
        let facts = StepFacts {
            requirement: &requirement,
            lane_team: Team::parse(&row.team),
            state: StepState::parse(&row.shown),
            record: &record,
            waiting_on: Vec::new(),
            policy: Policy::from_stored(&row.countersigner, row.countersignatures_required),
            active: true,
        };
        let Some(queue) = workflow::queue(&facts, actor) else { continue };
        let (list, detail) = match queue {
            Queue::Sign => (&mut work.to_sign, requirement.describe_in(crate::i18n::current())),
            Queue::Countersign => {
                (&mut work.to_countersign, crate::i18n::t_with("work-signed-by", &[("signer", &record.signer_name)]))
            }
            Queue::Waiting => (&mut work.waiting, row.waiting_on.clone()),
        };
        if list.len() == LIST_LIMIT {
            work.more = true;
            continue;
        }
        list.push(WorkItem {
            deployment_id: row.deployment_id,
            deployment: row.deployment,
            number: row.number,
            key: row.step_key,
            title: row.title,
            detail,
        });
    }
    Ok(work)
}
