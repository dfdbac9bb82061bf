//! Step states, sign-offs, handoffs, the inbox and webhook deliveries.

use std::collections::HashMap;

use sqlx::SqliteConnection;

use crate::workflow::{Record, Stored};

/// Each step's record: its stored state and this round's signer and countersigners.
pub async fn records(conn: &mut SqliteConnection, deployment_id: i64) -> Result<HashMap<String, Record>, sqlx::Error> {
    let statuses: Vec<(String, String, i64, i64)> =
        sqlx::query_as("SELECT step_key, state, round, version FROM step_status WHERE deployment_id = ?")
            .bind(deployment_id)
            .fetch_all(&mut *conn)
            .await?;
    let actions: Vec<(String, i64, String, Option<i64>, String, String)> = sqlx::query_as(
        "SELECT step_key, round, action, actor_id, actor_name, acting_as FROM signoffs WHERE deployment_id = ? ORDER BY id",
    )
    .bind(deployment_id)
    .fetch_all(&mut *conn)
    .await?;
    let mut records = HashMap::new();
    for (key, state, round, version) in statuses {
        let mut record = Record { state: Some(Stored::parse(&state)), round, version, ..Record::default() };
        for (_, _, action, actor_id, actor_name, acting_as) in actions.iter().filter(|a| a.0 == key && a.1 == round) {
            match action.as_str() {
                "sign" => {
                    record.signer = *actor_id;
                    record.signer_name = actor_name.clone();
                    record.signer_acting_as = acting_as.clone();
                }
                "countersign" => record.countersigners.extend(actor_id),
                _ => {}
            }
        }
        records.insert(key, record);
    }
    Ok(records)
}

/// Writes a step's new state, one version on.
pub async fn set_status(
    conn: &mut SqliteConnection,
    deployment_id: i64,
    key: &str,
    state: Stored,
    round: i64,
    version: i64,
    reason: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO step_status (deployment_id, step_key, state, round, version, reopened_reason) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (deployment_id, step_key) DO UPDATE SET state = excluded.state, round = excluded.round,
         version = excluded.version, reopened_reason = excluded.reopened_reason",
    )
    .bind(deployment_id)
    .bind(key)
    .bind(state.key())
    .bind(round)
    .bind(version)
    .bind(reason)
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn reopened_reasons(
    conn: &mut SqliteConnection,
    deployment_id: i64,
) -> Result<HashMap<String, String>, sqlx::Error> {
    let rows: Vec<(String, String)> = sqlx::query_as(
        "SELECT step_key, reopened_reason FROM step_status WHERE deployment_id = ? AND reopened_reason != ''",
    )
    .bind(deployment_id)
    .fetch_all(conn)
    .await?;
    Ok(rows.into_iter().collect())
}

/// A sign-off as written.
#[derive(Debug, Clone, Default)]
pub struct NewSignoff<'a> {
    pub deployment_id: i64,
    pub step_key: &'a str,
    pub round: i64,
    pub action: &'a str,
    pub actor_id: Option<i64>,
    pub actor_name: &'a str,
    pub acting_as: &'a str,
    pub content_sha256: &'a str,
    pub content: &'a str,
    pub note: &'a str,
    pub evidence_text: &'a str,
    pub evidence_name: &'a str,
    pub evidence: Option<&'a [u8]>,
    pub evidence_sha256: &'a str,
    pub nonce: Option<&'a str>,
}

pub async fn insert_signoff(conn: &mut SqliteConnection, s: &NewSignoff<'_>) -> Result<i64, sqlx::Error> {
    let id = sqlx::query(
        "INSERT INTO signoffs (deployment_id, step_key, round, action, actor_id, actor_name, acting_as, content_sha256,
         content, note, evidence_text, evidence_name, evidence, evidence_sha256, nonce, created_at, content_encoding)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 2)",
    )
    .bind(s.deployment_id)
    .bind(s.step_key)
    .bind(s.round)
    .bind(s.action)
    .bind(s.actor_id)
    .bind(s.actor_name)
    .bind(s.acting_as)
    .bind(s.content_sha256)
    .bind(s.content)
    .bind(s.note)
    .bind(s.evidence_text)
    .bind(s.evidence_name)
    .bind(s.evidence)
    .bind(s.evidence_sha256)
    .bind(s.nonce)
    .bind(super::now())
    .execute(conn)
    .await?
    .last_insert_rowid();
    Ok(id)
}

pub async fn nonce_used(conn: &mut SqliteConnection, nonce: &str) -> Result<bool, sqlx::Error> {
    let found: Option<i64> =
        sqlx::query_scalar("SELECT id FROM signoffs WHERE nonce = ?").bind(nonce).fetch_optional(conn).await?;
    Ok(found.is_some())
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct SignoffRow {
    pub id: i64,
    pub step_key: String,
    pub round: i64,
    pub action: String,
    pub actor_name: String,
    pub acting_as: String,
    pub content_sha256: String,
    pub content: String,
    /// 1: an older hash over the title and sections; 2: `sha256(content)`.
    pub content_encoding: i64,
    pub note: String,
    pub evidence_text: String,
    pub evidence_name: String,
    pub evidence_sha256: String,
    pub created_at: i64,
}

pub async fn history(
    conn: &mut SqliteConnection,
    deployment_id: i64,
    key: &str,
) -> Result<Vec<SignoffRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT id, step_key, round, action, actor_name, acting_as, content_sha256, content, content_encoding, note,
         evidence_text, evidence_name, evidence_sha256, created_at
         FROM signoffs WHERE deployment_id = ? AND step_key = ? ORDER BY id",
    )
    .bind(deployment_id)
    .bind(key)
    .fetch_all(conn)
    .await
}

/// An uploaded evidence file: its name and bytes.
/// A sign-off's evidence file: its name, bytes and SHA-256.
pub async fn evidence(
    conn: &mut SqliteConnection,
    deployment_id: i64,
    signoff_id: i64,
) -> Result<Option<(String, Vec<u8>, String)>, sqlx::Error> {
    let row: Option<(String, Option<Vec<u8>>, String)> = sqlx::query_as(
        "SELECT evidence_name, evidence, evidence_sha256 FROM signoffs WHERE deployment_id = ? AND id = ?",
    )
    .bind(deployment_id)
    .bind(signoff_id)
    .fetch_optional(conn)
    .await?;
    Ok(row.and_then(|(name, bytes, sha256)| bytes.map(|b| (name, b, sha256))))
}

pub async fn insert_handoff(
    conn: &mut SqliteConnection,
    deployment_id: i64,
    from_lane: &str,
    to_lane: &str,
    to_lane_name: &str,
    steps: &[String],
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO handoffs (deployment_id, from_lane, to_lane, to_lane_name, steps, created_at) VALUES (?, ?, ?, ?, ?, ?)",
    )
    .bind(deployment_id)
    .bind(from_lane)
    .bind(to_lane)
    .bind(to_lane_name)
    .bind(serde_json::to_string(steps).unwrap_or_default())
    .bind(super::now())
    .execute(conn)
    .await?;
    Ok(())
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct HandoffRow {
    pub from_lane: String,
    pub to_lane: String,
    pub to_lane_name: String,
    pub steps: String,
    pub created_at: i64,
}

pub async fn handoffs(conn: &mut SqliteConnection, deployment_id: i64) -> Result<Vec<HandoffRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT from_lane, to_lane, to_lane_name, steps, created_at FROM handoffs WHERE deployment_id = ? ORDER BY id",
    )
    .bind(deployment_id)
    .fetch_all(conn)
    .await
}

pub async fn notify(
    conn: &mut SqliteConnection,
    user_id: i64,
    deployment_id: i64,
    message: &str,
    link: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query("INSERT INTO notifications (user_id, deployment_id, message, link, created_at) VALUES (?, ?, ?, ?, ?)")
        .bind(user_id)
        .bind(deployment_id)
        .bind(message)
        .bind(link)
        .bind(super::now())
        .execute(conn)
        .await?;
    Ok(())
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct NotificationRow {
    pub id: i64,
    pub message: String,
    pub link: String,
    pub created_at: i64,
    pub read_at: Option<i64>,
}

pub async fn inbox(conn: &mut SqliteConnection, user_id: i64) -> Result<Vec<NotificationRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT id, message, link, created_at, read_at FROM notifications WHERE user_id = ? ORDER BY id DESC LIMIT 200",
    )
    .bind(user_id)
    .fetch_all(conn)
    .await
}

pub async fn unread_count(conn: &mut SqliteConnection, user_id: i64) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("SELECT COUNT(*) FROM notifications WHERE user_id = ? AND read_at IS NULL")
        .bind(user_id)
        .fetch_one(conn)
        .await
}

pub async fn mark_read(conn: &mut SqliteConnection, user_id: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE notifications SET read_at = ? WHERE user_id = ? AND read_at IS NULL")
        .bind(super::now())
        .bind(user_id)
        .execute(conn)
        .await?;
    Ok(())
}

/// The two ways work is announced outside the portal; each has its table of
/// deliveries, with the same attempt bookkeeping.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Channel {
    Webhook,
    Email,
}

impl Channel {
    fn table(self) -> &'static str {
        match self {
            Channel::Webhook => "webhook_deliveries",
            Channel::Email => "email_deliveries",
        }
    }
}

pub async fn enqueue_webhook(conn: &mut SqliteConnection, payload: &str) -> Result<(), sqlx::Error> {
    let now = super::now();
    sqlx::query("INSERT INTO webhook_deliveries (payload, next_attempt_at, created_at) VALUES (?, ?, ?)")
        .bind(payload)
        .bind(now)
        .bind(now)
        .execute(conn)
        .await?;
    Ok(())
}

pub async fn enqueue_email(
    conn: &mut SqliteConnection,
    to: &str,
    subject: &str,
    body: &str,
) -> Result<(), sqlx::Error> {
    let now = super::now();
    sqlx::query(
        "INSERT INTO email_deliveries (to_address, subject, body, next_attempt_at, created_at) VALUES (?, ?, ?, ?, ?)",
    )
    .bind(to)
    .bind(subject)
    .bind(body)
    .bind(now)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(())
}

/// A delivery of either channel: for a webhook `payload` is the JSON body;
/// for an e-mail it is the text, with the address and subject.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct DeliveryRow {
    pub id: i64,
    pub payload: String,
    pub to_address: String,
    pub subject: String,
    pub attempts: i64,
    pub last_error: String,
    pub delivered_at: Option<i64>,
    pub failed_at: Option<i64>,
    pub created_at: i64,
}

fn select(channel: Channel) -> String {
    let fields = match channel {
        Channel::Webhook => "id, payload, '' AS to_address, '' AS subject",
        Channel::Email => "id, body AS payload, to_address, subject",
    };
    format!("SELECT {fields}, attempts, last_error, delivered_at, failed_at, created_at FROM {}", channel.table())
}

pub async fn due_deliveries(conn: &mut SqliteConnection, channel: Channel) -> Result<Vec<DeliveryRow>, sqlx::Error> {
    let query = format!(
        "{} WHERE delivered_at IS NULL AND failed_at IS NULL AND next_attempt_at <= ? ORDER BY id LIMIT 20",
        select(channel)
    );
    sqlx::query_as(&query).bind(super::now()).fetch_all(conn).await
}

pub async fn delivered(conn: &mut SqliteConnection, channel: Channel, id: i64) -> Result<(), sqlx::Error> {
    let query = format!("UPDATE {} SET delivered_at = ?, attempts = attempts + 1 WHERE id = ?", channel.table());
    sqlx::query(&query).bind(super::now()).bind(id).execute(conn).await?;
    Ok(())
}

/// Records a failed attempt; with no next attempt, the delivery is given up.
pub async fn delivery_failed(
    conn: &mut SqliteConnection,
    channel: Channel,
    id: i64,
    error: &str,
    next_attempt_at: Option<i64>,
) -> Result<(), sqlx::Error> {
    let query = format!(
        "UPDATE {} SET attempts = attempts + 1, last_error = ?, next_attempt_at = COALESCE(?, next_attempt_at),
         failed_at = CASE WHEN ? IS NULL THEN ? ELSE NULL END WHERE id = ?",
        channel.table()
    );
    sqlx::query(&query)
        .bind(error)
        .bind(next_attempt_at)
        .bind(next_attempt_at)
        .bind(super::now())
        .bind(id)
        .execute(conn)
        .await?;
    Ok(())
}

/// Deliveries that failed at least once, newest first, for administrators.
pub async fn troubled_deliveries(
    conn: &mut SqliteConnection,
    channel: Channel,
) -> Result<Vec<DeliveryRow>, sqlx::Error> {
    let query = format!("{} WHERE last_error != '' ORDER BY id DESC LIMIT 50", select(channel));
    sqlx::query_as(&query).fetch_all(conn).await
}

pub async fn set_deployment_status(
    conn: &mut SqliteConnection,
    id: i64,
    status: &str,
    reason: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE deployments SET status = ?, status_reason = ?, updated_at = ? WHERE id = ?")
        .bind(status)
        .bind(reason)
        .bind(super::now())
        .bind(id)
        .execute(conn)
        .await?;
    Ok(())
}

/// The users who hold every role of `roles` and are not disabled, with their e-mail address.
pub async fn holders(conn: &mut SqliteConnection, roles: &[&str]) -> Result<Vec<(i64, String)>, sqlx::Error> {
    let grants: Vec<(i64, String, String)> = sqlx::query_as(
        "SELECT r.user_id, r.role, u.email FROM user_roles r JOIN users u ON u.id = r.user_id WHERE u.disabled = 0",
    )
    .fetch_all(conn)
    .await?;
    let mut users: Vec<(i64, String)> = grants.iter().map(|(id, _, email)| (*id, email.clone())).collect();
    users.sort_unstable();
    users.dedup();
    Ok(users
        .into_iter()
        .filter(|(user, _)| roles.iter().all(|role| grants.iter().any(|(id, r, _)| id == user && r == role)))
        .collect())
}

pub async fn email_of(conn: &mut SqliteConnection, user_id: i64) -> Result<String, sqlx::Error> {
    let email: Option<String> =
        sqlx::query_scalar("SELECT email FROM users WHERE id = ?").bind(user_id).fetch_optional(conn).await?;
    Ok(email.unwrap_or_default())
}

/// Keeps the texts of a deployment's plan by their SHA-256 (each once).
pub async fn keep_step_texts(
    conn: &mut SqliteConnection,
    deployment_id: i64,
    plan: &crate::plan::Plan,
) -> Result<(), sqlx::Error> {
    for step in &plan.steps {
        sqlx::query("INSERT OR IGNORE INTO step_texts (deployment_id, sha256, content) VALUES (?, ?, ?)")
            .bind(deployment_id)
            .bind(&step.content_sha256)
            .bind(&step.content)
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

/// A step text the portal has shown in a deployment, by its SHA-256.
pub async fn step_text(
    conn: &mut SqliteConnection,
    deployment_id: i64,
    sha256: &str,
) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar("SELECT content FROM step_texts WHERE deployment_id = ? AND sha256 = ?")
        .bind(deployment_id)
        .bind(sha256)
        .fetch_optional(conn)
        .await
}

/// Every sign-off row of a deployment, in order, for its report.
pub async fn all_history(conn: &mut SqliteConnection, deployment_id: i64) -> Result<Vec<SignoffRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT id, step_key, round, action, actor_name, acting_as, content_sha256, content, content_encoding, note,
         evidence_text, evidence_name, evidence_sha256, created_at FROM signoffs WHERE deployment_id = ? ORDER BY id",
    )
    .bind(deployment_id)
    .fetch_all(conn)
    .await
}

/// A handoff with when its work was first taken up (a sign-off of one of
/// its steps), if it was.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct HandoffWait {
    pub deployment_id: i64,
    pub deployment: String,
    pub to_lane_name: String,
    pub created_at: i64,
    pub answered_at: Option<i64>,
}

/// The handoffs of the given deployments with the time each waited.
pub async fn handoff_waits(conn: &mut SqliteConnection) -> Result<Vec<HandoffWait>, sqlx::Error> {
    sqlx::query_as(
        "SELECT h.deployment_id, d.name AS deployment, h.to_lane_name, h.created_at,
             (SELECT MIN(s.created_at) FROM signoffs s, json_each(h.steps) j
              WHERE s.deployment_id = h.deployment_id AND s.step_key = j.value AND s.action = 'sign'
                AND s.created_at >= h.created_at) AS answered_at
         FROM handoffs h JOIN deployments d ON d.id = h.deployment_id",
    )
    .fetch_all(conn)
    .await
}
