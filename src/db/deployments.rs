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

pub async fn all(conn: &mut SqliteConnection) -> Result<Vec<DeploymentRow>, sqlx::Error> {
    sqlx::query_as("SELECT * FROM deployments ORDER BY id DESC").fetch_all(conn).await
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
