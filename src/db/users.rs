//! Users and their role grants.

use super::Conn;

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct UserRow {
    pub id: i64,
    pub username: String,
    pub display_name: String,
    pub password_hash: String,
    #[sqlx(try_from = "super::IntFlag")]
    pub disabled: bool,
    pub failed_logins: i64,
    pub locked_until: i64,
    pub created_at: i64,
    /// Where handoffs are e-mailed; empty for none.
    pub email: String,
    /// The issuer of the OpenID provider the account signs in through; `None` for a local account.
    pub provider: Option<String>,
    /// The provider's `sub` claim for the account.
    pub subject: Option<String>,
}

impl UserRow {
    /// Signs in through an OpenID provider, never with a password.
    pub fn from_provider(&self) -> bool {
        self.provider.is_some()
    }
}

pub async fn count(conn: &mut Conn) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("SELECT COUNT(*) FROM users").fetch_one(conn).await
}

pub async fn by_name(conn: &mut Conn, username: &str) -> Result<Option<UserRow>, sqlx::Error> {
    sqlx::query_as(BY_NAME.of(conn)).bind(username).fetch_optional(conn).await
}

/// SQLite compares the name without regard to case by its column's NOCASE
/// collation; PostgreSQL by its index on `lower(username)`.
static BY_NAME: super::PerEngine = super::PerEngine::new(|engine| {
    match engine {
        super::Engine::Sqlite => "SELECT * FROM users WHERE username = $1",
        super::Engine::Postgres => "SELECT * FROM users WHERE lower(username) = lower($1)",
    }
    .to_owned()
});

pub async fn by_id(conn: &mut Conn, id: i64) -> Result<Option<UserRow>, sqlx::Error> {
    sqlx::query_as("SELECT * FROM users WHERE id = $1").bind(id).fetch_optional(conn).await
}

pub async fn all(conn: &mut Conn) -> Result<Vec<UserRow>, sqlx::Error> {
    sqlx::query_as("SELECT * FROM users ORDER BY lower(username)").fetch_all(conn).await
}

pub async fn insert(
    conn: &mut Conn,
    username: &str,
    display_name: &str,
    password_hash: &str,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO users (username, display_name, password_hash, created_at) VALUES ($1, $2, $3, $4) RETURNING id",
    )
    .bind(username)
    .bind(display_name)
    .bind(password_hash)
    .bind(super::now())
    .fetch_one(conn)
    .await
}

pub async fn set_password(conn: &mut Conn, id: i64, password_hash: &str) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE users SET password_hash = $1, failed_logins = 0, locked_until = 0 WHERE id = $2")
        .bind(password_hash)
        .bind(id)
        .execute(conn)
        .await?;
    Ok(())
}

pub async fn set_disabled(conn: &mut Conn, id: i64, disabled: bool) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE users SET disabled = $1 WHERE id = $2")
        .bind(i64::from(disabled))
        .bind(id)
        .execute(conn)
        .await?;
    Ok(())
}

/// Sets the failure count and the lock, as a sign-in attempt counted them.
pub async fn set_failures(conn: &mut Conn, id: i64, failed_logins: i64, locked_until: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE users SET failed_logins = $1, locked_until = $2 WHERE id = $3")
        .bind(failed_logins)
        .bind(locked_until)
        .bind(id)
        .execute(conn)
        .await?;
    Ok(())
}

pub async fn lock(conn: &mut Conn, id: i64, until: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE users SET locked_until = $1 WHERE id = $2").bind(until).bind(id).execute(conn).await?;
    Ok(())
}

pub async fn clear_failures(conn: &mut Conn, id: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE users SET failed_logins = 0, locked_until = 0 WHERE id = $1").bind(id).execute(conn).await?;
    Ok(())
}

/// Every role a user holds: granted by hand or given by the provider's groups.
pub async fn roles(conn: &mut Conn, user_id: i64) -> Result<Vec<String>, sqlx::Error> {
    let mut roles: Vec<String> = sqlx::query_scalar(
        "SELECT role FROM user_roles WHERE user_id = $1 UNION ALL SELECT role FROM provider_roles WHERE user_id = $1",
    )
    .bind(user_id)
    .fetch_all(conn)
    .await?;
    roles.sort();
    roles.dedup();
    Ok(roles)
}

/// The roles granted to a user by hand (on the Users page or the command line).
pub async fn granted_by_hand(conn: &mut Conn, user_id: i64) -> Result<Vec<String>, sqlx::Error> {
    sqlx::query_scalar("SELECT role FROM user_roles WHERE user_id = $1 ORDER BY role")
        .bind(user_id)
        .fetch_all(conn)
        .await
}

/// The account a provider knows by this subject.
pub async fn by_subject(conn: &mut Conn, provider: &str, subject: &str) -> Result<Option<UserRow>, sqlx::Error> {
    sqlx::query_as("SELECT * FROM users WHERE provider = $1 AND subject = $2")
        .bind(provider)
        .bind(subject)
        .fetch_optional(conn)
        .await
}

/// What a provider says of a person, written to their account.
#[derive(Debug, Clone)]
pub struct ProviderAccount<'a> {
    pub provider: &'a str,
    pub subject: &'a str,
    pub username: &'a str,
    pub display_name: &'a str,
    pub email: &'a str,
}

/// Creates an account that signs in through a provider: it has no password.
pub async fn insert_from_provider(conn: &mut Conn, account: &ProviderAccount<'_>) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO users (username, display_name, password_hash, email, provider, subject, created_at)
         VALUES ($1, $2, '', $3, $4, $5, $6) RETURNING id",
    )
    .bind(account.username)
    .bind(account.display_name)
    .bind(account.email)
    .bind(account.provider)
    .bind(account.subject)
    .bind(super::now())
    .fetch_one(conn)
    .await
}

/// Takes the name, display name and e-mail the provider gives at a later sign-in.
pub async fn update_from_provider(conn: &mut Conn, id: i64, account: &ProviderAccount<'_>) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE users SET username = $1, display_name = $2, email = $3 WHERE id = $4")
        .bind(account.username)
        .bind(account.display_name)
        .bind(account.email)
        .bind(id)
        .execute(conn)
        .await?;
    Ok(())
}

/// The roles a user's provider groups give, with the groups (a JSON array) that give each.
pub async fn provider_roles(conn: &mut Conn, user_id: i64) -> Result<Vec<(String, String)>, sqlx::Error> {
    sqlx::query_as("SELECT role, groups FROM provider_roles WHERE user_id = $1 ORDER BY role")
        .bind(user_id)
        .fetch_all(conn)
        .await
}

/// Sets a role the provider's groups give (again, with the groups as they are now).
pub async fn set_provider_role(
    conn: &mut Conn,
    user_id: i64,
    role: &str,
    groups_json: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO provider_roles (user_id, role, groups, set_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (user_id, role) DO UPDATE SET groups = excluded.groups, set_at = excluded.set_at",
    )
    .bind(user_id)
    .bind(role)
    .bind(groups_json)
    .bind(super::now())
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn remove_provider_role(conn: &mut Conn, user_id: i64, role: &str) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM provider_roles WHERE user_id = $1 AND role = $2")
        .bind(user_id)
        .bind(role)
        .execute(conn)
        .await?;
    Ok(())
}

/// Grants a role; false when the user held it already.
pub async fn grant(conn: &mut Conn, user_id: i64, role: &str, by: Option<i64>) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "INSERT INTO user_roles (user_id, role, granted_at, granted_by) VALUES ($1, $2, $3, $4)
             ON CONFLICT DO NOTHING",
    )
    .bind(user_id)
    .bind(role)
    .bind(super::now())
    .bind(by)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Revokes a role; false when the user did not hold it.
pub async fn revoke(conn: &mut Conn, user_id: i64, role: &str) -> Result<bool, sqlx::Error> {
    let done = sqlx::query("DELETE FROM user_roles WHERE user_id = $1 AND role = $2")
        .bind(user_id)
        .bind(role)
        .execute(conn)
        .await?;
    Ok(done.rows_affected() == 1)
}

/// A user with the roles granted by hand and those their provider's groups give.
#[derive(Debug, Clone)]
pub struct UserWithRoles {
    pub user: UserRow,
    pub granted: Vec<String>,
    /// Each role with the groups (a JSON array) that give it.
    pub from_provider: Vec<(String, String)>,
}

/// Every user with their roles, for lists.
pub async fn all_with_roles(conn: &mut Conn) -> Result<Vec<UserWithRoles>, sqlx::Error> {
    let users = all(&mut *conn).await?;
    let grants: Vec<(i64, String)> =
        sqlx::query_as("SELECT user_id, role FROM user_roles ORDER BY role").fetch_all(&mut *conn).await?;
    let given: Vec<(i64, String, String)> =
        sqlx::query_as("SELECT user_id, role, groups FROM provider_roles ORDER BY role").fetch_all(&mut *conn).await?;
    Ok(users
        .into_iter()
        .map(|user| {
            let granted = grants.iter().filter(|(id, _)| *id == user.id).map(|(_, role)| role.clone()).collect();
            let from_provider = given
                .iter()
                .filter(|(id, ..)| *id == user.id)
                .map(|(_, role, groups)| (role.clone(), groups.clone()))
                .collect();
            UserWithRoles { user, granted, from_provider }
        })
        .collect())
}

pub async fn set_email(conn: &mut Conn, id: i64, email: &str) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE users SET email = $1 WHERE id = $2").bind(email).bind(id).execute(conn).await?;
    Ok(())
}

/// Enabled users who hold the administrator role, by hand or from their provider's groups.
pub async fn enabled_admins(conn: &mut Conn) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT COUNT(*) FROM users WHERE disabled = 0 AND id IN (
             SELECT user_id FROM user_roles WHERE role = 'admin'
             UNION SELECT user_id FROM provider_roles WHERE role = 'admin')",
    )
    .fetch_one(conn)
    .await
}

/// Keeps a language with the account; returns the one kept before.
pub async fn set_language(conn: &mut Conn, id: i64, lang: &str) -> Result<Option<String>, sqlx::Error> {
    let before: Option<Option<String>> =
        sqlx::query_scalar("SELECT lang FROM users WHERE id = $1").bind(id).fetch_optional(&mut *conn).await?;
    sqlx::query("UPDATE users SET lang = $1 WHERE id = $2").bind(lang).bind(id).execute(conn).await?;
    Ok(before.flatten())
}
