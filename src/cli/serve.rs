//! `countersign serve`: the portal on its embedded default, a SQLite file.

use std::net::SocketAddr;
use std::process::ExitCode;

use clap::Args;

use super::Storage;
use crate::web::{self, Config, OutboxConfig};

#[derive(Debug, Clone, Args)]
pub struct ServeArgs {
    /// The address to listen on [default: 127.0.0.1:8080].
    #[arg(long, env = "COUNTERSIGN_BIND", value_name = "ADDR")]
    bind: Option<String>,
    /// How people reach the portal, e.g. https://countersign.contoso.com;
    /// cookies are Secure when it is https [default: http://<bind>].
    #[arg(long, env = "COUNTERSIGN_PUBLIC_URL", value_name = "URL")]
    public_url: Option<String>,
    /// Also seed a sample deployment and a demo user for each role.
    #[arg(long)]
    demo: bool,
    /// Post each handoff as JSON to this URL (a Teams or Slack incoming webhook).
    #[arg(long, env = "COUNTERSIGN_WEBHOOK_URL", value_name = "URL")]
    webhook_url: Option<String>,
    /// E-mail handoffs through this SMTP server: smtp://host:25, smtp://host:587?tls=required
    /// (STARTTLS) or smtps://user:password@host.
    #[arg(long, env = "COUNTERSIGN_SMTP_URL", value_name = "URL")]
    smtp_url: Option<String>,
    /// The sender of those e-mails [default: countersign@localhost].
    #[arg(long, env = "COUNTERSIGN_MAIL_FROM", value_name = "ADDRESS")]
    mail_from: Option<String>,
    /// The key that signs audit checkpoints; created at first start, readable by
    /// its owner only [default: countersign-audit.key beside the database].
    #[arg(long, env = "COUNTERSIGN_AUDIT_KEY", value_name = "PATH")]
    audit_key: Option<std::path::PathBuf>,
    /// The file outside the database each signed checkpoint is appended to
    /// [default: <database>.checkpoints].
    #[arg(long, env = "COUNTERSIGN_CHECKPOINT_LOG", value_name = "PATH")]
    checkpoint_log: Option<std::path::PathBuf>,
    /// Sign a checkpoint when the trail has grown, at most this often (seconds) [default: 60].
    #[arg(long, env = "COUNTERSIGN_CHECKPOINT_INTERVAL", value_name = "SECONDS")]
    checkpoint_interval: Option<u64>,
    /// Sign with this audit key although the database's checkpoints are signed by another whose
    /// file is lost: recorded in the trail; the earlier checkpoints stay checkable with the old
    /// verifier key only.
    #[arg(long, env = "COUNTERSIGN_REPLACE_AUDIT_KEY")]
    replace_audit_key: bool,
    #[command(flatten)]
    sso: super::sso::SsoArgs,
}

pub fn run(args: &ServeArgs, storage: &Storage) -> ExitCode {
    init_logging();
    let config = match config(args, storage) {
        Ok(config) => config,
        Err(message) => {
            eprintln!("countersign: {message}");
            return ExitCode::FAILURE;
        }
    };
    let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("countersign: cannot start: {error}");
            return ExitCode::FAILURE;
        }
    };
    runtime.block_on(serve(config))
}

fn config(args: &ServeArgs, storage: &Storage) -> Result<Config, String> {
    let mut file = storage.config_file()?;
    let (sso, local_login) = super::sso::settle(&args.sso, file.oidc.take())?;
    let db = storage.db_location(&file);
    let bind_text = args.bind.clone().or(file.bind).unwrap_or_else(|| "127.0.0.1:8080".to_owned());
    let bind: SocketAddr =
        bind_text.parse().map_err(|_| format!("--bind: \"{bind_text}\" is not an address such as 127.0.0.1:8080"))?;
    let public_url = args.public_url.clone().or(file.public_url).unwrap_or_else(|| format!("http://{bind}"));
    if !(public_url.starts_with("http://") || public_url.starts_with("https://")) {
        return Err(format!("--public-url: \"{public_url}\" must start with http:// or https://"));
    }
    let webhook_url = args.webhook_url.clone().or(file.webhook_url);
    if let Some(url) = &webhook_url {
        let local = url.starts_with("http://127.0.0.1") || url.starts_with("http://localhost");
        if !(url.starts_with("https://") || local) {
            return Err(format!("--webhook-url: \"{url}\" must be https:// (plain http only on this machine)"));
        }
    }
    let smtp_url = args.smtp_url.clone().or(file.smtp_url);
    if let Some(url) = &smtp_url
        && !(url.starts_with("smtp://") || url.starts_with("smtps://"))
    {
        return Err(format!("--smtp-url: \"{url}\" must start with smtp:// or smtps://"));
    }
    let mail_from = args.mail_from.clone().or(file.mail_from);
    if let Some(from) = &mail_from {
        crate::services::outbox::check_address(from).map_err(|e| format!("--mail-from: {e}"))?;
    }
    let outbox = OutboxConfig { webhook_url, smtp_url, mail_from };
    let mut audit = web::AuditFiles::beside(&db);
    if let Some(key) = &args.audit_key {
        audit.key = key.clone();
    }
    if let Some(log) = &args.checkpoint_log {
        audit.checkpoint_log = log.clone();
    }
    audit.replace_key = args.replace_audit_key;
    if let Some(seconds) = args.checkpoint_interval {
        if seconds == 0 {
            return Err("--checkpoint-interval: 0 is refused: give a number of seconds, at least 1".to_owned());
        }
        audit.interval = std::time::Duration::from_secs(seconds);
    }
    Ok(Config { bind, db, public_url, demo: args.demo, outbox, audit, sso, local_login })
}

fn init_logging() {
    // PostgreSQL's notices ("relation … already exists, skipping" at each start) are not news.
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| "info,sqlx::postgres::notice=warn".into());
    // Logs go to standard error, coloured only on a terminal; standard output carries what a person must read.
    let terminal = std::io::IsTerminal::is_terminal(&std::io::stderr());
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_target(false)
        .with_ansi(terminal)
        .with_writer(std::io::stderr)
        .try_init();
}

async fn serve(config: Config) -> ExitCode {
    let mut running = match web::start(&config).await {
        Ok(running) => running,
        Err(error) => {
            eprintln!("countersign: {error}");
            return ExitCode::FAILURE;
        }
    };
    println!(
        "Countersign is listening on http://{} (public URL {}), database {}",
        running.addr,
        config.public_url,
        config.db.shown()
    );
    if running.audit_key_created {
        println!(
            "\nFirst start: created the audit key {}. Auditors check checkpoints and proofs with its verifier key:\n\n    {}\n",
            config.audit.key.display(),
            running.audit_vkey
        );
    }
    if let Some(password) = &running.admin_password {
        println!("\nFirst start: created the user 'admin'. Its password, shown this once:\n\n    {password}\n");
    }
    if !running.demo_users.is_empty() {
        println!("\nDemo users (passwords shown this once):");
        for (user, password) in &running.demo_users {
            println!("    {user:<48} {password}");
        }
        println!(
            "\nTo walk the demo deployment, sign in as {} in one browser and {} in another: each countersigns the other's steps.\n",
            crate::services::demo::EXCHANGE_TEAM,
            crate::services::demo::LYNC_TEAM
        );
    }
    let shutdown = running.take_shutdown();
    tokio::spawn(async move {
        wait_for_signal().await;
        tracing::info!("shutting down: finishing the requests in flight");
        if let Some(shutdown) = shutdown {
            let _ = shutdown.send(());
        }
    });
    match running.wait().await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("countersign: {error}");
            ExitCode::FAILURE
        }
    }
}

async fn wait_for_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
}
