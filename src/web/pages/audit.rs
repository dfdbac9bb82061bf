//! The audit trail's checks for auditors: the latest signed checkpoint, the
//! key that signs it, an event's inclusion proof, consistency proofs, and
//! verifying the whole trail.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::{Chrome, render};
use crate::audit::verify::Report;
use crate::services::{ServiceError, audit};
use crate::web::session::Signed;
use crate::web::{AppError, AppState};

#[derive(Template)]
#[template(path = "audit.html")]
struct AuditPage {
    chrome: Chrome,
    vkey: String,
    checkpoint: Option<String>,
    report: Option<Report>,
    /// The verification's counts in words, before its root.
    summary: String,
    root: String,
}

async fn page(state: &AppState, signed: &Signed, report: Option<Report>) -> Result<Response, AppError> {
    let checkpoint = audit::latest_checkpoint(&state.pool, &signed.actor).await?;
    let root = report.as_ref().map(|r| crate::audit::checkpoint::root_base64(&r.root)).unwrap_or_default();
    let summary = report
        .as_ref()
        .map(|r| {
            crate::i18n::t_with(
                "audit-report-summary",
                &[
                    ("events", r.events.to_string().as_str()),
                    ("size", r.size.to_string().as_str()),
                    ("checkpoints", r.checkpoints.to_string().as_str()),
                ],
            )
        })
        .unwrap_or_default();
    render(&AuditPage {
        chrome: Chrome::new(Some(signed), &crate::i18n::t("title-audit-trail")),
        vkey: state.checkpointing.key.vkey.clone(),
        checkpoint,
        report,
        summary,
        root,
    })
}

pub async fn show(State(state): State<AppState>, signed: Signed) -> Result<Response, AppError> {
    page(&state, &signed, None).await
}

pub async fn verify(State(state): State<AppState>, signed: Signed) -> Result<Response, AppError> {
    let report = audit::verify_for(&state.pool, &signed.actor, &state.checkpointing).await?;
    page(&state, &signed, Some(report)).await
}

fn text(body: String, file_name: Option<String>) -> Response {
    let mut response = ([(header::CONTENT_TYPE, "text/plain; charset=utf-8")], body).into_response();
    if let Some(name) = file_name.and_then(|n| format!("attachment; filename=\"{n}\"").parse().ok()) {
        response.headers_mut().insert(header::CONTENT_DISPOSITION, name);
    }
    response
}

pub async fn checkpoint(State(state): State<AppState>, signed: Signed) -> Result<Response, AppError> {
    let note = audit::latest_checkpoint(&state.pool, &signed.actor)
        .await?
        .ok_or_else(|| AppError::NotFound(crate::i18n::t("audit-not-found-checkpoint")))?;
    Ok(text(note, None))
}

pub async fn proof(
    State(state): State<AppState>,
    signed: Signed,
    Path(seq): Path<String>,
) -> Result<Response, AppError> {
    let seq: i64 = seq
        .parse()
        .map_err(|_| AppError::NotFound(crate::i18n::t_with("audit-not-found-event", &[("seq", seq.as_str())])))?;
    let proof = audit::prove_for(&state.pool, &signed.actor, &state.checkpointing, seq).await?;
    Ok(text(proof.encode(), Some(format!("event-{seq}.tlog-proof"))))
}

#[derive(Deserialize)]
pub struct SeqQuery {
    #[serde(default)]
    seq: String,
}

/// The page's "proof of event" form, which sends a number.
pub async fn proof_form(Query(query): Query<SeqQuery>) -> Result<Response, AppError> {
    let seq: i64 = query.seq.trim().parse().map_err(|_| {
        AppError::BadRequest(crate::i18n::t_with("audit-seq-not-a-number", &[("value", query.seq.trim())]))
    })?;
    Ok(Redirect::to(&format!("/audit/events/{seq}/proof")).into_response())
}

#[derive(Deserialize)]
pub struct ConsistencyQuery {
    #[serde(default)]
    from: String,
    #[serde(default)]
    to: String,
}

pub async fn consistency(
    State(state): State<AppState>,
    signed: Signed,
    Query(query): Query<ConsistencyQuery>,
) -> Result<Response, AppError> {
    let parse = |name: &'static str, value: &str| {
        value.trim().parse::<u64>().map_err(|_| {
            AppError::BadRequest(crate::i18n::t_with("audit-not-a-tree-size", &[("name", name), ("value", value)]))
        })
    };
    let (from, to) = (parse("from", &query.from)?, parse("to", &query.to)?);
    match audit::consistency_for(&state.pool, &signed.actor, from, to).await {
        Ok(body) => Ok(text(body, None)),
        Err(ServiceError::Invalid(errors)) => {
            Err(AppError::BadRequest(errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("; ")))
        }
        Err(other) => Err(other.into()),
    }
}
