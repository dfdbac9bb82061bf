//! The in-portal inbox: what was addressed to the person signed in.

use crate::db::Pool;

use super::ServiceError;
use crate::auth::Actor;
use crate::db;
use crate::db::workflow::NotificationRow;

/// Messages per page of the inbox.
pub const PAGE_SIZE: i64 = 50;

/// A page of the person's messages, newest first, older than `before` when
/// given, and the id to continue from when there are more; the command line
/// has no inbox.
pub async fn messages(
    pool: &Pool,
    actor: &Actor,
    before: Option<i64>,
) -> Result<(Vec<NotificationRow>, Option<i64>), ServiceError> {
    let Some(user) = actor.id else { return Ok((Vec::new(), None)) };
    let mut conn = pool.acquire().await?;
    let mut rows = db::workflow::inbox(&mut conn, user, before, PAGE_SIZE + 1).await?;
    let more = rows.len() as i64 > PAGE_SIZE;
    rows.truncate(PAGE_SIZE as usize);
    let next = if more { rows.last().map(|r| r.id) } else { None };
    Ok((rows, next))
}

/// Marks every message read. Not an audit event: it changes nothing of a
/// deployment, only the reader's own view.
pub async fn mark_read(pool: &Pool, actor: &Actor) -> Result<(), ServiceError> {
    let Some(user) = actor.id else { return Ok(()) };
    let mut tx = db::begin_write(pool).await?;
    db::workflow::mark_read(&mut tx, user).await?;
    tx.commit().await?;
    Ok(())
}
