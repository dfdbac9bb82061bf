//! Step states, sign-offs, handoffs, the inbox and webhook deliveries.

use std::collections::HashMap;

use super::{Conn, PerEngine, fetch_packed, json_array_holds, packed};
use crate::workflow::{Record, StepState, Stored};

/// Each step's record, as kept in its row (one query, no sign-off read).
pub async fn records(conn: &mut Conn, deployment_id: i64) -> Result<HashMap<String, Record>, sqlx::Error> {
    let rows: Vec<RecordRow> = fetch_packed!(conn, RECORDS, deployment_id)?;
    Ok(records_by_step(rows))
}

/// Each step's record by its key, from the rows as read.
pub fn records_by_step(rows: Vec<RecordRow>) -> HashMap<String, Record> {
    rows.into_iter().map(RecordRow::into_record).collect()
}

pub(crate) static RECORDS: PerEngine = PerEngine::new(|engine| {
    packed(
        engine,
        "SELECT step_key, state, round, version, reopened_reason, signer_id, signer_name, signer_acting_as,
         countersigners FROM step_status WHERE deployment_id = $1",
        &RECORD_FIELDS,
    )
});

const RECORD_FIELDS: [&str; 9] = [
    "step_key",
    "state",
    "round",
    "version",
    "reopened_reason",
    "signer_id",
    "signer_name",
    "signer_acting_as",
    "countersigners",
];

#[derive(Debug, Clone, serde::Deserialize)]
pub struct RecordRow {
    step_key: String,
    state: String,
    round: i64,
    version: i64,
    reopened_reason: String,
    signer_id: Option<i64>,
    signer_name: String,
    signer_acting_as: String,
    countersigners: String,
}

impl RecordRow {
    pub fn into_record(self) -> (String, Record) {
        let record = Record {
            state: Some(Stored::parse(&self.state)),
            round: self.round,
            version: self.version,
            signer: self.signer_id,
            signer_name: self.signer_name,
            signer_acting_as: self.signer_acting_as,
            countersigners: serde_json::from_str(&self.countersigners).unwrap_or_default(),
            reason: self.reopened_reason,
        };
        (self.step_key, record)
    }
}

/// Each step's record worked out from the sign-offs themselves: this round's
/// signer and countersigners, with the state, round and version of its row.
/// What the rows are written again from, and checked against.
pub async fn records_from_signoffs(
    conn: &mut Conn,
    deployment_id: i64,
) -> Result<HashMap<String, Record>, sqlx::Error> {
    let statuses: Vec<(String, String, i64, i64, String)> = sqlx::query_as(
        "SELECT step_key, state, round, version, reopened_reason FROM step_status WHERE deployment_id = $1",
    )
    .bind(deployment_id)
    .fetch_all(&mut *conn)
    .await?;
    let actions: Vec<(String, i64, String, Option<i64>, String, String)> = sqlx::query_as(
        "SELECT step_key, round, action, actor_id, actor_name, acting_as FROM signoffs WHERE deployment_id = $1 ORDER BY id",
    )
    .bind(deployment_id)
    .fetch_all(&mut *conn)
    .await?;
    let mut records = HashMap::new();
    for (key, state, round, version, reason) in statuses {
        let mut record = Record { state: Some(Stored::parse(&state)), round, version, reason, ..Record::default() };
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

/// Writes a step's record, the state people see, and what it waits on.
pub async fn save_step(
    conn: &mut Conn,
    deployment_id: i64,
    key: &str,
    record: &Record,
    shown: StepState,
    waiting_on: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO step_status (deployment_id, step_key, state, round, version, reopened_reason, shown, waiting_on,
             signer_id, signer_name, signer_acting_as, countersigners) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
         ON CONFLICT (deployment_id, step_key) DO UPDATE SET state = excluded.state, round = excluded.round,
             version = excluded.version, reopened_reason = excluded.reopened_reason, shown = excluded.shown,
             waiting_on = excluded.waiting_on,
             signer_id = excluded.signer_id, signer_name = excluded.signer_name,
             signer_acting_as = excluded.signer_acting_as, countersigners = excluded.countersigners",
    )
    .bind(deployment_id)
    .bind(key)
    .bind(record.stored().key())
    .bind(record.round.max(1))
    .bind(record.version.max(1))
    .bind(&record.reason)
    .bind(shown.key())
    .bind(waiting_on)
    .bind(record.signer)
    .bind(&record.signer_name)
    .bind(&record.signer_acting_as)
    .bind(serde_json::to_string(&record.countersigners).unwrap_or_else(|_| "[]".to_owned()))
    .execute(conn)
    .await?;
    Ok(())
}

/// Writes what the pages show of each step of `plan` (a row for a step new to
/// the plan), and marks the steps no longer in it.
pub async fn save_plan_steps(
    conn: &mut Conn,
    deployment_id: i64,
    plan: &crate::plan::Plan,
    active: bool,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE step_status SET in_plan = 0 WHERE deployment_id = $1")
        .bind(deployment_id)
        .execute(&mut *conn)
        .await?;
    for step in &plan.steps {
        let lane = plan.lanes.iter().find(|l| l.key == step.lane);
        let roles: i64 = step.requirement.alternatives().iter().fold(0, |all, set| all | set.mask());
        sqlx::query(
            "INSERT INTO step_status (deployment_id, step_key, in_plan, active, number, title, lane, lane_name, team,
                 requirement, requirement_roles, depends_on) VALUES ($1, $2, 1, $3, $4, $5, $6, $7, $8, $9, $10, $11)
             ON CONFLICT (deployment_id, step_key) DO UPDATE SET in_plan = 1, active = excluded.active,
                 number = excluded.number, title = excluded.title, lane = excluded.lane,
                 lane_name = excluded.lane_name, team = excluded.team, requirement = excluded.requirement,
                 requirement_roles = excluded.requirement_roles, depends_on = excluded.depends_on",
        )
        .bind(deployment_id)
        .bind(&step.key)
        .bind(i64::from(active))
        .bind(step.number as i64)
        .bind(&step.title)
        .bind(&step.lane)
        .bind(lane.map_or("", |l| l.name.as_str()))
        .bind(lane.map_or("either", |l| l.team.key()))
        .bind(serde_json::to_string(&step.requirement.keys()).unwrap_or_else(|_| "[]".to_owned()))
        .bind(roles)
        .bind(serde_json::to_string(&step.depends_on).unwrap_or_else(|_| "[]".to_owned()))
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

/// Puts a deployment's steps into the work queues and the dashboard, or
/// takes them out (a closed deployment, one whose answers no longer plan).
pub async fn set_steps_active(conn: &mut Conn, deployment_id: i64, active: bool) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE step_status SET active = $1 WHERE deployment_id = $2")
        .bind(i64::from(active))
        .bind(deployment_id)
        .execute(conn)
        .await?;
    Ok(())
}

/// Counts a deployment's steps and its finished ones into its row.
pub async fn save_progress(conn: &mut Conn, deployment_id: i64) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE deployments SET
             steps_total = (SELECT COUNT(*) FROM step_status WHERE deployment_id = $1 AND in_plan = 1),
             steps_done = (SELECT COUNT(*) FROM step_status WHERE deployment_id = $1 AND in_plan = 1
                           AND state IN ('countersigned', 'not-applicable'))
         WHERE id = $1",
    )
    .bind(deployment_id)
    .execute(conn)
    .await?;
    Ok(())
}

/// Each sign (of every round): the step, its round, and the content hash it
/// was signed with and how that hash was computed.
pub async fn signed_hashes(
    conn: &mut Conn,
    deployment_id: i64,
) -> Result<Vec<(String, i64, String, i64)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT step_key, round, content_sha256, content_encoding FROM signoffs
         WHERE deployment_id = $1 AND action = 'sign' ORDER BY id",
    )
    .bind(deployment_id)
    .fetch_all(conn)
    .await
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
    /// The checked results file, encoded ([`crate::results::StepRun::encode`]), or ''.
    pub results: &'a str,
    pub nonce: Option<&'a str>,
}

pub async fn insert_signoff(conn: &mut Conn, s: &NewSignoff<'_>) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO signoffs (deployment_id, step_key, round, action, actor_id, actor_name, acting_as, content_sha256,
         content, note, evidence_text, evidence_name, evidence, evidence_sha256, results, nonce, created_at,
         content_encoding)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, 2) RETURNING id",
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
    .bind(s.results)
    .bind(s.nonce)
    .bind(super::now())
    .fetch_one(conn)
    .await
}

#[derive(Debug, Clone, serde::Deserialize)]
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
    pub results: String,
    pub created_at: i64,
}

const SIGNOFF_FIELDS: [&str; 15] = [
    "id",
    "step_key",
    "round",
    "action",
    "actor_name",
    "acting_as",
    "content_sha256",
    "content",
    "content_encoding",
    "note",
    "evidence_text",
    "evidence_name",
    "evidence_sha256",
    "results",
    "created_at",
];

/// One step's sign-offs, as [`super::deployments::READ`] binds them: the
/// deployment is `$1`, the step `$3`.
pub(crate) static STEP_HISTORY: PerEngine = PerEngine::new(|engine| {
    packed(
        engine,
        &format!(
            "SELECT {} FROM signoffs WHERE deployment_id = $1 AND step_key = $3 ORDER BY id",
            SIGNOFF_FIELDS.join(", ")
        ),
        &SIGNOFF_FIELDS,
    )
});

/// A sign-off's evidence file: its name, bytes and SHA-256.
pub async fn evidence(
    conn: &mut Conn,
    deployment_id: i64,
    signoff_id: i64,
) -> Result<Option<(String, Vec<u8>, String)>, sqlx::Error> {
    let row: Option<(String, Option<Vec<u8>>, String)> = sqlx::query_as(
        "SELECT evidence_name, evidence, evidence_sha256 FROM signoffs WHERE deployment_id = $1 AND id = $2",
    )
    .bind(deployment_id)
    .bind(signoff_id)
    .fetch_optional(conn)
    .await?;
    Ok(row.and_then(|(name, bytes, sha256)| bytes.map(|b| (name, b, sha256))))
}

pub async fn insert_handoff(
    conn: &mut Conn,
    deployment_id: i64,
    from_lane: &str,
    to_lane: &str,
    to_lane_name: &str,
    steps: &[String],
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO handoffs (deployment_id, from_lane, to_lane, to_lane_name, steps, created_at) VALUES ($1, $2, $3, $4, $5, $6)",
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

#[derive(Debug, Clone, serde::Deserialize)]
pub struct HandoffRow {
    pub id: i64,
    pub from_lane: String,
    pub to_lane: String,
    pub to_lane_name: String,
    pub steps: String,
    pub created_at: i64,
}

/// A deployment's handoffs, as [`super::deployments::READ`] binds them: the
/// deployment is `$1`, whether to read them `$2`.
pub(crate) static HANDOFFS: PerEngine = PerEngine::new(|engine| {
    packed(
        engine,
        "SELECT id, from_lane, to_lane, to_lane_name, steps, created_at FROM handoffs
         WHERE deployment_id = $1 AND $2 ORDER BY id",
        &["id", "from_lane", "to_lane", "to_lane_name", "steps", "created_at"],
    )
});

pub async fn notify(
    conn: &mut Conn,
    user_id: i64,
    deployment_id: i64,
    message: &str,
    link: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO notifications (user_id, deployment_id, message, link, created_at) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(user_id)
    .bind(deployment_id)
    .bind(message)
    .bind(link)
    .bind(super::now())
    .execute(conn)
    .await?;
    Ok(())
}

#[derive(Debug, Clone, serde::Deserialize)]
pub struct NotificationRow {
    pub id: i64,
    pub message: String,
    pub link: String,
    pub created_at: i64,
    pub read_at: Option<i64>,
}

/// Up to `limit` of the person's messages older than `before` (all when
/// none), newest first.
pub async fn inbox(
    conn: &mut Conn,
    user_id: i64,
    before: Option<i64>,
    limit: i64,
) -> Result<Vec<NotificationRow>, sqlx::Error> {
    let mut rows: Vec<NotificationRow> = fetch_packed!(conn, INBOX, user_id, before.unwrap_or(i64::MAX), limit)?;
    rows.sort_by_key(|r| std::cmp::Reverse(r.id));
    Ok(rows)
}

pub(crate) static INBOX: PerEngine = PerEngine::new(|engine| {
    packed(
        engine,
        "SELECT id, message, link, created_at, read_at FROM notifications WHERE user_id = $1 AND id < $2
         ORDER BY id DESC LIMIT $3",
        &["id", "message", "link", "created_at", "read_at"],
    )
});

pub async fn mark_read(conn: &mut Conn, user_id: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE notifications SET read_at = $1 WHERE user_id = $2 AND read_at IS NULL")
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

pub async fn enqueue_webhook(conn: &mut Conn, payload: &str) -> Result<(), sqlx::Error> {
    let now = super::now();
    sqlx::query("INSERT INTO webhook_deliveries (payload, next_attempt_at, created_at) VALUES ($1, $2, $3)")
        .bind(payload)
        .bind(now)
        .bind(now)
        .execute(conn)
        .await?;
    Ok(())
}

pub async fn enqueue_email(conn: &mut Conn, to: &str, subject: &str, body: &str) -> Result<(), sqlx::Error> {
    let now = super::now();
    sqlx::query(
        "INSERT INTO email_deliveries (to_address, subject, body, next_attempt_at, created_at) VALUES ($1, $2, $3, $4, $5)",
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

/// How long a claimed delivery is left to the replica that claimed it: past
/// that (the replica died mid-send) another one sends it.
pub const DELIVERY_LEASE_SECONDS: i64 = 120;

fn fields(channel: Channel) -> &'static str {
    match channel {
        Channel::Webhook => "id, payload, '' AS to_address, '' AS subject",
        Channel::Email => "id, body AS payload, to_address, subject",
    }
}

fn select(channel: Channel) -> String {
    format!(
        "SELECT {}, attempts, last_error, delivered_at, failed_at, created_at FROM {}",
        fields(channel),
        channel.table()
    )
}

/// Claims the oldest delivery that is due, for [`DELIVERY_LEASE_SECONDS`]:
/// each goes to one worker, whichever replica it runs in. One at a time, so
/// that a lease covers one send (a slow endpoint cannot outlast the leases
/// of a batch). PostgreSQL skips a row another replica is claiming (`FOR
/// UPDATE SKIP LOCKED`) rather than wait for it; SQLite has one writer at a
/// time anyway.
pub async fn claim_next(pool: &super::Pool, channel: Channel) -> Result<Option<DeliveryRow>, sqlx::Error> {
    let now = super::now();
    let engine = super::Engine::of_pool(pool);
    let query = format!(
        "UPDATE {table} SET next_attempt_at = $1 WHERE id IN (
             SELECT id FROM {table} WHERE delivered_at IS NULL AND failed_at IS NULL AND next_attempt_at <= $2
             ORDER BY id LIMIT 1{skip})
         RETURNING {fields}, attempts, last_error, delivered_at, failed_at, created_at",
        table = channel.table(),
        fields = fields(channel),
        skip = if engine == super::Engine::Postgres { " FOR UPDATE SKIP LOCKED" } else { "" },
    );
    let claim = sqlx::query_as::<_, DeliveryRow>(&query).bind(now + DELIVERY_LEASE_SECONDS).bind(now);
    match engine {
        super::Engine::Sqlite => {
            let mut tx = super::begin_write(pool).await?;
            let claimed = claim.fetch_optional(&mut *tx).await?;
            tx.commit().await?;
            Ok(claimed)
        }
        super::Engine::Postgres => claim.fetch_optional(pool).await,
    }
}

pub async fn delivered(conn: &mut Conn, channel: Channel, id: i64) -> Result<(), sqlx::Error> {
    let query = format!(
        "UPDATE {} SET delivered_at = $1, attempts = attempts + 1 WHERE id = $2 AND delivered_at IS NULL",
        channel.table()
    );
    sqlx::query(&query).bind(super::now()).bind(id).execute(conn).await?;
    Ok(())
}

/// Records a failed attempt; with no next attempt, the delivery is given up.
pub async fn delivery_failed(
    conn: &mut Conn,
    channel: Channel,
    id: i64,
    error: &str,
    next_attempt_at: Option<i64>,
) -> Result<(), sqlx::Error> {
    let query = format!(
        "UPDATE {} SET attempts = attempts + 1, last_error = $1, next_attempt_at = COALESCE($2, next_attempt_at),
         failed_at = CASE WHEN $3 IS NULL THEN $4 ELSE NULL END WHERE id = $5",
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
pub async fn troubled_deliveries(conn: &mut Conn, channel: Channel) -> Result<Vec<DeliveryRow>, sqlx::Error> {
    let query = format!("{} WHERE last_error != '' ORDER BY id DESC LIMIT 50", select(channel));
    sqlx::query_as(&query).fetch_all(conn).await
}

/// Closes or opens a deployment; its steps leave (or join) the work queues with it.
pub async fn set_deployment_status(conn: &mut Conn, id: i64, status: &str, reason: &str) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE deployments SET status = $1, status_reason = $2, updated_at = $3 WHERE id = $4")
        .bind(status)
        .bind(reason)
        .bind(super::now())
        .bind(id)
        .execute(&mut *conn)
        .await?;
    set_steps_active(conn, id, status == "active").await
}

/// The users who hold every role of `roles` and are not disabled, with their e-mail address.
pub async fn holders(conn: &mut Conn, roles: &[&str]) -> Result<Vec<(i64, Contact)>, sqlx::Error> {
    let grants: Vec<(i64, String, String, Option<String>)> = sqlx::query_as(
        "SELECT r.user_id, r.role, u.email, u.lang FROM (
             SELECT user_id, role FROM user_roles UNION ALL SELECT user_id, role FROM provider_roles) r
         JOIN users u ON u.id = r.user_id WHERE u.disabled = 0",
    )
    .fetch_all(conn)
    .await?;
    let mut users: Vec<(i64, Contact)> =
        grants.iter().map(|(id, _, email, lang)| (*id, Contact::new(email.clone(), lang.as_deref()))).collect();
    users.sort_unstable_by_key(|(id, _)| *id);
    users.dedup_by_key(|(id, _)| *id);
    Ok(users
        .into_iter()
        .filter(|(user, _)| roles.iter().all(|role| grants.iter().any(|(id, r, ..)| id == user && r == role)))
        .collect())
}

/// How to reach someone: their e-mail address ('' for none) and the language they chose.
#[derive(Debug, Clone)]
pub struct Contact {
    pub email: String,
    pub lang: crate::i18n::Lang,
}

impl Contact {
    fn new(email: String, lang: Option<&str>) -> Contact {
        Contact { email, lang: lang.and_then(crate::i18n::Lang::parse).unwrap_or_default() }
    }
}

/// [`Contact`] of one person (none for someone who is not there).
pub async fn contact_of(conn: &mut Conn, user_id: i64) -> Result<Contact, sqlx::Error> {
    let found: Option<(String, Option<String>)> =
        sqlx::query_as("SELECT email, lang FROM users WHERE id = $1").bind(user_id).fetch_optional(conn).await?;
    Ok(found.map_or_else(|| Contact::new(String::new(), None), |(email, lang)| Contact::new(email, lang.as_deref())))
}

/// Keeps the texts of a deployment's plan by their SHA-256 (each once).
pub async fn keep_step_texts(conn: &mut Conn, deployment_id: i64, plan: &crate::plan::Plan) -> Result<(), sqlx::Error> {
    for step in &plan.steps {
        sqlx::query(
            "INSERT INTO step_texts (deployment_id, sha256, content) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
        )
        .bind(deployment_id)
        .bind(&step.content_sha256)
        .bind(&step.content)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

/// A step text the portal has shown in a deployment, by its SHA-256.
pub async fn step_text(conn: &mut Conn, deployment_id: i64, sha256: &str) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar("SELECT content FROM step_texts WHERE deployment_id = $1 AND sha256 = $2")
        .bind(deployment_id)
        .bind(sha256)
        .fetch_optional(conn)
        .await
}

/// Every sign-off row of a deployment, in order, for its report.
pub async fn all_history(conn: &mut Conn, deployment_id: i64) -> Result<Vec<SignoffRow>, sqlx::Error> {
    let mut rows: Vec<SignoffRow> = fetch_packed!(conn, HISTORY, deployment_id)?;
    rows.sort_by_key(|r| r.id);
    Ok(rows)
}

static HISTORY: PerEngine = PerEngine::new(|engine| {
    packed(
        engine,
        &format!("SELECT {} FROM signoffs WHERE deployment_id = $1 ORDER BY id", SIGNOFF_FIELDS.join(", ")),
        &SIGNOFF_FIELDS,
    )
});

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

/// The handoffs that waited longest: the `limit` oldest still unanswered and
/// the `limit` answered slowest (the caller ranks the two together).
pub async fn longest_waits(conn: &mut Conn, limit: i64) -> Result<Vec<HandoffWait>, sqlx::Error> {
    let mut waits: Vec<HandoffWait> = sqlx::query_as(WAITING).bind(limit).fetch_all(&mut *conn).await?;
    waits.extend(sqlx::query_as::<_, HandoffWait>(ANSWERED_SLOWEST).bind(limit).fetch_all(&mut *conn).await?);
    Ok(waits)
}

pub(crate) const WAITING: &str =
    "SELECT h.deployment_id, d.name AS deployment, h.to_lane_name, h.created_at, h.answered_at
     FROM handoffs h JOIN deployments d ON d.id = h.deployment_id
     WHERE h.answered_at IS NULL ORDER BY h.created_at LIMIT $1";

pub(crate) const ANSWERED_SLOWEST: &str = "SELECT h.deployment_id, d.name AS deployment, h.to_lane_name, h.created_at,
     h.answered_at FROM handoffs h JOIN deployments d ON d.id = h.deployment_id
     WHERE h.answered_at IS NOT NULL ORDER BY h.waited DESC LIMIT $1";

/// A sign of `step_key` answers the deployment's handoffs that named it and
/// were not answered yet.
pub async fn answer_handoffs(conn: &mut Conn, deployment_id: i64, step_key: &str) -> Result<(), sqlx::Error> {
    let now = super::now();
    sqlx::query(ANSWER_HANDOFFS.of(conn)).bind(now).bind(deployment_id).bind(step_key).execute(conn).await?;
    Ok(())
}

static ANSWER_HANDOFFS: PerEngine = PerEngine::new(|engine| {
    format!(
        "UPDATE handoffs SET answered_at = $1, waited = $1 - created_at
         WHERE deployment_id = $2 AND answered_at IS NULL AND {}",
        json_array_holds(engine, "steps", "$3")
    )
});

/// How many ready steps wait on each lane, over the active deployments.
pub async fn ready_by_lane(conn: &mut Conn) -> Result<Vec<(String, i64)>, sqlx::Error> {
    sqlx::query_as(READY_BY_LANE).fetch_all(conn).await
}

pub(crate) const READY_BY_LANE: &str = "SELECT lane_name, COUNT(*) FROM step_status
     WHERE shown = 'ready' AND in_plan = 1 AND active = 1 GROUP BY lane_name ORDER BY lane_name";

/// A step in one of the work queues, with what the rules need to place it.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct QueuedStep {
    /// 'ready', 'signed' or 'blocked'.
    pub shown: String,
    pub deployment_id: i64,
    pub deployment: String,
    pub roles_mask: i64,
    pub countersigner: String,
    pub countersignatures_required: i64,
    pub step_key: String,
    pub number: i64,
    pub title: String,
    pub team: String,
    /// JSON: the alternatives, each an array of role keys.
    pub requirement: String,
    pub signer_id: Option<i64>,
    pub signer_name: String,
    pub signer_acting_as: String,
    pub countersigners: String,
    /// For a blocked step, what it waits on.
    pub waiting_on: String,
}

impl QueuedStep {
    /// What the rules read of the step's record: this round's signatures.
    pub fn record(&self) -> Record {
        Record {
            signer: self.signer_id,
            signer_name: self.signer_name.clone(),
            signer_acting_as: self.signer_acting_as.clone(),
            countersigners: serde_json::from_str(&self.countersigners).unwrap_or_default(),
            ..Record::default()
        }
    }
}

/// The active steps a person may be concerned with, in one query: those
/// ready whose requirement they meet, those signed by someone else, and
/// those blocked whose requirement they meet; each part newest deployment
/// first and at most `limit` long. The query narrows by the roles the
/// person holds (`held_mask`); the caller places each row by the rules.
/// `privileged`: whether they read every deployment.
pub async fn queues(
    conn: &mut Conn,
    user_id: i64,
    held_mask: i64,
    privileged: bool,
    limit: i64,
) -> Result<Vec<QueuedStep>, sqlx::Error> {
    let mut rows: Vec<QueuedStep> = fetch_packed!(conn, QUEUES, user_id, held_mask, privileged, limit)?;
    // The order SQLite packs in is the parts', but it does not promise it.
    let part = |shown: &str| ["ready", "signed", "blocked"].iter().position(|s| *s == shown);
    rows.sort_by_key(|r| (part(&r.shown), std::cmp::Reverse(r.deployment_id), r.number));
    Ok(rows)
}

const QUEUE_FIELDS: [&str; 16] = [
    "shown",
    "deployment_id",
    "deployment",
    "roles_mask",
    "countersigner",
    "countersignatures_required",
    "step_key",
    "number",
    "title",
    "team",
    "requirement",
    "signer_id",
    "signer_name",
    "signer_acting_as",
    "countersigners",
    "waiting_on",
];

const QUEUE_COLUMNS: &str = "s.shown, s.deployment_id, d.name AS deployment, d.roles_mask, d.countersigner,
    d.countersignatures_required, s.step_key, s.number, s.title, s.team, s.requirement, s.signer_id, s.signer_name,
    s.signer_acting_as, s.countersigners, s.waiting_on";

/// The step needs one of the person's roles (the rules then say whether all of an alternative).
const NEEDS_A_HELD_ROLE: &str = "(s.requirement_roles & $2) != 0";

const READABLE: &str = "($3 OR (d.roles_mask & $2) != 0)";

pub(crate) static QUEUES: PerEngine = PerEngine::new(|engine| {
    let part = |shown: &str, condition: &str| {
        format!(
            "SELECT * FROM (SELECT {QUEUE_COLUMNS} FROM step_status s JOIN deployments d ON d.id = s.deployment_id
             WHERE s.shown = '{shown}' AND s.in_plan = 1 AND s.active = 1 AND {condition} AND {READABLE}
             ORDER BY s.deployment_id DESC, s.number LIMIT $4) AS {shown}_part"
        )
    };
    // Signed steps the person signed or already countersigned are left out
    // here, so that they cannot fill the part before the ones left to do.
    let signed =
        format!("s.signer_id IS DISTINCT FROM $1 AND NOT {}", json_array_holds(engine, "s.countersigners", "$1"));
    let parts = [part("ready", NEEDS_A_HELD_ROLE), part("signed", &signed), part("blocked", NEEDS_A_HELD_ROLE)];
    packed(engine, &parts.join(" UNION ALL "), &QUEUE_FIELDS)
});
