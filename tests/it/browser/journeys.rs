//! The journeys, in English and in the other languages, and a check of the checks.

use super::{sign_in, start};

/// The admin's first start: signs in with the printed password, creates two people and
/// grants a role.
#[tokio::test]
#[ignore = "needs Chromium: bash tests/run.sh runs it"]
async fn the_admin_creates_people_and_grants_roles() {
    let (app, driver) = start().await;
    let admin = driver.browser("admin").await;
    admin.goto(&app.url("/login")).await;
    admin.check_page("admin", "login").await;
    sign_in(&admin, &app, "admin", &app.admin_password).await;
    admin.check_page("admin", "my-work").await;
    admin.goto(&app.url("/admin/users")).await;
    admin.check_page("admin", "users").await;
    admin.fill("#username", "kim.exchange").await;
    admin.fill("#display_name", "Kim (Exchange)").await;
    admin.click("input[name=roles][value='exchange-org-admins']").await;
    admin.submit("form[action='/admin/users'] button[type=submit]").await;
    let page = admin.text().await;
    assert!(page.contains("Password, shown this once"), "{page}");
    admin.check_page("admin", "user-created").await;
    // Revoking asks first.
    admin.submit("form[action='/admin/users/kim.exchange/roles'] input[name=grant][value=false] ~ button").await;
    assert!(admin.text().await.contains("Revoke Exchange Organization Administrators from kim.exchange?"));
    admin.check_page("admin", "confirm-revoke").await;
    admin.goto(&app.url("/account/password")).await;
    admin.check_page("admin", "password").await;
    admin.close().await;
}

/// A Korean-speaking coordinator: switches the sign-in page to Korean, signs in, fills the
/// first part of a deployment and reads it in Traditional Chinese too; every page passes the
/// same checks in each language, and the switcher brings them back to the page they were on.
#[tokio::test]
#[ignore = "needs Chromium: bash tests/run.sh runs it"]
async fn a_coordinator_works_in_korean_and_traditional_chinese() {
    let (app, driver) = start().await;
    let admin = app.admin().await;
    let password = app.create_user(&admin, "kim", &["coordinator"]).await;
    let kim = driver.browser("korean").await;
    kim.goto(&app.url("/login")).await;
    kim.submit(".languages a[hreflang=ko]").await;
    assert!(kim.url().await.ends_with("/login"), "the switcher comes back to the sign-in page");
    let lang = kim.run("return document.documentElement.lang").await;
    assert_eq!(lang, "ko");
    kim.check_page("korean", "login").await;
    kim.fill("#username", "kim").await;
    kim.fill("#password", &password).await;
    kim.submit("form[action='/login'] button[type=submit]").await;
    assert_eq!(kim.run("return document.documentElement.lang").await, "ko", "signed in, still Korean");
    kim.check_page("korean", "my-work").await;
    kim.goto(&app.url("/deployments/new?example=1")).await;
    kim.check_page("korean", "new-deployment").await;
    kim.submit("form.answers button[type=submit]").await;
    kim.check_page("korean", "new-deployment-values").await;
    kim.goto(&app.url("/features")).await;
    let current = kim.run("return document.querySelector('nav a[aria-current=page]').getAttribute('href')").await;
    assert_eq!(current, "/features", "the navigation marks the page in Korean too");
    // Signed in, the switcher is a form: the choice is kept with the account.
    kim.submit(".languages button[value=zh-TW]").await;
    assert!(kim.url().await.ends_with("/features"), "back on the same page");
    assert_eq!(kim.run("return document.documentElement.lang").await, "zh-TW");
    kim.check_page("chinese", "features").await;
    kim.goto(&app.url("/deployments/new?example=1")).await;
    kim.check_page("chinese", "new-deployment").await;
    kim.close().await;
}

/// A coordinator creates a deployment, mistypes a thumbprint and gives the Autodiscover address
/// Outlook uses: both messages are linked from the summary, tied to their fields, and fixed.
#[tokio::test]
#[ignore = "needs Chromium: bash tests/run.sh runs it"]
async fn a_coordinator_fixes_two_mistakes_the_form_points_to() {
    let (app, driver) = start().await;
    let admin = app.admin().await;
    let password = app.create_user(&admin, "coord", &["coordinator"]).await;
    let coordinator = driver.browser("coordinator").await;
    sign_in(&coordinator, &app, "coord", &password).await;
    coordinator.goto(&app.url("/deployments/new?example=1")).await;
    coordinator.check_page("coordinator", "new-deployment").await;
    coordinator.submit("form.answers button[type=submit]").await;
    assert!(coordinator.text().await.contains("Part 2 of 3"), "the values come second");
    coordinator.check_page("coordinator", "new-deployment-values").await;
    let thumbprint = "[id='parameters.owa_im_certificate_thumbprint']";
    let autodiscover = "[id='parameters.exchange_autodiscover_svc_url']";
    coordinator.fill(thumbprint, "1A2B3C").await;
    coordinator.fill(autodiscover, "https://autodiscover.contoso.com/autodiscover/autodiscover.xml").await;
    coordinator.submit("form.answers button[type=submit]").await;

    let title = coordinator.client.title().await.unwrap_or_default();
    assert!(title.starts_with("Error: "), "the title says the form was refused: {title}");
    let focused = coordinator.run("return document.activeElement.className").await;
    assert_eq!(focused, "error-summary", "focus moves to the summary of problems");
    for field in ["parameters.owa_im_certificate_thumbprint", "parameters.exchange_autodiscover_svc_url"] {
        coordinator.find(&format!(".error-summary a[href='#{field}']")).await;
        let described = coordinator
            .run(&format!(
                "const f = document.getElementById('{field}'); return [f.getAttribute('aria-invalid'), (f.getAttribute('aria-describedby') || '').split(' ').map(id => document.getElementById(id).textContent).join(' ')]"
            ))
            .await;
        assert_eq!(described[0], "true", "{field} is marked invalid");
        assert!(
            described[1].as_str().is_some_and(|t| t.contains("is refused")),
            "{field}: its error is tied to it: {described}"
        );
    }
    let typed = coordinator.find(thumbprint).await.prop("value").await.unwrap_or_default();
    assert_eq!(typed.as_deref(), Some("1A2B3C"), "what was typed is kept");
    coordinator.check_page("coordinator", "form-errors").await;

    coordinator.click(".error-summary a[href='#parameters.owa_im_certificate_thumbprint']").await;
    coordinator.fill(thumbprint, "1A2B3C4D5E6F708192A3B4C5D6E7F8091A2B3C4D").await;
    coordinator.fill(autodiscover, "https://autodiscover.contoso.com/autodiscover/autodiscover.svc").await;
    coordinator.submit("form.answers button[type=submit]").await;
    let check = coordinator.text().await;
    assert!(
        check.contains("Check your answers") && check.contains("1A2B3C4D5E6F708192A3B4C5D6E7F8091A2B3C4D"),
        "{check}"
    );
    coordinator.check_page("coordinator", "check-your-answers").await;
    coordinator.submit("button[name=stage][value=create]").await;
    coordinator.find("section.turn").await;
    let deployment = coordinator.url().await;
    assert!(deployment.contains("/deployments/"), "the deployment is created");
    coordinator.check_page("coordinator", "deployment").await;
    for (path, page) in
        [("/scripts", "scripts"), ("/parameters", "parameters"), ("/steps/owa.create-trusted-application-pool", "step")]
    {
        coordinator.goto(&format!("{deployment}{path}")).await;
        coordinator.check_page("coordinator", page).await;
    }
    coordinator.goto(&app.url("/features")).await;
    coordinator.check_page("coordinator", "features").await;
    coordinator.goto(&app.url("/deployments/999999")).await;
    assert!(coordinator.text().await.contains("was not found"));
    coordinator.check_page("coordinator", "not-found").await;
    // Cancelling asks first, on a page of its own, and the deployment then says it is cancelled.
    coordinator.goto(&deployment).await;
    coordinator.fill("#cancel-reason", "superseded by the 2016 migration").await;
    coordinator.submit("form[action$='/cancel'] button[type=submit]").await;
    coordinator.check_page("coordinator", "confirm-cancel").await;
    coordinator.submit("form[action$='/cancel'] button[type=submit]").await;
    assert!(coordinator.text().await.contains("Nobody: the deployment is cancelled"));
    coordinator.check_page("coordinator", "cancelled").await;
    coordinator.close().await;
}

/// An auditor filters the trail to one person's sign-offs, downloads them as CSV and opens the
/// printable report.
#[tokio::test]
#[ignore = "needs Chromium: bash tests/run.sh runs it"]
async fn an_auditor_filters_exports_and_reads_the_report() {
    let (app, driver) = start().await;
    let admin = app.admin().await;
    let coordinator = app.login("coord", &app.create_user(&admin, "coord", &["coordinator"]).await).await;
    let exchange = app.login("ex1", &app.create_user(&admin, "ex1", &["exchange-org-admins"]).await).await;
    let id = app.create_example_deployment(&coordinator).await;
    let step = crate::portal::steps_support::Step { app: &app, id, key: "um.deploy-exchange" };
    assert_eq!(
        step.act(&exchange, "sign", &[("note", "setup done on EX01")]).await.status(),
        reqwest::StatusCode::SEE_OTHER
    );
    let password = app.create_user(&admin, "audrey", &["auditor"]).await;

    let auditor = driver.browser("auditor").await;
    sign_in(&auditor, &app, "audrey", &password).await;
    auditor.check_page("auditor", "my-work").await;
    auditor.goto(&app.url("/audit/events")).await;
    auditor.check_page("auditor", "trail").await;
    auditor.fill("#f-person", "ex1").await;
    auditor.fill("#f-action", "step.").await;
    auditor.submit("form.filters button[type=submit]").await;
    let shown = auditor.text().await;
    assert!(shown.contains("step.sign") && shown.contains("ex1"), "the filtered trail: {shown}");
    auditor.check_page("auditor", "trail-filtered").await;

    let csv_link =
        auditor.find("a[href^='/audit/events.csv']").await.attr("href").await.ok().flatten().expect("a CSV link");
    let csv = reqwest::Client::new()
        .get(app.url(&csv_link))
        .header("cookie", crate::support::browser::cookie_header(&auditor).await)
        .send()
        .await
        .expect("the CSV downloads");
    assert_eq!(csv.status(), reqwest::StatusCode::OK);
    let csv = csv.text().await.unwrap_or_default();
    let mut rows = csv::Reader::from_reader(csv.as_bytes());
    let records: Vec<csv::StringRecord> = rows.records().filter_map(Result::ok).collect();
    assert!(!records.is_empty() && records.iter().all(|r| r.iter().any(|f| f == "ex1")), "only ex1's events: {csv}");

    for (path, page) in [("/dashboard", "dashboard"), ("/audit", "checkpoints"), ("/audit/events/1/proof", "proof")] {
        auditor.goto(&app.url(path)).await;
        auditor.check_page("auditor", page).await;
    }
    auditor.goto(&app.url(&format!("/deployments/{id}/report"))).await;
    assert!(auditor.text().await.contains("setup done on EX01"), "the report holds the sign-off's note");
    auditor.check_page("auditor", "report").await;
    // What is not the auditor's to do is refused in words.
    auditor.goto(&app.url("/admin/users")).await;
    assert!(auditor.text().await.contains("Managing users needs the Portal administrator role"));
    auditor.check_page("auditor", "not-allowed").await;
    auditor.close().await;
}

/// An Exchange admin and a Lync admin, each in a browser of their own, walk the Autodiscover
/// procedure to complete: the work passes to the Lync team through the inbox, and nobody may
/// countersign their own step.
#[tokio::test]
#[ignore = "needs Chromium: bash tests/run.sh runs it"]
async fn two_teams_walk_a_procedure_to_complete() {
    let (app, driver) = start().await;
    let admin = app.admin().await;
    let kim_password = app.create_user(&admin, "kim", &["exchange-org-admins", "dns-admins", "coordinator"]).await;
    let lee_password = app.create_user(&admin, "lee", &["rtc-universal-server-admins", "coordinator"]).await;
    let kim_http = app.login("kim", &kim_password).await;
    let only_autodiscover = [
        ("integrations.unified_messaging", "false"),
        ("integrations.owa_im", "false"),
        ("integrations.partner_applications", "false"),
        ("workflow.countersigner", "coordinator"),
    ];
    let id = app.create_deployment(&kim_http, &only_autodiscover).await;
    let kim = driver.browser("kim").await;
    let lee = driver.browser("lee").await;
    sign_in(&kim, &app, "kim", &kim_password).await;
    sign_in(&lee, &app, "lee", &lee_password).await;
    kim.check_page("teams", "kim-my-work").await;

    let step_url = |key: &str| app.url(&format!("/deployments/{id}/steps/{key}"));
    let press = |kind: &str| format!("form.action:has(input[name=kind][value={kind}]) button[type=submit]");
    for key in ["autodiscover.check", "autodiscover.set-internal-uri", "autodiscover.dns-record"] {
        kim.goto(&step_url(key)).await;
        assert_eq!(kim.step_state().await, "ready", "{key} is ready for kim");
        if key == "autodiscover.check" {
            kim.check_page("teams", "step").await;
            let results = tempfile::Builder::new().suffix(".results.json").tempfile().expect("a file");
            std::fs::write(results.path(), results_of_run(&app, &kim, id, key).await).expect("written");
            let field = kim.find("form.action:has(input[name=kind][value=sign]) input[type=file]").await;
            field.send_keys(&results.path().display().to_string()).await.expect("the file is chosen");
            kim.submit(&press("sign")).await;
            assert!(kim.text().await.contains("every check passed"), "the run is shown with the sign-off");
            kim.check_page("teams", "signed-with-results").await;
        } else {
            kim.submit(&press("sign")).await;
        }
        assert_eq!(kim.step_state().await, "signed", "{key} is signed");
        lee.goto(&step_url(key)).await;
        lee.submit(&press("countersign")).await;
        assert_eq!(lee.step_state().await, "countersigned", "{key} is countersigned");
    }
    // The handoff reaches the Lync team's inbox, linked to its step.
    lee.goto(&app.url("/inbox")).await;
    let inbox = lee.text().await;
    assert!(inbox.contains("your turn"), "lee's inbox: {inbox}");
    lee.check_page("teams", "inbox").await;
    lee.goto(&step_url("autodiscover.configure-lync")).await;
    lee.submit(&press("sign")).await;
    assert_eq!(lee.step_state().await, "signed");
    // Nobody countersigns their own step: the form is not offered, and the page says why.
    assert!(lee.client.find(fantoccini::Locator::Css(&press("countersign"))).await.is_err());
    let why = lee.text().await;
    assert!(why.contains("Why other actions are not available to you"), "{why}");
    lee.check_page("teams", "own-step").await;
    kim.goto(&step_url("autodiscover.configure-lync")).await;
    kim.submit(&press("countersign")).await;
    assert_eq!(kim.step_state().await, "countersigned");
    kim.goto(&app.url(&format!("/deployments/{id}"))).await;
    let deployment = kim.text().await;
    assert!(deployment.contains("complete"), "the deployment is complete: {deployment}");
    kim.check_page("teams", "complete").await;
    kim.close().await;
    lee.close().await;
}

/// A person signs in through the test OpenID provider's own login and consent pages and
/// arrives with the roles their group gives.
#[tokio::test]
#[ignore = "needs Chromium: bash tests/run.sh runs it"]
async fn a_person_signs_in_through_the_identity_provider() {
    use crate::portal::sso::{EXCHANGE_ADMINS, world};
    let world = world(&[("alice", &[EXCHANGE_ADMINS])], false, |_, _| {}).await;
    let driver = crate::support::browser::Driver::start().await;
    let alice = driver.browser("alice").await;
    alice.goto(&world.app.url("/login")).await;
    alice.check_page("sso", "login").await;
    alice.submit("a.button[href^='/login/sso']").await;
    // The provider's pages: its login form (any password), then its consent.
    alice.fill("input[name=login]", "alice").await;
    alice.fill("input[name=password]", "any").await;
    alice.submit("button[type=submit]").await;
    alice.submit("button[type=submit]").await;
    alice.find("header.top nav").await;
    assert!(alice.url().await.starts_with(&world.app.base), "back at the portal: {}", alice.url().await);
    let home = alice.text().await;
    assert!(home.contains("Exchange Organization Administrators"), "alice holds her group's role: {home}");
    alice.check_page("sso", "my-work").await;
    // A sign-in answer that belongs to no sign-in started here is refused on a page that says why.
    alice.goto(&world.app.url("/login/sso/callback?state=forged&code=x")).await;
    let failed = alice.text().await;
    assert!(failed.contains("This sign-in expired, was already used, or began in another browser."), "{failed}");
    alice.check_page("sso", "failed").await;
    alice.close().await;
}

/// The results file a run of the script that carries `key` writes, downloaded as `browser`'s person.
async fn results_of_run(
    app: &crate::portal::TestApp,
    browser: &crate::support::browser::Browser,
    id: i64,
    key: &str,
) -> Vec<u8> {
    let cookies = crate::support::browser::cookie_header(browser).await;
    let http = reqwest::Client::new();
    let get = |path: String| {
        let request = http.get(app.url(&path)).header("cookie", cookies.clone());
        async move { request.send().await.expect("the portal answers").text().await.unwrap_or_default() }
    };
    let list = get(format!("/deployments/{id}/scripts")).await;
    let prefix = format!("/deployments/{id}/scripts/");
    for part in list.split(&format!("href=\"{prefix}")).skip(1) {
        let name: String = part.chars().take_while(|c| *c != '"').collect();
        let script = get(format!("{prefix}{name}")).await;
        if script.contains(&format!("Add-CountersignStep '{key}'")) {
            return crate::portal::script_results::results_of(&script, |_| {});
        }
    }
    panic!("no script of deployment {id} carries {key}");
}

/// The checks find what they look for: a page with an unnamed button, an image without a text
/// alternative and a box wider than a phone fails both.
#[tokio::test]
#[ignore = "needs Chromium: bash tests/run.sh runs it"]
async fn the_page_checks_find_what_they_look_for() {
    let driver = crate::support::browser::Driver::start().await;
    let browser = driver.browser("checker").await;
    browser
        .goto("data:text/html,<html><head><title>t</title></head><body><main><img src='x.png'><button></button><div style='width:900px'>wide</div></main></body></html>")
        .await;
    let violations = browser.axe().await;
    assert!(violations.contains("image-alt") && violations.contains("button-name"), "{violations}");
    browser.resize(crate::support::browser::PHONE).await;
    let overflow = browser.overflow().await;
    assert!(overflow.contains("the page is") && overflow.contains("div ends at"), "the wide box is found: {overflow}");
    browser.close().await;
}
