//! Writing audit events: the one way an event enters the trail.

use sqlx::SqliteConnection;

use crate::audit::{GENESIS, NewEvent, Outcome, event_hash};

/// Identical refusals within this many seconds are written once, with a count.
pub const REFUSAL_WINDOW_SECONDS: i64 = 60;
/// Refusal events one person (or everyone not signed in) may add per window;
/// beyond it, refusals are counted and summed up in one event.
pub const REFUSALS_PER_WINDOW: i64 = 30;

/// Appends an event, chained to the last one, every field within its bound.
/// Call it inside the write transaction of the change it records (which holds
/// the write lock, so the chain cannot fork).
pub async fn record(conn: &mut SqliteConnection, event: &NewEvent) -> Result<i64, sqlx::Error> {
    let event = event.bounded();
    let last: Option<(i64, String)> = sqlx::query_as("SELECT seq, sha256 FROM audit_events ORDER BY seq DESC LIMIT 1")
        .fetch_optional(&mut *conn)
        .await?;
    let (seq, prev) = match last {
        Some((seq, hash)) => (seq + 1, hash),
        None => (1, GENESIS.to_owned()),
    };
    let at = super::now();
    let detail = event.detail.to_string();
    let hash = event_hash(&prev, seq, at, &event, &detail);
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

/// Records a refusal, at a bounded rate: the same refusal again within the
/// window, or one beyond the refuser's budget, is counted instead of written,
/// and the counts become one summary event when the window closes. Returns
/// whether an event was written now.
pub async fn record_refusal(conn: &mut SqliteConnection, event: &NewEvent) -> Result<bool, sqlx::Error> {
    let now = super::now();
    flush_refusals(conn, now, 16).await?;
    let event = event.bounded();
    let fingerprint = event.fingerprint();
    let counted =
        sqlx::query("UPDATE refusal_windows SET repeats = repeats + 1 WHERE fingerprint = ? AND opened_at > ?")
            .bind(&fingerprint)
            .bind(now - REFUSAL_WINDOW_SECONDS)
            .execute(&mut *conn)
            .await?;
    if counted.rows_affected() == 1 {
        return Ok(false);
    }
    let budget = format!("budget:{}", event.budget_key());
    let spent: Option<i64> =
        sqlx::query_scalar("SELECT events FROM refusal_windows WHERE fingerprint = ? AND opened_at > ?")
            .bind(&budget)
            .bind(now - REFUSAL_WINDOW_SECONDS)
            .fetch_optional(&mut *conn)
            .await?;
    if spent.is_some_and(|spent| spent >= REFUSALS_PER_WINDOW) {
        sqlx::query("UPDATE refusal_windows SET repeats = repeats + 1 WHERE fingerprint = ?")
            .bind(&budget)
            .execute(&mut *conn)
            .await?;
        return Ok(false);
    }
    if spent.is_some() {
        sqlx::query("UPDATE refusal_windows SET events = events + 1 WHERE fingerprint = ?")
            .bind(&budget)
            .execute(&mut *conn)
            .await?;
    } else {
        // The budget's window speaks of whose budget it is, not of the first refusal in it.
        let whose = if event.actor_id.is_some() { event.actor_name.as_str() } else { "anonymous" };
        let owner = NewEvent::new("any", event.budget_key(), Outcome::Refused).by(event.actor_id, whose);
        open_window(conn, &budget, &owner, "{}", now, 1).await?;
    }
    open_window(conn, &fingerprint, &event, &event.detail.to_string(), now, 1).await?;
    record(conn, &event).await?;
    Ok(true)
}

/// Opens a window for `fingerprint`; a closed one it replaces is summed up first.
async fn open_window(
    conn: &mut SqliteConnection,
    fingerprint: &str,
    event: &NewEvent,
    detail: &str,
    now: i64,
    events: i64,
) -> Result<(), sqlx::Error> {
    flush(conn, now, Some(fingerprint), 1).await?;
    sqlx::query(
        "INSERT INTO refusal_windows (fingerprint, actor_id, actor_name, action, target, detail, opened_at, events, repeats)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)
         ON CONFLICT (fingerprint) DO UPDATE SET actor_id = excluded.actor_id, actor_name = excluded.actor_name,
         action = excluded.action, target = excluded.target, detail = excluded.detail,
         opened_at = excluded.opened_at, events = excluded.events, repeats = 0",
    )
    .bind(fingerprint)
    .bind(event.actor_id)
    .bind(&event.actor_name)
    .bind(&event.action)
    .bind(&event.target)
    .bind(detail)
    .bind(now)
    .bind(events)
    .execute(conn)
    .await?;
    Ok(())
}

/// Writes one summary event for each closed window that counted refusals
/// (at most `limit` of them), and forgets closed windows. Returns how many
/// summaries it wrote.
pub async fn flush_refusals(conn: &mut SqliteConnection, now: i64, limit: i64) -> Result<usize, sqlx::Error> {
    flush(conn, now, None, limit).await
}

#[derive(sqlx::FromRow)]
struct WindowRow {
    fingerprint: String,
    actor_id: Option<i64>,
    actor_name: String,
    action: String,
    target: String,
    detail: String,
    opened_at: i64,
    repeats: i64,
}

async fn flush(conn: &mut SqliteConnection, now: i64, only: Option<&str>, limit: i64) -> Result<usize, sqlx::Error> {
    let closed: Vec<WindowRow> = sqlx::query_as(
        "SELECT fingerprint, actor_id, actor_name, action, target, detail, opened_at, repeats FROM refusal_windows
         WHERE opened_at <= ? AND (? IS NULL OR fingerprint = ?) ORDER BY opened_at LIMIT ?",
    )
    .bind(now - REFUSAL_WINDOW_SECONDS)
    .bind(only)
    .bind(only)
    .bind(limit)
    .fetch_all(&mut *conn)
    .await?;
    let mut written = 0;
    for WindowRow { fingerprint, actor_id, actor_name, action, target, detail, opened_at, repeats } in closed {
        if repeats > 0 {
            let budget = fingerprint.starts_with("budget:");
            let summary = NewEvent::new("audit.refusals-counted", target, Outcome::Refused)
                .by(actor_id, &actor_name)
                .detail(serde_json::json!({
                    "action": if budget { "any".to_owned() } else { action },
                    "count": repeats,
                    "from": opened_at,
                    "to": opened_at + REFUSAL_WINDOW_SECONDS,
                    "why": if budget { "beyond the budget of refusal events per minute" } else { "the same refusal again" },
                    "detail": if budget { serde_json::Value::Null } else { serde_json::from_str(&detail).unwrap_or_default() },
                }));
            record(conn, &summary).await?;
            written += 1;
        }
        sqlx::query("DELETE FROM refusal_windows WHERE fingerprint = ?").bind(&fingerprint).execute(&mut *conn).await?;
    }
    Ok(written)
}
