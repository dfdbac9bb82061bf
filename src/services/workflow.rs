//! Signing, countersigning, rejecting, marking not applicable, reopening;
//! stale sign-offs; cancelling; handoffs. One service function per action,
//! every rule in `crate::workflow`, every change with its audit event in one
//! `BEGIN IMMEDIATE` transaction.

use std::collections::HashMap;

use crate::db::Pool;
use sha2::{Digest, Sha256};

use super::{ServiceError, event_by};
use crate::audit::Outcome;
use crate::auth::{Actor, PortalRole};
use crate::catalog::Catalog;
use crate::db::{self, Tx};
use crate::i18n::{Lang, Msg};
use crate::params::FieldError;
use crate::plan::{Plan, PlannedStep};
use crate::workflow::{self, Context, Kind, Policy, Record, Stored};

/// The largest evidence file accepted (a transcript), and pasted evidence.
pub const MAX_EVIDENCE_BYTES: usize = 1024 * 1024;
pub const MAX_NOTE_CHARS: usize = 4000;
pub const MAX_PASTED_EVIDENCE_CHARS: usize = 100_000;
pub const MAX_FILE_NAME_CHARS: usize = 200;
pub const MAX_STEP_KEY_CHARS: usize = 100;

/// One request to act on a step, as a form sends it.
#[derive(Debug, Clone, Default)]
pub struct ActionInput {
    pub version: i64,
    /// The SHA-256 of the step's content as the page showed it.
    pub content_sha256: String,
    /// The form's one-time id: the same form sent twice acts once.
    pub nonce: String,
    pub note: String,
    pub reason: String,
    pub evidence_text: String,
    pub evidence_file: Option<(String, Vec<u8>)>,
}

/// How handoffs are announced beyond the inbox, as configured.
#[derive(Debug, Clone, Copy)]
pub struct Announce<'a> {
    pub webhook: bool,
    pub email: bool,
    /// For links in e-mail.
    pub public_url: &'a str,
    /// For the steps' titles in each recipient's language.
    pub catalog: &'a Catalog,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ActOutcome {
    Done,
    /// This very form was already acted on; nothing more happened.
    AlreadyRecorded,
}

pub fn policy_of(row: &db::deployments::DeploymentRow) -> Policy {
    Policy::from_stored(&row.countersigner, row.countersignatures_required)
}

/// What the person typed, checked and made canonical.
struct Typed {
    /// The note, or for the actions that need one, the reason.
    note: String,
    evidence_text: String,
    evidence_file: Option<(String, Vec<u8>)>,
}

fn check_input(kind: Kind, input: &ActionInput) -> Result<Typed, ServiceError> {
    let mut errors = Vec::new();
    let mut text = |field: &str, value: &str, max: usize| {
        crate::params::free_text(field, value, max).unwrap_or_else(|error| {
            errors.push(error);
            String::new()
        })
    };
    let note = if kind.needs_reason() {
        text("reason", &input.reason, MAX_NOTE_CHARS)
    } else {
        text("note", &input.note, MAX_NOTE_CHARS)
    };
    let evidence_text = text("evidence_text", &input.evidence_text, MAX_PASTED_EVIDENCE_CHARS);
    let evidence_file = match &input.evidence_file {
        Some((name, bytes)) if !bytes.is_empty() => {
            let name = text("evidence_file", name, MAX_FILE_NAME_CHARS);
            Some((if name.is_empty() { "evidence.txt".to_owned() } else { name }, bytes.clone()))
        }
        _ => None,
    };
    if kind.needs_reason() && note.is_empty() && errors.is_empty() {
        errors.push(FieldError::new("reason", "", format!("is required to {}", kind.label().to_lowercase())));
    }
    if let Some((name, bytes)) = &evidence_file
        && bytes.len() > MAX_EVIDENCE_BYTES
    {
        errors.push(FieldError::new(
            "evidence_file",
            name,
            format!("is {} bytes; the limit is {MAX_EVIDENCE_BYTES}", bytes.len()),
        ));
    }
    if errors.is_empty() {
        Ok(Typed { note, evidence_text, evidence_file })
    } else {
        Err(ServiceError::Invalid(errors))
    }
}

/// A step key as the catalog writes them; anything else names no step and is
/// refused before it can reach the trail.
pub fn is_step_key(key: &str) -> bool {
    (1..=MAX_STEP_KEY_CHARS).contains(&key.len())
        && key.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'-' | b'.' | b'_'))
}

/// Acts on a step. A rule that refuses is recorded as a refused event and
/// returned; so is a form sent against a version of the step that changed.
#[allow(clippy::too_many_arguments)]
pub async fn act(
    pool: &Pool,
    catalog: &Catalog,
    actor: &Actor,
    deployment_id: i64,
    step_key: &str,
    kind: Kind,
    input: &ActionInput,
    announce: Announce<'_>,
) -> Result<ActOutcome, ServiceError> {
    if !is_step_key(step_key) {
        return Err(ServiceError::NotFound(crate::i18n::t_with(
            "not-found-step",
            &[("key", &crate::audit::bounded(step_key, 100))],
        )));
    }
    let typed = check_input(kind, input)?;
    let target = format!("deployment:{deployment_id}/step:{step_key}");
    let action = format!("step.{}", kind.key());
    // Planned before the write turn is taken (a plan not in the cache takes
    // a third of a millisecond), and used if the answers did not change meanwhile.
    let mut conn = pool.acquire().await?;
    let before = db::deployments::find(&mut conn, deployment_id).await?;
    drop(conn);
    let early = before.and_then(|row| catalog.plan(&row.answers).ok().map(|planned| (row.answers_sha256, planned)));
    let mut tx = db::begin_write(pool).await?;
    let nonce = (!input.nonce.is_empty()).then_some(input.nonce.as_str());
    let read =
        db::deployments::read_with_nonce(&mut tx, deployment_id, false, None, true, nonce).await?.ok_or_else(|| {
            ServiceError::NotFound(crate::i18n::t_with("not-found-deployment", &[("id", &deployment_id.to_string())]))
        })?;
    let row = read.row;
    let planned = match early {
        Some((sha256, planned)) if sha256 == row.answers_sha256 && !sha256.is_empty() => planned,
        _ => catalog.plan(&row.answers).map_err(ServiceError::Invalid)?,
    };
    let plan = &planned.plan;
    // Whoever cannot read the deployment learns nothing of its steps either.
    if let Err(denied) = crate::auth::authorize(actor, crate::auth::Action::ReadDeployment(&plan.roles())) {
        let refused = super::record_denied(&mut tx, actor, denied, &format!("deployment:{deployment_id}")).await;
        tx.commit().await?;
        return Err(refused);
    }
    // Rolled back before the turn is given up, so the next writer finds the lock free.
    if read.nonce_used != 0 {
        tx.rollback().await?;
        return Ok(ActOutcome::AlreadyRecorded);
    }
    let Some(step) = plan.steps.iter().find(|s| s.key == step_key) else {
        tx.rollback().await?;
        return Err(ServiceError::NotFound(crate::i18n::t_with("not-found-step", &[("key", step_key)])));
    };
    let records = db::workflow::records_by_step(read.records);
    let policy = policy_of(&row);
    let ctx = Context { plan, records: &records, policy, active: row.status == "active" };
    let record = ctx.record(step_key);
    let current_version = record.version.max(1);
    // A sign-off vouches for the text its signer saw, and only for that.
    if input.content_sha256 != step.content_sha256 {
        let message = crate::i18n::t("refused-text-changed");
        let event = event_by(actor, &action, &target, Outcome::Refused).detail(serde_json::json!({
            "reason": "the text changed since the page was opened",
            "seen_sha256": crate::audit::bounded(&input.content_sha256, 64),
            "content_sha256": step.content_sha256,
        }));
        db::audit::record_refusal(&mut tx, &event).await?;
        let seen = db::workflow::step_text(&mut tx, deployment_id, &input.content_sha256).await?;
        tx.commit().await?;
        return Err(ServiceError::TextChanged { message, seen });
    }
    if input.version != current_version {
        let message = match record.signer_name.is_empty() {
            true => Msg::new("refused-step-changed").arg_key("state", ctx.state(step_key).label_key()),
            false => Msg::new("refused-step-changed-signed")
                .arg_key("state", ctx.state(step_key).label_key())
                .arg("signer", &record.signer_name),
        };
        refuse(&mut tx, actor, &action, &target, &message).await?;
        tx.commit().await?;
        return Err(ServiceError::Conflict(message.to_string()));
    }
    let decision = match workflow::decide(&ctx, step_key, actor, kind) {
        Ok(decision) => decision,
        Err(reason) => {
            refuse(&mut tx, actor, &action, &target, &reason).await?;
            tx.commit().await?;
            return Err(ServiceError::Refused(reason.to_string()));
        }
    };
    let run = match attached_results(&typed, catalog, &row.answers, plan, step_key, kind) {
        Ok(run) => run,
        Err((name, reason)) => {
            let event = event_by(actor, &action, &target, Outcome::Refused).detail(serde_json::json!({
                "reason": format!("the results file {}", reason.in_lang(crate::i18n::Lang::En)),
                "reason_message": reason.for_the_record(),
                "evidence_sha256": typed.evidence_file.as_ref().map(|(_, b)| hex::encode(Sha256::digest(b))),
            }));
            db::audit::record_refusal(&mut tx, &event).await?;
            tx.commit().await?;
            return Err(ServiceError::Invalid(vec![FieldError::new("evidence_file", &name, reason.to_string())]));
        }
    };
    let results = run.as_ref().map(crate::results::StepRun::encode).unwrap_or_default();
    let round = record.round.max(1);
    let (evidence_name, evidence_bytes) = match &typed.evidence_file {
        Some((name, bytes)) => (name.as_str(), Some(bytes.as_slice())),
        None => ("", None),
    };
    let evidence_sha256 = evidence_bytes.map(|b| hex::encode(Sha256::digest(b))).unwrap_or_default();
    let note = typed.note.as_str();
    db::workflow::insert_signoff(
        &mut tx,
        &db::workflow::NewSignoff {
            deployment_id,
            step_key,
            round,
            action: kind.key(),
            actor_id: actor.id,
            actor_name: &actor.username,
            acting_as: &decision.acting_as,
            content_sha256: &step.content_sha256,
            content: &step.content,
            note,
            evidence_text: &typed.evidence_text,
            evidence_name,
            evidence: evidence_bytes,
            evidence_sha256: &evidence_sha256,
            results: &results,
            nonce: (!input.nonce.is_empty()).then_some(input.nonce.as_str()),
        },
    )
    .await?;
    let reason = match kind {
        Kind::Reject => format!("rejected by {}: {note}", actor.username),
        Kind::Reopen => format!("reopened by {}: {note}", actor.username),
        _ => String::new(),
    };
    let mut after = records.clone();
    after.insert(step_key.to_owned(), record.after(kind, &decision, actor, &reason));
    for dependant in &decision.reopen_dependants {
        let because = format!("{step_key} was reopened by {}: {note}", actor.username);
        if let Some(dependant_step) = plan.steps.iter().find(|s| &s.key == dependant) {
            let reopened =
                open_again(&mut tx, actor, &row, dependant_step, &ctx.record(dependant), "reopen", &because, announce)
                    .await?;
            after.insert(dependant.clone(), reopened);
        }
    }
    save_steps(&mut tx, deployment_id, plan, policy, &records, &after, false).await?;
    if kind == Kind::Sign {
        db::workflow::answer_handoffs(&mut tx, deployment_id, step_key).await?;
    }
    let event = event_by(actor, &action, &target, Outcome::Done).detail(serde_json::json!({
        "acting_as": decision.acting_as,
        "state": decision.state.key(),
        "content_sha256": step.content_sha256,
        "note": note,
        "evidence_sha256": evidence_sha256,
        "pasted_evidence_sha256": if typed.evidence_text.is_empty() { String::new() } else { hex::encode(Sha256::digest(typed.evidence_text.as_bytes())) },
        "results": run.as_ref().map(|run| serde_json::json!({
            "script": run.script,
            "body_sha256": run.body_sha256,
            "status": run.status,
            "checks_passed": run.checks_passed(),
            "computer": run.computer,
        })),
        "reopened": decision.reopen_dependants,
    }));
    db::audit::record(&mut tx, &event).await?;

    let after_ctx = Context { plan, records: &after, policy, active: true };
    if kind == Kind::Reopen {
        let mut people: Vec<i64> = record.signer.into_iter().chain(record.countersigners.iter().copied()).collect();
        people.dedup();
        let message =
            Msg::new("inbox-reopened").arg("deployment", &row.name).arg("actor", &actor.display_name).arg("note", note);
        let subject = Msg::new("subject-reopened").arg("deployment", &row.name);
        tell(&mut tx, &row, step, &people, &message, &subject, "reopen", announce).await?;
    }
    if kind == Kind::Reject {
        let message =
            Msg::new("inbox-rejected").arg("deployment", &row.name).arg("actor", &actor.display_name).arg("note", note);
        let subject = Msg::new("subject-rejected").arg("deployment", &row.name);
        let signer: Vec<i64> = record.signer.into_iter().collect();
        tell(&mut tx, &row, step, &signer, &message, &subject, "reject", announce).await?;
    }
    record_handoffs(&mut tx, &row, plan, &ctx, &after_ctx, step, announce).await?;
    if after_ctx.is_complete() {
        db::workflow::set_deployment_status(
            &mut tx,
            deployment_id,
            "complete",
            "every step is countersigned or not applicable",
        )
        .await?;
        let event = event_by(actor, "deployment.complete", format!("deployment:{deployment_id}"), Outcome::Done);
        db::audit::record(&mut tx, &event).await?;
    }
    tx.commit().await?;
    Ok(ActOutcome::Done)
}

/// An attached results file, checked against the step's approved text; a
/// file that is not one is other evidence.
fn attached_results(
    typed: &Typed,
    catalog: &Catalog,
    answers: &str,
    plan: &Plan,
    step_key: &str,
    kind: Kind,
) -> Result<Option<crate::results::StepRun>, (String, crate::i18n::Msg)> {
    let Some((name, bytes)) = &typed.evidence_file else { return Ok(None) };
    let Some(text) = crate::results::results_text(bytes) else { return Ok(None) };
    let how = if kind.vouches() { crate::results::Use::Vouch } else { crate::results::Use::Record };
    let checked = match crate::results::check(&text, &[plan], step_key, how) {
        // The script may have been downloaded in another language: its comments differ, its
        // commands do not. Only then are the other languages' scripts written.
        Err(reason) if reason.key == "results-other-version" => {
            let others: Vec<_> = crate::i18n::Lang::ALL
                .into_iter()
                .filter(|lang| *lang != crate::i18n::Lang::En)
                .filter_map(|lang| catalog.plan_in(answers, lang).ok())
                .collect();
            let plans: Vec<&Plan> = std::iter::once(plan).chain(others.iter().map(|p| &p.plan)).collect();
            crate::results::check(&text, &plans, step_key, how)
        }
        checked => checked,
    };
    checked.map(Some).map_err(|reason| (name.clone(), reason))
}

/// Records a refusal in English, with the message's key and arguments, so
/// that the trail reads the same for everyone and a page can show it in its
/// reader's language.
async fn refuse(tx: &mut Tx, actor: &Actor, action: &str, target: &str, reason: &Msg) -> Result<(), ServiceError> {
    let event = event_by(actor, action, target, Outcome::Refused).detail(serde_json::json!({
        "reason": reason.in_lang(crate::i18n::Lang::En),
        "reason_message": reason.for_the_record(),
    }));
    db::audit::record_refusal(tx, &event).await?;
    Ok(())
}

/// Writes each step of `plan` whose record or shown state differs from
/// `before` to `after` (every step, with `all`), and the deployment's progress.
pub(super) async fn save_steps(
    tx: &mut Tx,
    deployment_id: i64,
    plan: &Plan,
    policy: Policy,
    before: &HashMap<String, Record>,
    after: &HashMap<String, Record>,
    all: bool,
) -> Result<(), ServiceError> {
    let was = Context { plan, records: before, policy, active: true };
    let now = Context { plan, records: after, policy, active: true };
    let mut progress_moved = all;
    for step in &plan.steps {
        let (record, shown, waiting) = (now.record(&step.key), now.state(&step.key), now.waiting_on(step));
        if all || shown != was.state(&step.key) || record != was.record(&step.key) || waiting != was.waiting_on(step) {
            db::workflow::save_step(tx, deployment_id, &step.key, &record, shown, &waiting).await?;
            progress_moved |= shown.is_finished() != was.state(&step.key).is_finished();
        }
    }
    if progress_moved {
        db::workflow::save_progress(tx, deployment_id).await?;
    }
    Ok(())
}

/// When a step finishes and work becomes ready for another lane, that lane's
/// people are told: in the inbox, and by webhook when one is configured.
async fn record_handoffs(
    tx: &mut Tx,
    row: &db::deployments::DeploymentRow,
    plan: &Plan,
    before: &Context<'_>,
    after: &Context<'_>,
    step: &PlannedStep,
    announce: Announce<'_>,
) -> Result<(), ServiceError> {
    let ready = workflow::newly_ready(before, after);
    let mut by_lane: Vec<(String, Vec<&PlannedStep>)> = Vec::new();
    for key in &ready {
        let Some(next) = plan.steps.iter().find(|s| &s.key == key) else { continue };
        if next.lane == step.lane {
            continue;
        }
        match by_lane.iter_mut().find(|(lane, _)| *lane == next.lane) {
            Some((_, steps)) => steps.push(next),
            None => by_lane.push((next.lane.clone(), vec![next])),
        }
    }
    for (lane_key, steps) in by_lane {
        let Some(lane) = plan.lanes.iter().find(|l| l.key == lane_key) else { continue };
        let keys: Vec<String> = steps.iter().map(|s| s.key.clone()).collect();
        db::workflow::insert_handoff(tx, row.id, &step.lane, &lane.key, &lane.name, &keys).await?;
        let titles_in = |lang: Lang| -> String {
            let titles: Vec<String> = steps
                .iter()
                .map(|s| format!("{}. {}", s.number, announce.catalog.step_title(&s.key, lang).unwrap_or(&s.title)))
                .collect();
            titles.join("; ")
        };
        let titles = titles_in(Lang::En);
        let link = format!("/deployments/{}", row.id);
        let roles: Vec<&str> = lane.roles.roles().iter().map(|r| r.key()).collect();
        for (user, db::workflow::Contact { email, lang }) in db::workflow::holders(tx, &roles).await? {
            // Each in the language they chose.
            let message = lang.t_with(
                "inbox-your-turn",
                &[("deployment", &row.name), ("lane", &lane.name), ("steps", &titles_in(lang))],
            );
            db::workflow::notify(tx, user, row.id, &message, &link).await?;
            if announce.email && !email.is_empty() {
                let url = format!("{}{link}", announce.public_url);
                let body = format!("{message}\n\n{}\n", lang.t_with("email-open-deployment", &[("url", &url)]));
                let subject = lang.t_with("subject-your-turn", &[("deployment", &row.name)]);
                db::workflow::enqueue_email(tx, &email, &subject, &body).await?;
            }
        }
        if announce.webhook {
            let payload = serde_json::json!({
                "text": format!("Countersign: {} is waiting on {}: {} step(s) ready ({titles})", row.name, lane.name, keys.len()),
                "deployment": { "id": row.id, "name": row.name },
                "handoff": { "from": step.lane, "to": lane.key, "to_name": lane.name, "after_step": step.key, "steps": keys },
            });
            db::workflow::enqueue_webhook(tx, &payload.to_string()).await?;
        }
    }
    Ok(())
}

/// After a parameter change: each signed or countersigned step whose
/// commands changed goes back to ready in `records`, its sign-offs stale,
/// and the people whose sign-offs no longer count are told. Returns the steps.
pub async fn mark_stale(
    tx: &mut Tx,
    actor: &Actor,
    row: &db::deployments::DeploymentRow,
    plan: &Plan,
    records: &mut HashMap<String, Record>,
    announce: Announce<'_>,
) -> Result<Vec<String>, ServiceError> {
    let signed: HashMap<String, (String, i64)> = db::workflow::signed_hashes(tx, row.id)
        .await?
        .into_iter()
        .filter(|(key, round, _, _)| records.get(key).is_some_and(|r| r.round == *round))
        .map(|(key, _, hash, encoding)| (key, (hash, encoding)))
        .collect();
    let mut stale = Vec::new();
    for step in &plan.steps {
        let Some(record) = records.get(&step.key).cloned() else { continue };
        if !matches!(record.stored(), Stored::Signed | Stored::Countersigned) {
            continue;
        }
        if signed.get(&step.key).is_some_and(|(hash, encoding)| !step.content_is(hash, *encoding)) {
            let reason = "its commands changed after it was signed; sign it again";
            let reopened = open_again(tx, actor, row, step, &record, "stale", reason, announce).await?;
            records.insert(step.key.clone(), reopened);
            stale.push(step.key.clone());
        }
    }
    Ok(stale)
}

/// Moves each of `changed` steps (but those `already` opened again) one
/// version on, so that a form sent from the old text is refused.
pub fn bump_versions(records: &mut HashMap<String, Record>, changed: &[&str], already: &[String]) {
    for key in changed.iter().filter(|key| !already.iter().any(|a| a == *key)) {
        let record = records.entry((*key).to_owned()).or_default();
        record.version = record.version.max(1) + 1;
        record.round = record.round.max(1);
    }
}

/// Opens a step again in a new round (a reopened dependant, a stale
/// sign-off): its sign-offs stop counting, a sign-off row of `action`
/// records why and what the step says now, and those who signed or
/// countersigned the round that ends are told. Returns the new record.
#[allow(clippy::too_many_arguments)]
async fn open_again(
    tx: &mut Tx,
    actor: &Actor,
    row: &db::deployments::DeploymentRow,
    step: &PlannedStep,
    old: &Record,
    action: &str,
    reason: &str,
    announce: Announce<'_>,
) -> Result<Record, ServiceError> {
    let round = old.round.max(1);
    db::workflow::insert_signoff(
        tx,
        &db::workflow::NewSignoff {
            deployment_id: row.id,
            step_key: &step.key,
            round,
            action,
            actor_id: actor.id,
            actor_name: &actor.username,
            acting_as: PortalRole::Coordinator.name(),
            content_sha256: &step.content_sha256,
            content: &step.content,
            note: reason,
            ..Default::default()
        },
    )
    .await?;
    let mut people: Vec<i64> = old.signer.into_iter().chain(old.countersigners.iter().copied()).collect();
    people.sort_unstable();
    people.dedup();
    let (message, subject) =
        if action == "stale" { ("inbox-stale", "subject-stale") } else { ("inbox-sent-back", "subject-sent-back") };
    let message = Msg::new(message).arg("deployment", &row.name).arg("reason", reason);
    let subject = Msg::new(subject).arg("deployment", &row.name);
    tell(tx, row, step, &people, &message, &subject, action, announce).await?;
    Ok(old.opened_again(reason))
}

/// Tells `people` about something that happened to their work on a step: in
/// the inbox, by e-mail to those with an address, and by webhook, as
/// configured.
#[allow(clippy::too_many_arguments)]
async fn tell(
    tx: &mut Tx,
    row: &db::deployments::DeploymentRow,
    step: &PlannedStep,
    people: &[i64],
    message: &Msg,
    subject: &Msg,
    event: &str,
    announce: Announce<'_>,
) -> Result<(), ServiceError> {
    if people.is_empty() {
        return Ok(());
    }
    let step_key = step.key.as_str();
    let link = format!("/deployments/{}/steps/{step_key}", row.id);
    // The message names the step by its title in the language of each person told.
    let in_lang = |lang: Lang| -> String {
        let title = announce.catalog.step_title(step_key, lang).unwrap_or(&step.title);
        message.clone().arg("title", title).in_lang(lang)
    };
    for person in people {
        let db::workflow::Contact { email, lang } = db::workflow::contact_of(tx, *person).await?;
        let text = in_lang(lang);
        db::workflow::notify(tx, *person, row.id, &text, &link).await?;
        if announce.email && !email.is_empty() {
            let body = format!("{text}\n\n{}{link}\n", announce.public_url);
            db::workflow::enqueue_email(tx, &email, &subject.in_lang(lang), &body).await?;
        }
    }
    if announce.webhook {
        let payload = serde_json::json!({
            "text": format!("Countersign: {}", in_lang(Lang::En)),
            "deployment": { "id": row.id, "name": row.name },
            "step": step_key,
            "event": event,
        });
        db::workflow::enqueue_webhook(tx, &payload.to_string()).await?;
    }
    Ok(())
}

/// Cancels an active deployment; it becomes read-only.
pub async fn cancel(pool: &Pool, actor: &Actor, deployment_id: i64, reason: &str) -> Result<(), ServiceError> {
    let target = format!("deployment:{deployment_id}");
    super::authorize(pool, actor, crate::auth::Action::CancelDeployment, &target).await?;
    let reason =
        crate::params::free_text("reason", reason, MAX_NOTE_CHARS).map_err(|e| ServiceError::Invalid(vec![e]))?;
    if reason.is_empty() {
        return Err(ServiceError::Invalid(vec![FieldError::new("reason", "", "is required to cancel a deployment")]));
    }
    let reason = reason.as_str();
    let mut tx = db::begin_write(pool).await?;
    let row =
        db::deployments::find(&mut tx, deployment_id).await?.ok_or_else(|| ServiceError::NotFound(target.clone()))?;
    if row.status != "active" {
        return Err(ServiceError::Refused(
            Msg::new("refused-deployment-already")
                .arg_key("status", format!("deployment-status-{}", row.status))
                .to_string(),
        ));
    }
    db::workflow::set_deployment_status(&mut tx, deployment_id, "cancelled", reason.trim()).await?;
    let event = event_by(actor, "deployment.cancel", target, Outcome::Done)
        .detail(serde_json::json!({ "reason": reason.trim() }));
    db::audit::record(&mut tx, &event).await?;
    tx.commit().await?;
    Ok(())
}
