//! Journeys in a real headless Chromium against the real server on
//! 127.0.0.1: what people do, checked with axe-core and at phone width on
//! every page they pass (see `support::browser`).
//!
//! Ignored by plain `cargo test` (they need Chromium); `bash tests/run.sh`
//! installs what they need and runs them, and a missing browser fails there.

use crate::portal::TestApp;
use crate::support::browser::{Browser, Driver};

mod journeys;

/// Signs in through the login form.
async fn sign_in(browser: &Browser, app: &TestApp, username: &str, password: &str) {
    browser.goto(&app.url("/login")).await;
    browser.fill("#username", username).await;
    browser.fill("#password", password).await;
    browser.submit("form[action='/login'] button[type=submit]").await;
    let body = browser.text().await;
    assert!(!body.contains("Sign in"), "{username} is signed in: {body}");
}

/// A fresh portal and a browser driver for one journey.
async fn start() -> (TestApp, Driver) {
    (TestApp::spawn().await, Driver::start().await)
}
