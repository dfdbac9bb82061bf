//! Step states. Pure: what state each step of a plan is in, given what has
//! been finished.

use std::collections::{HashMap, HashSet};

use serde::Serialize;

use crate::plan::Plan;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum StepState {
    /// Waits for a step it depends on.
    Blocked,
    /// May be done now.
    Ready,
    /// Done and confirmed, or not applicable.
    Finished,
}

impl StepState {
    pub fn key(self) -> &'static str {
        match self {
            StepState::Blocked => "blocked",
            StepState::Ready => "ready",
            StepState::Finished => "finished",
        }
    }
}

/// Each step's state: finished if in `finished`, ready when every step it
/// depends on is finished, blocked otherwise.
pub fn states(plan: &Plan, finished: &HashSet<&str>) -> HashMap<String, StepState> {
    plan.steps
        .iter()
        .map(|step| {
            let state = if finished.contains(step.key.as_str()) {
                StepState::Finished
            } else if step.depends_on.iter().all(|d| finished.contains(d.as_str())) {
                StepState::Ready
            } else {
                StepState::Blocked
            };
            (step.key.clone(), state)
        })
        .collect()
}
