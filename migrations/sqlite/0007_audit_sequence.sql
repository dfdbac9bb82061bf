-- An event's sequence number is the next one: no gap, nothing below 1, nothing
-- backdated by a plain INSERT that the UPDATE and DELETE triggers do not see.
CREATE TRIGGER audit_events_in_sequence BEFORE INSERT ON audit_events
WHEN NEW.seq IS NOT (SELECT COALESCE(MAX(seq), 0) + 1 FROM audit_events)
BEGIN
    SELECT RAISE(ABORT, 'audit events are numbered in sequence');
END;
