//! The plan as text for a terminal or a change request: what will be done,
//! by whom, in what order, and what the combination will and will not have.

use std::fmt::Write as _;

use crate::plan::Plan;

/// In the plan's language ([`Plan::lang`]); commands and keys as they are.
pub fn text(plan: &Plan) -> String {
    let mut out = String::new();
    let q = &plan.questionnaire;
    let lang = plan.lang;
    let t = |key: &str, args: &[(&'static str, &str)]| lang.t_with(key, args);
    let _ = writeln!(out, "{}", t("report-title", &[("name", &plan.deployment)]));
    let (exchange, lync) = (q.exchange_version.name(), q.lync_version.name());
    let forests = if q.cross_forest { "report-versions-forests" } else { "report-versions-forest" };
    let _ = writeln!(out, "{}", t(forests, &[("exchange", exchange), ("lync", lync)]));
    let titles: Vec<&str> = plan.procedures.iter().map(|p| p.title.as_str()).collect();
    let _ = writeln!(out, "{}", t("report-integrations", &[("list", &titles.join("; "))]));

    if !plan.warnings.is_empty() {
        let _ = writeln!(out, "\n{}", t("report-warnings", &[]));
        for warning in &plan.warnings {
            let _ = writeln!(out, "  ! {warning}");
        }
    }

    let _ = writeln!(out, "\n{}", t("report-order", &[("count", &plan.steps.len().to_string())]));
    let mut previous_lane: Option<&str> = None;
    for step in &plan.steps {
        let handoff = previous_lane.is_some_and(|lane| lane != step.lane);
        let marker = if handoff { "->" } else { "  " };
        let _ = writeln!(out, "{marker}{:>3}. {:<42} {}", step.number, step.key, step.requirement.describe_in(lang));
        previous_lane = Some(&step.lane);
    }
    let _ = writeln!(out, "  {}", t("report-handoff-mark", &[]));

    let _ = writeln!(out, "\n{}", t("report-by-role", &[]));
    for lane in &plan.lanes {
        let scripts = super::script::file_names(plan, lane).join(", ");
        let count = lane.steps.len().to_string();
        let team = lane.team.name_in(lang);
        let args = [
            ("role", lane.name.as_str()),
            ("key", &lane.key),
            ("team", &team),
            ("count", &count),
            ("scripts", &scripts),
        ];
        let _ = writeln!(out, "\n== {}", t("report-lane", &args));
        for step in plan.steps.iter().filter(|s| s.lane == lane.key) {
            let _ = writeln!(out, "\n  {}. {}: {}", step.number, step.key, step.title);
            let _ = writeln!(out, "     {}", t("report-in", &[("shell", &step.shell.name_in(lang))]));
            let _ = writeln!(out, "     {}", t("report-may-sign", &[("who", &step.requirement.describe_in(lang))]));
            if !step.depends_on.is_empty() {
                let _ = writeln!(out, "     {}", t("report-after", &[("steps", &step.depends_on.join(", "))]));
            }
            for (index, instruction) in step.instructions.iter().enumerate() {
                let _ = writeln!(out, "     {}. {instruction}", index + 1);
            }
            for command in &step.commands {
                let _ = writeln!(out, "     > {command}");
            }
            for verify in &step.verify {
                let _ = writeln!(out, "     {} > {verify}", t("report-verify", &[]));
            }
            for check in &step.verify_instructions {
                let _ = writeln!(out, "     {}", t("report-check", &[("text", check)]));
            }
            for caution in &step.cautions {
                let _ = writeln!(out, "     {}", t("report-caution", &[("text", caution)]));
            }
        }
    }

    let _ = writeln!(out, "\n{}", t("report-features", &[]));
    match (&plan.features.column, &plan.features.column_title) {
        (Some(column), Some(title)) => {
            let _ = writeln!(out, "  {}", t("report-matrix-column", &[("column", column), ("title", title)]));
            for feature in &plan.features.features {
                let mark = if feature.available { t("report-yes", &[]) } else { t("report-no", &[]) };
                let note = feature.note.as_deref().map(|n| format!(" ({n})")).unwrap_or_default();
                let _ = writeln!(out, "  {mark}  {}{note}", feature.name);
            }
        }
        _ => {
            let _ = writeln!(out, "  {}", t("report-not-covered", &[("exchange", exchange), ("lync", lync)]));
        }
    }
    if !plan.features.note.is_empty() {
        let _ = writeln!(out, "  {}", plan.features.note);
    }
    out
}
