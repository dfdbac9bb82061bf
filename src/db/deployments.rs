//! Deployments: a name and the answers they were planned from.

use super::{Conn, Engine, PerEngine};

#[derive(Debug, Clone, sqlx::FromRow, serde::Deserialize)]
pub struct DeploymentRow {
    pub id: i64,
    pub name: String,
    pub answers: String,
    pub created_by: i64,
    pub created_at: i64,
    pub updated_at: i64,
    pub version: i64,
    pub countersigner: String,
    pub countersignatures_required: i64,
    pub status: String,
    pub status_reason: String,
    pub answers_sha256: String,
}

pub async fn insert(
    conn: &mut Conn,
    name: &str,
    answers: &str,
    created_by: i64,
    countersigner: &str,
    countersignatures_required: i64,
) -> Result<i64, sqlx::Error> {
    let now = super::now();
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO deployments (name, created_by, created_at, updated_at, countersigner, countersignatures_required)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(name)
    .bind(created_by)
    .bind(now)
    .bind(now)
    .bind(countersigner)
    .bind(countersignatures_required)
    .fetch_one(&mut *conn)
    .await?;
    sqlx::query("INSERT INTO deployment_answers (deployment_id, answers) VALUES ($1, $2)")
        .bind(id)
        .bind(answers)
        .execute(conn)
        .await?;
    Ok(id)
}

pub async fn find(conn: &mut Conn, id: i64) -> Result<Option<DeploymentRow>, sqlx::Error> {
    sqlx::query_as(&format!("{WITH_ANSWERS} WHERE d.id = $1")).bind(id).fetch_optional(conn).await
}

const ROW_FIELDS: [&str; 12] = [
    "id",
    "name",
    "answers",
    "answers_sha256",
    "created_by",
    "created_at",
    "updated_at",
    "version",
    "countersigner",
    "countersignatures_required",
    "status",
    "status_reason",
];

const WITH_ANSWERS: &str =
    "SELECT d.id, d.name, a.answers, d.answers_sha256, d.created_by, d.created_at, d.updated_at, d.version,
     d.countersigner, d.countersignatures_required, d.status, d.status_reason
     FROM deployments d JOIN deployment_answers a ON a.deployment_id = d.id";

/// The row as [`read`] reads it: the answers text only when asked.
const READ_ROW: &str = "SELECT d.id, d.name, CASE WHEN $4 THEN a.answers ELSE '' END AS answers, d.answers_sha256,
     d.created_by, d.created_at, d.updated_at, d.version, d.countersigner, d.countersignatures_required, d.status,
     d.status_reason FROM deployments d JOIN deployment_answers a ON a.deployment_id = d.id";

/// A deployment's answers text.
pub async fn answers(conn: &mut Conn, id: i64) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar("SELECT answers FROM deployment_answers WHERE deployment_id = $1")
        .bind(id)
        .fetch_optional(conn)
        .await
}

/// A deployment as a page reads it, in one query: its row, each step's
/// record, and if asked its handoffs and one step's sign-offs.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct Read {
    pub row: DeploymentRow,
    pub records: Vec<super::workflow::RecordRow>,
    pub handoffs: Vec<super::workflow::HandoffRow>,
    pub history: Vec<super::workflow::SignoffRow>,
    /// Whether the nonce asked about is already a sign-off's (1) or not (0).
    pub nonce_used: i64,
}

/// `answers`: whether to read the answers text (left empty otherwise).
pub async fn read(
    conn: &mut Conn,
    id: i64,
    with_handoffs: bool,
    history_of: Option<&str>,
    answers: bool,
) -> Result<Option<Read>, sqlx::Error> {
    read_with_nonce(conn, id, with_handoffs, history_of, answers, None).await
}

/// [`read`], and whether `nonce` is a sign-off's already: what a sign-off
/// reads first, in one statement.
pub async fn read_with_nonce(
    conn: &mut Conn,
    id: i64,
    with_handoffs: bool,
    history_of: Option<&str>,
    answers: bool,
    nonce: Option<&str>,
) -> Result<Option<Read>, sqlx::Error> {
    let text: Option<String> = sqlx::query_scalar(READ.of(conn))
        .bind(id)
        .bind(with_handoffs)
        .bind(history_of)
        .bind(answers)
        .bind(nonce)
        .fetch_optional(conn)
        .await?;
    let Some(text) = text else { return Ok(None) };
    let mut read: Read = serde_json::from_str(&text).map_err(|error| sqlx::Error::Decode(Box::new(error)))?;
    read.handoffs.sort_by_key(|h| h.id);
    read.history.sort_by_key(|s| s.id);
    Ok(Some(read))
}

/// The parts are JSON texts joined as text: wrapping them in json() would
/// parse each again. Their placeholders are numbered for this query: the
/// deployment `$1`, handoffs or not `$2`, the step `$3`, answers or not
/// `$4`, the nonce `$5`.
pub(crate) static READ: PerEngine = PerEngine::new(|engine| {
    format!(
        "SELECT '{{\"row\":' || {} || ',\"records\":' || ({}) || ',\"handoffs\":' || ({})
             || ',\"history\":' || ({})
             || ',\"nonce_used\":' || CASE WHEN EXISTS (SELECT 1 FROM signoffs WHERE nonce = $5) THEN 1 ELSE 0 END
             || '}}'
         FROM ({READ_ROW} WHERE d.id = $1) AS read_row",
        super::json_object(engine, &ROW_FIELDS),
        super::workflow::RECORDS.get(engine),
        super::workflow::HANDOFFS.get(engine),
        super::workflow::STEP_HISTORY.get(engine),
    )
});

/// What a deployment's row says of its plan, written with the plan.
#[derive(Debug, Clone)]
pub struct PlanSummary<'a> {
    pub answers_sha256: &'a str,
    pub exchange_version: &'a str,
    pub lync_version: &'a str,
    pub roles_mask: i64,
    pub planned_from: &'a str,
}

pub async fn save_summary(conn: &mut Conn, id: i64, summary: &PlanSummary<'_>) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE deployments SET answers_sha256 = $1, exchange_version = $2, lync_version = $3, roles_mask = $4,
         planned_from = $5 WHERE id = $6",
    )
    .bind(summary.answers_sha256)
    .bind(summary.exchange_version)
    .bind(summary.lync_version)
    .bind(summary.roles_mask)
    .bind(summary.planned_from)
    .bind(id)
    .execute(conn)
    .await?;
    Ok(())
}

/// The deployments whose rows were not written from `fingerprint`, oldest first.
pub async fn planned_otherwise(
    conn: &mut Conn,
    fingerprint: &str,
    limit: i64,
) -> Result<Vec<DeploymentRow>, sqlx::Error> {
    sqlx::query_as(&format!("{WITH_ANSWERS} WHERE d.planned_from != $1 ORDER BY d.id LIMIT $2"))
        .bind(fingerprint)
        .bind(limit)
        .fetch_all(conn)
        .await
}

/// A deployment as the list shows it.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct Listed {
    pub id: i64,
    pub name: String,
    pub status: String,
    pub status_reason: String,
    pub exchange_version: String,
    pub lync_version: String,
    pub steps_total: i64,
    pub steps_done: i64,
    pub roles_mask: i64,
    pub created_at: i64,
    pub updated_at: i64,
}

/// Which deployments the list shows: one page, newest first, from `before`.
#[derive(Debug, Clone, Default)]
pub struct ListFilter {
    /// 'active', 'complete' or 'cancelled'; none for all.
    pub status: Option<String>,
    /// Part of the name, any case.
    pub text: Option<String>,
    /// Only ids below this one (the last of the page before).
    pub before: Option<i64>,
    /// Only deployments whose plan names one of these roles (a mask); none for all.
    pub roles_mask: Option<i64>,
    pub limit: i64,
}

/// One page of the list: an indexed walk down the ids (by status when one
/// is asked for) that stops after `limit` rows.
pub async fn page(conn: &mut Conn, filter: &ListFilter) -> Result<Vec<Listed>, sqlx::Error> {
    let text: Option<String> = list_query(Engine::of(conn), filter).fetch_scalar(conn).await?;
    let mut rows: Vec<Listed> = super::unpack(text)?;
    rows.sort_by_key(|r| std::cmp::Reverse(r.id));
    Ok(rows)
}

pub(crate) fn list_query(engine: Engine, filter: &ListFilter) -> super::Built {
    let (head, tail) = LIST_PACKED.get(engine).split_once(LIST_PLACE).unwrap_or_default();
    let mut query = super::Built::new(head);
    if let Some(status) = &filter.status {
        query.push(" AND status = ").push_bind(status);
    }
    if let Some(text) = &filter.text {
        let pattern = format!("%{}%", super::like_literal(text));
        query.push(" AND name ").push(super::like_any_case(engine)).push(" ").push_bind(pattern).push(" ESCAPE '\\'");
    }
    if let Some(before) = filter.before {
        query.push(" AND id < ").push_bind(before);
    }
    if let Some(mask) = filter.roles_mask {
        query.push(" AND (roles_mask & ").push_bind(mask).push(") != 0");
    }
    query.push(" ORDER BY id DESC LIMIT ").push_bind(filter.limit).push(tail);
    query
}

const LIST_FIELDS: [&str; 11] = [
    "id",
    "name",
    "status",
    "status_reason",
    "exchange_version",
    "lync_version",
    "steps_total",
    "steps_done",
    "roles_mask",
    "created_at",
    "updated_at",
];

/// Where the filters go in [`LIST_PACKED`].
const LIST_PLACE: &str = "/* filters */";

pub(crate) static LIST_PACKED: PerEngine = PerEngine::new(|engine| {
    super::packed(
        engine,
        &format!("SELECT {} FROM deployments WHERE 1 = 1 {LIST_PLACE}", LIST_FIELDS.join(", ")),
        &LIST_FIELDS,
    )
});

/// How many deployments are in each state.
pub async fn count_by_status(conn: &mut Conn) -> Result<Vec<(String, i64)>, sqlx::Error> {
    sqlx::query_as("SELECT status, COUNT(*) FROM deployments GROUP BY status").fetch_all(conn).await
}

/// Replaces the answers if the deployment is still at `version`; false when
/// someone else changed it first.
pub async fn update_answers(
    conn: &mut Conn,
    id: i64,
    version: i64,
    name: &str,
    answers: &str,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE deployments SET name = $1, updated_at = $2, version = version + 1 WHERE id = $3 AND version = $4",
    )
    .bind(name)
    .bind(super::now())
    .bind(id)
    .bind(version)
    .execute(&mut *conn)
    .await?;
    if done.rows_affected() != 1 {
        return Ok(false);
    }
    sqlx::query("UPDATE deployment_answers SET answers = $1 WHERE deployment_id = $2")
        .bind(answers)
        .bind(id)
        .execute(conn)
        .await?;
    Ok(true)
}
