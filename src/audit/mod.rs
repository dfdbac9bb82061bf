//! The audit trail's pure part: what an event holds and its bounds, its
//! canonical encoding, the Merkle tree it is a leaf of, signed checkpoints,
//! proofs, and verification. Writing happens only through
//! `db::audit::record`, in the transaction of the change the event records.

pub mod checkpoint;
pub mod encoding;
pub mod export;
pub mod proof;
pub mod tree;
pub mod verify;

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

/// The most a client can make one event carry: longer text is cut, with a
/// marker that says how long it was and its SHA-256, so nothing is silently
/// lost and nothing unbounded is kept forever.
pub const MAX_NAME_CHARS: usize = 200;
pub const MAX_TARGET_CHARS: usize = 300;
pub const MAX_DETAIL_TEXT_CHARS: usize = 4200;
pub const MAX_DETAIL_BYTES: usize = 32 * 1024;
/// Room for the marker, so that a cut text is within `max` and cutting again changes nothing.
const MARKER_CHARS: usize = 120;

/// `text`, cut to at most `max` characters, with a marker, when longer: the
/// marker gives the text's length, and its SHA-256 where there is room.
/// A result is never longer than `max`, so bounding twice changes nothing.
pub fn bounded(text: &str, max: usize) -> String {
    // PostgreSQL keeps no U+0000 in text; a careless client's is shown, not refused.
    let unnul;
    let text = if text.contains('\0') {
        unnul = text.replace('\0', "\u{FFFD}");
        unnul.as_str()
    } else {
        text
    };
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let marker = if max >= 2 * MARKER_CHARS {
        format!("…[cut: {} bytes in all, SHA-256 {}]", text.len(), hex::encode(Sha256::digest(text.as_bytes())))
    } else {
        format!("…[cut: {} bytes]", text.len())
    };
    let room = max.saturating_sub(marker.chars().count());
    if room == 0 {
        return text.chars().take(max).collect();
    }
    let kept: String = text.chars().take(room).collect();
    format!("{kept}{marker}")
}

fn bound_value(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::String(text) => *text = bounded(text, MAX_DETAIL_TEXT_CHARS),
        serde_json::Value::Array(items) => {
            items.truncate(64);
            items.iter_mut().for_each(bound_value);
        }
        serde_json::Value::Object(map) => map.values_mut().for_each(bound_value),
        _ => {}
    }
}

impl NewEvent {
    /// The event with every field within its bound.
    pub fn bounded(&self) -> NewEvent {
        let mut detail = self.detail.clone();
        bound_value(&mut detail);
        let encoded = detail.to_string();
        if encoded.len() > MAX_DETAIL_BYTES {
            detail = serde_json::json!({
                "cut": true,
                "bytes": encoded.len(),
                "sha256": hex::encode(Sha256::digest(encoded.as_bytes())),
            });
        }
        NewEvent {
            actor_id: self.actor_id,
            actor_name: bounded(&self.actor_name, MAX_NAME_CHARS),
            action: bounded(&self.action, MAX_NAME_CHARS),
            target: bounded(&self.target, MAX_TARGET_CHARS),
            outcome: self.outcome,
            detail,
        }
    }

    /// What makes two refusals "the same": who, what, on what, and why.
    pub fn fingerprint(&self) -> String {
        let actor_id = self.actor_id.map_or(String::new(), |id| id.to_string());
        let detail = self.detail.to_string();
        let mut hasher = Sha256::new();
        for field in [&actor_id, &self.actor_name, &self.action, &self.target, &detail] {
            hasher.update((field.len() as u64).to_be_bytes());
            hasher.update(field.as_bytes());
        }
        hex::encode(hasher.finalize())
    }

    /// Whose refusals share one budget: a signed-in person, or everyone not
    /// signed in together (their names are whatever they typed).
    pub fn budget_key(&self) -> String {
        self.actor_id.map_or_else(|| "anonymous".to_owned(), |id| format!("user:{id}"))
    }
}

/// The SHA-256 of an event: over the previous hash and every field, each
/// length-prefixed so that no two different events encode alike.
pub fn event_hash(prev_sha256: &str, seq: i64, at: i64, event: &NewEvent, detail_json: &str) -> String {
    let actor_id = event.actor_id.map_or(String::new(), |id| id.to_string());
    chain_hash(
        prev_sha256,
        &[
            &seq.to_string(),
            &at.to_string(),
            &actor_id,
            &event.actor_name,
            &event.action,
            &event.target,
            event.outcome.as_str(),
            detail_json,
        ],
    )
}

/// [`event_hash`] over the fields as stored (seq, at, actor id, actor name,
/// action, target, outcome, details), without copying them.
pub fn chain_hash(prev_sha256: &str, fields: &[&str; 8]) -> String {
    hex::encode(chain_digest(prev_sha256, fields))
}

/// [`chain_hash`] as bytes.
/// The verifier key an `audit.key-replaced` event's details name, when they name one: the portal
/// and the verifier read it alike, and both refuse an event that names none.
pub fn replaced_key(detail: &str) -> Option<String> {
    serde_json::from_str::<serde_json::Value>(detail).ok()?["vkey"]
        .as_str()
        .filter(|k| !k.is_empty())
        .map(str::to_owned)
}

pub fn chain_digest(prev_sha256: &str, fields: &[&str; 8]) -> [u8; 32] {
    let mut hasher = Sha256::new();
    hasher.update((prev_sha256.len() as u64).to_be_bytes());
    hasher.update(prev_sha256.as_bytes());
    for field in fields {
        hasher.update((field.len() as u64).to_be_bytes());
        hasher.update(field.as_bytes());
    }
    hasher.finalize().into()
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

    #[test]
    fn what_a_client_sends_is_bounded_in_every_field() {
        let huge = "x".repeat(2_000_000);
        let event = NewEvent::new(&huge, format!("user:{huge}"), Outcome::Refused)
            .by(None, &huge)
            .detail(serde_json::json!({ "reason": huge, "list": vec!["y".repeat(20_000); 1000] }));
        let bounded = event.bounded();
        let size =
            bounded.actor_name.len() + bounded.action.len() + bounded.target.len() + bounded.detail.to_string().len();
        assert!(size <= MAX_NAME_CHARS * 2 + MAX_TARGET_CHARS + MAX_DETAIL_BYTES, "{size} bytes");
        assert!(bounded.target.contains("2000005 bytes in all"), "the cut says how long the text was");
        assert_eq!(bounded.bounded().target, bounded.target, "bounding twice changes nothing");
        for max in [0, 5, 30, 64, 100, 250, 300] {
            let cut = super::bounded(&huge, max);
            assert!(cut.chars().count() <= max, "{max}: {} characters", cut.chars().count());
            assert_eq!(super::bounded(&cut, max), cut, "{max}: bounding twice changes nothing");
        }
        let small = NewEvent::new("login", "user:mei", Outcome::Done).by(Some(1), "mei");
        assert_eq!(small.bounded().target, "user:mei");
    }
}
