//! The real `countersign serve` under concurrent requests: every log line
//! carries its own request's span (no other request's), names the route
//! pattern rather than the raw path, and nothing panics.

use std::process::Stdio;

use reqwest::StatusCode;
use tokio::io::AsyncReadExt;
use tokio::process::Command;

use super::TestApp;

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_downloads_log_one_span_per_line_and_never_panic() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let db = crate::support::database::fresh(dir.path()).await;
    let mut command = Command::new(env!("CARGO_BIN_EXE_countersign"));
    command
        .args(["serve", "--bind", "127.0.0.1:0", "--db"])
        .arg(crate::support::database::db_arg(&db))
        .current_dir(dir.path())
        .env("RUST_LOG", "info")
        .stderr(Stdio::piped());
    let served = crate::support::served::serve(command, true).await;
    let (mut server, base) = (served.process, served.base);
    let password = served.password.expect("the server printed the admin password");
    let app = TestApp { base, admin_password: password, db, running: None, _dir: dir };

    let admin = app.admin().await;
    let coordinator = app.login("coord", &app.create_user(&admin, "coord", &["coordinator"]).await).await;
    let id = app.create_example_deployment(&coordinator).await;
    let path = format!("/deployments/{id}/scripts/exchange-org-admins.exchange-shell.ps1");
    let mut clients = Vec::new();
    for _ in 0..8 {
        let (client, url) = (coordinator.clone(), app.url(&path));
        clients.push(tokio::spawn(async move {
            for _ in 0..40 {
                let response = client.get(&url).send().await.expect("an answer");
                assert_eq!(response.status(), StatusCode::OK);
            }
        }));
    }
    for client in clients {
        client.await.expect("a client");
    }

    server.start_kill().expect("the server stops");
    let mut log = String::new();
    server.stderr.take().expect("its log").read_to_string(&mut log).await.expect("the log reads");
    let _ = server.wait().await;
    assert!(!log.contains("panicked"), "a panic in the log:\n{log}");
    let answered: Vec<&str> = log.lines().filter(|l| l.contains("answered")).collect();
    assert!(answered.len() >= 320, "{} answered lines", answered.len());
    for line in log.lines() {
        assert!(line.matches("request{").count() <= 1, "a line carries another request's span: {line}");
    }
    let pattern = "route=/deployments/{id}/scripts/{file}";
    assert!(answered.iter().filter(|l| l.contains(pattern)).count() >= 320, "downloads are logged by route pattern");
    assert!(!log.contains(&path), "the raw path is not logged");
}
