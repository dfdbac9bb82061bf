//! Signing in and out, and managing users and their roles.

use crate::db::Pool;

use super::{ServiceError, authorize, event_by};
use crate::audit::{NewEvent, Outcome};
use crate::auth::sso::LocalLogin;
use crate::auth::{Action, Actor, Grant, PortalRole, password};
use crate::db;
use crate::params::FieldError;

/// Consecutive failures that lock an account.
pub const LOCK_AFTER_FAILURES: i64 = 5;
/// How long a locked account stays locked.
pub const LOCK_SECONDS: i64 = 15 * 60;
/// A session ends after this long without a request…
pub const IDLE_SECONDS: i64 = 60 * 60;
/// …and in any case this long after sign-in.
pub const ABSOLUTE_SECONDS: i64 = 12 * 60 * 60;

/// A new session: the id goes into the cookie, only its hash into the database.
pub struct NewSession {
    pub id: String,
    pub csrf_token: String,
    pub actor: Actor,
}

// Written by hand so that no log line can carry the session id or its CSRF token.
impl std::fmt::Debug for NewSession {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NewSession").field("actor", &self.actor).finish_non_exhaustive()
    }
}

pub fn session_key(session_id: &str) -> String {
    use sha2::{Digest, Sha256};
    hex::encode(Sha256::digest(session_id.as_bytes()))
}

/// Signs in. A failure says nothing about whether the user exists: unknown,
/// disabled, locked and wrong-password attempts all hash once and write
/// alike. The attempt is counted as a failure *before* its password is
/// checked and cleared only if it proves right, so parallel guesses cannot
/// all be judged against a count that none of them has written yet.
/// `previous_session` is the browser's earlier session, ended on success.
pub async fn login(
    pool: &Pool,
    local: &LocalLogin,
    username: &str,
    password_text: &str,
    previous_session: Option<&str>,
) -> Result<Option<NewSession>, ServiceError> {
    // Looked up when it could be a stored name: older names may begin with '.', '_', '-' or '@'.
    let could_exist = crate::auth::has_name_characters(username);
    let counted = if could_exist { count_attempt(pool, username).await? } else { Counted::default() };
    let stored = match &counted.user {
        Some(user) if !user.disabled && !user.from_provider() => user.password_hash.clone(),
        _ => password::DUMMY_HASH.to_owned(),
    };
    let matches = match password::verify(password_text.to_owned(), stored.clone()).await {
        Ok(matches) => matches,
        Err(password::Busy) => {
            // Not judged, so not a failure: the count goes back.
            if let Some(user) = counted.user.as_ref().filter(|_| counted.counted) {
                uncount_attempt(pool, user.id).await?;
            }
            return Err(ServiceError::Busy);
        }
    };
    let now = db::now();
    let mut tx = db::begin_write(pool).await?;
    let user = match &counted.user {
        Some(user) => db::users::by_id(&mut tx, user.id).await?,
        None => None,
    };
    let refusal = match &user {
        None => Some("unknown user"),
        Some(u) if u.disabled => Some("account disabled"),
        Some(u) if u.from_provider() => Some("account signs in through the identity provider"),
        Some(u) if !local.allows(&u.username) => Some("password sign-in is off"),
        Some(_) if counted.locked => Some("account locked"),
        // Reset by an administrator while this attempt was being checked.
        Some(u) if u.password_hash != stored => Some("password changed meanwhile"),
        Some(_) if !matches => Some("wrong password"),
        // Locked meanwhile by attempts counted after this one.
        Some(u) if u.locked_until > now => Some("account locked"),
        Some(_) => None,
    };
    let target = format!("user:{}", user.as_ref().map_or(username, |u| u.username.as_str()));
    if let Some(reason) = refusal {
        if let Some(u) = user
            .as_ref()
            .filter(|u| reason == "wrong password" && u.failed_logins >= LOCK_AFTER_FAILURES && u.locked_until <= now)
        {
            start_lock(&mut tx, u, now).await?;
        }
        let event = NewEvent::new("login", target, Outcome::Refused)
            .by(None, username)
            .detail(serde_json::json!({ "reason": reason }));
        db::audit::record_refusal(&mut tx, &event).await?;
        tx.commit().await?;
        return Ok(None);
    }
    let Some(user) = user else { return Ok(None) };
    db::users::clear_failures(&mut tx, user.id).await?;
    let session = open_session(&mut tx, &user, previous_session, None).await?;
    db::audit::record(&mut tx, &event_by(&session.actor, "login", target, Outcome::Done)).await?;
    tx.commit().await?;
    Ok(Some(session))
}

/// Opens a session for `user` in the sign-in's transaction, ending the
/// browser's earlier one and any that have expired. `id_token` is kept for
/// the provider's sign-out when the provider signed the person in.
pub(crate) async fn open_session(
    tx: &mut db::Tx,
    user: &db::users::UserRow,
    previous_session: Option<&str>,
    id_token: Option<&str>,
) -> Result<NewSession, ServiceError> {
    let now = db::now();
    db::sessions::delete_expired(tx, now - IDLE_SECONDS, now - ABSOLUTE_SECONDS).await?;
    if let Some(previous) = previous_session {
        db::sessions::delete(tx, &session_key(previous)).await?;
    }
    let session = NewSession {
        id: password::token(),
        csrf_token: password::token(),
        actor: Actor::from_keys(user.id, &user.username, &user.display_name, &db::users::roles(tx, user.id).await?),
    };
    db::sessions::insert(tx, &session_key(&session.id), user.id, &session.csrf_token, id_token).await?;
    Ok(session)
}

/// What a sign-in attempt found when it was counted.
#[derive(Debug, Default)]
struct Counted {
    user: Option<db::users::UserRow>,
    /// Locked already: the attempt is refused whatever its password.
    locked: bool,
    /// The attempt was added to the account's failures, until it proves right.
    counted: bool,
}

/// Counts an attempt against its account under the write lock. A lock that
/// has expired starts the count again; an account with enough failures
/// (counted or still being checked) is locked from here on, for
/// [`LOCK_SECONDS`] from the moment the lock starts: attempts made while it
/// holds do not prolong it.
async fn count_attempt(pool: &Pool, username: &str) -> Result<Counted, ServiceError> {
    let now = db::now();
    let mut tx = db::begin_write(pool).await?;
    let Some(mut user) = db::users::by_name(&mut tx, username).await? else { return Ok(Counted::default()) };
    if user.disabled {
        return Ok(Counted { user: Some(user), ..Counted::default() });
    }
    if user.locked_until != 0 && user.locked_until <= now {
        user.failed_logins = 0;
        user.locked_until = 0;
        db::users::set_failures(&mut tx, user.id, 0, 0).await?;
    }
    let locked = user.locked_until > now || user.failed_logins >= LOCK_AFTER_FAILURES;
    if locked {
        if user.locked_until <= now {
            start_lock(&mut tx, &user, now).await?;
        }
    } else {
        db::users::set_failures(&mut tx, user.id, user.failed_logins + 1, 0).await?;
    }
    tx.commit().await?;
    Ok(Counted { user: Some(user), locked, counted: !locked })
}

/// Takes back an attempt that was counted but never judged.
async fn uncount_attempt(pool: &Pool, user_id: i64) -> Result<(), ServiceError> {
    let mut tx = db::begin_write(pool).await?;
    if let Some(user) = db::users::by_id(&mut tx, user_id).await? {
        db::users::set_failures(&mut tx, user.id, (user.failed_logins - 1).max(0), user.locked_until).await?;
    }
    tx.commit().await?;
    Ok(())
}

/// Locks an account for [`LOCK_SECONDS`], with its audit event.
async fn start_lock(tx: &mut db::Tx, user: &db::users::UserRow, now: i64) -> Result<(), ServiceError> {
    db::users::lock(tx, user.id, now + LOCK_SECONDS).await?;
    let event = NewEvent::new("account.lock", format!("user:{}", user.username), Outcome::Done)
        .by(None, "system")
        .detail(serde_json::json!({ "failures": user.failed_logins, "until": now + LOCK_SECONDS }));
    db::audit::record(tx, &event).await?;
    Ok(())
}

/// The signed-in user of a session, if it is still valid. An expired
/// session is deleted.
pub async fn session_actor(pool: &Pool, session_id: &str) -> Result<Option<SessionView>, ServiceError> {
    let key = session_key(session_id);
    let mut conn = pool.acquire().await?;
    let Some(session) = db::sessions::find_signed(&mut conn, &key).await? else { return Ok(None) };
    let now = db::now();
    let expired = session.last_seen_at < now - IDLE_SECONDS || session.created_at < now - ABSOLUTE_SECONDS;
    if session.disabled || expired {
        db::sessions::delete(&mut conn, &key).await?;
        return Ok(None);
    }
    // Saves a write per request: the idle clock only needs minute precision.
    if session.last_seen_at < now - 60 {
        db::sessions::touch(&mut conn, &key).await?;
    }
    let mut roles: Vec<String> = session.roles.split_whitespace().map(str::to_owned).collect();
    roles.sort();
    roles.dedup();
    Ok(Some(SessionView {
        actor: Actor::from_keys(session.user_id, &session.username, &session.display_name, &roles),
        csrf: session.csrf_token,
        unread: session.unread,
        lang: session.lang.as_deref().and_then(crate::i18n::Lang::parse),
    }))
}

/// The person of a valid session, its CSRF token, and how many unread
/// messages they have (up to [`db::sessions::UNREAD_COUNTED`]).
#[derive(Debug, Clone)]
pub struct SessionView {
    pub actor: Actor,
    pub csrf: String,
    pub unread: i64,
    /// The language the person chose, if any.
    pub lang: Option<crate::i18n::Lang>,
}

/// Ends a session; returns the provider's ID token when the provider signed
/// it in, so its sign-out can end the provider's session too.
pub async fn logout(pool: &Pool, actor: &Actor, session_id: &str) -> Result<Option<String>, ServiceError> {
    let mut tx = db::begin_write(pool).await?;
    let id_token = db::sessions::delete_returning_id_token(&mut tx, &session_key(session_id)).await?;
    db::audit::record(&mut tx, &event_by(actor, "logout", format!("user:{}", actor.username), Outcome::Done)).await?;
    tx.commit().await?;
    Ok(id_token)
}

/// Creates the first administrator if there is no user at all; returns the
/// password to show once.
pub async fn ensure_first_admin(pool: &Pool) -> Result<Option<String>, ServiceError> {
    let mut tx = db::begin_write(pool).await?;
    if db::users::count(&mut tx).await? > 0 {
        return Ok(None);
    }
    let secret = password::generate();
    let hash = password::hash(secret.clone()).await?;
    let id = db::users::insert(&mut tx, "admin", "Administrator", &hash).await?;
    db::users::grant(&mut tx, id, PortalRole::Admin.key(), None).await?;
    let event = NewEvent::new("user.create", "user:admin", Outcome::Done)
        .by(None, "system")
        .detail(serde_json::json!({ "roles": ["admin"], "reason": "first start" }));
    db::audit::record(&mut tx, &event).await?;
    tx.commit().await?;
    Ok(Some(secret))
}

/// Refuses a name [`crate::auth::is_valid_username`] refuses, naming the rule.
pub fn check_username(username: &str) -> Result<(), ServiceError> {
    if crate::auth::is_valid_username(username) {
        Ok(())
    } else {
        Err(ServiceError::Invalid(vec![FieldError::new(
            "username",
            &crate::audit::bounded(username, 100),
            crate::i18n::t("check-username-rule"),
        )]))
    }
}

/// Refuses a change that would leave the portal without an enabled administrator.
async fn keep_an_administrator(tx: &mut db::Tx, user: &db::users::UserRow) -> Result<(), ServiceError> {
    let roles = db::users::roles(tx, user.id).await?;
    if !user.disabled && roles.iter().any(|r| r == PortalRole::Admin.key()) && db::users::enabled_admins(tx).await? <= 1
    {
        return Err(ServiceError::Refused(crate::i18n::t_with("refused-last-admin", &[("username", &user.username)])));
    }
    Ok(())
}

fn parse_grants(keys: &[String]) -> Result<Vec<Grant>, ServiceError> {
    keys.iter()
        .map(|key| {
            Grant::parse(key).ok_or_else(|| {
                ServiceError::Invalid(vec![FieldError::new("roles", key, crate::i18n::t("check-role-unknown"))])
            })
        })
        .collect()
}

/// Creates a user with a generated password, returned to be shown once.
pub async fn create_user(
    pool: &Pool,
    actor: &Actor,
    username: &str,
    display_name: &str,
    email: &str,
    roles: &[String],
) -> Result<(i64, String), ServiceError> {
    authorize(pool, actor, Action::ManageUsers, &format!("user:{username}")).await?;
    check_username(username)?;
    let display_name = if display_name.trim().is_empty() { username } else { display_name.trim() };
    if display_name.chars().count() > 100
        || display_name.chars().any(|c| c.is_control() || crate::params::is_invisible(c))
    {
        return Err(ServiceError::Invalid(vec![FieldError::new(
            "display_name",
            display_name,
            crate::i18n::t("check-display-name-rule"),
        )]));
    }
    let email = email.trim();
    if !email.is_empty() {
        super::outbox::check_address(email)
            .map_err(|e| ServiceError::Invalid(vec![FieldError::new("email", email, e)]))?;
    }
    let grants = parse_grants(roles)?;
    let secret = password::generate();
    let hash = password::hash(secret.clone()).await?;
    let mut tx = db::begin_write(pool).await?;
    if db::users::by_name(&mut tx, username).await?.is_some() {
        return Err(ServiceError::Invalid(vec![FieldError::new(
            "username",
            username,
            crate::i18n::t("check-username-taken"),
        )]));
    }
    let id = db::users::insert(&mut tx, username, display_name, &hash).await?;
    if !email.is_empty() {
        db::users::set_email(&mut tx, id, email).await?;
    }
    for grant in &grants {
        db::users::grant(&mut tx, id, grant.key(), actor.id).await?;
    }
    let keys: Vec<&str> = grants.iter().map(|g| g.key()).collect();
    let event = event_by(actor, "user.create", format!("user:{username}"), Outcome::Done)
        .detail(serde_json::json!({ "display_name": display_name, "email": email, "roles": keys }));
    db::audit::record(&mut tx, &event).await?;
    tx.commit().await?;
    Ok((id, secret))
}

async fn target_user(tx: &mut db::Tx, username: &str) -> Result<db::users::UserRow, ServiceError> {
    db::users::by_name(tx, username)
        .await?
        .ok_or_else(|| ServiceError::NotFound(crate::i18n::t_with("not-found-user", &[("username", username)])))
}

/// Grants (`true`) or revokes a role.
pub async fn set_role(
    pool: &Pool,
    actor: &Actor,
    username: &str,
    role: &str,
    granted: bool,
) -> Result<(), ServiceError> {
    authorize(pool, actor, Action::ManageUsers, &format!("user:{username}")).await?;
    let grant = parse_grants(&[role.to_owned()])?.remove(0);
    let mut tx = db::begin_write(pool).await?;
    let user = target_user(&mut tx, username).await?;
    if !granted && grant == Grant::Portal(PortalRole::Admin) {
        keep_an_administrator(&mut tx, &user).await?;
    }
    let username = user.username.as_str();
    let changed = if granted {
        db::users::grant(&mut tx, user.id, grant.key(), actor.id).await?
    } else {
        db::users::revoke(&mut tx, user.id, grant.key()).await?
    };
    if changed {
        let action = if granted { "role.grant" } else { "role.revoke" };
        let event = event_by(actor, action, format!("user:{username}"), Outcome::Done)
            .detail(serde_json::json!({ "role": grant.key() }));
        db::audit::record(&mut tx, &event).await?;
    }
    tx.commit().await?;
    Ok(())
}

/// Disables (`true`) or enables an account; disabling ends its sessions.
pub async fn set_disabled(pool: &Pool, actor: &Actor, username: &str, disabled: bool) -> Result<(), ServiceError> {
    authorize(pool, actor, Action::ManageUsers, &format!("user:{username}")).await?;
    let mut tx = db::begin_write(pool).await?;
    let user = target_user(&mut tx, username).await?;
    if Some(user.id) == actor.id && disabled {
        return Err(ServiceError::Invalid(vec![FieldError::new(
            "username",
            username,
            crate::i18n::t("check-disable-self"),
        )]));
    }
    if disabled {
        keep_an_administrator(&mut tx, &user).await?;
    }
    let username = user.username.as_str();
    db::users::set_disabled(&mut tx, user.id, disabled).await?;
    if disabled {
        db::sessions::delete_for_user(&mut tx, user.id).await?;
    }
    let action = if disabled { "user.disable" } else { "user.enable" };
    db::audit::record(&mut tx, &event_by(actor, action, format!("user:{username}"), Outcome::Done)).await?;
    tx.commit().await?;
    Ok(())
}

/// Sets a new generated password, returned to be shown once; ends the
/// user's sessions and unlocks the account.
pub async fn reset_password(pool: &Pool, actor: &Actor, username: &str) -> Result<String, ServiceError> {
    authorize(pool, actor, Action::ManageUsers, &format!("user:{username}")).await?;
    let secret = password::generate();
    let hash = password::hash(secret.clone()).await?;
    let mut tx = db::begin_write(pool).await?;
    let user = target_user(&mut tx, username).await?;
    if user.from_provider() {
        return Err(ServiceError::Refused(crate::i18n::t_with(
            "refused-provider-account",
            &[("username", &user.username)],
        )));
    }
    let username = user.username.as_str();
    db::users::set_password(&mut tx, user.id, &hash).await?;
    db::sessions::delete_for_user(&mut tx, user.id).await?;
    db::audit::record(&mut tx, &event_by(actor, "user.password-reset", format!("user:{username}"), Outcome::Done))
        .await?;
    tx.commit().await?;
    Ok(secret)
}

/// The length a password one chooses must have.
pub const MIN_PASSWORD_CHARS: usize = 12;
pub const MAX_PASSWORD_CHARS: usize = 200;

/// A person changes their own password. The current one proves it is them,
/// not someone at a session left open; the person's other sessions end.
/// Neither password is ever echoed in a message.
pub async fn change_own_password(
    pool: &Pool,
    actor: &Actor,
    session_id: &str,
    current: &str,
    new: &str,
    repeated: &str,
) -> Result<(), ServiceError> {
    let target = format!("user:{}", actor.username);
    authorize(pool, actor, Action::ChangeOwnPassword, &target).await?;
    let Some(user_id) = actor.id else { return Err(ServiceError::NotFound(crate::i18n::t("not-found-your-account"))) };
    let mut errors = Vec::new();
    let length = new.chars().count();
    if !(MIN_PASSWORD_CHARS..=MAX_PASSWORD_CHARS).contains(&length) {
        errors.push(FieldError::new(
            "new_password",
            "",
            crate::i18n::t_with(
                "check-password-length",
                &[
                    ("length", length.to_string().as_str()),
                    ("min", MIN_PASSWORD_CHARS.to_string().as_str()),
                    ("max", MAX_PASSWORD_CHARS.to_string().as_str()),
                ],
            ),
        ));
    } else if new == current {
        errors.push(FieldError::new("new_password", "", crate::i18n::t("check-password-unchanged")));
    }
    if new != repeated {
        errors.push(FieldError::new("repeat_password", "", crate::i18n::t("check-password-repeat")));
    }
    if !errors.is_empty() {
        return Err(ServiceError::Invalid(errors));
    }
    let mut conn = pool.acquire().await?;
    let user = db::users::by_id(&mut conn, user_id)
        .await?
        .ok_or_else(|| ServiceError::NotFound(crate::i18n::t("not-found-your-account")))?;
    drop(conn);
    if user.from_provider() {
        return Err(ServiceError::Refused(crate::i18n::t("refused-own-provider-account")));
    }
    let matches =
        password::verify(current.to_owned(), user.password_hash.clone()).await.map_err(|_| ServiceError::Busy)?;
    let hash = if matches { Some(password::hash(new.to_owned()).await?) } else { None };
    let mut tx = db::begin_write(pool).await?;
    let Some(hash) = hash else {
        let event = event_by(actor, "user.password-change", &target, Outcome::Refused)
            .detail(serde_json::json!({ "reason": "wrong current password" }));
        db::audit::record_refusal(&mut tx, &event).await?;
        tx.commit().await?;
        return Err(ServiceError::Invalid(vec![FieldError::new(
            "current_password",
            "",
            crate::i18n::t("check-password-wrong"),
        )]));
    };
    // Changed meanwhile (by an administrator, or another tab): this change would undo it.
    let now = db::users::by_id(&mut tx, user_id).await?;
    if now.as_ref().is_none_or(|u| u.password_hash != user.password_hash) {
        tx.rollback().await?;
        return Err(ServiceError::Conflict(crate::i18n::t("conflict-password-changed")));
    }
    db::users::set_password(&mut tx, user_id, &hash).await?;
    db::sessions::delete_others(&mut tx, user_id, &session_key(session_id)).await?;
    db::audit::record(&mut tx, &event_by(actor, "user.password-change", &target, Outcome::Done)).await?;
    tx.commit().await?;
    Ok(())
}

/// Every user with their roles, for the admin page.
pub async fn list_users(pool: &Pool, actor: &Actor) -> Result<Vec<db::users::UserWithRoles>, ServiceError> {
    authorize(pool, actor, Action::ManageUsers, "users").await?;
    let mut conn = pool.acquire().await?;
    Ok(db::users::all_with_roles(&mut conn).await?)
}

/// Sets (or, with an empty address, clears) where a user's handoffs are e-mailed.
pub async fn set_email(pool: &Pool, actor: &Actor, username: &str, email: &str) -> Result<(), ServiceError> {
    authorize(pool, actor, Action::ManageUsers, &format!("user:{username}")).await?;
    let email = email.trim();
    if !email.is_empty() {
        super::outbox::check_address(email)
            .map_err(|e| ServiceError::Invalid(vec![FieldError::new("email", email, e)]))?;
    }
    let mut tx = db::begin_write(pool).await?;
    let user = target_user(&mut tx, username).await?;
    let username = user.username.as_str();
    db::users::set_email(&mut tx, user.id, email).await?;
    let event = event_by(actor, "user.email", format!("user:{username}"), Outcome::Done)
        .detail(serde_json::json!({ "email": email }));
    db::audit::record(&mut tx, &event).await?;
    tx.commit().await?;
    Ok(())
}

/// Webhook and e-mail deliveries that failed at least once, for administrators.
pub async fn troubled_deliveries(
    pool: &Pool,
    actor: &Actor,
) -> Result<Vec<(db::workflow::Channel, db::workflow::DeliveryRow)>, ServiceError> {
    authorize(pool, actor, Action::ManageUsers, "users").await?;
    let mut conn = pool.acquire().await?;
    let mut all = Vec::new();
    for channel in [db::workflow::Channel::Webhook, db::workflow::Channel::Email] {
        all.extend(db::workflow::troubled_deliveries(&mut conn, channel).await?.into_iter().map(|d| (channel, d)));
    }
    Ok(all)
}

/// Keeps `lang` with the person's account: their pages, inbox messages and
/// e-mails are in it from now on.
pub async fn choose_language(pool: &Pool, actor: &Actor, lang: crate::i18n::Lang) -> Result<(), ServiceError> {
    let target = format!("user:{}", actor.username);
    authorize(pool, actor, Action::ChooseLanguage, &target).await?;
    let Some(user_id) = actor.id else { return Err(ServiceError::NotFound(crate::i18n::t("not-found-your-account"))) };
    let mut tx = db::begin_write(pool).await?;
    let before = db::users::set_language(&mut tx, user_id, lang.tag()).await?;
    if before.as_deref() != Some(lang.tag()) {
        let event = event_by(actor, "user.language", target, Outcome::Done)
            .detail(serde_json::json!({ "from": before, "to": lang.tag() }));
        db::audit::record(&mut tx, &event).await?;
    }
    tx.commit().await?;
    Ok(())
}
