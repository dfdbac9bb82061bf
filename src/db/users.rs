//! Users and their role grants.

use sqlx::SqliteConnection;

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct UserRow {
    pub id: i64,
    pub username: String,
    pub display_name: String,
    pub password_hash: String,
    pub disabled: bool,
    pub failed_logins: i64,
    pub locked_until: i64,
    pub created_at: i64,
    /// Where handoffs are e-mailed; empty for none.
    pub email: String,
}

pub async fn count(conn: &mut SqliteConnection) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("SELECT COUNT(*) FROM users").fetch_one(conn).await
}

pub async fn by_name(conn: &mut SqliteConnection, username: &str) -> Result<Option<UserRow>, sqlx::Error> {
    sqlx::query_as("SELECT * FROM users WHERE username = ?").bind(username).fetch_optional(conn).await
}

pub async fn by_id(conn: &mut SqliteConnection, id: i64) -> Result<Option<UserRow>, sqlx::Error> {
    sqlx::query_as("SELECT * FROM users WHERE id = ?").bind(id).fetch_optional(conn).await
}

pub async fn all(conn: &mut SqliteConnection) -> Result<Vec<UserRow>, sqlx::Error> {
    sqlx::query_as("SELECT * FROM users ORDER BY username").fetch_all(conn).await
}

pub async fn insert(
    conn: &mut SqliteConnection,
    username: &str,
    display_name: &str,
    password_hash: &str,
) -> Result<i64, sqlx::Error> {
    let id = sqlx::query("INSERT INTO users (username, display_name, password_hash, created_at) VALUES (?, ?, ?, ?)")
        .bind(username)
        .bind(display_name)
        .bind(password_hash)
        .bind(super::now())
        .execute(conn)
        .await?
        .last_insert_rowid();
    Ok(id)
}

pub async fn set_password(conn: &mut SqliteConnection, id: i64, password_hash: &str) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE users SET password_hash = ?, failed_logins = 0, locked_until = 0 WHERE id = ?")
        .bind(password_hash)
        .bind(id)
        .execute(conn)
        .await?;
    Ok(())
}

pub async fn set_disabled(conn: &mut SqliteConnection, id: i64, disabled: bool) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE users SET disabled = ? WHERE id = ?").bind(disabled).bind(id).execute(conn).await?;
    Ok(())
}

/// Sets the failure count and the lock, as a sign-in attempt counted them.
pub async fn set_failures(
    conn: &mut SqliteConnection,
    id: i64,
    failed_logins: i64,
    locked_until: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE users SET failed_logins = ?, locked_until = ? WHERE id = ?")
        .bind(failed_logins)
        .bind(locked_until)
        .bind(id)
        .execute(conn)
        .await?;
    Ok(())
}

pub async fn lock(conn: &mut SqliteConnection, id: i64, until: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE users SET locked_until = ? WHERE id = ?").bind(until).bind(id).execute(conn).await?;
    Ok(())
}

pub async fn clear_failures(conn: &mut SqliteConnection, id: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE users SET failed_logins = 0, locked_until = 0 WHERE id = ?").bind(id).execute(conn).await?;
    Ok(())
}

pub async fn roles(conn: &mut SqliteConnection, user_id: i64) -> Result<Vec<String>, sqlx::Error> {
    sqlx::query_scalar("SELECT role FROM user_roles WHERE user_id = ? ORDER BY role")
        .bind(user_id)
        .fetch_all(conn)
        .await
}

/// Grants a role; false when the user held it already.
pub async fn grant(
    conn: &mut SqliteConnection,
    user_id: i64,
    role: &str,
    by: Option<i64>,
) -> Result<bool, sqlx::Error> {
    let done =
        sqlx::query("INSERT OR IGNORE INTO user_roles (user_id, role, granted_at, granted_by) VALUES (?, ?, ?, ?)")
            .bind(user_id)
            .bind(role)
            .bind(super::now())
            .bind(by)
            .execute(conn)
            .await?;
    Ok(done.rows_affected() == 1)
}

/// Revokes a role; false when the user did not hold it.
pub async fn revoke(conn: &mut SqliteConnection, user_id: i64, role: &str) -> Result<bool, sqlx::Error> {
    let done = sqlx::query("DELETE FROM user_roles WHERE user_id = ? AND role = ?")
        .bind(user_id)
        .bind(role)
        .execute(conn)
        .await?;
    Ok(done.rows_affected() == 1)
}

/// Every user with their roles, for lists.
pub async fn all_with_roles(conn: &mut SqliteConnection) -> Result<Vec<(UserRow, Vec<String>)>, sqlx::Error> {
    let users = all(&mut *conn).await?;
    let grants: Vec<(i64, String)> =
        sqlx::query_as("SELECT user_id, role FROM user_roles ORDER BY role").fetch_all(&mut *conn).await?;
    Ok(users
        .into_iter()
        .map(|user| {
            let roles = grants.iter().filter(|(id, _)| *id == user.id).map(|(_, role)| role.clone()).collect();
            (user, roles)
        })
        .collect())
}

pub async fn set_email(conn: &mut SqliteConnection, id: i64, email: &str) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE users SET email = ? WHERE id = ?").bind(email).bind(id).execute(conn).await?;
    Ok(())
}

/// Enabled users who hold the administrator role.
pub async fn enabled_admins(conn: &mut SqliteConnection) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT COUNT(*) FROM users JOIN user_roles ON user_roles.user_id = users.id
         WHERE user_roles.role = 'admin' AND users.disabled = 0",
    )
    .fetch_one(conn)
    .await
}
