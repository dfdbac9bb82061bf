//! The feature support matrix, with a deployment's column highlighted.

use askama::Template;
use axum::extract::{Query, State};
use axum::response::Response;
use serde::Deserialize;

use super::{Chrome, render};
use crate::services::deployments;
use crate::web::session::Signed;
use crate::web::{AppError, AppState};

pub struct ColumnView {
    pub key: String,
    pub title: String,
    pub highlight: bool,
}

pub struct CellView {
    pub text: String,
    pub yes: bool,
    pub highlight: bool,
}

pub struct RowView {
    pub name: String,
    pub cells: Vec<CellView>,
}

#[derive(Template)]
#[template(path = "features.html")]
struct FeaturesPage {
    chrome: Chrome,
    deployment: Option<String>,
    columns: Vec<ColumnView>,
    rows: Vec<RowView>,
    note: String,
}

#[derive(Deserialize)]
pub struct FeaturesQuery {
    deployment: Option<String>,
}

pub async fn show(
    State(state): State<AppState>,
    signed: Signed,
    Query(query): Query<FeaturesQuery>,
) -> Result<Response, AppError> {
    let deployment = match query.deployment.as_deref().and_then(|d| d.parse::<i64>().ok()) {
        Some(id) => Some(deployments::load(&state.pool, &state.catalog, &signed.actor, id).await?),
        None => None,
    };
    let highlighted = deployment.as_ref().and_then(|d| d.plan().features.column.clone());
    let matrix = &state.catalog.matrix;
    // The matrix's words in the reader's language, item by item.
    let translation = state.catalog.translation(crate::i18n::current());
    let said = |list: Option<&Vec<String>>, index: usize, english: &str| {
        list.and_then(|l| l.get(index)).map_or_else(|| english.to_owned(), Clone::clone)
    };
    let columns: Vec<ColumnView> = matrix
        .columns
        .iter()
        .enumerate()
        .map(|(index, c)| ColumnView {
            key: c.key.clone(),
            title: said(translation.map(|t| &t.columns), index, &c.title),
            highlight: Some(&c.key) == highlighted.as_ref(),
        })
        .collect();
    let rows = matrix
        .features
        .iter()
        .enumerate()
        .map(|(index, row)| RowView {
            name: said(translation.map(|t| &t.features), index, &row.name),
            cells: row
                .cells
                .iter()
                .zip(&columns)
                .map(|(cell, column)| CellView {
                    text: match (&cell.note, cell.available) {
                        (Some(note), true) => {
                            let note = translation.and_then(|t| t.cell_notes.get(note)).unwrap_or(note);
                            crate::i18n::t_with("features-cell-yes-with-note", &[("note", note.as_str())])
                        }
                        (None, true) => crate::i18n::t("features-cell-yes"),
                        (_, false) => crate::i18n::t("features-cell-no"),
                    },
                    yes: cell.available,
                    highlight: column.highlight,
                })
                .collect(),
        })
        .collect();
    render(&FeaturesPage {
        chrome: Chrome::new(Some(&signed), &crate::i18n::t("nav-features")),
        deployment: deployment.map(|d| d.row.name),
        columns,
        rows,
        note: translation.map_or_else(|| matrix.note.clone(), |t| t.note.clone()),
    })
}
