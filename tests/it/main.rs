//! The one integration-test binary: the plan engine through its public API
//! and through the real `countersign` executable.

mod bench;
mod bench_pages;
mod browser;
mod catalog_checks;
mod check_mode;
mod cli;
mod golden;
mod migrate_db;
mod plan_rules;
mod portal;
mod quoting;
mod replicas;
mod support;
