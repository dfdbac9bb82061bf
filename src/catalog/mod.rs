//! The procedures as data: the TOML files under `data/`, compiled into the
//! binary and checked when they load (see [`load`]).

mod load;
pub mod translations;

use serde::Serialize;

use crate::condition::Condition;
use crate::render::template::Template;
use crate::roles::{Requirement, RoleSet};

pub use load::{CatalogError, SourceFile, cmdlet_names, load};

/// The files of the built-in catalog, in the order their steps are planned.
pub const BUILTIN_FILES: &[SourceFile] = &[
    SourceFile { name: "unified-messaging.toml", text: include_str!("data/unified-messaging.toml") },
    SourceFile { name: "owa-im.toml", text: include_str!("data/owa-im.toml") },
    SourceFile { name: "partner-applications.toml", text: include_str!("data/partner-applications.toml") },
    SourceFile { name: "autodiscover-oauth.toml", text: include_str!("data/autodiscover-oauth.toml") },
    SourceFile { name: "support.toml", text: include_str!("data/support.toml") },
    SourceFile { name: "features.toml", text: include_str!("data/features.toml") },
];

/// The built-in catalog with its translations, checked.
pub fn builtin() -> Result<Catalog, Vec<CatalogError>> {
    let mut catalog = load(BUILTIN_FILES)?;
    catalog.translations = translations::load(&catalog, translations::BUILTIN)?;
    Ok(catalog)
}

#[derive(Debug, Clone)]
pub struct Catalog {
    pub procedures: Vec<Procedure>,
    /// Every step of every procedure, in catalog order.
    pub steps: Vec<Step>,
    pub unsupported: Vec<SupportRule>,
    pub warnings: Vec<SupportRule>,
    pub matrix: FeatureMatrix,
    /// Names this catalog and this release's way of planning: rows derived
    /// from a plan record it, and are written again when it differs.
    pub fingerprint: String,
    /// Recent plans (see [`crate::plan::cache`]).
    pub plans: crate::plan::cache::PlanCache,
    /// The prose in the other languages; English is the catalog itself.
    pub translations: std::collections::HashMap<crate::i18n::Lang, translations::Translation>,
}

impl Catalog {
    /// Plans an answers text, or returns the plan it was given recently.
    pub fn plan(&self, text: &str) -> Result<crate::plan::cache::Planned, Vec<crate::params::FieldError>> {
        self.plans.plan(self, text)
    }

    /// [`Catalog::plan`] with the prose in `lang`, for a person to read.
    pub fn plan_in(
        &self,
        text: &str,
        lang: crate::i18n::Lang,
    ) -> Result<crate::plan::cache::Planned, Vec<crate::params::FieldError>> {
        self.plans.plan_in(self, text, lang)
    }

    /// [`Catalog::planned`] with the prose in `lang`.
    pub fn planned_in(&self, sha256: &str, lang: crate::i18n::Lang) -> Option<crate::plan::cache::Planned> {
        let mut key = [0u8; 32];
        hex::decode_to_slice(sha256, &mut key).ok()?;
        self.plans.planned_in(self, &key, lang)
    }

    /// The catalog's texts in `lang`, when it is not English.
    pub fn translation(&self, lang: crate::i18n::Lang) -> Option<&translations::Translation> {
        self.translations.get(&lang)
    }

    /// A step's title in `lang`.
    pub fn step_title(&self, key: &str, lang: crate::i18n::Lang) -> Option<&str> {
        self.translation(lang)
            .and_then(|t| t.steps.get(key))
            .map(|t| t.title.as_str())
            .or_else(|| self.step(key).map(|s| s.title.as_str()))
    }

    pub fn step(&self, key: &str) -> Option<&Step> {
        self.steps.iter().find(|s| s.key == key)
    }

    pub fn procedure(&self, key: &str) -> Option<&Procedure> {
        self.procedures.iter().find(|p| p.key == key)
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Procedure {
    pub key: String,
    pub title: String,
    pub summary: String,
    /// The questionnaire's yes/no answer that turns the procedure on.
    pub integration: String,
    pub sources: Vec<String>,
}

/// Where a step's commands are typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Shell {
    ExchangeShell,
    LyncShell,
    WindowsPowershell,
    Cmd,
    Gui,
    DnsConsole,
    ConfigFile,
}

impl Shell {
    pub const ALL: [Shell; 7] = [
        Shell::ExchangeShell,
        Shell::LyncShell,
        Shell::WindowsPowershell,
        Shell::Cmd,
        Shell::Gui,
        Shell::DnsConsole,
        Shell::ConfigFile,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Shell::ExchangeShell => "exchange-shell",
            Shell::LyncShell => "lync-shell",
            Shell::WindowsPowershell => "windows-powershell",
            Shell::Cmd => "cmd",
            Shell::Gui => "gui",
            Shell::DnsConsole => "dns-console",
            Shell::ConfigFile => "config-file",
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Shell::ExchangeShell => "Exchange Management Shell",
            Shell::LyncShell => "Lync Server Management Shell",
            Shell::WindowsPowershell => "Windows PowerShell (as Administrator)",
            Shell::Cmd => "Command Prompt (as Administrator)",
            Shell::Gui => "a graphical tool",
            Shell::DnsConsole => "DNS Manager",
            Shell::ConfigFile => "a text editor (configuration file)",
        }
    }

    /// [`Shell::name`] in `lang`.
    pub fn name_in(self, lang: crate::i18n::Lang) -> String {
        lang.t(&format!("shell-{}", self.key()))
    }

    /// Steps in these shells are things a person does by hand; a script
    /// shows them as numbered instructions and waits.
    pub fn is_manual(self) -> bool {
        matches!(self, Shell::Gui | Shell::DnsConsole | Shell::ConfigFile)
    }

    /// The one PowerShell host that can run this shell's commands, if any.
    pub fn own_host(self) -> Option<Shell> {
        match self {
            Shell::ExchangeShell | Shell::LyncShell | Shell::WindowsPowershell => Some(self),
            _ => None,
        }
    }

    fn parse(key: &str) -> Option<Shell> {
        Shell::ALL.into_iter().find(|s| s.key() == key)
    }
}

/// A command template and when, and for what, it is rendered.
#[derive(Debug, Clone)]
pub struct CommandTemplate {
    pub template: Template,
    pub when: Condition,
    /// A list parameter: the command is rendered once per element.
    pub for_each: Option<String>,
    /// Over records: only for those whose field has (or has not) a value.
    pub item_when: Option<ItemCondition>,
}

/// `item.<field> == '<value>'` or `!=`: which records of a `for_each` a line is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemCondition {
    pub field: String,
    pub equals: bool,
    pub value: String,
}

impl ItemCondition {
    /// `item.services != 'call-router'`; `None` when it is not of that form.
    pub fn parse(text: &str) -> Option<ItemCondition> {
        let (left, equals, right) = if let Some((l, r)) = text.split_once("!=") {
            (l, false, r)
        } else {
            let (l, r) = text.split_once("==")?;
            (l, true, r)
        };
        let field = left.trim().strip_prefix("item.")?.to_owned();
        let value = right.trim().strip_prefix('\'')?.strip_suffix('\'')?.to_owned();
        (!field.is_empty() && field.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')).then_some(ItemCondition {
            field,
            equals,
            value,
        })
    }

    pub fn holds(&self, record: &std::collections::BTreeMap<&'static str, crate::params::Scalar>) -> bool {
        record.get(self.field.as_str()).is_some_and(|v| v.as_str() == self.value) == self.equals
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct DocLink {
    pub title: String,
    pub url: String,
}

/// Requirements that depend on the answers; the first that holds wins.
#[derive(Debug, Clone)]
pub struct ConditionalRequirement {
    pub when: Condition,
    pub requirement: Requirement,
}

#[derive(Debug, Clone)]
pub struct Step {
    pub key: String,
    pub procedure: String,
    pub file: String,
    pub title: String,
    pub description: String,
    pub shell: Shell,
    /// The PowerShell host whose script carries this step.
    pub host: Shell,
    pub when: Condition,
    pub depends_on: Vec<String>,
    pub requires: Requirement,
    pub requires_if: Vec<ConditionalRequirement>,
    pub instructions: Vec<CommandTemplate>,
    pub commands: Vec<CommandTemplate>,
    pub verify: Vec<CommandTemplate>,
    pub verify_instructions: Vec<CommandTemplate>,
    pub cautions: Vec<CommandTemplate>,
    pub docs: Vec<DocLink>,
    /// Read-only commands that must succeed before the step's commands run;
    /// `-Check` runs them too.
    pub preconditions: Vec<CommandTemplate>,
    pub source: StepSource,
}

/// Where a reviewer checks a step against Microsoft's documents.
#[derive(Debug, Clone, Default, Serialize)]
pub struct StepSource {
    /// The reference of every cmdlet the step runs, with its parameters.
    pub commands: String,
    /// The permission table its required groups come from.
    pub groups: String,
}

impl Step {
    /// Who may perform the step for these answers.
    pub fn requirement_for(&self, answers: &crate::questionnaire::Questionnaire) -> &Requirement {
        self.requires_if.iter().find(|c| c.when.holds(answers)).map_or(&self.requires, |c| &c.requirement)
    }

    /// The lane the step belongs to: its first alternative, the group the
    /// documentation names first. The others may also sign it.
    pub fn lane_for(&self, answers: &crate::questionnaire::Questionnaire) -> Option<&RoleSet> {
        self.requirement_for(answers).alternatives().first()
    }

    pub fn all_templates(&self) -> impl Iterator<Item = &CommandTemplate> {
        self.instructions
            .iter()
            .chain(&self.preconditions)
            .chain(&self.commands)
            .chain(&self.verify)
            .chain(&self.verify_instructions)
            .chain(&self.cautions)
    }
}

/// A combination the catalog refuses, or warns about, and why.
#[derive(Debug, Clone)]
pub struct SupportRule {
    pub when: Condition,
    /// The answer the message belongs beside, e.g. `integrations.owa_im`.
    pub field: String,
    pub message: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct MatrixColumn {
    pub key: String,
    pub title: String,
    #[serde(skip)]
    pub when: Condition,
}

#[derive(Debug, Clone, Serialize)]
pub struct MatrixCell {
    pub available: bool,
    /// A further condition the feature needs in this column.
    #[serde(skip)]
    pub needs: Condition,
    pub note: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct FeatureRow {
    pub name: String,
    pub cells: Vec<MatrixCell>,
}

#[derive(Debug, Clone, Serialize)]
pub struct FeatureMatrix {
    pub columns: Vec<MatrixColumn>,
    pub features: Vec<FeatureRow>,
    pub note: String,
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_builtin_catalog_loads_clean() {
        let catalog = super::builtin().unwrap_or_else(|errors| {
            panic!("{}", errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))
        });
        assert_eq!(catalog.procedures.len(), 4);
        assert!(catalog.steps.len() > 30);
        assert_eq!(catalog.matrix.columns.len(), 5);
    }
}
