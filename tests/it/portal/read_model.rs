//! The rows the pages read (each step's state, signatures and what it
//! waits on; each deployment's progress) against what the sign-offs and the
//! plan say; the list's pages and filters; and the rows written again when a
//! database was planned by another release.

use std::collections::HashMap;

use reqwest::StatusCode;

use super::steps_support::{Step, Team, team, user};
use super::{TestApp, text};
use countersign::workflow::{Context, Countersigner, Policy};

/// Each step's record as its row says, as the sign-offs say, and the state
/// its row shows beside the state the workflow's rules give.
async fn compare_rows(app: &TestApp, id: i64) {
    let pool = app.db().await;
    let mut conn = pool.acquire().await.expect("a connection");
    let rows = countersign::db::workflow::records(&mut conn, id).await.expect("the rows");
    let truth = countersign::db::workflow::records_from_signoffs(&mut conn, id).await.expect("the sign-offs");
    assert_eq!(rows, truth, "the rows' signatures are the sign-offs'");
    let answers = countersign::db::deployments::answers(&mut conn, id).await.expect("read").expect("answers");
    let catalog = countersign::catalog::builtin().expect("the catalog");
    let plan = countersign::plan::from_answers_text(&catalog, &answers).expect("plans").1;
    let (status, countersigner, required): (String, String, i64) =
        sqlx::query_as("SELECT status, countersigner, countersignatures_required FROM deployments WHERE id = $1")
            .bind(id)
            .fetch_one(&mut *conn)
            .await
            .expect("the deployment");
    let policy =
        Policy { countersigner: Countersigner::parse(&countersigner).expect("a policy"), required: required as usize };
    let ctx = Context { plan: &plan, records: &truth, policy, active: status == "active" };
    let shown: HashMap<String, (String, String, i64)> = sqlx::query_as::<_, (String, String, String, i64)>(
        "SELECT step_key, shown, waiting_on, active FROM step_status WHERE deployment_id = $1 AND in_plan = 1",
    )
    .bind(id)
    .fetch_all(&mut *conn)
    .await
    .expect("the rows")
    .into_iter()
    .map(|(key, shown, waiting, active)| (key, (shown, waiting, active)))
    .collect();
    assert_eq!(shown.len(), plan.steps.len(), "a row for every step of the plan");
    for step in &plan.steps {
        let (state, waiting, active) = &shown[&step.key];
        assert_eq!(state, ctx.state(&step.key).key(), "{}", step.key);
        assert_eq!(waiting, &ctx.waiting_on(step), "{}", step.key);
        assert_eq!(*active == 1, status == "active", "{}", step.key);
    }
    let (total, done): (i64, i64) = sqlx::query_as("SELECT steps_total, steps_done FROM deployments WHERE id = $1")
        .bind(id)
        .fetch_one(&mut *conn)
        .await
        .expect("progress");
    let finished = plan.steps.iter().filter(|s| ctx.state(&s.key).is_finished()).count() as i64;
    assert_eq!((total, done), (plan.steps.len() as i64, finished));
}

#[tokio::test]
async fn the_rows_pages_read_follow_every_kind_of_change() {
    let t: Team = team().await;
    compare_rows(&t.app, t.id).await;
    let deploy = Step { app: &t.app, id: t.id, key: "um.deploy-exchange" };
    let dial_plan = Step { app: &t.app, id: t.id, key: "um.create-dial-plan" };
    deploy.sign_and_countersign(&t.org1, &t.org2).await;
    compare_rows(&t.app, t.id).await;
    // A rejection opens a new round; the signature of the old one stops counting.
    assert_eq!(dial_plan.act(&t.org1, "sign", &[]).await.status(), StatusCode::SEE_OTHER);
    assert_eq!(dial_plan.act(&t.org2, "reject", &[("reason", "wrong name")]).await.status(), StatusCode::SEE_OTHER);
    compare_rows(&t.app, t.id).await;
    dial_plan.sign_and_countersign(&t.org1, &t.org2).await;
    // Reopening reaches the finished dependants.
    assert_eq!(
        deploy.act(&t.coordinator, "reopen", &[("reason", "the wrong server")]).await.status(),
        StatusCode::SEE_OTHER
    );
    compare_rows(&t.app, t.id).await;
    // A parameter change sends a signed step back to ready, and moves versions on.
    let lync = user(&t.app, "lync1", &["rtc-universal-server-admins"]).await;
    let certificate = Step { app: &t.app, id: t.id, key: "oauth.lync-oauth-certificate" };
    assert_eq!(certificate.act(&lync, "sign", &[]).await.status(), StatusCode::SEE_OTHER);
    t.set_parameter("parameters.lync_oauth_certificate_thumbprint", "0000000000000000000000000000000000000001").await;
    compare_rows(&t.app, t.id).await;
    // Not applicable, then cancelled: the steps leave the work queues.
    let check = Step { app: &t.app, id: t.id, key: "autodiscover.check" };
    assert_eq!(
        check.act(&t.coordinator, "not-applicable", &[("reason", "done by hand")]).await.status(),
        StatusCode::SEE_OTHER
    );
    compare_rows(&t.app, t.id).await;
    let home = text(t.app.get(&t.org1, "/").await).await;
    assert!(home.contains(&format!("/deployments/{}/steps/", t.id)), "active work is listed");
    let cancel = [("reason", "superseded"), ("confirm", "yes")];
    let path = format!("/deployments/{}/cancel", t.id);
    assert_eq!(
        t.app.post_form(&t.coordinator, &path, &format!("/deployments/{}", t.id), &cancel).await.status(),
        StatusCode::SEE_OTHER
    );
    compare_rows(&t.app, t.id).await;
    let home = text(t.app.get(&t.org1, "/").await).await;
    assert!(!home.contains(&format!("/deployments/{}/steps/", t.id)), "a cancelled deployment is nobody's work");
}

#[tokio::test]
async fn the_list_pages_by_keyset_filters_and_shows_state_and_progress() {
    let t: Team = team().await;
    for _ in 0..52 {
        t.app.create_example_deployment(&t.coordinator).await;
    }
    let newest = t.id + 52;
    // The first deployment is cancelled; one step of the newest is finished.
    let path = format!("/deployments/{}/cancel", t.id);
    let cancel = [("reason", "superseded"), ("confirm", "yes")];
    t.app.post_form(&t.coordinator, &path, &format!("/deployments/{}", t.id), &cancel).await;
    Step { app: &t.app, id: newest, key: "um.deploy-exchange" }.sign_and_countersign(&t.org1, &t.org2).await;

    let first = text(t.app.get(&t.org1, "/deployments").await).await;
    let rows = |page: &str| page.matches("<tr><td data-label=\"Name\"><a href=\"/deployments/").count();
    assert_eq!(rows(&first), 50, "a page holds fifty");
    assert!(first.contains(&format!("href=\"/deployments/{newest}\"")), "newest first");
    let catalog = countersign::catalog::builtin().expect("the catalog");
    let steps = countersign::plan::from_answers_text(&catalog, &countersign::answers::example_toml())
        .expect("plans")
        .1
        .steps
        .len();
    assert!(first.contains(&format!("1 of {steps}")), "progress of the newest: {}", &first[..first.len().min(3000)]);
    let next = first.split("href=\"/deployments?before=").nth(1).expect("a link to older ones");
    let next: String = next.chars().take_while(|c| *c != '"').collect();
    let second = text(t.app.get(&t.org1, &format!("/deployments?before={next}")).await).await;
    assert_eq!(rows(&second), 3, "the rest, without repeats");
    assert!(second.contains("state-cancelled"), "a cancelled deployment says so");
    assert!(!second.contains("Older deployments"));

    let cancelled = text(t.app.get(&t.org1, "/deployments?state=cancelled").await).await;
    assert_eq!(rows(&cancelled), 1);
    assert!(cancelled.contains(&format!("href=\"/deployments/{}\"", t.id)));
    let none = text(t.app.get(&t.org1, "/deployments?state=complete").await).await;
    assert!(none.contains("No deployment matches."));
    let by_name = text(t.app.get(&t.org1, "/deployments?q=CONTOSO%20exchange%202013").await).await;
    assert_eq!(rows(&by_name), 50, "any case, part of the name");
    let literal = text(t.app.get(&t.org1, "/deployments?q=100%25").await).await;
    assert_eq!(rows(&literal), 0, "a % is a percent sign, not a wildcard");

    let refused = t.app.get(&t.org1, "/deployments?state=open%22%3E&q=kept").await;
    assert_eq!(refused.status(), StatusCode::BAD_REQUEST);
    let page = text(refused).await;
    assert!(page.contains("state") && page.contains("open&#34;&#62;") && page.contains("must be one of"), "{page}");
    assert!(page.contains("value=\"kept\""), "what was typed stays in the form");
    let bad = t.app.get(&t.org1, "/deployments?before=abc").await;
    assert_eq!(bad.status(), StatusCode::BAD_REQUEST);
    // Someone who holds none of the plan's groups sees none of its deployments.
    let outsider = user(&t.app, "dns1", &["dns-admins"]).await;
    let theirs = text(t.app.get(&outsider, "/deployments").await).await;
    assert_eq!(rows(&theirs), 50, "DNS Admins is in the example plan");
    let stranger = user(&t.app, "nobody", &[]).await;
    assert_eq!(rows(&text(t.app.get(&stranger, "/deployments").await).await), 0);
}

#[tokio::test]
async fn rows_of_another_release_are_written_again_at_start() {
    let mut t: Team = team().await;
    let deploy = Step { app: &t.app, id: t.id, key: "um.deploy-exchange" };
    deploy.sign_and_countersign(&t.org1, &t.org2).await;
    Step { app: &t.app, id: t.id, key: "um.create-dial-plan" }.act(&t.org1, "sign", &[]).await;
    let pool = t.app.db().await;
    let snapshot = || async {
        type StepRow = (String, String, String, Option<i64>, String, String, String);
        let rows: Vec<StepRow> = sqlx::query_as(
            "SELECT step_key, state, shown, signer_id, countersigners, waiting_on, title FROM step_status
             WHERE deployment_id = $1 ORDER BY step_key",
        )
        .bind(t.id)
        .fetch_all(&pool)
        .await
        .expect("the rows");
        rows
    };
    let before = snapshot().await;
    // What a database from before the rows, or of another release, holds.
    sqlx::query(
        "UPDATE step_status SET shown = 'ready', signer_id = NULL, countersigners = '[]', waiting_on = '', title = ''",
    )
    .execute(&pool)
    .await
    .expect("scrambled");
    sqlx::query("UPDATE deployments SET planned_from = '', steps_done = 0, answers_sha256 = ''")
        .execute(&pool)
        .await
        .expect("scrambled");
    t.app.restart().await;
    assert_eq!(snapshot().await, before, "written again from the plan and the sign-offs");
    compare_rows(&t.app, t.id).await;
    let page = text(t.app.get(&t.org1, &format!("/deployments/{}", t.id)).await).await;
    assert!(
        page.contains(&format!("/deployments/{}/steps/um.deploy-exchange", t.id)),
        "the deployment page reads the rows"
    );
}

#[tokio::test]
async fn the_inbox_pages_fifty_at_a_time_and_the_count_stops_at_99_plus() {
    let t: Team = team().await;
    let pool = t.app.db().await;
    let user: i64 =
        sqlx::query_scalar("SELECT id FROM users WHERE username = 'org1'").fetch_one(&pool).await.expect("org1");
    // Messages as handoffs leave them (written here in bulk: 120 handoffs would take a long walk).
    for n in 1..=120 {
        sqlx::query(
            "INSERT INTO notifications (user_id, deployment_id, message, link, created_at) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(user)
        .bind(t.id)
        .bind(format!("message number {n:03}"))
        .bind(format!("/deployments/{}", t.id))
        .bind(1_767_225_600 + n)
        .execute(&pool)
        .await
        .expect("a message");
    }
    let mut seen = Vec::new();
    let mut path = "/inbox".to_owned();
    loop {
        let page = text(t.app.get(&t.org1, &path).await).await;
        assert!(page.contains("<span class=\"unread\" title=\"unread\">99+</span>"), "the count stops");
        let numbers: Vec<String> =
            page.match_indices("message number ").map(|(i, m)| page[i + m.len()..i + m.len() + 3].to_owned()).collect();
        assert!(numbers.len() <= 50);
        seen.extend(numbers);
        let Some(next) = page.split("href=\"/inbox?before=").nth(1) else { break };
        path = format!("/inbox?before={}", next.chars().take_while(|c| c.is_ascii_digit()).collect::<String>());
    }
    let expected: Vec<String> = (1..=120).rev().map(|n| format!("{n:03}")).collect();
    assert_eq!(seen, expected, "newest first, every message once");
    assert_eq!(t.app.get(&t.org1, "/inbox?before=x%27").await.status(), StatusCode::OK, "a bad cursor starts over");
}

#[tokio::test]
async fn my_work_leaves_out_what_the_person_already_countersigned() {
    let t: Team = super::steps_support::team_with(TestApp::spawn().await, &[("workflow.countersignatures", "2")]).await;
    let org3 = user(&t.app, "org3", &["exchange-org-admins"]).await;
    let step = Step { app: &t.app, id: t.id, key: "um.deploy-exchange" };
    assert_eq!(step.act(&t.org1, "sign", &[]).await.status(), StatusCode::SEE_OTHER);
    assert_eq!(step.act(&t.org2, "countersign", &[]).await.status(), StatusCode::SEE_OTHER);
    // The list is left out when it is empty.
    let section = |page: &str| {
        let Some(start) = page.find("Ready for you to countersign") else { return String::new() };
        let end = page[start..].find("cannot start yet").map_or(page.len(), |e| start + e);
        page[start..end].to_owned()
    };
    let link = format!("/deployments/{}/steps/um.deploy-exchange", t.id);
    assert!(!section(&text(t.app.get(&t.org2, "/").await).await).contains(&link), "countersigned already");
    assert!(!section(&text(t.app.get(&t.org1, "/").await).await).contains(&link), "signed it");
    assert!(section(&text(t.app.get(&org3, "/").await).await).contains(&link), "the second countersignature");
}
