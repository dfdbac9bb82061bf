//! Two real portal processes on one PostgreSQL database, as behind a load
//! balancer: a session works on either, concurrent sign-offs and writes
//! stay one trail, killing one leaves the other serving with nothing
//! acknowledged lost, and the outbox sends each handoff once.

use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::Duration;

use countersign::db::Location;
use reqwest::StatusCode;
use tokio::process::Command;

use crate::portal::steps_support::{Step, form_fields, team_with, user};
use crate::portal::{TestApp, client, text};
use crate::support::database;
use crate::support::served::{self, Served};

/// Starts a replica on `url`, with the audit key every replica shares and a
/// checkpoint log of its own (`name.checkpoints`), checkpoints each second;
/// the `first` on a fresh database prints the administrator's password.
async fn start_replica(dir: &Path, url: &str, name: &str, first: bool, extra: &[&str]) -> Served {
    let mut command = Command::new(env!("CARGO_BIN_EXE_countersign"));
    command
        .args(["serve", "--bind", "127.0.0.1:0", "--checkpoint-interval", "1", "--db", url, "--audit-key"])
        .arg(dir.join("countersign-audit.key"))
        .arg("--checkpoint-log")
        .arg(dir.join(format!("{name}.checkpoints")))
        .args(extra)
        .current_dir(dir)
        .stderr(Stdio::null());
    served::serve(command, first).await
}

/// Two replicas on a fresh database; `extra` flags for both.
struct Pair {
    a: Served,
    b: Served,
    url: String,
    dir: tempfile::TempDir,
}

async fn pair(extra: &[&str]) -> Pair {
    let url = database::fresh_postgres().await;
    let dir = tempfile::tempdir().expect("a folder");
    let a = start_replica(dir.path(), &url, "a", true, extra).await;
    let b = start_replica(dir.path(), &url, "b", false, extra).await;
    assert!(a.password.is_some(), "the first replica made the administrator");
    let pool = countersign::db::open(&Location::Postgres(url.clone())).await.expect("the database opens");
    let made: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM audit_events WHERE action = 'user.create'")
        .fetch_one(&pool)
        .await
        .expect("a count");
    assert_eq!(made, 1, "the second found the administrator and made no other");
    Pair { a, b, url, dir }
}

impl Pair {
    /// A test client's view of one replica.
    fn app(&self, replica: &Served) -> TestApp {
        TestApp {
            base: replica.base.clone(),
            admin_password: self.a.password.clone().unwrap_or_default(),
            db: Location::Postgres(self.url.clone()),
            running: None,
            _dir: tempfile::tempdir().expect("a folder"),
        }
    }

    /// `countersign audit verify` with the shared key and every replica's checkpoint log.
    fn verify(&self) -> (bool, String) {
        let mut all = String::new();
        for name in ["a", "b"] {
            all.push_str(
                &std::fs::read_to_string(self.dir.path().join(format!("{name}.checkpoints"))).unwrap_or_default(),
            );
        }
        let log: PathBuf = self.dir.path().join("all.checkpoints");
        std::fs::write(&log, all).expect("the logs together");
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_countersign"))
            .args(["audit", "verify", "--db", &self.url, "--audit-key"])
            .arg(self.dir.path().join("countersign-audit.key"))
            .arg("--checkpoint-log")
            .arg(&log)
            .output()
            .expect("the binary runs");
        (output.status.success(), String::from_utf8_lossy(&output.stdout).into_owned())
    }
}

/// The trail's count and extent: one sequence has count = max and min = 1.
async fn trail_extent(app: &TestApp) -> (i64, i64, i64) {
    sqlx::query_as("SELECT COUNT(*), COALESCE(MIN(seq), 0), COALESCE(MAX(seq), 0) FROM audit_events")
        .fetch_one(&app.db().await)
        .await
        .expect("the extent")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_session_works_on_either_replica_and_a_hundred_signs_make_one_sign_off() {
    let pair = pair(&[]).await;
    let (on_a, on_b) = (pair.app(&pair.a), pair.app(&pair.b));
    let t = team_with(pair.app(&pair.a), &[]).await;
    // Signed in on A; the same cookie is a session on B.
    let home = text(on_b.get(&t.org1, "/").await).await;
    assert!(home.contains("org1"), "B knows A's session: {home}");
    let step = "oauth.exchange-auth-certificate";
    let (step_a, step_b) = (Step { app: &on_a, id: t.id, key: step }, Step { app: &on_b, id: t.id, key: step });
    let mut people = Vec::new();
    for n in 0..10 {
        people.push(user(&on_a, &format!("org-r{n}"), &["exchange-org-admins"]).await);
    }
    // A hundred forms, each with its own one-time id, read from both replicas.
    let mut forms = Vec::new();
    for (n, person) in people.iter().enumerate() {
        for k in 0..10 {
            let page = if (n + k) % 2 == 0 { step_a.page(person).await } else { step_b.page(person).await };
            forms.push((person, form_fields(&page, "sign").expect("a sign form"), (n + k) % 2 == 0));
        }
    }
    let posts = forms.iter().map(|(person, (csrf, version, nonce, content), to_a)| {
        let step = if *to_a { &step_a } else { &step_b };
        step.post(person, csrf, "sign", version, nonce, content, &[], None)
    });
    let statuses: Vec<StatusCode> =
        futures_util::future::join_all(posts).await.into_iter().map(|r| r.status()).collect();
    assert_eq!(statuses.len(), 100);
    let won = statuses.iter().filter(|s| **s == StatusCode::SEE_OTHER).count();
    assert_eq!(won, 1, "{statuses:?}");
    assert!(statuses.iter().all(|s| *s == StatusCode::SEE_OTHER || *s == StatusCode::CONFLICT), "{statuses:?}");
    let signs: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM signoffs WHERE deployment_id = $1 AND step_key = $2 AND action = 'sign'",
    )
    .bind(t.id)
    .bind(step)
    .fetch_one(&on_a.db().await)
    .await
    .expect("count");
    assert_eq!(signs, 1);
    let (intact, said) = pair.verify();
    assert!(intact, "{said}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_writes_from_both_replicas_keep_one_trail_without_a_gap() {
    let pair = pair(&[]).await;
    let (on_a, on_b) = (pair.app(&pair.a), pair.app(&pair.b));
    let t = team_with(pair.app(&pair.a), &[]).await;
    let org1_on_b = t.org1.clone();
    let mut writers = Vec::new();
    // Failed sign-ins on both (each an event and a refusal window), and the
    // steps of the deployment signed and countersigned through B meanwhile.
    for (n, base) in [&on_a.base, &on_b.base, &on_a.base, &on_b.base].into_iter().enumerate() {
        let base = base.clone();
        writers.push(tokio::spawn(async move {
            let browser = client();
            for attempt in 0..15 {
                let page = browser.get(format!("{base}/login")).send().await.expect("answers");
                let token = crate::portal::csrf_of(&page.text().await.unwrap_or_default());
                let name = format!("w{n}-{attempt}");
                let form = [("csrf", token.as_str()), ("username", name.as_str()), ("password", "x"), ("next", "/")];
                let answer = browser.post(format!("{base}/login")).form(&form).send().await.expect("answers");
                assert!(!answer.status().is_server_error(), "{}", answer.status());
            }
        }));
    }
    for key in ["oauth.exchange-auth-certificate", "um.deploy-exchange", "autodiscover.check"] {
        Step { app: &on_b, id: t.id, key }.sign_and_countersign(&org1_on_b, &t.org2).await;
    }
    for writer in writers {
        writer.await.expect("a writer");
    }
    let (count, first, last) = trail_extent(&on_a).await;
    assert_eq!((first, last), (1, count), "the events are numbered 1 to {count} without a gap");
    // A checkpoint covers the whole trail before it is verified against the logs.
    let db = on_a.db().await;
    let covered = async {
        loop {
            let signed: i64 = sqlx::query_scalar("SELECT COALESCE(MAX(size), 0) FROM audit_checkpoints")
                .fetch_one(&db)
                .await
                .expect("the checkpoints");
            if signed >= count {
                return;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    };
    tokio::time::timeout(Duration::from_secs(30), covered).await.expect("a checkpoint of the whole trail is signed");
    let (intact, said) = pair.verify();
    assert!(intact, "{said}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_replica_killed_during_writes_leaves_the_other_serving_and_nothing_acknowledged_lost() {
    let mut pair = pair(&[]).await;
    let (on_a, on_b) = (pair.app(&pair.a), pair.app(&pair.b));
    let admin = on_a.admin().await;
    let coord_password = on_a.create_user(&admin, "coord", &["coordinator"]).await;
    let coordinator = on_a.login("coord", &coord_password).await;
    // Each acknowledged deployment, with the writer (0 through A, 1 through B) it was acknowledged to.
    let acknowledged = std::sync::Arc::new(std::sync::Mutex::new(Vec::<(usize, i64)>::new()));
    let mut writers = Vec::new();
    for (n, view) in [pair.app(&pair.a), pair.app(&pair.b)].into_iter().enumerate() {
        let (coordinator, acknowledged) = (coordinator.clone(), acknowledged.clone());
        writers.push(tokio::spawn(async move {
            for k in 0..40 {
                let name = format!("Contoso {n}-{k}");
                let mut fields = countersign::answers::form::from_toml(&countersign::answers::example_toml());
                fields.insert("deployment.name".to_owned(), name);
                let Ok(page) = coordinator.get(view.url("/deployments/new")).send().await else { return };
                let Ok(page) = page.text().await else { return };
                let token = crate::portal::csrf_of(&page);
                let mut form: Vec<(String, String)> = vec![("csrf".into(), token)];
                form.extend(fields);
                let Ok(answer) = coordinator.post(view.url("/deployments")).form(&form).send().await else { return };
                if answer.status() == StatusCode::SEE_OTHER {
                    let id =
                        crate::portal::location(&answer).trim_start_matches("/deployments/").parse().expect("an id");
                    acknowledged.lock().expect("the list").push((n, id));
                }
            }
        }));
    }
    // Killed mid-way, while both write.
    let ten_written = async {
        while acknowledged.lock().expect("the list").len() < 10 {
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    };
    tokio::time::timeout(Duration::from_secs(60), ten_written).await.expect("ten deployments are acknowledged");
    pair.a.process.start_kill().expect("kill -9");
    let _ = pair.a.process.wait().await;
    for writer in writers {
        writer.await.expect("a writer");
    }
    // B kept serving: its writer went on to the end, and it still signs people in.
    assert_eq!(on_b.get(&client(), "/healthz").await.status(), StatusCode::OK);
    let _signed_in = on_b.login("coord", &coord_password).await;
    let stored: Vec<i64> =
        sqlx::query_scalar("SELECT id FROM deployments").fetch_all(&on_b.db().await).await.expect("the deployments");
    let acknowledged = acknowledged.lock().expect("the list").clone();
    let b_wrote = acknowledged.iter().filter(|(writer, _)| *writer == 1).count();
    assert_eq!(b_wrote, 40, "every one of B's 40 was acknowledged");
    for (_, id) in &acknowledged {
        assert!(stored.contains(id), "deployment {id} was acknowledged and is kept");
    }
    let (count, first, last) = trail_extent(&on_b).await;
    assert_eq!((first, last), (1, count));
    let (intact, said) = pair.verify();
    assert!(intact, "{said}");
}

/// A webhook that takes its time to answer, counting what it is sent: a
/// second worker polling meanwhile would send the same delivery again.
async fn slow_webhook() -> (String, std::sync::Arc<std::sync::atomic::AtomicUsize>) {
    use axum::routing::post;
    let received = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let counted = received.clone();
    let router = axum::Router::new().route(
        "/hook",
        post(move |_body: String| {
            let counted = counted.clone();
            async move {
                counted.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                tokio::time::sleep(Duration::from_millis(3000)).await;
                axum::http::StatusCode::OK
            }
        }),
    );
    let socket = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("a port");
    let url = format!("http://{}/hook", socket.local_addr().expect("an address"));
    tokio::spawn(async move {
        let _ = axum::serve(socket, router).await;
    });
    (url, received)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn the_outbox_of_two_replicas_sends_each_handoff_once() {
    let (hook, received) = slow_webhook().await;
    let pair = pair(&["--webhook-url", &hook]).await;
    let t = team_with(pair.app(&pair.a), &[]).await;
    let (dns1, dns2, dns) = crate::portal::signoffs::prepare_autodiscover_handoff(&t).await;
    dns.sign_and_countersign(&dns1, &dns2).await;
    // Both workers poll every two seconds; the webhook takes three to answer.
    tokio::time::sleep(Duration::from_secs(9)).await;
    let (all, delivered, attempts): (i64, i64, i64) = sqlx::query_as(
        "SELECT COUNT(*), COUNT(delivered_at), COALESCE(SUM(attempts), 0)::bigint FROM webhook_deliveries",
    )
    .fetch_one(&t.app.db().await)
    .await
    .expect("the deliveries");
    assert_eq!((all, delivered, attempts), (1, 1, 1), "one handoff, delivered once");
    assert_eq!(received.load(std::sync::atomic::Ordering::SeqCst), 1, "the webhook was sent one post");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn failed_sign_ins_on_both_replicas_count_toward_one_lockout() {
    let pair = pair(&[]).await;
    let (on_a, on_b) = (pair.app(&pair.a), pair.app(&pair.b));
    let limit = countersign::services::accounts::LOCK_AFTER_FAILURES as usize;
    // Twice the limit of wrong passwords at once, half through each replica.
    let attempts = (0..2 * limit).map(|n| {
        let app = if n % 2 == 0 { &on_a } else { &on_b };
        async move { app.try_login(&client(), "admin", "wrong").await.status() }
    });
    let statuses = futures_util::future::join_all(attempts).await;
    assert!(
        statuses.iter().all(|s| *s == StatusCode::UNAUTHORIZED || *s == StatusCode::SERVICE_UNAVAILABLE),
        "{statuses:?}"
    );
    let locked_until: i64 = sqlx::query_scalar("SELECT locked_until FROM users WHERE username = 'admin'")
        .fetch_one(&on_a.db().await)
        .await
        .expect("the account");
    assert!(locked_until > countersign::db::now(), "the failures on both replicas locked the account");
    for app in [&on_a, &on_b] {
        let right = app.try_login(&client(), "admin", &on_a.admin_password).await;
        assert_eq!(right.status(), StatusCode::UNAUTHORIZED, "locked on every replica");
    }
}
