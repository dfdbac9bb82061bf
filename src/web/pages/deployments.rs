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
    states: Vec<(&'static str, &'static str)>,
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

const STATES: [(&str, &str); 4] =
    [("", "All"), ("active", "Active"), ("complete", "Complete"), ("cancelled", "Cancelled")];
const MAX_FILTER_CHARS: usize = 200;

fn list_filter(query: &ListQuery) -> Result<ListFilter, FieldError> {
    let state = query.state.as_deref().unwrap_or("").trim();
    if !STATES.iter().any(|(value, _)| *value == state) {
        return Err(FieldError::new("state", state, "must be one of active, complete, cancelled, or empty for all"));
    }
    let text = query.q.as_deref().unwrap_or("").trim();
    if text.chars().count() > MAX_FILTER_CHARS || text.chars().any(char::is_control) {
        return Err(FieldError::new(
            "q",
            &text.chars().take(40).collect::<String>(),
            format!("must be at most {MAX_FILTER_CHARS} characters, without control characters"),
        ));
    }
    let before = match query.before.as_deref().map(str::trim).filter(|b| !b.is_empty()) {
        None => None,
        Some(text) => Some(
            text.parse::<i64>()
                .ok()
                .filter(|n| *n > 0)
                .ok_or_else(|| FieldError::new("before", text, "must be a deployment number"))?,
        ),
    };
    Ok(ListFilter {
        status: (!state.is_empty()).then(|| state.to_owned()),
        text: (!text.is_empty()).then(|| text.to_owned()),
        before,
        ..ListFilter::default()
    })
}

pub async fn list(
    State(state): State<AppState>,
    signed: Signed,
    Query(query): Query<ListQuery>,
) -> Result<Response, AppError> {
    let can_create = crate::auth::authorize(&signed.actor, Action::CreateDeployment).is_ok();
    let page = |rows: Vec<Row>, next: Option<String>, error: Option<String>| ListPage {
        chrome: Chrome::new(Some(&signed), "Deployments"),
        rows,
        can_create,
        states: STATES.to_vec(),
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
            status: d.status,
            status_reason: d.status_reason,
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
    submit: &'static str,
    version: Option<i64>,
    show_example_link: bool,
    /// Shown to someone who may read the parameters but not change them.
    read_only: bool,
    form: FormView,
}

fn default_fields() -> FormFields {
    let mut fields = FormFields::new();
    for (key, value) in [("topology.exchange_version", "2013"), ("topology.lync_version", "2013")] {
        fields.insert(key.to_owned(), value.to_owned());
    }
    fields
}

/// The posted form as fields, without the CSRF token and the version.
fn posted_fields(pairs: Vec<(String, String)>) -> FormFields {
    pairs.into_iter().filter(|(key, _)| key != CSRF_FIELD && key != "version").collect()
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

fn new_page(
    signed: &Signed,
    fields: &FormFields,
    errors: &[FieldError],
    status: StatusCode,
) -> Result<Response, AppError> {
    let page = FormPage {
        chrome: Chrome::new(Some(signed), &form_view::title("New deployment", errors)),
        heading: "New deployment".to_owned(),
        action: "/deployments".to_owned(),
        submit: "Create the deployment",
        version: None,
        show_example_link: true,
        read_only: false,
        form: form_view::build(fields, errors, true),
    };
    render_with(status, &page)
}

pub async fn create(
    State(state): State<AppState>,
    signed: Signed,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let fields = posted_fields(pairs);
    match deployments::create(&state.pool, &state.catalog, &signed.actor, &fields).await {
        Ok(id) => Ok(Redirect::to(&format!("/deployments/{id}")).into_response()),
        Err(ServiceError::Invalid(errors)) => new_page(&signed, &fields, &errors, StatusCode::UNPROCESSABLE_ENTITY),
        Err(other) => Err(other.into()),
    }
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
    pub team_name: &'static str,
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
    status: String,
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
                team_name: lane.team.name(),
                done: plan.steps.iter().filter(|s| s.lane == lane.key && state_of(&s.key).is_finished()).count(),
                total: steps.len(),
                steps,
            }
        })
        .collect();
    let turn = ctx.turn();
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
            HandoffView { when: date(h.created_at), from, to: h.to_lane_name.clone(), steps }
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
    let policy = deployment.policy();
    let page = DeploymentPage {
        chrome: Chrome::new(Some(&signed), &deployment.row.name),
        id,
        name: deployment.row.name.clone(),
        summary: format!(
            "{} with {}, {}; {} steps for {} roles.",
            q.exchange_version.name(),
            q.lync_version.name(),
            if q.cross_forest { "in different forests" } else { "in one forest" },
            plan.steps.len(),
            plan.lanes.len()
        ),
        status: deployment.row.status.clone(),
        status_reason: deployment.row.status_reason.clone(),
        rules: format!(
            "Each step is signed by a person who may perform it and countersigned by {} ({} countersignature{} needed); nobody countersigns their own step.",
            policy.countersigner.describe(),
            policy.required,
            if policy.required == 1 { "" } else { "s" }
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
            "Cancel the deployment",
            format!("Cancel deployment {id}? It becomes read-only for good. Reason: {}", reason.trim()),
            format!("/deployments/{id}/cancel"),
            "Yes, cancel it",
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
        chrome: Chrome::new(Some(signed), &form_view::title("Parameters", errors)),
        heading: "Parameters".to_owned(),
        action: format!("/deployments/{id}/parameters"),
        submit: "Save and re-plan",
        version: Some(version),
        show_example_link: false,
        form: form_view::build(fields, errors, false),
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
