//! What anyone can write into the append-only trail is bounded: every field
//! has a size, malformed keys never reach it, and refusals enter it at a
//! bounded rate, the rest counted.

use reqwest::StatusCode;

use super::steps_support::{Step, team, user};
use super::{TestApp, client};

async fn trail_bytes(app: &TestApp) -> i64 {
    sqlx::query_scalar(
        "SELECT COALESCE(SUM(LENGTH(actor_name) + LENGTH(action) + LENGTH(target) + LENGTH(detail)), 0) FROM audit_events",
    )
    .fetch_one(&app.db().await)
    .await
    .expect("a sum")
}

async fn events(app: &TestApp, action: &str) -> Vec<(String, String)> {
    sqlx::query_as("SELECT target, detail FROM audit_events WHERE action = $1 ORDER BY seq")
        .bind(action)
        .fetch_all(&app.db().await)
        .await
        .expect("events")
}

#[tokio::test]
async fn a_huge_user_name_adds_a_few_bytes_not_megabytes() {
    let app = TestApp::spawn().await;
    let before = trail_bytes(&app).await;
    let huge = "u".repeat(1_900_000);
    for _ in 0..5 {
        let response = app.try_login(&client(), &huge, "x").await;
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    }
    let added = trail_bytes(&app).await - before;
    assert!(added < 5_000, "five sign-ins with a 1.9 MB name added {added} bytes");
}

#[tokio::test]
async fn repeated_refusals_become_one_event_with_a_count() {
    let t = team().await;
    let outsider = user(&t.app, "outsider", &[]).await;
    let path = format!("/deployments/{}", t.id);
    for _ in 0..200 {
        assert_eq!(t.app.get(&outsider, &path).await.status(), StatusCode::FORBIDDEN);
    }
    assert_eq!(events(&t.app, "deployment.read").await.len(), 1, "the first refusal is written");
    // When the minute is over, the rest become one event with their count.
    let mut conn = t.app.db().await.acquire().await.expect("a connection");
    let written = countersign::db::audit::flush_refusals(&mut conn, countersign::db::now() + 61, 100)
        .await
        .expect("the summaries are written");
    assert!(written >= 1);
    let summaries = events(&t.app, "audit.refusals-counted").await;
    let counted: Vec<&(String, String)> =
        summaries.iter().filter(|(target, _)| *target == format!("deployment:{}", t.id)).collect();
    assert_eq!(counted.len(), 1, "{summaries:?}");
    assert!(counted[0].1.contains("\"count\":199"), "{}", counted[0].1);
}

#[tokio::test]
async fn one_persons_refusals_are_budgeted_per_minute() {
    let t = team().await;
    // A Lync administrator may read the deployment, but countersign nothing that is not signed.
    let lync = user(&t.app, "lync1", &["rtc-universal-server-admins"]).await;
    let plan = countersign::plan::from_answers_text(
        &countersign::catalog::builtin().expect("the catalog"),
        &countersign::answers::example_toml(),
    )
    .expect("the example plans")
    .1;
    let csrf = super::csrf_of(&super::text(t.app.get(&lync, "/").await).await);
    let mut refused = 0;
    // Countersigning steps nobody signed: each a different refusal, on a different step.
    for (index, step) in plan.steps.iter().enumerate() {
        let other = Step { app: &t.app, id: t.id, key: &step.key };
        let nonce = format!("budget-{index}");
        let response = other.post(&lync, &csrf, "countersign", "1", &nonce, &step.content_sha256, &[], None).await;
        assert_eq!(response.status(), StatusCode::FORBIDDEN, "{}", step.key);
        refused += 1;
    }
    let written = events(&t.app, "step.countersign").await.len() as i64;
    eprintln!("{written} events for {refused} refusals");
    assert!(refused > countersign::db::audit::REFUSALS_PER_WINDOW, "enough refusals to pass the budget");
    assert!(
        written <= countersign::db::audit::REFUSALS_PER_WINDOW,
        "{written} events for {refused} refusals in a minute"
    );
    // The rest are summed up under whose budget it was, not under the first refusal's step.
    let mut conn = t.app.db().await.acquire().await.expect("a connection");
    countersign::db::audit::flush_refusals(&mut conn, countersign::db::now() + 61, 100).await.expect("flushed");
    let lync_id: i64 = sqlx::query_scalar("SELECT id FROM users WHERE username = 'lync1'")
        .fetch_one(&t.app.db().await)
        .await
        .expect("id");
    let summaries = events(&t.app, "audit.refusals-counted").await;
    let budget = summaries.iter().find(|(target, _)| *target == format!("user:{lync_id}")).expect("a budget summary");
    assert!(budget.1.contains(&format!("\"count\":{}", refused - written)), "{}", budget.1);
}

#[tokio::test]
async fn a_malformed_step_key_is_refused_before_it_reaches_the_trail() {
    let t = team().await;
    let before = t.app.audit_count().await;
    let key = "k".repeat(60_000);
    let step = Step { app: &t.app, id: t.id, key: &key };
    let csrf = super::csrf_of(&super::text(t.app.get(&t.org1, "/").await).await);
    let response = step.post(&t.org1, &csrf, "sign", "1", "n", "", &[], None).await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    let odd = Step { app: &t.app, id: t.id, key: "um.deploy-exchange%0A" };
    assert_eq!(odd.post(&t.org1, &csrf, "sign", "1", "n", "", &[], None).await.status(), StatusCode::NOT_FOUND);
    assert_eq!(t.app.audit_count().await, before, "nothing was written");
}
