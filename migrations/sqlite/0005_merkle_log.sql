-- The audit trail as a Merkle tree log (RFC 9162) with signed checkpoints.

-- The tree's stored hashes in tlog's order (golang.org/x/mod/sumdb/tlog, as
-- tlog_tiles implements it): appending event n (sequence number n + 1) stores
-- its leaf hash and the hashes of the subtrees it completes, from index
-- stored_hash_index(0, n) on; any root or proof reads O(log n) of them.
CREATE TABLE audit_tree (
    idx   INTEGER PRIMARY KEY,
    hash  BLOB NOT NULL
);

-- How many events the tree holds. Events written before this migration are
-- added by the portal when it opens the database (SQL cannot hash them).
CREATE TABLE audit_tree_size (
    id    INTEGER PRIMARY KEY CHECK (id = 1),
    size  INTEGER NOT NULL
);
INSERT INTO audit_tree_size (id, size) VALUES (1, 0);

-- Signed checkpoints (c2sp.org tlog-checkpoint, as signed notes); each is also
-- appended to the checkpoint log file outside the database.
CREATE TABLE audit_checkpoints (
    size       INTEGER PRIMARY KEY,
    root       BLOB NOT NULL,
    note       TEXT NOT NULL,
    signed_at  INTEGER NOT NULL
);

CREATE TRIGGER audit_tree_no_update BEFORE UPDATE ON audit_tree
BEGIN
    SELECT RAISE(ABORT, 'the audit tree is append-only');
END;
CREATE TRIGGER audit_tree_no_delete BEFORE DELETE ON audit_tree
BEGIN
    SELECT RAISE(ABORT, 'the audit tree is append-only');
END;
CREATE TRIGGER audit_checkpoints_no_update BEFORE UPDATE ON audit_checkpoints
BEGIN
    SELECT RAISE(ABORT, 'audit checkpoints are append-only');
END;
CREATE TRIGGER audit_checkpoints_no_delete BEFORE DELETE ON audit_checkpoints
BEGIN
    SELECT RAISE(ABORT, 'audit checkpoints are append-only');
END;
