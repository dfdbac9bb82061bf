//! Answers + parameters → the plan: the steps that apply, in order, each with
//! who may do it and its rendered commands. Pure: no I/O.

pub mod cache;
pub mod localize;

use std::collections::{BTreeSet, HashMap, HashSet};

use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::answers::Answers;
use crate::catalog::{Catalog, CommandTemplate, DocLink, Shell, Step};
use crate::params::{FieldError, ParamValue, Params};
use crate::questionnaire::Questionnaire;
use crate::render::template::{Item, Language, ValueRef};
use crate::roles::{Requirement, RoleSet, Team};

#[derive(Debug, Clone, Serialize)]
pub struct Plan {
    pub deployment: String,
    pub questionnaire: Questionnaire,
    pub procedures: Vec<PlannedProcedure>,
    pub steps: Vec<PlannedStep>,
    pub lanes: Vec<Lane>,
    pub warnings: Vec<String>,
    pub features: FeatureReport,
    /// The language its prose is in (see [`localize`]); commands and signed texts are English.
    pub lang: crate::i18n::Lang,
}

impl Plan {
    /// Every group some step may need, in any of its alternatives.
    pub fn roles(&self) -> Vec<crate::roles::Role> {
        let mut roles: Vec<crate::roles::Role> = self
            .steps
            .iter()
            .flat_map(|s| s.requirement.alternatives().iter().flat_map(|a| a.roles().iter().copied()))
            .collect();
        roles.sort();
        roles.dedup();
        roles
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct PlannedProcedure {
    pub key: String,
    pub title: String,
    pub summary: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct PlannedStep {
    /// 1-based position in the plan's order.
    pub number: usize,
    pub key: String,
    pub procedure: String,
    pub title: String,
    pub description: String,
    pub shell: Shell,
    /// The management shell whose script carries the step.
    pub host: Shell,
    /// Who may perform it: any one alternative, every group of it.
    pub requirement: Requirement,
    /// The lane (and script) the step is planned in: the first alternative.
    pub lane: String,
    pub depends_on: Vec<String>,
    pub instructions: Vec<String>,
    /// Read-only commands that must succeed before the commands run.
    pub preconditions: Vec<String>,
    /// The commands as typed in the step's own shell (PowerShell, a cmd line,
    /// or the lines of a configuration file).
    pub commands: Vec<String>,
    pub verify: Vec<String>,
    pub verify_instructions: Vec<String>,
    pub cautions: Vec<String>,
    pub docs: Vec<DocLink>,
    /// Where a reviewer checks the commands and the groups.
    pub source: crate::catalog::StepSource,
    /// Everything a person sees to perform the step, encoded as
    /// [`StepContent::encode`] says: the exact bytes a sign-off vouches for.
    #[serde(skip)]
    pub content: String,
    /// SHA-256 of `content`; a sign-off records it, and a change of it makes
    /// the sign-off stale.
    pub content_sha256: String,
    /// The commands as a PowerShell script runs them.
    #[serde(skip)]
    pub script_commands: Vec<String>,
}

/// What a sign-off vouches for: the step's text as its page shows it.
///
/// Encoded as one JSON object with exactly these keys in this order
/// (`preconditions` only when there are any, so that the text of steps
/// without them reads as it did before they existed), each
/// line a string, in serde_json's compact form (no whitespace between
/// tokens, non-ASCII as UTF-8, only `"`, `\\` and control characters
/// escaped). A sign-off stores these bytes and their SHA-256, so that
/// `sha256(content) == content_sha256` can be checked by anyone.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(default)]
pub struct StepContent {
    pub title: String,
    pub instructions: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub preconditions: Vec<String>,
    pub commands: Vec<String>,
    pub verify: Vec<String>,
    pub verify_instructions: Vec<String>,
    pub cautions: Vec<String>,
}

impl StepContent {
    pub fn encode(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Reads stored content back; text stored before the title was part of
    /// it reads with an empty title.
    pub fn decode(stored: &str) -> Option<StepContent> {
        serde_json::from_str(stored).ok()
    }

    /// The content as plain lines, to show two versions side by side; the
    /// headings are in the request's language, the stored lines as stored.
    pub fn to_text(&self) -> String {
        let mut lines = vec![self.title.clone()];
        for (heading, section) in [
            ("plan-content-instructions", &self.instructions),
            ("plan-content-preconditions", &self.preconditions),
            ("plan-content-commands", &self.commands),
            ("plan-content-verify", &self.verify),
            ("plan-content-verify-instructions", &self.verify_instructions),
            ("plan-content-cautions", &self.cautions),
        ] {
            if !section.is_empty() {
                lines.push(format!("\n{}", crate::i18n::t(heading)));
                lines.extend(section.iter().cloned());
            }
        }
        lines.join("\n")
    }
}

impl PlannedStep {
    /// Whether `hash`, computed by a sign-off's `encoding`, is this step's
    /// content now. Encoding 1 is the hash sign-offs carried before the
    /// content was stored byte for byte: length-prefixed title and
    /// sections, without the cautions. It is recomputed, never rewritten,
    /// so that old sign-offs keep what they recorded.
    pub fn content_is(&self, hash: &str, encoding: i64) -> bool {
        if encoding >= 2 {
            return hash == self.content_sha256;
        }
        let mut hasher = Sha256::new();
        let mut feed = |text: &str| {
            hasher.update((text.len() as u64).to_be_bytes());
            hasher.update(text.as_bytes());
        };
        feed(&self.title);
        for section in [&self.instructions, &self.commands, &self.verify, &self.verify_instructions] {
            feed(&section.len().to_string());
            for line in section {
                feed(line);
            }
        }
        hash == hex::encode(hasher.finalize())
    }
}

/// The SHA-256 of some text, in lower-case hex.
pub fn sha256_hex(text: &str) -> String {
    hex::encode(Sha256::digest(text.as_bytes()))
}

#[derive(Debug, Clone, Serialize)]
pub struct Lane {
    pub key: String,
    pub name: String,
    pub team: Team,
    pub roles: RoleSet,
    pub steps: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct FeatureReport {
    /// The matrix column of this combination, if the matrix covers it.
    pub column: Option<String>,
    pub column_title: Option<String>,
    pub features: Vec<FeatureStatus>,
    pub note: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct FeatureStatus {
    pub name: String,
    pub available: bool,
    pub note: Option<String>,
}

/// Reads an answers file and plans it, reporting every problem together:
/// those of the file, and those of the plan as far as the file could be read
/// (an unsupported combination, a parameter a step needs).
pub fn from_answers_text(catalog: &Catalog, text: &str) -> Result<(Answers, Plan), Vec<FieldError>> {
    let partial = crate::answers::read(text);
    let mut errors = partial.errors.clone();
    let Some(questionnaire) = partial.questionnaire.clone() else { return Err(errors) };
    let placeholder = crate::params::Kind::DeploymentName.parse("unnamed").map(|p| p.value).ok();
    let Some(deployment_name) = partial.deployment_name.clone().or(placeholder) else { return Err(errors) };
    let probe = Answers { deployment_name, questionnaire, params: partial.params, warnings: partial.warnings };
    match build(catalog, &probe) {
        Ok(plan) if errors.is_empty() => return Ok((probe, plan)),
        Ok(_) => {}
        Err(plan_errors) => merge_errors(&mut errors, plan_errors),
    }
    Err(errors)
}

/// Adds `more` to `errors`, leaving out those about a field already refused:
/// a refused parameter is not also "missing".
pub fn merge_errors(errors: &mut Vec<FieldError>, more: Vec<FieldError>) {
    let refused: Vec<String> = errors.iter().map(|e| field_root(&e.field).to_owned()).collect();
    errors.extend(more.into_iter().filter(|e| !refused.iter().any(|r| r == field_root(&e.field))));
}

/// `parameters.um_users[1].extension` → `parameters.um_users`.
pub fn field_root(field: &str) -> &str {
    field.split('[').next().unwrap_or(field)
}

/// Builds the plan, or says every reason it cannot be built.
pub fn build(catalog: &Catalog, answers: &Answers) -> Result<Plan, Vec<FieldError>> {
    let q = &answers.questionnaire;
    let mut errors: Vec<FieldError> = catalog
        .unsupported
        .iter()
        .filter(|rule| rule.when.holds(q))
        .map(|rule| {
            let message = localize::unsupported_message(catalog, &rule.message, crate::i18n::current());
            FieldError::new(&rule.field, &answer_text(q, &rule.field), message)
        })
        .collect();

    let applicable: Vec<&Step> = catalog.steps.iter().filter(|step| applies(catalog, step, q)).collect();
    errors.extend(missing_parameters(&applicable, &answers.params, q));
    if !errors.is_empty() {
        return Err(errors);
    }

    let applicable_keys: HashSet<&str> = applicable.iter().map(|s| s.key.as_str()).collect();
    let dependencies: HashMap<&str, Vec<String>> = applicable
        .iter()
        .map(|step| (step.key.as_str(), effective_dependencies(catalog, step, &applicable_keys)))
        .collect();
    let ordered = order(&applicable, &dependencies);

    let mut steps = Vec::with_capacity(ordered.len());
    for (index, step) in ordered.iter().enumerate() {
        let depends_on = dependencies.get(step.key.as_str()).cloned().unwrap_or_default();
        match plan_step(step, index + 1, depends_on, answers) {
            Ok(planned) => steps.push(planned),
            Err(message) => errors.push(FieldError::new(format!("steps.{}", step.key), "", message)),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }

    let mut warnings: Vec<String> = answers.warnings.iter().map(ToString::to_string).collect();
    warnings.extend(catalog.warnings.iter().filter(|rule| rule.when.holds(q)).map(|rule| rule.message.clone()));

    Ok(Plan {
        deployment: answers.deployment_name.as_str().to_owned(),
        questionnaire: q.clone(),
        procedures: catalog
            .procedures
            .iter()
            .filter(|p| q.fact(&p.integration) == Some(crate::questionnaire::Fact::YesNo(true)))
            .map(|p| PlannedProcedure { key: p.key.clone(), title: p.title.clone(), summary: p.summary.clone() })
            .collect(),
        lanes: lanes(&ordered, q),
        steps,
        warnings,
        features: features(catalog, q),
        lang: crate::i18n::Lang::En,
    })
}

fn applies(catalog: &Catalog, step: &Step, q: &Questionnaire) -> bool {
    let integration_on = catalog
        .procedure(&step.procedure)
        .is_some_and(|p| q.fact(&p.integration) == Some(crate::questionnaire::Fact::YesNo(true)));
    integration_on && step.when.holds(q)
}

/// The answer a support rule names, as the user gave it, for the message.
fn answer_text(q: &Questionnaire, field: &str) -> String {
    let key = field.rsplit('.').next().unwrap_or(field);
    match q.fact(key) {
        Some(crate::questionnaire::Fact::YesNo(yes)) => yes.to_string(),
        Some(crate::questionnaire::Fact::Exchange(v)) => v.key().to_owned(),
        Some(crate::questionnaire::Fact::Lync(v)) => v.key().to_owned(),
        None => String::new(),
    }
}

fn rendered_templates<'a>(step: &'a Step, q: &'a Questionnaire) -> impl Iterator<Item = &'a CommandTemplate> {
    step.all_templates().filter(move |t| t.when.holds(q))
}

/// The parameters a command template uses, and the list it loops over.
fn parameter_names(template: &CommandTemplate) -> impl Iterator<Item = &str> {
    template
        .template
        .refs()
        .filter_map(|r| match r {
            ValueRef::Param(name) => Some(name.as_str()),
            _ => None,
        })
        .chain(template.for_each.as_deref())
}

/// The parameters the steps that apply to these answers use: what the form asks for.
pub fn needed_parameters(catalog: &Catalog, q: &Questionnaire) -> BTreeSet<String> {
    catalog
        .steps
        .iter()
        .filter(|step| applies(catalog, step, q))
        .flat_map(|step| rendered_templates(step, q))
        .flat_map(parameter_names)
        .map(str::to_owned)
        .collect()
}

/// Every parameter an applicable command uses and the answers lack, named
/// with the first step that needs it.
fn missing_parameters(steps: &[&Step], params: &Params, q: &Questionnaire) -> Vec<FieldError> {
    let mut reported = BTreeSet::new();
    let mut errors = Vec::new();
    for step in steps {
        for template in rendered_templates(step, q) {
            for name in parameter_names(template) {
                let empty_list = matches!(params.get(name), Some(ParamValue::List(l)) if l.is_empty())
                    || matches!(params.get(name), Some(ParamValue::Records(r)) if r.is_empty());
                if (params.get(name).is_none() || empty_list) && reported.insert(name.to_owned()) {
                    let help = crate::params::schema::find(name).map_or_else(String::new, |spec| spec.help());
                    errors.push(FieldError::new(
                        format!("parameters.{name}"),
                        "",
                        crate::i18n::t_with(
                            "plan-parameter-needed",
                            &[("step", step.key.as_str()), ("title", step.title.as_str()), ("help", help.as_str())],
                        ),
                    ));
                }
            }
        }
    }
    errors
}

/// A dependency on a step that does not apply is replaced by that step's
/// own dependencies, so the order around it holds.
fn effective_dependencies(catalog: &Catalog, step: &Step, applicable: &HashSet<&str>) -> Vec<String> {
    let mut found = Vec::new();
    let mut seen = HashSet::new();
    let mut pending: Vec<&str> = step.depends_on.iter().map(String::as_str).rev().collect();
    while let Some(key) = pending.pop() {
        if !seen.insert(key) {
            continue;
        }
        if applicable.contains(key) {
            found.push(key.to_owned());
        } else if let Some(skipped) = catalog.step(key) {
            pending.extend(skipped.depends_on.iter().map(String::as_str).rev());
        }
    }
    found
}

/// Dependencies first; otherwise catalog order. The catalog has no cycles
/// (checked when it loads), so every step is placed.
fn order<'a>(steps: &[&'a Step], dependencies: &HashMap<&str, Vec<String>>) -> Vec<&'a Step> {
    let mut placed: HashSet<&str> = HashSet::new();
    let mut ordered = Vec::with_capacity(steps.len());
    while ordered.len() < steps.len() {
        let next = steps.iter().find(|step| {
            !placed.contains(step.key.as_str())
                && dependencies
                    .get(step.key.as_str())
                    .is_none_or(|deps| deps.iter().all(|d| placed.contains(d.as_str())))
        });
        match next {
            Some(step) => {
                placed.insert(step.key.as_str());
                ordered.push(*step);
            }
            None => break,
        }
    }
    ordered
}

fn language_of(shell: Shell) -> Language {
    match shell {
        Shell::Cmd => Language::Cmd,
        Shell::ConfigFile => Language::Xml,
        Shell::Gui | Shell::DnsConsole => Language::Text,
        Shell::ExchangeShell | Shell::LyncShell | Shell::WindowsPowershell => Language::PowerShell,
    }
}

pub(super) fn render_all(
    templates: &[CommandTemplate],
    language: Language,
    answers: &Answers,
) -> Result<Vec<String>, String> {
    let q = &answers.questionnaire;
    let params = &answers.params;
    let mut lines = Vec::new();
    for template in templates.iter().filter(|t| t.when.holds(q)) {
        match template.for_each.as_deref().map(|name| params.get(name)) {
            None => lines.push(template.template.render(language, params, None)?),
            Some(Some(ParamValue::List(items))) => {
                for item in items {
                    lines.push(template.template.render(language, params, Some(Item::Scalar(item)))?);
                }
            }
            Some(Some(ParamValue::Records(records))) => {
                for record in records.iter().filter(|r| template.item_when.as_ref().is_none_or(|c| c.holds(r))) {
                    lines.push(template.template.render(language, params, Some(Item::Record(record)))?);
                }
            }
            Some(_) => {
                let name = template.for_each.as_deref().unwrap_or_default();
                return Err(crate::i18n::t_with("plan-not-a-list", &[("name", name)]));
            }
        }
    }
    Ok(lines)
}

fn plan_step(step: &Step, number: usize, depends_on: Vec<String>, answers: &Answers) -> Result<PlannedStep, String> {
    let q = &answers.questionnaire;
    let requirement = step.requirement_for(q).clone();
    let lane = requirement.alternatives().first().map(RoleSet::key).unwrap_or_default();
    let verify_language = if step.shell.is_manual() { Language::PowerShell } else { language_of(step.shell) };
    let instructions = render_all(&step.instructions, Language::Text, answers)?;
    let commands = render_all(&step.commands, language_of(step.shell), answers)?;
    let preconditions = render_all(&step.preconditions, verify_language, answers)?;
    let verify = render_all(&step.verify, verify_language, answers)?;
    let verify_instructions = render_all(&step.verify_instructions, Language::Text, answers)?;
    let script_commands = match step.shell {
        Shell::Cmd => render_all(&step.commands, Language::PowerShell, answers)?,
        _ => commands.clone(),
    };
    let cautions = render_all(&step.cautions, Language::Text, answers)?;
    let content = StepContent {
        title: step.title.clone(),
        instructions: instructions.clone(),
        preconditions: preconditions.clone(),
        commands: commands.clone(),
        verify: verify.clone(),
        verify_instructions: verify_instructions.clone(),
        cautions: cautions.clone(),
    }
    .encode();
    let content_sha256 = sha256_hex(&content);
    Ok(PlannedStep {
        number,
        key: step.key.clone(),
        procedure: step.procedure.clone(),
        title: step.title.clone(),
        description: step.description.clone(),
        shell: step.shell,
        host: step.host,
        requirement,
        lane,
        depends_on,
        instructions,
        preconditions,
        commands,
        verify,
        verify_instructions,
        cautions,
        docs: step.docs.clone(),
        source: step.source.clone(),
        content,
        content_sha256,
        script_commands,
    })
}

fn lanes(ordered: &[&Step], q: &Questionnaire) -> Vec<Lane> {
    let mut lanes: Vec<Lane> = Vec::new();
    for step in ordered {
        let Some(roles) = step.lane_for(q) else { continue };
        let key = roles.key();
        match lanes.iter_mut().find(|lane| lane.key == key) {
            Some(lane) => lane.steps.push(step.key.clone()),
            None => lanes.push(Lane {
                key,
                name: roles.name(),
                team: roles.team(),
                roles: roles.clone(),
                steps: vec![step.key.clone()],
            }),
        }
    }
    lanes
}

fn features(catalog: &Catalog, q: &Questionnaire) -> FeatureReport {
    let matrix = &catalog.matrix;
    let column = matrix.columns.iter().position(|c| c.when.holds(q));
    let features = match column {
        Some(index) => matrix
            .features
            .iter()
            .filter_map(|row| {
                let cell = row.cells.get(index)?;
                Some(FeatureStatus {
                    name: row.name.clone(),
                    available: cell.available && cell.needs.holds(q),
                    note: cell.note.clone(),
                })
            })
            .collect(),
        None => Vec::new(),
    };
    FeatureReport {
        column: column.and_then(|i| matrix.columns.get(i)).map(|c| c.key.clone()),
        column_title: column.and_then(|i| matrix.columns.get(i)).map(|c| c.title.clone()),
        features,
        note: matrix.note.clone(),
    }
}
