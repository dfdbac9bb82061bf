//! The canonical bytes of an event: what its Merkle leaf hashes.
//!
//! Eight fields, each as its length (8 bytes, big-endian) followed by its
//! UTF-8 bytes: the sequence number and the time (Unix seconds) in decimal,
//! the actor's id in decimal (empty when none), the actor's name, the
//! action, the target, the outcome (`done` or `refused`), and the details
//! (the JSON text exactly as stored). The leaf hash is
//! `SHA-256(0x00 ‖ bytes)` (RFC 9162), so an auditor can recompute it from
//! a row of `audit_events` with a few lines of any language.

/// One event as stored: everything its leaf covers.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct StoredEvent {
    pub seq: i64,
    pub at: i64,
    pub actor_id: Option<i64>,
    pub actor_name: String,
    pub action: String,
    pub target: String,
    pub outcome: String,
    /// The details' JSON text, byte for byte as stored.
    pub detail: String,
}

impl StoredEvent {
    /// Calls `use_fields` with the eight fields as text, in their order,
    /// without copying them: what the leaf and the chain both hash.
    pub fn with_fields<R>(&self, use_fields: impl FnOnce(&[&str; 8]) -> R) -> R {
        let (mut seq, mut at, mut id) = (itoa::Buffer::new(), itoa::Buffer::new(), itoa::Buffer::new());
        let actor_id = self.actor_id.map_or("", |actor| id.format(actor));
        use_fields(&[
            seq.format(self.seq),
            at.format(self.at),
            actor_id,
            &self.actor_name,
            &self.action,
            &self.target,
            &self.outcome,
            &self.detail,
        ])
    }

    pub fn canonical_bytes(&self) -> Vec<u8> {
        self.with_fields(|fields| {
            let mut bytes = Vec::with_capacity(fields.iter().map(|f| f.len() + 8).sum());
            for field in fields {
                bytes.extend_from_slice(&(field.len() as u64).to_be_bytes());
                bytes.extend_from_slice(field.as_bytes());
            }
            bytes
        })
    }

    /// Reads canonical bytes back (a proof carries them), or `None` if they
    /// are not eight well-formed fields.
    pub fn from_canonical_bytes(mut bytes: &[u8]) -> Option<StoredEvent> {
        let mut fields = Vec::with_capacity(8);
        while !bytes.is_empty() {
            let (length, rest) = bytes.split_at_checked(8)?;
            let length = usize::try_from(u64::from_be_bytes(length.try_into().ok()?)).ok()?;
            let (field, rest) = rest.split_at_checked(length)?;
            fields.push(String::from_utf8(field.to_vec()).ok()?);
            bytes = rest;
        }
        let [seq, at, actor_id, actor_name, action, target, outcome, detail]: [String; 8] = fields.try_into().ok()?;
        Some(StoredEvent {
            seq: seq.parse().ok()?,
            at: at.parse().ok()?,
            actor_id: if actor_id.is_empty() { None } else { Some(actor_id.parse().ok()?) },
            actor_name,
            action,
            target,
            outcome,
            detail,
        })
    }

    /// The event's leaf hash in the tree: `SHA-256(0x00 ‖ canonical bytes)`,
    /// fed field by field (what [`tlog_tiles::tlog::record_hash`] of
    /// [`Self::canonical_bytes`] gives, without building them).
    pub fn leaf_hash(&self) -> tlog_tiles::tlog::Hash {
        use sha2::{Digest, Sha256};
        let mut hasher = Sha256::new();
        hasher.update([0x00]);
        self.with_fields(|fields| {
            for field in fields {
                hasher.update((field.len() as u64).to_be_bytes());
                hasher.update(field.as_bytes());
            }
        });
        tlog_tiles::tlog::Hash(hasher.finalize().into())
    }

    /// The event's position in the tree: sequence numbers start at 1.
    pub fn leaf_index(&self) -> Option<u64> {
        u64::try_from(self.seq - 1).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event() -> StoredEvent {
        StoredEvent {
            seq: 7,
            at: 1_700_000_000,
            actor_id: Some(3),
            actor_name: "mei".into(),
            action: "step.sign".into(),
            target: "deployment:1/step:um.deploy-exchange".into(),
            outcome: "done".into(),
            detail: r#"{"note":"통합 메시징"}"#.into(),
        }
    }

    #[test]
    fn canonical_bytes_round_trip_and_every_field_counts() {
        let original = event();
        assert_eq!(StoredEvent::from_canonical_bytes(&original.canonical_bytes()), Some(original.clone()));
        let mut moved = original.clone();
        moved.actor_name = "me".into();
        moved.action = "istep.sign".into();
        assert_ne!(moved.leaf_hash(), original.leaf_hash(), "moving text between fields changes the leaf");
        assert_eq!(original.leaf_hash(), tlog_tiles::tlog::record_hash(&original.canonical_bytes()));
        let mut anonymous = original.clone();
        anonymous.actor_id = None;
        assert_eq!(StoredEvent::from_canonical_bytes(&anonymous.canonical_bytes()), Some(anonymous));
        assert_eq!(StoredEvent::from_canonical_bytes(b"\x00\x00\x00\x00\x00\x00\x00\x09abc"), None);
    }
}
