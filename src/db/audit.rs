//! Writing audit events: the one way an event enters the trail.

use sqlx::SqliteConnection;

use crate::audit::{GENESIS, NewEvent, event_hash};

/// Appends an event, chained to the last one. Call it inside the write
/// transaction of the change it records (which holds the write lock, so the
/// chain cannot fork).
pub async fn record(conn: &mut SqliteConnection, event: &NewEvent) -> Result<i64, sqlx::Error> {
    let last: Option<(i64, String)> = sqlx::query_as("SELECT seq, sha256 FROM audit_events ORDER BY seq DESC LIMIT 1")
        .fetch_optional(&mut *conn)
        .await?;
    let (seq, prev) = match last {
        Some((seq, hash)) => (seq + 1, hash),
        None => (1, GENESIS.to_owned()),
    };
    let at = super::now();
    let detail = event.detail.to_string();
    let hash = event_hash(&prev, seq, at, event, &detail);
    sqlx::query(
        "INSERT INTO audit_events (seq, at, actor_id, actor_name, action, target, outcome, detail, prev_sha256, sha256)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(seq)
    .bind(at)
    .bind(event.actor_id)
    .bind(&event.actor_name)
    .bind(&event.action)
    .bind(&event.target)
    .bind(event.outcome.as_str())
    .bind(&detail)
    .bind(&prev)
    .bind(&hash)
    .execute(&mut *conn)
    .await?;
    Ok(seq)
}
