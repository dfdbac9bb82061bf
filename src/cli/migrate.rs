//! `countersign migrate-db`: move a portal from its SQLite file into PostgreSQL.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;

use crate::auth::Actor;
use crate::db::Location;
use crate::services::migrate;

#[derive(Debug, Args)]
pub struct MigrateArgs {
    /// The portal's SQLite database file (stop the portal first).
    #[arg(long, value_name = "FILE")]
    from: PathBuf,
    /// The PostgreSQL database to move it into, empty: postgres://user:password@host/database.
    #[arg(long, value_name = "URL")]
    to: String,
    /// The portal's audit key, whose verifier key checks both trails [default: the one beside FILE].
    #[arg(long, value_name = "PATH")]
    audit_key: Option<PathBuf>,
    /// The portal's checkpoint log, which both trails must still match [default: FILE.checkpoints, when it exists].
    #[arg(long, value_name = "PATH")]
    checkpoint_log: Option<PathBuf>,
}

pub fn run(args: &MigrateArgs) -> ExitCode {
    let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(runtime) => runtime,
        Err(error) => return fail(&format!("cannot start: {error}")),
    };
    match runtime.block_on(act(args)) {
        Ok(said) => {
            println!("{said}");
            ExitCode::SUCCESS
        }
        Err(message) => fail(&message),
    }
}

fn fail(message: &str) -> ExitCode {
    eprintln!("countersign: {message}");
    ExitCode::FAILURE
}

async fn act(args: &MigrateArgs) -> Result<String, String> {
    if !args.from.is_file() {
        return Err(format!("--from: {}: no such database file", args.from.display()));
    }
    let target = Location::parse(&args.to);
    if !matches!(target, Location::Postgres(_)) {
        return Err(format!("--to: \"{}\" is not a postgres:// URL", args.to));
    }
    let source = Location::File(args.from.clone());
    let key = args.audit_key.clone().unwrap_or_else(|| crate::web::AuditFiles::beside(&source).key);
    if !key.is_file() {
        return Err(format!("no audit key at {}: give the portal's with --audit-key", key.display()));
    }
    let vkey = super::audit::vkey_from(&key.display().to_string())?;
    // A log named on the command line must be there; the default one is read when it is.
    let log = args.checkpoint_log.clone().unwrap_or_else(|| crate::web::AuditFiles::beside(&source).checkpoint_log);
    let kept = crate::services::audit::claims_from_file(&log, args.checkpoint_log.is_some())?;
    let from = crate::db::open(&source).await.map_err(|e| format!("cannot open {}: {e}", source.shown()))?;
    let to = crate::db::open(&target).await.map_err(|e| format!("cannot open {}: {e}", target.shown()))?;
    let moved = migrate::move_database(&from, &to, &Actor::command_line(), &vkey, kept, &source.shown())
        .await
        .map_err(|e| e.to_string())?;
    let mut said = format!("moved {} into {}:\n", source.shown(), target.shown());
    for (table, rows) in &moved.tables {
        said.push_str(&format!("  {table}: {rows} rows\n"));
    }
    said.push_str(&format!(
        "the copied trail verifies: its first {} events give the source's root {}, and the move is event {}.\n\
         Start the portal with --db {} and the same audit key ({}); keep the SQLite file until you no longer need it.",
        moved.events,
        moved.root,
        moved.events + 1,
        target.shown(),
        key.display()
    ));
    Ok(said)
}
