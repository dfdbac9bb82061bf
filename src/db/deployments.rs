//! Deployments: a name and the answers they were planned from.

use sqlx::SqliteConnection;

#[derive(Debug, Clone, sqlx::FromRow)]
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
}

pub async fn insert(
    conn: &mut SqliteConnection,
    name: &str,
    answers: &str,
    created_by: i64,
    countersigner: &str,
    countersignatures_required: i64,
) -> Result<i64, sqlx::Error> {
    let now = super::now();
    let id = sqlx::query(
        "INSERT INTO deployments (name, answers, created_by, created_at, updated_at, countersigner, countersignatures_required)
         VALUES (?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(name)
    .bind(answers)
    .bind(created_by)
    .bind(now)
    .bind(now)
    .bind(countersigner)
    .bind(countersignatures_required)
    .execute(conn)
    .await?
    .last_insert_rowid();
    Ok(id)
}

pub async fn find(conn: &mut SqliteConnection, id: i64) -> Result<Option<DeploymentRow>, sqlx::Error> {
    sqlx::query_as("SELECT * FROM deployments WHERE id = ?").bind(id).fetch_optional(conn).await
}

/// What a deployment's row says of its plan, written with the plan.
#[derive(Debug, Clone)]
pub struct PlanSummary<'a> {
    pub exchange_version: &'a str,
    pub lync_version: &'a str,
    pub roles_mask: i64,
    pub planned_from: &'a str,
}

pub async fn save_summary(conn: &mut SqliteConnection, id: i64, summary: &PlanSummary<'_>) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE deployments SET exchange_version = ?, lync_version = ?, roles_mask = ?, planned_from = ? WHERE id = ?",
    )
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
    conn: &mut SqliteConnection,
    fingerprint: &str,
    limit: i64,
) -> Result<Vec<DeploymentRow>, sqlx::Error> {
    sqlx::query_as("SELECT * FROM deployments WHERE planned_from != ? ORDER BY id LIMIT ?")
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
pub async fn page(conn: &mut SqliteConnection, filter: &ListFilter) -> Result<Vec<Listed>, sqlx::Error> {
    let (head, tail) = LIST_PACKED.split_once(LIST_PLACE).unwrap_or_default();
    let mut query = sqlx::QueryBuilder::new(head);
    if let Some(status) = &filter.status {
        query.push(" AND status = ").push_bind(status.clone());
    }
    if let Some(text) = &filter.text {
        let pattern = format!("%{}%", text.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_"));
        query.push(" AND name LIKE ").push_bind(pattern).push(" ESCAPE '\\'");
    }
    if let Some(before) = filter.before {
        query.push(" AND id < ").push_bind(before);
    }
    if let Some(mask) = filter.roles_mask {
        query.push(" AND (roles_mask & ").push_bind(mask).push(") != 0");
    }
    query.push(" ORDER BY id DESC LIMIT ").push_bind(filter.limit).push(tail);
    let text: Option<String> = query.build_query_scalar().fetch_one(conn).await?;
    let mut rows: Vec<Listed> = super::unpack(text)?;
    rows.sort_by_key(|r| std::cmp::Reverse(r.id));
    Ok(rows)
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

pub(crate) static LIST_PACKED: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    super::packed(
        &format!("SELECT {} FROM deployments WHERE 1 = 1 {LIST_PLACE}", LIST_FIELDS.join(", ")),
        &LIST_FIELDS,
    )
});

/// How many deployments are in each state.
pub async fn count_by_status(conn: &mut SqliteConnection) -> Result<Vec<(String, i64)>, sqlx::Error> {
    sqlx::query_as("SELECT status, COUNT(*) FROM deployments GROUP BY status").fetch_all(conn).await
}

/// Replaces the answers if the deployment is still at `version`; false when
/// someone else changed it first.
pub async fn update_answers(
    conn: &mut SqliteConnection,
    id: i64,
    version: i64,
    name: &str,
    answers: &str,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE deployments SET name = ?, answers = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?",
    )
    .bind(name)
    .bind(answers)
    .bind(super::now())
    .bind(id)
    .bind(version)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}
