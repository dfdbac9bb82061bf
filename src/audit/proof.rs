//! Inclusion proofs in the c2sp.org tlog-proof text format: an event's index,
//! the Merkle path to the root of a signed checkpoint, and the checkpoint.
//! The `extra` line carries the event's canonical bytes, so a proof alone
//! shows the event it proves and can be checked offline.
//!
//! ```text
//! c2sp.org/tlog-proof@v1
//! extra <base64 of the event's canonical bytes>
//! index <leaf index = sequence number - 1>
//! <base64 hash>                (one line per hash of the path)
//!
//! <the signed checkpoint>
//! ```

use base64::Engine;
use base64::engine::general_purpose::STANDARD as BASE64;
use tlog_tiles::tlog::{self, Hash};

use super::checkpoint::{self, Verified};
use super::encoding::StoredEvent;

pub const HEADER: &str = "c2sp.org/tlog-proof@v1";

#[derive(Debug, Clone, PartialEq)]
pub struct InclusionProof {
    pub event: StoredEvent,
    pub index: u64,
    pub hashes: Vec<Hash>,
    /// The signed checkpoint the path leads to.
    pub checkpoint: String,
}

impl InclusionProof {
    pub fn encode(&self) -> String {
        let mut text =
            format!("{HEADER}\nextra {}\nindex {}\n", BASE64.encode(self.event.canonical_bytes()), self.index);
        for hash in &self.hashes {
            text.push_str(&BASE64.encode(hash.0));
            text.push('\n');
        }
        text.push('\n');
        text.push_str(&self.checkpoint);
        text
    }

    pub fn parse(text: &str) -> Result<InclusionProof, String> {
        let (head, checkpoint) = text.split_once("\n\n").ok_or("no blank line before the checkpoint")?;
        let mut lines = head.lines();
        if lines.next() != Some(HEADER) {
            return Err(format!("does not begin with {HEADER}"));
        }
        let mut extra = None;
        let mut index = None;
        let mut hashes = Vec::new();
        for line in lines {
            if let Some(value) = line.strip_prefix("extra ") {
                extra = Some(BASE64.decode(value).map_err(|e| format!("extra is not base64: {e}"))?);
            } else if let Some(value) = line.strip_prefix("index ") {
                index = Some(value.parse::<u64>().map_err(|_| format!("index {value:?} is not a number"))?);
            } else {
                let bytes = BASE64.decode(line).map_err(|e| format!("a hash is not base64: {e}"))?;
                let hash: [u8; 32] = bytes.try_into().map_err(|_| "a hash is not 32 bytes".to_owned())?;
                hashes.push(Hash(hash));
            }
        }
        let extra = extra.ok_or("no extra line: the proof does not carry its event")?;
        let event = StoredEvent::from_canonical_bytes(&extra).ok_or("extra is not an event's canonical bytes")?;
        let index = index.ok_or("no index line")?;
        Ok(InclusionProof { event, index, hashes, checkpoint: checkpoint.to_owned() })
    }

    /// Checks the proof against a verifier key: the checkpoint's signature,
    /// that the event sits at the index, and the path from its leaf to the
    /// checkpoint's root.
    pub fn check(&self, vkey: &str) -> Result<Verified, String> {
        let verified = checkpoint::verify(&self.checkpoint, vkey)?;
        if self.event.leaf_index() != Some(self.index) {
            return Err(format!("the event is number {}, not the one at index {}", self.event.seq, self.index));
        }
        tlog::check_record(&self.hashes, verified.size, verified.root, self.index, self.event.leaf_hash())
            .map_err(|_| "the event is not in the log this checkpoint signs: it or the path was changed".to_owned())?;
        Ok(verified)
    }
}

/// A consistency proof between two tree sizes, as text: a header, the two
/// sizes and the path, one base64 hash a line.
pub fn encode_consistency(older: u64, newer: u64, hashes: &[Hash]) -> String {
    let mut text = format!("countersign consistency proof\nfrom {older}\nto {newer}\n");
    for hash in hashes {
        text.push_str(&BASE64.encode(hash.0));
        text.push('\n');
    }
    text
}
