//! The command line: `countersign plan` today; every command calls the same
//! core as the portal will.

mod plan;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(
    name = "countersign",
    version,
    about = "Plans Exchange and Lync/Skype for Business integration, split by the role each step needs."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Print an example answers file, or plan a deployment from one.
    Plan(plan::PlanArgs),
}

pub fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Plan(args) => plan::run(&args),
    }
}
