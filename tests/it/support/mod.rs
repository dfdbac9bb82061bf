//! Helpers shared by the integration tests.

pub mod browser;
pub mod database;
pub mod oidc;
pub mod powershell;
pub mod served;
pub mod smtp;

use std::path::{Path, PathBuf};

use countersign::answers::{self, Answers};
use countersign::catalog::{self, Catalog};
use countersign::plan::{self, Plan};

/// The time written into golden scripts, so that they compare byte for byte.
pub const FIXED_TIME: &str = "2026-01-01T00:00:00Z";

pub fn golden_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join("golden")
}

/// The answers file of a golden set, e.g. `exchange-2013-cross-forest`.
pub fn golden_answers(set: &str) -> String {
    std::fs::read_to_string(golden_dir().join(set).join("answers.toml"))
        .unwrap_or_else(|e| panic!("the answers of the golden set {set}: {e}"))
}

pub fn builtin_catalog() -> Catalog {
    catalog::builtin().unwrap_or_else(|errors| panic!("the built-in catalog is broken: {errors:?}"))
}

pub fn parse_answers(text: &str) -> Answers {
    answers::from_toml(text).unwrap_or_else(|errors| {
        panic!("answers refused:\n{}", errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))
    })
}

pub fn build_plan(catalog: &Catalog, answers: &Answers) -> Plan {
    plan::build(catalog, answers).unwrap_or_else(|errors| {
        panic!("plan refused:\n{}", errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))
    })
}
