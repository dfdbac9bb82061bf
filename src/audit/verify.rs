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
///
/// The keys: a checkpoint any given key verifies is always held against the tree, whatever the
/// trail says of keys, so that no event in the database can turn a check off. The trail's
/// `audit.key-replaced` events only add problems: from each on, a checkpoint signed by another key
/// than the one it names is one, so is an event that puts back a key once in force, and so is a
/// last replacement whose key was not given (nothing given vouches for the events after it). A
/// checkpoint no given key verifies is a problem too, except one signed before the last
/// replacement, whose root is the tree's at its size, and whose events a checked checkpoint of its
/// size or larger covers: it vouches for nothing the checked one does not, and is listed apart as
/// not checked.
pub struct Verifier {
    tree: GrowingTree,
    /// The checkpoints still ahead, by the size they claim, their signatures not yet checked: a
    /// signature is checked when the tree reaches its size, with the keys in force there.
    ahead: BTreeMap<u64, Vec<Claim>>,
    /// The verifier keys the auditor trusts.
    vkeys: Vec<String>,
    /// The replacements honoured so far, in order: (leaf index, sequence number, the key named).
    honoured: Vec<(u64, i64, String)>,
    /// Keys named by a replacement and replaced since, never to be put back.
    retired: Vec<String>,
    /// The given keys that signed checkpoints before the first replacement: retired by it too.
    first_era: Vec<String>,
    /// Checkpoints signed by none of the given keys, judged at the end, when the checked
    /// checkpoints and the replacements are known.
    unsigned: Vec<Unsigned>,
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

/// A checkpoint none of the given keys signed.
struct Unsigned {
    size: u64,
    source: String,
    error: String,
    /// Every key found no signature of its in it (rather than a bad one).
    by_none: bool,
    /// Whether its root is the tree's at its size; unknown when the tree never reached it.
    matches_tree: Option<bool>,
}

impl Verifier {
    /// `vkeys` are the verifier keys to trust: the portal's, and those the trail's
    /// `audit.key-replaced` events replaced, to check the checkpoints they signed.
    pub fn new(claims: &[Claim], vkeys: &[String]) -> Verifier {
        let mut problems = Vec::new();
        let mut ahead: BTreeMap<u64, Vec<Claim>> = BTreeMap::new();
        for claim in claims {
            match checkpoint::read_unverified(&claim.note) {
                Some((size, _)) => ahead.entry(size).or_default().push(claim.clone()),
                None => {
                    let error = vkeys
                        .first()
                        .and_then(|vkey| checkpoint::verify(&claim.note, vkey).err())
                        .unwrap_or_else(|| "not a tlog checkpoint".to_owned());
                    problems.push(
                        Msg::new("verify-bad-checkpoint")
                            .arg("size", "?")
                            .arg("source", &claim.source)
                            .arg("error", error),
                    );
                }
            }
        }
        Verifier {
            tree: GrowingTree::default(),
            ahead,
            vkeys: vkeys.to_vec(),
            honoured: Vec::new(),
            retired: Vec::new(),
            first_era: Vec::new(),
            unsigned: Vec::new(),
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

    /// An `audit.key-replaced` event at leaf `index`, as the trail recorded it.
    fn replacement(&mut self, index: u64, seq: i64, named: String) {
        let in_force = self.honoured.last().map(|(_, _, key)| key);
        let already = in_force == Some(&named) || self.retired.contains(&named) || self.first_era.contains(&named);
        if already {
            self.problems.push(Msg::new("verify-replacement-reuses-key").arg("seq", seq).arg("vkey", named));
            return;
        }
        if let Some((_, _, key)) = self.honoured.last() {
            self.retired.push(key.clone());
        }
        self.honoured.push((index, seq, named));
    }

    /// The replacement in force for a checkpoint of `size`: the last among its leaves.
    fn in_force_at(&self, size: u64) -> Option<&(u64, i64, String)> {
        self.honoured.iter().rev().find(|(index, _, _)| *index < size)
    }

    /// Checks the claims of `size`; `tree_root` is the tree's root at that size, when it reached
    /// it. The good ones, one root per size, are returned to be held against the tree; the others
    /// are named or set aside.
    fn signed_claims(&mut self, size: u64, claims: Vec<Claim>, tree_root: Option<Hash>) -> Vec<(Hash, String)> {
        let mut good: Vec<(Hash, String)> = Vec::new();
        for claim in claims {
            let (mut first_error, mut by_none, mut signer) = (None, true, None);
            for vkey in &self.vkeys {
                match checkpoint::verify(&claim.note, vkey) {
                    Ok(verified) if verified.size == size => {
                        signer = Some((vkey.clone(), verified.root));
                        break;
                    }
                    Ok(verified) => {
                        by_none = false;
                        first_error.get_or_insert(format!("its signed text is of size {}", verified.size));
                    }
                    Err(error) => {
                        by_none &= error == checkpoint::NOT_SIGNED_BY_KEY;
                        first_error.get_or_insert(error);
                    }
                }
            }
            let Some((vkey, root)) = signer else {
                let claimed = checkpoint::read_unverified(&claim.note).map(|(_, root)| root);
                self.unsigned.push(Unsigned {
                    size,
                    source: claim.source,
                    error: first_error.unwrap_or_else(|| "no verifier key was given".to_owned()),
                    by_none: by_none && !self.vkeys.is_empty(),
                    matches_tree: tree_root.map(|tree| claimed == Some(tree)),
                });
                continue;
            };
            match self.in_force_at(size) {
                Some((_, seq, in_force)) if *in_force != vkey => {
                    let seq = *seq;
                    self.problems.push(
                        Msg::new("verify-replaced-key").arg("size", size).arg("source", &claim.source).arg("seq", seq),
                    );
                }
                Some(_) => {}
                None if !self.first_era.contains(&vkey) => self.first_era.push(vkey),
                None => {}
            }
            // Two good checkpoints of one size must agree.
            match good.first() {
                Some((first, first_source)) if *first != root => {
                    let forked = Msg::new("verify-forked")
                        .arg("size", size)
                        .arg("first", first_source)
                        .arg("second", &claim.source);
                    self.problems.push(forked);
                }
                Some(_) => {}
                None => good.push((root, claim.source)),
            }
        }
        good
    }

    /// The checkpoints no given key verified, and the replacements whose key was not given, once
    /// the checked checkpoints and every replacement are known.
    fn judge_keys(&mut self) {
        // The last replacement's key vouches for the events after it; earlier ones' are covered by it.
        if let Some((_, seq, named)) = self.honoured.last()
            && !self.vkeys.contains(named)
        {
            self.problems.push(Msg::new("verify-tail-unvouched").arg("seq", *seq).arg("vkey", named));
        }
        let last_replacement = self.honoured.last().map(|(index, seq, _)| (*index, *seq));
        for unsigned in std::mem::take(&mut self.unsigned) {
            let Unsigned { size, source, error, by_none, matches_tree } = unsigned;
            // Given the key of its time, a checkpoint it did not sign is nobody's to set aside.
            let era_key_given = match self.in_force_at(size) {
                Some((_, _, key)) => self.vkeys.contains(key),
                None => !self.first_era.is_empty(),
            };
            let set_aside = by_none && !era_key_given && matches_tree == Some(true) && self.last_good >= size;
            match last_replacement {
                Some((index, seq)) if set_aside && index >= size => {
                    self.unchecked.push(
                        Msg::new("verify-unchecked-earlier-key")
                            .arg("size", size)
                            .arg("source", &source)
                            .arg("seq", seq)
                            .arg("covered", self.last_good),
                    );
                }
                _ => self.problems.push(
                    Msg::new("verify-bad-checkpoint").arg("size", size).arg("source", &source).arg("error", error),
                ),
            }
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
        // Whoever can write the database can write this event with its hashes too, so it turns no
        // check off (see the type's comment): it adds problems, or sets aside a checkpoint no trusted
        // key signed that a checked one covers. It is taken as the row says.
        if event.action == "audit.key-replaced" && event.outcome == "done" {
            match (super::replaced_key(&event.detail), event.leaf_index()) {
                (Some(named), Some(index)) => self.replacement(index, event.seq, named),
                // The portal never writes one, and one stops it signing: it is named.
                _ => self.problems.push(Msg::new("verify-replacement-unreadable").arg("seq", event.seq)),
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
        let tree_root = self.tree.root();
        if let Some((root, source)) = self.signed_claims(size, claims, Some(tree_root)).into_iter().next() {
            self.checked += 1;
            if root == tree_root {
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
                let signed = self.signed_claims(size, claims, None);
                signed.into_iter().map(move |(_, source)| (size, source)).collect::<Vec<_>>()
            })
            .collect();
        self.judge_keys();
        if size > 0 && self.checked == 0 && beyond.is_empty() {
            self.problems.push(Msg::new("verify-no-checkpoint"));
        }
        // What the table reaches, its last row, though a missing leaf stopped the tree before it.
        let reached = (self.expected_seq - 1).max(0) as u64;
        for (checkpoint_size, source) in beyond {
            if checkpoint_size > reached {
                self.problems.push(
                    Msg::new("verify-rolled-back")
                        .arg("checkpoint", checkpoint_size)
                        .arg("source", &source)
                        .arg("size", reached)
                        .arg("first", reached + 1),
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

#[cfg(test)]
mod tests {
    //! The key rules on synthetic trails: what a writer of the database can and cannot make
    //! pass, with the hashes of every row it writes recomputed as the portal would.

    use super::*;
    use crate::audit::checkpoint::AuditKey;
    use base64::Engine;

    const LOG: &str = "countersign.test/audit";

    fn key() -> AuditKey {
        let (skey, _) = signed_note::generate_key(&mut argon2::password_hash::rand_core::OsRng, LOG);
        AuditKey::from_skey(&skey).expect("a key")
    }

    /// A trail of events, each `(action, detail)`, chained and hashed as the portal writes them.
    fn trail(events: &[(&str, String)]) -> Vec<EventRow> {
        let mut prev = crate::audit::GENESIS.to_owned();
        let mut rows = Vec::new();
        for (i, (action, detail)) in events.iter().enumerate() {
            let event = StoredEvent {
                seq: i as i64 + 1,
                at: 1_700_000_000 + i as i64,
                actor_id: None,
                actor_name: "someone".to_owned(),
                action: (*action).to_owned(),
                target: "audit".to_owned(),
                outcome: "done".to_owned(),
                detail: detail.clone(),
            };
            let sha256 = hex::encode(event.with_fields(|fields| chain_digest(&prev, fields)));
            rows.push(EventRow { event, prev_sha256: prev, sha256: sha256.clone(), well_typed: true });
            prev = sha256;
        }
        rows
    }

    fn plain(n: usize) -> Vec<(&'static str, String)> {
        (0..n).map(|i| ("login", format!("{{\"n\":{i}}}"))).collect()
    }

    /// `n` plain events, those numbered in `at` replacing the audit key by theirs.
    fn trail_replacing(n: usize, at: &[(usize, &AuditKey)]) -> Vec<EventRow> {
        let mut events = plain(n);
        for (seq, key) in at {
            events[seq - 1] = replacement(key);
        }
        trail(&events)
    }

    fn replacement(key: &AuditKey) -> (&'static str, String) {
        ("audit.key-replaced", serde_json::json!({ "vkey": key.vkey }).to_string())
    }

    fn root(rows: &[EventRow], size: usize) -> Hash {
        let mut tree = GrowingTree::default();
        for row in &rows[..size] {
            tree.push(row.event.leaf_hash());
        }
        tree.root()
    }

    fn claim(key: &AuditKey, rows: &[EventRow], size: usize) -> Claim {
        Claim { note: key.sign(size as u64, root(rows, size)).expect("signs"), source: "the database".to_owned() }
    }

    fn verify(rows: &[EventRow], claims: &[Claim], keys: &[&AuditKey]) -> Report {
        let vkeys: Vec<String> = keys.iter().map(|k| k.vkey.clone()).collect();
        let mut verifier = Verifier::new(claims, &vkeys);
        for row in rows {
            verifier.event(row);
        }
        verifier.finish(None)
    }

    fn said(messages: &[Msg]) -> String {
        messages.iter().map(|m| m.in_lang(crate::i18n::Lang::En)).collect::<Vec<_>>().join("\n")
    }

    #[test]
    fn one_key_and_no_replacement_is_the_ordinary_check() {
        let k = key();
        let rows = trail(&plain(6));
        let report = verify(&rows, &[claim(&k, &rows, 3), claim(&k, &rows, 6)], &[&k]);
        assert!(report.intact() && report.unchecked.is_empty(), "{}", said(&report.problems));
        assert_eq!(report.checkpoints, 2);
        // Signed by a key not given, with no replacement to explain it: a problem, as ever.
        let stranger = key();
        let report = verify(&rows, &[claim(&stranger, &rows, 3), claim(&k, &rows, 6)], &[&k]);
        assert!(said(&report.problems).contains("not signed by the audit key given"), "{}", said(&report.problems));
    }

    #[test]
    fn an_injected_replacement_turns_no_check_off() {
        // K signed the real trail at 3 and 6. A writer of the database puts in a replacement naming
        // its own key at event 4 and rewrites events 5 and 6, hashes recomputed.
        let k = key();
        let real = trail(&plain(6));
        let theirs = key();
        let mut forged_events = plain(6);
        forged_events[3] = replacement(&theirs);
        forged_events[4].1 = "{\"n\":\"rewritten\"}".to_owned();
        let forged = trail(&forged_events);
        let claims = [claim(&k, &real, 3), claim(&k, &real, 6)];
        let report = verify(&forged, &claims, &[&k]);
        let problems = said(&report.problems);
        assert!(!report.intact(), "{problems}");
        assert!(problems.contains("the checkpoint of tree size 6 in the database no longer matches"), "{problems}");
        assert!(problems.contains("signed by a key other than the one event 4 put in place"), "{problems}");
        assert!(report.unchecked.is_empty(), "{}", said(&report.unchecked));
    }

    #[test]
    fn a_replaced_key_put_back_is_refused_and_its_checkpoints_too() {
        // K1 was replaced by K2 at event 3 (it leaked). The leaker appends a replacement naming K1
        // again, and signs the tail with it.
        let (k1, k2) = (key(), key());
        let rows = trail_replacing(7, &[(3, &k2), (5, &k1)]);
        let claims = [claim(&k1, &rows, 2), claim(&k2, &rows, 4), claim(&k1, &rows, 7)];
        let report = verify(&rows, &claims, &[&k1, &k2]);
        let problems = said(&report.problems);
        assert!(problems.contains("event 5 puts in place a key already in force or replaced before"), "{problems}");
        assert!(
            problems.contains("tree size 7 in the database is signed by a key other than the one event 3"),
            "{problems}"
        );
    }

    #[test]
    fn after_a_real_replacement_both_keys_check_everything_and_the_new_one_alone_sets_the_old_aside() {
        let (k1, k2) = (key(), key());
        let rows = trail_replacing(6, &[(4, &k2)]);
        let claims = [claim(&k1, &rows, 2), claim(&k1, &rows, 3), claim(&k2, &rows, 6)];
        let both = verify(&rows, &claims, &[&k1, &k2]);
        assert!(both.intact() && both.unchecked.is_empty(), "{}", said(&both.problems));
        assert_eq!(both.checkpoints, 3);
        let new_alone = verify(&rows, &claims, &[&k2]);
        assert!(new_alone.intact(), "{}", said(&new_alone.problems));
        assert_eq!(new_alone.unchecked.len(), 2, "{}", said(&new_alone.unchecked));
        assert!(said(&new_alone.unchecked).contains("vouches for nothing the checked checkpoint of size 6 does not"));
        // The old key alone cannot vouch for what came after: not intact.
        let old_alone = verify(&rows, &claims, &[&k1]);
        assert!(said(&old_alone.problems).contains(&format!("put in place the key {}, which was not given", k2.vkey)));
    }

    #[test]
    fn a_checkpoint_nothing_checked_covers_is_never_set_aside() {
        // The new key has not signed yet: the old checkpoints cannot be set aside, for nothing
        // checked vouches for their events.
        let (k1, k2) = (key(), key());
        let rows = trail_replacing(4, &[(4, &k2)]);
        let report = verify(&rows, &[claim(&k1, &rows, 3)], &[&k2]);
        assert!(!report.intact() && report.unchecked.is_empty(), "{}", said(&report.unchecked));
        assert!(said(&report.problems).contains("not signed by the audit key given"), "{}", said(&report.problems));
    }

    #[test]
    fn a_checkpoint_whose_size_was_edited_has_a_bad_signature() {
        let k = key();
        let rows = trail(&plain(4));
        let mut signed = claim(&k, &rows, 4);
        // Its size changed after signing: filed under 3, and its signature no longer holds.
        signed.note = signed.note.replacen("\n4\n", "\n3\n", 1);
        let report = verify(&rows, &[signed, claim(&k, &rows, 4)], &[&k]);
        assert!(
            said(&report.problems).contains("tree size 3 in the database: bad signature"),
            "{}",
            said(&report.problems)
        );
    }

    #[test]
    fn a_replacement_appended_after_the_last_checkpoint_is_named() {
        // Appended by a writer of the database, naming its own key: the honest portal signs no
        // more, and nothing given vouches for what comes after, which is said.
        let (k, theirs) = (key(), key());
        let rows = trail_replacing(5, &[(5, &theirs)]);
        let report = verify(&rows, &[claim(&k, &rows, 4)], &[&k]);
        assert!(
            said(&report.problems)
                .contains(&format!("event 5 put in place the key {}, which was not given", theirs.vkey)),
            "{}",
            said(&report.problems)
        );
    }

    #[test]
    fn a_trail_rewritten_before_the_new_key_first_signed_is_caught_by_the_old_checkpoints() {
        // The old key's checkpoints hold the real roots; the trail was rewritten and the new key
        // then signed the rewritten one. With the new key alone they cannot be set aside.
        let (k1, k2) = (key(), key());
        let real = trail(&plain(4));
        let mut rewritten_events = plain(6);
        rewritten_events[1].1 = "{\"n\":\"rewritten\"}".to_owned();
        rewritten_events[4] = replacement(&k2);
        let rewritten = trail(&rewritten_events);
        let claims = [claim(&k1, &real, 2), claim(&k1, &real, 4), claim(&k2, &rewritten, 6)];
        let report = verify(&rewritten, &claims, &[&k2]);
        assert!(report.unchecked.is_empty(), "{}", said(&report.unchecked));
        let problems = said(&report.problems);
        for size in [2, 4] {
            assert!(problems.contains(&format!("tree size {size} in the database: not signed by")), "{problems}");
        }
    }

    #[test]
    fn a_checkpoint_after_a_missing_event_is_unreachable_not_rolled_back() {
        let k = key();
        let signed = trail(&plain(8));
        let rows = &signed[..6];
        let mut verifier =
            Verifier::new(&[claim(&k, &signed, 6), claim(&k, &signed, 8)], std::slice::from_ref(&k.vkey));
        for row in rows {
            if row.event.seq == 3 {
                verifier.missing(3, None);
            } else {
                verifier.event(row);
            }
        }
        let problems = said(&verifier.finish(None).problems);
        assert!(problems.contains("event 3 is missing"), "{problems}");
        assert!(problems.contains("the checkpoint of tree size 6 in the database cannot be checked"), "{problems}");
        // A checkpoint past the last row is still a cut tail, counted from the rows.
        assert!(problems.contains("it has 6 events, so events 7 to 8 are gone"), "{problems}");
    }

    #[test]
    fn a_replacement_naming_no_key_is_named() {
        let k = key();
        let mut events = plain(5);
        events[4] = ("audit.key-replaced", "{}".to_owned());
        let rows = trail(&events);
        let report = verify(&rows, &[claim(&k, &rows, 4)], &[&k]);
        assert!(said(&report.problems).contains("event 5 replaces the audit key but names no verifier key"));
    }

    #[test]
    fn a_replacement_naming_the_key_in_force_is_refused() {
        let (k1, k2) = (key(), key());
        let rows = trail_replacing(6, &[(3, &k2), (5, &k2)]);
        let report = verify(&rows, &[claim(&k1, &rows, 2), claim(&k2, &rows, 4), claim(&k2, &rows, 6)], &[&k1, &k2]);
        assert!(
            said(&report.problems).contains("event 5 puts in place a key already in force"),
            "{}",
            said(&report.problems)
        );
        // And a first replacement naming the key that signed before it.
        let rows = trail_replacing(4, &[(3, &k1)]);
        let report = verify(&rows, &[claim(&k1, &rows, 2), claim(&k1, &rows, 4)], &[&k1]);
        assert!(
            said(&report.problems).contains("event 3 puts in place a key already in force"),
            "{}",
            said(&report.problems)
        );
    }

    #[test]
    fn a_checkpoint_of_a_given_key_with_a_bad_signature_is_never_set_aside() {
        let (k1, k2) = (key(), key());
        let rows = trail_replacing(6, &[(4, &k2)]);
        // K1's signature bytes changed, its root left as it was: covered by K2 at 6, before the
        // replacement, matching the tree; but K1 finds a bad signature, not none.
        let mut broken = claim(&k1, &rows, 3);
        let sig_line = broken.note.lines().last().expect("a signature line").to_owned();
        let (name, sig) = sig_line.rsplit_once(' ').expect("name and signature");
        let mut bytes = base64::engine::general_purpose::STANDARD.decode(sig).expect("base64");
        let last = bytes.len() - 1;
        bytes[last] ^= 1;
        let flipped = format!("{name} {}", base64::engine::general_purpose::STANDARD.encode(bytes));
        broken.note = broken.note.replace(&sig_line, &flipped);
        let report = verify(&rows, &[broken, claim(&k2, &rows, 6)], &[&k1, &k2]);
        assert!(report.unchecked.is_empty(), "{}", said(&report.unchecked));
        assert!(
            said(&report.problems).contains("tree size 3 in the database: bad signature"),
            "{}",
            said(&report.problems)
        );
        // A K1 checkpoint whose signature line was taken off, with K1 given: not set aside either.
        let mut stripped = claim(&k1, &rows, 3);
        stripped.note = stripped.note.replace(&format!("{sig_line}\n"), "");
        let report = verify(&rows, &[claim(&k1, &rows, 2), stripped, claim(&k2, &rows, 6)], &[&k1, &k2]);
        assert!(report.unchecked.is_empty() && !report.intact(), "{}", said(&report.unchecked));
    }

    #[test]
    fn after_two_replacements_the_newest_key_alone_sets_both_earlier_keys_aside() {
        let (k1, k2, k3) = (key(), key(), key());
        let rows = trail_replacing(8, &[(3, &k2), (6, &k3)]);
        let claims = [claim(&k1, &rows, 2), claim(&k2, &rows, 4), claim(&k2, &rows, 5), claim(&k3, &rows, 8)];
        let report = verify(&rows, &claims, &[&k3]);
        assert!(report.intact(), "{}", said(&report.problems));
        assert_eq!(report.unchecked.len(), 3, "{}", said(&report.unchecked));
        let all = verify(&rows, &claims, &[&k1, &k2, &k3]);
        assert!(all.intact() && all.unchecked.is_empty() && all.checkpoints == 4, "{}", said(&all.problems));
    }

    #[test]
    fn the_old_key_after_its_replacement_is_a_problem_even_to_the_new_key_alone() {
        let (k1, k2) = (key(), key());
        let rows = trail_replacing(6, &[(3, &k2)]);
        // Covered by the new key's own checkpoint of 6, matching the tree: only its time, after the
        // replacement, keeps it from being set aside.
        let claims = [claim(&k1, &rows, 2), claim(&k2, &rows, 4), claim(&k1, &rows, 6), claim(&k2, &rows, 6)];
        let report = verify(&rows, &claims, &[&k2]);
        assert!(!report.intact(), "{}", said(&report.unchecked));
        assert!(said(&report.problems).contains("tree size 6 in the database: not signed by the audit key given"));
        assert_eq!(report.unchecked.len(), 1, "only the one from before: {}", said(&report.unchecked));
    }
}
