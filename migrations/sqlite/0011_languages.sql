-- The language a person chose for the portal (a BCP 47 tag: en, ko, zh-TW), or NULL to follow
-- the browser. Inbox messages and e-mails are written in it.
ALTER TABLE users ADD COLUMN lang TEXT;
