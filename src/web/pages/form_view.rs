//! The answers form as the template shows it: groups of fields, each with
//! its value as typed and its errors.

use crate::answers::form::FormFields;
use crate::i18n::{t, t_with};
use crate::params::schema::{Group, PARAMETERS, Shape};
use crate::params::{FieldError, is_missing, show_value};
use crate::plan::field_root as field_of;
use crate::questionnaire::{ExchangeVersion, LyncVersion, QUESTIONS, QuestionKind};
use crate::workflow::Countersigner;

pub enum Control {
    Text,
    Select(Vec<(String, String)>),
    Lines(usize),
}

pub struct FieldView {
    pub name: String,
    pub label: String,
    pub help: String,
    pub control: Control,
    pub value: String,
    pub errors: Vec<String>,
}

impl FieldView {
    /// The input's `aria-describedby` and `aria-invalid`: its errors and its help.
    pub fn described_by(&self) -> String {
        let mut ids = Vec::new();
        if !self.errors.is_empty() {
            ids.push(format!("{}-error", self.name));
        }
        if !self.help.is_empty() {
            ids.push(format!("{}-help", self.name));
        }
        let mut attributes = String::new();
        if !ids.is_empty() {
            attributes.push_str(&format!(" aria-describedby=\"{}\"", crate::render::quote::xml_escape(&ids.join(" "))));
        }
        if !self.errors.is_empty() {
            attributes.push_str(" aria-invalid=\"true\"");
        }
        attributes
    }

    /// The value as the person chose it: a menu's label, not its key.
    pub fn shown(&self) -> String {
        match &self.control {
            Control::Select(options) => options
                .iter()
                .find(|(key, _)| *key == self.value)
                .map_or_else(|| self.value.clone(), |(_, label)| label.clone()),
            _ => self.value.clone(),
        }
    }
}

pub struct GroupView {
    pub title: String,
    pub fields: Vec<FieldView>,
}

pub struct FormView {
    pub groups: Vec<GroupView>,
    /// Each field's problems, linked from the top of the page: (field id, label, message).
    pub summary: Vec<(String, String, String)>,
    /// "There are 3 problems", or empty.
    pub errors_count: String,
    /// Errors that belong to no field (a step, the form as a whole).
    pub general: Vec<String>,
}

/// An error as shown beside its field: the field's own name is already on
/// the page, so only the value, the rule, and for lists the line.
fn message(error: &FieldError) -> String {
    let line = error
        .field
        .split_once('[')
        .and_then(|(_, rest)| rest.split_once(']'))
        .and_then(|(index, rest)| index.parse::<usize>().ok().map(|i| (i + 1, rest.trim_start_matches('.'))));
    // The question is the field's label already: "is missing: <the question>" says it twice.
    let body = if is_missing(&error.message) {
        t("form-needs-answer")
    } else if error.value.is_empty() {
        error.message.clone()
    } else {
        let value = show_value(&error.value);
        t_with("form-value-refused", &[("value", value.as_str()), ("message", error.message.as_str())])
    };
    match line {
        None => body,
        Some((line, "")) => {
            t_with("form-error-line", &[("line", line.to_string().as_str()), ("message", body.as_str())])
        }
        Some((line, key)) => {
            // The record's field by its label where the schema knows it (English keeps the key).
            let param = error.field.split('[').next().unwrap_or_default().trim_start_matches("parameters.");
            let label = crate::params::schema::find(param)
                .and_then(|p| match p.shape {
                    Shape::Records(fields) => fields.iter().find(|f| f.name == key),
                    _ => None,
                })
                .map_or_else(|| key.to_owned(), |f| f.label());
            t_with(
                "form-error-line-field",
                &[
                    ("line", line.to_string().as_str()),
                    ("key", key),
                    ("label", label.as_str()),
                    ("message", body.as_str()),
                ],
            )
        }
    }
}

/// The form; `with_rules` adds the sign-off rules, chosen when a deployment is created.
pub fn build(fields: &FormFields, errors: &[FieldError], with_rules: bool) -> FormView {
    let field = |name: String, label: String, help: String, control: Control| {
        let own: Vec<String> = errors.iter().filter(|e| field_of(&e.field) == name).map(message).collect();
        FieldView { value: fields.get(&name).cloned().unwrap_or_default(), name, label, help, control, errors: own }
    };
    let yes_no = || Control::Select(vec![("false".into(), t("form-answer-no")), ("true".into(), t("form-answer-yes"))]);
    let mut groups = vec![GroupView {
        title: t("form-group-deployment"),
        fields: vec![field(
            "deployment.name".into(),
            t("form-deployment-name"),
            t("form-deployment-name-help"),
            Control::Text,
        )],
    }];
    for (section, title) in [("topology", t("form-group-topology")), ("integrations", t("form-group-integrations"))] {
        let fields = QUESTIONS
            .iter()
            .filter(|q| q.section == section)
            .map(|q| {
                let control = match q.kind {
                    QuestionKind::YesNo => yes_no(),
                    QuestionKind::ExchangeVersion => Control::Select(
                        ExchangeVersion::ALL.iter().map(|(v, k, _)| ((*k).to_owned(), v.label())).collect(),
                    ),
                    QuestionKind::LyncVersion => {
                        Control::Select(LyncVersion::ALL.iter().map(|(v, k, _)| ((*k).to_owned(), v.label())).collect())
                    }
                };
                // The question, and what follows it as help; a version's list of keys is for the
                // answers file, the menu shows the names.
                let help = if matches!(q.kind, QuestionKind::YesNo) { q.help() } else { String::new() };
                field(format!("{section}.{}", q.key), q.label(), help, control)
            })
            .collect();
        groups.push(GroupView { title, fields });
    }
    if with_rules {
        let who = Countersigner::ALL.iter().map(|c| (c.key().to_owned(), countersigner_label(*c))).collect();
        let count = ["1", "2", "3"].iter().map(|n| ((*n).to_owned(), (*n).to_owned())).collect();
        groups.push(GroupView {
            title: t("form-group-sign-off-rules"),
            fields: vec![
                field(
                    "workflow.countersigner".into(),
                    t("form-countersigner"),
                    t("form-countersigner-help"),
                    Control::Select(who),
                ),
                field(
                    "workflow.countersignatures".into(),
                    t("form-countersignatures"),
                    String::new(),
                    Control::Select(count),
                ),
            ],
        });
    }
    for group in Group::ALL {
        let fields = PARAMETERS
            .iter()
            .filter(|p| p.group == group)
            .map(|spec| {
                let help = spec.help();
                let (control, help) = match spec.shape {
                    Shape::One(kind) => (
                        Control::Text,
                        t_with("form-help-one", &[("help", help.as_str()), ("expected", kind.expected().as_str())]),
                    ),
                    Shape::List(_) => (Control::Lines(3), t_with("form-help-list", &[("help", help.as_str())])),
                    Shape::Records(record) => {
                        let names: Vec<String> = record.iter().map(|f| f.label()).collect();
                        (
                            Control::Lines(4),
                            t_with(
                                "form-help-records",
                                &[("help", help.as_str()), ("fields", names.join(", ").as_str())],
                            ),
                        )
                    }
                };
                field(format!("parameters.{}", spec.name), spec.label(), help, control)
            })
            .collect();
        groups.push(GroupView { title: group.title(), fields });
    }
    let general: Vec<String> = errors
        .iter()
        .filter(|e| !groups.iter().any(|g| g.fields.iter().any(|f| f.name == field_of(&e.field))))
        .map(ToString::to_string)
        .collect();
    let errors_count = match errors.len() {
        0 => String::new(),
        n => t_with("form-errors-count", &[("count", n.to_string().as_str())]),
    };
    let summary = groups
        .iter()
        .flat_map(|g| &g.fields)
        .flat_map(|f| f.errors.iter().map(|e| (f.name.clone(), f.label.clone(), e.clone())))
        .collect();
    FormView { groups, summary, errors_count, general }
}

/// Which part of the new-deployment form a page shows.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Part<'a> {
    /// The deployment's name, the questions and the sign-off rules.
    Questions,
    /// The values the answers need.
    Parameters(&'a std::collections::BTreeSet<String>),
}

impl FormView {
    /// Only the fields of `part`; the rest travel as hidden fields.
    pub fn only(mut self, part: Part<'_>) -> FormView {
        let keep = |name: &str| match part {
            Part::Questions => !name.starts_with("parameters."),
            Part::Parameters(needed) => name.strip_prefix("parameters.").is_some_and(|n| needed.contains(n)),
        };
        for group in &mut self.groups {
            group.fields.retain(|f| keep(&f.name));
        }
        self.groups.retain(|g| !g.fields.is_empty());
        self.summary.retain(|(name, _, _)| keep(name));
        self
    }

    /// Every field's name, for the hidden fields of the other parts.
    pub fn names(&self) -> Vec<&str> {
        self.groups.iter().flat_map(|g| &g.fields).map(|f| f.name.as_str()).collect()
    }
}

/// A page's title, which says first that the form was refused: a screen reader reads it first.
pub fn title(page: &str, errors: &[FieldError]) -> String {
    if errors.is_empty() { page.to_owned() } else { t_with("form-title-error", &[("page", page)]) }
}

/// A choice of the countersigning rule, as the menu shows it.
fn countersigner_label(countersigner: Countersigner) -> String {
    t(match countersigner {
        Countersigner::SameRequirement => "form-countersigner-same-requirement",
        Countersigner::OtherTeam => "form-countersigner-other-team",
        Countersigner::Coordinator => "form-countersigner-coordinator",
    })
}
