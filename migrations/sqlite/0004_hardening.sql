-- Bounding what clients can write into the trail, and what a sign-off vouches for.

-- Identical refusals within a minute are one event: the first is written, the
-- rest are counted here and written as one summary event when the minute is over.
-- Each signed-in person (and everyone not signed in, together) also has a budget of
-- refusal events per minute; beyond it, refusals are counted the same way.
CREATE TABLE refusal_windows (
    -- The SHA-256 of who, what, on what and why (or "budget:" and whose budget).
    fingerprint  TEXT PRIMARY KEY,
    actor_id     INTEGER,
    actor_name   TEXT NOT NULL,
    action       TEXT NOT NULL,
    target       TEXT NOT NULL,
    detail       TEXT NOT NULL,
    opened_at    INTEGER NOT NULL,
    -- Events written in this window (budgets) or refusals not written (both).
    events       INTEGER NOT NULL DEFAULT 0,
    repeats      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX refusal_windows_by_age ON refusal_windows (opened_at);

-- Every step text the portal has put in a deployment's plan, by the SHA-256 of its
-- exact bytes, so that a form can say which text its sender saw, and the page can
-- show it again (only to readers of that deployment).
CREATE TABLE step_texts (
    deployment_id  INTEGER NOT NULL REFERENCES deployments (id),
    sha256         TEXT NOT NULL,
    content        TEXT NOT NULL,
    PRIMARY KEY (deployment_id, sha256)
);

-- How a sign-off's content_sha256 was computed: 1, before this migration, a
-- length-prefixed hash over the title and the sections (content held the sections as
-- JSON, without the title); 2, the SHA-256 of content itself (src/plan.rs, StepContent).
ALTER TABLE signoffs ADD COLUMN content_encoding INTEGER NOT NULL DEFAULT 1;
