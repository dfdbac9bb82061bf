//! The report of a deployment and the dashboard, as an auditor and a
//! coordinator use them, and refused to everyone else.

use reqwest::StatusCode;

use super::steps_support::walk_to_complete;
use super::{TestApp, text};

#[tokio::test]
async fn the_report_of_a_completed_demo_deployment_lists_every_sign_off_and_proves_it() {
    let (app, users) = TestApp::spawn_demo().await;
    let password = |name: &str| users.iter().find(|(u, _)| u == name).map(|(_, p)| p.clone()).expect("a demo user");
    let exchange = app.login("exchange-team", &password("exchange-team")).await;
    let lync = app.login("lync-team", &password("lync-team")).await;
    walk_to_complete(&app, 1, &exchange, &lync).await;
    let auditor = app.login("auditor", &password("auditor")).await;
    let response = app.get(&auditor, "/deployments/1/report").await;
    assert_eq!(response.status(), StatusCode::OK);
    let report = text(response).await;
    assert!(report.contains("<strong>complete</strong>"));
    let db = app.db().await;
    let signoffs: Vec<(String, String, String)> =
        sqlx::query_as("SELECT actor_name, acting_as, content_sha256 FROM signoffs WHERE deployment_id = 1")
            .fetch_all(&db)
            .await
            .expect("rows");
    assert!(signoffs.len() > 20);
    for (who, acting_as, hash) in &signoffs {
        assert!(
            report.contains(who) && report.contains(acting_as) && report.contains(hash),
            "{who} as {acting_as}: {hash}"
        );
    }
    let events: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM audit_events WHERE target LIKE 'deployment:1/step:%' AND action LIKE 'step.%' AND outcome = 'done'",
    )
    .fetch_one(&db)
    .await
    .expect("count");
    assert_eq!(report.matches("c2sp.org/tlog-proof@v1").count() as i64, events, "a proof for every sign-off event");
    // One of them, taken from the page, checks offline against the portal's key.
    let start = report.find("c2sp.org/tlog-proof@v1").expect("a proof");
    let end = start + report[start..].find("</pre>").expect("its end");
    let proof =
        report[start..end].replace("&#43;", "+").replace("&#x2b;", "+").replace("&#61;", "=").replace("&#x3d;", "=");
    let proof = proof.replace("&#47;", "/").replace("&#x2f;", "/").replace("&#34;", "\"").replace("&quot;", "\"");
    let vkey = app.running.as_ref().expect("running").audit_vkey.clone();
    let parsed = countersign::audit::proof::InclusionProof::parse(&proof).expect("the proof parses");
    assert!(parsed.check(&vkey).is_ok(), "the printed proof checks offline");
}

#[tokio::test]
async fn the_dashboard_counts_deployments_and_waiting_work_and_is_refused_to_others() {
    let (app, users) = TestApp::spawn_demo().await;
    let password = |name: &str| users.iter().find(|(u, _)| u == name).map(|(_, p)| p.clone()).expect("a demo user");
    let coordinator = app.login("coordinator", &password("coordinator")).await;
    let page = app.get(&coordinator, "/dashboard").await;
    assert_eq!(page.status(), StatusCode::OK);
    let page = text(page).await;
    assert!(page.contains("<th scope=\"row\">active</th><td>1</td>"), "one active deployment");
    assert!(page.contains("<svg") && page.contains("role=\"img\""), "drawn as SVG, with a text equivalent");
    assert!(page.contains("Steps ready and waiting, by role"));
    let exchange = app.login("exchange-team", &password("exchange-team")).await;
    assert_eq!(app.get(&exchange, "/dashboard").await.status(), StatusCode::FORBIDDEN);
    assert_eq!(app.get(&exchange, "/deployments/1/report").await.status(), StatusCode::FORBIDDEN);
    let refused: Vec<String> = app
        .audit()
        .await
        .into_iter()
        .filter(|(who, _, _, outcome)| who == "exchange-team" && outcome == "refused")
        .map(|(_, _, target, _)| target)
        .collect();
    assert!(
        refused.contains(&"dashboard".to_owned()) && refused.contains(&"deployment:1/report".to_owned()),
        "{refused:?}"
    );
}
