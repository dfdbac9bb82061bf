//! What every request goes through: CSRF, the authorisation function, the
//! security headers, the append-only audit table.

use reqwest::StatusCode;

use super::{TestApp, csrf_of, text};

#[tokio::test]
async fn a_form_without_its_csrf_token_changes_nothing() {
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    let users_before: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM users").fetch_one(&app.db().await).await.expect("count");
    let events_before = app.audit_count().await;

    let missing = admin
        .post(app.url("/admin/users"))
        .form(&[("username", "eve"), ("roles", "admin")])
        .send()
        .await
        .expect("answer");
    assert_eq!(missing.status(), StatusCode::FORBIDDEN);
    assert!(text(missing).await.contains("nothing was changed"));
    let wrong = admin
        .post(app.url("/admin/users"))
        .form(&[("csrf", "0".repeat(64).as_str()), ("username", "eve"), ("roles", "admin")])
        .send()
        .await
        .expect("answer");
    assert_eq!(wrong.status(), StatusCode::FORBIDDEN);
    // A token from another session is as wrong as none.
    let other = app.admin().await;
    let foreign = csrf_of(&text(app.get(&other, "/").await).await);
    let replayed = admin
        .post(app.url("/admin/users"))
        .form(&[("csrf", foreign.as_str()), ("username", "eve")])
        .send()
        .await
        .expect("answer");
    assert_eq!(replayed.status(), StatusCode::FORBIDDEN);

    let users_after: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM users").fetch_one(&app.db().await).await.expect("count");
    assert_eq!(users_before, users_after);
    // The second admin's login is the only new event.
    assert_eq!(app.audit_count().await, events_before + 1);
}

#[tokio::test]
async fn a_user_without_the_coordinator_role_cannot_create_a_deployment() {
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    let password = app.create_user(&admin, "ola", &["exchange-org-admins"]).await;
    let ola = app.login("ola", &password).await;
    let form = app.get(&ola, "/deployments/new").await;
    assert_eq!(form.status(), StatusCode::FORBIDDEN);
    let response = app.post_form(&ola, "/deployments", "/", &[("deployment.name", "Sneaky")]).await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    // Said in words, not as the action's key.
    assert!(text(response).await.contains("Creating a deployment needs the Coordinator role"));
    let deployments: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM deployments").fetch_one(&app.db().await).await.expect("count");
    assert_eq!(deployments, 0);
    let refused: Vec<_> = app
        .audit()
        .await
        .into_iter()
        .filter(|(actor, action, _, outcome)| actor == "ola" && action == "deployment.create" && outcome == "refused")
        .collect();
    assert_eq!(refused.len(), 1, "the page's refusal is recorded: {refused:?}");
    // The post, refused alike within the minute, is counted with the first, not written again.
    let counted: i64 = sqlx::query_scalar(
        "SELECT repeats FROM refusal_windows WHERE action = 'deployment.create' AND fingerprint NOT LIKE 'budget:%'",
    )
    .fetch_one(&app.db().await)
    .await
    .expect("a window");
    assert_eq!(counted, 1);
}

#[tokio::test]
async fn every_response_carries_the_security_headers() {
    let app = TestApp::spawn().await;
    for path in ["/login", "/healthz", "/no-such-page"] {
        let response = app.get(&super::client(), path).await;
        let header =
            |name: &str| response.headers().get(name).and_then(|v| v.to_str().ok()).unwrap_or_default().to_owned();
        let csp = header("content-security-policy");
        assert!(
            csp.contains("script-src 'self'")
                && !csp.contains("unsafe-inline")
                && csp.contains("frame-ancestors 'none'"),
            "{path}: {csp}"
        );
        assert_eq!(header("x-content-type-options"), "nosniff");
        assert_eq!(header("referrer-policy"), "same-origin");
        assert_eq!(header("x-request-id").len(), 16);
    }
    let missing = app.get(&super::client(), "/no-such-page").await;
    assert_eq!(missing.status(), StatusCode::NOT_FOUND);
    let id = missing.headers().get("x-request-id").and_then(|v| v.to_str().ok()).unwrap_or_default().to_owned();
    assert!(text(missing).await.contains(&id), "the error page shows the request id");
}

/// A static file's type, caching and body.
async fn fetched(app: &TestApp, path: &str) -> (String, String, Vec<u8>) {
    let response = app.get(&super::client(), path).await;
    assert_eq!(response.status(), StatusCode::OK, "{path}");
    let header = |name| response.headers().get(name).and_then(|v| v.to_str().ok()).unwrap_or_default().to_owned();
    let (kind, caching) = (header("content-type"), header("cache-control"));
    (kind, caching, response.bytes().await.expect("a body").to_vec())
}

#[tokio::test]
async fn static_files_are_kept_for_good_only_under_their_own_version() {
    let app = TestApp::spawn().await;
    let page = text(app.get(&super::client(), "/login").await).await;
    for (file, kind) in [("style.css", "text/css"), ("app.js", "text/javascript"), ("favicon.svg", "image/svg+xml")] {
        let prefix = format!("\"/static/{file}?v=");
        let at = page.find(&prefix).unwrap_or_else(|| panic!("the page links {file} by version:\n{page}")) + 1;
        let link = &page[at..at + page[at..].find('"').expect("the link ends")];
        let version = &link[prefix.len() - 1..];
        assert!(version.len() == 16 && version.bytes().all(|b| b.is_ascii_hexdigit()), "{link}");
        let (got_kind, caching, body) = fetched(&app, link).await;
        assert!(got_kind.starts_with(kind), "{file}: {got_kind}");
        assert_eq!(caching, "public, max-age=31536000, immutable", "{file}");
        // A page of another release asks for its own version: what this replica has is not kept under it.
        for other in [format!("/static/{file}?v=0000000000000000"), format!("/static/{file}")] {
            let (_, caching, same) = fetched(&app, &other).await;
            assert_eq!(caching, "no-cache", "{other}");
            assert_eq!(same, body, "{other}");
        }
        let digest = <sha2::Sha256 as sha2::Digest>::digest(&body);
        assert_eq!(version, hex::encode(&digest[..8]), "{file}: the version is its content's");
    }
    assert!(fetched(&app, "/favicon.ico").await.0.starts_with("image/svg+xml"), "browsers ask for it by that name");
    assert_eq!(app.get(&super::client(), "/static/other.css").await.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn the_health_check_answers() {
    let app = TestApp::spawn().await;
    let response = app.get(&super::client(), "/healthz").await;
    assert_eq!(response.status(), StatusCode::OK);
}

#[tokio::test]
async fn the_audit_table_refuses_update_and_delete() {
    let app = TestApp::spawn().await;
    let _admin = app.admin().await;
    let db = app.db().await;
    let update = sqlx::query("UPDATE audit_events SET actor_name = 'mallory'").execute(&db).await;
    assert!(update.is_err_and(|e| e.to_string().contains("append-only")));
    let delete = sqlx::query("DELETE FROM audit_events").execute(&db).await;
    assert!(delete.is_err_and(|e| e.to_string().contains("append-only")));
    // The events chain: each holds the hash of the one before.
    let rows: Vec<(String, String)> =
        sqlx::query_as("SELECT prev_sha256, sha256 FROM audit_events ORDER BY seq").fetch_all(&db).await.expect("rows");
    assert!(rows.len() >= 2);
    for pair in rows.windows(2) {
        assert_eq!(pair[1].0, pair[0].1);
    }
}

#[tokio::test]
async fn oversized_forms_are_refused() {
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    let huge = "x".repeat(countersign::web::MAX_BODY_BYTES + 10);
    let response = app.post_form(&admin, "/admin/users", "/admin/users", &[("username", huge.as_str())]).await;
    assert_eq!(response.status(), StatusCode::PAYLOAD_TOO_LARGE);
}

#[tokio::test]
async fn error_pages_keep_the_navigation_and_a_way_back() {
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    let missing = app.get(&admin, "/deployments/999/steps/um.deploy-exchange").await;
    assert_eq!(missing.status(), StatusCode::NOT_FOUND);
    let page = text(missing).await;
    assert!(page.contains("Sign out") && page.contains("href=\"/inbox\""), "the signed-in navigation");
    assert!(page.contains("Back to the step") && page.contains("Back to my work"), "a way back");
    let anonymous = app.get(&super::client(), "/no/such/page").await;
    assert!(text(anonymous).await.contains("Sign in"));
}
