//! The audit trail's pure part: what an event holds, its canonical encoding,
//! and the hash chain. Writing happens only through `db::audit::record`, in
//! the transaction of the change the event records.

use serde::Serialize;
use sha2::{Digest, Sha256};

/// The hash the first event chains from.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// Whether the action happened or was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Outcome {
    Done,
    Refused,
}

impl Outcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Done => "done",
            Outcome::Refused => "refused",
        }
    }
}

/// An event before it is written: who did what to what, and how it went.
#[derive(Debug, Clone, Serialize)]
pub struct NewEvent {
    pub actor_id: Option<i64>,
    pub actor_name: String,
    pub action: String,
    pub target: String,
    pub outcome: Outcome,
    /// A JSON object with the details of the action.
    pub detail: serde_json::Value,
}

impl NewEvent {
    pub fn new(action: &str, target: impl Into<String>, outcome: Outcome) -> Self {
        Self {
            actor_id: None,
            actor_name: String::new(),
            action: action.to_owned(),
            target: target.into(),
            outcome,
            detail: serde_json::Value::Object(serde_json::Map::new()),
        }
    }

    pub fn by(mut self, actor_id: Option<i64>, actor_name: &str) -> Self {
        self.actor_id = actor_id;
        self.actor_name = actor_name.to_owned();
        self
    }

    pub fn detail(mut self, detail: serde_json::Value) -> Self {
        self.detail = detail;
        self
    }
}

/// The SHA-256 of an event: over the previous hash and every field, each
/// length-prefixed so that no two different events encode alike.
pub fn event_hash(prev_sha256: &str, seq: i64, at: i64, event: &NewEvent, detail_json: &str) -> String {
    let mut hasher = Sha256::new();
    let actor_id = event.actor_id.map_or(String::new(), |id| id.to_string());
    let fields = [
        prev_sha256,
        &seq.to_string(),
        &at.to_string(),
        &actor_id,
        &event.actor_name,
        &event.action,
        &event.target,
        event.outcome.as_str(),
        detail_json,
    ];
    for field in fields {
        hasher.update((field.len() as u64).to_be_bytes());
        hasher.update(field.as_bytes());
    }
    hex::encode(hasher.finalize())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_changes_the_hash() {
        let event = NewEvent::new("login", "user:1", Outcome::Done).by(Some(1), "admin");
        let base = event_hash(GENESIS, 1, 100, &event, "{}");
        assert_ne!(base, event_hash(GENESIS, 2, 100, &event, "{}"));
        assert_ne!(base, event_hash(GENESIS, 1, 101, &event, "{}"));
        assert_ne!(base, event_hash(&base, 1, 100, &event, "{}"));
        assert_ne!(base, event_hash(GENESIS, 1, 100, &event.clone().by(Some(2), "admin"), "{}"));
        assert_ne!(base, event_hash(GENESIS, 1, 100, &event, "{\"a\":1}"));
        let refused = NewEvent::new("login", "user:1", Outcome::Refused).by(Some(1), "admin");
        assert_ne!(base, event_hash(GENESIS, 1, 100, &refused, "{}"));
        // Moving text between fields changes the hash too.
        let shifted = NewEvent::new("logi", "nuser:1", Outcome::Done).by(Some(1), "admin");
        assert_ne!(base, event_hash(GENESIS, 1, 100, &shifted, "{}"));
    }
}
