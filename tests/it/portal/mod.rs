//! The portal, driven over HTTP: the real server on 127.0.0.1, port 0, with
//! a fresh database per test (a SQLite file, or a PostgreSQL database with
//! `COUNTERSIGN_TEST_ENGINE=postgres`) and a cookie-keeping client that does
//! not follow redirects.

mod abandoned;
mod access;
mod accounts;
mod audit_browse;
pub mod audit_log;
mod deployments;
mod languages;
mod logs;
mod read_model;
mod read_policy;
mod reports;
pub mod script_results;
mod signin;
pub mod signoffs;
pub mod sso;
pub mod steps_support;
mod trail_bounds;
mod upgrades;
mod what_was_signed;

use std::path::Path;

use countersign::db::Location;

use countersign::db::Pool;
use countersign::web::{self, Config, OutboxConfig, Running};
use reqwest::redirect::Policy;
use reqwest::{Client, Response, StatusCode};
use tempfile::TempDir;

use crate::support::database;

pub struct TestApp {
    pub base: String,
    pub admin_password: String,
    /// The test's database.
    pub db: Location,
    pub running: Option<Running>,
    // Dropped last: the database lives in it.
    pub _dir: TempDir,
}

impl TestApp {
    pub async fn spawn() -> TestApp {
        TestApp::spawn_with_outbox(OutboxConfig::default()).await
    }

    /// A portal started with `--demo`; returns the demo users' passwords too.
    pub async fn spawn_demo() -> (TestApp, Vec<(String, String)>) {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let db = database::fresh(dir.path()).await;
        let config = Config { demo: true, ..config(&db, database::audit_files(dir.path())) };
        let running = web::start(&config).await.unwrap_or_else(|e| panic!("the portal starts: {e}"));
        let users = running.demo_users.clone();
        let app = TestApp {
            base: format!("http://{}", running.addr),
            admin_password: running.admin_password.clone().expect("a fresh database creates the admin"),
            db,
            running: Some(running),
            _dir: dir,
        };
        (app, users)
    }

    /// A portal on a SQLite file, whichever engine the run's portal tests use: the source of a move.
    pub async fn spawn_on_file() -> TestApp {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let db = Location::File(dir.path().join("countersign.db"));
        let running = web::start(&config(&db, web::AuditFiles::beside(&db)))
            .await
            .unwrap_or_else(|e| panic!("the portal starts: {e}"));
        TestApp::started(dir, db, running)
    }

    /// A portal that announces handoffs by webhook or e-mail.
    pub async fn spawn_with_outbox(outbox: OutboxConfig) -> TestApp {
        TestApp::spawn_with(outbox, "http://127.0.0.1").await
    }

    pub async fn spawn_with(outbox: OutboxConfig, public_url: &str) -> TestApp {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let db = database::fresh(dir.path()).await;
        let running = start(dir.path(), &db, outbox, public_url).await;
        TestApp::started(dir, db, running)
    }

    /// A portal on a chosen port (its public URL must be known to the
    /// identity provider before it starts) with single sign-on.
    pub async fn spawn_sso(
        port: u16,
        sso: countersign::auth::sso::SsoConfig,
        local_login: countersign::auth::sso::LocalLogin,
    ) -> TestApp {
        TestApp::try_spawn_sso(port, sso, local_login).await.unwrap_or_else(|e| panic!("the portal starts: {e}"))
    }

    /// As [`TestApp::spawn_sso`], but a port taken meanwhile is an error to retry on.
    pub async fn try_spawn_sso(
        port: u16,
        sso: countersign::auth::sso::SsoConfig,
        local_login: countersign::auth::sso::LocalLogin,
    ) -> Result<TestApp, web::StartError> {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let db = database::fresh(dir.path()).await;
        let config = Config {
            bind: format!("127.0.0.1:{port}").parse().expect("an address"),
            db: db.clone(),
            public_url: format!("http://127.0.0.1:{port}"),
            demo: false,
            outbox: OutboxConfig::default(),
            audit: database::audit_files(dir.path()),
            sso: Some(sso),
            local_login,
        };
        let running = web::start(&config).await?;
        Ok(TestApp::started(dir, db, running))
    }

    /// A test portal that has just started on a fresh database in `dir`.
    fn started(dir: TempDir, db: Location, running: Running) -> TestApp {
        TestApp {
            base: format!("http://{}", running.addr),
            admin_password: running.admin_password.clone().expect("a fresh database creates the admin"),
            db,
            running: Some(running),
            _dir: dir,
        }
    }

    /// Stops the server, leaving its database and files.
    pub async fn stop(&mut self) {
        if let Some(running) = self.running.take() {
            running.stop().await.expect("the server stops cleanly");
        }
    }

    /// Stops the server and starts it again on the same database.
    pub async fn restart(&mut self) {
        self.stop().await;
        let running = start(self._dir.path(), &self.db, OutboxConfig::default(), "http://127.0.0.1").await;
        assert!(running.admin_password.is_none(), "a second start must not create or print a password");
        self.base = format!("http://{}", running.addr);
        self.running = Some(running);
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// A direct connection to the test's database, to check what was written.
    pub async fn db(&self) -> Pool {
        countersign::db::open(&self.db).await.expect("the database opens")
    }

    /// The test's folder: the audit key and checkpoint log are in it.
    pub fn dir(&self) -> &Path {
        self._dir.path()
    }

    /// The audit key and checkpoint log the portal uses.
    pub fn audit_files(&self) -> web::AuditFiles {
        database::audit_files(self.dir())
    }

    /// The command line's `--db` for this portal's database.
    pub fn db_arg(&self) -> String {
        database::db_arg(&self.db)
    }

    /// The command line on this portal's database, run in the test's folder
    /// (where a PostgreSQL portal's audit files are, as in a replica's).
    pub fn command(&self, args: &[&str]) -> std::process::Command {
        let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_countersign"));
        // `--db` is global, but given before the subcommand it is taken for `serve`'s.
        let (subcommand, rest) = args.split_first().expect("a subcommand");
        command.arg(subcommand).arg("--db").arg(self.db_arg()).args(rest).current_dir(self.dir());
        command
    }

    pub async fn audit_count(&self) -> i64 {
        sqlx::query_scalar("SELECT COUNT(*) FROM audit_events").fetch_one(&self.db().await).await.expect("count")
    }

    /// The audit events as (actor, action, target, outcome).
    pub async fn audit(&self) -> Vec<(String, String, String, String)> {
        sqlx::query_as("SELECT actor_name, action, target, outcome FROM audit_events ORDER BY seq")
            .fetch_all(&self.db().await)
            .await
            .expect("audit rows")
    }

    pub async fn get(&self, client: &Client, path: &str) -> Response {
        client.get(self.url(path)).send().await.expect("the server answers")
    }

    /// Posts a form, adding the CSRF token of `token_page`.
    pub async fn post_form(&self, client: &Client, path: &str, token_page: &str, fields: &[(&str, &str)]) -> Response {
        let page = text(self.get(client, token_page).await).await;
        let token = csrf_of(&page);
        let mut form: Vec<(&str, &str)> = vec![("csrf", token.as_str())];
        form.extend_from_slice(fields);
        client.post(self.url(path)).form(&form).send().await.expect("the server answers")
    }

    pub async fn login(&self, username: &str, password: &str) -> Client {
        let client = client();
        let response = self.try_login(&client, username, password).await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER, "{username} could not sign in");
        client
    }

    pub async fn try_login(&self, client: &Client, username: &str, password: &str) -> Response {
        self.post_form(client, "/login", "/login", &[("username", username), ("password", password), ("next", "/")])
            .await
    }

    pub async fn admin(&self) -> Client {
        self.login("admin", &self.admin_password).await
    }

    /// Creates a user through the admin page; returns their password.
    pub async fn create_user(&self, admin: &Client, username: &str, roles: &[&str]) -> String {
        self.create_user_with_email(admin, username, "", roles).await
    }

    pub async fn create_user_with_email(&self, admin: &Client, username: &str, email: &str, roles: &[&str]) -> String {
        let mut fields = vec![("username", username), ("display_name", username), ("email", email)];
        fields.extend(roles.iter().map(|r| ("roles", *r)));
        let page = text(self.post_form(admin, "/admin/users", "/admin/users", &fields).await).await;
        let marker = "Password, shown this once: ";
        let start =
            page.find(marker).unwrap_or_else(|| panic!("no password shown for {username}:\n{page}")) + marker.len();
        page[start..].chars().take_while(|c| c.is_ascii_alphanumeric()).collect()
    }

    /// Posts the new-deployment form: the example answers with `changes` made.
    pub async fn post_deployment(&self, coordinator: &Client, changes: &[(&str, &str)]) -> Response {
        let mut fields = countersign::answers::form::from_toml(&countersign::answers::example_toml());
        for (key, value) in changes {
            fields.insert((*key).to_owned(), (*value).to_owned());
        }
        let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        self.post_form(coordinator, "/deployments", "/deployments/new", &pairs).await
    }

    /// Creates a deployment from the example answers with `changes`; returns its id.
    pub async fn create_deployment(&self, coordinator: &Client, changes: &[(&str, &str)]) -> i64 {
        let response = self.post_deployment(coordinator, changes).await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER, "{}", text(response).await);
        location(&response).trim_start_matches("/deployments/").parse().expect("redirected to the new deployment")
    }

    pub async fn create_example_deployment(&self, coordinator: &Client) -> i64 {
        self.create_deployment(coordinator, &[]).await
    }
}

/// A test portal on `db` with local sign-in, on a free port.
fn config(db: &Location, audit: web::AuditFiles) -> Config {
    Config {
        bind: "127.0.0.1:0".parse().expect("an address"),
        db: db.clone(),
        public_url: "http://127.0.0.1".to_owned(),
        demo: false,
        outbox: OutboxConfig::default(),
        audit,
        sso: None,
        local_login: Default::default(),
    }
}

async fn start(dir: &Path, db: &Location, outbox: OutboxConfig, public_url: &str) -> Running {
    let config = Config { outbox, public_url: public_url.to_owned(), ..config(db, database::audit_files(dir)) };
    web::start(&config).await.unwrap_or_else(|e| panic!("the portal starts: {e}"))
}

pub fn client() -> Client {
    Client::builder().cookie_store(true).redirect(Policy::none()).build().expect("an HTTP client")
}

pub async fn text(response: Response) -> String {
    response.text().await.expect("a text body")
}

pub fn location(response: &Response) -> String {
    response.headers().get("location").and_then(|v| v.to_str().ok()).unwrap_or_default().to_owned()
}

pub fn csrf_of(page: &str) -> String {
    let marker = "name=\"csrf\" value=\"";
    page.find(marker)
        .map(|start| page[start + marker.len()..].chars().take_while(|c| *c != '"').collect())
        .unwrap_or_default()
}

/// Signs in without a cookie store and returns the session cookie
/// (`name=value`), for requests sent by hand.
pub async fn session_cookie(app: &TestApp, username: &str, password: &str) -> String {
    let plain = Client::builder().redirect(Policy::none()).build().expect("an HTTP client");
    let form = plain.get(app.url("/login")).send().await.expect("the login page");
    let login_cookie = set_cookie_pair(&form, "cs_login_csrf");
    let token = csrf_of(&text(form).await);
    let response = plain
        .post(app.url("/login"))
        .header("cookie", &login_cookie)
        .form(&[("csrf", token.as_str()), ("username", username), ("password", password), ("next", "/")])
        .send()
        .await
        .expect("the server answers");
    assert_eq!(response.status(), StatusCode::SEE_OTHER, "{username} could not sign in");
    set_cookie_pair(&response, "cs_session")
}

/// The `name=value` of a cookie a response sets, whatever its prefix.
pub fn set_cookie_pair(response: &Response, name: &str) -> String {
    response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .filter_map(|v| v.split(';').next())
        .find(|pair| pair.split_once('=').is_some_and(|(key, _)| key.trim_start_matches("__Host-") == name))
        .unwrap_or_else(|| panic!("the response sets no {name} cookie"))
        .to_owned()
}
