//! `countersign plan`: the plan of one answers file, as text or JSON, and
//! optionally its scripts.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, ValueEnum};

use crate::render::{report, script};
use crate::{answers, catalog};

#[derive(Debug, Args)]
#[command(group = clap::ArgGroup::new("input").required(true).args(["example", "answers"]))]
pub struct PlanArgs {
    /// Print a complete, commented answers file that enables every integration.
    #[arg(long)]
    example: bool,
    /// The answers file (TOML) to plan.
    #[arg(long, value_name = "FILE")]
    answers: Option<PathBuf>,
    /// Also write one script per role (and shell) into this directory.
    #[arg(long, value_name = "DIR", requires = "answers")]
    out: Option<PathBuf>,
    /// How to print the plan.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// The language of the plan's text and the scripts' instructions (en, ko or zh-TW);
    /// commands are the same in every language.
    #[arg(long, value_name = "LANG", default_value = "en", value_parser = parse_lang)]
    lang: crate::i18n::Lang,
}

fn parse_lang(tag: &str) -> Result<crate::i18n::Lang, String> {
    crate::i18n::Lang::parse(tag).ok_or_else(|| format!("'{tag}' is not a language of Countersign: en, ko or zh-TW"))
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum Format {
    Text,
    Json,
}

pub fn run(args: &PlanArgs) -> ExitCode {
    if args.example {
        print!("{}", answers::example_toml());
        return ExitCode::SUCCESS;
    }
    let Some(path) = &args.answers else {
        return ExitCode::FAILURE;
    };
    // Messages (an answers file's problems too) in the language asked for.
    match crate::i18n::sync_scope(args.lang, || plan_file(path, args)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(errors) => {
            let mut stderr = std::io::stderr().lock();
            let _ = writeln!(stderr, "{}: cannot plan, {} problem(s):", path.display(), errors.len());
            for error in errors {
                let _ = writeln!(stderr, "  - {error}");
            }
            ExitCode::FAILURE
        }
    }
}

fn plan_file(path: &Path, args: &PlanArgs) -> Result<(), Vec<String>> {
    let text = std::fs::read_to_string(path).map_err(|e| vec![format!("cannot read the file: {e}")])?;
    let catalog = catalog::builtin()
        .map_err(|errors| errors.iter().map(|e| format!("built-in catalog: {e}")).collect::<Vec<_>>())?;
    // Planned as the portal plans it: in English, then put into the language asked for.
    let planned = catalog
        .plan_in(&text, args.lang)
        .map_err(|errors| errors.iter().map(ToString::to_string).collect::<Vec<_>>())?;
    let plan = &planned.plan;
    match args.format {
        Format::Text => print!("{}", report::text(plan)),
        Format::Json => {
            let json = serde_json::to_string_pretty(plan).map_err(|e| vec![format!("cannot encode the plan: {e}")])?;
            println!("{json}");
        }
    }
    if let Some(dir) = &args.out {
        std::fs::create_dir_all(dir).map_err(|e| vec![format!("cannot create {}: {e}", dir.display())])?;
        for script in script::scripts(plan, &script::generated_at()) {
            let target = dir.join(&script.file_name);
            std::fs::write(&target, &script.text)
                .map_err(|e| vec![format!("cannot write {}: {e}", target.display())])?;
            eprintln!("wrote {} ({} steps, body SHA-256 {})", target.display(), script.steps.len(), script.body_sha256);
        }
    }
    Ok(())
}
