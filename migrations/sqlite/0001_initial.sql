-- Countersign's first schema.
--
-- Conventions of every migration here:
-- - a migration that has been applied is never edited; a change is a new numbered file;
-- - times are Unix seconds (INTEGER, UTC); text is UTF-8;
-- - the audit trail is append-only: triggers refuse UPDATE and DELETE on audit_events.

CREATE TABLE users (
    id              INTEGER PRIMARY KEY,
    username        TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name    TEXT NOT NULL,
    -- An argon2id PHC string.
    password_hash   TEXT NOT NULL,
    disabled        INTEGER NOT NULL DEFAULT 0,
    failed_logins   INTEGER NOT NULL DEFAULT 0,
    locked_until    INTEGER NOT NULL DEFAULT 0,
    created_at      INTEGER NOT NULL
);

-- Both deployment roles (the Active Directory groups) and portal roles (admin, coordinator, auditor).
CREATE TABLE user_roles (
    user_id     INTEGER NOT NULL REFERENCES users (id),
    role        TEXT NOT NULL,
    granted_at  INTEGER NOT NULL,
    granted_by  INTEGER REFERENCES users (id),
    PRIMARY KEY (user_id, role)
);

-- Server-side sessions. Only the SHA-256 of a session id is stored, so a copy of the
-- database holds no usable session.
CREATE TABLE sessions (
    id_sha256     TEXT PRIMARY KEY,
    user_id       INTEGER NOT NULL REFERENCES users (id),
    csrf_token    TEXT NOT NULL,
    created_at    INTEGER NOT NULL,
    last_seen_at  INTEGER NOT NULL
);
CREATE INDEX sessions_by_user ON sessions (user_id);

-- A deployment keeps its answers as the answers file text (TOML), the same format
-- `countersign plan` reads; the plan is derived from it, never stored.
CREATE TABLE deployments (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL,
    answers      TEXT NOT NULL,
    created_by   INTEGER NOT NULL REFERENCES users (id),
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL,
    -- Incremented by every change, for optimistic concurrency checks.
    version      INTEGER NOT NULL DEFAULT 1
);

-- The audit trail. Each event carries the SHA-256 of the previous event (prev_sha256)
-- and its own (sha256), computed over a canonical encoding of its fields (src/audit.rs).
CREATE TABLE audit_events (
    seq          INTEGER PRIMARY KEY AUTOINCREMENT,
    at           INTEGER NOT NULL,
    actor_id     INTEGER,
    actor_name   TEXT NOT NULL,
    action       TEXT NOT NULL,
    target       TEXT NOT NULL,
    outcome      TEXT NOT NULL,
    detail       TEXT NOT NULL,
    prev_sha256  TEXT NOT NULL,
    sha256       TEXT NOT NULL UNIQUE
);

CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
BEGIN
    SELECT RAISE(ABORT, 'audit events are append-only');
END;

CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
BEGIN
    SELECT RAISE(ABORT, 'audit events are append-only');
END;
