//! `-Check`, the scripts' pre-flight: what runs under it reads and changes nothing.

use countersign::catalog::cmdlet_names as cmdlets;
use countersign::render::script;

use crate::support::{FIXED_TIME, build_plan, builtin_catalog, golden_answers, golden_dir, parse_answers};

/// The verbs of the cmdlets a check may run: they read, test and format.
const READ_ONLY_VERBS: &[&str] =
    &["Get", "Test", "Format", "Select", "Where", "ForEach", "Resolve", "Measure", "Sort", "Write", "Join"];
/// The script's own frame, which runs in either mode (its transcript, its results file and the
/// objects that hold them), and what only loads or reaches: a module loaded into the session, a
/// command run on another server (its block is checked too).
const FRAME: &[&str] = &[
    "Start-Transcript",
    "Stop-Transcript",
    "Invoke-CountersignCheck",
    "Add-CountersignStep",
    "Enter-CountersignStep",
    "ConvertTo-CountersignJson",
    "New-Object",
    "Out-String",
    "Out-Null",
    "Invoke-Command",
    "Import-Module",
];

/// The lines a script runs under `-Check`: everything outside its `if (-not $Check) { … }` blocks.
fn lines_run_in_check_mode(text: &str) -> Vec<&str> {
    let mut run = Vec::new();
    let mut skipping: Option<usize> = None;
    for line in text.lines() {
        let indent = line.len() - line.trim_start().len();
        match skipping {
            Some(depth) if indent == depth && line.trim() == "}" => skipping = None,
            Some(_) => {}
            None if line.trim() == "if (-not $Check) {" => skipping = Some(indent),
            None if line.trim_start().starts_with('#') => {}
            None => run.push(line),
        }
    }
    assert!(skipping.is_none(), "a guarded block is never closed");
    run
}

#[test]
fn check_mode_runs_no_command_that_changes_state() {
    let mut checked = 0;
    for set in std::fs::read_dir(golden_dir()).expect("the golden sets") {
        let name = set.expect("a golden set").file_name();
        let plan = build_plan(&builtin_catalog(), &parse_answers(&golden_answers(&name.to_string_lossy())));
        for generated in script::scripts(&plan, FIXED_TIME) {
            let body = &generated.text;
            assert!(body.contains("param([switch]$Check)"), "{}: no -Check switch", generated.file_name);
            let run = lines_run_in_check_mode(body);
            for line in &run {
                for cmdlet in cmdlets(line) {
                    let verb = cmdlet.split('-').next().unwrap_or_default();
                    assert!(
                        FRAME.contains(&cmdlet.as_str()) || READ_ONLY_VERBS.contains(&verb),
                        "{}: {cmdlet} runs under -Check: {line}",
                        generated.file_name
                    );
                }
                assert!(!line.contains("Read-Host"), "{}: a check waits for a person: {line}", generated.file_name);
            }
            for step in plan.steps.iter().filter(|s| generated.steps.contains(&s.key)) {
                for command in &step.script_commands {
                    assert!(
                        !run.iter().any(|line| line.trim() == command.trim()),
                        "{}: {} runs under -Check",
                        generated.file_name,
                        step.key
                    );
                }
            }
            checked += 1;
        }
    }
    assert!(checked >= 20, "only {checked} scripts were looked at");
}

/// A step that only reads (the UCMA runtime check) is a check: -Check runs it.
#[test]
fn a_read_only_step_runs_under_check() {
    let plan = build_plan(&builtin_catalog(), &parse_answers(&golden_answers("exchange-2016-skype-2015")));
    let scripts = script::scripts(&plan, FIXED_TIME);
    let local =
        scripts.iter().find(|s| s.steps.iter().any(|k| k == "owa.check-ucma")).expect("the UCMA check's script");
    let run = lines_run_in_check_mode(&local.text);
    assert!(
        run.iter().any(|line| line.contains("Get-ItemProperty") && line.contains("Invoke-CountersignCheck 'verify'"))
    );
}

#[test]
fn the_frame_tells_a_change_from_a_check() {
    let text = "    if (-not $Check) {\n        Set-UMService -Identity 'X'\n    }\n    Invoke-CountersignCheck 'verify' 'Get-UMService' { Get-UMService -Identity 'X' }\n";
    assert_eq!(
        lines_run_in_check_mode(text),
        ["    Invoke-CountersignCheck 'verify' 'Get-UMService' { Get-UMService -Identity 'X' }"]
    );
    assert_eq!(cmdlets("Write-Host 'Set-UMIPGateway <x>' | Get-Foo"), ["Write-Host", "Get-Foo"]);
}

/// A step's preconditions run before its guarded commands, in both modes: a run that finds
/// the dial plan missing stops before it changes anything.
#[test]
fn preconditions_run_before_the_changes_and_under_check() {
    let plan = build_plan(&builtin_catalog(), &parse_answers(&golden_answers("exchange-2016-skype-2015")));
    let step = plan.steps.iter().find(|s| s.key == "um.set-dial-plan-security").expect("the step");
    assert!(!step.preconditions.is_empty(), "the dial plan is checked first");
    let scripts = script::scripts(&plan, FIXED_TIME);
    let carrying = scripts.iter().find(|s| s.steps.contains(&step.key)).expect("its script");
    let section =
        carrying.text.split(&format!("# ===== Step {}: {} =====", step.number, step.key)).nth(1).expect("the step");
    let section = section.split("# ===== Step ").next().unwrap_or(section);
    let guarded = section.find("if (-not $Check) {").expect("its changes are guarded");
    for precondition in &step.preconditions {
        let at = section
            .find(&format!(
                "Invoke-CountersignCheck 'precondition' {}",
                countersign::render::quote::powershell_literal(precondition)
            ))
            .unwrap_or_else(|| panic!("{precondition} is checked"));
        assert!(at < guarded, "{precondition} runs before the changes");
    }
    assert!(lines_run_in_check_mode(section).iter().any(|l| l.contains("'precondition'")));
}
