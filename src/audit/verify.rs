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
    /// Checkpoints none of the given keys may check (signed before the audit key was replaced, or
    /// by a key not given): they vouch for nothing, and are named.
    pub unchecked: Vec<Msg>,
}

impl Report {
    pub fn intact(&self) -> bool {
        self.problems.is_empty()
    }

    pub fn summary(&self) -> String {
        if self.intact() {
            let unchecked = match self.unchecked.len() {
                0 => String::new(),
                n => format!("; {n} checkpoint(s) not checked"),
            };
            format!(
                "intact: {} events, tree size {}, root {}{unchecked}",
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
    /// The checkpoints still ahead, by the size they claim, their signatures not yet checked: a
    /// signature is checked when the tree reaches its size, with the key in force there.
    ahead: BTreeMap<u64, Vec<Claim>>,
    /// The verifier keys the auditor trusts.
    vkeys: Vec<String>,
    /// The trail's `audit.key-replaced` events so far: (leaf index, sequence number, the key named).
    replacements: Vec<(u64, i64, String)>,
    /// Checkpoints no given key checked before any replacement was seen: named at the end, as
    /// unchecked if a replacement comes after them, as problems if none does.
    no_key_before: Vec<(u64, String, String)>,
    checked: usize,
    last_good: u64,
    expected_seq: i64,
    prev_sha256: Option<String>,
    events: u64,
    problems: Vec<Msg>,
    unchecked: Vec<Msg>,
    /// False once a leaf is missing: no root after it can be computed.
    tree_whole: bool,
    /// Consecutive missing sequence numbers, named as one problem.
    missing_run: Option<(i64, i64)>,
}

/// What a checkpoint's signature says, with the keys in force at its size.
enum Signature {
    Good(Hash),
    /// Signed by none of the keys in force; the first key's error.
    Bad(String),
    /// Signed by a key the trail replaced at this event, after the replacement.
    ByReplacedKey(i64),
    /// The key in force (named by this event) was not given.
    KeyNotGiven(i64, String),
}

impl Verifier {
    /// `vkeys` are the verifier keys to trust. Before the trail's first `audit.key-replaced` event
    /// any of them may sign; from each such event on, only the key it names.
    pub fn new(claims: &[Claim], vkeys: &[String]) -> Verifier {
        let mut problems = Vec::new();
        let mut ahead: BTreeMap<u64, Vec<Claim>> = BTreeMap::new();
        for claim in claims {
            match checkpoint::read_unverified(&claim.note) {
                Some((size, _)) => ahead.entry(size).or_default().push(claim.clone()),
                None => problems.push(
                    Msg::new("verify-bad-checkpoint")
                        .arg("size", "?")
                        .arg("source", &claim.source)
                        .arg("error", "not a checkpoint"),
                ),
            }
        }
        Verifier {
            tree: GrowingTree::default(),
            ahead,
            vkeys: vkeys.to_vec(),
            replacements: Vec::new(),
            no_key_before: Vec::new(),
            checked: 0,
            last_good: 0,
            expected_seq: 1,
            prev_sha256: None,
            events: 0,
            problems,
            unchecked: Vec::new(),
            tree_whole: true,
            missing_run: None,
        }
    }

    /// Checks `note`, a checkpoint of `size`, with the keys in force there.
    fn signature(&self, note: &str, size: u64) -> Signature {
        let verified = |vkey: &str| checkpoint::verify(note, vkey).map(|v| v.root);
        // A checkpoint of `size` covers the leaves before it, so the replacements among them apply.
        match self.replacements.iter().rev().find(|(index, _, _)| *index < size) {
            Some((_, seq, named)) => {
                if !self.vkeys.contains(named) {
                    return Signature::KeyNotGiven(*seq, named.clone());
                }
                match verified(named) {
                    Ok(root) => Signature::Good(root),
                    Err(_) if self.vkeys.iter().any(|k| k != named && verified(k).is_ok()) => {
                        Signature::ByReplacedKey(*seq)
                    }
                    Err(error) => Signature::Bad(error),
                }
            }
            None => {
                let mut first_error = None;
                for vkey in &self.vkeys {
                    match verified(vkey) {
                        Ok(root) => return Signature::Good(root),
                        Err(error) => {
                            first_error.get_or_insert(error);
                        }
                    }
                }
                Signature::Bad(first_error.unwrap_or_else(|| "no verifier key was given".to_owned()))
            }
        }
    }

    /// Checks the claims of `size` that are not to be compared with the tree (it does not reach
    /// them): their signatures' problems are named; the good ones are returned.
    fn signed_claims(&mut self, size: u64, claims: Vec<Claim>) -> Vec<(Hash, String)> {
        let mut good = Vec::new();
        for claim in claims {
            match self.signature(&claim.note, size) {
                Signature::Good(root) => good.push((root, claim.source)),
                Signature::Bad(error) if self.replacements.is_empty() => {
                    self.no_key_before.push((size, claim.source, error));
                }
                Signature::Bad(error) => self.problems.push(
                    Msg::new("verify-bad-checkpoint")
                        .arg("size", size)
                        .arg("source", &claim.source)
                        .arg("error", error),
                ),
                Signature::ByReplacedKey(seq) => self.problems.push(
                    Msg::new("verify-replaced-key").arg("size", size).arg("source", &claim.source).arg("seq", seq),
                ),
                Signature::KeyNotGiven(seq, vkey) => self.unchecked.push(
                    Msg::new("verify-unchecked-key-not-given")
                        .arg("size", size)
                        .arg("source", &claim.source)
                        .arg("seq", seq)
                        .arg("vkey", vkey),
                ),
            }
        }
        // Two good checkpoints of one size must agree.
        let mut agreed: Vec<(Hash, String)> = Vec::new();
        for (root, source) in good {
            match agreed.first() {
                Some((first, first_source)) if *first != root => {
                    let forked =
                        Msg::new("verify-forked").arg("size", size).arg("first", first_source).arg("second", &source);
                    self.problems.push(forked);
                }
                Some(_) => {}
                None => agreed.push((root, source)),
            }
        }
        agreed
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
        // A replacement counts only as the trail recorded it: an edited one is named above.
        if matches && event.action == "audit.key-replaced" && event.outcome == "done" {
            let named = serde_json::from_str::<serde_json::Value>(&event.detail)
                .ok()
                .and_then(|detail| detail["vkey"].as_str().map(str::to_owned));
            if let (Some(named), Some(index)) = (named, event.leaf_index()) {
                self.replacements.push((index, event.seq, named));
            }
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
        let claims = self.ahead.remove(&size).unwrap_or_default();
        if let Some((root, source)) = self.signed_claims(size, claims).into_iter().next() {
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
        let beyond: Vec<(u64, String)> = std::mem::take(&mut self.ahead)
            .into_iter()
            .flat_map(|(size, claims)| {
                let signed = self.signed_claims(size, claims);
                signed.into_iter().map(move |(_, source)| (size, source)).collect::<Vec<_>>()
            })
            .collect();
        // Checkpoints no given key checked: explained when a replacement came after them.
        for (checkpoint_size, source, error) in std::mem::take(&mut self.no_key_before) {
            match self.replacements.first() {
                Some((_, seq, _)) => self.unchecked.push(
                    Msg::new("verify-unchecked-earlier-key")
                        .arg("size", checkpoint_size)
                        .arg("source", &source)
                        .arg("seq", *seq),
                ),
                None => self.problems.push(
                    Msg::new("verify-bad-checkpoint")
                        .arg("size", checkpoint_size)
                        .arg("source", &source)
                        .arg("error", error),
                ),
            }
        }
        if size > 0 && self.checked == 0 && beyond.is_empty() {
            self.problems.push(Msg::new("verify-no-checkpoint"));
        }
        for (checkpoint_size, source) in beyond {
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
        Report {
            events: self.events,
            size,
            root,
            checkpoints: self.checked,
            problems: self.problems,
            unchecked: self.unchecked,
        }
    }
}
