-- E-mail for handoffs and rejections, when the portal has an SMTP server configured.

ALTER TABLE users ADD COLUMN email TEXT NOT NULL DEFAULT '';

-- Written with the change that causes them, sent by the outbox worker (as webhook_deliveries).
CREATE TABLE email_deliveries (
    id              INTEGER PRIMARY KEY,
    to_address      TEXT NOT NULL,
    subject         TEXT NOT NULL,
    body            TEXT NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    last_error      TEXT NOT NULL DEFAULT '',
    delivered_at    INTEGER,
    failed_at       INTEGER,
    created_at      INTEGER NOT NULL
);
CREATE INDEX email_pending ON email_deliveries (delivered_at, failed_at, next_attempt_at);
