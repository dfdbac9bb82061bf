//! Signing in through the OpenID provider: the pending sign-in, then the
//! account, its roles and the session it ends in, each change with its audit
//! event in one transaction. Every failure is an audit event too.

use std::collections::BTreeMap;

use crate::db::Pool;

use super::ServiceError;
use super::accounts::{self, NewSession};
use crate::audit::{NewEvent, Outcome};
use crate::auth::sso::provider::Provider;
use crate::auth::sso::{self, Failure, Identity};
use crate::auth::{PortalRole, password};
use crate::db;

/// How long a sign-in may stay at the provider.
pub const PENDING_SECONDS: i64 = 10 * 60;

/// The name the audit trail gives to changes made on the provider's word.
pub const ACTOR: &str = "sso";

/// Why a sign-in through the provider ended without a session.
#[derive(Debug)]
pub enum SsoError {
    /// Told to the person, in the log and in the audit trail.
    Failed(Failure),
    Service(ServiceError),
}

impl From<ServiceError> for SsoError {
    fn from(error: ServiceError) -> Self {
        SsoError::Service(error)
    }
}

impl From<sqlx::Error> for SsoError {
    fn from(error: sqlx::Error) -> Self {
        SsoError::Service(error.into())
    }
}

/// A sign-in sent to the provider: the browser keeps `cookie`, the server the rest.
pub struct Begun {
    pub cookie: String,
    pub url: String,
}

// Written by hand so that no log line can carry the cookie.
impl std::fmt::Debug for Begun {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Begun").field("url", &self.url).finish_non_exhaustive()
    }
}

/// Begins a sign-in that returns to `return_to` (a local path, checked by the caller).
pub async fn begin(pool: &Pool, provider: &Provider, return_to: &str) -> Result<Begun, SsoError> {
    let started = match provider.start() {
        Ok(started) => started,
        Err(failure) => return Err(refuse(pool, provider, None, failure).await),
    };
    let cookie = password::token();
    let now = db::now();
    let pending = db::sso::PendingRow {
        state: started.state,
        nonce: started.nonce,
        pkce_verifier: started.pkce_verifier,
        return_to: return_to.to_owned(),
        created_at: now,
    };
    let mut tx = db::begin_write(pool).await?;
    db::sso::insert(&mut tx, &accounts::session_key(&cookie), &pending, now - PENDING_SECONDS).await?;
    tx.commit().await?;
    Ok(Begun { cookie, url: started.url })
}

/// The query of the provider's redirect back.
#[derive(Debug, Default, Clone, serde::Deserialize)]
pub struct Callback {
    pub code: Option<String>,
    pub state: Option<String>,
    pub iss: Option<String>,
    pub error: Option<String>,
    pub error_description: Option<String>,
}

/// A completed sign-in: the session, and where to go.
#[derive(Debug)]
pub struct SignedIn {
    pub session: NewSession,
    pub return_to: String,
}

/// Completes a sign-in: matches the callback to the pending sign-in of this
/// browser, lets the provider's crate check the tokens, then creates or
/// updates the account and sets its roles from the groups claim.
pub async fn finish(
    pool: &Pool,
    provider: &Provider,
    pending_cookie: Option<&str>,
    callback: &Callback,
    previous_session: Option<&str>,
) -> Result<SignedIn, SsoError> {
    let pending = match pending_cookie {
        Some(cookie) => {
            let mut tx = db::begin_write(pool).await?;
            let pending = db::sso::take(&mut tx, &accounts::session_key(cookie)).await?;
            tx.commit().await?;
            pending.filter(|p| p.created_at >= db::now() - PENDING_SECONDS)
        }
        None => None,
    };
    let checked = match pending {
        None => Err(Failure::NoPendingSignIn),
        Some(pending) => answer(provider, &pending, callback).await.map(|finished| (pending, finished)),
    };
    let (pending, finished) = match checked {
        Ok(done) => done,
        Err(failure) => return Err(refuse(pool, provider, None, failure).await),
    };
    let identity = match sso::identity(&provider.config, &finished.claims) {
        Ok(identity) => identity,
        Err(failure) => return Err(refuse(pool, provider, None, failure).await),
    };
    match provision(pool, provider, &identity, previous_session, &finished.id_token).await? {
        Ok(session) => Ok(SignedIn { session, return_to: pending.return_to }),
        Err(failure) => Err(refuse(pool, provider, Some(&identity.username), failure).await),
    }
}

/// The provider's answer, checked against the pending sign-in.
async fn answer(
    provider: &Provider,
    pending: &db::sso::PendingRow,
    callback: &Callback,
) -> Result<sso::provider::Finished, Failure> {
    // The state first: an error that does not carry it did not come from this sign-in.
    let state_matches = callback.state.as_deref().is_some_and(|s| password::constant_time_eq(s, &pending.state));
    if !state_matches {
        return Err(Failure::StateMismatch);
    }
    if let Some(error) = &callback.error {
        return Err(Failure::ProviderRefused {
            error: printable(error, 100),
            description: printable(callback.error_description.as_deref().unwrap_or_default(), 300),
        });
    }
    if callback.iss.as_deref().is_some_and(|iss| !provider.is_issuer(iss)) {
        return Err(Failure::IssuerMismatch);
    }
    let Some(code) = callback.code.as_deref().filter(|c| !c.is_empty() && c.len() <= 4096) else {
        return Err(Failure::ProviderRefused { error: "no authorization code".to_owned(), description: String::new() });
    };
    provider.finish(code, &pending.nonce, &pending.pkce_verifier).await
}

/// Text from the provider's redirect, shown and logged: printable and bounded.
fn printable(text: &str, max: usize) -> String {
    text.chars().filter(|c| !c.is_control() && !crate::params::is_invisible(*c)).take(max).collect()
}

/// Creates or updates the account and its provider roles, then opens the
/// session: one transaction. A refusal found on the way (required group,
/// no role) still takes away the roles the provider no longer gives.
async fn provision(
    pool: &Pool,
    provider: &Provider,
    identity: &Identity,
    previous_session: Option<&str>,
    id_token: &str,
) -> Result<Result<NewSession, Failure>, ServiceError> {
    let config = &provider.config;
    let issuer = config.issuer.as_str();
    let (given, refusal) = match sso::roles(config, identity) {
        Ok(given) => (given, None),
        Err(failure) => (BTreeMap::new(), Some(failure)),
    };
    // An address the token does not carry (or carries unusable) is not taken as "none".
    let email = super::outbox::check_address(&identity.email).is_ok().then_some(identity.email.as_str());
    let mut tx = db::begin_write(pool).await?;
    let user = match db::users::by_subject(&mut tx, issuer, &identity.subject).await? {
        Some(user) if user.disabled => return Ok(Err(Failure::Disabled { username: user.username })),
        Some(user) => follow_provider(&mut tx, issuer, identity, email, user).await?,
        None => {
            if let Some(failure) = refusal {
                // Nobody to create: refused before an account exists.
                return Ok(Err(failure));
            }
            match create_account(&mut tx, issuer, identity, email).await? {
                Ok(user) => user,
                Err(failure) => return Ok(Err(failure)),
            }
        }
    };
    set_provider_roles(&mut tx, provider, &user, &given).await?;
    // Roles granted by hand let a person in whom no group gives a role.
    let roles_now = db::users::roles(&mut tx, user.id).await?;
    let refusal = refusal.or_else(|| {
        roles_now.is_empty().then(|| Failure::NoRole {
            claim: config.groups_claim.clone(),
            claim_present: identity.groups_claim_present,
            groups: identity.groups.clone(),
        })
    });
    if let Some(failure) = refusal {
        // The roles taken away stay taken away.
        tx.commit().await?;
        return Ok(Err(failure));
    }
    let session = accounts::open_session(&mut tx, &user, previous_session, Some(id_token)).await?;
    let event = super::event_by(&session.actor, "login", format!("user:{}", user.username), Outcome::Done)
        .detail(serde_json::json!({ "method": "sso", "provider": issuer }));
    db::audit::record(&mut tx, &event).await?;
    tx.commit().await?;
    Ok(Ok(session))
}

/// Takes a later sign-in's name, display name and e-mail onto the account,
/// with an audit event saying what changed. A rename is followed unless the
/// new name is another account's; an address the token leaves out is kept.
async fn follow_provider(
    tx: &mut db::Tx,
    issuer: &str,
    identity: &Identity,
    email: Option<&str>,
    user: db::users::UserRow,
) -> Result<db::users::UserRow, ServiceError> {
    let username = match db::users::by_name(tx, &identity.username).await? {
        Some(other) if other.id != user.id => user.username.clone(),
        _ => identity.username.clone(),
    };
    let email = email.unwrap_or(&user.email);
    let changed: serde_json::Map<String, serde_json::Value> = [
        ("username", user.username.as_str(), username.as_str()),
        ("display_name", user.display_name.as_str(), identity.display_name.as_str()),
        ("email", user.email.as_str(), email),
    ]
    .into_iter()
    .filter(|(_, before, after)| before != after)
    .map(|(field, before, after)| (field.to_owned(), serde_json::json!({ "from": before, "to": after })))
    .collect();
    if changed.is_empty() {
        return Ok(user);
    }
    let account = db::users::ProviderAccount {
        provider: issuer,
        subject: &identity.subject,
        username: &username,
        display_name: &identity.display_name,
        email,
    };
    db::users::update_from_provider(tx, user.id, &account).await?;
    let event = NewEvent::new("user.update", format!("user:{username}"), Outcome::Done)
        .by(None, ACTOR)
        .detail(serde_json::json!({ "provider": issuer, "changed": changed }));
    db::audit::record(tx, &event).await?;
    Ok(db::users::by_id(tx, user.id).await?.unwrap_or(user))
}

/// Creates the account of a first sign-in, unless its name is another account's.
async fn create_account(
    tx: &mut db::Tx,
    issuer: &str,
    identity: &Identity,
    email: Option<&str>,
) -> Result<Result<db::users::UserRow, Failure>, ServiceError> {
    if db::users::by_name(tx, &identity.username).await?.is_some() {
        return Ok(Err(Failure::NameTaken { username: identity.username.clone() }));
    }
    let email = email.unwrap_or_default();
    let account = db::users::ProviderAccount {
        provider: issuer,
        subject: &identity.subject,
        username: &identity.username,
        display_name: &identity.display_name,
        email,
    };
    let id = db::users::insert_from_provider(tx, &account).await?;
    let event = NewEvent::new("user.create", format!("user:{}", identity.username), Outcome::Done)
        .by(None, ACTOR)
        .detail(serde_json::json!({
            "provider": issuer,
            "subject": identity.subject,
            "display_name": identity.display_name,
            "email": email,
        }));
    db::audit::record(tx, &event).await?;
    match db::users::by_id(tx, id).await? {
        Some(user) => Ok(Ok(user)),
        None => Err(ServiceError::Internal("the account just created is gone".to_owned())),
    }
}

/// Makes the account's provider roles those its groups give now: each role
/// given or taken away is an audit event naming the provider and the claim.
async fn set_provider_roles(
    tx: &mut db::Tx,
    provider: &Provider,
    user: &db::users::UserRow,
    given: &BTreeMap<&'static str, Vec<String>>,
) -> Result<(), ServiceError> {
    let config = &provider.config;
    let held = db::users::provider_roles(tx, user.id).await?;
    let target = format!("user:{}", user.username);
    for (role, _) in held.iter().filter(|(role, _)| !given.contains_key(role.as_str())) {
        if role == PortalRole::Admin.key() && is_last_administrator(tx, user).await? {
            // As on the Users page: the portal is never left without an administrator.
            tracing::warn!(user = %user.username, "the provider no longer makes the last portal administrator one; the role stays");
            let event = NewEvent::new("role.revoke", target.clone(), Outcome::Refused)
                .by(None, ACTOR)
                .detail(serde_json::json!({ "role": role, "source": "provider", "provider": config.issuer,
                    "claim": config.groups_claim, "reason": "the last enabled portal administrator" }));
            db::audit::record(tx, &event).await?;
            continue;
        }
        db::users::remove_provider_role(tx, user.id, role).await?;
        let event = NewEvent::new("role.revoke", target.clone(), Outcome::Done).by(None, ACTOR).detail(
            serde_json::json!({ "role": role, "source": "provider", "provider": config.issuer, "claim": config.groups_claim }),
        );
        db::audit::record(tx, &event).await?;
    }
    for (role, groups) in given {
        let groups_json = serde_json::to_string(groups).unwrap_or_else(|_| "[]".to_owned());
        let before = held.iter().find(|(held_role, _)| held_role == role);
        if before.is_some_and(|(_, held_groups)| *held_groups == groups_json) {
            continue;
        }
        db::users::set_provider_role(tx, user.id, role, &groups_json).await?;
        if before.is_none() {
            let event =
                NewEvent::new("role.grant", target.clone(), Outcome::Done).by(None, ACTOR).detail(serde_json::json!({
                    "role": role,
                    "source": "provider",
                    "provider": config.issuer,
                    "claim": config.groups_claim,
                    "groups": groups,
                }));
            db::audit::record(tx, &event).await?;
        }
    }
    Ok(())
}

/// Whether `user` is the only enabled administrator, and by the provider's groups alone.
async fn is_last_administrator(tx: &mut db::Tx, user: &db::users::UserRow) -> Result<bool, ServiceError> {
    let by_hand = db::users::granted_by_hand(tx, user.id).await?;
    Ok(!user.disabled
        && !by_hand.iter().any(|r| r == PortalRole::Admin.key())
        && db::users::enabled_admins(tx).await? <= 1)
}

/// Logs and records a failed sign-in, and hands the failure back to be shown.
async fn refuse(pool: &Pool, provider: &Provider, username: Option<&str>, failure: Failure) -> SsoError {
    let issuer = provider.config.issuer.as_str();
    tracing::warn!(issuer, username, reason = failure.reason(), detail = %crate::i18n::sync_scope(crate::i18n::Lang::En, || failure.what_happened(&provider.config.name)),
        "a sign-in through the identity provider failed");
    let event = NewEvent::new("login", format!("user:{}", username.unwrap_or("(unknown)")), Outcome::Refused)
        .by(None, username.unwrap_or(ACTOR))
        .detail(serde_json::json!({ "method": "sso", "provider": issuer, "reason": failure.reason() }));
    let recorded = async {
        let mut tx = db::begin_write(pool).await?;
        db::audit::record_refusal(&mut tx, &event).await?;
        tx.commit().await?;
        Ok::<(), ServiceError>(())
    };
    match recorded.await {
        Ok(()) => SsoError::Failed(failure),
        Err(error) => SsoError::Service(error),
    }
}
