//! Sign-in against careless and hostile clients: redirects that stay on the
//! site, a lockout that holds under parallel guessing, refusals that all cost
//! the same, and password hashing that cannot take the server's memory.

use std::time::{Duration, Instant};

use reqwest::StatusCode;

use super::{TestApp, client, location, set_cookie_pair};

const HOSTILE_NEXT: [&str; 9] = [
    "/%09/other.host/x",
    "/%0a/other.host/x",
    "/%0d/other.host/x",
    "/%5C/other.host/x",
    "%2F%2Fother.host/x",
    "//other.host/x",
    "/%2F/other.host/x",
    "/%0d%0aSet-Cookie:%20evil=1",
    "https://other.host/x",
];

#[tokio::test]
async fn a_return_path_never_leaves_the_site() {
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    for next in HOSTILE_NEXT {
        // Signed in, /login sends the browser on to `next` at once.
        let response = app.get(&admin, &format!("/login?next={next}")).await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER, "{next}");
        assert_eq!(location(&response), "/", "{next}");
        // Signing in with it in the form.
        let fresh = client();
        let decoded = percent_encoding::percent_decode_str(next).decode_utf8_lossy().into_owned();
        let response = app
            .post_form(
                &fresh,
                "/login",
                "/login",
                &[("username", "admin"), ("password", &app.admin_password), ("next", &decoded)],
            )
            .await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER, "{next}");
        assert_eq!(location(&response), "/", "{decoded:?}");
    }
    let local = app.get(&admin, "/login?next=/deployments%3Fpage%3D2").await;
    assert_eq!(location(&local), "/deployments?page=2", "a local path is followed");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn parallel_guesses_leave_the_account_locked_and_the_right_password_out() {
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    let password = app.create_user(&admin, "mei", &["exchange-org-admins"]).await;
    let mut attempts = Vec::new();
    for index in 0..41 {
        let (base, password) = (app.base.clone(), password.clone());
        let guess = if index == 20 { password } else { format!("guess-{index}") };
        attempts.push(tokio::spawn(async move {
            let browser = client();
            let page = browser.get(format!("{base}/login")).send().await.expect("the login page");
            let token = super::csrf_of(&page.text().await.expect("a page"));
            let form = [("csrf", token.as_str()), ("username", "mei"), ("password", guess.as_str()), ("next", "/")];
            let response = browser.post(format!("{base}/login")).form(&form).send().await.expect("an answer");
            (index, response.status())
        }));
    }
    for attempt in attempts {
        let (index, status) = attempt.await.expect("a task");
        assert!(
            status == StatusCode::UNAUTHORIZED || status == StatusCode::SERVICE_UNAVAILABLE,
            "attempt {index} answered {status}"
        );
    }
    let (failed, locked_until): (i64, i64) =
        sqlx::query_as("SELECT failed_logins, locked_until FROM users WHERE username = 'mei'")
            .fetch_one(&app.db().await)
            .await
            .expect("row");
    assert!(locked_until > countersign::db::now(), "locked after {failed} failures");
    let right = app.try_login(&client(), "mei", &password).await;
    assert_eq!(right.status(), StatusCode::UNAUTHORIZED, "still locked");
    let locks = app.audit().await.into_iter().filter(|(_, action, _, _)| action == "account.lock").count();
    assert_eq!(locks, 1, "the lock is an event of its own, written once");
}

#[tokio::test]
async fn attempts_while_locked_do_not_prolong_the_lock() {
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    app.create_user(&admin, "mei", &["exchange-org-admins"]).await;
    for _ in 0..5 {
        app.try_login(&client(), "mei", "wrong").await;
    }
    let until = || async {
        let until: i64 = sqlx::query_scalar("SELECT locked_until FROM users WHERE username = 'mei'")
            .fetch_one(&app.db().await)
            .await
            .expect("row");
        until
    };
    let first = until().await;
    assert!(first > countersign::db::now());
    // Seconds are the clock's unit: wait for the second the lock began to pass, then try again while locked.
    let lock_began = first - countersign::services::accounts::LOCK_SECONDS;
    while countersign::db::now() <= lock_began {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert_eq!(app.try_login(&client(), "mei", "wrong").await.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(until().await, first, "the lock ends when it said it would");
}

#[tokio::test]
async fn a_name_stored_by_an_older_portal_still_signs_in() {
    let app = TestApp::spawn().await;
    // Older portals accepted names beginning with '_', '.', '-' or '@'; new ones refuse them.
    let hash = countersign::auth::password::hash("an old secret".to_owned()).await.expect("a hash");
    sqlx::query("INSERT INTO users (username, display_name, password_hash, created_at) VALUES ('_svc', 'svc', $1, 0)")
        .bind(hash)
        .execute(&app.db().await)
        .await
        .expect("insert");
    assert_eq!(app.try_login(&client(), "_svc", "an old secret").await.status(), StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn a_lock_that_expired_starts_the_count_again() {
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    let password = app.create_user(&admin, "mei", &["exchange-org-admins"]).await;
    let db = app.db().await;
    // As a lock leaves an account once its 15 minutes are over.
    sqlx::query("UPDATE users SET failed_logins = 5, locked_until = $1 WHERE username = 'mei'")
        .bind(countersign::db::now() - 1)
        .execute(&db)
        .await
        .expect("update");
    assert_eq!(app.try_login(&client(), "mei", "wrong").await.status(), StatusCode::UNAUTHORIZED);
    let (failed, locked_until): (i64, i64) =
        sqlx::query_as("SELECT failed_logins, locked_until FROM users WHERE username = 'mei'")
            .fetch_one(&db)
            .await
            .expect("row");
    assert_eq!((failed, locked_until), (1, 0), "one failure since the lock ended, and no lock");
    assert_eq!(app.try_login(&client(), "mei", &password).await.status(), StatusCode::SEE_OTHER);
}

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

/// Not a speed target: the four kinds of refusal are timed side by side, in
/// turns, and must cost alike, or a stranger could tell which names exist.
#[tokio::test]
async fn every_kind_of_refused_sign_in_costs_the_same() {
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    for name in ["wrongpw", "disabled", "locked"] {
        app.create_user(&admin, name, &["exchange-org-admins"]).await;
    }
    assert_eq!(
        app.post_form(&admin, "/admin/users/disabled/disable", "/admin/users", &[("confirm", "yes")]).await.status(),
        StatusCode::SEE_OTHER
    );
    for _ in 0..5 {
        app.try_login(&client(), "locked", "wrong").await;
    }
    let kinds = ["nobody-by-this-name", "wrongpw", "disabled", "locked"];
    let mut samples: Vec<Vec<Duration>> = vec![Vec::new(); kinds.len()];
    for _ in 0..4 {
        for (index, name) in kinds.iter().enumerate() {
            let browser = client();
            let page = super::text(app.get(&browser, "/login").await).await;
            let token = super::csrf_of(&page);
            let started = Instant::now();
            let response = browser
                .post(app.url("/login"))
                .form(&[("csrf", token.as_str()), ("username", name), ("password", "not it"), ("next", "/")])
                .send()
                .await
                .expect("an answer");
            samples[index].push(started.elapsed());
            assert_eq!(response.status(), StatusCode::UNAUTHORIZED, "{name}");
        }
    }
    let medians: Vec<Duration> = samples.into_iter().map(median).collect();
    eprintln!("median cost of each refusal: {:?}", kinds.iter().zip(&medians).collect::<Vec<_>>());
    let (fastest, slowest) = (medians.iter().min().expect("four"), medians.iter().max().expect("four"));
    assert!(
        slowest.as_secs_f64() < fastest.as_secs_f64() * 3.0 + 0.02,
        "refusals cost differently: {:?}",
        kinds.iter().zip(&medians).collect::<Vec<_>>()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_crowd_of_sign_ins_is_answered_and_never_fails_the_server() {
    let app = TestApp::spawn().await;
    let browser = client();
    let page = super::text(app.get(&browser, "/login").await).await;
    let token = super::csrf_of(&page);
    let mut crowd = Vec::new();
    for index in 0..150 {
        let (browser, url, token) = (browser.clone(), app.url("/login"), token.clone());
        crowd.push(tokio::spawn(async move {
            let name = format!("stranger{index}");
            let form = [("csrf", token.as_str()), ("username", name.as_str()), ("password", "x"), ("next", "/")];
            let response = browser.post(url).form(&form).send().await.expect("an answer");
            (response.status(), response.headers().get("retry-after").is_some())
        }));
    }
    let mut busy = 0;
    for attempt in crowd {
        let (status, retry_after) = attempt.await.expect("a task");
        match status {
            StatusCode::UNAUTHORIZED => {}
            StatusCode::SERVICE_UNAVAILABLE => {
                assert!(retry_after, "a busy answer says when to come back");
                busy += 1;
            }
            other => panic!("a sign-in answered {other}"),
        }
    }
    eprintln!("{busy} of 150 were told to come back later");
    let after = app.try_login(&client(), "admin", &app.admin_password).await;
    assert_eq!(after.status(), StatusCode::SEE_OTHER, "the crowd leaves the portal working");
    let cookie = set_cookie_pair(&after, "cs_session");
    assert!(!cookie.is_empty());
}
