//! A sign-off records exactly what its signer saw: a form opened before the
//! step's text changed is refused and shown both texts, what was typed is
//! kept, the stored text hashes to the stored hash, and those whose work a
//! change undoes are told.

use reqwest::StatusCode;
use sha2::{Digest, Sha256};

use super::steps_support::{Step, form_fields, team, user};
use super::text;

const THUMBPRINT_FIELD: &str = "parameters.lync_oauth_certificate_thumbprint";
const NEW_THUMBPRINT: &str = "0000000000000000000000000000000000000001";

#[tokio::test]
async fn a_form_opened_before_the_text_changed_is_refused_and_keeps_what_was_typed() {
    let t = team().await;
    let lync = user(&t.app, "lync1", &["rtc-universal-server-admins"]).await;
    let step = Step { app: &t.app, id: t.id, key: "oauth.lync-oauth-certificate" };
    // The signer opens the step; meanwhile a coordinator changes a value its commands use.
    let (csrf, version, nonce, content) = form_fields(&step.page(&lync).await, "sign").expect("a sign form");
    t.set_parameter(THUMBPRINT_FIELD, NEW_THUMBPRINT).await;

    let note = "ran it on FE01 as shown";
    let evidence = "Thumbprint 5C2D1A2E8B8E1B6B5A1E2E0F9C3D4B5A6F7E8D9C";
    let sent = step
        .post(&lync, &csrf, "sign", &version, &nonce, &content, &[("note", note), ("evidence_text", evidence)], None)
        .await;
    assert_eq!(sent.status(), StatusCode::CONFLICT);
    let page = text(sent).await;
    assert!(page.contains("The step changed while you had it open"), "the page says why");
    assert!(page.contains("What you saw"));
    assert!(page.contains("5C2D1A2E8B8E1B6B5A1E2E0F9C3D4B5A6F7E8D9C"), "the text the signer saw");
    assert!(page.contains(NEW_THUMBPRINT), "the text there is now");
    assert!(page.contains(note) && page.contains(evidence), "what was typed is kept");
    let signs: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM signoffs WHERE action = 'sign'")
        .fetch_one(&t.app.db().await)
        .await
        .expect("count");
    assert_eq!(signs, 0, "nothing was signed");

    // From the page as it is now, the sign-off goes through and records that text.
    assert_eq!(step.act(&lync, "sign", &[("note", note)]).await.status(), StatusCode::SEE_OTHER);
    let (stored, hash): (String, String) =
        sqlx::query_as("SELECT content, content_sha256 FROM signoffs WHERE action = 'sign'")
            .fetch_one(&t.app.db().await)
            .await
            .expect("the sign-off");
    assert!(stored.contains(NEW_THUMBPRINT));
    assert_eq!(hex::encode(Sha256::digest(stored.as_bytes())), hash, "the stored text is what was hashed");
}

#[tokio::test]
async fn a_change_to_an_unsigned_step_moves_its_version_on() {
    let t = team().await;
    let lync = user(&t.app, "lync1", &["rtc-universal-server-admins"]).await;
    let step = Step { app: &t.app, id: t.id, key: "oauth.lync-oauth-certificate" };
    let (_, before, _, _) = form_fields(&step.page(&lync).await, "sign").expect("a sign form");
    let other = Step { app: &t.app, id: t.id, key: "oauth.exchange-auth-certificate" };
    let (_, other_before, _, _) = form_fields(&other.page(&t.org1).await, "sign").expect("a sign form");
    t.set_parameter(THUMBPRINT_FIELD, NEW_THUMBPRINT).await;
    let (_, after, _, _) = form_fields(&step.page(&lync).await, "sign").expect("a sign form");
    assert_ne!(before, after, "the step whose text changed has a new version");
    let (_, other_after, _, _) = form_fields(&other.page(&t.org1).await, "sign").expect("a sign form");
    assert_eq!(other_before, other_after, "a step whose text did not change keeps its version");
}

#[tokio::test]
async fn every_stored_sign_off_hashes_to_its_recorded_hash() {
    let t = team().await;
    let step = Step { app: &t.app, id: t.id, key: "oauth.exchange-auth-certificate" };
    step.sign_and_countersign(&t.org1, &t.org2).await;
    let deploy = Step { app: &t.app, id: t.id, key: "um.deploy-exchange" };
    assert_eq!(
        deploy.act(&t.coordinator, "not-applicable", &[("reason", "already deployed")]).await.status(),
        StatusCode::SEE_OTHER
    );
    let rows: Vec<(String, String, String)> = sqlx::query_as("SELECT action, content, content_sha256 FROM signoffs")
        .fetch_all(&t.app.db().await)
        .await
        .expect("rows");
    assert_eq!(rows.len(), 3);
    for (action, content, hash) in rows {
        assert_eq!(hex::encode(Sha256::digest(content.as_bytes())), hash, "{action}");
        let parsed: serde_json::Value = serde_json::from_str(&content).expect("the content is JSON");
        let keys: Vec<&str> = parsed.as_object().expect("an object").keys().map(String::as_str).collect();
        for key in ["title", "instructions", "commands", "verify", "verify_instructions", "cautions"] {
            assert!(keys.contains(&key), "{action}: {key} in {keys:?}");
        }
    }
}

#[tokio::test]
async fn those_whose_sign_offs_go_stale_or_are_sent_back_are_told() {
    let t = team().await;
    let lync = user(&t.app, "lync1", &["rtc-universal-server-admins"]).await;
    let lync2 = user(&t.app, "lync2", &["rtc-universal-server-admins"]).await;
    let step = Step { app: &t.app, id: t.id, key: "oauth.lync-oauth-certificate" };
    step.sign_and_countersign(&lync, &lync2).await;
    t.set_parameter(THUMBPRINT_FIELD, NEW_THUMBPRINT).await;
    for (who, client) in [("signer", &lync), ("countersigner", &lync2)] {
        let inbox = text(t.app.get(client, "/inbox").await).await;
        assert!(inbox.contains("went stale"), "the {who} is told: {inbox}");
    }

    let deploy = Step { app: &t.app, id: t.id, key: "um.deploy-exchange" };
    let dial_plan = Step { app: &t.app, id: t.id, key: "um.create-dial-plan" };
    deploy.sign_and_countersign(&t.org1, &t.org2).await;
    dial_plan.sign_and_countersign(&t.org2, &t.org1).await;
    let reason = "setup ran on the wrong server";
    assert_eq!(deploy.act(&t.coordinator, "reopen", &[("reason", reason)]).await.status(), StatusCode::SEE_OTHER);
    for client in [&t.org1, &t.org2] {
        let inbox = text(t.app.get(client, "/inbox").await).await;
        assert!(inbox.contains("was reopened by") && inbox.contains(reason), "the reopened step's people: {inbox}");
        assert!(inbox.contains("was sent back"), "the dependant's people: {inbox}");
    }
}

#[tokio::test]
async fn a_stale_sign_off_is_e_mailed_to_its_signer() {
    let mut smtp = crate::support::smtp::SmtpSink::start().await;
    let outbox = countersign::web::OutboxConfig {
        smtp_url: Some(format!("smtp://127.0.0.1:{}", smtp.port)),
        ..countersign::web::OutboxConfig::default()
    };
    let t = super::steps_support::team_with(super::TestApp::spawn_with_outbox(outbox).await, &[]).await;
    let admin = t.app.admin().await;
    let password =
        t.app.create_user_with_email(&admin, "lync1", "lync1@contoso.com", &["rtc-universal-server-admins"]).await;
    let lync = t.app.login("lync1", &password).await;
    let step = Step { app: &t.app, id: t.id, key: "oauth.lync-oauth-certificate" };
    assert_eq!(step.act(&lync, "sign", &[]).await.status(), StatusCode::SEE_OTHER);
    t.set_parameter(THUMBPRINT_FIELD, NEW_THUMBPRINT).await;
    let message = smtp.next_message().await;
    assert!(message.contains("To: lync1@contoso.com"), "{message}");
    assert!(message.contains("went stale"), "{message}");
    assert!(message.contains("/steps/oauth.lync-oauth-certificate"), "the e-mail links to the step: {message}");
}
