//! The audit trail's own upkeep.

use sqlx::SqlitePool;

use super::ServiceError;
use crate::db;

/// Sums up the refusals counted in windows that have closed, as events.
pub async fn flush_refusals(pool: &SqlitePool) -> Result<usize, ServiceError> {
    let mut tx = db::begin_write(pool).await?;
    let written = db::audit::flush_refusals(&mut tx, db::now(), 10_000).await?;
    tx.commit().await?;
    Ok(written)
}

/// Runs [`flush_refusals`] once a window, until the task is aborted.
pub fn spawn_upkeep(pool: SqlitePool) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(std::time::Duration::from_secs(db::audit::REFUSAL_WINDOW_SECONDS as u64));
        loop {
            tick.tick().await;
            if let Err(error) = flush_refusals(&pool).await {
                tracing::warn!(%error, "could not sum up counted refusals; will try again");
            }
        }
    })
}
