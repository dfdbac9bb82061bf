#!/usr/bin/env python3
"""An auditor's own check of a Countersign audit trail, independent of Countersign.

Reads the SQLite database (and, if given, the checkpoint log file), recomputes
every event's Merkle leaf from its canonical bytes, the RFC 9162 tree, and the
root at the size of every checkpoint, and compares. Standard library only; the
checkpoints' Ed25519 signatures are checked by `countersign audit verify` (or
any signed-note implementation), not here.

    python3 verify_trail.py countersign.db [countersign.db.checkpoints]

Prints "intact: N events, tree size N, root <base64>" and exits 0, or prints one
line per problem and exits 1.
"""
import base64
import hashlib
import sqlite3
import struct
import sys


def canonical_bytes(seq, at, actor_id, actor_name, action, target, outcome, detail):
    fields = [str(seq), str(at), "" if actor_id is None else str(actor_id),
              actor_name, action, target, outcome, detail]
    out = b""
    for field in fields:
        data = field.encode("utf-8")
        out += struct.pack(">Q", len(data)) + data
    return out


def leaf_hash(data):
    return hashlib.sha256(b"\x00" + data).digest()


def node_hash(left, right):
    return hashlib.sha256(b"\x01" + left + right).digest()


def root(subtrees):
    """RFC 9162's root of a tree kept as its complete subtrees, largest first."""
    if not subtrees:
        return hashlib.sha256(b"").digest()
    hashes = [h for _, h in subtrees]
    result = hashes[-1]
    for left in reversed(hashes[:-1]):
        result = node_hash(left, result)
    return result


def checkpoint_claims(db, log_path):
    """(size, root, where) of every checkpoint: the database's and the file's."""
    notes = [(note, "the database") for (note,) in db.execute("SELECT note FROM audit_checkpoints")]
    if log_path:
        with open(log_path, encoding="utf-8") as log:
            lines = log.read().split("\n")
        i = 0
        while i < len(lines):
            if lines[i] == "":
                i += 1
                continue
            notes.append(("\n".join(lines[i:i + 3]), log_path))
            i += 3
            while i < len(lines) and lines[i] == "":
                i += 1
            while i < len(lines) and lines[i] != "":
                i += 1
    claims = []
    for note, where in notes:
        text = note.split("\n")
        claims.append((int(text[1]), base64.b64decode(text[2]), where))
    return claims


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        return 2
    db = sqlite3.connect(sys.argv[1])
    claims = checkpoint_claims(db, sys.argv[2] if len(sys.argv) > 2 else None)
    ahead = {}
    for size, expected, where in claims:
        ahead.setdefault(size, []).append((expected, where))
    problems, subtrees, size, expected_seq, whole = [], [], 0, 1, True
    rows = db.execute("SELECT seq, at, actor_id, actor_name, action, target, outcome, detail "
                      "FROM audit_events ORDER BY seq")
    for row in rows:
        seq = row[0]
        if seq != expected_seq:
            problems.append(f"events {expected_seq} to {seq - 1} are missing")
            whole = False
        expected_seq = seq + 1
        if not whole:
            continue
        merged = (1, leaf_hash(canonical_bytes(*row)))
        while subtrees and subtrees[-1][0] == merged[0]:
            count, left = subtrees.pop()
            merged = (count * 2, node_hash(left, merged[1]))
        subtrees.append(merged)
        size += 1
        for expected, where in ahead.pop(size, []):
            if expected != root(subtrees):
                problems.append(f"the checkpoint of tree size {size} in {where} no longer matches the events")
    for checkpoint_size in sorted(ahead):
        problems.append(f"the log no longer reaches the checkpoint of tree size {checkpoint_size}")
    if problems:
        print("\n".join(problems))
        return 1
    print(f"intact: {size} events, tree size {size}, root {base64.b64encode(root(subtrees)).decode()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
