//! Golden files: the full plan and every script for five answer sets, so a
//! change to a generated command shows up as a diff in review.
//!
//! After an intended change, regenerate with
//! `UPDATE_GOLDEN=1 cargo test --test it golden` and review the diff.

use std::fs;
use std::path::Path;

use countersign::render::{report, script};

use crate::support::{FIXED_TIME, build_plan, builtin_catalog, golden_answers, golden_dir, parse_answers};

fn check_golden_set(name: &str) {
    let dir = golden_dir().join(name);
    let answers_text = golden_answers(name);
    let catalog = builtin_catalog();
    let plan = build_plan(&catalog, &parse_answers(&answers_text));
    let mut expected: Vec<(String, String)> = vec![("plan.txt".to_owned(), report::text(&plan))];
    let json = serde_json::to_string_pretty(&plan).expect("the plan encodes as JSON");
    expected.push(("plan.json".to_owned(), json + "\n"));
    for script in script::scripts(&plan, FIXED_TIME) {
        assert!(script::body_matches_header(&script.text), "{}: header hash does not match its body", script.file_name);
        expected.push((format!("scripts/{}", script.file_name), script.text));
    }

    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    if update {
        let _ = fs::remove_dir_all(dir.join("scripts"));
        fs::create_dir_all(dir.join("scripts")).expect("create the scripts folder");
    }
    let mut mismatches = Vec::new();
    for (file, text) in &expected {
        let path = dir.join(file);
        if update {
            fs::write(&path, text).expect("write a golden file");
        } else if fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
            mismatches.push(file.clone());
        }
    }
    let on_disk = list_scripts(&dir.join("scripts"));
    let mut generated: Vec<String> =
        expected.iter().filter_map(|(f, _)| f.strip_prefix("scripts/").map(str::to_owned)).collect();
    generated.sort();
    assert_eq!(on_disk, generated, "{name}: the scripts on disk are not the scripts generated");
    assert!(
        mismatches.is_empty(),
        "{name}: {mismatches:?} differ from the golden files; if the change is intended, run \
         UPDATE_GOLDEN=1 cargo test --test it golden and review the diff"
    );
}

fn list_scripts(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .map(|entries| entries.filter_map(|e| e.ok()).map(|e| e.file_name().to_string_lossy().into_owned()).collect())
        .unwrap_or_default();
    names.sort();
    names
}

#[test]
fn exchange_2010_one_forest() {
    check_golden_set("exchange-2010-one-forest");
}

#[test]
fn exchange_2013_cross_forest_with_separate_um_machines() {
    check_golden_set("exchange-2013-cross-forest");
}

#[test]
fn exchange_2016_with_skype_for_business_2015() {
    check_golden_set("exchange-2016-skype-2015");
}

#[test]
fn exchange_2007_sp1() {
    check_golden_set("exchange-2007-sp1");
}

#[test]
fn exchange_and_skype_subscription_editions() {
    check_golden_set("exchange-se-skype-se");
}
