//! Measurements, not tests: run by the scripts in tests/bench/ against the
//! release build (`cargo test --release -- --ignored bench_`), printing
//! their figures. Nothing here asserts a time.

use std::time::Instant;

use reqwest::StatusCode;

use crate::portal::TestApp;
use crate::portal::steps_support::{Step, form_fields};

pub fn env_number(name: &str, default: u64) -> u64 {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

/// The `q` quantile of `sorted` (0 when empty).
pub fn percentile(sorted: &[f64], q: f64) -> f64 {
    sorted.get(((sorted.len() as f64 * q) as usize).min(sorted.len().saturating_sub(1))).copied().unwrap_or(0.0)
}

/// Fills the database at COUNTERSIGN_BENCH_DB with COUNTERSIGN_BENCH_EVENTS
/// events (1,000,000 by default), and signs a checkpoint of them with the
/// audit key beside it. The events, their chain and their tree hashes are
/// computed with the portal's own functions and written in bulk: writing a
/// million one by one through the portal's path would take a quarter of an
/// hour, and this measures the verifier, not the writer.
#[tokio::test]
#[ignore = "a benchmark's set-up, run by tests/bench/audit.sh"]
async fn bench_fill_trail() {
    use countersign::audit::encoding::StoredEvent;
    use countersign::audit::tree::{self, Fetched};
    let path =
        std::path::PathBuf::from(std::env::var("COUNTERSIGN_BENCH_DB").expect("COUNTERSIGN_BENCH_DB names the file"));
    let events = env_number("COUNTERSIGN_BENCH_EVENTS", 1_000_000);
    let pool = countersign::db::open(&countersign::db::Location::File(path.clone())).await.expect("the database opens");
    let started = Instant::now();
    let mut stored: std::collections::HashMap<u64, tlog_tiles::tlog::Hash> = std::collections::HashMap::new();
    let mut prev = countersign::audit::GENESIS.to_owned();
    let mut n = 0u64;
    while n < events {
        let mut tx = countersign::db::begin_write(&pool).await.expect("a transaction");
        let mut rows = Vec::new();
        let mut hashes = Vec::new();
        for _ in 0..5_000.min(events - n) {
            let seq = n as i64 + 1;
            let event = StoredEvent {
                seq,
                at: 1_767_225_600 + seq,
                actor_id: Some(1 + (seq % 50)),
                actor_name: "exchange-team".into(),
                action: "step.sign".into(),
                target: format!("deployment:{}/step:um.create-dial-plan", seq % 1000),
                outcome: "done".into(),
                detail: r#"{"acting_as":"Exchange Organization Administrators","content_sha256":"5c2d1a2e8b8e1b6b5a1e2e0f9c3d4b5a6f7e8d9c5c2d1a2e8b8e1b6b5a1e2e0f","note":"ran it on EX01","state":"signed"}"#.into(),
            };
            let as_new = countersign::audit::NewEvent::new(
                &event.action,
                event.target.clone(),
                countersign::audit::Outcome::Done,
            )
            .by(event.actor_id, &event.actor_name);
            let sha256 = countersign::audit::event_hash(&prev, seq, event.at, &as_new, &event.detail);
            let leaf = event.leaf_hash();
            let needed = tree::append_needs(n, leaf);
            let fetched = Fetched(needed.iter().map(|i| (*i, stored[i])).collect());
            let start = tlog_tiles::tlog::stored_hash_index(0, n);
            for (offset, hash) in tree::append(n, leaf, &fetched).expect("appends").into_iter().enumerate() {
                stored.insert(start + offset as u64, hash);
                hashes.push((start + offset as u64, hash));
            }
            rows.push((event, prev.clone(), sha256.clone()));
            prev = sha256;
            n += 1;
        }
        for chunk in rows.chunks(500) {
            let mut insert = sqlx::QueryBuilder::new(
                "INSERT INTO audit_events (seq, at, actor_id, actor_name, action, target, outcome, detail, prev_sha256, sha256) ",
            );
            insert.push_values(chunk, |mut row, (e, prev, sha)| {
                row.push_bind(e.seq)
                    .push_bind(e.at)
                    .push_bind(e.actor_id)
                    .push_bind(&e.actor_name)
                    .push_bind(&e.action)
                    .push_bind(&e.target)
                    .push_bind(&e.outcome)
                    .push_bind(&e.detail)
                    .push_bind(prev)
                    .push_bind(sha);
            });
            insert.build().execute(&mut *tx).await.expect("inserted");
        }
        for chunk in hashes.chunks(900) {
            let mut insert = sqlx::QueryBuilder::new("INSERT INTO audit_tree (idx, hash) ");
            insert.push_values(chunk, |mut row, (idx, hash)| {
                row.push_bind(*idx as i64).push_bind(hash.0.to_vec());
            });
            insert.build().execute(&mut *tx).await.expect("inserted");
        }
        sqlx::query("UPDATE audit_tree_size SET size = $1").bind(n as i64).execute(&mut *tx).await.expect("size");
        tx.commit().await.expect("committed");
    }
    let elapsed = started.elapsed().as_secs_f64();
    let files = countersign::web::AuditFiles::beside(&countersign::db::Location::File(path.clone()));
    let (key, _) =
        countersign::audit::checkpoint::AuditKey::load_or_create(&files.key, "bench.local/countersign-audit")
            .expect("the audit key");
    let signing = countersign::services::audit::Checkpointing {
        key: std::sync::Arc::new(key),
        log: files.checkpoint_log,
        interval: files.interval,
    };
    countersign::services::audit::sign_checkpoint(&pool, &signing).await.expect("a checkpoint");
    // Closing the last connection folds the write-ahead log into the file, which is then copied.
    pool.close().await;
    println!("| events written | seconds |\n|---|---|\n| {n} | {elapsed:.1} |");
}

/// Sign-offs through the real server: COUNTERSIGN_BENCH_DEPLOYMENTS
/// deployments (200 by default), every step ready for one person signed by
/// 32 clients at once; prints sign-offs per second and their latency.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "a benchmark, run by tests/bench/audit.sh"]
async fn bench_signoffs() {
    let deployments = env_number("COUNTERSIGN_BENCH_DEPLOYMENTS", 200);
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    let coordinator = app.login("coord", &app.create_user(&admin, "coord", &["coordinator"]).await).await;
    let signer = app.login("org1", &app.create_user(&admin, "org1", &["exchange-org-admins"]).await).await;
    let mut forms = Vec::new();
    let plan = countersign::plan::from_answers_text(
        &countersign::catalog::builtin().expect("the catalog"),
        &countersign::answers::example_toml(),
    )
    .expect("plans")
    .1;
    for _ in 0..deployments {
        let id = app.create_example_deployment(&coordinator).await;
        for step in plan.steps.iter().filter(|s| s.lane == "exchange-org-admins") {
            let page = Step { app: &app, id, key: &step.key }.page(&signer).await;
            if let Some(fields) = form_fields(&page, "sign") {
                forms.push((id, step.key.clone(), fields));
            }
        }
    }
    let total = forms.len();
    let started = Instant::now();
    let queue = std::sync::Arc::new(std::sync::Mutex::new(forms));
    let mut clients = Vec::new();
    for _ in 0..32 {
        let (queue, signer, base) = (queue.clone(), signer.clone(), app.base.clone());
        clients.push(tokio::spawn(async move {
            let mut latencies = Vec::new();
            loop {
                let next = queue.lock().ok().and_then(|mut q| q.pop());
                let Some((id, key, (csrf, version, nonce, content))) = next else { return latencies };
                let form = reqwest::multipart::Form::new()
                    .text("csrf", csrf)
                    .text("kind", "sign")
                    .text("version", version)
                    .text("nonce", nonce)
                    .text("content_sha256", content)
                    .text("note", "ran it");
                let sent = Instant::now();
                let response = signer
                    .post(format!("{base}/deployments/{id}/steps/{key}/act"))
                    .multipart(form)
                    .send()
                    .await
                    .expect("an answer");
                assert_eq!(response.status(), StatusCode::SEE_OTHER);
                latencies.push(sent.elapsed().as_secs_f64() * 1000.0);
            }
        }));
    }
    let mut latencies = Vec::new();
    for client in clients {
        latencies.extend(client.await.expect("a client"));
    }
    let elapsed = started.elapsed().as_secs_f64();
    latencies.sort_by(f64::total_cmp);
    let p = |q: f64| percentile(&latencies, q);
    println!(
        "| sign-offs | clients | seconds | sign-offs/s | p50 ms | p99 ms |\n|---|---|---|---|---|---|\n| {total} | 32 | {elapsed:.2} | {:.0} | {:.1} | {:.1} |",
        total as f64 / elapsed,
        p(0.5),
        p(0.99)
    );
}
