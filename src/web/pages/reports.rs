//! A deployment's printable report, and the dashboard.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;

use super::{Chrome, date, deployment_id, render};
use crate::roles::RoleSet;
use crate::services::reports;
use crate::web::session::Signed;
use crate::web::{AppError, AppState};

pub struct SignoffLine {
    pub when: String,
    pub who: String,
    pub acting_as: String,
    pub action: String,
    pub note: String,
    pub content_sha256: String,
    pub evidence: String,
    pub earlier_round: bool,
}

pub struct StepSection {
    pub number: usize,
    pub key: String,
    pub title: String,
    pub lane: String,
    pub state: &'static str,
    pub signoffs: Vec<SignoffLine>,
}

pub struct ProofView {
    pub seq: i64,
    pub what: String,
    pub text: String,
}

#[derive(Template)]
#[template(path = "report.html")]
struct ReportPage {
    chrome: Chrome,
    id: i64,
    name: String,
    status: String,
    status_reason: String,
    created: String,
    generated: String,
    answers: String,
    steps: Vec<StepSection>,
    handoffs: Vec<(String, String)>,
    lane_times: Vec<(String, String)>,
    features: Vec<(String, bool, String)>,
    checkpoint: Option<String>,
    proofs: Vec<ProofView>,
}

/// A duration as hours and minutes (or days) for people.
pub fn duration(seconds: i64) -> String {
    let seconds = seconds.max(0);
    let days = (seconds / 86_400).to_string();
    let hours = ((seconds % 86_400) / 3600).to_string();
    let minutes = ((seconds % 3600) / 60).to_string();
    if seconds < 3600 {
        crate::i18n::t_with("report-duration-minutes", &[("minutes", minutes.as_str())])
    } else if seconds < 86_400 {
        crate::i18n::t_with("report-duration-hours", &[("hours", hours.as_str()), ("minutes", minutes.as_str())])
    } else {
        crate::i18n::t_with("report-duration-days", &[("days", days.as_str()), ("hours", hours.as_str())])
    }
}

pub async fn report(
    State(state): State<AppState>,
    signed: Signed,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let id = deployment_id(&id)?;
    let report =
        reports::deployment_report(&state.pool, &state.catalog, &signed.actor, &state.checkpointing, id).await?;
    let deployment = &report.deployment;
    let ctx = deployment.context();
    let rounds: HashMap<String, i64> = deployment.records.iter().map(|(k, r)| (k.clone(), r.round.max(1))).collect();
    let lane_name =
        |key: &str| deployment.plan().lanes.iter().find(|l| l.key == key).map_or(key.to_owned(), |l| l.name.clone());
    let steps = deployment
        .plan()
        .steps
        .iter()
        .map(|step| StepSection {
            number: step.number,
            key: step.key.clone(),
            title: step.title.clone(),
            lane: lane_name(&step.lane),
            state: ctx.state(&step.key).key(),
            signoffs: report
                .history
                .iter()
                .filter(|row| row.step_key == step.key)
                .map(|row| SignoffLine {
                    when: date(row.created_at),
                    who: row.actor_name.clone(),
                    acting_as: row.acting_as.clone(),
                    action: crate::workflow::signoff_label(&row.action, crate::i18n::current()),
                    note: row.note.clone(),
                    content_sha256: row.content_sha256.clone(),
                    evidence: evidence_line(row),
                    earlier_round: rounds.get(&row.step_key).is_some_and(|r| row.round < *r),
                })
                .collect(),
        })
        .collect();
    let handoffs = report
        .handoffs
        .iter()
        .map(|h| {
            let to = RoleSet::stored_name_in(&h.to_lane_name, crate::i18n::current());
            (date(h.created_at), format!("{} → {to}", lane_name(&h.from_lane)))
        })
        .collect();
    // The time each role took: from the first handoff to it (or the deployment's
    // creation) to its last countersignature or decision.
    let lane_times = deployment
        .plan()
        .lanes
        .iter()
        .filter_map(|lane| {
            let start = report
                .handoffs
                .iter()
                .filter(|h| h.to_lane == lane.key)
                .map(|h| h.created_at)
                .min()
                .unwrap_or(deployment.row.created_at);
            let end = report
                .history
                .iter()
                .filter(|row| lane.steps.contains(&row.step_key) && row.action != "sign")
                .map(|row| row.created_at)
                .max()?;
            Some((lane.name.clone(), duration(end - start)))
        })
        .collect();
    let features = deployment
        .plan()
        .features
        .features
        .iter()
        .map(|f| (f.name.clone(), f.available, f.note.clone().unwrap_or_default()))
        .collect();
    let proofs = report
        .proofs
        .iter()
        .map(|p| ProofView {
            seq: p.event.seq,
            what: crate::i18n::t_with(
                "report-proof-what",
                &[
                    ("action", p.event.action.as_str()),
                    ("target", p.event.target.as_str()),
                    ("actor", p.event.actor_name.as_str()),
                ],
            ),
            text: p.encode(),
        })
        .collect();
    render(&ReportPage {
        chrome: Chrome::new(
            Some(&signed),
            &crate::i18n::t_with("report-page-title", &[("name", deployment.row.name.as_str())]),
        ),
        id,
        name: deployment.row.name.clone(),
        status: super::status_label(&deployment.row.status),
        status_reason: deployment.row.status_reason.clone(),
        created: date(deployment.row.created_at),
        generated: date(crate::db::now()),
        answers: deployment.row.answers.clone(),
        steps,
        handoffs,
        lane_times,
        features,
        checkpoint: report.checkpoint.clone(),
        proofs,
    })
}

/// A bar of a chart, in the chart's own coordinates.
pub struct Bar {
    pub x: i64,
    pub y: i64,
    pub width: i64,
    pub height: i64,
    pub label: String,
    pub value: i64,
}

/// Horizontal bars, one per count, scaled to the largest.
fn bars(counts: &[reports::Count]) -> Vec<Bar> {
    let max = counts.iter().map(|c| c.value).max().unwrap_or(0).max(1);
    counts
        .iter()
        .enumerate()
        .map(|(i, c)| Bar {
            x: 200,
            y: i as i64 * 28,
            width: c.value * 400 / max,
            height: 20,
            label: c.label.clone(),
            value: c.value,
        })
        .collect()
}

/// Vertical bars per day: sign-offs, and refusals beside them.
fn day_bars(days: &[(String, i64, i64)]) -> (Vec<Bar>, Vec<Bar>) {
    let max = days.iter().map(|d| d.1.max(d.2)).max().unwrap_or(0).max(1);
    let bar = |i: usize, value: i64, offset: i64, label: &str| {
        let height = value * 150 / max;
        Bar { x: i as i64 * 20 + offset, y: 160 - height, width: 8, height, label: label.to_owned(), value }
    };
    (
        days.iter().enumerate().map(|(i, d)| bar(i, d.1, 0, &d.0)).collect(),
        days.iter().enumerate().map(|(i, d)| bar(i, d.2, 9, &d.0)).collect(),
    )
}

#[derive(Template)]
#[template(path = "dashboard.html")]
struct DashboardPage {
    chrome: Chrome,
    by_state: Vec<Bar>,
    waiting: Vec<Bar>,
    slowest: Vec<(i64, String, String, String, bool)>,
    signoffs: Vec<Bar>,
    refusals: Vec<Bar>,
    days: Vec<(String, i64, i64)>,
}

pub async fn dashboard(State(state): State<AppState>, signed: Signed) -> Result<Response, AppError> {
    let board = reports::dashboard(&state.pool, &signed.actor).await?;
    let (signoffs, refusals) = day_bars(&board.days);
    let by_state: Vec<reports::Count> = board
        .by_state
        .iter()
        .map(|c| reports::Count { label: super::status_label(&c.label), value: c.value })
        .collect();
    // The rows keep the groups' English names; the words between them are the reader's.
    let lang = crate::i18n::current();
    let waiting: Vec<reports::Count> = board
        .waiting_by_role
        .iter()
        .map(|c| reports::Count { label: RoleSet::stored_name_in(&c.label, lang), value: c.value })
        .collect();
    render(&DashboardPage {
        chrome: Chrome::new(Some(&signed), &crate::i18n::t("nav-dashboard")),
        by_state: bars(&by_state),
        waiting: bars(&waiting),
        slowest: board
            .slowest
            .into_iter()
            .map(|h| {
                (
                    h.deployment_id,
                    h.deployment,
                    RoleSet::stored_name_in(&h.to, lang),
                    duration(h.waited_seconds),
                    h.answered,
                )
            })
            .collect(),
        signoffs,
        refusals,
        days: board.days,
    })
}

/// A sign-off's evidence file, and what its results file reported of the run.
fn evidence_line(row: &crate::db::workflow::SignoffRow) -> String {
    if row.evidence_name.is_empty() {
        return String::new();
    }
    let file = crate::i18n::t_with(
        "report-evidence-file",
        &[("name", row.evidence_name.as_str()), ("sha256", row.evidence_sha256.as_str())],
    );
    match crate::results::StepRun::decode(&row.results) {
        Some(run) => {
            let computer = if run.computer.is_empty() {
                crate::i18n::t("report-evidence-unnamed-computer")
            } else {
                run.computer.clone()
            };
            let checks = crate::i18n::t(if run.checks_passed() {
                "report-evidence-checks-passed"
            } else {
                "report-evidence-check-failed"
            });
            crate::i18n::t_with(
                "report-evidence-results",
                &[
                    ("file", file.as_str()),
                    ("script", run.script.as_str()),
                    ("computer", computer.as_str()),
                    ("status", run.status.as_str()),
                    ("checks", checks.as_str()),
                ],
            )
        }
        None => file,
    }
}
