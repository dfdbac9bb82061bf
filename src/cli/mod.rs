//! The command line: `serve` (the default), `plan`, `user`, `audit`. Every
//! command calls the same services as the portal.

mod audit;
mod migrate;
mod plan;
mod serve;
mod sso;
mod user;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(
    name = "countersign",
    version,
    about = "Plans Exchange and Lync/Skype for Business integration, split by the role each step needs.",
    args_conflicts_with_subcommands = true
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    #[command(flatten)]
    serve: serve::ServeArgs,
    #[command(flatten)]
    storage: Storage,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Run the portal (what `countersign` alone does).
    Serve(serve::ServeArgs),
    /// Print an example answers file, or plan a deployment from one.
    Plan(plan::PlanArgs),
    /// Manage portal users from the server's command line.
    User(user::UserArgs),
    /// Verify the audit trail, write an event's proof, or check a proof offline.
    Audit(audit::AuditArgs),
    /// Move a portal from its SQLite file into an empty PostgreSQL database, and verify the copy.
    MigrateDb(migrate::MigrateArgs),
}

/// Where the database is: shared by `serve` and `user`, accepted before or
/// after the subcommand.
#[derive(Debug, Clone, Args)]
pub struct Storage {
    /// The SQLite database file, created on first start [default: countersign.db]; or a
    /// postgres:// URL of a PostgreSQL database that several portal processes share.
    #[arg(long, global = true, env = "COUNTERSIGN_DB", value_name = "PATH|URL")]
    pub db: Option<String>,
    /// A TOML file with defaults for bind, db, public_url, webhook_url, smtp_url, mail_from, and an [oidc] table.
    #[arg(long, global = true, env = "COUNTERSIGN_CONFIG", value_name = "FILE")]
    pub config: Option<PathBuf>,
}

/// The optional configuration file; flags and environment variables win.
#[derive(Debug, Default, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConfigFile {
    pub bind: Option<String>,
    pub db: Option<String>,
    pub public_url: Option<String>,
    pub webhook_url: Option<String>,
    pub smtp_url: Option<String>,
    pub mail_from: Option<String>,
    /// Single sign-on through an OpenID provider.
    pub oidc: Option<sso::OidcFile>,
}

impl Storage {
    pub fn config_file(&self) -> Result<ConfigFile, String> {
        let Some(path) = &self.config else { return Ok(ConfigFile::default()) };
        let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        toml::from_str(&text).map_err(|e| format!("{}: {}", path.display(), e.message()))
    }

    /// The flag or environment variable, else the configuration file, else the default.
    pub fn db_location(&self, file: &ConfigFile) -> crate::db::Location {
        crate::db::Location::parse(self.db.as_deref().or(file.db.as_deref()).unwrap_or("countersign.db"))
    }
}

pub fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(Command::Plan(args)) => plan::run(&args),
        Some(Command::Serve(args)) => serve::run(&args, &cli.storage),
        Some(Command::User(args)) => user::run(&args, &cli.storage),
        Some(Command::Audit(args)) => audit::run(&args, &cli.storage),
        Some(Command::MigrateDb(args)) => migrate::run(&args),
        None => serve::run(&cli.serve, &cli.storage),
    }
}
