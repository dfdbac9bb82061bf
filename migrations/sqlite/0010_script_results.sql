-- A script's results file attached to a sign-off, as the portal checked it: the run and the
-- signed step's outcome and check output (JSON, see src/results.rs); '' when none was attached.
ALTER TABLE signoffs ADD COLUMN results TEXT NOT NULL DEFAULT '';
