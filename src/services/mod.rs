//! The use cases. Each one authorises through [`crate::auth::authorize`],
//! applies the pure rules, and writes the change with its audit event in one
//! transaction. Web handlers and CLI commands call these and nothing below.

pub mod accounts;
pub mod audit;
pub mod demo;
pub mod deployments;
pub mod inbox;
pub mod migrate;
pub mod outbox;
pub mod reports;
pub mod sso;
pub mod work;
pub mod workflow;

use std::fmt;

use crate::db::Pool;

use crate::audit::{NewEvent, Outcome};
use crate::auth::{Actor, Denied};
use crate::db;
use crate::params::FieldError;

#[derive(Debug)]
pub enum ServiceError {
    Denied(Denied),
    Invalid(Vec<FieldError>),
    NotFound(String),
    /// Someone else changed the thing first.
    Conflict(String),
    /// The step's text is no longer the one the form was sent from; `seen`
    /// is the text the sender saw, when the portal knows it.
    TextChanged {
        message: String,
        seen: Option<String>,
    },
    /// A rule of the workflow refuses the action; the text says which.
    Refused(String),
    /// Too much at once (sign-ins waiting to hash): try again shortly.
    Busy,
    Database(sqlx::Error),
    Internal(String),
}

impl fmt::Display for ServiceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ServiceError::Denied(denied) => write!(f, "refused: {denied}"),
            ServiceError::Invalid(errors) => {
                let shown: Vec<String> = errors.iter().map(ToString::to_string).collect();
                write!(f, "{}", shown.join("; "))
            }
            ServiceError::NotFound(what) => write!(f, "{what} was not found"),
            ServiceError::Conflict(what) | ServiceError::TextChanged { message: what, .. } => write!(f, "{what}"),
            ServiceError::Refused(why) => write!(f, "refused: {why}"),
            ServiceError::Busy => write!(f, "the portal is busy; try again in a few seconds"),
            ServiceError::Database(error) => write!(f, "database error: {error}"),
            ServiceError::Internal(error) => write!(f, "internal error: {error}"),
        }
    }
}

impl std::error::Error for ServiceError {}

impl From<crate::auth::password::HashError> for ServiceError {
    fn from(error: crate::auth::password::HashError) -> Self {
        match error {
            crate::auth::password::HashError::Busy => ServiceError::Busy,
            crate::auth::password::HashError::Failed(why) => ServiceError::Internal(format!("password hashing: {why}")),
        }
    }
}

impl From<sqlx::Error> for ServiceError {
    fn from(error: sqlx::Error) -> Self {
        match error {
            // No connection, or no turn to write, within the wait: the portal
            // is busy (503 with Retry-After), not broken.
            sqlx::Error::PoolTimedOut => ServiceError::Busy,
            // The write lock not had within its wait (PostgreSQL's lock_timeout,
            // a deadlock broken, SQLite still busy): the same, said as busy.
            sqlx::Error::Database(ref database)
                if matches!(database.code().as_deref(), Some("55P03" | "40P01" | "5")) =>
            {
                ServiceError::Busy
            }
            // A character PostgreSQL cannot keep in text (U+0000) that a client sent.
            sqlx::Error::Database(ref database) if database.code().as_deref() == Some("22021") => {
                ServiceError::Refused("a value holds the character U+0000, which cannot be stored".to_owned())
            }
            other => ServiceError::Database(other),
        }
    }
}

/// An event by `actor`.
pub(crate) fn event_by(actor: &Actor, action: &str, target: impl Into<String>, outcome: Outcome) -> NewEvent {
    NewEvent::new(action, target, outcome).by(actor.id, &actor.username)
}

/// Checks a permission; a refusal is recorded in the audit trail (in its
/// own transaction: nothing else happens, and at a bounded rate) and returned.
pub(crate) async fn authorize(
    pool: &Pool,
    actor: &Actor,
    action: crate::auth::Action<'_>,
    target: &str,
) -> Result<(), ServiceError> {
    let Err(denied) = crate::auth::authorize(actor, action) else { return Ok(()) };
    let mut tx = db::begin_write(pool).await?;
    let refused = record_denied(&mut tx, actor, denied, target).await;
    tx.commit().await?;
    Err(refused)
}

/// Records a refusal of [`crate::auth::authorize`] inside `tx` (for a use
/// case that already holds a transaction), and returns it as the error.
pub(crate) async fn record_denied(
    tx: &mut db::Tx,
    actor: &Actor,
    denied: crate::auth::Denied,
    target: &str,
) -> ServiceError {
    let event = event_by(actor, denied.action, target, Outcome::Refused)
        .detail(serde_json::json!({ "reason": "missing role", "needs": denied.needs }));
    match db::audit::record_refusal(tx, &event).await {
        Ok(_) => ServiceError::Denied(denied),
        Err(error) => ServiceError::Database(error),
    }
}

/// Whether the database answers, for the health check.
pub async fn health(pool: &Pool) -> Result<(), ServiceError> {
    let mut conn = pool.acquire().await?;
    db::ping(&mut conn).await?;
    Ok(())
}
