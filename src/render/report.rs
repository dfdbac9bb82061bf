//! The plan as text for a terminal or a change request: what will be done,
//! by whom, in what order, and what the combination will and will not have.

use std::fmt::Write as _;

use crate::plan::Plan;

pub fn text(plan: &Plan) -> String {
    let mut out = String::new();
    let q = &plan.questionnaire;
    let _ = writeln!(out, "Countersign plan: {}", plan.deployment);
    let _ = writeln!(
        out,
        "{} with {}, {}",
        q.exchange_version.name(),
        q.lync_version.name(),
        if q.cross_forest { "in different forests" } else { "in one forest" }
    );
    let titles: Vec<&str> = plan.procedures.iter().map(|p| p.title.as_str()).collect();
    let _ = writeln!(out, "Integrations: {}", titles.join("; "));

    if !plan.warnings.is_empty() {
        let _ = writeln!(out, "\nWarnings:");
        for warning in &plan.warnings {
            let _ = writeln!(out, "  ! {warning}");
        }
    }

    let _ = writeln!(out, "\nOrder of work ({} steps):", plan.steps.len());
    let mut previous_lane: Option<&str> = None;
    for step in &plan.steps {
        let handoff = previous_lane.is_some_and(|lane| lane != step.lane);
        let marker = if handoff { "->" } else { "  " };
        let _ = writeln!(out, "{marker}{:>3}. {:<42} {}", step.number, step.key, step.requirement.describe());
        previous_lane = Some(&step.lane);
    }
    let _ = writeln!(out, "  (-> marks a handoff to another role)");

    let _ = writeln!(out, "\nSteps by role:");
    for lane in &plan.lanes {
        let scripts = super::script::file_names(plan, lane).join(", ");
        let _ = writeln!(
            out,
            "\n== {} ({}), {}: {} step(s), script {scripts}",
            lane.name,
            lane.key,
            lane.team.name(),
            lane.steps.len()
        );
        for step in plan.steps.iter().filter(|s| s.lane == lane.key) {
            let _ = writeln!(out, "\n  {}. {}: {}", step.number, step.key, step.title);
            let _ = writeln!(out, "     in {}", step.shell.name());
            let _ = writeln!(out, "     may sign: {}", step.requirement.describe());
            if !step.depends_on.is_empty() {
                let _ = writeln!(out, "     after: {}", step.depends_on.join(", "));
            }
            for (index, instruction) in step.instructions.iter().enumerate() {
                let _ = writeln!(out, "     {}. {instruction}", index + 1);
            }
            for command in &step.commands {
                let _ = writeln!(out, "     > {command}");
            }
            for verify in &step.verify {
                let _ = writeln!(out, "     verify > {verify}");
            }
            for check in &step.verify_instructions {
                let _ = writeln!(out, "     check: {check}");
            }
            for caution in &step.cautions {
                let _ = writeln!(out, "     caution: {caution}");
            }
        }
    }

    let _ = writeln!(out, "\nFeatures:");
    match (&plan.features.column, &plan.features.column_title) {
        (Some(column), Some(title)) => {
            let _ = writeln!(out, "  support matrix column {column}: {title}");
            for feature in &plan.features.features {
                let mark = if feature.available { "yes" } else { "no " };
                let note = feature.note.as_deref().map(|n| format!(" ({n})")).unwrap_or_default();
                let _ = writeln!(out, "  {mark}  {}{note}", feature.name);
            }
        }
        _ => {
            let _ = writeln!(
                out,
                "  The support matrix does not cover {} with {}.",
                q.exchange_version.name(),
                q.lync_version.name()
            );
        }
    }
    if !plan.features.note.is_empty() {
        let _ = writeln!(out, "  {}", plan.features.note);
    }
    out
}
