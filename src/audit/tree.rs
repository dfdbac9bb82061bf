//! The Merkle tree of the trail (RFC 9162), on `tlog_tiles`' stored hashes.
//!
//! `tlog_tiles` asks a [`HashReader`] for the stored hashes it needs, in one
//! call per operation, synchronously. The database is asynchronous, so each
//! operation runs twice: once against an [`IndexRecorder`] that notes which
//! indexes it asks for, then (after the caller has fetched exactly those)
//! against a [`Fetched`] map. Both passes are the crate's own code: nothing
//! of the proof algorithms is written here.

use std::cell::RefCell;
use std::collections::HashMap;

use tlog_tiles::tlog::{self, Error, Hash, HashReader, node_hash};

/// Notes the indexes an operation reads, and makes it stop there.
#[derive(Default)]
pub struct IndexRecorder {
    asked: RefCell<Vec<u64>>,
}

impl HashReader for IndexRecorder {
    fn read_hashes(&self, indexes: &[u64]) -> Result<Vec<Hash>, Error> {
        self.asked.borrow_mut().extend_from_slice(indexes);
        Err(Error::IndexesNotInTree)
    }
}

/// The stored hashes an operation needs, fetched beforehand.
pub struct Fetched(pub HashMap<u64, Hash>);

impl HashReader for Fetched {
    fn read_hashes(&self, indexes: &[u64]) -> Result<Vec<Hash>, Error> {
        indexes.iter().map(|index| self.0.get(index).copied().ok_or(Error::IndexesNotInTree)).collect()
    }
}

/// The stored-hash indexes `operation` reads (empty when it reads none).
pub fn indexes_needed<T>(operation: impl Fn(&IndexRecorder) -> Result<T, Error>) -> Vec<u64> {
    let recorder = IndexRecorder::default();
    let _ = operation(&recorder);
    recorder.asked.into_inner()
}

/// What appending leaf `n` reads, and then the hashes to store from
/// `stored_hash_index(0, n)` on.
pub fn append_needs(n: u64, leaf: Hash) -> Vec<u64> {
    indexes_needed(|r| tlog::stored_hashes_for_record_hash(n, leaf, r))
}

pub fn append(n: u64, leaf: Hash, fetched: &Fetched) -> Result<Vec<Hash>, Error> {
    tlog::stored_hashes_for_record_hash(n, leaf, fetched)
}

pub fn root_needs(size: u64) -> Vec<u64> {
    indexes_needed(|r| tlog::tree_hash(size, r))
}

pub fn inclusion_needs(size: u64, index: u64) -> Vec<u64> {
    indexes_needed(|r| tlog::prove_record(size, index, r))
}

pub fn consistency_needs(size: u64, older: u64) -> Vec<u64> {
    indexes_needed(|r| tlog::prove_tree(size, older, r))
}

/// The root of a tree grown one leaf at a time, from its leaves alone
/// (the verifier's view: it trusts no stored hash). It keeps one complete
/// subtree per bit of the size, so memory is O(log n).
#[derive(Debug, Default, Clone)]
pub struct GrowingTree {
    /// Complete subtrees, largest (leftmost) first, with their leaf counts.
    subtrees: Vec<(u64, Hash)>,
    size: u64,
}

impl GrowingTree {
    pub fn push(&mut self, leaf: Hash) {
        let mut merged = (1u64, leaf);
        while let Some(&(count, hash)) = self.subtrees.last() {
            if count != merged.0 {
                break;
            }
            self.subtrees.pop();
            merged = (count * 2, node_hash(hash, merged.1));
        }
        self.subtrees.push(merged);
        self.size += 1;
    }

    pub fn size(&self) -> u64 {
        self.size
    }

    /// RFC 9162's root of the leaves so far: the subtrees folded from the right.
    pub fn root(&self) -> Hash {
        let mut hashes = self.subtrees.iter().rev().map(|(_, hash)| *hash);
        match hashes.next() {
            None => tlog::EMPTY_HASH,
            Some(last) => hashes.fold(last, |right, left| node_hash(left, right)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Stored hashes in memory, as the database keeps them.
    fn grow(leaves: &[Hash]) -> HashMap<u64, Hash> {
        let mut stored = HashMap::new();
        for (n, leaf) in leaves.iter().enumerate() {
            let n = n as u64;
            let needed = append_needs(n, *leaf);
            let fetched = Fetched(needed.iter().map(|i| (*i, stored[i])).collect());
            let start = tlog::stored_hash_index(0, n);
            for (offset, hash) in append(n, *leaf, &fetched).expect("appends").into_iter().enumerate() {
                stored.insert(start + offset as u64, hash);
            }
        }
        stored
    }

    fn fetch(stored: &HashMap<u64, Hash>, needed: &[u64]) -> Fetched {
        Fetched(needed.iter().map(|i| (*i, stored[i])).collect())
    }

    #[test]
    fn the_growing_tree_agrees_with_the_stored_hashes_and_proofs_check() {
        let leaves: Vec<Hash> = (0..37u32).map(|i| tlog::record_hash(&i.to_be_bytes())).collect();
        let stored = grow(&leaves);
        let mut growing = GrowingTree::default();
        let mut roots = Vec::new();
        for (n, leaf) in leaves.iter().enumerate() {
            growing.push(*leaf);
            let size = n as u64 + 1;
            let root = tlog::tree_hash(size, &fetch(&stored, &root_needs(size))).expect("a root");
            assert_eq!(growing.root(), root, "size {size}");
            roots.push(root);
        }
        let (size, root) = (37u64, roots[36]);
        for index in [0u64, 1, 17, 36] {
            let proof =
                tlog::prove_record(size, index, &fetch(&stored, &inclusion_needs(size, index))).expect("a proof");
            assert!(tlog::check_record(&proof, size, root, index, leaves[index as usize]).is_ok());
            assert!(tlog::check_record(&proof, size, root, index, tlog::record_hash(b"changed")).is_err());
        }
        let proof = tlog::prove_tree(size, 20, &fetch(&stored, &consistency_needs(size, 20))).expect("a proof");
        assert!(tlog::check_tree(&proof, size, root, 20, roots[19]).is_ok());
        assert!(tlog::check_tree(&proof, size, root, 20, roots[18]).is_err());
        assert_eq!(GrowingTree::default().root(), tlog::EMPTY_HASH);
    }
}
