//! Sign-ins sent to the OpenID provider and not back yet.

use super::Conn;

/// What the callback must match: kept here, never in the browser.
#[derive(Clone, sqlx::FromRow)]
pub struct PendingRow {
    pub state: String,
    pub nonce: String,
    pub pkce_verifier: String,
    pub return_to: String,
    pub created_at: i64,
}

// Written by hand so that no log line can carry the state, nonce or verifier.
impl std::fmt::Debug for PendingRow {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PendingRow")
            .field("return_to", &self.return_to)
            .field("created_at", &self.created_at)
            .finish_non_exhaustive()
    }
}

/// At most this many sign-ins wait at once: beyond it the oldest is dropped,
/// so anonymous requests cannot grow the table without bound.
pub const MAX_PENDING: i64 = 10_000;

/// Records a pending sign-in, first dropping those older than `expired_before`
/// and, when the table is full, the oldest.
pub async fn insert(
    conn: &mut Conn,
    id_sha256: &str,
    pending: &PendingRow,
    expired_before: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM sso_pending WHERE created_at < $1").bind(expired_before).execute(&mut *conn).await?;
    sqlx::query(
        "DELETE FROM sso_pending WHERE id_sha256 NOT IN (
             SELECT id_sha256 FROM sso_pending ORDER BY created_at DESC LIMIT $1)",
    )
    .bind(MAX_PENDING - 1)
    .execute(&mut *conn)
    .await?;
    sqlx::query(
        "INSERT INTO sso_pending (id_sha256, state, nonce, pkce_verifier, return_to, created_at)
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(id_sha256)
    .bind(&pending.state)
    .bind(&pending.nonce)
    .bind(&pending.pkce_verifier)
    .bind(&pending.return_to)
    .bind(pending.created_at)
    .execute(conn)
    .await?;
    Ok(())
}

/// Takes a pending sign-in out: each one is answered once, whatever the answer.
pub async fn take(conn: &mut Conn, id_sha256: &str) -> Result<Option<PendingRow>, sqlx::Error> {
    sqlx::query_as(
        "DELETE FROM sso_pending WHERE id_sha256 = $1
         RETURNING state, nonce, pkce_verifier, return_to, created_at",
    )
    .bind(id_sha256)
    .fetch_optional(conn)
    .await
}
