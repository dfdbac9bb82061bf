//! All SQL lives here. Functions take a connection or a transaction, so that
//! a change and its audit event commit together; writes begin with
//! `BEGIN IMMEDIATE` ([`begin_write`]) so that SQLite never has to upgrade a
//! read lock under concurrency.

pub mod audit;
pub mod copy;
pub mod deployments;
#[cfg(test)]
use audit::browse;
pub mod sessions;
pub mod sso;
pub mod users;
pub mod workflow;

use std::path::PathBuf;
use std::sync::OnceLock;
use std::time::Duration;

use sqlx::any::{AnyPoolOptions, AnyTransactionManager};
use sqlx::{Any, Connection, Transaction, TransactionManager};

/// The pool every service reads and writes through, whichever the engine.
pub type Pool = sqlx::AnyPool;
/// One connection of a [`Pool`].
pub type Conn = sqlx::AnyConnection;

/// Where the portal keeps its data: a SQLite file (the embedded default) or
/// a PostgreSQL database that several portal processes share.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Location {
    File(PathBuf),
    Postgres(String),
}

impl Location {
    /// A `postgres://` or `postgresql://` URL, else a file path.
    pub fn parse(text: &str) -> Location {
        if text.starts_with("postgres://") || text.starts_with("postgresql://") {
            Location::Postgres(text.to_owned())
        } else {
            Location::File(PathBuf::from(text))
        }
    }

    pub fn engine(&self) -> Engine {
        match self {
            Location::File(_) => Engine::Sqlite,
            Location::Postgres(_) => Engine::Postgres,
        }
    }

    /// The location as messages and logs may name it: a URL without its password.
    pub fn shown(&self) -> String {
        match self {
            Location::File(path) => path.display().to_string(),
            Location::Postgres(url) => without_password(url),
        }
    }

    fn url(&self) -> String {
        match self {
            // `mode=rwc` creates the file on first start.
            Location::File(path) => format!("sqlite://{}?mode=rwc", path.display()),
            Location::Postgres(url) => url.clone(),
        }
    }
}

/// `postgres://user:secret@host/db` as `postgres://user:…@host/db`.
fn without_password(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else { return url.to_owned() };
    let (authority, path) = rest.split_once('/').map_or((rest, ""), |(a, p)| (a, p));
    match authority.rsplit_once('@') {
        Some((credentials, host)) if credentials.contains(':') => {
            let user = credentials.split(':').next().unwrap_or_default();
            format!("{scheme}://{user}:…@{host}/{path}")
        }
        _ => url.to_owned(),
    }
}

/// The two dialects the SQL is written for. Most statements are the same
/// text in both; where they differ (JSON, locking, hex) the text is built
/// for each ([`PerEngine`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Engine {
    Sqlite,
    Postgres,
}

impl Engine {
    pub fn of(conn: &Conn) -> Engine {
        if conn.backend_name() == "PostgreSQL" { Engine::Postgres } else { Engine::Sqlite }
    }

    pub fn of_pool(pool: &Pool) -> Engine {
        if pool.connect_options().database_url.scheme().starts_with("postgres") {
            Engine::Postgres
        } else {
            Engine::Sqlite
        }
    }
}

/// A statement whose text differs by engine, built once for each on first use.
pub(crate) struct PerEngine {
    build: fn(Engine) -> String,
    built: [OnceLock<String>; 2],
}

impl PerEngine {
    pub(crate) const fn new(build: fn(Engine) -> String) -> PerEngine {
        PerEngine { build, built: [OnceLock::new(), OnceLock::new()] }
    }

    pub(crate) fn get(&self, engine: Engine) -> &str {
        let slot = match engine {
            Engine::Sqlite => &self.built[0],
            Engine::Postgres => &self.built[1],
        };
        slot.get_or_init(|| (self.build)(engine))
    }

    pub(crate) fn of(&self, conn: &Conn) -> &str {
        self.get(Engine::of(conn))
    }
}

/// A write transaction, holding this process's turn to write and, on
/// PostgreSQL, the database's write lock; derefs to the connection, like
/// sqlx's own transaction.
pub struct Tx {
    inner: Transaction<'static, Any>,
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
    type Target = Conn;

    fn deref(&self) -> &Conn {
        &self.inner
    }
}

impl std::ops::DerefMut for Tx {
    fn deref_mut(&mut self) -> &mut Conn {
        &mut self.inner
    }
}

/// How long a writer waits for its turn, as long as SQLite's own busy timeout.
const WRITE_WAIT: Duration = Duration::from_secs(10);

/// The PostgreSQL advisory lock every write transaction takes: the key is
/// arbitrary, the same in every replica.
const WRITE_LOCK_KEY: i64 = 0x436f_756e_7465_7273; // "Counters"

/// Why a database could not be opened.
#[derive(Debug)]
pub enum OpenError {
    /// A newer release has migrated it: this one does not know its schema.
    NewerSchema {
        applied: i64,
        known: i64,
    },
    /// A migration of this release was applied in another form.
    ChangedMigration(i64),
    Sqlx(sqlx::Error),
}

impl std::fmt::Display for OpenError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            OpenError::NewerSchema { applied, known } => write!(
                f,
                "a newer Countersign release has upgraded this database (its schema has migration {applied}, this \
                 release knows up to {known}): run that release or a later one; a database is never downgraded"
            ),
            OpenError::ChangedMigration(version) => write!(
                f,
                "the database's migration {version} is not this release's migration {version}: it was made by \
                 another build of Countersign; run that build"
            ),
            OpenError::Sqlx(error) => write!(f, "{error}"),
        }
    }
}

impl std::error::Error for OpenError {}

impl From<sqlx::Error> for OpenError {
    fn from(error: sqlx::Error) -> OpenError {
        OpenError::Sqlx(error)
    }
}

/// Names what an older release (a replica left running through an upgrade, restarted) finds.
fn migration_error(error: sqlx::migrate::MigrateError, migrator: &sqlx::migrate::Migrator) -> OpenError {
    use sqlx::migrate::MigrateError;
    match error {
        MigrateError::VersionMissing(applied) => {
            OpenError::NewerSchema { applied, known: migrator.iter().map(|m| m.version).max().unwrap_or(0) }
        }
        MigrateError::VersionMismatch(version) => OpenError::ChangedMigration(version),
        other => OpenError::Sqlx(other.into()),
    }
}

static SQLITE_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/sqlite");
static POSTGRES_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/postgres");

/// Opens (on SQLite creating if missing) the database and applies the
/// migrations of its engine.
pub async fn open(location: &Location) -> Result<Pool, OpenError> {
    sqlx::any::install_default_drivers();
    let engine = location.engine();
    let pool = AnyPoolOptions::new()
        .max_connections(8)
        // A file connection does not go stale, and the ping sqlx would send
        // before each hand-out is a round trip to the connection's thread;
        // a network connection can be cut, so it is tested.
        .test_before_acquire(engine == Engine::Postgres)
        .after_connect(move |conn, _| {
            Box::pin(async move {
                use sqlx::Executor;
                let settings: &[&str] = match engine {
                    Engine::Sqlite => &[
                        "PRAGMA journal_mode = WAL",
                        "PRAGMA synchronous = NORMAL",
                        "PRAGMA foreign_keys = ON",
                        "PRAGMA busy_timeout = 10000",
                    ],
                    // Another replica's writer holds the write lock at most as long
                    // as a SQLite writer waits for the file's; a transaction left
                    // open by a stalled replica is ended before it stalls the others.
                    Engine::Postgres => {
                        &["SET lock_timeout = '10s'", "SET idle_in_transaction_session_timeout = '60s'"]
                    }
                };
                for setting in settings {
                    conn.execute(*setting).await?;
                }
                Ok(())
            })
        })
        .after_release(|conn, _| Box::pin(async move { leave_no_transaction(conn).await }))
        .before_acquire(|conn, _| Box::pin(async move { leave_no_transaction(conn).await }))
        .connect(&location.url())
        .await?;
    // Replicas starting at once take turns: sqlx's migrator holds a lock
    // (an advisory lock on PostgreSQL) while it migrates.
    match engine {
        Engine::Sqlite => {
            SQLITE_MIGRATIONS.run(&pool).await.map_err(|e| migration_error(e, &SQLITE_MIGRATIONS))?;
        }
        Engine::Postgres => {
            // On a connection of its own, without the pool's lock_timeout: a
            // replica waits however long another's migration takes.
            let mut conn = <Conn as Connection>::connect(&location.url()).await?;
            POSTGRES_MIGRATIONS.run(&mut conn).await.map_err(|e| migration_error(e, &POSTGRES_MIGRATIONS))?;
            conn.close().await?;
        }
    }
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
async fn leave_no_transaction(conn: &mut Conn) -> Result<bool, sqlx::Error> {
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
    match AnyTransactionManager::rollback(conn).await {
        Ok(()) => Ok(!conn.is_in_transaction()),
        Err(error) => {
            tracing::error!(%error, "could not roll back a left-over transaction; closing the connection");
            Ok(false)
        }
    }
}

/// A write transaction that holds the database's write lock from its first
/// statement: SQLite's (`BEGIN IMMEDIATE`), or on PostgreSQL one advisory
/// lock that every replica's writers take in the transaction. Writes are
/// then one sequence across replicas, as they are in one SQLite file: the
/// audit chain and its Merkle tree cannot fork, and what a change reads
/// before it writes is what it writes over. Reads take no lock.
///
/// Writers of this process take turns before they ask the database: a
/// SQLite writer that finds the lock taken sleeps in the busy handler (up to
/// 100 ms a time) long after the lock is free again, which under load cost
/// more than half the throughput; on PostgreSQL the turn keeps the pool's
/// connections from all waiting on the one lock.
pub async fn begin_write(pool: &Pool) -> Result<Tx, sqlx::Error> {
    let turn =
        tokio::time::timeout(WRITE_WAIT, write_turn(pool).lock_owned()).await.map_err(|_| sqlx::Error::PoolTimedOut)?;
    let inner = match Engine::of_pool(pool) {
        Engine::Sqlite => pool.begin_with("BEGIN IMMEDIATE").await?,
        Engine::Postgres => {
            // READ COMMITTED whatever the server's default: each statement then
            // sees what the writer before committed, once the lock is had.
            let mut tx = pool.begin_with("BEGIN ISOLATION LEVEL READ COMMITTED").await?;
            sqlx::query("SELECT pg_advisory_xact_lock($1)").bind(WRITE_LOCK_KEY).execute(&mut *tx).await?;
            tx
        }
    };
    Ok(Tx { inner, _turn: turn })
}

/// The turn to write to the database of `pool`, shared by every pool of
/// this process on that database.
fn write_turn(pool: &Pool) -> std::sync::Arc<tokio::sync::Mutex<()>> {
    type Turns = std::collections::HashMap<String, std::sync::Arc<tokio::sync::Mutex<()>>>;
    static TURNS: std::sync::LazyLock<std::sync::Mutex<Turns>> = std::sync::LazyLock::new(Default::default);
    let database = pool.connect_options().database_url.to_string();
    // A poisoned map only means a panic elsewhere mid-insert; the turns in it are sound.
    TURNS.lock().unwrap_or_else(|p| p.into_inner()).entry(database).or_default().clone()
}

/// `SELECT json_group_array(json_object('a', a, …)) FROM (<select>)` (or
/// PostgreSQL's `json_agg`): the rows of `select` as one JSON text, an array
/// of objects named by `fields`.
///
/// sqlx hands each row from SQLite's thread to ours across a channel; on two
/// cores those hand-offs (a thread wake each) cost more than the queries, so
/// the pages read their lists as one packed value ([`unpack`]). On
/// PostgreSQL the same packing saves a message per row.
pub(crate) fn packed(engine: Engine, select: &str, fields: &[&str]) -> String {
    match engine {
        Engine::Sqlite => {
            format!("SELECT json_group_array({}) FROM ({select}) AS packed_rows", json_object(engine, fields))
        }
        Engine::Postgres => {
            format!(
                "SELECT COALESCE(json_agg({})::text, '[]') FROM ({select}) AS packed_rows",
                json_object(engine, fields)
            )
        }
    }
}

/// `json_object('a', a, …)`: SQLite's is text, PostgreSQL's json (which `||` joins as text).
pub(crate) fn json_object(engine: Engine, fields: &[&str]) -> String {
    let pairs: Vec<String> = fields.iter().map(|f| format!("'{f}', {f}")).collect();
    match engine {
        Engine::Sqlite => format!("json_object({})", pairs.join(", ")),
        Engine::Postgres => format!("json_build_object({})", pairs.join(", ")),
    }
}

/// Whether the JSON array in `array` (a text column) holds `value`.
pub(crate) fn json_array_holds(engine: Engine, array: &str, value: &str) -> String {
    match engine {
        Engine::Sqlite => format!("EXISTS (SELECT 1 FROM json_each({array}) WHERE value = {value})"),
        // An array contains a scalar when it holds it as an element.
        Engine::Postgres => format!("(({array})::jsonb @> to_jsonb({value}))"),
    }
}

/// LIKE that ignores case (SQLite's LIKE does for ASCII already).
pub(crate) fn like_any_case(engine: Engine) -> &'static str {
    match engine {
        Engine::Sqlite => "LIKE",
        Engine::Postgres => "ILIKE",
    }
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
        let conn: &mut $crate::db::Conn = $conn;
        let sql = $sql.of(conn);
        let text: Option<String> = sqlx::query_scalar(sql)$(.bind($bind))*.fetch_one(conn).await?;
        $crate::db::unpack(text)
    }};
}
pub(crate) use fetch_packed;

/// A statement put together from parts, its values numbered `$1`, `$2`, …
/// as they are pushed: the one placeholder form both engines read (sqlx's
/// own builder writes `?` for either).
#[derive(Debug, Clone, Default)]
pub(crate) struct Built {
    sql: String,
    binds: Vec<Bound>,
}

#[derive(Debug, Clone)]
pub(crate) enum Bound {
    Int(i64),
    Text(String),
}

impl From<i64> for Bound {
    fn from(value: i64) -> Bound {
        Bound::Int(value)
    }
}

impl From<String> for Bound {
    fn from(value: String) -> Bound {
        Bound::Text(value)
    }
}

impl From<&String> for Bound {
    fn from(value: &String) -> Bound {
        Bound::from(value.clone())
    }
}

impl Built {
    pub(crate) fn new(sql: &str) -> Built {
        Built { sql: sql.to_owned(), binds: Vec::new() }
    }

    pub(crate) fn push(&mut self, sql: &str) -> &mut Built {
        self.sql.push_str(sql);
        self
    }

    pub(crate) fn push_bind(&mut self, value: impl Into<Bound>) -> &mut Built {
        self.binds.push(value.into());
        self.sql.push('$');
        self.sql.push_str(&self.binds.len().to_string());
        self
    }

    #[cfg(test)]
    pub(crate) fn sql(&self) -> &str {
        &self.sql
    }

    /// The statement's one value, its values bound.
    pub(crate) async fn fetch_scalar<T>(&self, conn: &mut Conn) -> Result<T, sqlx::Error>
    where
        T: Send + Unpin + for<'r> sqlx::Decode<'r, Any> + sqlx::Type<Any>,
    {
        let mut query = sqlx::query_scalar::<Any, T>(&self.sql);
        for bound in &self.binds {
            query = match bound {
                Bound::Int(value) => query.bind(*value),
                Bound::Text(value) => query.bind(value.as_str()),
            };
        }
        query.fetch_one(conn).await
    }
}

/// `($1, $2), ($3, $4), …`: the placeholders of a multi-row `VALUES` of
/// `rows` rows `width` values wide, bound row by row.
pub(crate) fn value_rows(rows: usize, width: usize) -> String {
    let row = |r: usize| {
        let values: Vec<String> = (1..=width).map(|c| format!("${}", r * width + c)).collect();
        format!("({})", values.join(", "))
    };
    (0..rows).map(row).collect::<Vec<_>>().join(", ")
}

/// A 0/1 column read as a `bool` (`#[sqlx(try_from = "IntFlag")]`): both
/// engines keep flags as integers, and sqlx's Any driver reads a bool only
/// from a boolean column.
pub(crate) struct IntFlag(i64);

impl sqlx::Type<Any> for IntFlag {
    fn type_info() -> sqlx::any::AnyTypeInfo {
        <i64 as sqlx::Type<Any>>::type_info()
    }

    fn compatible(ty: &sqlx::any::AnyTypeInfo) -> bool {
        <i64 as sqlx::Type<Any>>::compatible(ty)
    }
}

impl<'r> sqlx::Decode<'r, Any> for IntFlag {
    fn decode(value: sqlx::any::AnyValueRef<'r>) -> Result<Self, sqlx::error::BoxDynError> {
        Ok(IntFlag(<i64 as sqlx::Decode<'r, Any>>::decode(value)?))
    }
}

impl From<IntFlag> for bool {
    fn from(flag: IntFlag) -> bool {
        flag.0 != 0
    }
}

/// `text` as a LIKE pattern matches it literally (with `ESCAPE '\\'`).
pub(crate) fn like_literal(text: &str) -> String {
    text.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_")
}

/// A query that needs nothing, to see that the database answers.
pub async fn ping(conn: &mut Conn) -> Result<(), sqlx::Error> {
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
        const SQLITE: Engine = Engine::Sqlite;
        let dir = tempfile::tempdir().expect("a temporary folder");
        let pool = open(&Location::File(dir.path().join("t.db"))).await.expect("opens");
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
            ("a deployment", deployments::READ.get(SQLITE).to_owned(), false),
            ("my work", workflow::QUEUES.get(SQLITE).to_owned(), false),
            ("the list", list_query(SQLITE, &by(None, None, None)).sql().to_owned(), true),
            ("the list by state", list_query(SQLITE, &by(Some("active"), None, Some(900))).sql().to_owned(), false),
            ("the list by name", list_query(SQLITE, &by(None, Some("contoso"), Some(900))).sql().to_owned(), true),
            ("the inbox", workflow::INBOX.get(SQLITE).to_owned(), false),
            ("the audit trail", browse::page_query(SQLITE, &events, None, 50).sql().to_owned(), true),
            ("a deployment's events", browse::page_query(SQLITE, &one_deployment, Some(10), 50).sql().to_owned(), true),
            ("waiting handoffs", workflow::WAITING.to_owned(), false),
            ("slowest handoffs", workflow::ANSWERED_SLOWEST.to_owned(), false),
        ];
        // What is wrong with a query's plan, if anything.
        let problems = |lines: &[String], walks_in_order: bool| -> Vec<String> {
            // A named subquery is scanned as what it made, not as a table.
            let subqueries: Vec<String> = lines
                .iter()
                .filter_map(|l| l.strip_prefix("CO-ROUTINE ").or_else(|| l.strip_prefix("MATERIALIZE ")))
                .map(|name| format!("SCAN {name}"))
                .collect();
            lines
                .iter()
                .filter(|line| {
                    let scans_a_table = line.starts_with("SCAN ")
                        && !line.contains("VIRTUAL TABLE")
                        && !line.starts_with("SCAN (subquery")
                        && !subqueries.iter().any(|s| line.as_str() == s)
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
        let pool = open(&Location::File(dir.path().join("t.db"))).await.expect("opens");
        // What a future cancelled between BEGIN and the transaction object leaves.
        let mut conn = pool.acquire().await.expect("a connection");
        AnyTransactionManager::begin(&mut conn, Some("BEGIN IMMEDIATE".into())).await.expect("begins");
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
