//! The database a test portal runs on: a fresh SQLite file, or with
//! `COUNTERSIGN_TEST_ENGINE=postgres` a fresh database in the throwaway
//! PostgreSQL cluster that `tests/run.sh` starts (`tests/tools/pg-cluster.sh`).

use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};

use countersign::db::{Engine, Location};
use sqlx::Connection;

/// The engine the portal tests run on in this run.
pub fn engine() -> Engine {
    match std::env::var("COUNTERSIGN_TEST_ENGINE").as_deref() {
        Ok("postgres") => Engine::Postgres,
        Ok("sqlite") | Err(_) => Engine::Sqlite,
        Ok(other) => panic!("COUNTERSIGN_TEST_ENGINE={other}: give sqlite or postgres"),
    }
}

/// The cluster's administrative URL, from `COUNTERSIGN_TEST_PG`.
pub fn cluster_url() -> String {
    std::env::var("COUNTERSIGN_TEST_PG").ok().filter(|url| !url.is_empty()).unwrap_or_else(|| {
        panic!(
            "this test needs PostgreSQL: run `bash tests/run.sh`, which starts a throwaway cluster \
             (install the server with `sudo apt-get install postgresql`), or set COUNTERSIGN_TEST_PG \
             to a postgres:// URL of a role that may create databases"
        )
    })
}

/// A new, empty PostgreSQL database in the test cluster; its URL.
pub async fn fresh_postgres() -> String {
    static NEXT: AtomicU64 = AtomicU64::new(0);
    let admin = cluster_url();
    let name = format!("cs_{}_{}_{}", std::process::id(), NEXT.fetch_add(1, Ordering::Relaxed), rand_suffix());
    let mut conn = sqlx::postgres::PgConnection::connect(&admin)
        .await
        .unwrap_or_else(|e| panic!("the test PostgreSQL at {admin} answers: {e}"));
    sqlx::query(&format!("CREATE DATABASE {name}"))
        .execute(&mut conn)
        .await
        .unwrap_or_else(|e| panic!("creates the database {name}: {e}"));
    let _ = conn.close().await;
    let (base, _) = admin.rsplit_once('/').expect("the cluster URL names a database");
    format!("{base}/{name}")
}

fn rand_suffix() -> u64 {
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.subsec_nanos());
    u64::from(nanos) ^ (u64::from(std::process::id()) << 32)
}

/// A fresh database for a test portal whose files live in `dir`.
pub async fn fresh(dir: &Path) -> Location {
    match engine() {
        Engine::Sqlite => Location::File(dir.join("countersign.db")),
        Engine::Postgres => Location::Postgres(fresh_postgres().await),
    }
}

/// The audit key and checkpoint log of a test portal, in its folder: where
/// the command line finds them by default when run there (beside the SQLite
/// file, or in the working folder for PostgreSQL).
pub fn audit_files(dir: &Path) -> countersign::web::AuditFiles {
    let beside = match engine() {
        Engine::Sqlite => "countersign.db",
        Engine::Postgres => "countersign",
    };
    countersign::web::AuditFiles::beside(&Location::File(dir.join(beside)))
}

/// How `--db` names `location`.
pub fn db_arg(location: &Location) -> String {
    match location {
        Location::File(path) => path.display().to_string(),
        Location::Postgres(url) => url.clone(),
    }
}

/// SQL for the text of member `key` of the JSON in `column`, in the dialect of `location`.
pub fn json_member(location: &Location, column: &str, key: &str) -> String {
    match location {
        Location::File(_) => format!("json_extract({column}, '$.{key}')"),
        Location::Postgres(_) => format!("({column})::jsonb ->> '{key}'"),
    }
}
