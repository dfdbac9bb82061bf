//! Creating deployments, changing their parameters, and handing out their
//! scripts.

use crate::db::Pool;

use super::{ServiceError, authorize, event_by};
use crate::answers::Answers;
use crate::answers::form::{self, FormFields};
use crate::audit::Outcome;
use crate::auth::{Action, Actor};
use crate::catalog::Catalog;
use crate::db;
use crate::db::deployments::DeploymentRow;
use crate::i18n::Msg;
use crate::params::FieldError;
use crate::plan::cache::Planned;
use crate::plan::{self, Plan, sha256_hex};
use crate::render::script::{self, Script};
use crate::roles::Role;
use crate::workflow::{Context, Countersigner, Policy, Record};
use std::collections::HashMap;

/// A deployment as stored, with its answers, its plan and where each step stands.
#[derive(Debug, Clone)]
pub struct Deployment {
    pub row: DeploymentRow,
    planned: Planned,
    pub records: HashMap<String, Record>,
    /// Oldest first, when asked for ([`Extras`]).
    pub handoffs: Vec<db::workflow::HandoffRow>,
    /// The sign-offs of one step, oldest first, when asked for.
    pub history: Vec<db::workflow::SignoffRow>,
}

/// What else to read with a deployment, in the same query.
#[derive(Debug, Clone, Copy, Default)]
pub struct Extras<'a> {
    pub handoffs: bool,
    /// The step whose sign-offs to read.
    pub history_of: Option<&'a str>,
    /// The answers text itself (the row's `answers`; left empty otherwise).
    pub answers: bool,
}

impl Deployment {
    pub fn answers(&self) -> &Answers {
        &self.planned.answers
    }

    pub fn plan(&self) -> &Plan {
        &self.planned.plan
    }

    /// The plan's dependency graph as drawn.
    pub fn layout(&self) -> &crate::render::graph::Layout {
        &self.planned.layout
    }

    pub fn policy(&self) -> Policy {
        super::workflow::policy_of(&self.row)
    }

    pub fn is_active(&self) -> bool {
        self.row.status == "active"
    }

    /// The workflow's view of this deployment.
    pub fn context(&self) -> Context<'_> {
        Context { plan: self.plan(), records: &self.records, policy: self.policy(), active: self.is_active() }
    }
}

/// The sign-off rules chosen on the form: who countersigns, and how many.
fn policy_from(fields: &FormFields) -> Result<Policy, Vec<FieldError>> {
    let mut errors = Vec::new();
    let who = fields.get("workflow.countersigner").map_or("same-requirement", |v| v.trim());
    let countersigner = Countersigner::parse(who).unwrap_or_else(|| {
        errors.push(FieldError::new("workflow.countersigner", who, crate::i18n::t("check-countersigner-unknown")));
        Countersigner::SameRequirement
    });
    let count = fields.get("workflow.countersignatures").map_or("1", |v| v.trim());
    let required = match count.parse::<usize>() {
        Ok(n) if (1..=3).contains(&n) => n,
        _ => {
            errors.push(FieldError::new(
                "workflow.countersignatures",
                count,
                crate::i18n::t("check-countersignatures-count"),
            ));
            1
        }
    };
    if errors.is_empty() { Ok(Policy { countersigner, required }) } else { Err(errors) }
}

/// Checks a form: every error of the answers and of the plan, together.
pub fn check_form(catalog: &Catalog, fields: &FormFields) -> Result<(String, Answers, Plan), ServiceError> {
    let (text, mut errors) = form::to_toml(fields);
    match plan::from_answers_text(catalog, &text) {
        Ok((answers, plan)) if errors.is_empty() => return Ok((text, answers, plan)),
        Ok(_) => {}
        Err(more) => plan::merge_errors(&mut errors, more),
    }
    Err(ServiceError::Invalid(errors))
}

/// The form's questions alone (every field but the parameters) as answers
/// text, with what is wrong in how it is written.
fn questions_of(fields: &FormFields) -> (String, Vec<FieldError>) {
    let questions: FormFields =
        fields.iter().filter(|(k, _)| !k.starts_with("parameters.")).map(|(k, v)| (k.clone(), v.clone())).collect();
    form::to_toml(&questions)
}

/// The first page of a new deployment, the questions, checked: the parameters
/// these answers need, or what is wrong with the questions. A value the next
/// page asks for is not wrong yet.
pub async fn check_questions(
    pool: &Pool,
    catalog: &Catalog,
    actor: &Actor,
    fields: &FormFields,
) -> Result<std::collections::BTreeSet<String>, ServiceError> {
    authorize(pool, actor, Action::CreateDeployment, "deployment:new").await?;
    let (text, mut errors) = questions_of(fields);
    if let Err(more) = plan::from_answers_text(catalog, &text) {
        plan::merge_errors(&mut errors, more.into_iter().filter(|e| !e.field.starts_with("parameters.")).collect());
    }
    if let Err(policy) = policy_from(fields) {
        errors.extend(policy);
    }
    match crate::answers::read(&text).questionnaire {
        Some(q) if errors.is_empty() => Ok(plan::needed_parameters(catalog, &q)),
        _ => Err(ServiceError::Invalid(errors)),
    }
}

/// The form without the values its answers do not use: a value typed for an integration
/// turned off since is not on the page to correct, so it is not checked either.
pub fn only_needed(catalog: &Catalog, fields: &FormFields) -> FormFields {
    let Some(q) = crate::answers::read(&questions_of(fields).0).questionnaire else { return fields.clone() };
    let needed = plan::needed_parameters(catalog, &q);
    fields
        .iter()
        .filter(|(k, _)| k.strip_prefix("parameters.").is_none_or(|name| needed.contains(name)))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect()
}

/// The whole form checked: its answers text, answers, plan and sign-off rules,
/// or every problem of the rules and the answers together.
fn checked(catalog: &Catalog, fields: &FormFields) -> Result<(String, Answers, Plan, Policy), ServiceError> {
    match (check_form(catalog, fields), policy_from(fields)) {
        (Ok((text, answers, plan)), Ok(policy)) => Ok((text, answers, plan, policy)),
        (checked, policy) => {
            let mut errors = policy.err().unwrap_or_default();
            match checked {
                Err(ServiceError::Invalid(more)) => errors.extend(more),
                Err(other) => return Err(other),
                Ok(_) => {}
            }
            Err(ServiceError::Invalid(errors))
        }
    }
}

/// The whole form checked, nothing created: what "check your answers" shows.
pub async fn check_new(
    pool: &Pool,
    catalog: &Catalog,
    actor: &Actor,
    fields: &FormFields,
) -> Result<Plan, ServiceError> {
    authorize(pool, actor, Action::CreateDeployment, "deployment:new").await?;
    checked(catalog, fields).map(|(_, _, plan, _)| plan)
}

pub async fn create(pool: &Pool, catalog: &Catalog, actor: &Actor, fields: &FormFields) -> Result<i64, ServiceError> {
    authorize(pool, actor, Action::CreateDeployment, "deployment:new").await?;
    let (text, answers, plan, policy) = checked(catalog, fields)?;
    let actor_id =
        actor.id.ok_or_else(|| ServiceError::Internal("a deployment needs a signed-in creator".to_owned()))?;
    let mut tx = db::begin_write(pool).await?;
    let name = answers.deployment_name.as_str();
    let id =
        db::deployments::insert(&mut tx, name, &text, actor_id, policy.countersigner.key(), policy.required as i64)
            .await?;
    let event =
        event_by(actor, "deployment.create", format!("deployment:{id}"), Outcome::Done).detail(serde_json::json!({
            "name": name,
            "steps": plan.steps.len(),
            "answers_sha256": sha256_hex(&text),
            "countersigner": policy.countersigner.key(),
            "countersignatures_required": policy.required,
        }));
    db::audit::record(&mut tx, &event).await?;
    db::workflow::keep_step_texts(&mut tx, id, &plan).await?;
    save_read_model(&mut tx, catalog, id, &text, &answers, &plan, policy, &HashMap::new(), &HashMap::new()).await?;
    tx.commit().await?;
    Ok(id)
}

/// Writes what the pages read of a deployment planned as `plan`: its
/// summary, a row per step, each step's record (from `before` to `after`)
/// and state, and its progress.
#[allow(clippy::too_many_arguments)]
async fn save_read_model(
    tx: &mut db::Tx,
    catalog: &Catalog,
    id: i64,
    text: &str,
    answers: &Answers,
    plan: &Plan,
    policy: Policy,
    before: &HashMap<String, Record>,
    after: &HashMap<String, Record>,
) -> Result<(), ServiceError> {
    let summary = db::deployments::PlanSummary {
        answers_sha256: &hex::encode(crate::plan::cache::key_of(text)),
        exchange_version: answers.questionnaire.exchange_version.name(),
        lync_version: answers.questionnaire.lync_version.name(),
        roles_mask: Role::mask(&plan.roles()),
        planned_from: &catalog.fingerprint,
    };
    db::deployments::save_summary(tx, id, &summary).await?;
    let active = db::deployments::find(tx, id).await?.is_some_and(|row| row.status == "active");
    db::workflow::save_plan_steps(tx, id, plan, active).await?;
    super::workflow::save_steps(tx, id, plan, policy, before, after, true).await
}

/// Writes the read model again for every deployment planned by another
/// catalog or release (or before there was one), a hundred per transaction.
/// Each step's signer and countersigners are worked out from its sign-offs.
/// Returns how many deployments were written.
pub async fn refresh_read_model(pool: &Pool, catalog: &Catalog) -> Result<usize, ServiceError> {
    let mut written = 0;
    loop {
        let mut tx = db::begin_write(pool).await?;
        let rows = db::deployments::planned_otherwise(&mut tx, &catalog.fingerprint, 100).await?;
        if rows.is_empty() {
            tx.commit().await?;
            return Ok(written);
        }
        for row in &rows {
            match plan::from_answers_text(catalog, &row.answers) {
                Ok((answers, plan)) => {
                    let records = db::workflow::records_from_signoffs(&mut tx, row.id).await?;
                    db::workflow::keep_step_texts(&mut tx, row.id, &plan).await?;
                    let policy = super::workflow::policy_of(row);
                    save_read_model(
                        &mut tx,
                        catalog,
                        row.id,
                        &row.answers,
                        &answers,
                        &plan,
                        policy,
                        &records,
                        &records,
                    )
                    .await?;
                }
                Err(errors) => {
                    // Kept out of the lists rather than stopping the portal; named in the log.
                    tracing::error!(deployment = row.id, problems = ?errors, "a stored deployment no longer plans");
                    let summary = db::deployments::PlanSummary {
                        answers_sha256: "",
                        exchange_version: "",
                        lync_version: "",
                        roles_mask: 0,
                        planned_from: &catalog.fingerprint,
                    };
                    db::deployments::save_summary(&mut tx, row.id, &summary).await?;
                    db::workflow::set_steps_active(&mut tx, row.id, false).await?;
                }
            }
            written += 1;
        }
        tx.commit().await?;
    }
}

/// Replaces a deployment's answers; `version` is the one the editor saw.
pub async fn update_parameters(
    pool: &Pool,
    catalog: &Catalog,
    actor: &Actor,
    id: i64,
    version: i64,
    fields: &FormFields,
    announce: super::workflow::Announce<'_>,
) -> Result<(), ServiceError> {
    let target = format!("deployment:{id}");
    authorize(pool, actor, Action::EditParameters, &target).await?;
    let (text, answers, plan) = check_form(catalog, fields)?;
    let mut tx = db::begin_write(pool).await?;
    let before = db::deployments::find(&mut tx, id).await?.ok_or_else(|| {
        ServiceError::NotFound(crate::i18n::t_with("not-found-deployment", &[("id", &id.to_string())]))
    })?;
    if before.status != "active" {
        let status =
            Msg::new("refused-deployment-read-only").arg_key("status", format!("deployment-status-{}", before.status));
        return Err(ServiceError::Refused(status.to_string()));
    }
    let before_plan = catalog.plan(&before.answers).ok();
    if !db::deployments::update_answers(&mut tx, id, version, answers.deployment_name.as_str(), &text).await? {
        return Err(ServiceError::Conflict(crate::i18n::t("conflict-parameters-changed")));
    }
    let changed_steps: Vec<&str> = plan
        .steps
        .iter()
        .filter(|step| {
            before_plan
                .as_ref()
                .and_then(|p| p.plan.steps.iter().find(|s| s.key == step.key))
                .map(|s| &s.content_sha256)
                != Some(&step.content_sha256)
        })
        .map(|s| s.key.as_str())
        .collect();
    // Both texts: the old one is what a form opened before this change shows.
    if let Some(before_plan) = &before_plan {
        db::workflow::keep_step_texts(&mut tx, id, &before_plan.plan).await?;
    }
    db::workflow::keep_step_texts(&mut tx, id, &plan).await?;
    let records = db::workflow::records(&mut tx, id).await?;
    let mut after = records.clone();
    let stale = super::workflow::mark_stale(&mut tx, actor, &before, &plan, &mut after, announce).await?;
    // A form opened before the change must not act on the new text: every
    // step whose text changed moves one version on, signed or not.
    super::workflow::bump_versions(&mut after, &changed_steps, &stale);
    let policy = super::workflow::policy_of(&before);
    save_read_model(&mut tx, catalog, id, &text, &answers, &plan, policy, &records, &after).await?;
    let event = event_by(actor, "deployment.parameters", target, Outcome::Done).detail(serde_json::json!({
        "answers_sha256_before": sha256_hex(&before.answers),
        "answers_sha256": sha256_hex(&text),
        "changed_steps": changed_steps,
        "stale_signoffs": stale,
    }));
    db::audit::record(&mut tx, &event).await?;
    tx.commit().await?;
    Ok(())
}

/// Loads a deployment and plans it, for someone who may read it
/// ([`Action::ReadDeployment`]); a refusal is recorded.
pub async fn load(pool: &Pool, catalog: &Catalog, actor: &Actor, id: i64) -> Result<Deployment, ServiceError> {
    load_with(pool, catalog, actor, id, Extras::default()).await
}

/// [`load`], with what else a page shows of the deployment.
pub async fn load_with(
    pool: &Pool,
    catalog: &Catalog,
    actor: &Actor,
    id: i64,
    extras: Extras<'_>,
) -> Result<Deployment, ServiceError> {
    let mut conn = pool.acquire().await?;
    let read =
        db::deployments::read(&mut conn, id, extras.handoffs, extras.history_of, extras.answers).await?.ok_or_else(
            || ServiceError::NotFound(crate::i18n::t_with("not-found-deployment", &[("id", &id.to_string())])),
        )?;
    // The plan is found by the hash of the answers; the text itself is read
    // (kilobytes, once more) only when it was not planned recently.
    // In the reader's language: what is read here is shown.
    let lang = crate::i18n::current();
    let planned = match catalog.planned_in(&read.row.answers_sha256, lang) {
        Some(planned) => planned,
        None => {
            let text = match extras.answers {
                true => read.row.answers.clone(),
                false => db::deployments::answers(&mut conn, id).await?.unwrap_or_default(),
            };
            catalog.plan_in(&text, lang).map_err(ServiceError::Invalid)?
        }
    };
    drop(conn);
    authorize(pool, actor, Action::ReadDeployment(&planned.roles), &format!("deployment:{id}")).await?;
    Ok(Deployment {
        row: read.row,
        planned,
        records: db::workflow::records_by_step(read.records),
        handoffs: read.handoffs,
        history: read.history,
    })
}

/// How many deployments a page of the list shows.
pub const PAGE_SIZE: i64 = 50;

/// One page of the deployments `actor` may read, newest first, and the id
/// to continue from when there are more.
pub async fn list(
    pool: &Pool,
    actor: &Actor,
    filter: &db::deployments::ListFilter,
) -> Result<(Vec<db::deployments::Listed>, Option<i64>), ServiceError> {
    let mut filter = filter.clone();
    // The mask narrows the walk to deployments the person may read; the one
    // authorisation function still decides each row.
    filter.roles_mask = (!reads_everything(actor)).then(|| Role::mask(&actor.deployment_roles()));
    filter.limit = PAGE_SIZE + 1;
    let mut conn = pool.acquire().await?;
    let mut rows = db::deployments::page(&mut conn, &filter).await?;
    let more = rows.len() as i64 > PAGE_SIZE;
    rows.truncate(PAGE_SIZE as usize);
    let next = if more { rows.last().map(|r| r.id) } else { None };
    rows.retain(|row| crate::auth::authorize(actor, Action::ReadDeployment(&Role::from_mask(row.roles_mask))).is_ok());
    Ok((rows, next))
}

/// Whether `actor` reads every deployment, whatever roles its plan names.
pub(super) fn reads_everything(actor: &Actor) -> bool {
    crate::auth::authorize(actor, Action::ReadDeployment(&[])).is_ok()
}

/// One script of a deployment, for someone who may read the deployment; the
/// download is recorded with the script's hash.
pub async fn download_script(
    pool: &Pool,
    catalog: &Catalog,
    actor: &Actor,
    id: i64,
    file_name: &str,
    generated_at: &str,
) -> Result<Script, ServiceError> {
    let deployment = load(pool, catalog, actor, id).await?;
    let script = script::named(deployment.plan(), file_name, generated_at)
        .ok_or_else(|| ServiceError::NotFound(crate::i18n::t("not-found-this-script")))?;
    let target = format!("deployment:{id}/script:{}", script.file_name);
    let mut tx = db::begin_write(pool).await?;
    let event = event_by(actor, "script.download", target, Outcome::Done)
        .detail(serde_json::json!({ "body_sha256": script.body_sha256, "steps": script.steps }));
    db::audit::record(&mut tx, &event).await?;
    tx.commit().await?;
    Ok(script)
}

/// A sign-off's evidence file, for someone who may read the deployment; the
/// download is recorded with the file's hash.
pub async fn download_evidence(
    pool: &Pool,
    catalog: &Catalog,
    actor: &Actor,
    id: i64,
    signoff: i64,
) -> Result<(String, Vec<u8>), ServiceError> {
    load(pool, catalog, actor, id).await?;
    let mut tx = db::begin_write(pool).await?;
    let (name, bytes, sha256) = db::workflow::evidence(&mut tx, id, signoff)
        .await?
        .ok_or_else(|| ServiceError::NotFound(crate::i18n::t("not-found-this-evidence")))?;
    let event = event_by(actor, "evidence.download", format!("deployment:{id}/signoff:{signoff}"), Outcome::Done)
        .detail(serde_json::json!({ "name": name, "sha256": sha256 }));
    db::audit::record(&mut tx, &event).await?;
    tx.commit().await?;
    Ok((name, bytes))
}
