//! The data set of the page benchmark (tests/bench/pages.sh), built through
//! a real server the script started: deployments created through the form,
//! sign-offs through the step pages' own forms, older deployments completed
//! or cancelled. Prints the sign-offs' throughput and latency; writes the
//! session cookies and the paths the load runs over. Asserts no time.

use std::sync::{Arc, Mutex};
use std::time::Instant;

use reqwest::{Client, StatusCode};

use crate::bench::{env_number, percentile};
use crate::portal::steps_support::form_fields;
use crate::portal::{TestApp, csrf_of, session_cookie, text};

/// A form to post to a step: the deployment, the step, and the page's fields.
struct Form {
    id: i64,
    key: String,
    kind: &'static str,
    fields: (String, String, String, String),
}

/// Runs `work` over `items` with `clients` tasks at once; returns each item's milliseconds.
async fn concurrently<T, F, Fut>(items: Vec<T>, clients: usize, work: F) -> Vec<f64>
where
    T: Send + 'static,
    F: Fn(T) -> Fut + Send + Sync + 'static,
    Fut: std::future::Future<Output = ()> + Send,
{
    let queue = Arc::new(Mutex::new(items));
    let work = Arc::new(work);
    let mut tasks = Vec::new();
    for _ in 0..clients {
        let (queue, work) = (queue.clone(), work.clone());
        tasks.push(tokio::spawn(async move {
            let mut latencies = Vec::new();
            loop {
                let next = queue.lock().ok().and_then(|mut q| q.pop());
                let Some(item) = next else { return latencies };
                let started = Instant::now();
                work(item).await;
                latencies.push(started.elapsed().as_secs_f64() * 1000.0);
            }
        }));
    }
    let mut all = Vec::new();
    for task in tasks {
        all.extend(task.await.expect("a client task"));
    }
    all
}

/// Reads the step pages of `steps` as `client` and keeps the forms of `kind` they offer.
async fn collect_forms(base: &str, client: &Client, steps: Vec<(i64, String)>, kind: &'static str) -> Vec<Form> {
    let found = Arc::new(Mutex::new(Vec::new()));
    let (base, client, sink) = (base.to_owned(), client.clone(), found.clone());
    concurrently(steps, 16, move |(id, key): (i64, String)| {
        let (base, client, sink) = (base.clone(), client.clone(), sink.clone());
        async move {
            let response = client.get(format!("{base}/deployments/{id}/steps/{key}")).send().await.expect("an answer");
            assert_eq!(response.status(), StatusCode::OK, "the step page of {id}/{key}");
            if let Some(fields) = form_fields(&text(response).await, kind) {
                sink.lock().expect("the list").push(Form { id, key, kind, fields });
            }
        }
    })
    .await;
    Arc::try_unwrap(found).ok().and_then(|m| m.into_inner().ok()).unwrap_or_default()
}

/// The next of `bases`, in turn: several replicas share the load as behind a round-robin balancer.
fn next_base(bases: &[String], turn: &std::sync::atomic::AtomicUsize) -> String {
    bases[turn.fetch_add(1, std::sync::atomic::Ordering::Relaxed) % bases.len()].clone()
}

/// Posts `forms` as `client`, 32 at once, to each of `bases` in turn; returns each post's milliseconds.
async fn post_forms(bases: &[String], client: &Client, forms: Vec<Form>, note: &'static str) -> Vec<f64> {
    let (bases, client) = (bases.to_vec(), client.clone());
    let turn = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    concurrently(forms, 32, move |form: Form| {
        let (base, client) = (next_base(&bases, &turn), client.clone());
        async move {
            let (csrf, version, nonce, content) = form.fields;
            let mut multipart = reqwest::multipart::Form::new()
                .text("csrf", csrf)
                .text("kind", form.kind)
                .text("version", version)
                .text("nonce", nonce)
                .text("content_sha256", content);
            multipart = if form.kind == "not-applicable" {
                multipart.text("reason", note)
            } else {
                multipart.text("note", note)
            };
            let response = client
                .post(format!("{base}/deployments/{}/steps/{}/act", form.id, form.key))
                .multipart(multipart)
                .send()
                .await
                .expect("an answer");
            assert_eq!(response.status(), StatusCode::SEE_OTHER, "{} of {}/{}", form.kind, form.id, form.key);
        }
    })
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "a benchmark's set-up, run by tests/bench/pages.sh"]
async fn bench_build_pages() {
    // One server, or several replicas separated by spaces: writes go to each in turn.
    let urls = std::env::var("COUNTERSIGN_BENCH_URL").expect("COUNTERSIGN_BENCH_URL names the server");
    let bases: Vec<String> = urls.split_whitespace().map(str::to_owned).collect();
    let base = bases.first().expect("a server").clone();
    let out = std::path::PathBuf::from(std::env::var("COUNTERSIGN_BENCH_OUT").expect("COUNTERSIGN_BENCH_OUT"));
    let deployments = env_number("COUNTERSIGN_BENCH_DEPLOYMENTS", 1000) as i64;
    let dir = tempfile::tempdir().expect("a temporary folder");
    let app = TestApp {
        base: base.clone(),
        admin_password: std::env::var("COUNTERSIGN_BENCH_ADMIN_PASSWORD").expect("the admin's password"),
        db: countersign::db::Location::File(dir.path().join("unused.db")),
        running: None,
        _dir: dir,
    };
    let admin = app.admin().await;
    let exchange = ["exchange-org-admins", "exchange-server-admins", "exchange-recipient-admins", "local-admins"];
    let mut passwords = std::collections::HashMap::new();
    for (name, roles) in [
        ("coord", &["coordinator"][..]),
        ("signer", &exchange[..]),
        ("checker", &exchange[..]),
        ("reader", &["exchange-org-admins", "exchange-server-admins", "local-admins"][..]),
        ("auditor", &["auditor"][..]),
    ] {
        passwords.insert(name, app.create_user(&admin, name, roles).await);
    }
    let coordinator = app.login("coord", &passwords["coord"]).await;
    let signer = app.login("signer", &passwords["signer"]).await;
    let checker = app.login("checker", &passwords["checker"]).await;

    // Deployments, through the new-deployment form.
    let started = Instant::now();
    let form = {
        let mut fields = countersign::answers::form::from_toml(&countersign::answers::example_toml());
        fields.insert("workflow.countersigner".to_owned(), "same-requirement".to_owned());
        fields
    };
    let token = csrf_of(&text(app.get(&coordinator, "/deployments/new").await).await);
    let ids = Arc::new(Mutex::new(Vec::new()));
    {
        let (bases, client, token, ids) = (bases.clone(), coordinator.clone(), token.clone(), ids.clone());
        let turn = Arc::new(std::sync::atomic::AtomicUsize::new(0));
        concurrently((1..=deployments).collect(), 8, move |n: i64| {
            let (base, client, token, ids) = (next_base(&bases, &turn), client.clone(), token.clone(), ids.clone());
            let mut fields = form.clone();
            fields.insert("deployment.name".to_owned(), format!("Contoso integration {n:05}"));
            async move {
                let mut pairs: Vec<(String, String)> = fields.into_iter().collect();
                pairs.push(("csrf".to_owned(), token));
                let response = client.post(format!("{base}/deployments")).form(&pairs).send().await.expect("an answer");
                assert_eq!(response.status(), StatusCode::SEE_OTHER, "deployment {n}: {}", text(response).await);
                let id: i64 = crate::portal::location(&response)
                    .trim_start_matches("/deployments/")
                    .parse()
                    .expect("the new deployment's page");
                ids.lock().expect("ids").push(id);
            }
        })
        .await;
    }
    let mut ids = Arc::try_unwrap(ids).ok().and_then(|m| m.into_inner().ok()).unwrap_or_default();
    ids.sort_unstable();
    let created_in = started.elapsed().as_secs_f64();

    // Sign-offs: the Exchange steps ready at the start are signed and
    // countersigned, then those that became ready are signed.
    let every = |keys: &[&str]| -> Vec<(i64, String)> {
        ids.iter().flat_map(|id| keys.iter().map(move |k| (*id, (*k).to_owned()))).collect()
    };
    let first = ["um.deploy-exchange", "owa.check-ucma", "oauth.exchange-auth-certificate", "autodiscover.check"];
    let then = ["um.create-dial-plan", "owa.enable-im-virtual-directories", "autodiscover.set-internal-uri"];
    let mut latencies = Vec::new();
    let mut posting = 0.0;
    for (client, keys, kind) in
        [(&signer, &first[..], "sign"), (&checker, &first[..], "countersign"), (&signer, &then[..], "sign")]
    {
        let forms = collect_forms(&base, client, every(keys), kind).await;
        assert_eq!(forms.len(), ids.len() * keys.len(), "every {kind} form is offered");
        let started = Instant::now();
        latencies.extend(post_forms(&bases, client, forms, "ran it on EX01; output attached").await);
        posting += started.elapsed().as_secs_f64();
    }

    // History: of the older deployments, one in twenty is finished (its other
    // steps marked not applicable) and the rest cancelled.
    let active = (deployments / 10).max(10) as usize;
    let older: Vec<i64> = ids.iter().rev().skip(active).copied().collect();
    let plan = countersign::plan::from_answers_text(
        &countersign::catalog::builtin().expect("the catalog"),
        &countersign::answers::example_toml(),
    )
    .expect("plans")
    .1;
    let finished: Vec<i64> = older.iter().copied().filter(|id| id % 20 == 0).collect();
    let rest: Vec<(i64, String)> = finished
        .iter()
        .flat_map(|id| {
            plan.steps
                .iter()
                .filter(|s| !first.contains(&s.key.as_str()) && !then.contains(&s.key.as_str()))
                .map(move |s| (*id, s.key.clone()))
        })
        .collect();
    let overrides = collect_forms(&base, &coordinator, rest, "not-applicable").await;
    post_forms(&bases, &coordinator, overrides, "done outside this portal").await;
    let unsigned_then: Vec<(i64, String)> =
        finished.iter().flat_map(|id| then.iter().map(move |k| (*id, (*k).to_owned()))).collect();
    let checks = collect_forms(&base, &checker, unsigned_then, "countersign").await;
    post_forms(&bases, &checker, checks, "checked").await;
    let cancelled: Vec<i64> = older.iter().copied().filter(|id| id % 20 != 0).collect();
    {
        let (base, client, token) = (base.clone(), coordinator.clone(), token.clone());
        concurrently(cancelled.clone(), 8, move |id: i64| {
            let (base, client, token) = (base.clone(), client.clone(), token.clone());
            async move {
                let form = [("csrf", token.as_str()), ("reason", "replaced by a later deployment"), ("confirm", "yes")];
                let response =
                    client.post(format!("{base}/deployments/{id}/cancel")).form(&form).send().await.expect("an answer");
                assert_eq!(response.status(), StatusCode::SEE_OTHER, "cancelling {id}");
            }
        })
        .await;
    }

    // What the load runs over: the active deployments people have open.
    let open: Vec<i64> = ids.iter().rev().take(10).copied().collect();
    let lines = |name: &str, paths: Vec<String>| {
        std::fs::write(out.join(name), paths.join("\n") + "\n").expect("a paths file");
    };
    lines("deployment.paths", open.iter().map(|id| format!("/deployments/{id}")).collect());
    lines(
        "step.paths",
        open.iter()
            .flat_map(|id| plan.steps.iter().map(move |s| format!("/deployments/{id}/steps/{}", s.key)))
            .collect(),
    );
    lines(
        "deployment-any.paths",
        ids.iter().rev().step_by((ids.len() / 500).max(1)).map(|id| format!("/deployments/{id}")).collect(),
    );
    let scripts = countersign::render::script::scripts(&plan, "2026-12-01");
    lines(
        "script.paths",
        open.iter()
            .flat_map(|id| scripts.iter().map(move |s| format!("/deployments/{id}/scripts/{}", s.file_name)))
            .collect(),
    );
    for name in ["reader", "auditor"] {
        let cookie = session_cookie(&app, name, &passwords[name]).await;
        std::fs::write(out.join(format!("{name}.cookie")), cookie).expect("a cookie file");
    }

    latencies.sort_by(f64::total_cmp);
    println!("| deployments | created/s | sign-offs | sign-offs/s | p50 ms | p99 ms | complete | cancelled |");
    println!("|---|---|---|---|---|---|---|---|");
    println!(
        "| {} | {:.0} | {} | {:.0} | {:.1} | {:.1} | {} | {} |",
        ids.len(),
        ids.len() as f64 / created_in,
        latencies.len(),
        latencies.len() as f64 / posting,
        percentile(&latencies, 0.5),
        percentile(&latencies, 0.99),
        finished.len(),
        cancelled.len()
    );
}
