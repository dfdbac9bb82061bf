//! The trail in SQLite: writing events (the one way an event enters it),
//! its Merkle tree's stored hashes, checkpoints, and reading it back.

pub mod browse;

use std::collections::HashMap;

use super::{Conn, Engine, PerEngine};
use tlog_tiles::tlog::{self, Hash};

use crate::audit::encoding::StoredEvent;
use crate::audit::tree::{self, Fetched};
use crate::audit::verify::EventRow;
use crate::audit::{GENESIS, NewEvent, Outcome, event_hash};

/// Identical refusals within this many seconds are written once, with a count.
pub const REFUSAL_WINDOW_SECONDS: i64 = 60;
/// Refusal events one person (or everyone not signed in) may add per window;
/// beyond it, refusals are counted and summed up in one event.
pub const REFUSALS_PER_WINDOW: i64 = 30;

/// Appends an event, chained to the last one, every field within its bound.
/// Call it inside the write transaction of the change it records (which holds
/// the write lock, so the chain cannot fork).
pub async fn record(conn: &mut Conn, event: &NewEvent) -> Result<i64, sqlx::Error> {
    let event = event.bounded();
    // The last event and the tree's size in one round trip to SQLite's thread.
    let (last_seq, last_hash, tree_size): (Option<i64>, Option<String>, i64) = sqlx::query_as(
        "SELECT (SELECT seq FROM audit_events ORDER BY seq DESC LIMIT 1),
                (SELECT sha256 FROM audit_events ORDER BY seq DESC LIMIT 1),
                (SELECT size FROM audit_tree_size WHERE id = 1)",
    )
    .fetch_one(&mut *conn)
    .await?;
    let (seq, prev) = match (last_seq, last_hash) {
        (Some(seq), Some(hash)) => (seq + 1, hash),
        _ => (1, GENESIS.to_owned()),
    };
    let at = super::now();
    let detail = event.detail.to_string();
    let hash = event_hash(&prev, seq, at, &event, &detail);
    sqlx::query(
        "INSERT INTO audit_events (seq, at, actor_id, actor_name, action, target, outcome, detail, prev_sha256, sha256)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
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
    let stored = StoredEvent {
        seq,
        at,
        actor_id: event.actor_id,
        actor_name: event.actor_name.clone(),
        action: event.action.clone(),
        target: event.target.clone(),
        outcome: event.outcome.as_str().to_owned(),
        detail,
    };
    // The tree holds exactly the events before this one, or the write fails:
    // an event that did not come through here is never absorbed silently.
    append_leaf_at(conn, &stored, u64::try_from(tree_size).unwrap_or(0)).await?;
    Ok(seq)
}

/// How many events the tree holds.
pub async fn tree_size(conn: &mut Conn) -> Result<u64, sqlx::Error> {
    let size: i64 = sqlx::query_scalar("SELECT size FROM audit_tree_size WHERE id = 1").fetch_one(&mut *conn).await?;
    Ok(u64::try_from(size).unwrap_or(0))
}

/// Adds the events the tree does not hold yet, up to `seq`, in order: those
/// written before the tree existed. Returns how many it added.
pub async fn catch_up(conn: &mut Conn, seq: i64) -> Result<u64, sqlx::Error> {
    let mut added = 0;
    loop {
        let size = tree_size(conn).await?;
        if size as i64 >= seq {
            return Ok(added);
        }
        let batch: Vec<StoredEvent> = sqlx::query_as::<_, EventFields>(
            "SELECT seq, at, actor_id, actor_name, action, target, outcome, detail FROM audit_events
             WHERE seq > $1 AND seq <= $2 ORDER BY seq LIMIT 1000",
        )
        .bind(size as i64)
        .bind(seq)
        .fetch_all(&mut *conn)
        .await?
        .into_iter()
        .map(StoredEvent::from)
        .collect();
        if batch.is_empty() {
            return Ok(added);
        }
        for event in &batch {
            append_leaf(conn, event).await?;
            added += 1;
        }
    }
}

/// Appends an event's leaf: O(log n) reads and, on average, two writes.
async fn append_leaf(conn: &mut Conn, event: &StoredEvent) -> Result<(), sqlx::Error> {
    let n = tree_size(conn).await?;
    append_leaf_at(conn, event, n).await
}

/// [`append_leaf`] to a tree of `n` leaves: the needed hashes read in one
/// statement, the new ones written in one.
async fn append_leaf_at(conn: &mut Conn, event: &StoredEvent, n: u64) -> Result<(), sqlx::Error> {
    if event.leaf_index() != Some(n) {
        return Err(sqlx::Error::Protocol(format!(
            "the audit tree holds {n} events, so event {} cannot be its next leaf",
            event.seq
        )));
    }
    let leaf = event.leaf_hash();
    let fetched = read_hashes(conn, &tree::append_needs(n, leaf)).await?;
    let hashes = tree::append(n, leaf, &fetched).map_err(|e| sqlx::Error::Protocol(e.to_string()))?;
    let start = tlog::stored_hash_index(0, n);
    let sql = format!("INSERT INTO audit_tree (idx, hash) VALUES {}", super::value_rows(hashes.len(), 2));
    let mut insert = sqlx::query(&sql);
    for (offset, hash) in hashes.iter().enumerate() {
        insert = insert.bind((start + offset as u64) as i64).bind(hash.0.to_vec());
    }
    insert.execute(&mut *conn).await?;
    sqlx::query("UPDATE audit_tree_size SET size = $1 WHERE id = 1").bind((n + 1) as i64).execute(&mut *conn).await?;
    Ok(())
}

/// The stored hashes at `indexes`; a missing one is an error.
pub async fn read_hashes(conn: &mut Conn, indexes: &[u64]) -> Result<Fetched, sqlx::Error> {
    if indexes.is_empty() {
        return Ok(Fetched(HashMap::new()));
    }
    // One statement, its rows packed as hex: one round trip whatever the count.
    let list = serde_json::to_string(indexes).unwrap_or_else(|_| "[]".to_owned());
    let packed: Option<String> = sqlx::query_scalar(READ_HASHES.of(conn)).bind(list).fetch_one(&mut *conn).await?;
    let mut found = HashMap::with_capacity(indexes.len());
    for pair in packed.as_deref().unwrap_or_default().split(',').filter(|p| !p.is_empty()) {
        let Some((index, hex_hash)) = pair.split_once(':') else { continue };
        let mut hash = [0u8; 32];
        if let (Ok(index), Ok(())) = (index.parse::<u64>(), hex::decode_to_slice(hex_hash, &mut hash)) {
            found.insert(index, Hash(hash));
        }
    }
    if let Some(missing) = indexes.iter().find(|i| !found.contains_key(i)) {
        return Err(sqlx::Error::Protocol(format!("the audit tree has no hash at index {missing}")));
    }
    Ok(Fetched(found))
}

static READ_HASHES: PerEngine = PerEngine::new(|engine| {
    match engine {
        Engine::Sqlite => {
            "SELECT group_concat(idx || ':' || hex(hash), ',') FROM audit_tree
             WHERE idx IN (SELECT value FROM json_each($1))"
        }
        Engine::Postgres => {
            "SELECT string_agg(idx || ':' || encode(hash, 'hex'), ',') FROM audit_tree
             WHERE idx IN (SELECT value::bigint FROM json_array_elements_text($1::json))"
        }
    }
    .to_owned()
});

/// The root of the tree of `size` leaves, from the stored hashes.
pub async fn stored_root(conn: &mut Conn, size: u64) -> Result<Hash, sqlx::Error> {
    let fetched = read_hashes(conn, &tree::root_needs(size)).await?;
    tlog::tree_hash(size, &fetched).map_err(|e| sqlx::Error::Protocol(e.to_string()))
}

/// The stored leaf hash of the event at `seq`, if the tree has it.
pub async fn stored_leaf(conn: &mut Conn, seq: i64) -> Result<Option<Hash>, sqlx::Error> {
    let Ok(n) = u64::try_from(seq - 1) else { return Ok(None) };
    let bytes: Option<Vec<u8>> = sqlx::query_scalar("SELECT hash FROM audit_tree WHERE idx = $1")
        .bind(tlog::stored_hash_index(0, n) as i64)
        .fetch_optional(&mut *conn)
        .await?;
    Ok(bytes.and_then(|b| b.try_into().ok()).map(Hash))
}

#[derive(sqlx::FromRow)]
pub(crate) struct EventFields {
    seq: i64,
    at: i64,
    actor_id: Option<i64>,
    actor_name: String,
    action: String,
    target: String,
    outcome: String,
    detail: String,
}

impl From<EventFields> for StoredEvent {
    fn from(f: EventFields) -> Self {
        StoredEvent {
            seq: f.seq,
            at: f.at,
            actor_id: f.actor_id,
            actor_name: f.actor_name,
            action: f.action,
            target: f.target,
            outcome: f.outcome,
            detail: f.detail,
        }
    }
}

/// One event as stored, if there is one at `seq`.
pub async fn event_at(conn: &mut Conn, seq: i64) -> Result<Option<StoredEvent>, sqlx::Error> {
    Ok(sqlx::query_as::<_, EventFields>(
        "SELECT seq, at, actor_id, actor_name, action, target, outcome, detail FROM audit_events WHERE seq = $1",
    )
    .bind(seq)
    .fetch_optional(conn)
    .await?
    .map(StoredEvent::from))
}

/// Up to `limit` events after `after`, in order, with their hash chain, read
/// in one row: SQLite packs them (each field as its byte length, `:`, and
/// its bytes) and this unpacks them. sqlx hands rows over between threads
/// one at a time, and for a million rows that hand-over, not SQLite, took
/// ten seconds of a verification.
pub async fn event_batch(conn: &mut Conn, after: i64, limit: i64) -> Result<Vec<EventRow>, sqlx::Error> {
    browse::packed_after(conn, &browse::EventFilter::default(), after, limit).await
}

/// The packing of one event, for a query over `audit_events` (see
/// [`event_batch`]): every field as its byte length, `:` and its bytes, so
/// no content can pass for another field or another row. (SQLite does not
/// enforce column types: a number column holding text written behind the
/// portal is read as that text, fails to parse, and is named.)
pub(crate) fn packed_event(engine: Engine) -> &'static str {
    match engine {
        Engine::Sqlite => PACKED_EVENT_SQLITE,
        Engine::Postgres => PACKED_EVENT_POSTGRES,
    }
}

const PACKED_EVENT_SQLITE: &str = "''
    || length(CAST(seq AS BLOB)) || ':' || seq
    || length(CAST(at AS BLOB)) || ':' || at
    || length(CAST(COALESCE(actor_id, '') AS BLOB)) || ':' || COALESCE(actor_id, '')
    || length(CAST(actor_name AS BLOB)) || ':' || actor_name
    || length(CAST(action AS BLOB)) || ':' || action
    || length(CAST(target AS BLOB)) || ':' || target
    || length(CAST(outcome AS BLOB)) || ':' || outcome
    || length(CAST(detail AS BLOB)) || ':' || detail
    || length(CAST(prev_sha256 AS BLOB)) || ':' || prev_sha256
    || length(CAST(sha256 AS BLOB)) || ':' || sha256";

/// PostgreSQL keeps every column to its type, so only the lengths differ in spelling.
const PACKED_EVENT_POSTGRES: &str = "''
    || octet_length(seq::text) || ':' || seq
    || octet_length(at::text) || ':' || at
    || octet_length(COALESCE(actor_id::text, '')) || ':' || COALESCE(actor_id::text, '')
    || octet_length(actor_name) || ':' || actor_name
    || octet_length(action) || ':' || action
    || octet_length(target) || ':' || target
    || octet_length(outcome) || ':' || outcome
    || octet_length(detail) || ':' || detail
    || octet_length(prev_sha256) || ':' || prev_sha256
    || octet_length(sha256) || ':' || sha256";

/// Unpacks what a [`packed_event`] group gives, in sequence order. SQLite
/// does not promise group_concat's order; in practice it is the subquery's,
/// which the sort (linear on sorted input) then only confirms.
pub(crate) fn unpack_sorted(packed: Option<String>) -> Result<Vec<EventRow>, sqlx::Error> {
    let Some(packed) = packed else { return Ok(Vec::new()) };
    let mut rows =
        unpack(&packed).ok_or_else(|| sqlx::Error::Protocol("the packed audit events could not be read".to_owned()))?;
    rows.sort_by_key(|row| row.event.seq);
    Ok(rows)
}

/// Reads what [`packed_event`] packs. A row whose numbers do not parse is
/// still read, with `well_typed` false, so that the verifier can name it.
fn unpack(mut text: &str) -> Option<Vec<EventRow>> {
    fn field(text: &mut &str) -> Option<String> {
        let (length, rest) = text.split_once(':')?;
        let length: usize = length.parse().ok()?;
        let value = rest.get(..length)?;
        *text = rest.get(length..)?;
        Some(value.to_owned())
    }
    let mut rows = Vec::new();
    while !text.is_empty() {
        let (seq, at, actor_id) = (field(&mut text)?, field(&mut text)?, field(&mut text)?);
        let event = StoredEvent {
            seq: seq.parse().unwrap_or(i64::MIN),
            at: at.parse().unwrap_or(i64::MIN),
            actor_id: if actor_id.is_empty() { None } else { Some(actor_id.parse().unwrap_or(i64::MIN)) },
            actor_name: field(&mut text)?,
            action: field(&mut text)?,
            target: field(&mut text)?,
            outcome: field(&mut text)?,
            detail: field(&mut text)?,
        };
        let well_typed = event.seq != i64::MIN && event.at != i64::MIN && event.actor_id != Some(i64::MIN);
        rows.push(EventRow { event, prev_sha256: field(&mut text)?, sha256: field(&mut text)?, well_typed });
    }
    Some(rows)
}

/// The table's highest sequence number and the tree's size, read together;
/// and how many rows have a sequence number below 1 (never written by the portal).
pub async fn extent(conn: &mut Conn) -> Result<(i64, u64, i64), sqlx::Error> {
    let (last, size, below): (i64, i64, i64) = sqlx::query_as(
        "SELECT (SELECT COALESCE(MAX(seq), 0) FROM audit_events), (SELECT size FROM audit_tree_size WHERE id = 1),
                (SELECT COUNT(*) FROM audit_events WHERE seq < 1)",
    )
    .fetch_one(conn)
    .await?;
    Ok((last, u64::try_from(size).unwrap_or(0), below))
}

/// The highest sequence number in the table (0 when empty).
pub async fn last_seq(conn: &mut Conn) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("SELECT COALESCE(MAX(seq), 0) FROM audit_events").fetch_one(conn).await
}

/// The `audit.key-replaced` events after the checkpoint of `size`, in order: their sequence
/// numbers and the keys they name. A range of the key, so cheap inside the write lock.
pub async fn keys_named_since(conn: &mut Conn, size: i64) -> Result<Vec<(i64, String)>, sqlx::Error> {
    let rows: Vec<(i64, String)> = sqlx::query_as(
        "SELECT seq, detail FROM audit_events WHERE seq > $1 AND action = 'audit.key-replaced' AND outcome = 'done'
         ORDER BY seq",
    )
    .bind(size)
    .fetch_all(conn)
    .await?;
    Ok(rows.into_iter().map(|(seq, detail)| (seq, named_key(&detail))).collect())
}

/// Every `audit.key-replaced` event: its sequence number, the key it names, and the last
/// checkpoint signed before it (by the key it replaced).
pub async fn key_replacements(conn: &mut Conn) -> Result<Vec<(i64, String, Option<String>)>, sqlx::Error> {
    let rows: Vec<(i64, String, Option<String>)> = sqlx::query_as(
        "SELECT e.seq, e.detail,
                (SELECT c.note FROM audit_checkpoints c WHERE c.size < e.seq ORDER BY c.size DESC LIMIT 1) AS prior_note
         FROM audit_events e WHERE e.action = 'audit.key-replaced' AND e.outcome = 'done' ORDER BY e.seq",
    )
    .fetch_all(conn)
    .await?;
    Ok(rows.into_iter().map(|(seq, detail, before)| (seq, named_key(&detail), before)).collect())
}

/// The key a replacement names; an event that names none names no key anyone has.
fn named_key(detail: &str) -> String {
    crate::audit::replaced_key(detail).unwrap_or_default()
}

/// A signed checkpoint as stored.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct CheckpointRow {
    pub size: i64,
    pub note: String,
    pub signed_at: i64,
}

pub async fn latest_checkpoint(conn: &mut Conn) -> Result<Option<CheckpointRow>, sqlx::Error> {
    sqlx::query_as("SELECT size, note, signed_at FROM audit_checkpoints ORDER BY size DESC LIMIT 1")
        .fetch_optional(conn)
        .await
}

pub async fn checkpoints(conn: &mut Conn) -> Result<Vec<CheckpointRow>, sqlx::Error> {
    sqlx::query_as("SELECT size, note, signed_at FROM audit_checkpoints ORDER BY size").fetch_all(conn).await
}

pub async fn insert_checkpoint(conn: &mut Conn, size: u64, root: Hash, note: &str) -> Result<(), sqlx::Error> {
    sqlx::query("INSERT INTO audit_checkpoints (size, root, note, signed_at) VALUES ($1, $2, $3, $4)")
        .bind(size as i64)
        .bind(root.0.as_slice())
        .bind(note)
        .bind(super::now())
        .execute(conn)
        .await?;
    Ok(())
}

/// Records a refusal, at a bounded rate: the same refusal again within the
/// window, or one beyond the refuser's budget, is counted instead of written,
/// and the counts become one summary event when the window closes. Returns
/// whether an event was written now.
pub async fn record_refusal(conn: &mut Conn, event: &NewEvent) -> Result<bool, sqlx::Error> {
    let now = super::now();
    flush_refusals(conn, now, 16).await?;
    let event = event.bounded();
    let fingerprint = event.fingerprint();
    let counted =
        sqlx::query("UPDATE refusal_windows SET repeats = repeats + 1 WHERE fingerprint = $1 AND opened_at > $2")
            .bind(&fingerprint)
            .bind(now - REFUSAL_WINDOW_SECONDS)
            .execute(&mut *conn)
            .await?;
    if counted.rows_affected() == 1 {
        return Ok(false);
    }
    let budget = format!("budget:{}", event.budget_key());
    let spent: Option<i64> =
        sqlx::query_scalar("SELECT events FROM refusal_windows WHERE fingerprint = $1 AND opened_at > $2")
            .bind(&budget)
            .bind(now - REFUSAL_WINDOW_SECONDS)
            .fetch_optional(&mut *conn)
            .await?;
    if spent.is_some_and(|spent| spent >= REFUSALS_PER_WINDOW) {
        sqlx::query("UPDATE refusal_windows SET repeats = repeats + 1 WHERE fingerprint = $1")
            .bind(&budget)
            .execute(&mut *conn)
            .await?;
        return Ok(false);
    }
    if spent.is_some() {
        sqlx::query("UPDATE refusal_windows SET events = events + 1 WHERE fingerprint = $1")
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
    conn: &mut Conn,
    fingerprint: &str,
    event: &NewEvent,
    detail: &str,
    now: i64,
    events: i64,
) -> Result<(), sqlx::Error> {
    flush(conn, now, Some(fingerprint), 1).await?;
    sqlx::query(
        "INSERT INTO refusal_windows (fingerprint, actor_id, actor_name, action, target, detail, opened_at, events, repeats)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 0)
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
pub async fn flush_refusals(conn: &mut Conn, now: i64, limit: i64) -> Result<usize, sqlx::Error> {
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

async fn flush(conn: &mut Conn, now: i64, only: Option<&str>, limit: i64) -> Result<usize, sqlx::Error> {
    let closed: Vec<WindowRow> = sqlx::query_as(
        "SELECT fingerprint, actor_id, actor_name, action, target, detail, opened_at, repeats FROM refusal_windows
         WHERE opened_at <= $1 AND ($2 IS NULL OR fingerprint = $3) ORDER BY opened_at LIMIT $4",
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
        sqlx::query("DELETE FROM refusal_windows WHERE fingerprint = $1")
            .bind(&fingerprint)
            .execute(&mut *conn)
            .await?;
    }
    Ok(written)
}

/// Per day (Unix day number) since `since`: sign-off actions done, and refusals.
pub async fn daily_counts(conn: &mut Conn, since: i64) -> Result<Vec<(i64, i64, i64)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT at / 86400 AS day,
             CAST(SUM(CASE WHEN action LIKE 'step.%' AND outcome = 'done' THEN 1 ELSE 0 END) AS BIGINT),
             CAST(SUM(CASE WHEN outcome = 'refused' THEN 1 ELSE 0 END) AS BIGINT)
         FROM audit_events WHERE at >= $1 GROUP BY day ORDER BY day",
    )
    .bind(since)
    .fetch_all(conn)
    .await
}

/// The sign-off events of a deployment (done), for its report's proofs.
pub async fn signoff_events(conn: &mut Conn, deployment_id: i64) -> Result<Vec<i64>, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT seq FROM audit_events WHERE target LIKE $1 AND action LIKE 'step.%' AND outcome = 'done' ORDER BY seq",
    )
    .bind(format!("deployment:{deployment_id}/step:%"))
    .fetch_all(conn)
    .await
}
