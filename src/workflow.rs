//! The rules of sign-offs, in one place and pure: what state each step is in,
//! who may do what to it now, and what an action changes. The service layer
//! loads the records, calls [`decide`], and writes what it says.

use std::collections::HashMap;

use serde::Serialize;

use crate::auth::{Action, Actor, PortalRole, authorize};
use crate::i18n::Msg;
use crate::plan::{Plan, PlannedStep};
use crate::roles::{Requirement, RoleSet, Team};

/// A step's state as stored; blocked and ready are both `Open`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Stored {
    Open,
    Signed,
    Countersigned,
    NotApplicable,
}

impl Stored {
    pub fn key(self) -> &'static str {
        match self {
            Stored::Open => "open",
            Stored::Signed => "signed",
            Stored::Countersigned => "countersigned",
            Stored::NotApplicable => "not-applicable",
        }
    }

    pub fn parse(key: &str) -> Stored {
        match key {
            "signed" => Stored::Signed,
            "countersigned" => Stored::Countersigned,
            "not-applicable" => Stored::NotApplicable,
            _ => Stored::Open,
        }
    }

    pub fn is_finished(self) -> bool {
        matches!(self, Stored::Countersigned | Stored::NotApplicable)
    }
}

/// A step's state as people see it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum StepState {
    /// Waits for a step it depends on.
    Blocked,
    /// May be signed now.
    Ready,
    /// Signed; waits for its countersignature(s).
    Signed,
    Countersigned,
    NotApplicable,
}

impl StepState {
    /// In the order of the enum (a label's index is the state's discriminant).
    pub const ALL: [StepState; 5] =
        [StepState::Blocked, StepState::Ready, StepState::Signed, StepState::Countersigned, StepState::NotApplicable];

    pub fn key(self) -> &'static str {
        match self {
            StepState::Blocked => "blocked",
            StepState::Ready => "ready",
            StepState::Signed => "signed",
            StepState::Countersigned => "countersigned",
            StepState::NotApplicable => "not-applicable",
        }
    }

    /// The state as people read it on a page, in the request's language.
    pub fn label(self) -> String {
        // Looked up once per language: a plan's pages say it for every step.
        static LABELS: std::sync::LazyLock<[[String; 5]; 3]> = std::sync::LazyLock::new(|| {
            crate::i18n::Lang::ALL.map(|lang| StepState::ALL.map(|state| lang.t(&state.label_key())))
        });
        LABELS[crate::i18n::current() as usize][self as usize].clone()
    }

    /// The message of [`StepState::label`].
    pub fn label_key(self) -> String {
        format!("state-{}", self.key())
    }

    /// A state's key, as the pages' rows carry it, as people read it.
    pub fn label_of(key: &str) -> String {
        StepState::parse(key).label()
    }

    pub fn is_finished(self) -> bool {
        matches!(self, StepState::Countersigned | StepState::NotApplicable)
    }

    /// From [`StepState::key`]; anything else is blocked.
    pub fn parse(key: &str) -> StepState {
        [StepState::Ready, StepState::Signed, StepState::Countersigned, StepState::NotApplicable]
            .into_iter()
            .find(|s| s.key() == key)
            .unwrap_or(StepState::Blocked)
    }
}

/// Who may countersign, set per deployment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Countersigner {
    /// Someone else who meets the step's requirement.
    SameRequirement,
    /// Someone of the other team than the signer acted for (Lync for an
    /// Exchange signature, Exchange for a Lync one).
    OtherTeam,
    /// A coordinator.
    Coordinator,
}

impl Countersigner {
    pub const ALL: [Countersigner; 3] =
        [Countersigner::SameRequirement, Countersigner::OtherTeam, Countersigner::Coordinator];

    pub fn key(self) -> &'static str {
        match self {
            Countersigner::SameRequirement => "same-requirement",
            Countersigner::OtherTeam => "other-team",
            Countersigner::Coordinator => "coordinator",
        }
    }

    pub fn describe(self) -> &'static str {
        match self {
            Countersigner::SameRequirement => "someone else who may perform the step",
            Countersigner::OtherTeam => "someone of the other team",
            Countersigner::Coordinator => "a coordinator",
        }
    }

    /// [`Countersigner::describe`] in `lang`.
    pub fn describe_in(self, lang: crate::i18n::Lang) -> String {
        lang.t(&format!("countersigner-{}", self.key()))
    }

    pub fn parse(key: &str) -> Option<Countersigner> {
        Countersigner::ALL.into_iter().find(|c| c.key() == key)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Policy {
    pub countersigner: Countersigner,
    /// Countersignatures a step needs, 1 to 3.
    pub required: usize,
}

impl Policy {
    /// As a deployment's row stores it; an unknown rule is the default one.
    pub fn from_stored(countersigner: &str, required: i64) -> Policy {
        Policy {
            countersigner: Countersigner::parse(countersigner).unwrap_or(Countersigner::SameRequirement),
            required: required.clamp(1, 3) as usize,
        }
    }
}

/// What is recorded about a step now.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Record {
    pub state: Option<Stored>,
    pub round: i64,
    pub version: i64,
    /// The signer of the current round.
    pub signer: Option<i64>,
    pub signer_name: String,
    /// The role set the signer acted as, by name.
    pub signer_acting_as: String,
    /// The countersigners of the current round.
    pub countersigners: Vec<i64>,
    /// Why the step last opened again (rejected, reopened), shown to the people concerned.
    pub reason: String,
}

impl Record {
    pub fn stored(&self) -> Stored {
        self.state.unwrap_or(Stored::Open)
    }

    /// The record once `actor` has taken `kind` as `decision` allows; a new
    /// round forgets the signatures of the old one.
    pub fn after(&self, kind: Kind, decision: &Decision, actor: &Actor, reason: &str) -> Record {
        let mut next = if decision.new_round {
            Record { round: self.round.max(1) + 1, ..Record::default() }
        } else {
            Record { round: self.round.max(1), ..self.clone() }
        };
        next.state = Some(decision.state);
        next.version = self.version.max(1) + 1;
        next.reason = reason.to_owned();
        match kind {
            Kind::Sign => {
                next.signer = actor.id;
                next.signer_name = actor.username.clone();
                next.signer_acting_as = decision.acting_as.clone();
            }
            Kind::Countersign => next.countersigners.extend(actor.id),
            Kind::Reject | Kind::NotApplicable | Kind::Reopen => {}
        }
        next
    }

    /// The record of a step opened again in a new round for `reason` (a
    /// finished dependency reopened, its commands changed).
    pub fn opened_again(&self, reason: &str) -> Record {
        Record {
            state: Some(Stored::Open),
            round: self.round.max(1) + 1,
            version: self.version.max(1) + 1,
            reason: reason.to_owned(),
            ..Record::default()
        }
    }
}

/// What the rules look at of one step: from a plan and its records
/// ([`Context::facts`]), or from the rows the work queues read.
#[derive(Debug, Clone)]
pub struct StepFacts<'a> {
    pub requirement: &'a Requirement,
    /// The team of the step's lane.
    pub lane_team: Team,
    pub state: StepState,
    pub record: &'a Record,
    /// The unfinished steps it waits on.
    pub waiting_on: Vec<String>,
    pub policy: Policy,
    /// False once the deployment is complete or cancelled.
    pub active: bool,
}

/// Which of a person's work lists a step belongs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Queue {
    /// Ready, and the person may sign it.
    Sign,
    /// Signed by someone else, and the person may countersign it.
    Countersign,
    /// The person may sign it once what it waits on is finished.
    Waiting,
}

/// Where a step stands for `actor`: the same rules as [`decide`].
pub fn queue(facts: &StepFacts<'_>, actor: &Actor) -> Option<Queue> {
    let actor_id = actor.id?;
    if !facts.active {
        return None;
    }
    if may_sign(facts, actor).is_ok() {
        Some(Queue::Sign)
    } else if may_countersign(facts, actor_id, actor, Kind::Countersign).is_ok() {
        Some(Queue::Countersign)
    } else if facts.state == StepState::Blocked && facts.requirement.is_met_by(&actor.deployment_roles()) {
        Some(Queue::Waiting)
    } else {
        None
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    Sign,
    Countersign,
    Reject,
    NotApplicable,
    Reopen,
}

impl Kind {
    pub const ALL: [Kind; 5] = [Kind::Sign, Kind::Countersign, Kind::Reject, Kind::NotApplicable, Kind::Reopen];

    pub fn key(self) -> &'static str {
        match self {
            Kind::Sign => "sign",
            Kind::Countersign => "countersign",
            Kind::Reject => "reject",
            Kind::NotApplicable => "not-applicable",
            Kind::Reopen => "reopen",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Kind::Sign => "Sign: I ran it",
            Kind::Countersign => "Countersign: I checked it",
            Kind::Reject => "Reject",
            Kind::NotApplicable => "Mark not applicable",
            Kind::Reopen => "Reopen",
        }
    }

    /// [`Kind::label`] in `lang`: what the action's button says.
    pub fn label_in(self, lang: crate::i18n::Lang) -> String {
        lang.t(&format!("action-{}", self.key()))
    }

    pub fn parse(key: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.key() == key)
    }

    /// Whether the action needs a reason.
    pub fn needs_reason(self) -> bool {
        matches!(self, Kind::Reject | Kind::NotApplicable | Kind::Reopen)
    }

    /// Whether the action vouches that the step was done and worked: its evidence must say so.
    pub fn vouches(self) -> bool {
        matches!(self, Kind::Sign | Kind::Countersign)
    }
}

/// Everything [`decide`] looks at.
pub struct Context<'a> {
    pub plan: &'a Plan,
    pub records: &'a HashMap<String, Record>,
    pub policy: Policy,
    /// False once the deployment is complete or cancelled.
    pub active: bool,
}

/// What an allowed action does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decision {
    pub state: Stored,
    /// The step opens a new round: its sign-offs no longer count.
    pub new_round: bool,
    /// The role (or roles) the person acts as, for the record.
    pub acting_as: String,
    /// Finished steps that depend on this one and must be signed again.
    pub reopen_dependants: Vec<String>,
}

impl Context<'_> {
    pub fn record(&self, key: &str) -> Record {
        self.records.get(key).cloned().unwrap_or_default()
    }

    /// The stored state of a step, without copying its record.
    fn stored(&self, key: &str) -> Stored {
        self.records.get(key).map_or(Stored::Open, Record::stored)
    }

    /// The state people see: open steps are ready when every step they depend on is finished.
    pub fn state(&self, key: &str) -> StepState {
        match self.stored(key) {
            Stored::Signed => StepState::Signed,
            Stored::Countersigned => StepState::Countersigned,
            Stored::NotApplicable => StepState::NotApplicable,
            Stored::Open => {
                let Some(step) = self.plan.steps.iter().find(|s| s.key == key) else { return StepState::Blocked };
                if step.depends_on.iter().all(|d| self.stored(d).is_finished()) {
                    StepState::Ready
                } else {
                    StepState::Blocked
                }
            }
        }
    }

    /// What the rules look at of `step`, whose record is `record`.
    pub fn facts<'s>(&self, step: &'s PlannedStep, record: &'s Record) -> StepFacts<'s> {
        let state = self.state(&step.key);
        let waiting_on = if state == StepState::Blocked {
            step.depends_on.iter().filter(|d| !self.record(d).stored().is_finished()).cloned().collect()
        } else {
            Vec::new()
        };
        StepFacts {
            requirement: &step.requirement,
            lane_team: self.plan.lanes.iter().find(|l| l.key == step.lane).map_or(Team::Either, |l| l.team),
            state,
            record,
            waiting_on,
            policy: self.policy,
            active: self.active,
        }
    }

    /// What a blocked step waits on, for My work to say in its reader's
    /// language: each unfinished step it depends on as `number:key:state`,
    /// separated by spaces (no key holds either).
    pub fn waiting_on(&self, step: &PlannedStep) -> String {
        if self.state(&step.key) != StepState::Blocked {
            return String::new();
        }
        step.depends_on
            .iter()
            .filter(|d| !self.state(d).is_finished())
            .filter_map(|d| self.plan.steps.iter().find(|s| &s.key == d))
            .map(|d| format!("{}:{}:{}", d.number, d.key, self.state(&d.key).key()))
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// [`Context::waiting_on`]'s text read back: (number, key, state).
    pub fn read_waiting_on(text: &str) -> Vec<(&str, &str, StepState)> {
        text.split_whitespace()
            .filter_map(|entry| {
                let mut parts = entry.splitn(3, ':');
                Some((parts.next()?, parts.next()?, StepState::parse(parts.next()?)))
            })
            .collect()
    }

    /// Whose turn it is: each lane with steps ready to sign and how many,
    /// then the countersigners and how many steps wait for them.
    pub fn turn(&self) -> Vec<(String, usize)> {
        let mut turn: Vec<(String, usize)> = self
            .plan
            .lanes
            .iter()
            .filter_map(|lane| {
                let ready = lane.steps.iter().filter(|k| self.state(k) == StepState::Ready).count();
                (ready > 0).then(|| (lane.name.clone(), ready))
            })
            .collect();
        let awaiting = self.plan.steps.iter().filter(|s| self.state(&s.key) == StepState::Signed).count();
        if awaiting > 0 {
            turn.push((format!("countersigners ({})", self.policy.countersigner.describe()), awaiting));
        }
        turn
    }

    pub fn states(&self) -> HashMap<String, StepState> {
        self.plan.steps.iter().map(|s| (s.key.clone(), self.state(&s.key))).collect()
    }

    /// Every step finished.
    pub fn is_complete(&self) -> bool {
        self.plan.steps.iter().all(|s| self.stored(&s.key).is_finished())
    }

    /// The steps that depend on `key`, directly or not.
    pub fn dependants(&self, key: &str) -> Vec<String> {
        let mut found: Vec<String> = Vec::new();
        let mut pending = vec![key.to_owned()];
        while let Some(current) = pending.pop() {
            for step in self.plan.steps.iter().filter(|s| s.depends_on.contains(&current)) {
                if !found.contains(&step.key) {
                    found.push(step.key.clone());
                    pending.push(step.key.clone());
                }
            }
        }
        found
    }
}

/// The alternative of the requirement a person meets, if any.
fn met(requirement: &Requirement, actor: &Actor) -> Option<RoleSet> {
    let held = actor.deployment_roles();
    requirement.alternatives().iter().find(|set| set.is_met_by(&held)).cloned()
}

/// The team the step was signed for: that of the alternative the signer
/// acted as, else that of the step's lane.
fn signing_team(facts: &StepFacts<'_>) -> Team {
    facts
        .requirement
        .alternatives()
        .iter()
        .find(|set| set.name() == facts.record.signer_acting_as)
        .map(RoleSet::team)
        .unwrap_or(facts.lane_team)
}

/// Who may countersign under the policy: the role they act as, or why not.
fn countersign_role(facts: &StepFacts<'_>, actor: &Actor) -> Result<String, Msg> {
    let policy = facts.policy;
    match policy.countersigner {
        Countersigner::SameRequirement => met(facts.requirement, actor).map(|set| set.name()).ok_or_else(|| {
            Msg::new("refused-countersign-needs")
                .arg("needs", facts.requirement.describe())
                .arg_key("rule", format!("countersigner-{}", policy.countersigner.key()))
        }),
        Countersigner::Coordinator => {
            if actor.is(PortalRole::Coordinator) {
                Ok(PortalRole::Coordinator.name().to_owned())
            } else {
                Err(Msg::new("refused-countersign-coordinator"))
            }
        }
        Countersigner::OtherTeam => {
            let wanted: &[Team] = match signing_team(facts) {
                Team::Exchange => &[Team::Lync],
                Team::Lync => &[Team::Exchange],
                Team::Forest | Team::Either => &[Team::Exchange, Team::Lync],
            };
            actor
                .deployment_roles()
                .into_iter()
                .find(|role| wanted.contains(&role.team()))
                .map(|role| role.name().to_owned())
                .ok_or_else(|| {
                    Msg::new(match wanted {
                        [Team::Lync] => "refused-countersign-lync-team",
                        [Team::Exchange] => "refused-countersign-exchange-team",
                        _ => "refused-countersign-either-team",
                    })
                })
        }
    }
}

/// Whether `actor` may sign the step now, and as which role set.
fn may_sign(facts: &StepFacts<'_>, actor: &Actor) -> Result<RoleSet, Msg> {
    match facts.state {
        StepState::Ready => {}
        StepState::Blocked => {
            return Err(Msg::new("refused-blocked").arg("steps", facts.waiting_on.join(", ")));
        }
        StepState::Signed => return Err(Msg::new("refused-already-signed").arg("signer", &facts.record.signer_name)),
        _ => return Err(Msg::new("refused-already-finished")),
    }
    met(facts.requirement, actor).ok_or_else(|| {
        let needs = Msg::new("refused-sign-needs").arg("needs", facts.requirement.describe());
        match held_names(actor) {
            Some(held) => needs.arg("held", held),
            None => needs.arg_key("held", "roles-none"),
        }
    })
}

/// Whether `actor` may countersign (or reject) the signed step now, and as what.
fn may_countersign(facts: &StepFacts<'_>, actor_id: i64, actor: &Actor, kind: Kind) -> Result<String, Msg> {
    if facts.state != StepState::Signed {
        return Err(Msg::new("refused-not-signed").arg("action", kind.key()).arg_key("state", facts.state.label_key()));
    }
    if facts.record.signer == Some(actor_id) {
        return Err(Msg::new("refused-own-signature"));
    }
    if facts.record.countersigners.contains(&actor_id) {
        return Err(Msg::new("refused-already-countersigned"));
    }
    countersign_role(facts, actor)
}

/// Decides whether `actor` may take action `kind` on step `key` now, and what
/// it changes. Every refusal says why, in words for the person refused.
pub fn decide(ctx: &Context<'_>, key: &str, actor: &Actor, kind: Kind) -> Result<Decision, Msg> {
    let step =
        ctx.plan.steps.iter().find(|s| s.key == key).ok_or_else(|| Msg::new("refused-not-in-plan").arg("step", key))?;
    if !ctx.active {
        return Err(Msg::new("refused-closed"));
    }
    let Some(actor_id) = actor.id else {
        return Err(Msg::new("refused-not-signed-in"));
    };
    let record = ctx.record(key);
    let facts = ctx.facts(step, &record);
    let state = facts.state;
    let decision = |state: Stored, new_round: bool, acting_as: String| Decision {
        state,
        new_round,
        acting_as,
        reopen_dependants: Vec::new(),
    };
    match kind {
        Kind::Sign => {
            let role = may_sign(&facts, actor)?;
            Ok(decision(Stored::Signed, false, role.name()))
        }
        Kind::Countersign | Kind::Reject => {
            let role = may_countersign(&facts, actor_id, actor, kind)?;
            if kind == Kind::Reject {
                return Ok(decision(Stored::Open, true, role));
            }
            let finished = record.countersigners.len() + 1 >= ctx.policy.required;
            Ok(decision(if finished { Stored::Countersigned } else { Stored::Signed }, false, role))
        }
        Kind::NotApplicable => {
            authorize(actor, Action::OverrideStep)
                .map_err(|d| Msg::new("refused-not-applicable-needs").arg_key("needs", d.needs_key))?;
            if state.is_finished() {
                return Err(Msg::new("refused-already-state").arg_key("state", state.label_key()));
            }
            Ok(decision(Stored::NotApplicable, false, PortalRole::Coordinator.name().to_owned()))
        }
        Kind::Reopen => {
            authorize(actor, Action::OverrideStep)
                .map_err(|d| Msg::new("refused-reopen-needs").arg_key("needs", d.needs_key))?;
            if !state.is_finished() {
                return Err(Msg::new("refused-reopen-unfinished"));
            }
            let reopen_dependants =
                ctx.dependants(key).into_iter().filter(|k| ctx.record(k).stored() != Stored::Open).collect();
            Ok(Decision {
                state: Stored::Open,
                new_round: true,
                acting_as: PortalRole::Coordinator.name().to_owned(),
                reopen_dependants,
            })
        }
    }
}

fn held_names(actor: &Actor) -> Option<String> {
    let held: Vec<&str> = actor.deployment_roles().iter().map(|r| r.name()).collect();
    (!held.is_empty()).then(|| held.join(", "))
}

/// What a sign-off record's action was, in `lang` (its key when the catalog has no words for it).
pub fn signoff_label(action: &str, lang: crate::i18n::Lang) -> String {
    lang.try_t(&format!("event-step-{action}")).unwrap_or_else(|| action.to_owned())
}

/// Every action, with whether `actor` may take it now and if not why: the
/// step page shows the buttons and the reasons.
pub fn available(ctx: &Context<'_>, key: &str, actor: &Actor) -> Vec<(Kind, Result<(), String>)> {
    Kind::ALL
        .into_iter()
        .map(|kind| (kind, decide(ctx, key, actor, kind).map(|_| ()).map_err(|m| m.to_string())))
        .collect()
}

/// Of a step's sign-offs, oldest first, each as (action, content hash, how
/// the hash was computed): the place of the last sign when it vouches for
/// another text than the step's now, which the step page shows beside it.
pub fn stale_sign(step: &PlannedStep, signoffs: &[(&str, &str, i64)]) -> Option<usize> {
    let (place, (_, hash, encoding)) = signoffs.iter().enumerate().rev().find(|(_, (action, ..))| *action == "sign")?;
    (!step.content_is(hash, *encoding)).then_some(place)
}

/// The steps that became ready because `finished` finished: those whose
/// every dependency is now finished. `before` is the context before.
pub fn newly_ready(before: &Context<'_>, after: &Context<'_>) -> Vec<String> {
    before
        .plan
        .steps
        .iter()
        .filter(|s| before.state(&s.key) == StepState::Blocked && after.state(&s.key) == StepState::Ready)
        .map(|s| s.key.clone())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::{example_toml, from_toml};
    use crate::catalog;
    use crate::plan;

    fn plan() -> Plan {
        let catalog = catalog::builtin().expect("catalog");
        plan::build(&catalog, &from_toml(&example_toml()).expect("answers")).expect("plan")
    }

    fn actor(id: i64, keys: &[&str]) -> Actor {
        Actor::from_keys(id, &format!("user{id}"), "U", &keys.iter().map(|k| (*k).to_owned()).collect::<Vec<_>>())
    }

    fn ctx<'a>(plan: &'a Plan, records: &'a HashMap<String, Record>, policy: Policy) -> Context<'a> {
        Context { plan, records, policy, active: true }
    }

    const SAME: Policy = Policy { countersigner: Countersigner::SameRequirement, required: 1 };

    fn signed_by(id: i64) -> Record {
        Record {
            state: Some(Stored::Signed),
            round: 1,
            version: 2,
            signer: Some(id),
            signer_name: format!("user{id}"),
            signer_acting_as: "Exchange Organization Administrators".to_owned(),
            countersigners: vec![],
            reason: String::new(),
        }
    }

    #[test]
    fn signing_needs_the_requirement_and_a_ready_step() {
        let plan = plan();
        let records = HashMap::new();
        let c = ctx(&plan, &records, SAME);
        let org = actor(1, &["exchange-org-admins"]);
        assert!(decide(&c, "oauth.exchange-auth-certificate", &org, Kind::Sign).is_ok());
        let lync = actor(2, &["rtc-universal-server-admins"]);
        let refused =
            decide(&c, "oauth.exchange-auth-certificate", &lync, Kind::Sign).expect_err("wrong group").to_string();
        assert!(
            refused.contains("Exchange Organization Administrators") && refused.contains("RTCUniversalServerAdmins"),
            "{refused}"
        );
        let blocked = decide(&c, "um.create-dial-plan", &org, Kind::Sign).expect_err("blocked").to_string();
        assert!(blocked.contains("um.deploy-exchange"), "{blocked}");
    }

    #[test]
    fn ocsumutil_needs_both_groups_in_one_person() {
        let plan = plan();
        let mut records = HashMap::new();
        for step in plan.steps.iter().filter(|s| s.key != "um.run-ocsumutil") {
            records.insert(step.key.clone(), Record { state: Some(Stored::Countersigned), ..Record::default() });
        }
        let c = ctx(&plan, &records, SAME);
        assert!(decide(&c, "um.run-ocsumutil", &actor(1, &["rtc-universal-server-admins"]), Kind::Sign).is_err());
        assert!(decide(&c, "um.run-ocsumutil", &actor(2, &["rtc-universal-user-admins"]), Kind::Sign).is_err());
        assert!(
            decide(
                &c,
                "um.run-ocsumutil",
                &actor(3, &["rtc-universal-user-admins", "rtc-universal-server-admins"]),
                Kind::Sign
            )
            .is_ok()
        );
    }

    #[test]
    fn nobody_countersigns_their_own_signature() {
        let plan = plan();
        let records: HashMap<String, Record> =
            [("oauth.exchange-auth-certificate".to_owned(), signed_by(1))].into_iter().collect();
        let everything = actor(1, &["admin", "coordinator", "auditor", "exchange-org-admins"]);
        for policy in Countersigner::ALL {
            let c = ctx(&plan, &records, Policy { countersigner: policy, required: 1 });
            let refused = decide(&c, "oauth.exchange-auth-certificate", &everything, Kind::Countersign)
                .expect_err("self")
                .to_string();
            assert!(refused.contains("different person"), "{refused}");
            assert!(decide(&c, "oauth.exchange-auth-certificate", &everything, Kind::Reject).is_err());
        }
        let other = actor(2, &["exchange-org-admins"]);
        let decision =
            decide(&ctx(&plan, &records, SAME), "oauth.exchange-auth-certificate", &other, Kind::Countersign)
                .expect("allowed");
        assert_eq!(decision.state, Stored::Countersigned);
    }

    #[test]
    fn the_countersigner_policy_decides_who_may_confirm() {
        let plan = plan();
        let records: HashMap<String, Record> =
            [("oauth.exchange-auth-certificate".to_owned(), signed_by(1))].into_iter().collect();
        let exchange = actor(2, &["exchange-org-admins"]);
        let lync = actor(3, &["rtc-universal-server-admins"]);
        let coordinator = actor(4, &["coordinator"]);
        let key = "oauth.exchange-auth-certificate";
        let other_team = ctx(&plan, &records, Policy { countersigner: Countersigner::OtherTeam, required: 1 });
        assert!(decide(&other_team, key, &exchange, Kind::Countersign).is_err());
        assert!(decide(&other_team, key, &lync, Kind::Countersign).is_ok());
        let coordinators = ctx(&plan, &records, Policy { countersigner: Countersigner::Coordinator, required: 1 });
        assert!(decide(&coordinators, key, &exchange, Kind::Countersign).is_err());
        assert!(decide(&coordinators, key, &coordinator, Kind::Countersign).is_ok());
    }

    #[test]
    fn several_countersignatures_can_be_required() {
        let plan = plan();
        let key = "oauth.exchange-auth-certificate";
        let mut records: HashMap<String, Record> = [(key.to_owned(), signed_by(1))].into_iter().collect();
        let two = Policy { countersigner: Countersigner::SameRequirement, required: 2 };
        let first = decide(&ctx(&plan, &records, two), key, &actor(2, &["exchange-org-admins"]), Kind::Countersign)
            .expect("first");
        assert_eq!(first.state, Stored::Signed);
        if let Some(record) = records.get_mut(key) {
            record.countersigners.push(2);
        }
        let again = decide(&ctx(&plan, &records, two), key, &actor(2, &["exchange-org-admins"]), Kind::Countersign)
            .expect_err("twice")
            .to_string();
        assert!(again.contains("already countersigned"));
        let second = decide(&ctx(&plan, &records, two), key, &actor(3, &["exchange-org-admins"]), Kind::Countersign)
            .expect("second");
        assert_eq!(second.state, Stored::Countersigned);
    }

    #[test]
    fn reopening_reaches_the_finished_dependants() {
        let plan = plan();
        let done = Record { state: Some(Stored::Countersigned), ..Record::default() };
        let records: HashMap<String, Record> =
            ["um.deploy-exchange", "um.create-dial-plan", "um.set-dial-plan-security"]
                .into_iter()
                .map(|k| (k.to_owned(), done.clone()))
                .collect();
        let c = ctx(&plan, &records, SAME);
        let coordinator = actor(9, &["coordinator"]);
        let decision = decide(&c, "um.create-dial-plan", &coordinator, Kind::Reopen).expect("reopen");
        assert!(decision.new_round);
        assert_eq!(decision.reopen_dependants, vec!["um.set-dial-plan-security".to_owned()]);
        assert!(decide(&c, "um.create-dial-plan", &actor(1, &["exchange-org-admins"]), Kind::Reopen).is_err());
        assert!(decide(&c, "um.install-certificates", &coordinator, Kind::Reopen).is_err(), "not finished");
    }

    #[test]
    fn a_closed_deployment_is_read_only() {
        let plan = plan();
        let records = HashMap::new();
        let closed = Context { plan: &plan, records: &records, policy: SAME, active: false };
        let refused =
            decide(&closed, "oauth.exchange-auth-certificate", &actor(1, &["exchange-org-admins"]), Kind::Sign)
                .expect_err("closed")
                .to_string();
        assert!(refused.contains("read-only"));
    }

    #[test]
    fn a_record_moves_as_the_sign_offs_say() {
        let plan = plan();
        let key = "oauth.exchange-auth-certificate";
        let signer = actor(1, &["exchange-org-admins"]);
        let empty = HashMap::new();
        let sign = decide(&ctx(&plan, &empty, SAME), key, &signer, Kind::Sign).expect("sign");
        let signed = Record::default().after(Kind::Sign, &sign, &signer, "");
        assert_eq!((signed.stored(), signed.round, signed.version, signed.signer), (Stored::Signed, 1, 2, Some(1)));
        assert_eq!(signed.signer_acting_as, "Exchange Organization Administrators");
        let records: HashMap<String, Record> = [(key.to_owned(), signed.clone())].into_iter().collect();
        let checker = actor(2, &["exchange-org-admins"]);
        let reject = decide(&ctx(&plan, &records, SAME), key, &checker, Kind::Reject).expect("reject");
        let rejected = signed.after(Kind::Reject, &reject, &checker, "rejected by user2: wrong server");
        assert_eq!((rejected.stored(), rejected.round, rejected.version), (Stored::Open, 2, 3));
        assert_eq!((rejected.signer, rejected.countersigners.len()), (None, 0), "a new round forgets the signer");
        assert_eq!(rejected.reason, "rejected by user2: wrong server");
        let two = Policy { countersigner: Countersigner::SameRequirement, required: 2 };
        let first = decide(&ctx(&plan, &records, two), key, &checker, Kind::Countersign).expect("countersign");
        let once = signed.after(Kind::Countersign, &first, &checker, "");
        assert_eq!((once.stored(), once.countersigners.clone(), once.signer), (Stored::Signed, vec![2], Some(1)));
        assert_eq!(once.opened_again("stale").round, 2);
        assert_eq!(once.opened_again("stale").signer, None);
    }

    #[test]
    fn the_work_lists_follow_the_rules_of_decide() {
        let plan = plan();
        let key = "oauth.exchange-auth-certificate";
        let signer = actor(1, &["exchange-org-admins"]);
        let other = actor(2, &["exchange-org-admins"]);
        let lync = actor(3, &["rtc-universal-server-admins"]);
        let empty = HashMap::new();
        let c = ctx(&plan, &empty, SAME);
        let step = plan.steps.iter().find(|s| s.key == key).expect("the step");
        let record = c.record(key);
        assert_eq!(queue(&c.facts(step, &record), &signer), Some(Queue::Sign));
        assert_eq!(queue(&c.facts(step, &record), &lync), None, "not this person's requirement");
        let blocked = plan.steps.iter().find(|s| s.key == "um.create-dial-plan").expect("a blocked step");
        let blocked_record = c.record(&blocked.key);
        assert_eq!(queue(&c.facts(blocked, &blocked_record), &signer), Some(Queue::Waiting));
        let records: HashMap<String, Record> = [(key.to_owned(), signed_by(1))].into_iter().collect();
        let c = ctx(&plan, &records, SAME);
        let record = c.record(key);
        assert_eq!(queue(&c.facts(step, &record), &signer), None, "nobody countersigns their own");
        assert_eq!(queue(&c.facts(step, &record), &other), Some(Queue::Countersign));
        let closed = Context { plan: &plan, records: &records, policy: SAME, active: false };
        assert_eq!(queue(&closed.facts(step, &record), &other), None, "a closed deployment is nobody's work");
        for person in [&signer, &other, &lync] {
            let by_rules = decide(&c, key, person, Kind::Countersign).is_ok();
            assert_eq!(queue(&c.facts(step, &record), person) == Some(Queue::Countersign), by_rules);
        }
    }

    #[test]
    fn the_last_sign_is_stale_when_it_vouches_for_another_text() {
        let plan = plan();
        let step = plan.steps.iter().find(|s| s.key == "um.deploy-exchange").expect("a step");
        let now = step.content_sha256.as_str();
        assert_eq!(stale_sign(step, &[("sign", now, 2), ("countersign", now, 2)]), None);
        assert_eq!(stale_sign(step, &[("sign", "old", 2), ("stale", now, 2)]), Some(0));
        assert_eq!(
            stale_sign(step, &[("sign", "old", 2), ("reject", now, 2), ("sign", now, 2)]),
            None,
            "the last sign counts"
        );
        assert_eq!(stale_sign(step, &[("countersign", "old", 2)]), None, "no sign, nothing stale");
    }
}
