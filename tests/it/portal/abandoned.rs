//! Clients that hang up: a request abandoned at any moment must leave no
//! transaction open and no state behind, and the portal must go on writing.

use std::time::Duration;

use rand::Rng;
use reqwest::StatusCode;
use tokio::io::AsyncWriteExt;
use tokio::net::TcpStream;

use super::steps_support::{Step, team};
use super::{session_cookie, text};

/// Recomputes the trail's hash chain: every event links to the one before.
async fn assert_trail_intact(app: &super::TestApp) {
    type Row = (i64, i64, Option<i64>, String, String, String, String, String, String, String);
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT seq, at, actor_id, actor_name, action, target, outcome, detail, prev_sha256, sha256 FROM audit_events ORDER BY seq",
    )
    .fetch_all(&app.db().await)
    .await
    .expect("the trail reads");
    let mut prev = countersign::audit::GENESIS.to_owned();
    for (index, (seq, at, actor_id, actor_name, action, target, outcome, detail, prev_sha256, sha256)) in
        rows.into_iter().enumerate()
    {
        assert_eq!(seq, index as i64 + 1, "the trail has no gap");
        assert_eq!(prev_sha256, prev, "event {seq} links to the one before");
        let outcome =
            if outcome == "done" { countersign::audit::Outcome::Done } else { countersign::audit::Outcome::Refused };
        let event = countersign::audit::NewEvent::new(&action, target, outcome).by(actor_id, &actor_name);
        assert_eq!(countersign::audit::event_hash(&prev, seq, at, &event, &detail), sha256, "event {seq} hashes");
        prev = sha256;
    }
}

// Several threads, as the real server has: the server and the clients race for real.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn abandoned_script_downloads_never_stop_the_portal_writing() {
    let t = team().await;
    let admin = t.app.admin().await;
    let password = t.app.create_user(&admin, "org3", &["exchange-org-admins"]).await;
    let cookie = session_cookie(&t.app, "org3", &password).await;
    let scripts = text(t.app.get(&t.org1, &format!("/deployments/{}/scripts", t.id)).await).await;
    let marker = format!("/deployments/{}/scripts/", t.id);
    let start = scripts.find(&marker).expect("a script link") + marker.len();
    let file: String = scripts[start..].chars().take_while(|c| *c != '"').collect();
    let path = format!("/deployments/{}/scripts/{file}", t.id);
    let addr = t.app.base.trim_start_matches("http://").to_owned();

    // 32 clients that send a download (a write: it records an event) and hang up 0-40 ms later.
    let mut clients = Vec::new();
    for _ in 0..32 {
        let (addr, path, cookie) = (addr.clone(), path.clone(), cookie.clone());
        clients.push(tokio::spawn(async move {
            let mut sent = 0u32;
            for _ in 0..60 {
                let Ok(mut stream) = TcpStream::connect(&addr).await else { continue };
                let request = format!("GET {path} HTTP/1.1\r\nHost: {addr}\r\nCookie: {cookie}\r\n\r\n");
                if stream.write_all(request.as_bytes()).await.is_ok() {
                    sent += 1;
                }
                let pause = rand::rng().random_range(0..=40);
                tokio::time::sleep(Duration::from_millis(pause)).await;
                drop(stream);
            }
            sent
        }));
    }
    let mut sent = 0;
    for client in clients {
        sent += client.await.expect("a client task");
    }
    // Requests the clients gave up on may still be finishing (they run to their end);
    // what follows must work while they do.
    // The portal still writes: a sign-in, a sign-off and a script download.
    let within = Duration::from_secs(30);
    let signed_in = tokio::time::timeout(within, t.app.try_login(&super::client(), "admin", &t.app.admin_password))
        .await
        .expect("a sign-in answers");
    assert_eq!(signed_in.status(), StatusCode::SEE_OTHER, "a sign-in succeeds after abandoned requests");
    let step = Step { app: &t.app, id: t.id, key: "oauth.exchange-auth-certificate" };
    let signed = tokio::time::timeout(within, step.act(&t.org1, "sign", &[("note", "after the storm")]))
        .await
        .expect("a sign-off answers");
    assert_eq!(signed.status(), StatusCode::SEE_OTHER, "a sign-off succeeds after abandoned requests");
    let download = tokio::time::timeout(within, t.app.get(&t.org1, &path)).await.expect("a download answers");
    assert_eq!(download.status(), StatusCode::OK, "a script download succeeds after abandoned requests");

    let downloads: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM audit_events WHERE action = 'script.download'")
        .fetch_one(&t.app.db().await)
        .await
        .expect("count");
    assert!(downloads >= 1 && downloads <= i64::from(sent) + 1, "{downloads} download events for {sent} requests");
    assert_trail_intact(&t.app).await;
}
