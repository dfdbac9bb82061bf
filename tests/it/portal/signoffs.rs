//! Sign-offs through the real server: the whole life of a step, the rules
//! that refuse, concurrency and replays, handoffs and their webhook.

use std::time::Duration;

use countersign::web::OutboxConfig;
use reqwest::{Client, StatusCode};

use super::steps_support::{Step, Team, form_fields, team, team_with, user};
use super::{TestApp, text};

async fn signoff_count(app: &TestApp, id: i64, key: &str, action: &str) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM signoffs WHERE deployment_id = $1 AND step_key = $2 AND action = $3")
        .bind(id)
        .bind(key)
        .bind(action)
        .fetch_one(&app.db().await)
        .await
        .expect("count")
}

#[tokio::test]
async fn one_step_signed_with_evidence_and_countersigned() {
    let t = team().await;
    let step = Step { app: &t.app, id: t.id, key: "oauth.exchange-auth-certificate" };
    assert_eq!(step.state(&t.org1).await, "ready");
    let page = step.page(&t.org1).await;
    let (csrf, version, nonce, content) = form_fields(&page, "sign").expect("a sign form");
    let transcript = b"Thumbprint : 1A2B\r\nSubject : CN=Microsoft Exchange Server Auth Certificate\r\n".to_vec();
    let signed = step
        .post(
            &t.org1,
            &csrf,
            "sign",
            &version,
            &nonce,
            &content,
            &[("note", "checked on EX01"), ("evidence_text", "NotAfter 2030-01-01")],
            Some(("transcript.txt", transcript.clone())),
        )
        .await;
    assert_eq!(signed.status(), StatusCode::SEE_OTHER);
    assert_eq!(step.state(&t.org2).await, "signed");
    assert!(
        form_fields(&step.page(&t.org1).await, "countersign").is_none(),
        "the signer is offered no countersign button"
    );

    assert_eq!(
        step.act(&t.org2, "countersign", &[("note", "looked at the transcript")]).await.status(),
        StatusCode::SEE_OTHER
    );
    assert_eq!(step.state(&t.org2).await, "countersigned");
    let page = step.page(&t.org2).await;
    use sha2::{Digest, Sha256};
    let file_hash = hex::encode(Sha256::digest(&transcript));
    for expected in [
        "org1",
        "org2",
        "checked on EX01",
        "NotAfter 2030-01-01",
        "transcript.txt",
        file_hash.as_str(),
        "Exchange Organization Administrators",
    ] {
        assert!(page.contains(expected), "the history lacks {expected}");
    }
    let evidence: (String, String) =
        sqlx::query_as("SELECT content_sha256, evidence_sha256 FROM signoffs WHERE action = 'sign'")
            .fetch_one(&t.app.db().await)
            .await
            .expect("row");
    assert_eq!(evidence.1, file_hash);
    assert!(page.contains(&evidence.0), "the page shows the hash of the commands signed");
    let events: Vec<(String, String, String)> =
        sqlx::query_as("SELECT actor_name, action, detail FROM audit_events WHERE action LIKE 'step.%' ORDER BY seq")
            .fetch_all(&t.app.db().await)
            .await
            .expect("events");
    assert_eq!(events.len(), 2);
    assert_eq!((events[0].0.as_str(), events[0].1.as_str()), ("org1", "step.sign"));
    assert!(events[0].2.contains("\"acting_as\":\"Exchange Organization Administrators\""));
    assert_eq!((events[1].0.as_str(), events[1].1.as_str()), ("org2", "step.countersign"));
}

#[tokio::test]
async fn nobody_countersigns_their_own_step_not_even_an_admin() {
    let t = team().await;
    let everything = user(&t.app, "boss", &["admin", "coordinator", "auditor", "exchange-org-admins"]).await;
    let step = Step { app: &t.app, id: t.id, key: "oauth.exchange-auth-certificate" };
    assert_eq!(step.act(&everything, "sign", &[]).await.status(), StatusCode::SEE_OTHER);
    let page = step.page(&everything).await;
    assert!(form_fields(&page, "countersign").is_none());
    assert!(page.contains("you signed this step: a different person must countersign or reject it"));
    // A hand-made form is refused by the same rule.
    let (csrf, version, _, content) = form_fields(&page, "not-applicable").expect("the coordinator's form");
    let forged = step.post(&everything, &csrf, "countersign", &version, "forged-nonce", &content, &[], None).await;
    assert_eq!(forged.status(), StatusCode::FORBIDDEN);
    assert!(text(forged).await.contains("different person"));
    assert_eq!(step.state(&t.org1).await, "signed");
    let refused: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM audit_events WHERE actor_name = 'boss' AND action = 'step.countersign' AND outcome = 'refused'").fetch_one(&t.app.db().await).await.expect("count");
    assert_eq!(refused, 1);
}

#[tokio::test]
async fn ocsumutil_is_refused_to_someone_with_only_one_of_its_two_groups() {
    let t = team().await;
    // The coordinator clears the way: every earlier step not applicable.
    let plan_page = text(t.app.get(&t.coordinator, &format!("/deployments/{}", t.id)).await).await;
    let before: Vec<&str> = [
        "um.deploy-exchange",
        "um.install-certificates",
        "um.create-dial-plan",
        "um.set-dial-plan-security",
        "um.add-servers-to-dial-plan",
        "um.assign-sip-addresses",
        "um.run-exchucutil",
        "um.configure-lync-dial-plan",
        "um.grant-contact-ou-permission",
    ]
    .to_vec();
    assert!(plan_page.contains("um.run-ocsumutil"));
    for key in before {
        let step = Step { app: &t.app, id: t.id, key };
        assert_eq!(
            step.act(&t.coordinator, "not-applicable", &[("reason", "done before Countersign")]).await.status(),
            StatusCode::SEE_OTHER,
            "{key}"
        );
    }
    let step = Step { app: &t.app, id: t.id, key: "um.run-ocsumutil" };
    let server_only = user(&t.app, "srv", &["rtc-universal-server-admins"]).await;
    assert_eq!(step.state(&server_only).await, "ready");
    let page = step.page(&server_only).await;
    assert!(form_fields(&page, "sign").is_none());
    assert!(page.contains(
        "signing needs RTCUniversalServerAdmins and RTCUniversalUserAdmins; you hold RTCUniversalServerAdmins"
    ));
    let both = user(&t.app, "both", &["rtc-universal-server-admins", "rtc-universal-user-admins"]).await;
    assert_eq!(step.act(&both, "sign", &[]).await.status(), StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn a_rejected_step_returns_to_ready_and_the_signer_sees_why() {
    let t = team().await;
    let step = Step { app: &t.app, id: t.id, key: "oauth.exchange-auth-certificate" };
    assert_eq!(step.act(&t.org1, "sign", &[]).await.status(), StatusCode::SEE_OTHER);
    let no_reason = step.act(&t.org2, "reject", &[("reason", "  ")]).await;
    assert_eq!(no_reason.status(), StatusCode::UNPROCESSABLE_ENTITY, "a rejection needs a reason");
    assert_eq!(
        step.act(&t.org2, "reject", &[("reason", "the certificate expires next week")]).await.status(),
        StatusCode::SEE_OTHER
    );
    assert_eq!(step.state(&t.org1).await, "ready");
    assert!(step.page(&t.org1).await.contains("rejected by org2: the certificate expires next week"));
    let inbox = text(t.app.get(&t.org1, "/inbox").await).await;
    assert!(inbox.contains("was rejected by org2: the certificate expires next week"));
    assert!(text(t.app.get(&t.org1, "/").await).await.contains("class=\"unread\""));
    // A new round: signed again and countersigned.
    step.sign_and_countersign(&t.org1, &t.org2).await;
    assert_eq!(step.state(&t.org1).await, "countersigned");
}

#[tokio::test]
async fn not_applicable_finishes_a_step_and_frees_its_dependants() {
    let t = team().await;
    let deploy = Step { app: &t.app, id: t.id, key: "um.deploy-exchange" };
    let dial_plan = Step { app: &t.app, id: t.id, key: "um.create-dial-plan" };
    assert_eq!(dial_plan.state(&t.org1).await, "blocked");
    assert!(form_fields(&deploy.page(&t.org1).await, "not-applicable").is_none(), "only coordinators");
    assert_eq!(
        deploy.act(&t.coordinator, "not-applicable", &[("reason", "Exchange 2013 is already deployed")]).await.status(),
        StatusCode::SEE_OTHER
    );
    assert_eq!(deploy.state(&t.org1).await, "not-applicable");
    assert_eq!(dial_plan.state(&t.org1).await, "ready");
}

#[tokio::test]
async fn reopening_a_step_makes_its_finished_dependants_need_signing_again() {
    let t = team().await;
    let deploy = Step { app: &t.app, id: t.id, key: "um.deploy-exchange" };
    let dial_plan = Step { app: &t.app, id: t.id, key: "um.create-dial-plan" };
    deploy.sign_and_countersign(&t.org1, &t.org2).await;
    dial_plan.sign_and_countersign(&t.org2, &t.org1).await;
    assert_eq!(dial_plan.state(&t.org1).await, "countersigned");
    assert_eq!(
        deploy.act(&t.coordinator, "reopen", &[("reason", "setup was run on the wrong server")]).await.status(),
        StatusCode::SEE_OTHER
    );
    assert_eq!(deploy.state(&t.org1).await, "ready");
    assert_eq!(dial_plan.state(&t.org1).await, "blocked");
    assert!(
        dial_plan
            .page(&t.org1)
            .await
            .contains("um.deploy-exchange was reopened by coord: setup was run on the wrong server")
    );
}

#[tokio::test]
async fn a_parameter_change_makes_a_signed_step_stale() {
    let t = team().await;
    let lync = user(&t.app, "lync1", &["rtc-universal-server-admins"]).await;
    let step = Step { app: &t.app, id: t.id, key: "oauth.lync-oauth-certificate" };
    assert_eq!(step.act(&lync, "sign", &[]).await.status(), StatusCode::SEE_OTHER);
    // A step whose commands will not change, signed too.
    let untouched = Step { app: &t.app, id: t.id, key: "oauth.exchange-auth-certificate" };
    assert_eq!(untouched.act(&t.org1, "sign", &[]).await.status(), StatusCode::SEE_OTHER);
    t.set_parameter("parameters.lync_oauth_certificate_thumbprint", "0000000000000000000000000000000000000001").await;
    assert_eq!(step.state(&lync).await, "ready");
    let page = step.page(&lync).await;
    assert!(page.contains("What changed since it was signed"));
    assert!(page.contains("-Thumbprint &#39;5C2D1A2E8B8E1B6B5A1E2E0F9C3D4B5A6F7E8D9C&#39;"), "the old text");
    assert!(page.contains("-Thumbprint &#39;0000000000000000000000000000000000000001&#39;"), "the new text");
    // The step whose commands did not change keeps its sign-off.
    assert_eq!(untouched.state(&t.org1).await, "signed");
}

#[tokio::test]
async fn concurrent_signs_of_one_step_make_one_sign_off() {
    let t = team().await;
    let step = Step { app: &t.app, id: t.id, key: "oauth.exchange-auth-certificate" };
    let mut people = Vec::new();
    for n in 0..8 {
        people.push(user(&t.app, &format!("org-c{n}"), &["exchange-org-admins"]).await);
    }
    let mut forms = Vec::new();
    for person in &people {
        forms.push(form_fields(&step.page(person).await, "sign").expect("a sign form"));
    }
    let requests = people.iter().zip(&forms).map(|(person, (csrf, version, nonce, content))| {
        step.post(person, csrf, "sign", version, nonce, content, &[], None)
    });
    let statuses: Vec<StatusCode> =
        futures_util::future::join_all(requests).await.into_iter().map(|r| r.status()).collect();
    let won = statuses.iter().filter(|s| **s == StatusCode::SEE_OTHER).count();
    assert_eq!(won, 1, "{statuses:?}");
    assert!(statuses.iter().all(|s| *s == StatusCode::SEE_OTHER || *s == StatusCode::CONFLICT), "{statuses:?}");
    assert_eq!(signoff_count(&t.app, t.id, step.key, "sign").await, 1);
}

#[tokio::test]
async fn a_replayed_form_acts_once() {
    let t = team().await;
    let step = Step { app: &t.app, id: t.id, key: "oauth.exchange-auth-certificate" };
    let (csrf, version, nonce, content) = form_fields(&step.page(&t.org1).await, "sign").expect("a sign form");
    let first = step.post(&t.org1, &csrf, "sign", &version, &nonce, &content, &[("note", "once")], None).await;
    let second = step.post(&t.org1, &csrf, "sign", &version, &nonce, &content, &[("note", "once")], None).await;
    assert_eq!(first.status(), StatusCode::SEE_OTHER);
    assert_eq!(second.status(), StatusCode::SEE_OTHER, "a re-sent form lands where the first did");
    assert_eq!(signoff_count(&t.app, t.id, step.key, "sign").await, 1);
    let signs: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM audit_events WHERE action = 'step.sign'")
        .fetch_one(&t.app.db().await)
        .await
        .expect("count");
    assert_eq!(signs, 1);
}

#[tokio::test]
async fn the_countersigner_rule_can_ask_for_the_other_team_and_two_signatures() {
    let t = team_with(
        TestApp::spawn().await,
        &[("workflow.countersigner", "other-team"), ("workflow.countersignatures", "2")],
    )
    .await;
    let step = Step { app: &t.app, id: t.id, key: "oauth.exchange-auth-certificate" };
    assert_eq!(step.act(&t.org1, "sign", &[]).await.status(), StatusCode::SEE_OTHER);
    assert!(form_fields(&step.page(&t.org2).await, "countersign").is_none(), "same team may not countersign");
    let lync1 = user(&t.app, "lync1", &["rtc-universal-server-admins"]).await;
    let lync2 = user(&t.app, "lync2", &["cs-administrator"]).await;
    assert_eq!(step.act(&lync1, "countersign", &[]).await.status(), StatusCode::SEE_OTHER);
    assert_eq!(step.state(&lync1).await, "signed", "one of two countersignatures");
    assert!(form_fields(&step.page(&lync1).await, "countersign").is_none());
    assert_eq!(step.act(&lync2, "countersign", &[]).await.status(), StatusCode::SEE_OTHER);
    assert_eq!(step.state(&lync1).await, "countersigned");
}

/// What a webhook was posted: its body and its `Idempotency-Key` header.
pub struct Posted {
    pub body: String,
    pub key: Option<String>,
}

/// A local HTTP listener that records what is posted to it and answers `statuses` in turn, the
/// last one from then on.
pub async fn listener(statuses: &[u16]) -> (String, tokio::sync::mpsc::UnboundedReceiver<Posted>) {
    use axum::routing::post;
    let (sender, receiver) = tokio::sync::mpsc::unbounded_channel::<Posted>();
    let codes: Vec<_> = statuses.iter().map(|s| axum::http::StatusCode::from_u16(*s).expect("a status")).collect();
    let answered = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let router = axum::Router::new().route(
        "/hook",
        post(move |headers: axum::http::HeaderMap, body: String| {
            let (sender, codes, answered) = (sender.clone(), codes.clone(), answered.clone());
            async move {
                let key = headers.get("idempotency-key").and_then(|v| v.to_str().ok()).map(str::to_owned);
                let _ = sender.send(Posted { body, key });
                let turn = answered.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                codes[turn.min(codes.len() - 1)]
            }
        }),
    );
    let socket = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("a port");
    let url = format!("http://{}/hook", socket.local_addr().expect("an address"));
    tokio::spawn(async move {
        let _ = axum::serve(socket, router).await;
    });
    (url, receiver)
}

/// A team whose portal posts to a `listener(statuses)`.
async fn team_with_webhook(statuses: &[u16]) -> (Team, tokio::sync::mpsc::UnboundedReceiver<Posted>) {
    let (url, received) = listener(statuses).await;
    let outbox = OutboxConfig { webhook_url: Some(url), ..OutboxConfig::default() };
    (team_with(TestApp::spawn_with_outbox(outbox).await, &[]).await, received)
}

/// Finishes the Exchange Autodiscover steps so that the DNS step hands over to Lync.
pub async fn prepare_autodiscover_handoff(t: &Team) -> (Client, Client, Step<'_>) {
    for key in ["autodiscover.check", "autodiscover.set-internal-uri"] {
        Step { app: &t.app, id: t.id, key }.sign_and_countersign(&t.org1, &t.org2).await;
    }
    let dns1 = user(&t.app, "dns1", &["dns-admins"]).await;
    let dns2 = user(&t.app, "dns2", &["dns-admins"]).await;
    (dns1, dns2, Step { app: &t.app, id: t.id, key: "autodiscover.dns-record" })
}

#[tokio::test]
async fn a_handoff_is_recorded_and_posts_one_webhook() {
    let (t, mut received) = team_with_webhook(&[200]).await;
    let lync = user(&t.app, "lync1", &["rtc-universal-server-admins"]).await;
    let (dns1, dns2, dns) = prepare_autodiscover_handoff(&t).await;
    dns.sign_and_countersign(&dns1, &dns2).await;

    let body = tokio::time::timeout(Duration::from_secs(20), received.recv())
        .await
        .expect("a webhook within 20 s")
        .expect("a post")
        .body;
    let payload: serde_json::Value = serde_json::from_str(&body).expect("JSON");
    assert_eq!(payload["handoff"]["to"], "rtc-universal-server-admins");
    assert_eq!(payload["handoff"]["steps"], serde_json::json!(["autodiscover.configure-lync"]));
    assert!(payload["text"].as_str().is_some_and(|t| t.contains("waiting on RTCUniversalServerAdmins")));
    let delivered: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM webhook_deliveries WHERE delivered_at IS NOT NULL")
        .fetch_one(&t.app.db().await)
        .await
        .expect("count");
    let all: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM webhook_deliveries")
        .fetch_one(&t.app.db().await)
        .await
        .expect("count");
    assert_eq!((delivered, all), (1, 1), "one handoff, one webhook");

    let deployment = text(t.app.get(&lync, &format!("/deployments/{}", t.id)).await).await;
    let handoff = format!(
        "DnsAdmins handed to <strong>RTCUniversalServerAdmins</strong>: <a href=\"/deployments/{}/steps/autodiscover.configure-lync\">",
        t.id
    );
    assert!(deployment.contains(&handoff), "the handoff names the step and links it");
    assert!(text(t.app.get(&lync, "/inbox").await).await.contains("your turn, RTCUniversalServerAdmins"));
    assert!(text(t.app.get(&lync, "/").await).await.contains("Tell Lync where Exchange Autodiscover is"));
}

#[tokio::test]
async fn a_failing_webhook_never_blocks_a_sign_off_and_is_shown_to_admins() {
    let (t, mut received) = team_with_webhook(&[500]).await;
    let (dns1, dns2, dns) = prepare_autodiscover_handoff(&t).await;
    dns.sign_and_countersign(&dns1, &dns2).await;
    assert_eq!(dns.state(&dns1).await, "countersigned", "the sign-off stands");
    tokio::time::timeout(Duration::from_secs(20), received.recv()).await.expect("an attempt within 20 s");
    let db = t.app.db().await;
    let mut error = String::new();
    for _ in 0..100 {
        error = sqlx::query_scalar("SELECT last_error FROM webhook_deliveries").fetch_one(&db).await.expect("row");
        if !error.is_empty() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(error.contains("500"), "{error}");
    let admin = t.app.admin().await;
    assert!(text(t.app.get(&admin, "/admin/users").await).await.contains("the webhook answered 500"));
}

#[tokio::test]
async fn a_webhook_tried_again_carries_the_same_idempotency_key() {
    // The first post is answered 502, as a proxy does when the receiver took it but its answer was
    // lost: the retry must be one the receiver can tell is the same.
    let (t, mut received) = team_with_webhook(&[502, 200]).await;
    let (dns1, dns2, dns) = prepare_autodiscover_handoff(&t).await;
    dns.sign_and_countersign(&dns1, &dns2).await;
    let mut posts = Vec::new();
    for _ in 0..2 {
        posts.push(tokio::time::timeout(Duration::from_secs(30), received.recv()).await.expect("a post within 30 s"));
    }
    let [first, again] = [&posts[0], &posts[1]].map(|p| p.as_ref().expect("a post"));
    let key = first.key.as_deref().expect("an Idempotency-Key header");
    let quoted = key.strip_prefix('"').and_then(|k| k.strip_suffix('"')).expect("a structured-field string");
    assert!(quoted.len() == 32 && quoted.bytes().all(|b| b.is_ascii_hexdigit()), "{key}");
    assert_eq!(again.key.as_deref(), Some(key), "the retry has the first post's key");
    assert_eq!(again.body, first.body);
    let attempts: i64 = sqlx::query_scalar("SELECT attempts FROM webhook_deliveries WHERE delivered_at IS NOT NULL")
        .fetch_one(&t.app.db().await)
        .await
        .expect("one delivered row");
    assert_eq!(attempts, 2);
}

#[tokio::test]
async fn a_completed_deployment_is_read_only() {
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    let coordinator = app.login("coord", &app.create_user(&admin, "coord", &["coordinator"]).await).await;
    let org1 = user(&app, "org1", &["exchange-org-admins"]).await;
    let org2 = user(&app, "org2", &["exchange-org-admins"]).await;
    let only_autodiscover = [
        ("integrations.unified_messaging", "false"),
        ("integrations.owa_im", "false"),
        ("integrations.partner_applications", "false"),
    ];
    let id = app.create_deployment(&coordinator, &only_autodiscover).await;
    for key in ["autodiscover.check", "autodiscover.set-internal-uri"] {
        Step { app: &app, id, key }.sign_and_countersign(&org1, &org2).await;
    }
    for key in ["autodiscover.dns-record", "autodiscover.configure-lync"] {
        let step = Step { app: &app, id, key };
        assert_eq!(
            step.act(&coordinator, "not-applicable", &[("reason", "done by the network team")]).await.status(),
            StatusCode::SEE_OTHER
        );
    }
    let page = text(app.get(&coordinator, &format!("/deployments/{id}")).await).await;
    assert!(page.contains("This deployment is <strong>complete</strong>"));
    let step = Step { app: &app, id, key: "autodiscover.check" };
    let reopen = step.page(&coordinator).await;
    assert!(form_fields(&reopen, "reopen").is_none(), "nothing can change a complete deployment");
    assert!(reopen.contains("read-only"));
    let events: Vec<String> =
        sqlx::query_scalar("SELECT action FROM audit_events WHERE action = 'deployment.complete'")
            .fetch_all(&app.db().await)
            .await
            .expect("events");
    assert_eq!(events.len(), 1);
}

#[tokio::test]
async fn two_people_walk_the_demo_deployment_to_complete() {
    let (app, users) = TestApp::spawn_demo().await;
    let password = |name: &str| users.iter().find(|(u, _)| u == name).map(|(_, p)| p.clone()).expect("a demo user");
    let exchange = app.login("exchange-team", &password("exchange-team")).await;
    let lync = app.login("lync-team", &password("lync-team")).await;
    let (steps, handoffs_seen) = super::steps_support::walk_to_complete(&app, 1, &exchange, &lync).await;
    let page = text(app.get(&lync, "/deployments/1").await).await;
    assert!(page.contains("This deployment is <strong>complete</strong>"), "not complete");
    assert!(handoffs_seen > 5, "the teams handed work over {handoffs_seen} times");
    let db = app.db().await;
    let actions: Vec<(String, i64)> = sqlx::query_as(
        "SELECT action, COUNT(*) FROM audit_events WHERE action LIKE 'step.%' GROUP BY action ORDER BY action",
    )
    .fetch_all(&db)
    .await
    .expect("rows");
    let steps = steps as i64;
    assert_eq!(actions, vec![("step.countersign".to_owned(), steps), ("step.sign".to_owned(), steps)]);
    // And the trail of the whole walk verifies, from the command line, once the portal has stopped.
    let mut app = app;
    app.stop().await;
    let verified = app.command(&["audit", "verify"]).output().expect("the binary runs");
    let said = String::from_utf8_lossy(&verified.stdout);
    assert!(verified.status.success() && said.contains("intact: "), "{said}");
}

#[tokio::test]
async fn a_handoff_is_e_mailed_to_the_people_of_the_next_role() {
    let mut smtp = crate::support::smtp::SmtpSink::start().await;
    let outbox = OutboxConfig {
        smtp_url: Some(format!("smtp://127.0.0.1:{}", smtp.port)),
        mail_from: Some("countersign@contoso.com".to_owned()),
        ..OutboxConfig::default()
    };
    let t = team_with(TestApp::spawn_with_outbox(outbox).await, &[]).await;
    let admin = t.app.admin().await;
    let password =
        t.app.create_user_with_email(&admin, "lync1", "lync1@contoso.com", &["rtc-universal-server-admins"]).await;
    let _lync = t.app.login("lync1", &password).await;
    let (dns1, dns2, dns) = prepare_autodiscover_handoff(&t).await;
    dns.sign_and_countersign(&dns1, &dns2).await;
    let message = smtp.next_message().await;
    assert!(message.contains("To: lync1@contoso.com"), "{message}");
    assert!(message.contains("From: countersign@contoso.com"), "{message}");
    assert!(message.contains("Subject: Countersign: your turn on"), "{message}");
    assert!(message.contains("/deployments/1"), "the e-mail links to the deployment: {message}");
    let message_id = message.lines().find_map(|l| l.strip_prefix("Message-ID: ")).expect("a Message-ID");
    let local = message_id.strip_prefix('<').and_then(|m| m.strip_suffix("@contoso.com>")).expect(message_id);
    assert!(local.len() == 32 && local.bytes().all(|b| b.is_ascii_hexdigit()), "one per delivery: {message_id}");
}
