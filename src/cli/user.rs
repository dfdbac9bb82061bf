//! `countersign user`: the admin page's work, from the server's shell.

use std::process::ExitCode;

use clap::{Args, Subcommand};

use super::Storage;
use crate::auth::Actor;
use crate::services::{ServiceError, accounts};

#[derive(Debug, Args)]
pub struct UserArgs {
    #[command(subcommand)]
    action: UserAction,
}

#[derive(Debug, Subcommand)]
enum UserAction {
    /// Create a user; prints the generated password once.
    Add {
        username: String,
        #[arg(long, default_value = "")]
        display_name: String,
        /// Where handoffs are e-mailed, when the portal sends e-mail.
        #[arg(long, default_value = "")]
        email: String,
        /// A role to grant (repeatable): admin, coordinator, auditor, or a group such as exchange-org-admins.
        #[arg(long = "role", value_name = "ROLE")]
        roles: Vec<String>,
    },
    /// Grant a role.
    Grant { username: String, role: String },
    /// Revoke a role.
    Revoke { username: String, role: String },
    /// Set (or, with "", clear) a user's e-mail address.
    Email { username: String, address: String },
    /// Disable an account and end its sessions.
    Disable { username: String },
    /// Enable a disabled account.
    Enable { username: String },
    /// Set a new generated password; prints it once.
    Passwd { username: String },
}

pub fn run(args: &UserArgs, storage: &Storage) -> ExitCode {
    let runtime = match tokio::runtime::Builder::new_current_thread().enable_all().build() {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("countersign: {error}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(act(args, storage)) {
        Ok(message) => {
            println!("{message}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("countersign: {message}");
            ExitCode::FAILURE
        }
    }
}

async fn act(args: &UserArgs, storage: &Storage) -> Result<String, String> {
    let file = storage.config_file()?;
    let location = storage.db_location(&file);
    let pool = crate::db::open(&location).await.map_err(|e| format!("cannot open {}: {e}", location.shown()))?;
    let actor = Actor::command_line();
    let shown = |e: ServiceError| e.to_string();
    let message = match &args.action {
        UserAction::Add { username, display_name, email, roles } => {
            let (_, password) =
                accounts::create_user(&pool, &actor, username, display_name, email, roles).await.map_err(shown)?;
            format!("created {username}; password (shown this once): {password}")
        }
        UserAction::Grant { username, role } => {
            accounts::set_role(&pool, &actor, username, role, true).await.map_err(shown)?;
            format!("{username} holds {role}")
        }
        UserAction::Revoke { username, role } => {
            accounts::set_role(&pool, &actor, username, role, false).await.map_err(shown)?;
            format!("{username} no longer holds {role}")
        }
        UserAction::Email { username, address } => {
            accounts::set_email(&pool, &actor, username, address).await.map_err(shown)?;
            format!("{username}'s e-mail is now \"{address}\"")
        }
        UserAction::Disable { username } => {
            accounts::set_disabled(&pool, &actor, username, true).await.map_err(shown)?;
            format!("{username} is disabled")
        }
        UserAction::Enable { username } => {
            accounts::set_disabled(&pool, &actor, username, false).await.map_err(shown)?;
            format!("{username} is enabled")
        }
        UserAction::Passwd { username } => {
            let password = accounts::reset_password(&pool, &actor, username).await.map_err(shown)?;
            format!("new password for {username} (shown this once): {password}")
        }
    };
    pool.close().await;
    Ok(message)
}
