//! One PowerShell script per lane and host: the steps one role performs in
//! one management shell, in plan order.
//!
//! Every value in a script reaches it through [`powershell_literal`]; text
//! that is only shown (titles, instructions) is printed with `Write-Host`
//! from a literal too, so the transcript records it. Header comments carry
//! no value a user typed except the deployment name, which can hold no line
//! break.

use std::fmt::Write as _;

use serde::Serialize;
use sha2::{Digest, Sha256};

use super::quote::powershell_literal;
use crate::catalog::Shell;
use crate::params::is_invisible;
use crate::plan::{Lane, Plan, PlannedStep};

/// Marks the end of the header; the body hash covers every byte after it.
pub const END_OF_HEADER: &str = "# ---- end of header: the body SHA-256 covers every line below ----";

/// A UTF-8 byte order mark: without it Windows PowerShell 5.1 reads a script
/// in the machine's ANSI code page and mangles non-ASCII values.
const BYTE_ORDER_MARK: char = '\u{FEFF}';

#[derive(Debug, Clone, Serialize)]
pub struct Script {
    pub file_name: String,
    pub lane: String,
    pub host: Shell,
    pub steps: Vec<String>,
    pub body_sha256: String,
    pub text: String,
}

/// Every script of the plan: one per lane, split by host when a lane's steps
/// run in more than one shell.
pub fn scripts(plan: &Plan, generated_at: &str) -> Vec<Script> {
    plan.lanes
        .iter()
        .flat_map(|lane| {
            lane_scripts(plan, lane)
                .into_iter()
                .map(|(host, steps, file_name)| script(plan, lane, host, &steps, file_name, generated_at))
        })
        .collect()
}

/// The one script named `file_name`, written without writing the others.
pub fn named(plan: &Plan, file_name: &str, generated_at: &str) -> Option<Script> {
    plan.lanes.iter().find_map(|lane| {
        lane_scripts(plan, lane)
            .into_iter()
            .find(|(_, _, name)| name == file_name)
            .map(|(host, steps, file_name)| script(plan, lane, host, &steps, file_name, generated_at))
    })
}

/// The one script that carries `step_key`: its lane's script for its host. Only
/// that one is written.
pub fn carrying(plan: &Plan, step_key: &str, generated_at: &str) -> Option<Script> {
    let step = plan.steps.iter().find(|s| s.key == step_key)?;
    let lane = plan.lanes.iter().find(|l| l.key == step.lane)?;
    lane_scripts(plan, lane)
        .into_iter()
        .find(|(host, _, _)| *host == step.host)
        .map(|(host, steps, file_name)| script(plan, lane, host, &steps, file_name, generated_at))
}

/// The file names of a lane's scripts.
pub fn file_names(plan: &Plan, lane: &Lane) -> Vec<String> {
    lane_scripts(plan, lane).into_iter().map(|(_, _, file_name)| file_name).collect()
}

/// A lane's steps grouped by host, each group with its script's file name.
fn lane_scripts<'p>(plan: &'p Plan, lane: &Lane) -> Vec<(Shell, Vec<&'p PlannedStep>, String)> {
    let steps: Vec<&PlannedStep> = plan.steps.iter().filter(|s| s.lane == lane.key).collect();
    let mut hosts: Vec<Shell> = steps.iter().map(|s| s.host).collect();
    hosts.sort();
    hosts.dedup();
    hosts
        .iter()
        .map(|host| {
            let file_name =
                if hosts.len() == 1 { format!("{}.ps1", lane.key) } else { format!("{}.{}.ps1", lane.key, host.key()) };
            (*host, steps.iter().copied().filter(|s| s.host == *host).collect(), file_name)
        })
        .collect()
}

/// Keeps a header comment on one line whatever it is given.
fn comment_text(text: &str) -> String {
    text.chars().map(|c| if c.is_control() || is_invisible(c) { ' ' } else { c }).collect()
}

fn say(body: &mut String, indent: &str, text: &str) {
    let _ = writeln!(body, "{indent}Write-Host {}", powershell_literal(text));
}

fn script(
    plan: &Plan,
    lane: &Lane,
    host: Shell,
    steps: &[&PlannedStep],
    file_name: String,
    generated_at: &str,
) -> Script {
    let lang = plan.lang;
    let body = body(plan, steps, &file_name);
    let body_sha256 = hex::encode(Sha256::digest(body.as_bytes()));
    let mut text = String::new();
    text.push(BYTE_ORDER_MARK);
    let role = comment_text(&lane.name);
    let header = [
        lang.t_with("script-header-title", &[("file", &file_name)]),
        lang.t_with("script-header-language", &[("language", lang.own_name()), ("tag", lang.tag())]),
        lang.t_with("script-header-deployment", &[("name", &comment_text(&plan.deployment))]),
        lang.t_with("script-header-role", &[("role", &role), ("key", &lane.key)]),
        lang.t_with("script-header-run-in", &[("shell", &host.name_in(lang)), ("role", &role)]),
        lang.t("script-header-steps"),
    ];
    for line in header {
        let _ = writeln!(text, "# {}", comment_text(&line));
    }
    for step in steps {
        let _ = writeln!(text, "#   {}. {}: {}", step.number, step.key, comment_text(&step.title));
    }
    let generated =
        lang.t_with("script-header-generated", &[("at", generated_at), ("version", env!("CARGO_PKG_VERSION"))]);
    let _ = writeln!(text, "# {}", comment_text(&generated));
    let _ = writeln!(text, "# Body SHA-256: {body_sha256}");
    let _ = writeln!(text, "{END_OF_HEADER}");
    text.push_str(&body);
    Script {
        file_name,
        lane: lane.key.clone(),
        host,
        steps: steps.iter().map(|s| s.key.clone()).collect(),
        body_sha256,
        text,
    }
}

/// The frame every script starts with: the `-Check` switch, which runs only
/// the read-only checks of the steps (their preconditions and verify
/// commands) and changes nothing, and the results file every run writes
/// beside its transcript (see [`crate::results`]).
const FRAME: &str = include_str!("frame.ps1");

fn body(plan: &Plan, steps: &[&PlannedStep], file_name: &str) -> String {
    let mut body = String::new();
    // The frame's own messages in the script's language, after its param() line, which must come first.
    let (param, frame) = FRAME.split_once('\n').unwrap_or(("", FRAME));
    let _ = writeln!(body, "{param}");
    let lang = plan.lang;
    let says = [
        ("checkMode", lang.t("script-check-mode")),
        ("checkFailed", lang.t_with("script-check-failed", &[("kind", "{0}"), ("step", "{1}")])),
        ("results", lang.t("script-results-written")),
        ("noResults", lang.t("script-results-not-written")),
    ];
    let says: Vec<String> = says.iter().map(|(name, text)| format!("{name} = {}", powershell_literal(text))).collect();
    let _ = writeln!(body, "$countersignSays = @{{ {} }}", says.join("; "));
    body.push_str(frame);
    let _ = writeln!(body, "$countersignScriptName = {}", powershell_literal(file_name));
    let _ = writeln!(body, "$countersignDeployment = {}", powershell_literal(&plan.deployment));
    let _ = writeln!(
        body,
        "$countersignBodySha256 = Get-CountersignBodySha256 $MyInvocation.MyCommand.Path {}",
        powershell_literal(END_OF_HEADER)
    );
    body.push_str("$countersignStartedAt = ((Get-Date).ToUniversalTime().ToString('s') + 'Z')\n");
    for step in steps {
        let _ = writeln!(
            body,
            "Add-CountersignStep {} {}",
            powershell_literal(&step.key),
            powershell_literal(&step.content_sha256)
        );
    }
    let _ = writeln!(
        body,
        "$transcriptPath = Join-Path ([Environment]::GetFolderPath('MyDocuments')) ({} + (Get-Date -Format 'yyyyMMdd-HHmmss') + '.log')",
        powershell_literal(&format!("countersign-{}-", file_name.trim_end_matches(".ps1")))
    );
    // A transcript that cannot start (one already runs, or the ISE) does not stop the run.
    let _ = writeln!(
        body,
        "try {{ Start-Transcript -Path $transcriptPath | Out-Null }} catch {{ Write-Warning ({} + $_.Exception.Message) }}",
        powershell_literal(&lang.t("script-no-transcript"))
    );
    body.push_str("try {\n");
    for (index, step) in steps.iter().enumerate() {
        step_body(&mut body, plan, index, step);
    }
    body.push_str(concat!(
        "}\n",
        "catch {\n",
        "    if ($countersignStep) { $countersignStep.error = [string]$_.Exception.Message }\n",
    ));
    // Written while the transcript still runs: the host prints the error only after it stops.
    let _ = writeln!(body, "    Write-Host ({} + $_.Exception.Message)", powershell_literal(&lang.t("script-stopped")));
    body.push_str(concat!(
        "    throw\n",
        "}\n",
        "finally {\n",
        "    try { Stop-Transcript | Out-Null } catch { }\n",
        "    Write-CountersignResults\n",
        "    $global:ErrorActionPreference = $countersignErrorAction\n",
        "}\n"
    ));
    body
}

/// A read-only check, run through the frame so that its output reaches the results file.
fn check_line(body: &mut String, indent: &str, kind: &str, line: &str) {
    let _ = writeln!(body, "{indent}Invoke-CountersignCheck '{kind}' {} {{ {line} }}", powershell_literal(line));
}

fn step_body(body: &mut String, plan: &Plan, index: usize, step: &PlannedStep) {
    let indent = "    ";
    let lang = plan.lang;
    let number = step.number.to_string();
    let _ = writeln!(
        body,
        "\n{indent}# ===== {} =====",
        lang.t_with("script-step-comment", &[("number", &number), ("key", &step.key)])
    );
    let _ = writeln!(body, "{indent}Enter-CountersignStep {index}");
    let banner = lang.t_with("script-step-banner", &[("number", &number), ("key", &step.key), ("title", &step.title)]);
    say(body, indent, &banner);
    let waits_on: Vec<String> = step
        .depends_on
        .iter()
        .filter_map(|key| plan.steps.iter().find(|s| &s.key == key))
        .filter(|dependency| dependency.lane != step.lane)
        .map(|dependency| format!("{} ({})", dependency.key, dependency.requirement.describe_in(plan.lang)))
        .collect();
    if !waits_on.is_empty() {
        say(body, indent, &format!("    {}", lang.t_with("script-needs-first", &[("steps", &waits_on.join("; "))])));
    }
    for caution in &step.cautions {
        say(body, indent, &format!("    {}", lang.t_with("script-caution", &[("text", caution)])));
    }
    if !step.preconditions.is_empty() {
        say(body, indent, &lang.t("script-checked-first"));
        for line in &step.preconditions {
            check_line(body, indent, "precondition", line);
        }
    }
    // Everything that changes something is skipped under -Check.
    let _ = writeln!(body, "{indent}if (-not $Check) {{");
    let outer = indent;
    let indent = "        ";
    let _ = writeln!(body, "{indent}$countersignStep.ran = $true");
    let _ = writeln!(body, "{indent}$countersignStep.status = 'failed'");
    if step.shell.is_manual() {
        say(body, indent, &format!("    {}", lang.t_with("script-by-hand", &[("shell", &step.shell.name_in(lang))])));
        for (index, instruction) in step.instructions.iter().enumerate() {
            say(body, indent, &format!("    {}. {instruction}", index + 1));
        }
        for line in &step.commands {
            say(body, indent, &format!("        {line}"));
        }
        let _ = writeln!(body, "{indent}Read-Host {} | Out-Null", powershell_literal(&lang.t("script-press-enter")));
    } else {
        for instruction in &step.instructions {
            say(body, indent, &format!("    {instruction}"));
        }
        for line in &step.script_commands {
            let _ = writeln!(body, "{indent}{line}");
            if step.shell == Shell::Cmd {
                let _ = writeln!(
                    body,
                    "{indent}if ($LASTEXITCODE -ne 0) {{ throw ({} + $LASTEXITCODE) }}",
                    powershell_literal(&format!("{} ", lang.t_with("script-exit-code", &[("key", &step.key)])))
                );
            }
        }
    }
    let _ = writeln!(body, "{indent}$countersignStep.status = 'done'");
    let _ = writeln!(body, "{outer}}}");
    let indent = outer;
    if !step.verify.is_empty() || !step.verify_instructions.is_empty() {
        say(body, indent, &lang.t("script-verify"));
        for line in &step.verify {
            check_line(body, indent, "verify", line);
        }
        for instruction in &step.verify_instructions {
            say(body, indent, &format!("    {}", lang.t_with("script-check", &[("text", instruction)])));
        }
    }
}

/// Checks that a script's body still matches the hash in its header.
pub fn body_matches_header(text: &str) -> bool {
    let Some((header, body)) = text.split_once(&format!("{END_OF_HEADER}\n")) else {
        return false;
    };
    let actual = hex::encode(Sha256::digest(body.as_bytes()));
    header.lines().any(|line| line.strip_prefix("# Body SHA-256: ") == Some(actual.as_str()))
}

/// Now, or SOURCE_DATE_EPOCH when set, so that a build can reproduce a
/// script byte for byte.
pub fn generated_at() -> String {
    use time::OffsetDateTime;
    use time::format_description::well_known::Rfc3339;
    let now = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.parse::<i64>().ok())
        .and_then(|s| OffsetDateTime::from_unix_timestamp(s).ok())
        .unwrap_or_else(OffsetDateTime::now_utc);
    now.replace_nanosecond(0).unwrap_or(now).format(&Rfc3339).unwrap_or_else(|_| now.unix_timestamp().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_named_script_is_the_same_as_among_all() {
        let catalog = crate::catalog::builtin().expect("the catalog");
        let plan = crate::plan::from_answers_text(&catalog, &crate::answers::example_toml()).expect("plans").1;
        let all = scripts(&plan, "2026-12-01T00:00:00Z");
        assert!(all.len() > 3);
        for script in &all {
            let one = named(&plan, &script.file_name, "2026-12-01T00:00:00Z").expect("found by its name");
            assert_eq!(
                (one.text.as_str(), one.body_sha256.as_str()),
                (script.text.as_str(), script.body_sha256.as_str())
            );
        }
        assert!(named(&plan, "../etc/passwd", "now").is_none());
        for step in &plan.steps {
            let carrying = carrying(&plan, &step.key, "2026-12-01T00:00:00Z").expect("a script carries every step");
            let among = all.iter().find(|s| s.steps.contains(&step.key)).expect("among all");
            assert_eq!(carrying.file_name, among.file_name, "{}", step.key);
        }
    }
}
