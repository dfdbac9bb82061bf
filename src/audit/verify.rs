//! Verifying a trail, in one pass over its events in order: each event's
//! own hash (naming an edited event), the sequence (naming missing ones),
//! the Merkle tree recomputed from the leaves alone, and every signed
//! checkpoint against that tree (naming an edit that recomputed the later
//! hashes, a cut tail, a rollback or a fork). Pure: the caller streams the
//! rows in and reads the report.

use crate::i18n::Msg;
use std::collections::BTreeMap;

use tlog_tiles::tlog::Hash;

use super::chain_digest;
use super::checkpoint;
use super::encoding::StoredEvent;
use super::tree::GrowingTree;

/// One row of `audit_events`, with its hash chain.
#[derive(Debug, Clone)]
pub struct EventRow {
    pub event: StoredEvent,
    pub prev_sha256: String,
    pub sha256: String,
    /// Every column held the type the portal writes.
    pub well_typed: bool,
}

/// A signed checkpoint as found, and where.
#[derive(Debug, Clone)]
pub struct Claim {
    pub note: String,
    /// "the database" or the checkpoint log file's path.
    pub source: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    pub events: u64,
    pub size: u64,
    pub root: Hash,
    pub checkpoints: usize,
    /// One line per problem, said in whoever reads it's language; empty when the trail is intact.
    pub problems: Vec<Msg>,
}

impl Report {
    pub fn intact(&self) -> bool {
        self.problems.is_empty()
    }

    pub fn summary(&self) -> String {
        if self.intact() {
            format!(
                "intact: {} events, tree size {}, root {}",
                self.events,
                self.size,
                checkpoint::root_base64(&self.root)
            )
        } else {
            format!("NOT intact: {} problem(s) in {} events", self.problems.len(), self.events)
        }
    }
}

/// The checker, fed one event (or one gap) at a time, in order.
pub struct Verifier {
    tree: GrowingTree,
    /// The checkpoints still ahead, by size: each one's root and where it was found.
    ahead: BTreeMap<u64, (Hash, String)>,
    checked: usize,
    last_good: u64,
    expected_seq: i64,
    prev_sha256: Option<String>,
    events: u64,
    problems: Vec<Msg>,
    /// False once a leaf is missing: no root after it can be computed.
    tree_whole: bool,
    /// Consecutive missing sequence numbers, named as one problem.
    missing_run: Option<(i64, i64)>,
}

impl Verifier {
    /// Checks each claim's signature with `vkey` first; those that fail are
    /// problems, not references.
    pub fn new(claims: &[Claim], vkey: &str) -> Verifier {
        let mut problems = Vec::new();
        let mut ahead: BTreeMap<u64, (Hash, String)> = BTreeMap::new();
        for claim in claims {
            match checkpoint::verify(&claim.note, vkey) {
                Ok(verified) => match ahead.get(&verified.size) {
                    Some((root, source)) if *root != verified.root => problems.push(
                        Msg::new("verify-forked")
                            .arg("size", verified.size)
                            .arg("first", source)
                            .arg("second", &claim.source),
                    ),
                    Some(_) => {}
                    None => {
                        ahead.insert(verified.size, (verified.root, claim.source.clone()));
                    }
                },
                Err(error) => {
                    let size = checkpoint::read_unverified(&claim.note).map_or("?".to_owned(), |(s, _)| s.to_string());
                    problems.push(
                        Msg::new("verify-bad-checkpoint")
                            .arg("size", size)
                            .arg("source", &claim.source)
                            .arg("error", error),
                    );
                }
            }
        }
        Verifier {
            tree: GrowingTree::default(),
            ahead,
            checked: 0,
            last_good: 0,
            expected_seq: 1,
            prev_sha256: None,
            events: 0,
            problems,
            tree_whole: true,
            missing_run: None,
        }
    }

    fn name_missing(&mut self) {
        if let Some((first, last)) = self.missing_run.take() {
            self.problems.push(if first == last {
                Msg::new("verify-event-missing").arg("seq", first)
            } else {
                Msg::new("verify-events-missing").arg("first", first).arg("last", last)
            });
        }
    }

    /// The sequence number the next row should have.
    pub fn expected_seq(&self) -> i64 {
        self.expected_seq
    }

    /// The size of the tree recomputed so far, when no leaf is missing.
    pub fn tree_size(&self) -> Option<u64> {
        self.tree_whole.then(|| self.tree.size())
    }

    /// Names events the stored tree still holds beyond the last row: the
    /// table lost its newest events.
    pub fn tree_holds_more(&mut self, stored_size: u64) {
        let rows_end = (self.expected_seq - 1).max(0) as u64;
        if stored_size > rows_end {
            self.problems.push(
                Msg::new("verify-tail-gone").arg("first", rows_end + 1).arg("size", stored_size).arg("end", rows_end),
            );
        }
    }

    /// A sequence number with no row: named, and its leaf taken from the
    /// stored tree if it is there, so that later checkpoints can still be checked.
    pub fn missing(&mut self, seq: i64, stored_leaf: Option<Hash>) {
        self.missing_run = match self.missing_run {
            Some((first, last)) if last + 1 == seq => Some((first, seq)),
            _ => {
                self.name_missing();
                Some((seq, seq))
            }
        };
        match stored_leaf {
            Some(leaf) if self.tree_whole => self.push_leaf(leaf),
            _ => self.tree_whole = false,
        }
        self.expected_seq = seq + 1;
        self.prev_sha256 = None;
    }

    pub fn event(&mut self, row: &EventRow) {
        self.name_missing();
        let event = &row.event;
        if event.seq < self.expected_seq {
            self.problems
                .push(Msg::new("verify-reordered").arg("seq", event.seq).arg("previous", self.expected_seq - 1));
            return;
        }
        self.events += 1;
        if !row.well_typed {
            self.problems.push(Msg::new("verify-wrong-type").arg("seq", event.seq));
        }
        if event.seq == 1 && row.prev_sha256 != super::GENESIS {
            self.problems.push(Msg::new("verify-not-genesis"));
        }
        let mut stored = [0u8; 32];
        let matches = hex::decode_to_slice(&row.sha256, &mut stored).is_ok()
            && event.with_fields(|fields| chain_digest(&row.prev_sha256, fields)) == stored;
        if !matches || !matches!(event.outcome.as_str(), "done" | "refused") {
            self.problems.push(Msg::new("verify-changed").arg("seq", event.seq));
        } else if self.prev_sha256.as_ref().is_some_and(|prev| *prev != row.prev_sha256) {
            self.problems.push(Msg::new("verify-chain-broken").arg("seq", event.seq).arg("previous", event.seq - 1));
        }
        self.prev_sha256 = Some(row.sha256.clone());
        self.expected_seq = event.seq + 1;
        if self.tree_whole {
            self.push_leaf(event.leaf_hash());
        }
    }

    fn push_leaf(&mut self, leaf: Hash) {
        self.tree.push(leaf);
        let size = self.tree.size();
        if let Some((root, source)) = self.ahead.remove(&size) {
            self.checked += 1;
            if root == self.tree.root() {
                self.last_good = size;
            } else {
                let problem = match self.last_good {
                    0 => Msg::new("verify-checkpoint-mismatch"),
                    good => Msg::new("verify-checkpoint-mismatch-since").arg("good", good),
                };
                self.problems.push(problem.arg("size", size).arg("source", source).arg("first", self.last_good + 1));
            }
        }
    }

    /// Names what the table holds that the tree and the checkpoints do not
    /// cover: rows numbered below 1, and rows after the tree's last leaf
    /// (read together with it, so that events the portal is writing now are
    /// not mistaken for them).
    pub fn outside_the_tree(&mut self, below_one: i64, last_seq: i64, tree_size: u64) {
        if below_one > 0 {
            self.problems.push(Msg::new("verify-below-one").arg("count", below_one));
        }
        if last_seq > tree_size as i64 {
            self.problems.push(Msg::new("verify-not-in-tree").arg("first", tree_size + 1).arg("last", last_seq));
        }
    }

    /// The report; `stored_root` is the root the stored tree hashes give for
    /// the same size, which the proofs the portal serves rely on.
    pub fn finish(mut self, stored_root: Option<Hash>) -> Report {
        self.name_missing();
        let size = self.tree.size();
        if size > 0 && self.checked == 0 && self.ahead.is_empty() {
            self.problems.push(Msg::new("verify-no-checkpoint"));
        }
        for (checkpoint_size, (_, source)) in std::mem::take(&mut self.ahead) {
            if checkpoint_size > size {
                self.problems.push(
                    Msg::new("verify-rolled-back")
                        .arg("checkpoint", checkpoint_size)
                        .arg("source", &source)
                        .arg("size", size)
                        .arg("first", size + 1),
                );
            } else {
                self.problems
                    .push(Msg::new("verify-unreachable").arg("checkpoint", checkpoint_size).arg("source", &source));
            }
        }
        let root = self.tree.root();
        if self.tree_whole && stored_root.is_some_and(|stored| stored != root) {
            self.problems.push(Msg::new("verify-stored-tree"));
        }
        Report { events: self.events, size, root, checkpoints: self.checked, problems: self.problems }
    }
}
