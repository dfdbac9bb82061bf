//! All SQL lives here. Functions take a connection or a transaction, so that
//! a change and its audit event commit together; writes begin with
//! `BEGIN IMMEDIATE` ([`begin_write`]) so that SQLite never has to upgrade a
//! read lock under concurrency.

pub mod audit;
pub mod deployments;
#[cfg(test)]
use audit::browse;
pub mod sessions;
pub mod sso;
pub mod users;
pub mod workflow;

use std::path::Path;
use std::str::FromStr;
use std::time::Duration;

use sqlx::sqlite::SqliteTransactionManager;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{Connection, Sqlite, SqliteConnection, SqlitePool, Transaction, TransactionManager};

/// A write transaction, holding this process's turn to write to its
/// database file; derefs to the connection, like sqlx's own transaction.
pub struct Tx {
    inner: Transaction<'static, Sqlite>,
    _turn: tokio::sync::OwnedMutexGuard<()>,
}

impl Tx {
    pub async fn commit(self) -> Result<(), sqlx::Error> {
        self.inner.commit().await
    }

    pub async fn rollback(self) -> Result<(), sqlx::Error> {
        self.inner.rollback().await
    }
}

impl std::ops::Deref for Tx {
    type Target = SqliteConnection;

    fn deref(&self) -> &SqliteConnection {
        &self.inner
    }
}

impl std::ops::DerefMut for Tx {
    fn deref_mut(&mut self) -> &mut SqliteConnection {
        &mut self.inner
    }
}

/// How long a writer waits for its turn, as long as SQLite's own busy timeout.
const WRITE_WAIT: Duration = Duration::from_secs(10);

/// Opens (creating if missing) the database file and applies the migrations.
pub async fn open(path: &Path) -> Result<SqlitePool, sqlx::Error> {
    let options = SqliteConnectOptions::from_str(&format!("sqlite://{}", path.display()))?
        .create_if_missing(true)
        .journal_mode(SqliteJournalMode::Wal)
        .synchronous(SqliteSynchronous::Normal)
        .foreign_keys(true)
        .busy_timeout(Duration::from_secs(10));
    let pool = SqlitePoolOptions::new()
        .max_connections(8)
        // A file connection does not go stale, and the ping sqlx would send
        // before each hand-out is a round trip to the connection's thread.
        .test_before_acquire(false)
        .after_release(|conn, _| Box::pin(async move { leave_no_transaction(conn).await }))
        .before_acquire(|conn, _| Box::pin(async move { leave_no_transaction(conn).await }))
        .connect_with(options)
        .await?;
    sqlx::migrate!("./migrations").run(&pool).await?;
    // Events written before the trail was a Merkle tree become its first
    // leaves, once: after that only `audit::record` adds leaves, so an event
    // written behind the portal is named by verification, never absorbed.
    let mut tx = begin_write(&pool).await?;
    let added = if audit::tree_size(&mut tx).await? == 0 {
        let events = audit::last_seq(&mut tx).await?;
        audit::catch_up(&mut tx, events).await?
    } else {
        0
    };
    tx.commit().await?;
    if added > 0 {
        tracing::info!(added, "added the earlier audit events to the audit tree");
    }
    Ok(pool)
}

/// The pool never keeps or hands out a connection inside a transaction: one
/// whose owner vanished between `BEGIN` and the transaction object (a
/// cancelled future) is rolled back, and closed if that fails.
async fn leave_no_transaction(conn: &mut SqliteConnection) -> Result<bool, sqlx::Error> {
    if !conn.is_in_transaction() {
        return Ok(true);
    }
    // A dropped transaction's rollback may still be queued: the worker runs
    // commands in order, so after a ping only a real orphan is left.
    conn.ping().await?;
    if !conn.is_in_transaction() {
        return Ok(true);
    }
    tracing::warn!("a pooled connection was left inside a transaction; rolling it back");
    match SqliteTransactionManager::rollback(conn).await {
        Ok(()) => Ok(!conn.is_in_transaction()),
        Err(error) => {
            tracing::error!(%error, "could not roll back a left-over transaction; closing the connection");
            Ok(false)
        }
    }
}

/// A write transaction that holds SQLite's write lock from its first statement.
///
/// Writers of this process take turns before they ask SQLite: a writer that
/// finds the lock taken sleeps in SQLite's busy handler (up to 100 ms a
/// time) long after the lock is free again, which under load cost more than
/// half the throughput and put the slowest sign-offs at a quarter second.
/// Writers in other processes (the command line) still meet the busy handler.
pub async fn begin_write(pool: &SqlitePool) -> Result<Tx, sqlx::Error> {
    let turn =
        tokio::time::timeout(WRITE_WAIT, write_turn(pool).lock_owned()).await.map_err(|_| sqlx::Error::PoolTimedOut)?;
    let inner = pool.begin_with("BEGIN IMMEDIATE").await?;
    Ok(Tx { inner, _turn: turn })
}

/// The turn to write to the database file of `pool`, shared by every pool of
/// this process on that file (SQLite's write lock is the file's).
fn write_turn(pool: &SqlitePool) -> std::sync::Arc<tokio::sync::Mutex<()>> {
    type Turns = std::collections::HashMap<std::path::PathBuf, std::sync::Arc<tokio::sync::Mutex<()>>>;
    static TURNS: std::sync::LazyLock<std::sync::Mutex<Turns>> = std::sync::LazyLock::new(Default::default);
    let file = pool.connect_options().get_filename().to_path_buf();
    // A poisoned map only means a panic elsewhere mid-insert; the turns in it are sound.
    TURNS.lock().unwrap_or_else(|p| p.into_inner()).entry(file).or_default().clone()
}

/// `SELECT json_group_array(json_object('a', a, …)) FROM (<select>)`: the
/// rows of `select` as one JSON text, an array of objects named by `fields`.
///
/// sqlx hands each row from SQLite's thread to ours across a channel; on two
/// cores those hand-offs (a thread wake each) cost more than the queries, so
/// the pages read their lists as one packed value ([`unpack`]).
pub(crate) fn packed(select: &str, fields: &[&str]) -> String {
    format!("SELECT json_group_array({}) FROM ({select})", json_object(fields))
}

/// `json_object('a', a, …)`.
pub(crate) fn json_object(fields: &[&str]) -> String {
    let pairs: Vec<String> = fields.iter().map(|f| format!("'{f}', {f}")).collect();
    format!("json_object({})", pairs.join(", "))
}

/// Reads what a [`packed`] query returns.
pub(crate) fn unpack<T: serde::de::DeserializeOwned>(text: Option<String>) -> Result<Vec<T>, sqlx::Error> {
    match text {
        None => Ok(Vec::new()),
        Some(text) => serde_json::from_str(&text).map_err(|error| sqlx::Error::Decode(Box::new(error))),
    }
}

/// Runs a [`packed`] query with the given binds and reads it.
macro_rules! fetch_packed {
    ($conn:expr, $sql:expr $(, $bind:expr)* $(,)?) => {{
        let text: Option<String> = sqlx::query_scalar($sql)$(.bind($bind))*.fetch_one($conn).await?;
        $crate::db::unpack(text)
    }};
}
pub(crate) use fetch_packed;

/// `text` as a LIKE pattern matches it literally (with `ESCAPE '\\'`).
pub(crate) fn like_literal(text: &str) -> String {
    text.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_")
}

/// A query that needs nothing, to see that the database answers.
pub async fn ping(conn: &mut SqliteConnection) -> Result<(), sqlx::Error> {
    sqlx::query_scalar::<_, i64>("SELECT 1").fetch_one(conn).await?;
    Ok(())
}

/// Unix seconds now.
pub fn now() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs() as i64)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every query behind a page finds its rows through an index, or walks
    /// a key in order and stops at its page size; none sorts or scans a
    /// whole table, so none grows with the history.
    #[tokio::test]
    async fn every_page_query_uses_an_index() {
        use deployments::{ListFilter, list_query};
        let dir = tempfile::tempdir().expect("a temporary folder");
        let pool = open(&dir.path().join("t.db")).await.expect("opens");
        let by = |status: Option<&str>, text: Option<&str>, before: Option<i64>| ListFilter {
            status: status.map(str::to_owned),
            text: text.map(str::to_owned),
            before,
            roles_mask: Some(4),
            limit: 51,
        };
        let events = browse::EventFilter::default();
        let one_deployment = browse::EventFilter { deployment: Some(7), ..Default::default() };
        let queries: Vec<(&str, String, bool)> = vec![
            ("the session", sessions::SIGNED.to_owned(), false),
            ("a deployment", deployments::READ.clone(), false),
            ("my work", workflow::QUEUES.clone(), false),
            ("the list", list_query(&by(None, None, None)).sql().to_owned(), true),
            ("the list by state", list_query(&by(Some("active"), None, Some(900))).sql().to_owned(), false),
            ("the list by name", list_query(&by(None, Some("contoso"), Some(900))).sql().to_owned(), true),
            ("the inbox", workflow::INBOX.clone(), false),
            ("the audit trail", browse::page_query(&events, None, 50).sql().to_owned(), true),
            ("a deployment's events", browse::page_query(&one_deployment, Some(10), 50).sql().to_owned(), true),
            ("waiting handoffs", workflow::WAITING.to_owned(), false),
            ("slowest handoffs", workflow::ANSWERED_SLOWEST.to_owned(), false),
        ];
        // What is wrong with a query's plan, if anything.
        let problems = |lines: &[String], walks_in_order: bool| -> Vec<String> {
            lines
                .iter()
                .filter(|line| {
                    let scans_a_table = line.starts_with("SCAN ")
                        && !line.contains("VIRTUAL TABLE")
                        && !line.starts_with("SCAN (subquery")
                        && !line.contains("USING INDEX")
                        && !line.contains("USING COVERING INDEX");
                    line.contains("TEMP B-TREE") || (scans_a_table && !walks_in_order)
                })
                .cloned()
                .collect()
        };
        let explain = |sql: String| {
            let pool = pool.clone();
            async move {
                let plan: Vec<(i64, i64, i64, String)> =
                    sqlx::query_as(&format!("EXPLAIN QUERY PLAN {sql}")).fetch_all(&pool).await.expect("explained");
                plan.into_iter().map(|(_, _, _, detail)| detail).collect::<Vec<String>>()
            }
        };
        let unindexed = explain("SELECT * FROM signoffs WHERE note = 'x' ORDER BY created_at".to_owned()).await;
        assert_eq!(problems(&unindexed, false).len(), 2, "the check itself sees a scan and a sort: {unindexed:?}");
        for (name, sql, walks_in_order) in queries {
            let lines = explain(sql.clone()).await;
            assert_eq!(problems(&lines, walks_in_order), Vec::<String>::new(), "{name}:\n{}", lines.join("\n"));
            if walks_in_order {
                assert!(sql.contains("DESC LIMIT"), "{name} stops at its page size");
            }
        }
    }

    #[tokio::test]
    async fn a_connection_released_inside_a_transaction_comes_back_clean() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let pool = open(&dir.path().join("t.db")).await.expect("opens");
        // What a future cancelled between BEGIN and the transaction object leaves.
        let mut conn = pool.acquire().await.expect("a connection");
        SqliteTransactionManager::begin(&mut conn, Some("BEGIN IMMEDIATE".into())).await.expect("begins");
        assert!(conn.is_in_transaction());
        drop(conn);
        // Every connection the pool hands out can begin, and the write lock is free.
        let mut writes = Vec::new();
        for _ in 0..8 {
            let pool = pool.clone();
            writes.push(tokio::spawn(async move {
                let mut tx = begin_write(&pool).await?;
                sqlx::query("SELECT 1").execute(&mut *tx).await?;
                tx.commit().await
            }));
        }
        for write in writes {
            write.await.expect("a task").expect("a write transaction begins and commits");
        }
    }
}
