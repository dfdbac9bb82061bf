//! Reading and checking the catalog. Every mistake a catalog author can make
//! is an error naming the file and the step; all of them are reported at once.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt;

use serde::Deserialize;

use super::{
    Catalog, CommandTemplate, ConditionalRequirement, DocLink, FeatureMatrix, FeatureRow, ItemCondition, MatrixCell,
    MatrixColumn, Procedure, Shell, Step, SupportRule,
};
use crate::condition::Condition;
use crate::params::Kind;
use crate::params::schema::{self, Shape};
use crate::questionnaire::{QuestionKind, question};
use crate::render::template::{Segment, Template, Term, ValueRef};
use crate::roles::{Requirement, Role, RoleSet};

/// One catalog file: its name (for messages) and its TOML text.
#[derive(Debug, Clone, Copy)]
pub struct SourceFile {
    pub name: &'static str,
    pub text: &'static str,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CatalogError {
    pub file: String,
    pub step: Option<String>,
    pub message: String,
}

impl fmt::Display for CatalogError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.step {
            Some(step) => write!(f, "{}: step {}: {}", self.file, step, self.message),
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Document {
    procedure: Option<ProcedureDoc>,
    #[serde(default)]
    step: Vec<StepDoc>,
    #[serde(default)]
    unsupported: Vec<RuleDoc>,
    #[serde(default)]
    warning: Vec<RuleDoc>,
    note: Option<String>,
    #[serde(default)]
    column: Vec<ColumnDoc>,
    #[serde(default)]
    feature: Vec<FeatureDoc>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ProcedureDoc {
    key: String,
    title: String,
    summary: String,
    integration: String,
    #[serde(default)]
    sources: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StepDoc {
    key: String,
    title: String,
    description: String,
    shell: String,
    /// For steps outside a management shell: which script carries them.
    host: Option<String>,
    when: Option<String>,
    #[serde(default)]
    depends_on: Vec<String>,
    requires: Vec<Vec<String>>,
    #[serde(default)]
    requires_if: Vec<RequiresIfDoc>,
    #[serde(default)]
    instructions: Vec<LineDoc>,
    #[serde(default)]
    commands: Vec<LineDoc>,
    #[serde(default)]
    verify: Vec<LineDoc>,
    #[serde(default)]
    verify_instructions: Vec<LineDoc>,
    #[serde(default)]
    cautions: Vec<LineDoc>,
    #[serde(default)]
    docs: Vec<DocDoc>,
    /// Read-only commands that must succeed before the step's commands run.
    #[serde(default)]
    preconditions: Vec<LineDoc>,
    source: Option<SourceDoc>,
}

/// Where a reviewer checks the step: the documents its commands'
/// parameters and its required groups come from.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SourceDoc {
    #[serde(default)]
    commands: String,
    groups: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RequiresIfDoc {
    when: String,
    requires: Vec<Vec<String>>,
}

/// A command or instruction line: plain text, or a table with a condition
/// and a loop.
#[derive(Deserialize)]
#[serde(untagged)]
enum LineDoc {
    Plain(String),
    Full {
        run: String,
        when: Option<String>,
        for_each: Option<String>,
        /// `item.<field> == '<value>'` (or `!=`): the records of the loop the line is for.
        item_when: Option<String>,
    },
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DocDoc {
    title: String,
    url: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleDoc {
    when: String,
    field: String,
    message: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ColumnDoc {
    key: String,
    title: String,
    when: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FeatureDoc {
    name: String,
    cells: Vec<String>,
    #[serde(default)]
    notes: BTreeMap<String, String>,
}

/// Collects errors with their location while the catalog is checked.
struct Errors(Vec<CatalogError>);

impl Errors {
    fn at(&mut self, file: &str, step: Option<&str>, message: impl Into<String>) {
        self.0.push(CatalogError { file: file.to_owned(), step: step.map(str::to_owned), message: message.into() });
    }
}

/// Reads and checks catalog files.
pub fn load(files: &[SourceFile]) -> Result<Catalog, Vec<CatalogError>> {
    let mut errors = Errors(Vec::new());
    let mut catalog = Catalog {
        procedures: Vec::new(),
        steps: Vec::new(),
        unsupported: Vec::new(),
        warnings: Vec::new(),
        matrix: FeatureMatrix { columns: Vec::new(), features: Vec::new(), note: String::new() },
        fingerprint: fingerprint(files),
        plans: crate::plan::cache::PlanCache::default(),
        translations: Default::default(),
    };
    let mut step_files: HashMap<String, String> = HashMap::new();
    let mut matrix_file: Option<&str> = None;

    for file in files {
        let document: Document = match toml::from_str(file.text) {
            Ok(document) => document,
            Err(error) => {
                errors.at(file.name, None, format!("is not a valid catalog file: {}", error.to_string().trim()));
                continue;
            }
        };
        if let Some(procedure) = &document.procedure {
            read_procedure(file.name, procedure, &mut catalog, &mut errors);
        }
        for step in &document.step {
            let Some(procedure) = &document.procedure else {
                errors.at(file.name, Some(&step.key), "steps need a [procedure] in the same file");
                continue;
            };
            if let Some(first) = step_files.get(&step.key) {
                errors.at(file.name, Some(&step.key), format!("the key is used twice (first in {first})"));
                continue;
            }
            step_files.insert(step.key.clone(), file.name.to_owned());
            if let Some(step) = read_step(file.name, &procedure.key, step, &mut errors) {
                catalog.steps.push(step);
            }
        }
        for (doc, into) in
            [(&document.unsupported, &mut catalog.unsupported), (&document.warning, &mut catalog.warnings)]
        {
            for rule in doc {
                if let Some(rule) = read_rule(file.name, rule, &mut errors) {
                    into.push(rule);
                }
            }
        }
        if !document.column.is_empty() || !document.feature.is_empty() {
            if let Some(first) = matrix_file {
                errors.at(file.name, None, format!("a second feature matrix (the first is in {first})"));
            } else {
                matrix_file = Some(file.name);
                catalog.matrix = read_matrix(file.name, &document, &mut errors);
            }
        }
    }
    check_dependencies(&catalog.steps, &mut errors);
    if errors.0.is_empty() { Ok(catalog) } else { Err(errors.0) }
}

fn read_procedure(file: &str, doc: &ProcedureDoc, catalog: &mut Catalog, errors: &mut Errors) {
    if !is_key(&doc.key) {
        errors.at(file, None, format!("the procedure key '{}' is not lower-case letters, digits and -", doc.key));
    }
    match question(&doc.integration) {
        Some(q) if q.kind == QuestionKind::YesNo && q.section == "integrations" => {}
        _ => errors.at(file, None, format!("'{}' is not an integration of the questionnaire", doc.integration)),
    }
    if catalog.procedure(&doc.key).is_some() {
        errors.at(file, None, format!("the procedure key '{}' is used twice", doc.key));
    }
    catalog.procedures.push(Procedure {
        key: doc.key.clone(),
        title: doc.title.clone(),
        summary: doc.summary.trim().to_owned(),
        integration: doc.integration.clone(),
        sources: doc.sources.clone(),
    });
}

fn is_key(text: &str) -> bool {
    !text.is_empty() && text.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

fn condition(file: &str, step: Option<&str>, text: Option<&str>, errors: &mut Errors) -> Condition {
    Condition::parse_optional(text).unwrap_or_else(|message| {
        errors.at(file, step, format!("the condition \"{}\": {message}", text.unwrap_or_default()));
        Condition::Always
    })
}

fn requirement(file: &str, step: &str, doc: &[Vec<String>], errors: &mut Errors) -> Requirement {
    if doc.is_empty() || doc.iter().any(Vec::is_empty) {
        errors.at(file, Some(step), "requires has an empty list of groups");
    }
    let sets = doc
        .iter()
        .map(|set| {
            RoleSet::new(
                set.iter()
                    .filter_map(|key| {
                        let role = Role::parse(key);
                        if role.is_none() {
                            errors.at(file, Some(step), format!("'{key}' is not a known role"));
                        }
                        role
                    })
                    .collect(),
            )
        })
        .collect();
    Requirement::new(sets)
}

fn read_step(file: &str, procedure: &str, doc: &StepDoc, errors: &mut Errors) -> Option<Step> {
    let key = doc.key.as_str();
    let at = Some(key);
    match key.strip_prefix(procedure).and_then(|rest| rest.strip_prefix('.')) {
        Some(rest) if is_key(rest) => {}
        _ => errors.at(file, at, format!("the key must be '{procedure}.' and lower-case letters, digits and -")),
    }
    let Some(shell) = Shell::parse(&doc.shell) else {
        let known: Vec<_> = Shell::ALL.iter().map(|s| s.key()).collect();
        errors.at(file, at, format!("'{}' is not a shell; use one of {}", doc.shell, known.join(", ")));
        return None;
    };
    let host = match (shell.own_host(), doc.host.as_deref()) {
        (Some(own), None) => own,
        (Some(_), Some(_)) => {
            errors.at(file, at, "host is only for steps outside a management shell");
            shell
        }
        (None, Some(text)) => match Shell::parse(text).and_then(Shell::own_host) {
            Some(host) => host,
            None => {
                errors.at(
                    file,
                    at,
                    format!("'{text}' is not a host; use exchange-shell, lync-shell or windows-powershell"),
                );
                shell
            }
        },
        (None, None) => {
            errors.at(file, at, format!("a {} step needs a host: the shell whose script carries it", shell.key()));
            shell
        }
    };
    let lines = |docs: &[LineDoc], language_shell: Shell, errors: &mut Errors| -> Vec<CommandTemplate> {
        docs.iter().filter_map(|line| read_line(file, key, line, language_shell, errors)).collect()
    };
    // Instructions are read by a person: any value may appear in them.
    let instructions = lines(&doc.instructions, Shell::Gui, errors);
    let commands = lines(&doc.commands, shell, errors);
    let verify = lines(&doc.verify, if shell.is_manual() { host } else { shell }, errors);
    let verify_instructions = lines(&doc.verify_instructions, Shell::Gui, errors);
    let preconditions = lines(&doc.preconditions, if shell.is_manual() { host } else { shell }, errors);
    let source = read_source(file, key, doc, [&commands, &verify, &preconditions], errors);
    check_preconditions(file, key, &preconditions, errors);
    if shell.is_manual() && instructions.is_empty() {
        errors.at(file, at, format!("a {} step needs instructions", shell.key()));
    }
    // A configuration file's commands are its lines; other manual steps have none.
    if matches!(shell, Shell::Gui | Shell::DnsConsole) && !doc.commands.is_empty() {
        errors.at(file, at, format!("a {} step has instructions, not commands", shell.key()));
    }
    if !shell.is_manual() && commands.is_empty() && verify.is_empty() {
        errors.at(file, at, "the step has neither commands nor verify commands");
    }
    let requires_if = doc
        .requires_if
        .iter()
        .map(|c| ConditionalRequirement {
            when: condition(file, at, Some(&c.when), errors),
            requirement: requirement(file, key, &c.requires, errors),
        })
        .collect();
    let docs = doc
        .docs
        .iter()
        .map(|d| {
            if !d.url.starts_with("https://") {
                errors.at(file, at, format!("the link {} is not https", d.url));
            }
            DocLink { title: d.title.clone(), url: d.url.clone() }
        })
        .collect();
    Some(Step {
        key: key.to_owned(),
        procedure: procedure.to_owned(),
        file: file.to_owned(),
        title: doc.title.clone(),
        description: doc.description.trim().to_owned(),
        shell,
        host,
        when: condition(file, at, doc.when.as_deref(), errors),
        depends_on: doc.depends_on.clone(),
        requires: requirement(file, key, &doc.requires, errors),
        requires_if,
        instructions,
        commands,
        verify,
        verify_instructions,
        cautions: lines(&doc.cautions, Shell::Gui, errors),
        docs,
        preconditions,
        source,
    })
}

/// Cmdlets any script runs to shape output; every other cmdlet a step runs
/// must be named in its source.
const PIPELINE_CMDLETS: &[&str] = &[
    "ForEach-Object",
    "Where-Object",
    "Select-Object",
    "Sort-Object",
    "Measure-Object",
    "Format-List",
    "Format-Table",
    "Out-String",
    "Write-Host",
    "Write-Output",
];

/// The verbs of the cmdlets a precondition may run: they read and change nothing.
const READ_ONLY_VERBS: &[&str] = &["Get", "Test", "Resolve"];

/// The `Verb-Noun` names a command line runs, outside its quoted text and
/// its parameters.
pub fn cmdlet_names(line: &str) -> Vec<String> {
    let mut rest = line;
    // Quoted text and {{ values }} name no cmdlet.
    let mut code = String::new();
    while let Some(c) = rest.chars().next() {
        if let Some(after) = rest.strip_prefix("{{") {
            rest = after.split_once("}}").map_or("", |(_, tail)| tail);
            code.push(' ');
            continue;
        }
        if c == '\'' || c == '"' {
            rest = rest[1..].split_once(c).map_or("", |(_, tail)| tail);
            code.push(' ');
            continue;
        }
        code.push(c);
        rest = &rest[c.len_utf8()..];
    }
    code.split(|c: char| c.is_whitespace() || "|{}();,@$".contains(c))
        .filter(|token| {
            token.split_once('-').is_some_and(|(verb, noun)| {
                verb.len() > 1
                    && verb.starts_with(|c: char| c.is_ascii_uppercase())
                    && verb.chars().all(|c| c.is_ascii_alphabetic())
                    && noun.starts_with(|c: char| c.is_ascii_uppercase())
                    && noun.chars().all(|c| c.is_ascii_alphanumeric())
            })
        })
        .map(str::to_owned)
        .collect()
}

fn read_source(
    file: &str,
    key: &str,
    doc: &StepDoc,
    runs: [&Vec<CommandTemplate>; 3],
    errors: &mut Errors,
) -> super::StepSource {
    let at = Some(key);
    let Some(source) = &doc.source else {
        errors.at(
            file,
            at,
            "names no source: end the step with a [step.source] table (commands = \"…\", groups = \"…\"): the documents its commands' parameters and its required groups come from",
        );
        return super::StepSource::default();
    };
    if source.groups.trim().is_empty() {
        errors.at(file, at, "source.groups is empty: name the permission table its required groups come from");
    }
    let lines: Vec<&str> = runs.iter().flat_map(|r| r.iter()).map(|c| c.template.source()).collect();
    if !lines.is_empty() && source.commands.trim().is_empty() {
        errors.at(file, at, "source.commands is empty: name the reference of the commands it runs");
    }
    let named = source.commands.to_ascii_lowercase();
    let mut missing: Vec<String> = lines
        .iter()
        .flat_map(|line| cmdlet_names(line))
        .filter(|name| !PIPELINE_CMDLETS.contains(&name.as_str()) && !named.contains(&name.to_ascii_lowercase()))
        .collect();
    missing.sort_unstable();
    missing.dedup();
    if !missing.is_empty() {
        errors.at(file, at, format!("runs {}, which source.commands does not name", missing.join(", ")));
    }
    super::StepSource { commands: source.commands.trim().to_owned(), groups: source.groups.trim().to_owned() }
}

/// A precondition is checked under -Check too, so it may only read.
fn check_preconditions(file: &str, key: &str, preconditions: &[CommandTemplate], errors: &mut Errors) {
    for line in preconditions {
        for name in cmdlet_names(line.template.source()) {
            let verb = name.split('-').next().unwrap_or_default();
            if !READ_ONLY_VERBS.contains(&verb)
                && !PIPELINE_CMDLETS.contains(&name.as_str())
                && name != "Invoke-Command"
            {
                errors.at(
                    file,
                    Some(key),
                    format!(
                        "the precondition \"{}\" runs {name}; a precondition only reads (Get-, Test-)",
                        line.template.source()
                    ),
                );
            }
        }
    }
}

/// Characters the literal text of a command-prompt line may hold: it is run
/// as typed by cmd.exe and, in a script, by PowerShell.
fn is_cmd_literal(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, ' ' | '.' | ':' | '/' | '\\' | '_' | '-' | '=')
}

fn read_line(file: &str, step: &str, doc: &LineDoc, shell: Shell, errors: &mut Errors) -> Option<CommandTemplate> {
    let (run, when, for_each, item_when) = match doc {
        LineDoc::Plain(run) => (run.as_str(), None, None, None),
        LineDoc::Full { run, when, for_each, item_when } => {
            (run.as_str(), when.as_deref(), for_each.as_deref(), item_when.as_deref())
        }
    };
    let at = Some(step);
    let template = match Template::parse(run) {
        Ok(template) => template,
        Err(message) => {
            errors.at(file, at, format!("the command \"{run}\": {message}"));
            return None;
        }
    };
    if run.contains(['\n', '\r']) {
        errors.at(
            file,
            at,
            format!(
                "the command \"{}\" spans lines; write one line per command",
                run.lines().next().unwrap_or_default()
            ),
        );
    }
    let loop_shape = match for_each {
        None => None,
        Some(name) => match schema::find(name).map(|p| p.shape) {
            Some(shape @ (Shape::List(_) | Shape::Records(_))) => Some(shape),
            Some(Shape::One(_)) => {
                errors.at(file, at, format!("for_each = \"{name}\" is not a list parameter"));
                return None;
            }
            None => {
                errors.at(file, at, format!("for_each names the unknown parameter '{name}'"));
                return None;
            }
        },
    };
    let mut kinds: Vec<Kind> = Vec::new();
    for reference in template.refs() {
        match (reference, loop_shape) {
            (ValueRef::Param(name), _) => match schema::find(name).map(|p| p.shape) {
                Some(Shape::One(kind)) => kinds.push(kind),
                Some(_) => errors.at(file, at, format!("the list parameter '{name}' is used without for_each")),
                None => errors.at(file, at, format!("the command uses the unknown parameter '{name}'")),
            },
            (ValueRef::Item, Some(Shape::List(kind))) => kinds.push(kind),
            (ValueRef::ItemField(field), Some(Shape::Records(fields))) => match fields.iter().find(|f| f.name == field)
            {
                Some(spec) => kinds.push(spec.kind),
                None => errors.at(file, at, format!("item.{field} is not a field of {}", for_each.unwrap_or_default())),
            },
            (ValueRef::Item, _) => errors.at(file, at, "item is used without a for_each over a list"),
            (ValueRef::ItemField(field), _) => {
                errors.at(file, at, format!("item.{field} is used without a for_each over records"))
            }
        }
    }
    if shell == Shell::Cmd {
        if let Some(kind) = kinds.iter().find(|k| !k.is_cmd_safe()) {
            errors.at(file, at, format!("a {} value cannot stand on a command-prompt line", kind.key()));
        }
        for segment in template.segments() {
            let text = match segment {
                Segment::Text(text) => text.as_str(),
                Segment::Placeholder(terms) => match terms.iter().find_map(|t| match t {
                    Term::Literal(text) => Some(text.as_str()),
                    Term::Value(_) => None,
                }) {
                    Some(text) => text,
                    None => continue,
                },
            };
            if let Some(c) = text.chars().find(|c| !is_cmd_literal(*c)) {
                errors.at(
                    file,
                    at,
                    format!("the command-prompt line \"{run}\" holds '{c}', which cmd or PowerShell would interpret"),
                );
            }
        }
    }
    let item_when = item_when.and_then(|text| {
        let parsed = ItemCondition::parse(text);
        let field = parsed.as_ref().and_then(|c| match loop_shape {
            Some(Shape::Records(fields)) => fields.iter().find(|f| f.name == c.field),
            _ => None,
        });
        match (&parsed, field) {
            (Some(condition), Some(spec))
                if spec.kind.parse(&condition.value).is_ok_and(|p| p.value.as_str() == condition.value) => {}
            (Some(condition), Some(spec)) => errors.at(
                file,
                at,
                format!(
                    "item_when: '{}' is not a value of item.{} ({})",
                    condition.value,
                    condition.field,
                    spec.kind.expected()
                ),
            ),
            (Some(condition), None) => {
                errors.at(file, at, format!("item_when: item.{} is not a field of the loop's records", condition.field))
            }
            (None, _) => {
                errors.at(file, at, format!("item_when = \"{text}\" is not item.<field> == '<value>' (or !=)"))
            }
        }
        parsed
    });
    Some(CommandTemplate {
        template,
        when: condition(file, at, when, errors),
        for_each: for_each.map(str::to_owned),
        item_when,
    })
}

fn read_rule(file: &str, doc: &RuleDoc, errors: &mut Errors) -> Option<SupportRule> {
    let when = Condition::parse(&doc.when)
        .map_err(|message| errors.at(file, None, format!("the condition \"{}\": {message}", doc.when)))
        .ok()?;
    let known_field =
        doc.field.split_once('.').is_some_and(|(section, key)| question(key).is_some_and(|q| q.section == section));
    if !known_field {
        errors.at(file, None, format!("'{}' is not a question of the questionnaire", doc.field));
    }
    Some(SupportRule { when, field: doc.field.clone(), message: doc.message.trim().to_owned() })
}

fn read_matrix(file: &str, doc: &Document, errors: &mut Errors) -> FeatureMatrix {
    let columns: Vec<MatrixColumn> = doc
        .column
        .iter()
        .map(|c| MatrixColumn {
            key: c.key.clone(),
            title: c.title.clone(),
            when: condition(file, None, Some(&c.when), errors),
        })
        .collect();
    let features = doc
        .feature
        .iter()
        .map(|f| {
            if f.cells.len() != columns.len() {
                errors.at(
                    file,
                    None,
                    format!("the feature \"{}\" has {} cells for {} columns", f.name, f.cells.len(), columns.len()),
                );
            }
            for column in f.notes.keys() {
                if !columns.iter().any(|c| &c.key == column) {
                    errors.at(
                        file,
                        None,
                        format!("the feature \"{}\" has a note for the unknown column {column}", f.name),
                    );
                }
            }
            let cells = f
                .cells
                .iter()
                .zip(&columns)
                .map(|(cell, column)| {
                    let (available, needs) = match cell.as_str() {
                        "yes" => (true, Condition::Always),
                        "no" => (false, Condition::Always),
                        other => match other.strip_prefix("yes if ") {
                            Some(text) => (true, condition(file, None, Some(text), errors)),
                            None => {
                                errors.at(
                                    file,
                                    None,
                                    format!(
                                        "the cell \"{other}\" of \"{}\" is not yes, no or yes if <condition>",
                                        f.name
                                    ),
                                );
                                (false, Condition::Always)
                            }
                        },
                    };
                    MatrixCell { available, needs, note: f.notes.get(&column.key).cloned() }
                })
                .collect();
            FeatureRow { name: f.name.clone(), cells }
        })
        .collect();
    FeatureMatrix { columns, features, note: doc.note.clone().unwrap_or_default().trim().to_owned() }
}

/// Every dependency names a step, and the steps form no cycle.
fn check_dependencies(steps: &[Step], errors: &mut Errors) {
    let keys: HashSet<&str> = steps.iter().map(|s| s.key.as_str()).collect();
    for step in steps {
        for dependency in &step.depends_on {
            if !keys.contains(dependency.as_str()) {
                errors.at(&step.file, Some(&step.key), format!("depends on '{dependency}', which is no step"));
            } else if dependency == &step.key {
                errors.at(&step.file, Some(&step.key), "depends on itself");
            }
        }
    }
    // Depth-first search with colours; a grey step met again closes a cycle.
    let index: HashMap<&str, &Step> = steps.iter().map(|s| (s.key.as_str(), s)).collect();
    let mut colour: HashMap<&str, u8> = HashMap::new();
    for step in steps {
        let mut path = Vec::new();
        if let Some(cycle) = find_cycle(step.key.as_str(), &index, &mut colour, &mut path) {
            let first = index.get(cycle[0]).map_or("", |s| s.file.as_str());
            errors.at(first, Some(cycle[0]), format!("its dependencies form a cycle: {}", cycle.join(" -> ")));
            // The search stopped inside the cycle; close it so it is reported once.
            for done in colour.values_mut() {
                *done = 2;
            }
        }
    }
}

fn find_cycle<'a>(
    key: &'a str,
    index: &HashMap<&'a str, &'a Step>,
    colour: &mut HashMap<&'a str, u8>,
    path: &mut Vec<&'a str>,
) -> Option<Vec<&'a str>> {
    match colour.get(key) {
        Some(2) => return None,
        Some(1) => {
            let start = path.iter().position(|k| *k == key).unwrap_or(0);
            let mut cycle = path[start..].to_vec();
            cycle.push(key);
            return Some(cycle);
        }
        _ => {}
    }
    colour.insert(key, 1);
    path.push(key);
    if let Some(step) = index.get(key) {
        for dependency in &step.depends_on {
            if dependency != key
                && index.contains_key(dependency.as_str())
                && let Some(cycle) = find_cycle(dependency.as_str(), index, colour, path)
            {
                return Some(cycle);
            }
        }
    }
    path.pop();
    colour.insert(key, 2);
    None
}

/// How the pages' rows are derived from a plan; moved on with any change to
/// that (lanes, roles, what a blocked step waits on), so that a start-up
/// writes the rows again even within one release.
const READ_MODEL_VERSION: &str = "read model 2: waiting_on as keys";

/// The SHA-256 of the catalog's files and the release that plans from them.
fn fingerprint(files: &[SourceFile]) -> String {
    use sha2::Digest;
    let mut hash = sha2::Sha256::new();
    hash.update(env!("CARGO_PKG_VERSION").as_bytes());
    hash.update(READ_MODEL_VERSION.as_bytes());
    for file in files {
        for part in [file.name, file.text] {
            hash.update((part.len() as u64).to_be_bytes());
            hash.update(part.as_bytes());
        }
    }
    hex::encode(hash.finalize())
}
