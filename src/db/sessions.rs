//! Server-side sessions, keyed by the SHA-256 of the session id.

use super::Conn;

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct SessionRow {
    pub id_sha256: String,
    pub user_id: i64,
    pub csrf_token: String,
    pub created_at: i64,
    pub last_seen_at: i64,
}

/// A new session; `id_token` is the provider's ID token when it signed the person in.
pub async fn insert(
    conn: &mut Conn,
    id_sha256: &str,
    user_id: i64,
    csrf_token: &str,
    id_token: Option<&str>,
) -> Result<(), sqlx::Error> {
    let now = super::now();
    sqlx::query(
        "INSERT INTO sessions (id_sha256, user_id, csrf_token, created_at, last_seen_at, id_token)
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(id_sha256)
    .bind(user_id)
    .bind(csrf_token)
    .bind(now)
    .bind(now)
    .bind(id_token)
    .execute(conn)
    .await?;
    Ok(())
}

/// A session with its user, their roles and their unread messages: what
/// every signed-in request needs, in one query.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct SignedRow {
    pub csrf_token: String,
    pub created_at: i64,
    pub last_seen_at: i64,
    pub user_id: i64,
    pub username: String,
    pub display_name: String,
    #[sqlx(try_from = "super::IntFlag")]
    pub disabled: bool,
    /// Role keys, separated by spaces (no key has one); a key granted by hand
    /// and given by the provider too comes twice.
    pub roles: String,
    /// Unread messages, counted up to [`UNREAD_COUNTED`].
    pub unread: i64,
    /// The language the person chose, if any.
    pub lang: Option<String>,
}

/// Beyond this many unread messages the count stops: the navigation says "99+".
pub const UNREAD_COUNTED: i64 = 100;

pub(crate) const SIGNED: &str = "SELECT s.csrf_token, s.created_at, s.last_seen_at, u.id AS user_id, u.username,
     u.display_name, u.disabled, u.lang,
     COALESCE((SELECT string_agg(role, ' ') FROM (
         SELECT r.role FROM user_roles r WHERE r.user_id = u.id
         UNION ALL SELECT p.role FROM provider_roles p WHERE p.user_id = u.id) AS held), '') AS roles,
     (SELECT COUNT(*) FROM (SELECT 1 FROM notifications n WHERE n.user_id = u.id AND n.read_at IS NULL LIMIT $2)
         AS counted) AS unread
     FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.id_sha256 = $1";

pub async fn find_signed(conn: &mut Conn, id_sha256: &str) -> Result<Option<SignedRow>, sqlx::Error> {
    sqlx::query_as(SIGNED).bind(id_sha256).bind(UNREAD_COUNTED).fetch_optional(conn).await
}

pub async fn touch(conn: &mut Conn, id_sha256: &str) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE sessions SET last_seen_at = $1 WHERE id_sha256 = $2")
        .bind(super::now())
        .bind(id_sha256)
        .execute(conn)
        .await?;
    Ok(())
}

pub async fn delete(conn: &mut Conn, id_sha256: &str) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM sessions WHERE id_sha256 = $1").bind(id_sha256).execute(conn).await?;
    Ok(())
}

/// Ends a session; returns its provider ID token, if it had one, for the provider's sign-out.
pub async fn delete_returning_id_token(conn: &mut Conn, id_sha256: &str) -> Result<Option<String>, sqlx::Error> {
    let token: Option<Option<String>> =
        sqlx::query_scalar("DELETE FROM sessions WHERE id_sha256 = $1 RETURNING id_token")
            .bind(id_sha256)
            .fetch_optional(conn)
            .await?;
    Ok(token.flatten())
}

pub async fn delete_for_user(conn: &mut Conn, user_id: i64) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM sessions WHERE user_id = $1").bind(user_id).execute(conn).await?;
    Ok(())
}

/// Ends every session of a user but one (the one that changed the password).
pub async fn delete_others(conn: &mut Conn, user_id: i64, keep_id_sha256: &str) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM sessions WHERE user_id = $1 AND id_sha256 <> $2")
        .bind(user_id)
        .bind(keep_id_sha256)
        .execute(conn)
        .await?;
    Ok(())
}

pub async fn delete_expired(conn: &mut Conn, idle_before: i64, created_before: i64) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM sessions WHERE last_seen_at < $1 OR created_at < $2")
        .bind(idle_before)
        .bind(created_before)
        .execute(conn)
        .await?;
    Ok(())
}
