//! Deployments: the form, the plan as lanes, parameters, and scripts.

use countersign::answers::{example_toml, form};
use countersign::render::script::END_OF_HEADER;
use reqwest::StatusCode;

use super::{TestApp, text};

fn example_fields() -> Vec<(String, String)> {
    form::from_toml(&example_toml()).into_iter().collect()
}

#[tokio::test]
async fn invalid_values_are_shown_beside_their_fields_and_kept() {
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    let password = app.create_user(&admin, "coord", &["coordinator"]).await;
    let coordinator = app.login("coord", &password).await;
    let response = app
        .post_deployment(
            &coordinator,
            &[
                ("parameters.lync_pool_fqdn", "pool01..contoso.com"),
                ("parameters.owa_im_certificate_thumbprint", "12 34 zz"),
                (
                    "parameters.exchange_autodiscover_svc_url",
                    "https://autodiscover.contoso.com/autodiscover/autodiscover.xml",
                ),
                (
                    "parameters.um_users",
                    "alice@contoso.com, alice@contoso.com, 40011, tel:+14255554001\nbob@contoso.com, 4002",
                ),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = text(response).await;
    for expected in [
        "&#34;pool01..contoso.com&#34; is refused: it has an empty label",
        "it contains &#39;z&#39;, which is not a hexadecimal digit",
        "<code>Set-CsOAuthConfiguration</code> needs the autodiscover service, <code>autodiscover.svc</code>",
        "line 2 has 2 values; expected 4",
    ] {
        assert!(page.contains(expected), "missing {expected:?}");
    }
    // What the user typed is still in the form.
    assert!(page.contains("value=\"pool01..contoso.com\""));
    assert!(page.contains("bob@contoso.com, 4002</textarea>"));
    let count: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM deployments").fetch_one(&app.db().await).await.expect("count");
    assert_eq!(count, 0);
}

#[tokio::test]
async fn an_unsupported_combination_is_explained_before_the_form_is_accepted() {
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    let password = app.create_user(&admin, "coord", &["coordinator"]).await;
    let coordinator = app.login("coord", &password).await;
    let response = app.post_deployment(&coordinator, &[("topology.exchange_version", "2016")]).await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text(response).await.contains("Lync Server 2013 does not support IM and presence in Outlook on the web"));
}

#[tokio::test]
async fn a_valid_deployment_shows_its_lanes_and_each_user_their_own_steps() {
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    let coordinator = app.login("coord", &app.create_user(&admin, "coord", &["coordinator"]).await).await;
    let exchange = app.login("ex", &app.create_user(&admin, "ex", &["exchange-org-admins"]).await).await;
    let lync = app.login("ly", &app.create_user(&admin, "ly", &["rtc-universal-server-admins"]).await).await;
    let id = app.create_example_deployment(&coordinator).await;

    let page = text(app.get(&coordinator, &format!("/deployments/{id}")).await).await;
    for lane in [
        "Exchange Organization Administrators",
        "RTCUniversalServerAdmins and RTCUniversalUserAdmins",
        "DnsAdmins",
        "Whose turn",
        "<svg",
    ] {
        assert!(page.contains(lane), "the deployment page lacks {lane}");
    }
    let exchange_home = text(app.get(&exchange, "/").await).await;
    assert!(exchange_home.contains("Check the Exchange auth certificate"), "ready for Exchange");
    assert!(exchange_home.contains("Create the UM SIP URI dial plan"), "waiting for Exchange");
    let lync_step = format!("/deployments/{id}/steps/oauth.lync-oauth-certificate\"");
    let exchange_step = format!("/deployments/{id}/steps/oauth.exchange-auth-certificate\"");
    assert!(!exchange_home.contains(&lync_step), "a Lync step in the Exchange person's work");
    let lync_home = text(app.get(&lync, "/").await).await;
    assert!(lync_home.contains(&lync_step));
    assert!(!lync_home.contains(&exchange_step));
    let step = text(app.get(&lync, &format!("/deployments/{id}/steps/um.run-ocsumutil")).await).await;
    assert!(step.contains("one person in all of: RTCUniversalServerAdmins and RTCUniversalUserAdmins"));
    assert!(app.audit().await.iter().any(|(actor, action, target, _)| actor == "coord"
        && action == "deployment.create"
        && *target == format!("deployment:{id}")));
}

#[tokio::test]
async fn a_downloaded_script_is_the_one_the_command_line_writes() {
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    let coordinator = app.login("coord", &app.create_user(&admin, "coord", &["coordinator"]).await).await;
    let exchange = app.login("ex", &app.create_user(&admin, "ex", &["exchange-org-admins"]).await).await;
    let id = app.create_example_deployment(&coordinator).await;

    let file = "exchange-org-admins.exchange-shell.ps1";
    let response = app.get(&exchange, &format!("/deployments/{id}/scripts/{file}")).await;
    assert_eq!(response.status(), StatusCode::OK);
    let header = |name: &str| response.headers().get(name).and_then(|v| v.to_str().ok()).unwrap_or_default().to_owned();
    assert_eq!(header("content-disposition"), format!("attachment; filename=\"deployment-{id}-{file}\""));
    assert_eq!(header("content-type"), "text/plain; charset=utf-8");
    let downloaded = text(response).await;

    let answers = text(app.get(&exchange, &format!("/deployments/{id}/answers.toml")).await).await;
    let work = tempfile::tempdir().expect("a folder");
    std::fs::write(work.path().join("answers.toml"), answers).expect("write");
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_countersign"))
        .args(["plan", "--answers"])
        .arg(work.path().join("answers.toml"))
        .arg("--out")
        .arg(work.path().join("out"))
        .output()
        .expect("the binary runs");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let written = std::fs::read_to_string(work.path().join("out").join(file)).expect("the CLI wrote the same script");
    // Only the generation time may differ: the body, and so its hash, is identical.
    let body = |script: &str| script.split_once(END_OF_HEADER).map(|(_, body)| body.to_owned()).unwrap_or_default();
    assert!(!body(&downloaded).is_empty());
    assert_eq!(body(&downloaded), body(&written));
    let without_time =
        |script: &str| script.lines().filter(|l| !l.starts_with("# Generated:")).collect::<Vec<_>>().join("\n");
    assert_eq!(without_time(&downloaded), without_time(&written));

    // Another team's script holds the commands its step pages show: one read policy for both.
    let other = app.get(&exchange, &format!("/deployments/{id}/scripts/rtc-universal-server-admins.ps1")).await;
    assert_eq!(other.status(), StatusCode::OK);
    // Someone without a role in the deployment reads none of it.
    let outsider = app.login("out", &app.create_user(&admin, "out", &[]).await).await;
    let refused = app.get(&outsider, &format!("/deployments/{id}/scripts/{file}")).await;
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
    assert!(text(refused).await.contains("a group that some step of this deployment needs"));
    let events = app.audit().await;
    let downloads = |who: &str, outcome: &str| {
        events
            .iter()
            .filter(|(actor, action, _, o)| actor == who && action == "script.download" && o == outcome)
            .count()
    };
    assert_eq!((downloads("ex", "done"), downloads("out", "done")), (2, 0));
    assert!(
        events
            .iter()
            .any(|(actor, action, _, outcome)| actor == "out" && action == "deployment.read" && outcome == "refused")
    );
}

#[tokio::test]
async fn editing_parameters_re_plans_the_deployment() {
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    let coordinator = app.login("coord", &app.create_user(&admin, "coord", &["coordinator"]).await).await;
    let id = app.create_example_deployment(&coordinator).await;
    let path = format!("/deployments/{id}/parameters");
    let form_page = text(app.get(&coordinator, &path).await).await;
    assert!(form_page.contains("value=\"Redmond UM\""));
    let mut fields = example_fields();
    fields.push(("version".into(), "1".into()));
    for (key, value) in &mut fields {
        if key == "parameters.um_dial_plan_name" {
            *value = "Seoul UM".into();
        }
    }
    let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let saved = app.post_form(&coordinator, &path, &path, &pairs).await;
    assert_eq!(saved.status(), StatusCode::SEE_OTHER);
    let step = text(app.get(&coordinator, &format!("/deployments/{id}/steps/um.create-dial-plan")).await).await;
    assert!(step.contains("New-UMDialPlan -Name &#39;Seoul UM&#39;"), "the step shows the new value");
    // The same form sent again with the old version is a conflict, not a silent overwrite.
    let stale = app.post_form(&coordinator, &path, &path, &pairs).await;
    assert_eq!(stale.status(), StatusCode::CONFLICT);
    let changed = app.audit().await.into_iter().filter(|(_, action, _, _)| action == "deployment.parameters").count();
    assert_eq!(changed, 1);
}

/// The new-deployment form in three parts: the questions, then only the values the steps of
/// those answers use, then everything to check; nothing is created before the last button.
#[tokio::test]
async fn a_new_deployment_asks_only_for_the_values_its_answers_need_and_shows_them_before_creating() {
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    let coordinator = app.login("coord", &app.create_user(&admin, "coord", &["coordinator"]).await).await;
    let questions = [
        ("stage", "questions"),
        ("deployment.name", "Autodiscover only"),
        ("topology.exchange_version", "2016"),
        ("topology.lync_version", "2015"),
        ("topology.exchange_online", "false"),
        ("topology.lync_online", "false"),
        ("topology.cross_forest", "false"),
        ("topology.first_exchange_server", "false"),
        ("topology.um_services_colocated", "false"),
        ("topology.phone_edition_devices", "false"),
        ("integrations.unified_messaging", "false"),
        ("integrations.owa_im", "false"),
        ("integrations.partner_applications", "false"),
        ("integrations.autodiscover_oauth", "true"),
        ("workflow.countersigner", "same-requirement"),
        ("workflow.countersignatures", "1"),
    ];
    let values = app.post_form(&coordinator, "/deployments", "/deployments/new", &questions).await;
    let status = values.status();
    let values = text(values).await;
    assert_eq!(status, StatusCode::OK, "{values}");
    assert!(values.contains("Part 2 of 3"));
    assert!(values.contains("id=\"parameters.autodiscover_fqdn\""), "a value the Autodiscover steps use");
    assert!(!values.contains("id=\"parameters.um_dial_plan_name\""), "no value of an integration left out");
    assert!(values.contains("name=\"deployment.name\" value=\"Autodiscover only\""), "the answers travel along");

    let mut fields: Vec<(&str, &str)> = questions.iter().filter(|(k, _)| *k != "stage").copied().collect();
    fields.extend([
        ("parameters.autodiscover_fqdn", "autodiscover.contoso.com"),
        ("parameters.autodiscover_target_fqdn", "ex01.contoso.com"),
        (
            "parameters.exchange_autodiscover_internal_uri",
            "https://autodiscover.contoso.com/autodiscover/autodiscover.xml",
        ),
        ("parameters.exchange_autodiscover_svc_url", "https://autodiscover.contoso.com/autodiscover/autodiscover.svc"),
        ("parameters.lync_pool_fqdn", "pool01.contoso.com"),
    ]);
    let wrong: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| if *k == "parameters.autodiscover_fqdn" { (*k, "autodiscover") } else { (*k, *v) })
        .chain([("stage", "parameters")])
        .collect();
    let refused = app.post_form(&coordinator, "/deployments", "/deployments/new", &wrong).await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let refused = text(refused).await;
    assert!(refused.contains("Part 2 of 3") && refused.contains("href=\"#parameters.autodiscover_fqdn\""), "{refused}");

    // A value left from an integration turned off is not on the page, so it is not held against the form.
    let right: Vec<(&str, &str)> = fields
        .iter()
        .copied()
        .chain([("parameters.um_dial_plan_name", "bad\u{202e}name"), ("stage", "parameters")])
        .collect();
    let check = app.post_form(&coordinator, "/deployments", "/deployments/new", &right).await;
    assert_eq!(check.status(), StatusCode::OK);
    let check = text(check).await;
    assert!(check.contains("Check your answers"), "{check}");
    assert!(check.contains("Exchange Server 2016") && check.contains("autodiscover.contoso.com"), "answers as chosen");
    assert!(!check.contains("parameters.um_dial_plan_name"), "the unused value is dropped");
    let deployments = || async {
        sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM deployments")
            .fetch_one(&app.db().await)
            .await
            .expect("count")
    };
    assert_eq!(deployments().await, 0, "nothing is created before the last button");

    let change: Vec<(&str, &str)> = fields.iter().copied().chain([("stage", "change-questions")]).collect();
    let again = text(app.post_form(&coordinator, "/deployments", "/deployments/new", &change).await).await;
    assert!(
        again.contains("Part 1 of 3")
            && again.contains("name=\"parameters.autodiscover_fqdn\" value=\"autodiscover.contoso.com\"")
    );

    let create: Vec<(&str, &str)> = fields.iter().copied().chain([("stage", "create")]).collect();
    let created = app.post_form(&coordinator, "/deployments", "/deployments/new", &create).await;
    assert_eq!(created.status(), StatusCode::SEE_OTHER);
    assert_eq!(deployments().await, 1);
}
