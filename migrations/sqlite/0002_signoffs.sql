-- Sign-offs, countersignatures and handoffs.

-- How a deployment's steps are confirmed, and whether it is still open.
ALTER TABLE deployments ADD COLUMN countersigner TEXT NOT NULL DEFAULT 'same-requirement';
ALTER TABLE deployments ADD COLUMN countersignatures_required INTEGER NOT NULL DEFAULT 1;
-- 'active', 'complete' or 'cancelled'; the last two are read-only.
ALTER TABLE deployments ADD COLUMN status TEXT NOT NULL DEFAULT 'active';
ALTER TABLE deployments ADD COLUMN status_reason TEXT NOT NULL DEFAULT '';

-- Each step's current state. A round starts when the step opens again (rejected, reopened,
-- stale); sign-offs belong to a round. version increments on every change, so a form sent
-- against an old version is refused instead of acting twice.
CREATE TABLE step_status (
    deployment_id  INTEGER NOT NULL REFERENCES deployments (id),
    step_key       TEXT NOT NULL,
    -- 'open', 'signed', 'countersigned' or 'not-applicable'; blocked and ready are both
    -- 'open', told apart by the steps it depends on.
    state          TEXT NOT NULL DEFAULT 'open',
    round          INTEGER NOT NULL DEFAULT 1,
    version        INTEGER NOT NULL DEFAULT 1,
    -- Why the step last opened again, shown to the people concerned.
    reopened_reason TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (deployment_id, step_key)
);

-- Every action on a step, in order; never changed.
CREATE TABLE signoffs (
    id              INTEGER PRIMARY KEY,
    deployment_id   INTEGER NOT NULL REFERENCES deployments (id),
    step_key        TEXT NOT NULL,
    round           INTEGER NOT NULL,
    -- 'sign', 'countersign', 'reject', 'not-applicable', 'reopen', 'stale'
    action          TEXT NOT NULL,
    actor_id        INTEGER REFERENCES users (id),
    actor_name      TEXT NOT NULL,
    -- The role (or roles) the person acted as.
    acting_as       TEXT NOT NULL,
    -- The step's content when acted on: its SHA-256 and its text (JSON), to show what changed.
    content_sha256  TEXT NOT NULL,
    content         TEXT NOT NULL,
    note            TEXT NOT NULL DEFAULT '',
    evidence_text   TEXT NOT NULL DEFAULT '',
    evidence_name   TEXT NOT NULL DEFAULT '',
    evidence        BLOB,
    evidence_sha256 TEXT NOT NULL DEFAULT '',
    -- The form's one-time id: a form sent twice acts once.
    nonce           TEXT UNIQUE,
    created_at      INTEGER NOT NULL
);
CREATE INDEX signoffs_by_step ON signoffs (deployment_id, step_key, id);

-- A step finished and the next ready work belongs to another role.
CREATE TABLE handoffs (
    id             INTEGER PRIMARY KEY,
    deployment_id  INTEGER NOT NULL REFERENCES deployments (id),
    from_lane      TEXT NOT NULL,
    to_lane        TEXT NOT NULL,
    to_lane_name   TEXT NOT NULL,
    -- JSON array of the step keys now ready for to_lane.
    steps          TEXT NOT NULL,
    created_at     INTEGER NOT NULL
);

-- The in-portal inbox.
CREATE TABLE notifications (
    id             INTEGER PRIMARY KEY,
    user_id        INTEGER NOT NULL REFERENCES users (id),
    deployment_id  INTEGER REFERENCES deployments (id),
    message        TEXT NOT NULL,
    link           TEXT NOT NULL,
    created_at     INTEGER NOT NULL,
    read_at        INTEGER
);
CREATE INDEX notifications_unread ON notifications (user_id, read_at);

-- Webhook deliveries, written with the change that causes them and sent by a worker.
CREATE TABLE webhook_deliveries (
    id              INTEGER PRIMARY KEY,
    payload         TEXT NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    last_error      TEXT NOT NULL DEFAULT '',
    delivered_at    INTEGER,
    -- Set when the worker gives up.
    failed_at       INTEGER,
    created_at      INTEGER NOT NULL
);
CREATE INDEX webhook_pending ON webhook_deliveries (delivered_at, failed_at, next_attempt_at);
