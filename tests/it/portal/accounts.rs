//! Signing in and out, lockout, sessions across restarts, user admin.

use reqwest::StatusCode;

use super::{TestApp, client, location, set_cookie_pair, text};

#[tokio::test]
async fn sign_in_and_out() {
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    let home = app.get(&admin, "/").await;
    assert_eq!(home.status(), StatusCode::OK);
    assert!(text(home).await.contains("My work"));

    let out = app.post_form(&admin, "/logout", "/", &[]).await;
    assert_eq!(out.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&out), "/login");
    let after = app.get(&admin, "/").await;
    assert_eq!(after.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&after), "/login?next=/");
    let events = app.audit().await;
    assert!(events.contains(&("admin".into(), "login".into(), "user:admin".into(), "done".into())));
    assert!(events.contains(&("admin".into(), "logout".into(), "user:admin".into(), "done".into())));
}

#[tokio::test]
async fn a_wrong_password_is_refused_and_recorded() {
    let app = TestApp::spawn().await;
    let anonymous = client();
    let response = app.try_login(&anonymous, "admin", "not the password").await;
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    let page = text(response).await;
    assert!(page.contains("Wrong user name or password"));
    assert!(page.contains("value=\"admin\""), "the user name typed is kept");
    let unknown = app.try_login(&anonymous, "nobody", "x").await;
    assert_eq!(unknown.status(), StatusCode::UNAUTHORIZED);
    let refused: Vec<_> = app
        .audit()
        .await
        .into_iter()
        .filter(|(_, action, _, outcome)| action == "login" && outcome == "refused")
        .collect();
    assert_eq!(refused.len(), 2, "{refused:?}");
    assert_eq!(app.get(&anonymous, "/").await.status(), StatusCode::SEE_OTHER, "no session was made");
}

#[tokio::test]
async fn repeated_failures_lock_the_account() {
    let app = TestApp::spawn().await;
    let anonymous = client();
    for _ in 0..countersign::services::accounts::LOCK_AFTER_FAILURES {
        assert_eq!(app.try_login(&anonymous, "admin", "wrong").await.status(), StatusCode::UNAUTHORIZED);
    }
    let locked = app.try_login(&anonymous, "admin", &app.admin_password).await;
    assert_eq!(locked.status(), StatusCode::UNAUTHORIZED, "the right password is refused while locked");
    let db = app.db().await;
    let locked_until: i64 = sqlx::query_scalar("SELECT locked_until FROM users WHERE username = 'admin'")
        .fetch_one(&db)
        .await
        .expect("row");
    assert!(locked_until > countersign::db::now());
    assert!(app.audit().await.iter().any(|(_, _, _, outcome)| outcome == "refused"));
}

#[tokio::test]
async fn the_session_id_changes_at_login_and_cookies_are_strict() {
    let app = TestApp::spawn().await;
    let first = app.try_login(&client(), "admin", &app.admin_password).await;
    let session = first
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|c| c.starts_with("cs_session="))
        .map(str::to_owned)
        .expect("a session cookie");
    assert!(
        session.contains("HttpOnly") && session.contains("SameSite=Lax") && session.contains("Path=/"),
        "{session}"
    );
    assert!(!session.contains("Secure"), "plain http public URL: no Secure flag");
    let old = set_cookie_pair(&first, "cs_session");
    // The same browser signs in again, sending the session it still holds.
    let plain = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().expect("a client");
    let form = plain.get(app.url("/login")).send().await.expect("the login page");
    let login_cookie = set_cookie_pair(&form, "cs_login_csrf");
    let token = super::csrf_of(&text(form).await);
    let again = plain
        .post(app.url("/login"))
        .header("cookie", format!("{login_cookie}; {old}"))
        .form(&[("csrf", token.as_str()), ("username", "admin"), ("password", &app.admin_password), ("next", "/")])
        .send()
        .await
        .expect("an answer");
    let new = set_cookie_pair(&again, "cs_session");
    assert_ne!(new, old, "a new session id at every sign-in");
    let with_old = plain.get(app.url("/")).header("cookie", &old).send().await.expect("answer");
    assert_eq!(with_old.status(), StatusCode::SEE_OTHER, "the browser's previous session ended");
    let with_new = plain.get(app.url("/")).header("cookie", &new).send().await.expect("answer");
    assert_eq!(with_new.status(), StatusCode::OK);
}

#[tokio::test]
async fn sessions_survive_a_restart() {
    let mut app = TestApp::spawn().await;
    let admin = app.admin().await;
    assert_eq!(app.get(&admin, "/admin/users").await.status(), StatusCode::OK);
    app.restart().await;
    let after = app.get(&admin, "/admin/users").await;
    assert_eq!(after.status(), StatusCode::OK, "the session was lost on restart");
}

#[tokio::test]
async fn admins_manage_users_and_roles() {
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    let password = app.create_user(&admin, "mei", &["rtc-universal-server-admins"]).await;
    let mei = app.login("mei", &password).await;
    assert!(text(app.get(&mei, "/").await).await.contains("RTCUniversalServerAdmins"));
    // Not an admin: the users page is refused, naming the missing role.
    let refused = app.get(&mei, "/admin/users").await;
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
    assert!(text(refused).await.contains("Portal administrator"));

    let grant = app
        .post_form(&admin, "/admin/users/mei/roles", "/admin/users", &[("role", "coordinator"), ("grant", "true")])
        .await;
    assert_eq!(grant.status(), StatusCode::SEE_OTHER);
    assert_eq!(app.get(&mei, "/deployments/new").await.status(), StatusCode::OK);
    // Disabling asks first, without JavaScript: nothing happens until confirmed.
    let asked = app.post_form(&admin, "/admin/users/mei/disable", "/admin/users", &[]).await;
    assert_eq!(asked.status(), StatusCode::OK);
    assert!(text(asked).await.contains("Yes, disable it"));
    assert_eq!(app.get(&mei, "/").await.status(), StatusCode::OK, "not disabled before confirming");
    let disable = app.post_form(&admin, "/admin/users/mei/disable", "/admin/users", &[("confirm", "yes")]).await;
    assert_eq!(disable.status(), StatusCode::SEE_OTHER);
    assert_eq!(app.get(&mei, "/").await.status(), StatusCode::SEE_OTHER, "a disabled user's session ends");
    let actions: Vec<String> = app.audit().await.into_iter().map(|(_, action, _, _)| action).collect();
    for expected in ["user.create", "role.grant", "user.disable", "users.manage"] {
        assert!(actions.iter().any(|a| a == expected), "{expected} not in {actions:?}");
    }
}

#[tokio::test]
async fn the_command_line_manages_users_in_the_same_database() {
    let app = TestApp::spawn().await;
    let output =
        app.command(&["user", "add", "jun", "--role", "exchange-org-admins"]).output().expect("the binary runs");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let stdout = String::from_utf8_lossy(&output.stdout);
    let password = stdout.rsplit(": ").next().unwrap_or_default().trim().to_owned();
    let jun = app.login("jun", &password).await;
    assert!(text(app.get(&jun, "/").await).await.contains("Exchange Organization Administrators"));
    let unknown_role = app.command(&["user", "grant", "jun", "root"]).output().expect("the binary runs");
    assert!(!unknown_role.status.success());
    assert!(String::from_utf8_lossy(&unknown_role.stderr).contains("\"root\" is refused: is not a role"));
    assert!(app.audit().await.iter().any(|(actor, action, _, _)| actor.starts_with("cli:") && action == "user.create"));
}

#[tokio::test]
async fn cookies_are_secure_when_the_public_url_is_https() {
    let app = TestApp::spawn_with(countersign::web::OutboxConfig::default(), "https://countersign.contoso.com").await;
    let response = app.try_login(&client(), "admin", &app.admin_password).await;
    let session = response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|c| c.starts_with("__Host-cs_session="))
        .map(str::to_owned)
        .expect("a session cookie with the __Host- prefix");
    assert!(session.ends_with("; Secure") && session.contains("Path=/") && !session.contains("Domain"), "{session}");
    // Redirects never come from the Host header: a forged one changes nothing.
    let forged = client().get(app.url("/")).header("host", "evil.example").send().await.expect("answer");
    assert_eq!(location(&forged), "/login?next=/");
}

#[tokio::test]
async fn the_last_administrator_cannot_remove_themselves() {
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    let revoke = [("role", "admin"), ("grant", "false"), ("confirm", "yes")];
    let refused = app.post_form(&admin, "/admin/users/admin/roles", "/admin/users", &revoke).await;
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
    let page = text(refused).await;
    assert!(page.contains("last enabled portal administrator"), "{page}");
    assert!(
        page.contains("Back to the users") && page.contains("Sign out"),
        "the error page keeps the navigation and a way back"
    );
    let cli = app.command(&["user", "revoke", "admin", "admin"]).output().expect("the binary runs");
    assert!(!cli.status.success(), "the command line refuses too");
    assert!(String::from_utf8_lossy(&cli.stderr).contains("last enabled portal administrator"));
    let cli = app.command(&["user", "disable", "admin"]).output().expect("the binary runs");
    assert!(!cli.status.success(), "nor can the last administrator be disabled");
    assert_eq!(app.get(&admin, "/admin/users").await.status(), StatusCode::OK, "still an administrator");
    // With a second administrator, the first may step down, once asked and confirmed.
    app.create_user(&admin, "second", &["admin"]).await;
    let asked = app.post_form(&admin, "/admin/users/admin/roles", "/admin/users", &revoke[..2]).await;
    assert_eq!(asked.status(), StatusCode::OK);
    assert!(text(asked).await.contains("Yes, revoke it"));
    let asked = app.post_form(&admin, "/admin/users/second/password", "/admin/users", &[]).await;
    assert!(text(asked).await.contains("Yes, set a new password"), "a new password is asked for first too");
    let done = app.post_form(&admin, "/admin/users/admin/roles", "/admin/users", &revoke).await;
    assert_eq!(done.status(), StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn user_names_follow_one_rule_and_the_trail_spells_them_as_stored() {
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    for bad in [".", "..", "-mei", "mei lin", "méi", "a/b"] {
        let fields = [("username", bad), ("display_name", "x"), ("email", "")];
        let response = app.post_form(&admin, "/admin/users", "/admin/users", &fields).await;
        assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY, "{bad:?}");
        assert!(text(response).await.contains("beginning with a letter or digit"), "{bad:?}");
    }
    app.create_user(&admin, "Mei.Lin", &[]).await;
    let grant = [("role", "auditor"), ("grant", "true")];
    assert_eq!(
        app.post_form(&admin, "/admin/users/MEI.LIN/roles", "/admin/users", &grant).await.status(),
        StatusCode::SEE_OTHER
    );
    let targets: Vec<String> = app
        .audit()
        .await
        .into_iter()
        .filter(|(_, action, _, _)| action == "role.grant")
        .map(|(_, _, t, _)| t)
        .collect();
    assert_eq!(targets, vec!["user:Mei.Lin".to_owned()]);
}

/// A person changes their own password: the current one is asked, the rules are named, the
/// other sessions end, this one goes on, and the old password no longer signs in.
#[tokio::test]
async fn a_person_changes_their_own_password() {
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    let old = app.create_user(&admin, "mei", &["rtc-universal-server-admins"]).await;
    let here = app.login("mei", &old).await;
    let elsewhere = app.login("mei", &old).await;
    let change = |current: &str, new: &str, again: &str| {
        [
            ("current_password", current.to_owned()),
            ("new_password", new.to_owned()),
            ("repeat_password", again.to_owned()),
        ]
    };
    let send = |fields: [(&'static str, String); 3]| {
        let (app, here) = (&app, &here);
        async move {
            let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
            app.post_form(here, "/account/password", "/account/password", &pairs).await
        }
    };
    let new = "correct horse battery staple";
    let forged = here
        .post(app.url("/account/password"))
        .form(&[("current_password", old.as_str()), ("new_password", new), ("repeat_password", new)])
        .send()
        .await
        .expect("answer");
    assert_eq!(forged.status(), StatusCode::FORBIDDEN, "no change without the form's CSRF token");
    for (fields, says) in [
        (change("not it", new, new), "is not your current password"),
        (change(&old, "short", "short"), "has 5 characters; a password needs 12 to 200"),
        (change(&old, new, "correct horse battery stapler"), "differs from the new password"),
    ] {
        let refused = send(fields).await;
        assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let page = text(refused).await;
        assert!(page.contains(says), "{says}: {page}");
        assert!(page.contains("<title>Error: Your password"), "the title says so first");
        assert!(!page.contains(new) && !page.contains(&old), "no password is echoed");
    }
    let done = send(change(&old, new, new)).await;
    assert_eq!(done.status(), StatusCode::OK);
    assert!(text(done).await.contains("Your password is changed"));
    assert_eq!(app.get(&here, "/").await.status(), StatusCode::OK, "this session goes on");
    assert_eq!(app.get(&elsewhere, "/").await.status(), StatusCode::SEE_OTHER, "the other one ended");
    assert_eq!(
        app.try_login(&client(), "mei", &old).await.status(),
        StatusCode::UNAUTHORIZED,
        "the old password is refused"
    );
    app.login("mei", new).await;
    let events = app.audit().await;
    let outcomes: Vec<&str> = events.iter().filter(|e| e.1 == "user.password-change").map(|e| e.3.as_str()).collect();
    assert_eq!(outcomes, ["refused", "done"], "the wrong current password and the change are on the trail");
}

#[tokio::test]
async fn a_nul_in_a_user_name_or_a_filter_is_refused_or_matches_nothing_never_an_error() {
    let app = TestApp::spawn().await;
    // PostgreSQL keeps no U+0000 in text: the refusal's event must still be written.
    let response = app.try_login(&client(), "ad\0min", "wrong").await;
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    let admin = app.admin().await;
    for path in ["/audit/events?person=ad%00min", "/audit/events?q=%00", "/deployments?q=%00"] {
        let status = app.get(&admin, path).await.status();
        assert!(!status.is_server_error(), "{path}: {status}");
    }
}
