//! Who reads a deployment: its teams and those who oversee it, through one
//! rule for its pages, parameters, scripts and evidence; evidence downloads
//! are recorded; destructive actions ask first; typed text stays honest.

use reqwest::StatusCode;

use super::steps_support::{Step, form_fields, team, user};
use super::text;

#[tokio::test]
async fn evidence_is_read_by_those_who_read_the_deployment_and_each_download_is_recorded() {
    let t = team().await;
    let step = Step { app: &t.app, id: t.id, key: "oauth.exchange-auth-certificate" };
    let (csrf, version, nonce, content) = form_fields(&step.page(&t.org1).await, "sign").expect("a sign form");
    let transcript = b"PS> Get-ExchangeCertificate\r\n".to_vec();
    let sent = step
        .post(&t.org1, &csrf, "sign", &version, &nonce, &content, &[], Some(("\u{202E}txt.exe", transcript.clone())))
        .await;
    assert_eq!(sent.status(), StatusCode::SEE_OTHER);
    let page = step.page(&t.org2).await;
    assert!(page.contains(">txt.exe</a>"), "the file name is shown cleaned of its bidirectional override");
    let start = page.find(&format!("/deployments/{}/evidence/", t.id)).expect("an evidence link");
    let link: String = page[start..].chars().take_while(|c| *c != '"').collect();

    let outsider = user(&t.app, "outsider", &[]).await;
    assert_eq!(t.app.get(&outsider, &link).await.status(), StatusCode::FORBIDDEN);
    let auditor = user(&t.app, "audrey", &["auditor"]).await;
    let download = t.app.get(&auditor, &link).await;
    assert_eq!(download.status(), StatusCode::OK);
    assert_eq!(download.bytes().await.expect("a body").to_vec(), transcript);
    let events = t.app.audit().await;
    assert!(
        events
            .iter()
            .any(|(who, action, _, outcome)| who == "audrey" && action == "evidence.download" && outcome == "done")
    );
    assert!(
        events
            .iter()
            .any(|(who, action, _, outcome)| who == "outsider" && action == "deployment.read" && outcome == "refused")
    );
    assert!(!events.iter().any(|(who, action, _, _)| who == "outsider" && action == "evidence.download"));
}

#[tokio::test]
async fn auditors_read_the_parameters_and_outsiders_see_no_deployment() {
    let t = team().await;
    let auditor = user(&t.app, "audrey", &["auditor"]).await;
    let parameters = t.app.get(&auditor, &format!("/deployments/{}/parameters", t.id)).await;
    assert_eq!(parameters.status(), StatusCode::OK);
    let page = text(parameters).await;
    assert!(page.contains("changing them needs the Coordinator role"));
    assert!(!page.contains("Save and re-plan"), "no way to send changes");
    let outsider = user(&t.app, "outsider", &[]).await;
    let list = text(t.app.get(&outsider, "/deployments").await).await;
    assert!(!list.contains(&format!("/deployments/{}\"", t.id)), "the list shows only readable deployments");
    assert_eq!(t.app.get(&outsider, &format!("/deployments/{}", t.id)).await.status(), StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn cancelling_a_deployment_asks_first_and_then_makes_it_read_only() {
    let t = team().await;
    let path = format!("/deployments/{}/cancel", t.id);
    let back = format!("/deployments/{}", t.id);
    let asked = t.app.post_form(&t.coordinator, &path, &back, &[("reason", "project stopped")]).await;
    assert_eq!(asked.status(), StatusCode::OK);
    let page = text(asked).await;
    assert!(page.contains("Yes, cancel it") && page.contains("project stopped"));
    let status: String =
        sqlx::query_scalar("SELECT status FROM deployments").fetch_one(&t.app.db().await).await.expect("row");
    assert_eq!(status, "active", "nothing happens before confirming");
    let done =
        t.app.post_form(&t.coordinator, &path, &back, &[("reason", "project stopped"), ("confirm", "yes")]).await;
    assert_eq!(done.status(), StatusCode::SEE_OTHER);
    let status: String =
        sqlx::query_scalar("SELECT status FROM deployments").fetch_one(&t.app.db().await).await.expect("row");
    assert_eq!(status, "cancelled");
    let step = Step { app: &t.app, id: t.id, key: "oauth.exchange-auth-certificate" };
    assert!(form_fields(&step.page(&t.org1).await, "sign").is_none(), "a cancelled deployment is read-only");
    assert!(
        t.app.audit().await.iter().any(|(_, action, _, outcome)| action == "deployment.cancel" && outcome == "done")
    );
}

#[tokio::test]
async fn marking_the_inbox_read_clears_the_unread_count() {
    let t = team().await;
    let step = Step { app: &t.app, id: t.id, key: "oauth.exchange-auth-certificate" };
    assert_eq!(step.act(&t.org1, "sign", &[]).await.status(), StatusCode::SEE_OTHER);
    assert_eq!(step.act(&t.org2, "reject", &[("reason", "wrong server")]).await.status(), StatusCode::SEE_OTHER);
    assert!(text(t.app.get(&t.org1, "/inbox").await).await.contains("class=\"unread\""));
    assert_eq!(t.app.post_form(&t.org1, "/inbox/read", "/inbox", &[]).await.status(), StatusCode::SEE_OTHER);
    assert!(!text(t.app.get(&t.org1, "/inbox").await).await.contains("class=\"unread\""));
}

#[tokio::test]
async fn free_text_with_a_bidirectional_override_is_refused_and_kept() {
    let t = team().await;
    let step = Step { app: &t.app, id: t.id, key: "oauth.exchange-auth-certificate" };
    let note = "done on EX01 \u{202E}10XE";
    let response = step.act(&t.org1, "sign", &[("note", note)]).await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = text(response).await;
    assert!(page.contains("note:") && page.contains("U+202E"), "the message names the field and the character");
    assert!(page.contains(note), "what was typed is kept");
    assert_eq!(step.state(&t.org1).await, "ready");
}

#[tokio::test]
async fn someone_who_cannot_read_a_deployment_cannot_act_on_its_steps() {
    let t = team().await;
    let step = Step { app: &t.app, id: t.id, key: "oauth.exchange-auth-certificate" };
    assert_eq!(step.act(&t.org1, "sign", &[]).await.status(), StatusCode::SEE_OTHER);
    let (_, version, nonce, content) = form_fields(&step.page(&t.org2).await, "countersign").expect("a form");
    let outsider = user(&t.app, "outsider", &["enterprise-admins"]).await;
    let csrf = super::csrf_of(&text(t.app.get(&outsider, "/").await).await);
    let refused = step.post(&outsider, &csrf, "countersign", &version, &nonce, &content, &[], None).await;
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
    assert!(!text(refused).await.contains("org1"), "nothing of the step is told");
    let events = t.app.audit().await;
    assert!(
        events
            .iter()
            .any(|(who, action, _, outcome)| who == "outsider" && action == "deployment.read" && outcome == "refused")
    );
    assert!(!events.iter().any(|(who, action, _, _)| who == "outsider" && action.starts_with("step.")));
}
