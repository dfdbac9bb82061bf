//! Deployments: the list, the new-deployment form, the plan as swimlanes,
//! and the parameters.

use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::form_view::{self, Control, FormView};
use super::{Chrome, date, deployment_id, render, render_with};
use crate::answers::example_toml;
use crate::answers::form::{self as answers_form, FormFields};
use crate::auth::Action;
use crate::db::deployments::ListFilter;
use crate::params::FieldError;
use crate::render::graph;
use crate::services::{self, ServiceError, deployments};
use crate::web::session::{CSRF_FIELD, Signed};
use crate::web::{AppError, AppState};

pub struct Row {
    pub id: i64,
    pub name: String,
    pub status: String,
    /// The state as people read it; `status` stays the stored word (CSS classes).
    pub status_label: String,
    pub status_reason: String,
    pub done: i64,
    pub total: i64,
    pub exchange: String,
    pub lync: String,
    pub created: String,
}

#[derive(Template)]
#[template(path = "deployments.html")]
struct ListPage {
    chrome: Chrome,
    rows: Vec<Row>,
    can_create: bool,
    /// Each state's value and its label.
    states: Vec<(&'static str, String)>,
    state: String,
    text: String,
    filtered: bool,
    error: Option<String>,
    /// The link to the next page, with the same filters.
    next: Option<String>,
}

/// The list's filters as the query string carries them; each is checked.
#[derive(Deserialize, Default)]
pub struct ListQuery {
    state: Option<String>,
    q: Option<String>,
    before: Option<String>,
}

/// The states the list filters by: the value sent, and the message id of its label.
const STATES: [(&str, &str); 4] = [
    ("", "deployments-state-all"),
    ("active", "deployments-state-active"),
    ("complete", "deployments-state-complete"),
    ("cancelled", "deployments-state-cancelled"),
];
const MAX_FILTER_CHARS: usize = 200;

fn list_filter(query: &ListQuery) -> Result<ListFilter, FieldError> {
    let state = query.state.as_deref().unwrap_or("").trim();
    if !STATES.iter().any(|(value, _)| *value == state) {
        return Err(FieldError::new("state", state, crate::i18n::t("deployments-filter-state-invalid")));
    }
    let text = query.q.as_deref().unwrap_or("").trim();
    if text.chars().count() > MAX_FILTER_CHARS || text.chars().any(char::is_control) {
        return Err(FieldError::new(
            "q",
            &text.chars().take(40).collect::<String>(),
            crate::i18n::t_with("deployments-filter-text-invalid", &[("max", MAX_FILTER_CHARS.to_string().as_str())]),
        ));
    }
    let before = match query.before.as_deref().map(str::trim).filter(|b| !b.is_empty()) {
        None => None,
        Some(text) => Some(
            text.parse::<i64>()
                .ok()
                .filter(|n| *n > 0)
                .ok_or_else(|| FieldError::new("before", text, crate::i18n::t("deployments-filter-before-invalid")))?,
        ),
    };
    Ok(ListFilter {
        status: (!state.is_empty()).then(|| state.to_owned()),
        text: (!text.is_empty()).then(|| text.to_owned()),
        before,
        ..ListFilter::default()
    })
}

/// The reason of a state: what a person typed stays as typed; the reason the portal itself
/// stores when the last step is finished is shown in the reader's language.
fn status_reason_shown(status: &str, reason: &str) -> String {
    if status == "complete" && reason == "every step is countersigned or not applicable" {
        crate::i18n::t("deployment-status-reason-complete")
    } else {
        reason.to_owned()
    }
}

pub async fn list(
    State(state): State<AppState>,
    signed: Signed,
    Query(query): Query<ListQuery>,
) -> Result<Response, AppError> {
    let can_create = crate::auth::authorize(&signed.actor, Action::CreateDeployment).is_ok();
    let page = |rows: Vec<Row>, next: Option<String>, error: Option<String>| ListPage {
        chrome: Chrome::new(Some(&signed), &crate::i18n::t("nav-deployments")),
        rows,
        can_create,
        states: STATES.iter().map(|(value, label)| (*value, crate::i18n::t(label))).collect(),
        state: query.state.clone().unwrap_or_default(),
        text: query.q.clone().unwrap_or_default(),
        filtered: query.state.as_deref().is_some_and(|s| !s.is_empty())
            || query.q.as_deref().is_some_and(|q| !q.is_empty()),
        error,
        next,
    };
    let filter = match list_filter(&query) {
        Ok(filter) => filter,
        Err(error) => return render_with(StatusCode::BAD_REQUEST, &page(Vec::new(), None, Some(error.to_string()))),
    };
    let (listed, next) = deployments::list(&state.pool, &signed.actor, &filter).await?;
    let rows = listed
        .into_iter()
        .map(|d| Row {
            id: d.id,
            name: d.name,
            status_label: super::status_label(&d.status),
            status_reason: status_reason_shown(&d.status, &d.status_reason),
            status: d.status,
            done: d.steps_done,
            total: d.steps_total,
            exchange: d.exchange_version,
            lync: d.lync_version,
            created: date(d.created_at),
        })
        .collect();
    let next = next.map(|before| {
        let mut link = format!("/deployments?before={before}");
        for (name, value) in [("state", &filter.status), ("q", &filter.text)] {
            if let Some(value) = value {
                link.push_str(&format!("&{name}={}", crate::web::session::percent_encode(value)));
            }
        }
        link
    });
    render(&page(rows, next, None))
}

#[derive(Template)]
#[template(path = "answers_form.html")]
struct FormPage {
    chrome: Chrome,
    heading: String,
    action: String,
    submit: String,
    version: Option<i64>,
    show_example_link: bool,
    /// Shown to someone who may read the parameters but not change them.
    read_only: bool,
    form: FormView,
    /// The new-deployment form in parts: which one this is, and what the button sends.
    part: Option<(String, &'static str)>,
    /// The other parts' fields, carried along.
    hidden: Vec<(String, String)>,
}

/// "Check your answers": everything the form holds, before anything is created.
#[derive(Template)]
#[template(path = "check_answers.html")]
struct CheckPage {
    chrome: Chrome,
    groups: Vec<form_view::GroupView>,
    hidden: Vec<(String, String)>,
    steps: usize,
    roles: usize,
    warnings: Vec<String>,
}

fn default_fields() -> FormFields {
    let mut fields = FormFields::new();
    for (key, value) in [("topology.exchange_version", "2013"), ("topology.lync_version", "2013")] {
        fields.insert(key.to_owned(), value.to_owned());
    }
    fields
}

/// The posted form as fields, without the CSRF token, the version and the part sent.
fn posted_fields(pairs: Vec<(String, String)>) -> FormFields {
    pairs.into_iter().filter(|(key, _)| key != CSRF_FIELD && key != "version" && key != "stage").collect()
}

/// The fields of `fields` that the page does not show, to send along.
fn carried(fields: &FormFields, shown: &[&str]) -> Vec<(String, String)> {
    fields.iter().filter(|(k, _)| !shown.contains(&k.as_str())).map(|(k, v)| (k.clone(), v.clone())).collect()
}

#[derive(Deserialize)]
pub struct ExampleQuery {
    example: Option<String>,
}

pub async fn new_form(
    State(state): State<AppState>,
    signed: Signed,
    Query(query): Query<ExampleQuery>,
) -> Result<Response, AppError> {
    services::authorize(&state.pool, &signed.actor, Action::CreateDeployment, "deployment:new").await?;
    let fields = if query.example.is_some() { answers_form::from_toml(&example_toml()) } else { default_fields() };
    new_page(&signed, &fields, &[], StatusCode::OK)
}

/// Part 1 of 3 of a new deployment: its name, the questions and the sign-off rules.
fn new_page(
    signed: &Signed,
    fields: &FormFields,
    errors: &[FieldError],
    status: StatusCode,
) -> Result<Response, AppError> {
    let form = form_view::build(fields, errors, true).only(form_view::Part::Questions);
    let hidden = carried(fields, &form.names());
    let page = FormPage {
        chrome: Chrome::new(Some(signed), &form_view::title(&crate::i18n::t("nav-new-deployment"), errors)),
        heading: crate::i18n::t("nav-new-deployment"),
        action: "/deployments".to_owned(),
        submit: crate::i18n::t("answers-continue"),
        version: None,
        show_example_link: true,
        read_only: false,
        form,
        part: Some((crate::i18n::t("answers-part-questions"), "questions")),
        hidden,
    };
    render_with(status, &page)
}

/// Part 2 of 3: only the values the steps of these answers use.
fn values_page(
    signed: &Signed,
    fields: &FormFields,
    errors: &[FieldError],
    needed: &std::collections::BTreeSet<String>,
    status: StatusCode,
) -> Result<Response, AppError> {
    let form = form_view::build(fields, errors, true).only(form_view::Part::Parameters(needed));
    let hidden = carried(fields, &form.names());
    let page = FormPage {
        chrome: Chrome::new(Some(signed), &form_view::title(&crate::i18n::t("answers-values-title"), errors)),
        heading: crate::i18n::t("answers-values-heading"),
        action: "/deployments".to_owned(),
        submit: crate::i18n::t("answers-continue"),
        version: None,
        show_example_link: false,
        read_only: false,
        form,
        part: Some((crate::i18n::t("answers-part-values"), "parameters")),
        hidden,
    };
    render_with(status, &page)
}

/// The new-deployment form, in three parts: the questions, then only the values they need,
/// then everything to check before it is created. A form that sends no part (a script, an
/// older page) creates at once, as before.
pub async fn create(
    State(state): State<AppState>,
    signed: Signed,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let stage = pairs.iter().find(|(k, _)| k == "stage").map(|(_, v)| v.clone()).unwrap_or_default();
    let fields = posted_fields(pairs);
    let (pool, catalog, actor) = (&state.pool, &state.catalog, &signed.actor);
    let refused = StatusCode::UNPROCESSABLE_ENTITY;
    match stage.as_str() {
        "questions" | "change-parameters" => match deployments::check_questions(pool, catalog, actor, &fields).await {
            Ok(needed) => values_page(&signed, &fields, &[], &needed, StatusCode::OK),
            Err(ServiceError::Invalid(errors)) => new_page(&signed, &fields, &errors, refused),
            Err(other) => Err(other.into()),
        },
        "change-questions" => new_page(&signed, &fields, &[], StatusCode::OK),
        "parameters" => {
            let fields = deployments::only_needed(catalog, &fields);
            match deployments::check_new(pool, catalog, actor, &fields).await {
                Ok(plan) => check_page(&signed, &fields, &plan, catalog),
                Err(ServiceError::Invalid(errors)) => invalid(&state, &signed, &fields, &errors).await,
                Err(other) => Err(other.into()),
            }
        }
        _ => match deployments::create(pool, catalog, actor, &fields).await {
            Ok(id) => Ok(Redirect::to(&format!("/deployments/{id}")).into_response()),
            Err(ServiceError::Invalid(errors)) => invalid(&state, &signed, &fields, &errors).await,
            Err(other) => Err(other.into()),
        },
    }
}

/// A refused form, shown again at the part its first problem is in.
async fn invalid(
    state: &AppState,
    signed: &Signed,
    fields: &FormFields,
    errors: &[FieldError],
) -> Result<Response, AppError> {
    let refused = StatusCode::UNPROCESSABLE_ENTITY;
    if errors.iter().any(|e| !e.field.starts_with("parameters.")) {
        return new_page(signed, fields, errors, refused);
    }
    match deployments::check_questions(&state.pool, &state.catalog, &signed.actor, fields).await {
        Ok(needed) => values_page(signed, fields, errors, &needed, refused),
        Err(ServiceError::Invalid(more)) => new_page(signed, fields, &more, refused),
        Err(other) => Err(other.into()),
    }
}

/// Part 3 of 3: every answer and value, with the plan they make, before it is created.
fn check_page(
    signed: &Signed,
    fields: &FormFields,
    plan: &crate::plan::Plan,
    catalog: &crate::catalog::Catalog,
) -> Result<Response, AppError> {
    let needed = crate::plan::needed_parameters(catalog, &plan.questionnaire);
    let questions = form_view::build(fields, &[], true).only(form_view::Part::Questions);
    let values = form_view::build(fields, &[], true).only(form_view::Part::Parameters(&needed));
    let page = CheckPage {
        chrome: Chrome::new(Some(signed), &crate::i18n::t("answers-check-title")),
        groups: questions.groups.into_iter().chain(values.groups).collect(),
        hidden: fields.iter().map(|(k, v)| (k.clone(), v.clone())).collect(),
        steps: plan.steps.len(),
        roles: plan.lanes.len(),
        warnings: plan.warnings.clone(),
    };
    render(&page)
}

pub struct StepCard {
    pub number: usize,
    pub key: String,
    pub title: String,
    pub state: &'static str,
}

pub struct LaneView {
    pub name: String,
    pub team: &'static str,
    pub team_name: String,
    pub done: usize,
    pub total: usize,
    pub steps: Vec<StepCard>,
}

pub struct NodeView {
    pub key: String,
    pub number: usize,
    pub title: String,
    pub short: String,
    pub lane: String,
    pub team: &'static str,
    pub state: &'static str,
    /// The steps it waits for, as people read them: the picture's text equivalent.
    pub after: String,
    pub x: i64,
    pub y: i64,
    pub text_x: i64,
    pub text_y: i64,
}

pub struct GraphView {
    pub width: i64,
    pub height: i64,
    pub node_width: i64,
    pub node_height: i64,
    pub nodes: Vec<NodeView>,
    pub edges: Vec<String>,
}

pub struct HandoffView {
    pub when: String,
    pub from: String,
    pub to: String,
    /// The steps now ready for `to`: key, and number and title as people read them.
    pub steps: Vec<(String, String)>,
}

#[derive(Template)]
#[template(path = "deployment.html")]
struct DeploymentPage {
    chrome: Chrome,
    id: i64,
    name: String,
    summary: String,
    /// The stored word, compared in the template.
    status: String,
    status_label: String,
    status_reason: String,
    rules: String,
    can_edit: bool,
    warnings: Vec<String>,
    turn: Vec<(String, usize)>,
    lanes: Vec<LaneView>,
    handoffs: Vec<HandoffView>,
    graph: GraphView,
    features_column: Option<String>,
    features_yes: Vec<String>,
    features_no: Vec<String>,
}

fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_owned()
    } else {
        format!("{}…", text.chars().take(max - 1).collect::<String>())
    }
}

pub async fn show(State(state): State<AppState>, signed: Signed, Path(id): Path<String>) -> Result<Response, AppError> {
    let id = deployment_id(&id)?;
    let extras = deployments::Extras { handoffs: true, ..Default::default() };
    let deployment = deployments::load_with(&state.pool, &state.catalog, &signed.actor, id, extras).await?;
    let plan = deployment.plan();
    let ctx = deployment.context();
    let states = ctx.states();
    let state_of = |key: &str| states.get(key).copied().unwrap_or(crate::workflow::StepState::Blocked);
    let lanes: Vec<LaneView> = plan
        .lanes
        .iter()
        .map(|lane| {
            let steps: Vec<StepCard> = plan
                .steps
                .iter()
                .filter(|s| s.lane == lane.key)
                .map(|s| StepCard {
                    number: s.number,
                    key: s.key.clone(),
                    title: s.title.clone(),
                    state: state_of(&s.key).key(),
                })
                .collect();
            LaneView {
                name: lane.name.clone(),
                team: lane.team.key(),
                team_name: lane.team.name_in(crate::i18n::current()),
                done: plan.steps.iter().filter(|s| s.lane == lane.key && state_of(&s.key).is_finished()).count(),
                total: steps.len(),
                steps,
            }
        })
        .collect();
    let policy = deployment.policy();
    // The countersigners' entry of `turn` is written in English by the workflow: said again here
    // in the reader's language. The lanes' entries are group names and stay as they are.
    let countersigners = format!("countersigners ({})", policy.countersigner.describe());
    let turn: Vec<(String, usize)> = ctx
        .turn()
        .into_iter()
        .map(|(who, count)| {
            if who == countersigners {
                (crate::i18n::t_with("deployment-turn-countersigners", &[("who", policy.countersigner.key())]), count)
            } else {
                (who, count)
            }
        })
        .collect();
    let handoffs = deployment
        .handoffs
        .iter()
        .rev()
        .map(|h| {
            let keys: Vec<String> = serde_json::from_str(&h.steps).unwrap_or_default();
            let from = plan.lanes.iter().find(|l| l.key == h.from_lane).map_or(h.from_lane.clone(), |l| l.name.clone());
            let steps = keys
                .into_iter()
                .map(|key| {
                    let label = plan
                        .steps
                        .iter()
                        .find(|s| s.key == key)
                        .map_or_else(|| key.clone(), |s| format!("{}. {}", s.number, s.title));
                    (key, label)
                })
                .collect();
            HandoffView {
                when: date(h.created_at),
                from,
                to: crate::roles::RoleSet::stored_name_in(&h.to_lane_name, crate::i18n::current()),
                steps,
            }
        })
        .collect();
    let layout = deployment.layout();
    let nodes = layout
        .nodes
        .iter()
        .filter_map(|node| {
            let step = plan.steps.iter().find(|s| s.key == node.key)?;
            let lane = plan.lanes.iter().find(|l| l.key == step.lane)?;
            Some(NodeView {
                key: step.key.clone(),
                number: step.number,
                title: step.title.clone(),
                short: shorten(&step.title, 28),
                lane: lane.name.clone(),
                team: lane.team.key(),
                state: state_of(&step.key).key(),
                after: step
                    .depends_on
                    .iter()
                    .filter_map(|d| plan.steps.iter().find(|s| &s.key == d))
                    .map(|d| format!("{}. {}", d.number, d.title))
                    .collect::<Vec<_>>()
                    .join("; "),
                x: node.x,
                y: node.y,
                text_x: node.x + 8,
                text_y: node.y + graph::NODE_HEIGHT / 2 + 4,
            })
        })
        .collect();
    let q = &deployment.answers().questionnaire;
    let page = DeploymentPage {
        chrome: Chrome::new(Some(&signed), &deployment.row.name),
        id,
        name: deployment.row.name.clone(),
        summary: crate::i18n::t_with(
            "deployment-summary",
            &[
                ("exchange", q.exchange_version.name()),
                ("lync", q.lync_version.name()),
                ("forests", if q.cross_forest { "cross" } else { "same" }),
                ("steps", plan.steps.len().to_string().as_str()),
                ("roles", plan.lanes.len().to_string().as_str()),
            ],
        ),
        status: deployment.row.status.clone(),
        status_label: super::status_label(&deployment.row.status),
        status_reason: status_reason_shown(&deployment.row.status, &deployment.row.status_reason),
        rules: crate::i18n::t_with(
            "deployment-rules",
            &[("who", policy.countersigner.key()), ("count", policy.required.to_string().as_str())],
        ),
        can_edit: deployment.is_active() && crate::auth::authorize(&signed.actor, Action::EditParameters).is_ok(),
        warnings: plan.warnings.clone(),
        turn,
        lanes,
        handoffs,
        graph: GraphView {
            width: layout.width,
            height: layout.height,
            node_width: graph::NODE_WIDTH,
            node_height: graph::NODE_HEIGHT,
            nodes,
            edges: layout.edges.clone(),
        },
        features_column: plan.features.column_title.clone(),
        features_yes: plan.features.features.iter().filter(|f| f.available).map(|f| f.name.clone()).collect(),
        features_no: plan
            .features
            .features
            .iter()
            .filter(|f| !f.available)
            .map(|f| match &f.note {
                Some(note) => format!("{} ({note})", f.name),
                None => f.name.clone(),
            })
            .collect(),
    };
    render(&page)
}

pub async fn cancel(
    State(state): State<AppState>,
    signed: Signed,
    Path(id): Path<String>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let id = deployment_id(&id)?;
    let reason = fields.iter().find(|(k, _)| k == "reason").map_or("", |(_, v)| v.as_str());
    let may = crate::auth::authorize(&signed.actor, Action::CancelDeployment).is_ok();
    if may && !reason.trim().is_empty() && !super::confirmed(&fields) {
        let page = super::ConfirmPage::new(
            &signed,
            &crate::i18n::t("deployment-cancel-heading"),
            crate::i18n::t_with(
                "deployment-cancel-confirm",
                &[("id", id.to_string().as_str()), ("reason", reason.trim())],
            ),
            format!("/deployments/{id}/cancel"),
            &crate::i18n::t("deployment-cancel-yes"),
            &format!("/deployments/{id}"),
        )
        .with_fields(&fields);
        return render(&page);
    }
    match crate::services::workflow::cancel(&state.pool, &signed.actor, id, reason).await {
        Ok(()) => Ok(Redirect::to(&format!("/deployments/{id}")).into_response()),
        Err(ServiceError::Invalid(errors)) => {
            Err(AppError::BadRequest(errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("; ")))
        }
        Err(other) => Err(other.into()),
    }
}

pub async fn answers_file(
    State(state): State<AppState>,
    signed: Signed,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let id = deployment_id(&id)?;
    let extras = deployments::Extras { answers: true, ..Default::default() };
    let deployment = deployments::load_with(&state.pool, &state.catalog, &signed.actor, id, extras).await?;
    let disposition = format!("attachment; filename=\"deployment-{id}-answers.toml\"");
    Ok((
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8".to_owned()), (header::CONTENT_DISPOSITION, disposition)],
        deployment.row.answers,
    )
        .into_response())
}

fn edit_page(
    signed: &Signed,
    id: i64,
    version: i64,
    fields: &FormFields,
    errors: &[FieldError],
    status: StatusCode,
) -> Result<Response, AppError> {
    let read_only = crate::auth::authorize(&signed.actor, Action::EditParameters).is_err();
    let page = FormPage {
        read_only,
        chrome: Chrome::new(Some(signed), &form_view::title(&crate::i18n::t("answers-parameters-title"), errors)),
        heading: crate::i18n::t("answers-parameters-title"),
        action: format!("/deployments/{id}/parameters"),
        submit: crate::i18n::t("answers-save"),
        version: Some(version),
        show_example_link: false,
        form: form_view::build(fields, errors, false),
        part: None,
        hidden: Vec::new(),
    };
    render_with(status, &page)
}

pub async fn edit_form(
    State(state): State<AppState>,
    signed: Signed,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let id = deployment_id(&id)?;
    // Whoever may read the deployment reads its parameters; changing them is the coordinators'.
    let extras = deployments::Extras { answers: true, ..Default::default() };
    let deployment = deployments::load_with(&state.pool, &state.catalog, &signed.actor, id, extras).await?;
    let fields = answers_form::from_toml(&deployment.row.answers);
    edit_page(&signed, id, deployment.row.version, &fields, &[], StatusCode::OK)
}

pub async fn update(
    State(state): State<AppState>,
    signed: Signed,
    Path(id): Path<String>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let id = deployment_id(&id)?;
    let version = pairs.iter().find(|(k, _)| k == "version").and_then(|(_, v)| v.parse::<i64>().ok()).unwrap_or(0);
    let fields = posted_fields(pairs);
    let outcome = deployments::update_parameters(
        &state.pool,
        &state.catalog,
        &signed.actor,
        id,
        version,
        &fields,
        state.announce(),
    )
    .await;
    match outcome {
        Ok(()) => {
            if let Some(wake) = &state.outbox {
                wake.notify_one();
            }
            Ok(Redirect::to(&format!("/deployments/{id}")).into_response())
        }
        Err(ServiceError::Invalid(errors)) => {
            edit_page(&signed, id, version, &fields, &errors, StatusCode::UNPROCESSABLE_ENTITY)
        }
        // Someone saved first: the form again with what this person typed, and why.
        Err(ServiceError::Conflict(message)) => {
            let errors = [FieldError::new("version", &version.to_string(), message)];
            edit_page(&signed, id, version, &fields, &errors, StatusCode::CONFLICT)
        }
        Err(other) => Err(other.into()),
    }
}
