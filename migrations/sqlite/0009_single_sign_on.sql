-- Single sign-on through an OpenID provider.

-- An account from a provider is known by the provider's issuer and its `sub` claim, never by
-- its name alone: a name already taken by a local account is refused, not merged.
-- Both are NULL for a local account.
ALTER TABLE users ADD COLUMN provider TEXT;
ALTER TABLE users ADD COLUMN subject TEXT;
CREATE UNIQUE INDEX users_by_subject ON users (provider, subject) WHERE provider IS NOT NULL;

-- The roles a provider's groups give, set again at every sign-in. Kept apart from
-- user_roles (granted by hand), so a group removed at the provider removes only its role.
CREATE TABLE provider_roles (
    user_id  INTEGER NOT NULL REFERENCES users (id),
    role     TEXT NOT NULL,
    -- The claim values that give it, as a JSON array of strings.
    groups   TEXT NOT NULL,
    set_at   INTEGER NOT NULL,
    PRIMARY KEY (user_id, role)
);

-- A sign-in sent to the provider and not back yet: what the callback must match. Keyed by
-- the SHA-256 of the browser cookie that started it; used once, gone after ten minutes.
CREATE TABLE sso_pending (
    id_sha256      TEXT PRIMARY KEY,
    state          TEXT NOT NULL,
    nonce          TEXT NOT NULL,
    pkce_verifier  TEXT NOT NULL,
    return_to      TEXT NOT NULL,
    created_at     INTEGER NOT NULL
);
CREATE INDEX sso_pending_by_age ON sso_pending (created_at);

-- The ID token of a session signed in through the provider: the hint its sign-out sends
-- back so the provider ends its own session too.
ALTER TABLE sessions ADD COLUMN id_token TEXT;
