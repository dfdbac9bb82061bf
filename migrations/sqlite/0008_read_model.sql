-- What the pages read, kept when things change instead of worked out on every read:
-- a page costs the same with ten deployments or ten thousand.
--
-- The rows below are derived from the answers (through the catalog) and from the
-- sign-offs; the portal writes them in the transaction of the change that moves them,
-- and writes them again at start-up for a deployment whose `planned_from` differs
-- from the running catalog's fingerprint (a new release, or a database from before
-- this migration).

ALTER TABLE deployments ADD COLUMN exchange_version TEXT NOT NULL DEFAULT '';
ALTER TABLE deployments ADD COLUMN lync_version TEXT NOT NULL DEFAULT '';
ALTER TABLE deployments ADD COLUMN steps_total INTEGER NOT NULL DEFAULT 0;
-- Countersigned or not applicable.
ALTER TABLE deployments ADD COLUMN steps_done INTEGER NOT NULL DEFAULT 0;
-- The deployment roles its plan names, one bit each (src/roles.rs, Role::bit):
-- who may read it.
ALTER TABLE deployments ADD COLUMN roles_mask INTEGER NOT NULL DEFAULT 0;
ALTER TABLE deployments ADD COLUMN planned_from TEXT NOT NULL DEFAULT '';
-- The SHA-256 of the answers text: the pages find the deployment's plan by it
-- without reading the text.
ALTER TABLE deployments ADD COLUMN answers_sha256 TEXT NOT NULL DEFAULT '';
CREATE INDEX deployments_by_status ON deployments (status, id);

-- step_status holds a row for every step of the plan, with what pages show of it.
-- A step a parameter change took out of the plan keeps its row (its round and version
-- go on if it comes back), with in_plan = 0.
ALTER TABLE step_status ADD COLUMN in_plan INTEGER NOT NULL DEFAULT 1;
ALTER TABLE step_status ADD COLUMN number INTEGER NOT NULL DEFAULT 0;
ALTER TABLE step_status ADD COLUMN title TEXT NOT NULL DEFAULT '';
ALTER TABLE step_status ADD COLUMN lane TEXT NOT NULL DEFAULT '';
ALTER TABLE step_status ADD COLUMN lane_name TEXT NOT NULL DEFAULT '';
-- The team of the lane: 'exchange', 'lync', 'forest' or 'either'.
ALTER TABLE step_status ADD COLUMN team TEXT NOT NULL DEFAULT 'either';
-- Who may perform it: a JSON array of alternatives, each an array of role keys; and
-- every role any alternative names, as a bit mask, for the work queues to narrow by.
ALTER TABLE step_status ADD COLUMN requirement TEXT NOT NULL DEFAULT '[]';
ALTER TABLE step_status ADD COLUMN requirement_roles INTEGER NOT NULL DEFAULT 0;
-- A JSON array of step keys.
ALTER TABLE step_status ADD COLUMN depends_on TEXT NOT NULL DEFAULT '[]';
-- The state people see: 'blocked', 'ready', 'signed', 'countersigned', 'not-applicable';
-- and, for a blocked step, what it waits on, as My work says it.
ALTER TABLE step_status ADD COLUMN shown TEXT NOT NULL DEFAULT 'blocked';
ALTER TABLE step_status ADD COLUMN waiting_on TEXT NOT NULL DEFAULT '';
-- This round's signer and countersigners (a JSON array of user ids), as the sign-offs say.
ALTER TABLE step_status ADD COLUMN signer_id INTEGER;
ALTER TABLE step_status ADD COLUMN signer_name TEXT NOT NULL DEFAULT '';
ALTER TABLE step_status ADD COLUMN signer_acting_as TEXT NOT NULL DEFAULT '';
ALTER TABLE step_status ADD COLUMN countersigners TEXT NOT NULL DEFAULT '[]';
-- Whether the step's deployment is active: the work queues hold only active work, so
-- they stay as short as the work in hand however many deployments are closed.
ALTER TABLE step_status ADD COLUMN active INTEGER NOT NULL DEFAULT 1;
-- The work queues read the steps of one shown state, newest deployment first.
CREATE INDEX step_status_queue ON step_status (shown, deployment_id DESC, number) WHERE in_plan = 1 AND active = 1;

CREATE INDEX handoffs_by_deployment ON handoffs (deployment_id, id);
-- The inbox lists a person's newest messages.
CREATE INDEX notifications_by_user ON notifications (user_id, id);

-- Steps of a closed deployment are out of the queues.
UPDATE step_status SET active = 0
WHERE deployment_id IN (SELECT id FROM deployments WHERE status != 'active');

-- When a handoff's work was first taken up (the first sign of one of its steps after
-- it), and how long it waited: written by that sign, so that the dashboard's slowest
-- handoffs are two short index walks instead of a pass over every handoff.
ALTER TABLE handoffs ADD COLUMN answered_at INTEGER;
ALTER TABLE handoffs ADD COLUMN waited INTEGER;
UPDATE handoffs SET answered_at = (
    SELECT MIN(s.created_at) FROM signoffs s, json_each(handoffs.steps) j
    WHERE s.deployment_id = handoffs.deployment_id AND s.step_key = j.value AND s.action = 'sign'
      AND s.created_at >= handoffs.created_at);
UPDATE handoffs SET waited = answered_at - created_at WHERE answered_at IS NOT NULL;
CREATE INDEX handoffs_waiting ON handoffs (created_at) WHERE answered_at IS NULL;
CREATE INDEX handoffs_by_wait ON handoffs (waited) WHERE answered_at IS NOT NULL;

-- A deployment's answers (kilobytes of TOML) in a table of their own: a list that
-- reads a column stored after them would otherwise walk their overflow pages on every row.
CREATE TABLE deployment_answers (
    deployment_id  INTEGER PRIMARY KEY REFERENCES deployments (id),
    answers        TEXT NOT NULL
);
INSERT INTO deployment_answers (deployment_id, answers) SELECT id, answers FROM deployments;
ALTER TABLE deployments DROP COLUMN answers;
