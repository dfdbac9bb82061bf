//! The in-portal inbox: what was addressed to the person signed in.

use sqlx::SqlitePool;

use super::ServiceError;
use crate::auth::Actor;
use crate::db;
use crate::db::workflow::NotificationRow;

/// The person's messages, newest first; the command line has no inbox.
pub async fn messages(pool: &SqlitePool, actor: &Actor) -> Result<Vec<NotificationRow>, ServiceError> {
    let Some(user) = actor.id else { return Ok(Vec::new()) };
    let mut conn = pool.acquire().await?;
    Ok(db::workflow::inbox(&mut conn, user).await?)
}

/// Marks every message read. Not an audit event: it changes nothing of a
/// deployment, only the reader's own view.
pub async fn mark_read(pool: &SqlitePool, actor: &Actor) -> Result<(), ServiceError> {
    let Some(user) = actor.id else { return Ok(()) };
    let mut tx = db::begin_write(pool).await?;
    db::workflow::mark_read(&mut tx, user).await?;
    tx.commit().await?;
    Ok(())
}
