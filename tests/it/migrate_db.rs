//! The two engines' schemas, and moving a portal from SQLite to PostgreSQL
//! with `countersign migrate-db`.

use std::collections::BTreeMap;
use std::process::Command;

use countersign::db::{Location, Pool};
use countersign::web::{self, Config, OutboxConfig};
use reqwest::StatusCode;

use crate::portal::steps_support::{Step, form_fields, team_with};
use crate::portal::{TestApp, text};
use crate::support::database;

/// `countersign migrate-db --from FILE --to URL`, as a user runs it.
fn migrate_db(file: &std::path::Path, target: &str) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_countersign"))
        .args(["migrate-db", "--from"])
        .arg(file)
        .args(["--to", target])
        .output()
        .expect("the binary runs")
}

/// Each table's columns as (name, type, nullable), and the index names.
type Schema = (BTreeMap<String, Vec<(String, String, bool)>>, Vec<String>);

async fn sqlite_schema(pool: &Pool) -> Schema {
    let tables: Vec<String> = sqlx::query_scalar(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_sqlx_%'",
    )
    .fetch_all(pool)
    .await
    .expect("tables");
    let mut columns = BTreeMap::new();
    for table in tables {
        let rows: Vec<(String, String, i64, i64)> =
            sqlx::query_as("SELECT name, type, \"notnull\", pk FROM pragma_table_info($1) ORDER BY cid")
                .bind(&table)
                .fetch_all(pool)
                .await
                .expect("columns");
        let shown = rows
            .into_iter()
            .map(|(name, kind, not_null, pk)| {
                let kind = match kind.to_ascii_uppercase().as_str() {
                    "INTEGER" => "bigint",
                    "TEXT" => "text",
                    "BLOB" => "bytea",
                    other => panic!("{table}.{name} has the type {other}, which the PostgreSQL schema has no rule for"),
                };
                // A primary key is never NULL in practice; SQLite only fails to say so.
                (name, kind.to_owned(), not_null == 0 && pk == 0)
            })
            .collect();
        columns.insert(table, shown);
    }
    let mut indexes: Vec<String> = sqlx::query_scalar(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_autoindex_%'",
    )
    .fetch_all(pool)
    .await
    .expect("indexes");
    indexes.sort();
    (columns, indexes)
}

async fn postgres_schema(pool: &Pool) -> Schema {
    let rows: Vec<(String, String, String, String)> = sqlx::query_as(
        "SELECT table_name::text, column_name::text, data_type::text, is_nullable::text FROM information_schema.columns
         WHERE table_schema = current_schema() AND table_name NOT LIKE '_sqlx_%' ORDER BY table_name, ordinal_position",
    )
    .fetch_all(pool)
    .await
    .expect("columns");
    let mut columns: BTreeMap<String, Vec<(String, String, bool)>> = BTreeMap::new();
    for (table, name, kind, nullable) in rows {
        columns.entry(table).or_default().push((name, kind, nullable == "YES"));
    }
    // Constraint indexes (primary keys, UNIQUE) are SQLite's autoindexes; the
    // lower-case index on user names stands for SQLite's NOCASE.
    let mut indexes: Vec<String> = sqlx::query_scalar(
        "SELECT indexname::text FROM pg_indexes WHERE schemaname = current_schema()
         AND indexname NOT IN (SELECT conname FROM pg_constraint) AND indexname <> 'users_by_lower_username'",
    )
    .fetch_all(pool)
    .await
    .expect("indexes");
    indexes.sort();
    (columns, indexes)
}

/// The last migration of each engine in the first release that ran replicas: from then on a
/// release's migrations must leave the release before it running, during an upgrade's overlap.
const ADDITIVE_FROM: [(&str, u32); 2] = [("sqlite", 11), ("postgres", 1)];

#[test]
fn migrations_since_replicas_only_add_to_the_schema() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("migrations");
    let mut checked = 0;
    for (engine, last_before) in ADDITIVE_FROM {
        for entry in std::fs::read_dir(root.join(engine)).expect("the migrations folder") {
            let path = entry.expect("an entry").path();
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_owned();
            let number: u32 = name.split('_').next().and_then(|n| n.parse().ok()).expect("a numbered migration");
            checked += 1;
            if number <= last_before {
                continue;
            }
            let sql = std::fs::read_to_string(&path).expect("the migration reads");
            let code: String =
                sql.lines().map(|l| l.split("--").next().unwrap_or_default()).collect::<Vec<_>>().join(" ");
            let words: Vec<String> = code.split_whitespace().map(str::to_ascii_uppercase).collect();
            // The old release's INSERTs do not name a new column: it must have a default.
            for statement in code.to_ascii_uppercase().split(';') {
                assert!(
                    !(statement.contains("ADD COLUMN")
                        && statement.contains("NOT NULL")
                        && !statement.contains("DEFAULT")),
                    "{engine}/{name}: a NOT NULL column without a DEFAULT breaks the release before it:{statement}"
                );
            }
            for pair in words.windows(2) {
                let refused = matches!(
                    (pair[0].as_str(), pair[1].as_str()),
                    ("DROP", "TABLE" | "COLUMN") | ("RENAME", _) | (_, "RENAME") | ("ALTER", "COLUMN")
                );
                assert!(
                    !refused,
                    "{engine}/{name}: `{} {}` would break the release before it while both run; drop or \
                     change it a release after the last that uses it",
                    pair[0], pair[1]
                );
            }
        }
    }
    assert!(checked >= 12, "the migrations were found ({checked})");
}

#[tokio::test]
async fn both_engines_migrate_to_the_same_tables_columns_and_indexes() {
    let dir = tempfile::tempdir().expect("a folder");
    let sqlite = countersign::db::open(&Location::File(dir.path().join("c.db"))).await.expect("SQLite opens");
    let postgres =
        countersign::db::open(&Location::Postgres(database::fresh_postgres().await)).await.expect("PostgreSQL opens");
    let (sqlite_columns, sqlite_indexes) = sqlite_schema(&sqlite).await;
    let (postgres_columns, postgres_indexes) = postgres_schema(&postgres).await;
    assert!(sqlite_columns.len() > 15, "the check reads the tables: {:?}", sqlite_columns.keys());
    assert_eq!(
        sqlite_columns.keys().collect::<Vec<_>>(),
        postgres_columns.keys().collect::<Vec<_>>(),
        "the same tables"
    );
    for (table, columns) in &sqlite_columns {
        assert_eq!(Some(columns), postgres_columns.get(table), "the columns of {table}, in order, typed alike");
    }
    assert!(!sqlite_indexes.is_empty());
    assert_eq!(sqlite_indexes, postgres_indexes, "the same indexes");
}

#[tokio::test]
async fn a_sqlite_portal_moves_into_postgresql_with_its_trail_and_its_people() {
    let dir = tempfile::tempdir().expect("a folder");
    let file = dir.path().join("countersign.db");
    let audit = web::AuditFiles::beside(&Location::File(file.clone()));
    // The portal on PostgreSQL keeps its own checkpoint log, as on a new machine.
    let moved_log = dir.path().join("moved.checkpoints");
    let config = |db: Location, demo: bool| Config {
        bind: "127.0.0.1:0".parse().expect("an address"),
        public_url: "http://127.0.0.1".to_owned(),
        demo,
        outbox: OutboxConfig::default(),
        audit: match db {
            Location::File(_) => audit.clone(),
            Location::Postgres(_) => web::AuditFiles { checkpoint_log: moved_log.clone(), ..audit.clone() },
        },
        db,
        sso: None,
        local_login: Default::default(),
    };
    // A portal with people, a deployment and a trail, then stopped.
    let running = web::start(&config(Location::File(file.clone()), true)).await.expect("starts on SQLite");
    let password = running.admin_password.clone().expect("the administrator");
    let (demo_user, demo_password) = running.demo_users.first().cloned().expect("a demo user");
    running.stop().await.expect("stops");

    let target = database::fresh_postgres().await;
    let moved = migrate_db(&file, &target);
    let said = String::from_utf8_lossy(&moved.stdout);
    assert!(moved.status.success(), "{said}{}", String::from_utf8_lossy(&moved.stderr));
    assert!(said.contains("the copied trail verifies"), "{said}");

    // The same portal on PostgreSQL: the same passwords, the same deployment.
    let running = web::start(&config(Location::Postgres(target.clone()), false)).await.expect("starts on PostgreSQL");
    assert!(running.admin_password.is_none(), "the administrator came with the copy");
    let app = TestApp {
        base: format!("http://{}", running.addr),
        admin_password: password,
        db: Location::Postgres(target.clone()),
        running: Some(running),
        _dir: tempfile::tempdir().expect("a folder"),
    };
    let admin = app.admin().await;
    let someone = app.login(&demo_user, &demo_password).await;
    let list = text(app.get(&someone, "/deployments").await).await;
    assert!(list.contains("Contoso"), "the demo deployment moved: {list}");
    // New rows get new ids past the copied ones.
    let new_user = app.create_user(&admin, "after-move", &["auditor"]).await;
    assert!(!new_user.is_empty());
    let last: (String, String) = sqlx::query_as(
        "SELECT action, outcome FROM audit_events WHERE seq = (SELECT MAX(seq) FROM audit_events WHERE action = 'database.move')",
    )
    .fetch_one(&app.db().await)
    .await
    .expect("the move is on the trail");
    assert_eq!(last, ("database.move".to_owned(), "done".to_owned()));
    let verified = Command::new(env!("CARGO_BIN_EXE_countersign"))
        .args(["audit", "verify", "--db", &target, "--audit-key"])
        .arg(&audit.key)
        .arg("--checkpoint-log")
        .arg(&audit.checkpoint_log)
        .output()
        .expect("the binary runs");
    assert!(verified.status.success(), "{}", String::from_utf8_lossy(&verified.stdout));

    // A second move into a database that holds a portal is refused, and changes nothing.
    let before: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM audit_events").fetch_one(&app.db().await).await.expect("a count");
    let again = migrate_db(&file, &target);
    assert!(!again.status.success());
    assert!(
        String::from_utf8_lossy(&again.stderr).contains("already holds rows"),
        "{}",
        String::from_utf8_lossy(&again.stderr)
    );
    let after: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM audit_events").fetch_one(&app.db().await).await.expect("a count");
    assert_eq!(before, after);
    assert_eq!(app.get(&admin, "/healthz").await.status(), StatusCode::OK);
}

/// `n` bytes that are every value a byte can take, in no order a compressor or a text decoder likes.
fn noise(seed: u64, n: usize) -> Vec<u8> {
    use sha2::Digest;
    let mut bytes = Vec::with_capacity(n + 32);
    let mut block = sha2::Sha256::digest(seed.to_be_bytes());
    while bytes.len() < n {
        bytes.extend_from_slice(&block);
        block = sha2::Sha256::digest(block);
    }
    bytes.truncate(n);
    bytes
}

#[tokio::test]
async fn evidence_files_move_byte_for_byte_over_several_batches() {
    let t = team_with(TestApp::spawn_on_file().await, &[]).await;
    // The copy sends rows with files 32 at a time: 34 files at the size limit make two batches.
    let files = 34;
    let mut ids = vec![t.id];
    for _ in 1..files {
        ids.push(t.app.create_deployment(&t.coordinator, &[]).await);
    }
    for (i, id) in ids.iter().enumerate() {
        let step = Step { app: &t.app, id: *id, key: "oauth.exchange-auth-certificate" };
        let (csrf, version, nonce, content) = form_fields(&step.page(&t.org1).await, "sign").expect("a sign form");
        let file = (format!("evidence-{i}.bin"), noise(i as u64, countersign::services::workflow::MAX_EVIDENCE_BYTES));
        let signed =
            step.post(&t.org1, &csrf, "sign", &version, &nonce, &content, &[], Some((&file.0, file.1.clone()))).await;
        assert_eq!(signed.status(), StatusCode::SEE_OTHER, "{}", text(signed).await);
    }
    let mut app = t.app;
    let source = app.db().await;
    app.stop().await;
    let file = match &app.db {
        Location::File(file) => file.clone(),
        other => panic!("spawn_on_file runs on a file, not {}", other.shown()),
    };

    let target = database::fresh_postgres().await;
    let moved = migrate_db(&file, &target);
    assert!(
        moved.status.success(),
        "{}{}",
        String::from_utf8_lossy(&moved.stdout),
        String::from_utf8_lossy(&moved.stderr)
    );

    let rows =
        "SELECT id, evidence_name, evidence_sha256, evidence FROM signoffs WHERE evidence IS NOT NULL ORDER BY id";
    type Evidence = Vec<(i64, String, String, Vec<u8>)>;
    let before: Evidence = sqlx::query_as(rows).fetch_all(&source).await.expect("the source's files");
    let copied = countersign::db::open(&Location::Postgres(target)).await.expect("the copy opens");
    let after: Evidence = sqlx::query_as(rows).fetch_all(&copied).await.expect("the copy's files");
    assert_eq!(before.len(), files, "every file was stored");
    assert!(before.iter().enumerate().all(|(i, row)| row.3 == noise(i as u64, row.3.len())), "stored as sent");
    assert_eq!(before.len(), after.len(), "every file moved");
    for ((id, name, sha, bytes), moved) in before.iter().zip(&after) {
        assert_eq!((id, name, sha), (&moved.0, &moved.1, &moved.2));
        assert!(bytes == &moved.3, "sign-off {id}: the file arrived byte for byte");
        let digest = <sha2::Sha256 as sha2::Digest>::digest(&moved.3);
        assert_eq!(&hex::encode(digest), sha, "sign-off {id}: the copy hashes to its recorded hash");
    }
}
