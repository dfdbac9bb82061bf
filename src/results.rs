//! The results file a script writes beside its transcript (see
//! `render/frame.ps1`), read back when it is attached to a sign-off and
//! held against the plan: it must come from the script as the portal
//! generates it now, and from the approved text of the step signed.
//!
//! A results file is evidence, not proof: anyone can write one by hand. What
//! the portal checks is that it speaks of this text, so that a sign-off
//! cannot carry the output of another version of the script.

use serde::{Deserialize, Serialize};

use crate::i18n::Msg;
use crate::plan::Plan;
use crate::render::script;

/// The format this release writes and reads.
pub const FORMAT: &str = "countersign-results/1";

/// What is kept of a check's output and command, and how many checks.
pub const MAX_OUTPUT_CHARS: usize = 20_000;
pub const MAX_COMMAND_CHARS: usize = 2_000;
pub const MAX_CHECKS: usize = 200;
const MAX_FIELD_CHARS: usize = 200;

#[derive(Debug, Deserialize)]
struct File {
    format: String,
    #[serde(default)]
    script: String,
    #[serde(default)]
    deployment: String,
    #[serde(default)]
    body_sha256: String,
    #[serde(default)]
    check_mode: bool,
    #[serde(default)]
    computer: String,
    #[serde(default)]
    user: String,
    #[serde(default)]
    started_at: String,
    #[serde(default)]
    finished_at: String,
    #[serde(default)]
    transcript: String,
    #[serde(default)]
    transcript_sha256: String,
    #[serde(default)]
    steps: Vec<FileStep>,
}

#[derive(Debug, Deserialize)]
struct FileStep {
    key: String,
    #[serde(default)]
    content_sha256: String,
    #[serde(default)]
    ran: bool,
    #[serde(default)]
    status: String,
    #[serde(default)]
    error: String,
    #[serde(default)]
    checks: Vec<Check>,
}

/// One precondition or verification as the script ran it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Check {
    /// `precondition` or `verify`.
    #[serde(default)]
    pub kind: String,
    #[serde(default)]
    pub command: String,
    #[serde(default)]
    pub ok: bool,
    #[serde(default)]
    pub output: String,
}

/// What a sign-off keeps of an attached results file: the run, and the
/// signed step's part of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StepRun {
    pub script: String,
    pub body_sha256: String,
    pub computer: String,
    pub user: String,
    pub started_at: String,
    pub finished_at: String,
    pub transcript: String,
    pub transcript_sha256: String,
    pub step: String,
    pub content_sha256: String,
    pub ran: bool,
    pub status: String,
    pub error: String,
    pub checks: Vec<Check>,
}

impl StepRun {
    pub fn encode(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    pub fn decode(stored: &str) -> Option<StepRun> {
        serde_json::from_str(stored).ok()
    }

    /// Whether every check the step ran passed.
    pub fn checks_passed(&self) -> bool {
        self.checks.iter().all(|c| c.ok)
    }
}

/// An attached file's text when it is a results file (which must then pass
/// [`check`]); `None` for a transcript or other evidence.
pub fn results_text(bytes: &[u8]) -> Option<String> {
    let text = text_of(bytes);
    (text.trim_start().starts_with('{') && text.contains("\"countersign-results/")).then_some(text)
}

/// The file as text: UTF-8, with or without a byte order mark, or UTF-16
/// as Windows tools save it.
fn text_of(bytes: &[u8]) -> String {
    match bytes {
        [0xEF, 0xBB, 0xBF, rest @ ..] => String::from_utf8_lossy(rest).into_owned(),
        [0xFF, 0xFE, rest @ ..] => {
            let units: Vec<u16> = rest.chunks_exact(2).map(|p| u16::from_le_bytes([p[0], p[1]])).collect();
            String::from_utf16_lossy(&units)
        }
        _ => String::from_utf8_lossy(bytes).into_owned(),
    }
}

/// Whether a sign-off vouches that the step worked: its results must say so.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Use {
    /// Signing or countersigning: the step must have run, finished and passed its checks.
    Vouch,
    /// Rejecting and the like: any outcome may be evidence.
    Record,
}

/// Reads a results file's text ([`results_text`]) and holds it against the
/// plan for `step_key`; the error says why it is refused, in words the
/// signer can act on. `plans` is the plan in each language a script may have
/// been downloaded in, English first: a script's comments follow its reader.
pub fn check(text: &str, plans: &[&Plan], step_key: &str, how: Use) -> Result<StepRun, Msg> {
    let file: File =
        serde_json::from_str(text.trim()).map_err(|error| Msg::new("results-unreadable").arg("error", error))?;
    if file.format != FORMAT {
        return Err(Msg::new("results-format").arg("format", bounded(&file.format, 60)).arg("expected", FORMAT));
    }
    let Some(plan) = plans.first() else { return Err(Msg::new("results-no-script").arg("step", step_key)) };
    let Some(step) = plan.steps.iter().find(|s| s.key == step_key) else {
        return Err(Msg::new("results-no-step").arg("step", step_key));
    };
    let scripts: Vec<script::Script> = plans.iter().filter_map(|p| script::carrying(p, step_key, "")).collect();
    let Some(expected) = scripts.iter().find(|s| s.body_sha256 == file.body_sha256).or(scripts.first()).cloned() else {
        return Err(Msg::new("results-no-script").arg("step", step_key));
    };
    if file.deployment != plan.deployment {
        return Err(Msg::new("results-other-deployment")
            .arg("found", bounded(&file.deployment, MAX_FIELD_CHARS))
            .arg("expected", &plan.deployment));
    }
    if file.script != expected.file_name {
        return Err(Msg::new("results-other-script")
            .arg("found", bounded(&file.script, MAX_FIELD_CHARS))
            .arg("step", step_key)
            .arg("expected", &expected.file_name));
    }
    if file.body_sha256.is_empty() {
        return Err(Msg::new("results-no-body-hash").arg("script", &expected.file_name));
    }
    if file.body_sha256 != expected.body_sha256 {
        return Err(Msg::new("results-other-version")
            .arg("script", &expected.file_name)
            .arg("found", bounded(&file.body_sha256, 64))
            .arg("expected", &expected.body_sha256));
    }
    let Some(ran) = file.steps.into_iter().find(|s| s.key == step_key) else {
        return Err(Msg::new("results-no-entry").arg("step", step_key));
    };
    if ran.content_sha256 != step.content_sha256 {
        return Err(Msg::new("results-other-text")
            .arg("step", step_key)
            .arg("found", bounded(&ran.content_sha256, 64))
            .arg("expected", &step.content_sha256));
    }
    if how == Use::Vouch {
        if file.check_mode {
            return Err(Msg::new("results-check-run"));
        }
        if !ran.ran || ran.status != "done" {
            let error = if ran.error.is_empty() { String::new() } else { format!(": {}", bounded(&ran.error, 500)) };
            return Err(Msg::new("results-not-done").arg("status", format!("{}{error}", bounded(&ran.status, 40))));
        }
        if let Some(failed) = ran.checks.iter().find(|c| !c.ok) {
            return Err(Msg::new("results-check-failed")
                .arg("command", bounded(&failed.command, 300))
                .arg("output", bounded(&failed.output, 300)));
        }
    }
    Ok(StepRun {
        script: expected.file_name,
        body_sha256: expected.body_sha256,
        computer: bounded(&file.computer, MAX_FIELD_CHARS),
        user: bounded(&file.user, MAX_FIELD_CHARS),
        started_at: bounded(&file.started_at, 40),
        finished_at: bounded(&file.finished_at, 40),
        transcript: bounded(&file.transcript, MAX_FIELD_CHARS),
        transcript_sha256: bounded(&file.transcript_sha256, 64),
        step: step_key.to_owned(),
        content_sha256: step.content_sha256.clone(),
        ran: ran.ran,
        status: bounded(&ran.status, 40),
        error: bounded(&ran.error, 2_000),
        checks: ran
            .checks
            .into_iter()
            .take(MAX_CHECKS)
            .map(|c| Check {
                kind: bounded(&c.kind, 20),
                command: bounded(&c.command, MAX_COMMAND_CHARS),
                ok: c.ok,
                output: bounded(&c.output, MAX_OUTPUT_CHARS),
            })
            .collect(),
    })
}

/// At most `max` characters, without control characters other than line
/// breaks and tabs, or invisible ones that could make text read otherwise.
fn bounded(text: &str, max: usize) -> String {
    let mut kept: String = text
        .chars()
        .filter(|c| !crate::params::is_invisible(*c))
        .map(|c| if c.is_control() && !matches!(c, '\n' | '\r' | '\t') { '\u{FFFD}' } else { c })
        .take(max)
        .collect();
    if text.chars().count() > max {
        kept.push_str(" [cut]");
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_results_file_is_told_from_other_evidence_in_any_encoding_windows_saves() {
        let file = r#"{"format":"countersign-results/1","steps":[]}"#;
        let utf16: Vec<u8> =
            [0xFF, 0xFE].into_iter().chain(file.encode_utf16().flat_map(|u| u.to_le_bytes())).collect();
        let with_bom: Vec<u8> = [0xEF, 0xBB, 0xBF].iter().copied().chain(file.bytes()).collect();
        for bytes in [file.as_bytes().to_vec(), utf16, with_bom] {
            assert_eq!(results_text(&bytes).as_deref(), Some(file));
        }
        assert!(results_text(b"Thumbprint : 1A2B\r\n").is_none());
        assert!(results_text(br#"{"format": "table"}"#).is_none());
    }

    #[test]
    fn what_a_file_says_is_kept_bounded_and_visible() {
        assert_eq!(bounded("a\u{202E}b\u{0}c\r\n", 10), "ab\u{FFFD}c\r\n");
        assert_eq!(bounded("abcdef", 3), "abc [cut]");
    }
}
