//! All SQL lives here. Functions take a connection or a transaction, so that
//! a change and its audit event commit together; writes begin with
//! `BEGIN IMMEDIATE` ([`begin_write`]) so that SQLite never has to upgrade a
//! read lock under concurrency.

pub mod audit;
pub mod deployments;
pub mod sessions;
pub mod users;
pub mod workflow;

use std::path::Path;
use std::str::FromStr;
use std::time::Duration;

use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{Sqlite, SqlitePool, Transaction};

pub type Tx = Transaction<'static, Sqlite>;

/// Opens (creating if missing) the database file and applies the migrations.
pub async fn open(path: &Path) -> Result<SqlitePool, sqlx::Error> {
    let options = SqliteConnectOptions::from_str(&format!("sqlite://{}", path.display()))?
        .create_if_missing(true)
        .journal_mode(SqliteJournalMode::Wal)
        .synchronous(SqliteSynchronous::Normal)
        .foreign_keys(true)
        .busy_timeout(Duration::from_secs(10));
    let pool = SqlitePoolOptions::new().max_connections(8).connect_with(options).await?;
    sqlx::migrate!("./migrations").run(&pool).await?;
    Ok(pool)
}

/// A write transaction that holds SQLite's write lock from its first statement.
pub async fn begin_write(pool: &SqlitePool) -> Result<Tx, sqlx::Error> {
    pool.begin_with("BEGIN IMMEDIATE").await
}

/// Unix seconds now.
pub fn now() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs() as i64)
}
