//! A plan in the reader's language. The plan is built in English, and each
//! step's signed text (its content and hash) stays the English one, so that
//! a step reads the same to the trail whoever signs it; what a person reads
//! (titles, descriptions, instructions, cautions, the catalog's warnings and
//! feature matrix) is then put in their language. Commands are not touched.

use super::{Plan, render_all};
use crate::answers::Answers;
use crate::catalog::Catalog;
use crate::i18n::Lang;
use crate::render::template::Language;

/// Puts `plan`'s prose in `lang`; English is the plan as built.
pub fn localize(plan: &mut Plan, catalog: &Catalog, answers: &Answers, lang: Lang) {
    let Some(translation) = catalog.translation(lang) else { return };
    plan.lang = lang;
    for procedure in &mut plan.procedures {
        if let Some((title, summary)) = translation.procedures.get(&procedure.key) {
            procedure.title.clone_from(title);
            procedure.summary.clone_from(summary);
        }
    }
    for lane in &mut plan.lanes {
        lane.name = lane.roles.name_in(lang);
    }
    for step in &mut plan.steps {
        let Some(text) = translation.steps.get(&step.key) else { continue };
        step.title.clone_from(&text.title);
        step.description.clone_from(&text.description);
        // The English rendered these same templates already: they render here too.
        let render = |templates| render_all(templates, Language::Text, answers).ok();
        if let Some(lines) = render(&text.instructions) {
            step.instructions = lines;
        }
        if let Some(lines) = render(&text.verify_instructions) {
            step.verify_instructions = lines;
        }
        if let Some(lines) = render(&text.cautions) {
            step.cautions = lines;
        }
        for (doc, title) in step.docs.iter_mut().zip(&text.docs) {
            doc.title.clone_from(title);
        }
    }
    // The answers' own warnings come first, then the catalog's, found by their English text.
    for (warning, found) in plan.warnings.iter_mut().zip(&answers.warnings) {
        *warning = found.in_lang(lang);
    }
    for warning in plan.warnings.iter_mut().skip(answers.warnings.len()) {
        if let Some(index) = catalog.warnings.iter().position(|rule| rule.message == *warning)
            && let Some(text) = translation.warnings.get(index)
        {
            warning.clone_from(text);
        }
    }
    let features = &mut plan.features;
    if let Some(index) = catalog.matrix.columns.iter().position(|c| Some(&c.key) == features.column.as_ref())
        && let Some(title) = translation.columns.get(index)
    {
        features.column_title = Some(title.clone());
    }
    for feature in &mut features.features {
        if let Some(index) = catalog.matrix.features.iter().position(|row| row.name == feature.name)
            && let Some(name) = translation.features.get(index)
        {
            feature.name.clone_from(name);
        }
        if let Some(note) = feature.note.as_mut()
            && let Some(text) = translation.cell_notes.get(note)
        {
            note.clone_from(text);
        }
    }
    if !translation.note.is_empty() {
        features.note.clone_from(&translation.note);
    }
}

/// A support rule's message in `lang`, found by its place in the catalog.
pub fn unsupported_message<'a>(catalog: &'a Catalog, english: &'a str, lang: Lang) -> &'a str {
    catalog
        .translation(lang)
        .and_then(|t| {
            let index = catalog.unsupported.iter().position(|rule| rule.message == english)?;
            t.unsupported.get(index)
        })
        .map_or(english, String::as_str)
}
