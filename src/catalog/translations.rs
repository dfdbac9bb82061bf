//! The catalog's prose in Korean and Traditional Chinese: for each data file,
//! a file of the same name under `data/<lang>/` with the texts of its
//! procedure, steps, support rules and feature matrix, item by item.
//!
//! They are TOML beside TOML rather than Fluent messages because they are
//! documents, not phrases: an instruction holds `{{ parameter }}` values,
//! PowerShell braces and cmdlet names that Fluent's syntax would need
//! escaped in every line. The loader holds each translated item to its
//! English one: the same `{{ values }}` and every cmdlet the English names.

use std::collections::{BTreeSet, HashMap};

use serde::Deserialize;

use super::load::{CatalogError, SourceFile, cmdlet_names};
use super::{Catalog, CommandTemplate};
use crate::i18n::Lang;
use crate::render::template::{Template, ValueRef};

/// The translation files compiled in, by language.
pub const BUILTIN: &[(Lang, SourceFile)] = &[
    (Lang::Ko, SourceFile { name: "unified-messaging.toml", text: include_str!("data/ko/unified-messaging.toml") }),
    (Lang::Ko, SourceFile { name: "owa-im.toml", text: include_str!("data/ko/owa-im.toml") }),
    (
        Lang::Ko,
        SourceFile { name: "partner-applications.toml", text: include_str!("data/ko/partner-applications.toml") },
    ),
    (Lang::Ko, SourceFile { name: "autodiscover-oauth.toml", text: include_str!("data/ko/autodiscover-oauth.toml") }),
    (Lang::Ko, SourceFile { name: "support.toml", text: include_str!("data/ko/support.toml") }),
    (Lang::Ko, SourceFile { name: "features.toml", text: include_str!("data/ko/features.toml") }),
    (
        Lang::ZhTw,
        SourceFile { name: "unified-messaging.toml", text: include_str!("data/zh-TW/unified-messaging.toml") },
    ),
    (Lang::ZhTw, SourceFile { name: "owa-im.toml", text: include_str!("data/zh-TW/owa-im.toml") }),
    (
        Lang::ZhTw,
        SourceFile { name: "partner-applications.toml", text: include_str!("data/zh-TW/partner-applications.toml") },
    ),
    (
        Lang::ZhTw,
        SourceFile { name: "autodiscover-oauth.toml", text: include_str!("data/zh-TW/autodiscover-oauth.toml") },
    ),
    (Lang::ZhTw, SourceFile { name: "support.toml", text: include_str!("data/zh-TW/support.toml") }),
    (Lang::ZhTw, SourceFile { name: "features.toml", text: include_str!("data/zh-TW/features.toml") }),
];

/// The catalog's texts in one language other than English.
#[derive(Debug, Clone, Default)]
pub struct Translation {
    /// Title and summary, by procedure key.
    pub procedures: HashMap<String, (String, String)>,
    pub steps: HashMap<String, StepText>,
    /// The support rules' messages, in the catalog's order.
    pub unsupported: Vec<String>,
    pub warnings: Vec<String>,
    pub columns: Vec<String>,
    pub features: Vec<String>,
    pub note: String,
    /// The matrix cells' notes, by their English text.
    pub cell_notes: HashMap<String, String>,
}

/// A step's prose; the lists are the English templates with the text swapped,
/// so that their conditions and loops stay the English ones.
#[derive(Debug, Clone, Default)]
pub struct StepText {
    pub title: String,
    pub description: String,
    pub instructions: Vec<CommandTemplate>,
    pub verify_instructions: Vec<CommandTemplate>,
    pub cautions: Vec<CommandTemplate>,
    pub docs: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Document {
    procedure: Option<ProcedureDoc>,
    #[serde(default)]
    step: HashMap<String, StepDoc>,
    #[serde(default)]
    unsupported: Vec<String>,
    #[serde(default)]
    warning: Vec<String>,
    #[serde(default)]
    columns: Vec<String>,
    #[serde(default)]
    features: Vec<String>,
    note: Option<String>,
    #[serde(default)]
    cell_notes: HashMap<String, String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ProcedureDoc {
    title: String,
    summary: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StepDoc {
    title: String,
    #[serde(default)]
    description: String,
    #[serde(default)]
    instructions: Vec<String>,
    #[serde(default)]
    verify_instructions: Vec<String>,
    #[serde(default)]
    cautions: Vec<String>,
    #[serde(default)]
    docs: Vec<String>,
}

/// Reads the translation files against the English catalog; every step,
/// rule and column must have its text in every language.
pub fn load(catalog: &Catalog, files: &[(Lang, SourceFile)]) -> Result<HashMap<Lang, Translation>, Vec<CatalogError>> {
    let mut errors = Vec::new();
    let mut by_lang: HashMap<Lang, Translation> = HashMap::new();
    for (lang, file) in files {
        let at = |step: Option<&str>, message: String| CatalogError {
            file: format!("{}/{}", lang.tag(), file.name),
            step: step.map(str::to_owned),
            message,
        };
        let document: Document = match toml::from_str(file.text) {
            Ok(document) => document,
            Err(error) => {
                errors.push(at(None, format!("is not a valid translation file: {}", error.to_string().trim())));
                continue;
            }
        };
        let into = by_lang.entry(*lang).or_default();
        if let Some(procedure) = document.procedure {
            // The procedure of a file is the one whose steps it translates.
            let key = document.step.keys().next().and_then(|k| catalog.step(k)).map(|s| s.procedure.clone());
            match key {
                Some(key) => {
                    into.procedures
                        .insert(key, (procedure.title.trim().to_owned(), procedure.summary.trim().to_owned()));
                }
                None => errors.push(at(None, "has a [procedure] but no step of the catalog".to_owned())),
            }
        }
        for (key, doc) in document.step {
            let Some(english) = catalog.step(&key) else {
                errors.push(at(Some(&key), "is not a step of the catalog".to_owned()));
                continue;
            };
            let mut swap = |what: &str, english: &[CommandTemplate], texts: &[String]| -> Vec<CommandTemplate> {
                if english.len() != texts.len() {
                    errors.push(at(
                        Some(&key),
                        format!("{what}: {} items, the English has {}", texts.len(), english.len()),
                    ));
                    return english.to_vec();
                }
                english
                    .iter()
                    .zip(texts)
                    .enumerate()
                    .map(|(index, (english, text))| match held_to(&english.template, text) {
                        Ok(template) => CommandTemplate { template, ..english.clone() },
                        Err(problem) => {
                            errors.push(at(Some(&key), format!("{what}[{index}]: {problem}")));
                            english.clone()
                        }
                    })
                    .collect()
            };
            let text = StepText {
                instructions: swap("instructions", &english.instructions, &doc.instructions),
                verify_instructions: swap(
                    "verify_instructions",
                    &english.verify_instructions,
                    &doc.verify_instructions,
                ),
                cautions: swap("cautions", &english.cautions, &doc.cautions),
                title: doc.title.trim().to_owned(),
                description: doc.description.trim().to_owned(),
                docs: doc.docs,
            };
            if text.docs.len() != english.docs.len() {
                errors.push(at(
                    Some(&key),
                    format!("docs: {} titles, the English has {}", text.docs.len(), english.docs.len()),
                ));
            }
            if text.description.is_empty() != english.description.is_empty() {
                errors.push(at(Some(&key), "description: present in one language only".to_owned()));
            }
            into.steps.insert(key, text);
        }
        into.unsupported.extend(document.unsupported);
        into.warnings.extend(document.warning);
        into.columns.extend(document.columns);
        into.features.extend(document.features);
        if let Some(note) = document.note {
            into.note = note;
        }
        into.cell_notes.extend(document.cell_notes);
    }
    for lang in [Lang::Ko, Lang::ZhTw] {
        let translation = by_lang.entry(lang).or_default();
        let missing = |message: String| CatalogError { file: lang.tag().to_owned(), step: None, message };
        for step in &catalog.steps {
            if !translation.steps.contains_key(&step.key) {
                errors.push(CatalogError { step: Some(step.key.clone()), ..missing("has no translation".to_owned()) });
            }
        }
        for procedure in &catalog.procedures {
            if !translation.procedures.contains_key(&procedure.key) {
                errors.push(missing(format!("procedure {} has no translation", procedure.key)));
            }
        }
        let counts = [
            ("unsupported", translation.unsupported.len(), catalog.unsupported.len()),
            ("warning", translation.warnings.len(), catalog.warnings.len()),
            ("columns", translation.columns.len(), catalog.matrix.columns.len()),
            ("features", translation.features.len(), catalog.matrix.features.len()),
        ];
        for (what, found, english) in counts {
            if found != english {
                errors.push(missing(format!("{what}: {found} texts, the English has {english}")));
            }
        }
        let notes = catalog.matrix.features.iter().flat_map(|f| f.cells.iter().filter_map(|c| c.note.as_ref()));
        for note in notes {
            if !translation.cell_notes.contains_key(note) {
                errors.push(missing(format!("the matrix note \"{note}\" has no translation in cell_notes")));
            }
        }
        if translation.note.is_empty() != catalog.matrix.note.is_empty() {
            errors.push(missing("the feature matrix's note is missing".to_owned()));
        }
    }
    if errors.is_empty() { Ok(by_lang) } else { Err(errors) }
}

/// The translated text as a template, when it has the English one's values
/// and names every cmdlet the English names.
fn held_to(english: &Template, text: &str) -> Result<Template, String> {
    let template = Template::parse(text.trim())?;
    let values = |t: &Template| -> BTreeSet<String> {
        t.refs()
            .map(|r| match r {
                ValueRef::Param(name) => name.clone(),
                other => format!("{other:?}"),
            })
            .collect()
    };
    if values(english) != values(&template) {
        return Err(format!("has the values {:?}, the English has {:?}", values(&template), values(english)));
    }
    // Korean and Chinese punctuation (：、（）) stands next to a name without a space.
    let ascii: String = text.chars().map(|c| if c.is_ascii() { c } else { ' ' }).collect();
    let named: BTreeSet<String> = cmdlet_names(&ascii).into_iter().collect();
    let lost: Vec<String> = cmdlet_names(english.source()).into_iter().filter(|c| !named.contains(c)).collect();
    if !lost.is_empty() {
        return Err(format!("does not name {} as the English does", lost.join(", ")));
    }
    Ok(template)
}
