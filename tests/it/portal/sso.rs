//! Single sign-on against a real OpenID provider (oidc-provider on 127.0.0.1):
//! sign-in through its own login and consent pages, roles from the groups
//! claim, refusals, the provider down at start-up, and sign-out.

use std::collections::BTreeMap;
use std::time::Duration;

use countersign::auth::sso::{ClientSecret, LocalLogin, RoleMap, SsoConfig, UsernameClaim};
use reqwest::{Client, Response, StatusCode};

use super::{TestApp, client, location, text};
use crate::support::oidc::{self, CLIENT_ID, CLIENT_SECRET, ProviderSetup, TestProvider};

pub const EXCHANGE_ADMINS: &str = "Exchange Organization Management";
const LYNC_ADMINS: &str = "CS Admins";

/// The settings an administrator would write, for a provider at `issuer`.
fn settings(issuer: &str) -> SsoConfig {
    let mut table = BTreeMap::new();
    table.insert(EXCHANGE_ADMINS.to_owned(), vec!["exchange-org-admins".to_owned()]);
    // Matched without regard to case, as Active Directory compares group names.
    table.insert("cs admins".to_owned(), vec!["cs-administrator".to_owned(), "coordinator".to_owned()]);
    SsoConfig {
        issuer: issuer.to_owned(),
        client_id: CLIENT_ID.to_owned(),
        client_secret: Some(ClientSecret(CLIENT_SECRET.to_owned())),
        name: "Contoso test IdP".to_owned(),
        scopes: vec!["profile".to_owned(), "email".to_owned(), "groups".to_owned()],
        username_claim: UsernameClaim::PreferredUsername,
        groups_claim: "groups".to_owned(),
        roles: RoleMap::parse(&table).expect("the role map parses"),
        required_group: None,
        resource: None,
    }
}

/// A provider and a portal that trusts it.
pub struct World {
    pub app: TestApp,
    pub provider: TestProvider,
    _dir: tempfile::TempDir,
}

pub async fn world(
    people: &[(&str, &[&str])],
    rogue: bool,
    adjust: impl FnOnce(&mut SsoConfig, &mut LocalLogin),
) -> World {
    world_with(people, rogue, false, adjust).await
}

async fn world_with(
    people: &[(&str, &[&str])],
    rogue: bool,
    shared_secret_tokens: bool,
    adjust: impl FnOnce(&mut SsoConfig, &mut LocalLogin),
) -> World {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let accounts = dir.path().join("accounts.json");
    oidc::write_accounts(&accounts, people);
    let mut config = settings("http://127.0.0.1:1");
    let mut local = LocalLogin::default();
    adjust(&mut config, &mut local);
    // The portal's port is chosen before it binds (the provider must know the callback): another
    // test may take it meanwhile, and then both start again on another.
    for _ in 0..5 {
        let port = oidc::free_port();
        let portal = format!("http://127.0.0.1:{port}");
        let setup = ProviderSetup { port: 0, accounts: &accounts, portal: &portal, rogue, shared_secret_tokens };
        let provider = TestProvider::start(setup).await;
        let config = SsoConfig { issuer: provider.issuer.clone(), ..config.clone() };
        match TestApp::try_spawn_sso(port, config, local.clone()).await {
            Ok(app) => {
                wait_until_discovered(&app).await;
                return World { app, provider, _dir: dir };
            }
            Err(countersign::web::StartError::Bind(_)) => continue,
            Err(error) => panic!("the portal starts: {error}"),
        }
    }
    panic!("no free port for the portal in five tries");
}

/// The portal reads the provider's discovery document in the background.
async fn wait_until_discovered(app: &TestApp) {
    for _ in 0..240 {
        let response = app.get(&client(), "/login/sso").await;
        if response.status() == StatusCode::SEE_OTHER {
            return;
        }
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    panic!("the portal never reached the identity provider");
}

fn resolve(base: &str, location: &str) -> String {
    if location.starts_with("http://") || location.starts_with("https://") {
        location.to_owned()
    } else {
        format!("{base}{location}")
    }
}

/// The value of a form field of `page`.
fn field(page: &str, name: &str) -> Option<String> {
    let at = page.find(&format!("name=\"{name}\""))?;
    let tag_start = page[..at].rfind('<')?;
    let tag_end = at + page[at..].find('>')?;
    let tag = &page[tag_start..tag_end];
    let value = tag.find("value=\"")? + "value=\"".len();
    Some(tag[value..].chars().take_while(|c| *c != '"').collect())
}

fn form_action(page: &str) -> String {
    let at = page.find("<form").expect("a form on the provider's page");
    let action = at + page[at..].find("action=\"").expect("a form action") + "action=\"".len();
    page[action..].chars().take_while(|c| *c != '"').collect()
}

/// Walks the browser from `start` through the provider's login and consent
/// pages, as `login`, until the provider sends it back to the portal; returns
/// the portal's callback URL, not yet visited.
async fn through_provider(portal: &str, provider: &TestProvider, browser: &Client, start: &str, login: &str) -> String {
    let mut url = start.to_owned();
    for _ in 0..20 {
        let response = browser.get(&url).send().await.expect("the provider answers");
        let status = response.status();
        if status.is_redirection() {
            let next = resolve(&provider.issuer, &location(&response));
            if next.starts_with(portal) {
                return next;
            }
            url = next;
            continue;
        }
        let page = text(response).await;
        assert_eq!(status, StatusCode::OK, "the provider's page at {url}:\n{page}");
        let prompt = field(&page, "prompt").unwrap_or_else(|| panic!("no login or consent form at {url}:\n{page}"));
        let form: Vec<(&str, &str)> = match prompt.as_str() {
            "login" => vec![("prompt", "login"), ("login", login), ("password", "any")],
            _ => vec![("prompt", "consent")],
        };
        let answered = browser.post(form_action(&page)).form(&form).send().await.expect("the provider answers");
        assert!(answered.status().is_redirection(), "the provider took the {prompt} form");
        url = resolve(&provider.issuer, &location(&answered));
    }
    panic!("the provider never sent the browser back to the portal");
}

/// Starts a sign-in at the portal and returns the provider URL it sends the browser to.
async fn start_sign_in(app: &TestApp, browser: &Client, next: &str) -> String {
    start_sign_in_at(&app.base, browser, next).await
}

async fn start_sign_in_at(portal: &str, browser: &Client, next: &str) -> String {
    let response = browser.get(format!("{portal}/login/sso?next={next}")).send().await.expect("the portal answers");
    assert_eq!(response.status(), StatusCode::SEE_OTHER, "{}", text(response).await);
    location(&response)
}

/// A whole sign-in; returns the portal's answer to the callback.
async fn sign_in(world: &World, browser: &Client, login: &str) -> Response {
    let start = start_sign_in(&world.app, browser, "/deployments").await;
    assert!(start.starts_with(&world.provider.issuer), "sent to the provider: {start}");
    for part in ["code_challenge_method=S256", "code_challenge=", "state=", "nonce=", "response_type=code"] {
        assert!(start.contains(part), "the authorization request has {part}: {start}");
    }
    let callback = through_provider(&world.app.base, &world.provider, browser, &start, login).await;
    browser.get(&callback).send().await.expect("the portal answers")
}

async fn provider_roles(app: &TestApp, username: &str) -> Vec<String> {
    sqlx::query_scalar(
        "SELECT role FROM provider_roles JOIN users ON users.id = provider_roles.user_id
         WHERE users.username = $1 ORDER BY role",
    )
    .bind(username)
    .fetch_all(&app.db().await)
    .await
    .expect("provider roles")
}

/// The audit events of an action, as (actor, target, outcome, detail).
async fn events(app: &TestApp, action: &str) -> Vec<(String, String, String, serde_json::Value)> {
    let rows: Vec<(String, String, String, String)> =
        sqlx::query_as("SELECT actor_name, target, outcome, detail FROM audit_events WHERE action = $1 ORDER BY seq")
            .bind(action)
            .fetch_all(&app.db().await)
            .await
            .expect("audit rows");
    rows.into_iter()
        .map(|(actor, target, outcome, detail)| {
            (actor, target, outcome, serde_json::from_str(&detail).expect("detail is JSON"))
        })
        .collect()
}

#[tokio::test]
async fn a_person_signs_in_through_the_provider_with_the_roles_their_groups_give() {
    let world = world(&[("alice", &[EXCHANGE_ADMINS, LYNC_ADMINS, "Domain Users"])], false, |_, _| {}).await;
    let app = &world.app;
    let login_page = text(app.get(&client(), "/login").await).await;
    assert!(login_page.contains("Sign in with Contoso test IdP"), "{login_page}");
    assert!(login_page.contains("name=\"password\""), "local sign-in stays beside it by default");

    let browser = client();
    let answer = sign_in(&world, &browser, "alice").await;
    assert_eq!(answer.status(), StatusCode::SEE_OTHER, "{}", text(answer).await);
    assert_eq!(location(&answer), "/deployments", "back where the sign-in began");
    let home = text(app.get(&browser, "/").await).await;
    assert!(home.contains("alice Example"), "signed in as alice:\n{home}");
    assert_eq!(provider_roles(app, "alice").await, ["coordinator", "cs-administrator", "exchange-org-admins"]);
    // The coordinator role from "CS Admins" opens the new-deployment form: she sees her work.
    assert_eq!(app.get(&browser, "/deployments/new").await.status(), StatusCode::OK);

    let created = events(app, "user.create").await;
    let alice = created.iter().find(|e| e.1 == "user:alice").expect("the account's creation is audited");
    assert_eq!(alice.0, "sso");
    assert_eq!(alice.3["provider"], world.provider.issuer.as_str());
    let grants = events(app, "role.grant").await;
    assert_eq!(grants.len(), 3, "{grants:?}");
    for grant in &grants {
        assert_eq!(grant.3["provider"], world.provider.issuer.as_str());
        assert_eq!(grant.3["claim"], "groups");
        assert_eq!(grant.3["source"], "provider");
    }
    let logins = events(app, "login").await;
    assert!(logins.iter().any(|e| e.1 == "user:alice" && e.2 == "done" && e.3["method"] == "sso"), "{logins:?}");

    // An administrator grants a role by hand: it is shown apart, and no sign-in takes it away.
    let admin = app.admin().await;
    let granted = app
        .post_form(&admin, "/admin/users/alice/roles", "/admin/users", &[("role", "auditor"), ("grant", "true")])
        .await;
    assert_eq!(granted.status(), StatusCode::SEE_OTHER);
    let users = text(app.get(&admin, "/admin/users").await).await;
    assert!(users.contains(&format!("signs in through {}", world.provider.issuer)), "{users}");
    assert!(users.contains("Granted by hand"), "{users}");
    assert!(users.contains(&format!("from {LYNC_ADMINS}")), "{users}");

    // The provider drops her from "CS Admins": her next sign-in (another
    // browser) takes away what it gave, from her every session.
    world.provider.set_accounts(&[("alice", &[EXCHANGE_ADMINS])]);
    let second_browser = client();
    let again = sign_in(&world, &second_browser, "alice").await;
    assert_eq!(again.status(), StatusCode::SEE_OTHER, "{}", text(again).await);
    assert_eq!(app.get(&second_browser, "/deployments/new").await.status(), StatusCode::FORBIDDEN);
    assert_eq!(provider_roles(app, "alice").await, ["exchange-org-admins"]);
    let revokes = events(app, "role.revoke").await;
    let revoked: Vec<&str> = revokes.iter().filter_map(|e| e.3["role"].as_str()).collect();
    assert_eq!(revoked, ["coordinator", "cs-administrator"]);
    assert!(revokes.iter().all(|e| e.0 == "sso" && e.3["provider"] == world.provider.issuer.as_str()));
    assert_eq!(app.get(&browser, "/deployments/new").await.status(), StatusCode::FORBIDDEN);
    let hand: Vec<String> = sqlx::query_scalar(
        "SELECT role FROM user_roles JOIN users ON users.id = user_roles.user_id WHERE users.username = 'alice'",
    )
    .fetch_all(&app.db().await)
    .await
    .expect("hand grants");
    assert_eq!(hand, ["auditor"], "the role granted by hand stays");

    // An account from the provider has no password to guess.
    let local = app.try_login(&client(), "alice", "").await;
    assert_eq!(local.status(), StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn a_person_outside_the_required_group_is_refused() {
    let world = world(&[("bob", &[EXCHANGE_ADMINS])], false, |config, _| {
        config.required_group = Some("Countersign Users".to_owned());
    })
    .await;
    let answer = sign_in(&world, &client(), "bob").await;
    assert_eq!(answer.status(), StatusCode::FORBIDDEN);
    let page = text(answer).await;
    assert!(page.contains("Only members of the group &#34;Countersign Users&#34; may sign in"), "{page}");
    assert!(page.contains("Ask your directory administrator"), "{page}");
    let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM users WHERE username = 'bob'")
        .fetch_one(&world.app.db().await)
        .await
        .expect("count");
    assert_eq!(count, 0, "no account for someone refused");
    let refused = events(&world.app, "login").await;
    assert!(refused.iter().any(|e| e.2 == "refused" && e.3["reason"] == "not in the required group"), "{refused:?}");
}

#[tokio::test]
async fn groups_that_map_to_no_role_are_refused_and_said() {
    let world = world(&[("dora", &["Domain Users", "Print Operators"])], false, |_, _| {}).await;
    let answer = sign_in(&world, &client(), "dora").await;
    assert_eq!(answer.status(), StatusCode::FORBIDDEN);
    let page = text(answer).await;
    assert!(page.contains("&#34;Print Operators&#34;"), "the page names the groups:\n{page}");
    assert!(page.contains("[oidc.roles]"), "and says what the admin can do:\n{page}");
    let refused = events(&world.app, "login").await;
    assert!(refused.iter().any(|e| e.3["reason"] == "no group maps to a role"), "{refused:?}");
}

#[tokio::test]
async fn a_tampered_or_replayed_callback_is_refused() {
    let world = world(&[("alice", &[EXCHANGE_ADMINS])], false, |_, _| {}).await;
    let app = &world.app;
    let browser = client();
    let start = start_sign_in(app, &browser, "/").await;
    let callback = through_provider(&app.base, &world.provider, &browser, &start, "alice").await;
    let state_at = callback.find("state=").expect("a state") + "state=".len();
    let mut tampered = callback.clone();
    tampered.replace_range(state_at..state_at + 1, if &callback[state_at..=state_at] == "A" { "B" } else { "A" });
    let answer = browser.get(&tampered).send().await.expect("the portal answers");
    assert_eq!(answer.status(), StatusCode::BAD_REQUEST);
    assert!(text(answer).await.contains("does not belong to the sign-in this browser started"));
    // The pending sign-in was used up by that answer: the genuine callback is refused too.
    let replay = browser.get(&callback).send().await.expect("the portal answers");
    assert_eq!(replay.status(), StatusCode::BAD_REQUEST);
    assert!(text(replay).await.contains("expired, was already used, or began in another browser"));
    assert_eq!(app.get(&browser, "/").await.status(), StatusCode::SEE_OTHER, "not signed in");

    // A callback carried to another browser has no pending sign-in there.
    let start = start_sign_in(app, &browser, "/").await;
    let callback = through_provider(&app.base, &world.provider, &browser, &start, "alice").await;
    let stranger = client();
    let answer = stranger.get(&callback).send().await.expect("the portal answers");
    assert_eq!(answer.status(), StatusCode::BAD_REQUEST);
    let reasons: Vec<String> = events(app, "login")
        .await
        .into_iter()
        .filter(|e| e.2 == "refused")
        .filter_map(|e| e.3["reason"].as_str().map(str::to_owned))
        .collect();
    assert!(reasons.contains(&"state mismatch".to_owned()), "{reasons:?}");
    assert!(reasons.contains(&"no pending sign-in".to_owned()), "{reasons:?}");
}

#[tokio::test]
async fn an_id_token_signed_by_another_key_is_refused() {
    let world = world(&[("alice", &[EXCHANGE_ADMINS])], true, |_, _| {}).await;
    let browser = client();
    let answer = sign_in(&world, &browser, "alice").await;
    assert_eq!(answer.status(), StatusCode::BAD_REQUEST);
    let page = text(answer).await;
    assert!(page.contains("did not pass its checks"), "{page}");
    assert_eq!(world.app.get(&browser, "/").await.status(), StatusCode::SEE_OTHER, "not signed in");
    let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM users WHERE username = 'alice'")
        .fetch_one(&world.app.db().await)
        .await
        .expect("count");
    assert_eq!(count, 0);
    let refused = events(&world.app, "login").await;
    assert!(refused.iter().any(|e| e.3["reason"] == "ID token invalid"), "{refused:?}");
}

#[tokio::test]
async fn a_local_account_is_not_merged_with_the_providers_person_of_that_name() {
    let world = world(&[("carol", &[EXCHANGE_ADMINS])], false, |_, _| {}).await;
    let app = &world.app;
    let admin = app.admin().await;
    app.create_user(&admin, "carol", &["auditor"]).await;
    let answer = sign_in(&world, &client(), "carol").await;
    assert_eq!(answer.status(), StatusCode::FORBIDDEN);
    assert!(text(answer).await.contains("already belongs to another Countersign account"));
    let accounts: Vec<(String, Option<String>)> =
        sqlx::query_as("SELECT username, provider FROM users WHERE username = 'carol'")
            .fetch_all(&app.db().await)
            .await
            .expect("accounts");
    assert_eq!(accounts, [("carol".to_owned(), None)], "the local account is untouched");
}

#[tokio::test]
async fn the_provider_down_at_start_up_is_reached_when_it_comes_up() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let accounts = dir.path().join("accounts.json");
    oidc::write_accounts(&accounts, &[("alice", &[EXCHANGE_ADMINS])]);
    let provider_port = oidc::free_port();
    let portal_port = oidc::free_port();
    let portal = format!("http://127.0.0.1:{portal_port}");
    let app =
        TestApp::spawn_sso(portal_port, settings(&format!("http://127.0.0.1:{provider_port}")), LocalLogin::default())
            .await;
    // Meanwhile: password sign-in works, and the way through the provider says what is wrong.
    let admin = app.admin().await;
    assert_eq!(app.get(&admin, "/").await.status(), StatusCode::OK);
    let down = app.get(&client(), "/login/sso").await;
    assert_eq!(down.status(), StatusCode::SERVICE_UNAVAILABLE);
    let page = text(down).await;
    assert!(page.contains("cannot reach Contoso test IdP"), "{page}");
    assert!(page.contains("Sign in with a password"), "{page}");

    let provider = TestProvider::start(ProviderSetup {
        port: provider_port,
        accounts: &accounts,
        portal: &portal,
        rogue: false,
        shared_secret_tokens: false,
    })
    .await;
    wait_until_discovered(&app).await;
    let world = World { app, provider, _dir: dir };
    let answer = sign_in(&world, &client(), "alice").await;
    assert_eq!(answer.status(), StatusCode::SEE_OTHER, "{}", text(answer).await);
}

#[tokio::test]
async fn signing_out_ends_the_providers_session_too() {
    let world = world(&[("alice", &[EXCHANGE_ADMINS])], false, |_, _| {}).await;
    let app = &world.app;
    let browser = client();
    let answer = sign_in(&world, &browser, "alice").await;
    assert_eq!(answer.status(), StatusCode::SEE_OTHER);
    // Browsers hold a form's redirects to its form-action: the provider's sign-out must be allowed.
    let home = app.get(&browser, "/").await;
    let policy = home.headers().get("content-security-policy").and_then(|v| v.to_str().ok()).unwrap_or_default();
    assert!(policy.contains(&format!("form-action 'self' {};", world.provider.issuer)), "{policy}");
    let out = app.post_form(&browser, "/logout", "/", &[]).await;
    assert_eq!(out.status(), StatusCode::SEE_OTHER);
    let end_session = location(&out);
    assert!(end_session.starts_with(&world.provider.issuer), "sent to the provider's sign-out: {end_session}");
    assert!(end_session.contains("id_token_hint="), "{end_session}");
    assert!(end_session.contains("post_logout_redirect_uri="), "{end_session}");
    assert_eq!(app.get(&browser, "/").await.status(), StatusCode::SEE_OTHER, "the portal's session ended");

    // The provider asks to confirm, then sends the browser back to the portal's sign-in page.
    let confirm = text(browser.get(&end_session).send().await.expect("the provider answers")).await;
    let xsrf = field(&confirm, "xsrf").unwrap_or_else(|| panic!("a confirm form:\n{confirm}"));
    let confirmed = browser
        .post(form_action(&confirm))
        .form(&[("xsrf", xsrf.as_str()), ("logout", "yes")])
        .send()
        .await
        .expect("the provider answers");
    assert!(location(&confirmed).starts_with(&format!("{}/login", app.base)), "{}", location(&confirmed));

    // The provider's session is gone: the next sign-in asks for the login page again.
    let start = start_sign_in(app, &browser, "/").await;
    let first = browser.get(&start).send().await.expect("the provider answers");
    let interaction = resolve(&world.provider.issuer, &location(&first));
    let page = text(browser.get(&interaction).send().await.expect("the provider answers")).await;
    assert_eq!(field(&page, "prompt").as_deref(), Some("login"), "{page}");
}

#[tokio::test]
async fn with_local_login_off_only_the_break_glass_account_uses_a_password() {
    let world = world(&[("alice", &[EXCHANGE_ADMINS])], false, |_, local| {
        local.off = true;
        local.break_glass = Some("admin".to_owned());
    })
    .await;
    let app = &world.app;
    let admin = app.admin().await;
    let password = app.create_user(&admin, "erin", &["auditor"]).await;
    let refused = app.try_login(&client(), "erin", &password).await;
    assert_eq!(refused.status(), StatusCode::UNAUTHORIZED, "a local account other than the break-glass one");
    let page = text(app.get(&client(), "/login").await).await;
    assert!(page.contains("<details"), "the password form is folded away:\n{page}");
    assert!(page.contains("Break-glass sign-in"), "{page}");
    let reasons: Vec<serde_json::Value> =
        events(app, "login").await.into_iter().filter(|e| e.2 == "refused").map(|e| e.3["reason"].clone()).collect();
    assert!(reasons.contains(&serde_json::json!("password sign-in is off")), "{reasons:?}");
    // The provider still signs people in.
    let answer = sign_in(&world, &client(), "alice").await;
    assert_eq!(answer.status(), StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn the_portal_started_as_the_readme_says_signs_people_in_and_never_logs_the_secret() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let accounts = dir.path().join("accounts.json");
    oidc::write_accounts(&accounts, &[("mei", &[LYNC_ADMINS])]);
    let port = oidc::free_port();
    let portal = format!("http://127.0.0.1:{port}");
    let provider = TestProvider::start(ProviderSetup {
        port: 0,
        accounts: &accounts,
        portal: &portal,
        rogue: false,
        shared_secret_tokens: false,
    })
    .await;
    let secret_file = dir.path().join("oidc-secret");
    std::fs::write(&secret_file, format!("{CLIENT_SECRET}\n")).expect("the secret file");
    let config = dir.path().join("countersign.toml");
    let toml = format!(
        "public_url = \"{portal}\"\n[oidc]\nissuer = \"{}\"\nclient_id = \"{CLIENT_ID}\"\nclient_secret_file = \"{}\"\n\
         name = \"Contoso\"\nscopes = [\"profile\", \"email\", \"groups\"]\n[oidc.roles]\n\"CS Admins\" = \"cs-administrator\"\n",
        provider.issuer,
        secret_file.display()
    );
    std::fs::write(&config, toml).expect("the config file");
    let log = dir.path().join("portal.log");
    let mut child = tokio::process::Command::new(env!("CARGO_BIN_EXE_countersign"))
        .args(["--config", &config.to_string_lossy(), "--bind", &format!("127.0.0.1:{port}")])
        .args(["--db", &dir.path().join("countersign.db").to_string_lossy()])
        .env("RUST_LOG", "trace")
        .stdout(std::process::Stdio::null())
        .stderr(std::fs::File::create(&log).expect("the log file"))
        .kill_on_drop(true)
        .spawn()
        .expect("the countersign binary runs");
    let browser = client();
    let mut start = None;
    for _ in 0..240 {
        if let Ok(response) = browser.get(format!("{portal}/login/sso?next=/")).send().await
            && response.status() == StatusCode::SEE_OTHER
        {
            start = Some(location(&response));
            break;
        }
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    let start = start.expect("the portal starts and reaches the provider");
    let callback = through_provider(&portal, &provider, &browser, &start, "mei").await;
    let answer = browser.get(&callback).send().await.expect("the portal answers");
    assert_eq!(answer.status(), StatusCode::SEE_OTHER, "{}", text(answer).await);
    let home = text(browser.get(format!("{portal}/")).send().await.expect("the portal answers")).await;
    assert!(home.contains("mei Example"), "{home}");
    let _ = child.kill().await;
    let logged = std::fs::read_to_string(&log).expect("the log");
    assert!(logged.contains("sign-in with Contoso is on"), "{logged}");
    let basic = base64::Engine::encode(
        &base64::engine::general_purpose::STANDARD,
        format!("{CLIENT_ID}:{}", CLIENT_SECRET.replace(':', "%3A").replace('/', "%2F").replace('+', "%2B")),
    );
    for form in [CLIENT_SECRET.to_owned(), basic, "with%2Freserved".to_owned()] {
        assert!(!logged.contains(&form), "the client secret must never be logged ({form})");
    }
}

#[tokio::test]
async fn a_configured_resource_is_asked_for_as_ad_fs_needs() {
    let world = world(&[("alice", &[EXCHANGE_ADMINS])], false, |config, _| {
        config.resource = Some("urn:countersign:portal".to_owned());
    })
    .await;
    let start = start_sign_in(&world.app, &client(), "/").await;
    assert!(start.contains("resource=urn%3Acountersign%3Aportal"), "{start}");
}

#[tokio::test]
async fn a_role_from_the_provider_receives_its_handoffs() {
    use super::steps_support::{Step, team_with, user};
    let world = world(&[("mei", &[LYNC_ADMINS])], false, |config, _| {
        let mut table = BTreeMap::new();
        table.insert(LYNC_ADMINS.to_owned(), vec!["rtc-universal-server-admins".to_owned()]);
        config.roles = RoleMap::parse(&table).expect("the role map parses");
    })
    .await;
    let World { app, provider, _dir } = world;
    let mei = client();
    let start = start_sign_in_at(&app.base, &mei, "/").await;
    let callback = through_provider(&app.base, &provider, &mei, &start, "mei").await;
    assert_eq!(mei.get(&callback).send().await.expect("the portal answers").status(), StatusCode::SEE_OTHER);

    let t = team_with(app, &[]).await;
    for key in ["autodiscover.check", "autodiscover.set-internal-uri"] {
        Step { app: &t.app, id: t.id, key }.sign_and_countersign(&t.org1, &t.org2).await;
    }
    let dns1 = user(&t.app, "dns1", &["dns-admins"]).await;
    let dns2 = user(&t.app, "dns2", &["dns-admins"]).await;
    Step { app: &t.app, id: t.id, key: "autodiscover.dns-record" }.sign_and_countersign(&dns1, &dns2).await;
    let inbox = text(t.app.get(&mei, "/inbox").await).await;
    assert!(inbox.contains("your turn, RTCUniversalServerAdmins"), "{inbox}");
}

#[tokio::test]
async fn the_provider_never_takes_the_role_of_the_last_administrator() {
    let world = world(&[("alice", &["Countersign Admins"])], false, |config, _| {
        let mut table = BTreeMap::new();
        table.insert("Countersign Admins".to_owned(), vec!["admin".to_owned()]);
        config.roles = RoleMap::parse(&table).expect("the role map parses");
    })
    .await;
    let app = &world.app;
    // The first administrator steps down: alice, by her group, is the only one left.
    let alice = client();
    let start = start_sign_in(app, &alice, "/").await;
    let callback = through_provider(&app.base, &world.provider, &alice, &start, "alice").await;
    assert_eq!(alice.get(&callback).send().await.expect("the portal answers").status(), StatusCode::SEE_OTHER);
    let disabled = app.post_form(&alice, "/admin/users/admin/disable", "/admin/users", &[("confirm", "yes")]).await;
    assert_eq!(disabled.status(), StatusCode::SEE_OTHER, "{}", text(disabled).await);

    // Her group goes; at her next sign-in she stays the administrator.
    world.provider.set_accounts(&[("alice", &["Domain Users"])]);
    let again = sign_in(&world, &client(), "alice").await;
    assert_eq!(again.status(), StatusCode::SEE_OTHER, "{}", text(again).await);
    assert_eq!(provider_roles(app, "alice").await, ["admin"]);
    let kept = events(app, "role.revoke").await;
    assert!(
        kept.iter().any(|e| e.2 == "refused" && e.3["reason"] == "the last enabled portal administrator"),
        "{kept:?}"
    );
}

#[tokio::test]
async fn an_error_without_this_sign_ins_state_is_not_shown() {
    let world = world(&[("alice", &[EXCHANGE_ADMINS])], false, |_, _| {}).await;
    let app = &world.app;
    let browser = client();
    let start = start_sign_in(app, &browser, "//evil.example/x").await;
    let state: String = start.split("state=").nth(1).expect("a state").chars().take_while(|c| *c != '&').collect();
    // Another page sends the browser back with an error and words of its own: refused as a stranger's.
    let forged = app.get(&browser, "/login/sso/callback?error=access_denied&error_description=Call%20evil").await;
    assert_eq!(forged.status(), StatusCode::BAD_REQUEST);
    assert!(!text(forged).await.contains("Call evil"));
    // The provider's own error, with the state, is told plainly.
    let start = start_sign_in(app, &browser, "/").await;
    let state_now: String = start.split("state=").nth(1).expect("a state").chars().take_while(|c| *c != '&').collect();
    assert_ne!(state, state_now);
    let refused = app
        .get(
            &browser,
            &format!("/login/sso/callback?error=access_denied&error_description=cancelled&state={state_now}"),
        )
        .await;
    assert_eq!(refused.status(), StatusCode::BAD_REQUEST);
    assert!(text(refused).await.contains("refused the sign-in: access_denied (cancelled)"));
    // A foreign return path is dropped: the sign-in returns home.
    let start = start_sign_in(app, &browser, "%2F%2Fevil.example%2Fx").await;
    let callback = through_provider(&app.base, &world.provider, &browser, &start, "alice").await;
    let answer = browser.get(&callback).send().await.expect("the portal answers");
    assert_eq!(location(&answer), "/");
}

#[tokio::test]
async fn a_rename_at_the_provider_is_followed_and_audited_and_a_missing_email_kept() {
    let world = world(&[("alice", &[EXCHANGE_ADMINS])], false, |_, _| {}).await;
    let app = &world.app;
    assert_eq!(sign_in(&world, &client(), "alice").await.status(), StatusCode::SEE_OTHER);
    let people = serde_json::json!({ "alice": { "name": "Alice Renamed", "preferred_username": "alice.r", "groups": [EXCHANGE_ADMINS] } });
    std::fs::write(&world.provider.accounts, people.to_string()).expect("the accounts file");
    assert_eq!(sign_in(&world, &client(), "alice").await.status(), StatusCode::SEE_OTHER);
    let row: (String, String, String) =
        sqlx::query_as("SELECT username, display_name, email FROM users WHERE subject = 'alice'")
            .fetch_one(&app.db().await)
            .await
            .expect("the account");
    assert_eq!(row, ("alice.r".to_owned(), "Alice Renamed".to_owned(), "alice@contoso.test".to_owned()));
    let updates = events(app, "user.update").await;
    assert_eq!(updates.len(), 1, "{updates:?}");
    assert_eq!(updates[0].3["changed"]["username"], serde_json::json!({ "from": "alice", "to": "alice.r" }));
    assert!(updates[0].3["changed"].get("email").is_none(), "an address the token leaves out is kept");
}

#[tokio::test]
async fn a_disabled_account_is_refused_at_the_provider_sign_in() {
    let world = world(&[("alice", &[EXCHANGE_ADMINS])], false, |_, _| {}).await;
    let app = &world.app;
    assert_eq!(sign_in(&world, &client(), "alice").await.status(), StatusCode::SEE_OTHER);
    let admin = app.admin().await;
    let disabled = app.post_form(&admin, "/admin/users/alice/disable", "/admin/users", &[("confirm", "yes")]).await;
    assert_eq!(disabled.status(), StatusCode::SEE_OTHER, "{}", text(disabled).await);
    let answer = sign_in(&world, &client(), "alice").await;
    assert_eq!(answer.status(), StatusCode::FORBIDDEN);
    assert!(text(answer).await.contains("is disabled"));
}

#[tokio::test]
async fn an_id_token_signed_with_the_client_secret_is_refused() {
    let world = world_with(&[("alice", &[EXCHANGE_ADMINS])], false, true, |_, _| {}).await;
    let answer = sign_in(&world, &client(), "alice").await;
    assert_eq!(answer.status(), StatusCode::BAD_REQUEST);
    assert!(text(answer).await.contains("did not pass its checks"));
}

#[tokio::test]
async fn a_pending_sign_in_lasts_ten_minutes_and_their_number_is_bounded() {
    let world = world(&[("alice", &[EXCHANGE_ADMINS])], false, |_, local| {
        local.off = true;
    })
    .await;
    let app = &world.app;
    let page = text(app.get(&client(), "/login").await).await;
    assert!(!page.contains("name=\"password\""), "no password form without a break-glass account:\n{page}");
    let browser = client();
    let start = start_sign_in(app, &browser, "/").await;
    let callback = through_provider(&app.base, &world.provider, &browser, &start, "alice").await;
    let pool = app.db().await;
    sqlx::query("UPDATE sso_pending SET created_at = created_at - 601").execute(&pool).await.expect("aged");
    let late = browser.get(&callback).send().await.expect("the portal answers");
    assert_eq!(late.status(), StatusCode::BAD_REQUEST);
    assert!(text(late).await.contains("expired"));

    sqlx::query(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10050)
         INSERT INTO sso_pending (id_sha256, state, nonce, pkce_verifier, return_to, created_at)
         SELECT 'pending-' || i, 's', 'n', 'v', '/', $1 FROM n",
    )
    .bind(countersign::db::now())
    .execute(&pool)
    .await
    .expect("a full table");
    let _ = start_sign_in(app, &client(), "/").await;
    let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM sso_pending").fetch_one(&pool).await.expect("count");
    assert_eq!(count, countersign::db::sso::MAX_PENDING);
}
