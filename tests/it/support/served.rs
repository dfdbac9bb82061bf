//! `countersign serve` as a real process: started as the caller set it up
//! (arguments, folder, environment, standard error), its address read from
//! what it prints and, on a fresh database, the first administrator's password.

use std::process::Stdio;
use std::time::Duration;

use tokio::io::AsyncBufReadExt;
use tokio::process::{Child, Command};

pub struct Served {
    pub process: Child,
    /// `http://127.0.0.1:<port>`.
    pub base: String,
    /// The administrator's password, when `wants_password` and it was printed.
    pub password: Option<String>,
}

/// Starts `command` (a `countersign serve …`) and reads, within 30 s each,
/// the address and, when `wants_password`, the password that follows it.
/// What it prints later is drained, so that it never blocks on a full pipe.
pub async fn serve(mut command: Command, wants_password: bool) -> Served {
    let mut process = command.stdout(Stdio::piped()).kill_on_drop(true).spawn().expect("the binary starts");
    let mut lines = tokio::io::BufReader::new(process.stdout.take().expect("its output")).lines();
    let (mut base, mut password, mut password_next) = (String::new(), None, false);
    while let Ok(Ok(Some(line))) = tokio::time::timeout(Duration::from_secs(30), lines.next_line()).await {
        if let Some(rest) = line.strip_prefix("Countersign is listening on ") {
            base = rest.split_whitespace().next().unwrap_or_default().to_owned();
            if !wants_password {
                break;
            }
        } else if line.contains("Its password, shown this once") {
            password_next = true;
        } else if password_next && !line.trim().is_empty() {
            password = Some(line.trim().to_owned());
            break;
        }
    }
    assert!(!base.is_empty(), "the server printed its address");
    tokio::spawn(async move { while let Ok(Some(_)) = lines.next_line().await {} });
    Served { process, base, password }
}
