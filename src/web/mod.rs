//! The portal: server-rendered pages over the services.
//!
//! Every request passes, outermost first: a request id and a trace span, the
//! security headers, the error pages, a task of its own that runs it to its
//! end even if the client hangs up, the session, the CSRF guard (for every
//! method that changes something), and the body limit. Handlers parse the
//! request, call one service, and render a template.

mod error;
mod middleware;
mod pages;
mod session;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;

use crate::db::Pool;
use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::middleware::{from_fn, from_fn_with_state};
use tokio::net::TcpListener;
use tokio::sync::{Notify, oneshot};
use tokio::task::JoinHandle;

pub use error::AppError;

use crate::catalog::Catalog;
use crate::services::ServiceError;
pub use crate::services::outbox::OutboxConfig;

/// The largest request body accepted: a long form, or a sign-off with its transcript.
pub const MAX_BODY_BYTES: usize = 2 * 1024 * 1024;

#[derive(Debug, Clone)]
pub struct Config {
    pub bind: SocketAddr,
    pub db: crate::db::Location,
    /// How people reach the portal, e.g. `https://countersign.contoso.com`.
    /// Cookies are Secure when it is https; redirects are built from it.
    pub public_url: String,
    pub demo: bool,
    /// Where handoffs are announced beyond the inbox: a webhook, e-mail.
    pub outbox: OutboxConfig,
    /// The audit key and checkpoints.
    pub audit: AuditFiles,
    /// Sign-in through an OpenID provider, when configured.
    pub sso: Option<crate::auth::sso::SsoConfig>,
    /// Whether the password form signs people in (always, without single sign-on).
    pub local_login: crate::auth::sso::LocalLogin,
}

/// Where the audit trail's key and checkpoint log live, and how often a
/// checkpoint is signed.
#[derive(Debug, Clone)]
pub struct AuditFiles {
    /// The signing key, created at first start, readable by its owner only.
    pub key: PathBuf,
    /// The file outside the database each checkpoint is appended to.
    pub checkpoint_log: PathBuf,
    pub interval: std::time::Duration,
    /// Sign with this key although the database's checkpoints are signed by
    /// another, lost one (`--replace-audit-key`); recorded as an event.
    pub replace_key: bool,
}

impl AuditFiles {
    /// The defaults: `countersign-audit.key` beside the database file, and
    /// `<database>.checkpoints`, a checkpoint at most every minute. With
    /// PostgreSQL there is no file to be beside: the working folder holds
    /// `countersign-audit.key` and `countersign.checkpoints`.
    pub fn beside(db: &crate::db::Location) -> AuditFiles {
        let file = match db {
            crate::db::Location::File(path) => path.clone(),
            crate::db::Location::Postgres(_) => PathBuf::from("countersign"),
        };
        let folder = file.parent().unwrap_or_else(|| std::path::Path::new(""));
        let mut log = file.as_os_str().to_owned();
        log.push(".checkpoints");
        AuditFiles {
            key: folder.join("countersign-audit.key"),
            checkpoint_log: PathBuf::from(log),
            interval: std::time::Duration::from_secs(60),
            replace_key: false,
        }
    }
}

/// The name of the log the audit key signs for, from the portal's address:
/// a signed-note key name (no spaces, no '+').
pub fn log_name(public_url: &str) -> String {
    let host = public_url.split("://").nth(1).unwrap_or(public_url).split('/').next().unwrap_or_default();
    let host: String = host.chars().filter(|c| c.is_ascii_graphic() && *c != '+').collect();
    format!("{}/countersign-audit", if host.is_empty() { "localhost" } else { &host })
}

/// What every handler can reach.
pub struct App {
    pub pool: Pool,
    pub catalog: Catalog,
    pub public_url: String,
    pub secure_cookies: bool,
    /// Wakes the outbox worker, when a webhook or SMTP is configured.
    pub outbox: Option<Arc<Notify>>,
    pub webhook: bool,
    pub email: bool,
    /// Signs checkpoints; its verifier key is shown to auditors.
    pub checkpointing: crate::services::audit::Checkpointing,
    /// The OpenID provider people sign in through, when configured.
    pub sso: Option<Arc<crate::auth::sso::provider::Provider>>,
    pub local_login: crate::auth::sso::LocalLogin,
}

impl App {
    /// How handoffs are announced, for the workflow service.
    pub fn announce(&self) -> crate::services::workflow::Announce<'_> {
        crate::services::workflow::Announce {
            webhook: self.webhook,
            email: self.email,
            public_url: &self.public_url,
            catalog: &self.catalog,
        }
    }
}

pub type AppState = Arc<App>;

/// A running portal.
pub struct Running {
    pub addr: SocketAddr,
    /// The first administrator's password, when this start created it.
    pub admin_password: Option<String>,
    /// The demo users and their passwords, with `--demo`.
    pub demo_users: Vec<(String, String)>,
    /// The audit key's public verifier key, and whether this start created the key.
    pub audit_vkey: String,
    pub audit_key_created: bool,
    shutdown: Option<oneshot::Sender<()>>,
    task: JoinHandle<Result<(), std::io::Error>>,
    worker: Option<JoinHandle<()>>,
    upkeep: JoinHandle<()>,
    /// Reads the provider's discovery document until it answers.
    discovery: Option<JoinHandle<()>>,
}

impl Running {
    /// Stops accepting connections, lets requests in flight finish, and waits.
    pub async fn stop(mut self) -> Result<(), std::io::Error> {
        if let Some(shutdown) = self.shutdown.take() {
            let _ = shutdown.send(());
        }
        if let Some(worker) = self.worker.take() {
            worker.abort();
        }
        self.upkeep.abort();
        if let Some(discovery) = self.discovery.take() {
            discovery.abort();
        }
        self.task.await.map_err(std::io::Error::other)?
    }

    /// Waits until the server stops by itself (never, unless it fails).
    pub async fn wait(self) -> Result<(), std::io::Error> {
        self.task.await.map_err(std::io::Error::other)?
    }

    /// A handle that stops the server when sent to.
    pub fn take_shutdown(&mut self) -> Option<oneshot::Sender<()>> {
        self.shutdown.take()
    }
}

#[derive(Debug)]
pub enum StartError {
    Catalog(String),
    Sso(String),
    AuditKey(String),
    Database(crate::db::OpenError),
    Service(ServiceError),
    Bind(std::io::Error),
}

impl std::fmt::Display for StartError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StartError::Catalog(e) => write!(f, "the built-in catalog is broken: {e}"),
            StartError::Sso(e) => write!(f, "{e}"),
            StartError::AuditKey(e) => write!(f, "{e}"),
            StartError::Database(e) => write!(f, "cannot open the database: {e}"),
            StartError::Service(e) => write!(f, "cannot prepare the database: {e}"),
            StartError::Bind(e) => write!(f, "cannot listen: {e}"),
        }
    }
}

/// Opens the database, creates the first administrator if needed, and
/// starts serving on `config.bind` (port 0 picks a free port).
pub async fn start(config: &Config) -> Result<Running, StartError> {
    let catalog = crate::catalog::builtin()
        .map_err(|errors| StartError::Catalog(errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("; ")))?;
    let pool = crate::db::open(&config.db).await.map_err(StartError::Database)?;
    let public_url = config.public_url.trim_end_matches('/').to_owned();
    // The audit key is settled before the portal writes or sends anything.
    // A portal joining others on a database must be given their key, not make its own.
    let replace = config.audit.replace_key;
    if !replace
        && !config.audit.key.exists()
        && crate::services::audit::has_checkpoints(&pool).await.map_err(StartError::AuditKey)?
    {
        return Err(StartError::AuditKey(format!(
            "no audit key at {}, and this database's checkpoints are signed by another portal's: every portal on \
             one database signs with the same key, so copy that portal's key file here (or pass --audit-key; \
             if that key is lost, --replace-audit-key)",
            config.audit.key.display()
        )));
    }
    let (key, audit_key_created) =
        crate::audit::checkpoint::AuditKey::load_or_create(&config.audit.key, &log_name(&public_url))
            .map_err(StartError::AuditKey)?;
    match crate::services::audit::check_signer(&pool, &key).await {
        Ok(()) => {}
        Err(refused) if !replace => {
            return Err(StartError::AuditKey(format!(
                "{refused}; if that key is lost, start once with --replace-audit-key"
            )));
        }
        Err(_) => {
            crate::services::audit::replace_key(&pool, &crate::auth::Actor::command_line(), &key)
                .await
                .map_err(StartError::Service)?;
            tracing::warn!(vkey = %key.vkey, "the audit key was replaced: later checkpoints are signed by this one");
        }
    }
    let refreshed =
        crate::services::deployments::refresh_read_model(&pool, &catalog).await.map_err(StartError::Service)?;
    if refreshed > 0 {
        tracing::info!(
            deployments = refreshed,
            "wrote the pages' rows again for deployments planned by another release"
        );
    }
    let admin_password = crate::services::accounts::ensure_first_admin(&pool).await.map_err(StartError::Service)?;
    let demo_users = if config.demo {
        crate::services::demo::seed(&pool, &catalog).await.map_err(StartError::Service)?
    } else {
        Vec::new()
    };
    let listener = TcpListener::bind(config.bind).await.map_err(StartError::Bind)?;
    let addr = listener.local_addr().map_err(StartError::Bind)?;
    let outbox = (!config.outbox.is_empty()).then(|| Arc::new(Notify::new()));
    let worker =
        outbox.as_ref().map(|wake| crate::services::outbox::spawn(pool.clone(), config.outbox.clone(), wake.clone()));
    let checkpointing = crate::services::audit::Checkpointing {
        key: Arc::new(key),
        log: config.audit.checkpoint_log.clone(),
        interval: config.audit.interval,
    };
    let audit_vkey = checkpointing.key.vkey.clone();
    tracing::info!(vkey = %audit_vkey, "audit checkpoints are signed with this key");
    let upkeep = crate::services::audit::spawn_upkeep(pool.clone(), checkpointing.clone());
    let last_checkpoint = (pool.clone(), checkpointing.clone());
    let sso = match &config.sso {
        Some(sso) => Some(Arc::new(
            crate::auth::sso::provider::Provider::new(sso.clone(), &public_url).map_err(StartError::Sso)?,
        )),
        None => None,
    };
    if let Some(provider) = &sso {
        tracing::info!(issuer = %provider.config.issuer, redirect_url = %provider.redirect_url(),
            "single sign-on: register this redirect URL at the identity provider");
    }
    let discovery = sso.clone().map(crate::auth::sso::provider::Provider::spawn_discovery);
    let state = Arc::new(App {
        sso,
        local_login: config.local_login.clone(),
        checkpointing,
        pool,
        catalog,
        secure_cookies: public_url.starts_with("https://"),
        public_url,
        outbox,
        webhook: config.outbox.webhook_url.is_some(),
        email: config.outbox.smtp_url.is_some(),
    });
    let (shutdown, stopped) = oneshot::channel::<()>();
    let router = router(state);
    let task = tokio::spawn(async move {
        let served = axum::serve(listener, router)
            .with_graceful_shutdown(async move {
                let _ = stopped.await;
            })
            .await;
        // The last events before shutdown get a checkpoint too.
        let (pool, signing) = last_checkpoint;
        if let Err(error) = crate::services::audit::sign_checkpoint(&pool, &signing).await {
            tracing::warn!(%error, "could not sign the shutdown checkpoint");
        }
        served
    });
    tracing::info!(%addr, "Countersign is listening");
    Ok(Running {
        addr,
        admin_password,
        demo_users,
        audit_vkey,
        audit_key_created,
        shutdown: Some(shutdown),
        task,
        worker,
        upkeep,
        discovery,
    })
}

pub fn router(state: AppState) -> Router {
    let policy = middleware::content_security_policy(state.sso.as_ref().and_then(|p| p.origin()).as_deref());
    pages::routes()
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .layer(from_fn_with_state(state.clone(), session::csrf_guard))
        .layer(from_fn_with_state(state.clone(), session::load_session))
        .layer(from_fn(middleware::run_to_completion))
        .layer(from_fn(error::render_error_pages))
        .layer(from_fn_with_state(state.clone(), middleware::language))
        .layer(from_fn_with_state(policy, middleware::security_headers))
        .layer(from_fn(middleware::request_id))
        .with_state(state)
}
