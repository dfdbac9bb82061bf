//! Upgrades: replicas of two releases overlap, and one of the old may be restarted after a new one
//! has migrated the database. It must refuse the schema it does not know, say so, and change nothing.

use std::time::Duration;

use countersign::db::Engine;

use super::TestApp;
use crate::support::database;

#[tokio::test]
async fn an_older_release_refuses_a_database_a_newer_one_upgraded_and_changes_nothing() {
    let mut app = TestApp::spawn().await;
    app.stop().await;
    // Opened before the newer migration is recorded: after it, this release opens it no more.
    let pool = app.db().await;
    // What a later release's migrator records when it applies its migration.
    let checksum = match database::engine() {
        Engine::Sqlite => "X'00'",
        Engine::Postgres => "'\\x00'::bytea",
    };
    sqlx::query(&format!(
        "INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time)
         VALUES (99990101000000, 'a later release', TRUE, {checksum}, 0)"
    ))
    .execute(&pool)
    .await
    .expect("a later release's migration is recorded");
    let counts = || async {
        let events: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM audit_events").fetch_one(&pool).await.expect("count");
        let migrations: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM _sqlx_migrations").fetch_one(&pool).await.expect("count");
        (events, migrations)
    };
    let before = counts().await;

    let mut serve = tokio::process::Command::from(app.command(&["serve", "--bind", "127.0.0.1:0"]));
    serve.kill_on_drop(true).stdout(std::process::Stdio::piped()).stderr(std::process::Stdio::piped());
    let output = tokio::time::timeout(Duration::from_secs(60), serve.output())
        .await
        .expect("the old release stops at once instead of serving a schema it does not know")
        .expect("the binary runs");
    let said = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success(), "{said}");
    assert!(
        said.contains(
            "a newer Countersign release has upgraded this database (its schema has migration 99990101000000"
        ) && said.contains("run that release or a later one"),
        "{said}"
    );
    // The command line says the same.
    let verify = app.command(&["audit", "verify"]).output().expect("the binary runs");
    let said = String::from_utf8_lossy(&verify.stderr);
    assert!(!verify.status.success() && said.contains("a newer Countersign release has upgraded"), "{said}");
    assert_eq!(counts().await, before, "no event and no migration was written");
}
