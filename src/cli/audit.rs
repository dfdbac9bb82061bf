//! `countersign audit`: verify the trail, write an event's proof, check a
//! proof offline.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Subcommand};

use super::Storage;
use crate::audit::checkpoint::AuditKey;
use crate::audit::proof::InclusionProof;
use crate::services::audit as service;

#[derive(Debug, Args)]
pub struct AuditArgs {
    #[command(subcommand)]
    action: AuditAction,
}

#[derive(Debug, Subcommand)]
enum AuditAction {
    /// Recompute every event, the tree and every checkpoint; exit 0 when intact.
    Verify {
        /// The checkpoint log file [default: <database>.checkpoints, when it exists].
        #[arg(long, value_name = "FILE")]
        checkpoint_log: Option<PathBuf>,
        /// The verifier key to trust (the text, or a file holding it) [default: the
        /// one of the audit key beside the database]. Once more for each key the trail's
        /// `audit.key-replaced` events replaced, to check the checkpoints they signed.
        #[arg(long, value_name = "VKEY-OR-FILE")]
        key: Vec<String>,
        /// The portal's audit key file, when not beside the database.
        #[arg(long, value_name = "PATH")]
        audit_key: Option<PathBuf>,
    },
    /// Write an event's inclusion proof (a .tlog-proof) against the latest checkpoint.
    Prove {
        seq: i64,
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// Export the trail (or part of it) as CSV or JSON Lines; the export is an event.
    Export {
        #[arg(long, value_parser = ["csv", "jsonl"])]
        format: String,
        /// Only the events of this deployment.
        #[arg(long, value_name = "ID")]
        deployment: Option<i64>,
        /// From this time: YYYY-MM-DD (UTC) or RFC 3339.
        #[arg(long, value_name = "T")]
        since: Option<String>,
        /// Until this time: YYYY-MM-DD (UTC, the whole day) or RFC 3339.
        #[arg(long, value_name = "T")]
        until: Option<String>,
        /// The file to write [default: standard output].
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// Check a .tlog-proof offline, without the database.
    CheckProof {
        file: PathBuf,
        /// The verifier key to trust (the text, or a file holding it).
        #[arg(long, value_name = "VKEY-OR-FILE")]
        key: String,
    },
}

pub fn run(args: &AuditArgs, storage: &Storage) -> ExitCode {
    let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(runtime) => runtime,
        Err(error) => return fail(&format!("cannot start: {error}")),
    };
    runtime.block_on(dispatch(&args.action, storage))
}

fn fail(message: &str) -> ExitCode {
    eprintln!("countersign: {message}");
    ExitCode::FAILURE
}

/// A verifier key given as text or as a file holding it.
pub(super) fn vkey_from(given: &str) -> Result<String, String> {
    let path = std::path::Path::new(given);
    if path.is_file() {
        let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {given}: {e}"))?;
        let line = text.lines().map(str::trim).find(|l| !l.is_empty()).unwrap_or_default();
        // A private key file gives its public half.
        if line.starts_with("PRIVATE+KEY+") {
            return AuditKey::from_skey(line).map(|k| k.vkey);
        }
        return Ok(line.to_owned());
    }
    Ok(given.trim().to_owned())
}

/// The database the command works on, and the audit files beside it.
async fn open_pool(storage: &Storage) -> Result<(crate::db::Pool, crate::web::AuditFiles), ExitCode> {
    let file = storage.config_file().map_err(|message| fail(&message))?;
    let location = storage.db_location(&file);
    if let crate::db::Location::File(path) = &location
        && !path.exists()
    {
        return Err(fail(&format!("{}: no such database", path.display())));
    }
    let pool = crate::db::open(&location)
        .await
        .map_err(|error| fail(&format!("cannot open {}: {error}", location.shown())))?;
    Ok((pool, crate::web::AuditFiles::beside(&location)))
}

async fn dispatch(action: &AuditAction, storage: &Storage) -> ExitCode {
    if let AuditAction::CheckProof { file, key } = action {
        return check_proof(file, key);
    }
    let (pool, defaults) = match open_pool(storage).await {
        Ok(opened) => opened,
        Err(code) => return code,
    };
    match action {
        AuditAction::Verify { checkpoint_log, key, audit_key } => {
            let vkeys = match key.as_slice() {
                [] => {
                    let path = audit_key.clone().unwrap_or(defaults.key.clone());
                    if path.is_file() {
                        vkey_from(&path.display().to_string()).inspect(|vkey| {
                            eprintln!(
                                "checking against the verifier key of {} ({vkey}); pass --key to check against a key you trust",
                                path.display()
                            );
                        })
                    } else {
                        Err(format!("no audit key at {}; give the verifier key with --key", path.display()))
                    }
                    .map(|vkey| vec![vkey])
                }
                given => given.iter().map(|k| vkey_from(k)).collect::<Result<Vec<_>, _>>(),
            };
            let vkeys = match vkeys {
                Ok(vkeys) => vkeys,
                Err(message) => return fail(&message),
            };
            let log = checkpoint_log.clone().unwrap_or(defaults.checkpoint_log);
            let claims = match service::claims_from_file(&log, checkpoint_log.is_some()) {
                Ok(claims) => claims,
                Err(message) => return fail(&message),
            };
            let terminal = std::io::stderr().is_terminal();
            let report = service::verify_trail(&pool, &vkeys, claims, |read, last| {
                if terminal && last > 0 {
                    let done = (read as f64 / last as f64).min(1.0);
                    let bar = "#".repeat((done * 40.0) as usize);
                    eprint!("\r[{bar:<40}] {read}/{last} events");
                }
            })
            .await;
            if terminal {
                eprintln!();
            }
            let report = match report {
                Ok(report) => report,
                Err(error) => return fail(&error.to_string()),
            };
            if let Err(error) = service::record_verification(&pool, &crate::auth::Actor::command_line(), &report).await
            {
                eprintln!("countersign: the run could not be recorded in the trail: {error}");
            }
            for problem in &report.problems {
                println!("{problem}");
            }
            for unchecked in &report.unchecked {
                println!("not checked: {unchecked}");
            }
            println!("{}", report.summary());
            if report.intact() { ExitCode::SUCCESS } else { ExitCode::FAILURE }
        }
        AuditAction::Prove { seq, out } => match service::prove(&pool, None, *seq).await {
            Ok(proof) => {
                let text = proof.encode();
                match out {
                    Some(path) => match std::fs::write(path, &text) {
                        Ok(()) => {
                            println!("wrote the proof of event {seq} to {}", path.display());
                            ExitCode::SUCCESS
                        }
                        Err(error) => fail(&format!("cannot write {}: {error}", path.display())),
                    },
                    None => {
                        print!("{text}");
                        ExitCode::SUCCESS
                    }
                }
            }
            Err(error) => fail(&error.to_string()),
        },
        AuditAction::Export { format, deployment, since, until, out } => {
            let time = |name: &str, value: &Option<String>, end: bool| match value {
                None => Ok(None),
                Some(text) => crate::audit::export::parse_time(text, end).map(Some).ok_or_else(|| {
                    format!("--{name}: \"{text}\" is refused: give YYYY-MM-DD (UTC) or an RFC 3339 time")
                }),
            };
            let (since, until) = match (time("since", since, false), time("until", until, true)) {
                (Ok(since), Ok(until)) => (since, until),
                (Err(message), _) | (_, Err(message)) => return fail(&message),
            };
            let filter =
                crate::db::audit::browse::EventFilter { deployment: *deployment, since, until, ..Default::default() };
            let format = service::ExportFormat::parse(format).unwrap_or(service::ExportFormat::Csv);
            let job = match service::start_export(&pool, &crate::auth::Actor::command_line(), &filter, format).await {
                Ok(job) => job,
                Err(error) => return fail(&error.to_string()),
            };
            let mut sink: Box<dyn std::io::Write + Send> = match out {
                Some(path) => match std::fs::File::create(path) {
                    Ok(file) => Box::new(std::io::BufWriter::new(file)),
                    Err(error) => return fail(&format!("cannot write {}: {error}", path.display())),
                },
                None => Box::new(std::io::BufWriter::new(std::io::stdout())),
            };
            let (chunks, mut received) = tokio::sync::mpsc::channel::<Result<Vec<u8>, String>>(4);
            let pool = pool.clone();
            let running = tokio::spawn(async move { job.run(&pool, chunks).await });
            while let Some(chunk) = received.recv().await {
                let chunk = match chunk {
                    Ok(chunk) => chunk,
                    Err(error) => return fail(&format!("the export stopped: {error}")),
                };
                if let Err(error) = sink.write_all(&chunk) {
                    return fail(&format!("cannot write the export: {error}"));
                }
            }
            if let Err(error) = sink.flush() {
                return fail(&format!("cannot write the export: {error}"));
            }
            match running.await {
                Ok(Ok(count)) => {
                    if let Some(path) = out {
                        eprintln!("exported {count} events to {}", path.display());
                    }
                    ExitCode::SUCCESS
                }
                Ok(Err(error)) => fail(&error.to_string()),
                Err(error) => fail(&error.to_string()),
            }
        }
        // Checked without the database, above.
        AuditAction::CheckProof { file, key } => check_proof(file, key),
    }
}

fn check_proof(file: &PathBuf, key: &str) -> ExitCode {
    let text = match std::fs::read_to_string(file) {
        Ok(text) => text,
        Err(error) => return fail(&format!("cannot read {}: {error}", file.display())),
    };
    let vkey = match vkey_from(key) {
        Ok(vkey) => vkey,
        Err(message) => return fail(&message),
    };
    let proof = match InclusionProof::parse(&text) {
        Ok(proof) => proof,
        Err(message) => return fail(&format!("{}: not a proof: {message}", file.display())),
    };
    match proof.check(&vkey) {
        Ok(verified) => {
            let event = &proof.event;
            println!(
                "verified: event {} ({} {} by {}, {}) is in the log {} of {} events, root {}",
                event.seq,
                event.action,
                event.target,
                if event.actor_name.is_empty() { "nobody" } else { &event.actor_name },
                event.outcome,
                verified.origin,
                verified.size,
                crate::audit::checkpoint::root_base64(&verified.root)
            );
            ExitCode::SUCCESS
        }
        Err(message) => fail(&format!("{}: {message}", file.display())),
    }
}
