//! The five journeys.

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
    admin.click("form[action='/admin/users'] button[type=submit]").await;
    let page = admin.text().await;
    assert!(page.contains("Password, shown this once"), "{page}");
    admin.check_page("admin", "user-created").await;
    admin.close().await;
}
