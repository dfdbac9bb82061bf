//! Reading the trail by filter: pages for the audit screen (newest first,
//! keyset-paged on the sequence number) and streams for export (oldest first).

use crate::db::{Built, Conn, Engine, like_any_case};

use crate::audit::encoding::StoredEvent;
use crate::audit::verify::EventRow;

/// What an auditor narrows the trail to; every part is optional.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EventFilter {
    pub deployment: Option<i64>,
    /// The actor's user name, as stored.
    pub person: Option<String>,
    /// The role a sign-off acted as (`acting_as` in its details), by name.
    pub role: Option<String>,
    /// An action, or a family of them with a trailing `.` (`step.`).
    pub action: Option<String>,
    pub outcome: Option<String>,
    /// Unix seconds, inclusive.
    pub since: Option<i64>,
    pub until: Option<i64>,
    /// Free text in the target or the details.
    pub text: Option<String>,
    /// Only events about deployments (what coordinators see).
    pub deployments_only: bool,
}

/// `%` and `_` match themselves in a LIKE with `ESCAPE '\\'`.
fn push_conditions(engine: Engine, query: &mut Built, filter: &EventFilter) {
    query.push(" WHERE 1 = 1");
    if let Some(id) = filter.deployment {
        // The deployment itself, or anything under it (its steps, scripts, sign-offs).
        query.push(" AND (target = ").push_bind(format!("deployment:{id}"));
        query.push(" OR target LIKE ").push_bind(format!("deployment:{id}/%")).push(")");
    }
    if filter.deployments_only {
        query.push(" AND target LIKE 'deployment:%'");
    }
    if let Some(person) = &filter.person {
        query.push(" AND actor_name = ").push_bind(person);
    }
    if let Some(role) = &filter.role {
        query.push(match engine {
            Engine::Sqlite => " AND json_valid(detail) AND json_extract(detail, '$.acting_as') = ",
            Engine::Postgres => " AND json_member_text(detail, 'acting_as') = ",
        });
        query.push_bind(role);
    }
    if let Some(action) = &filter.action {
        if action.ends_with('.') {
            query
                .push(" AND action LIKE ")
                .push_bind(format!("{}%", crate::db::like_literal(action)))
                .push(" ESCAPE '\\'");
        } else {
            query.push(" AND action = ").push_bind(action);
        }
    }
    if let Some(outcome) = &filter.outcome {
        query.push(" AND outcome = ").push_bind(outcome);
    }
    if let Some(since) = filter.since {
        query.push(" AND at >= ").push_bind(since);
    }
    if let Some(until) = filter.until {
        query.push(" AND at <= ").push_bind(until);
    }
    if let Some(text) = &filter.text {
        let pattern = format!("%{}%", crate::db::like_literal(text));
        let like = like_any_case(engine);
        query.push(" AND (target ").push(like).push(" ").push_bind(pattern.clone()).push(" ESCAPE '\\'");
        query.push(" OR detail ").push(like).push(" ").push_bind(pattern).push(" ESCAPE '\\')");
    }
}

/// The events matching `filter`, each packed ([`super::packed_event`]) and
/// joined into one value; the caller adds the sequence bound, order and limit
/// of the subquery and closes it.
fn packed_events(engine: Engine, filter: &EventFilter) -> Built {
    let mut query = Built::new("SELECT string_agg(packed, '') FROM (SELECT seq, ");
    query.push(super::packed_event(engine)).push(" AS packed FROM audit_events");
    push_conditions(engine, &mut query, filter);
    query
}

/// An event as listed: the stored event and its hash.
#[derive(Debug, Clone)]
pub struct Listed {
    pub event: StoredEvent,
    pub sha256: String,
}

/// Up to `limit` events matching `filter`, newest first, older than
/// `before` (a sequence number) when given: the same page whatever is
/// added meanwhile.
pub async fn page(
    conn: &mut Conn,
    filter: &EventFilter,
    before: Option<i64>,
    limit: i64,
) -> Result<Vec<Listed>, sqlx::Error> {
    let packed: Option<String> = page_query(Engine::of(conn), filter, before, limit).fetch_scalar(conn).await?;
    let mut rows = super::unpack_sorted(packed)?;
    rows.reverse();
    Ok(rows.into_iter().map(|row| Listed { event: row.event, sha256: row.sha256 }).collect())
}

/// Packed into one value as verification reads the trail: fifty rows would
/// otherwise cross between threads one by one.
pub(crate) fn page_query(engine: Engine, filter: &EventFilter, before: Option<i64>, limit: i64) -> Built {
    let mut query = packed_events(engine, filter);
    if let Some(before) = before {
        query.push(" AND seq < ").push_bind(before);
    }
    query.push(" ORDER BY seq DESC LIMIT ").push_bind(limit).push(") AS page");
    query
}

/// Up to `limit` events matching `filter`, oldest first, after `after` (a
/// sequence number), with their chain, read in one row packed by the
/// database (see `db::audit::event_batch`): verification and export read the
/// trail this way, page by page, so memory stays flat and a million rows do
/// not each cross between threads.
pub async fn packed_after(
    conn: &mut Conn,
    filter: &EventFilter,
    after: i64,
    limit: i64,
) -> Result<Vec<EventRow>, sqlx::Error> {
    let mut query = packed_events(Engine::of(conn), filter);
    query.push(" AND seq > ").push_bind(after);
    query.push(" ORDER BY seq LIMIT ").push_bind(limit).push(") AS batch");
    let packed: Option<String> = query.fetch_scalar(conn).await?;
    super::unpack_sorted(packed)
}
