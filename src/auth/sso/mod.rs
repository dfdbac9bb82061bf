//! Single sign-on through an OpenID provider: the configuration, and the pure
//! rules that turn the claims of a checked ID token into an account and its
//! roles. The protocol itself (discovery, the code flow, the token checks) is
//! the `openidconnect` crate's, in [`provider`].

pub mod provider;

use std::collections::BTreeMap;
use std::fmt;

use super::Grant;

/// The client secret: never printed, never logged.
#[derive(Clone, PartialEq, Eq)]
pub struct ClientSecret(pub String);

impl fmt::Debug for ClientSecret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ClientSecret([redacted])")
    }
}

/// The claim whose value becomes the Countersign user name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UsernameClaim {
    PreferredUsername,
    Sub,
    Email,
    Upn,
}

impl UsernameClaim {
    pub const ALL: [UsernameClaim; 4] =
        [UsernameClaim::PreferredUsername, UsernameClaim::Sub, UsernameClaim::Email, UsernameClaim::Upn];

    pub fn key(self) -> &'static str {
        match self {
            UsernameClaim::PreferredUsername => "preferred_username",
            UsernameClaim::Sub => "sub",
            UsernameClaim::Email => "email",
            UsernameClaim::Upn => "upn",
        }
    }

    pub fn parse(key: &str) -> Result<UsernameClaim, String> {
        UsernameClaim::ALL
            .into_iter()
            .find(|c| c.key() == key)
            .ok_or_else(|| format!("username_claim: \"{key}\" is not one of preferred_username, sub, email, upn"))
    }
}

/// Which provider groups give which roles. Group names and object ids are
/// matched without regard to case, as Active Directory and Entra ID compare them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RoleMap {
    by_group: BTreeMap<String, Vec<Grant>>,
}

impl RoleMap {
    /// From the `[oidc.roles]` table: a group, then one role key or a list of them.
    pub fn parse(table: &BTreeMap<String, Vec<String>>) -> Result<RoleMap, String> {
        let mut by_group: BTreeMap<String, Vec<Grant>> = BTreeMap::new();
        for (group, keys) in table {
            if group.trim().is_empty() {
                return Err("[oidc.roles]: a group name is empty".to_owned());
            }
            if keys.is_empty() {
                return Err(format!("[oidc.roles] \"{group}\": names no role"));
            }
            let grants = by_group.entry(group.trim().to_lowercase()).or_default();
            for key in keys {
                let grant = Grant::parse(key).ok_or_else(|| {
                    let known: Vec<&str> = Grant::all().iter().map(|g| g.key()).collect();
                    format!("[oidc.roles] \"{group}\": \"{key}\" is not a role; the roles are {}", known.join(", "))
                })?;
                if !grants.contains(&grant) {
                    grants.push(grant);
                }
            }
        }
        Ok(RoleMap { by_group })
    }

    pub fn is_empty(&self) -> bool {
        self.by_group.is_empty()
    }

    /// The roles these groups give, each with the groups that give it.
    pub fn roles_of(&self, groups: &[String]) -> BTreeMap<&'static str, Vec<String>> {
        let mut roles: BTreeMap<&'static str, Vec<String>> = BTreeMap::new();
        for group in groups {
            for grant in self.by_group.get(&group.to_lowercase()).into_iter().flatten() {
                let givers = roles.entry(grant.key()).or_default();
                if !givers.contains(group) {
                    givers.push(group.clone());
                }
            }
        }
        roles
    }
}

/// Everything single sign-on needs, checked at start-up.
#[derive(Debug, Clone)]
pub struct SsoConfig {
    /// The issuer, exactly as the provider's discovery document and tokens name it.
    pub issuer: String,
    pub client_id: String,
    pub client_secret: Option<ClientSecret>,
    /// What the button says: "Sign in with {name}".
    pub name: String,
    /// Asked for beside `openid`, which is always asked for.
    pub scopes: Vec<String>,
    pub username_claim: UsernameClaim,
    pub groups_claim: String,
    pub roles: RoleMap,
    /// Only members of this group (name or object id) may sign in.
    pub required_group: Option<String>,
    /// Sent as `resource` with the authorization request: AD FS issues the
    /// claims of that Web API's rules into the ID token only when asked for it.
    pub resource: Option<String>,
}

impl SsoConfig {
    pub const DEFAULT_SCOPES: [&'static str; 2] = ["profile", "email"];
    pub const DEFAULT_GROUPS_CLAIM: &'static str = "groups";
}

/// Whether the password form still signs people in.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LocalLogin {
    /// With single sign-on on, `false` keeps the password form for the break-glass account only.
    pub off: bool,
    pub break_glass: Option<String>,
}

impl LocalLogin {
    /// May this name sign in with a password?
    pub fn allows(&self, username: &str) -> bool {
        !self.off || self.break_glass.as_deref().is_some_and(|name| name.eq_ignore_ascii_case(username))
    }
}

/// The claims of an ID token whose signature, issuer, audience, expiry and nonce were checked.
#[derive(Debug, Clone, Default)]
pub struct Claims {
    pub subject: String,
    pub preferred_username: Option<String>,
    pub email: Option<String>,
    pub name: Option<String>,
    /// The claims beyond the standard ones: `upn`, `groups`, `roles`…
    pub other: serde_json::Map<String, serde_json::Value>,
}

/// Who the provider says a person is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Identity {
    pub subject: String,
    pub username: String,
    pub display_name: String,
    /// Empty when the provider gives none.
    pub email: String,
    pub groups: Vec<String>,
    /// Whether the token carried the groups claim at all (Entra leaves it out for no groups).
    pub groups_claim_present: bool,
}

/// The longest group list kept from one token, and the longest group name.
const MAX_GROUPS: usize = 1000;
const MAX_GROUP_CHARS: usize = 256;

/// Reads the person from the claims, as the configuration says.
pub fn identity(config: &SsoConfig, claims: &Claims) -> Result<Identity, Failure> {
    let claim = config.username_claim.key();
    let username = match config.username_claim {
        UsernameClaim::PreferredUsername => claims.preferred_username.clone(),
        UsernameClaim::Sub => Some(claims.subject.clone()),
        UsernameClaim::Email => claims.email.clone(),
        UsernameClaim::Upn => claims.other.get("upn").and_then(|v| v.as_str()).map(str::to_owned),
    }
    .ok_or(Failure::ClaimMissing { claim: claim.to_owned() })?;
    if !super::is_valid_username(&username) {
        return Err(Failure::BadUsername { claim: claim.to_owned(), value: crate::audit::bounded(&username, 100) });
    }
    let groups_claim = config.groups_claim.as_str();
    // Entra ID sends a pointer to the Graph API instead of the groups when a person is in too many.
    let overage = claims
        .other
        .get("_claim_names")
        .and_then(|names| names.as_object())
        .is_some_and(|names| names.contains_key(groups_claim));
    if overage {
        return Err(Failure::TooManyGroups { claim: groups_claim.to_owned() });
    }
    let value = claims.other.get(groups_claim);
    let groups: Vec<String> = match value {
        None | Some(serde_json::Value::Null) => Vec::new(),
        // AD FS sends one group as a string, several as an array.
        Some(serde_json::Value::String(one)) => vec![one.clone()],
        Some(serde_json::Value::Array(many)) => many.iter().filter_map(|v| v.as_str().map(str::to_owned)).collect(),
        Some(_) => return Err(Failure::BadGroups { claim: groups_claim.to_owned() }),
    };
    if groups.len() > MAX_GROUPS || groups.iter().any(|g| g.chars().count() > MAX_GROUP_CHARS) {
        return Err(Failure::BadGroups { claim: groups_claim.to_owned() });
    }
    let display_name = claims
        .name
        .as_deref()
        .map(|name| name.chars().filter(|c| !c.is_control() && !crate::params::is_invisible(*c)).take(100).collect())
        .filter(|name: &String| !name.trim().is_empty())
        .unwrap_or_else(|| username.clone());
    Ok(Identity {
        subject: claims.subject.clone(),
        username,
        display_name: display_name.trim().to_owned(),
        email: claims.email.clone().unwrap_or_default(),
        groups,
        groups_claim_present: value.is_some(),
    })
}

/// The roles a person's groups give, after the required group is checked.
pub fn roles(config: &SsoConfig, identity: &Identity) -> Result<BTreeMap<&'static str, Vec<String>>, Failure> {
    if let Some(required) = &config.required_group
        // Folded as the role map folds group names.
        && !identity.groups.iter().any(|g| g.to_lowercase() == required.to_lowercase())
    {
        return Err(Failure::NotInRequiredGroup { group: required.clone() });
    }
    Ok(config.roles.roles_of(&identity.groups))
}

/// Why a sign-in through the provider did not happen. Each says, in words a
/// person can act on, what went wrong and whom to ask.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Failure {
    /// Discovery has not succeeded yet.
    ProviderUnreachable,
    /// The callback came without a pending sign-in: it expired, was answered already, or began in another browser.
    NoPendingSignIn,
    StateMismatch,
    /// The callback's `iss` names another provider.
    IssuerMismatch,
    /// The provider answered the sign-in with an error.
    ProviderRefused {
        error: String,
        description: String,
    },
    /// The token endpoint could not be reached or refused the code.
    TokenExchange,
    /// The ID token failed a check: signature, issuer, audience, expiry or nonce.
    TokenInvalid,
    ClaimMissing {
        claim: String,
    },
    BadUsername {
        claim: String,
        value: String,
    },
    BadGroups {
        claim: String,
    },
    TooManyGroups {
        claim: String,
    },
    NotInRequiredGroup {
        group: String,
    },
    /// No group maps to a role and nothing was granted by hand.
    NoRole {
        claim: String,
        claim_present: bool,
        groups: Vec<String>,
    },
    /// The user name belongs to a local account (or to another provider's).
    NameTaken {
        username: String,
    },
    Disabled {
        username: String,
    },
}

impl Failure {
    /// A short key for the audit event and the log.
    pub fn reason(&self) -> &'static str {
        match self {
            Failure::ProviderUnreachable => "provider unreachable",
            Failure::NoPendingSignIn => "no pending sign-in",
            Failure::StateMismatch => "state mismatch",
            Failure::IssuerMismatch => "issuer mismatch",
            Failure::ProviderRefused { .. } => "provider refused",
            Failure::TokenExchange => "token exchange failed",
            Failure::TokenInvalid => "ID token invalid",
            Failure::ClaimMissing { .. } => "claim missing",
            Failure::BadUsername { .. } => "user name not usable",
            Failure::BadGroups { .. } => "groups claim not usable",
            Failure::TooManyGroups { .. } => "too many groups for the token",
            Failure::NotInRequiredGroup { .. } => "not in the required group",
            Failure::NoRole { .. } => "no group maps to a role",
            Failure::NameTaken { .. } => "user name taken by another account",
            Failure::Disabled { .. } => "account disabled",
        }
    }

    /// What happened, for the person who tried, in the request's language.
    pub fn what_happened(&self, provider: &str) -> String {
        use crate::i18n::t_with;
        let p = ("provider", provider);
        match self {
            Failure::ProviderUnreachable => t_with("sso-unreachable", &[p]),
            Failure::NoPendingSignIn => t_with("sso-no-pending", &[p]),
            Failure::StateMismatch => t_with("sso-state-mismatch", &[p]),
            Failure::IssuerMismatch => t_with("sso-issuer-mismatch", &[p]),
            Failure::ProviderRefused { error, description } if description.is_empty() => {
                t_with("sso-refused", &[p, ("error", error)])
            }
            Failure::ProviderRefused { error, description } => {
                t_with("sso-refused-described", &[p, ("error", error), ("description", description)])
            }
            Failure::TokenExchange => t_with("sso-token-exchange", &[p]),
            Failure::TokenInvalid => t_with("sso-token-invalid", &[p]),
            Failure::ClaimMissing { claim } => t_with("sso-claim-missing", &[p, ("claim", claim)]),
            Failure::BadUsername { claim, value } => {
                t_with("sso-bad-username", &[p, ("claim", claim), ("value", value)])
            }
            Failure::BadGroups { claim } => t_with("sso-bad-groups", &[p, ("claim", claim)]),
            Failure::TooManyGroups { claim } => t_with("sso-too-many-groups", &[p, ("claim", claim)]),
            Failure::NotInRequiredGroup { group } => t_with("sso-not-in-group", &[p, ("group", group)]),
            Failure::NoRole { claim, claim_present: false, .. } => t_with("sso-no-role-claim", &[p, ("claim", claim)]),
            Failure::NoRole { claim, groups, .. } if groups.is_empty() => {
                t_with("sso-no-role-no-groups", &[p, ("claim", claim)])
            }
            Failure::NoRole { claim, groups, .. } => {
                t_with("sso-no-role", &[p, ("claim", claim), ("groups", &shown_groups(groups))])
            }
            Failure::NameTaken { username } => t_with("sso-name-taken", &[p, ("username", username)]),
            Failure::Disabled { username } => t_with("sso-disabled", &[p, ("username", username)]),
        }
    }

    /// What to ask the portal's administrator, in the request's language.
    pub fn ask_admin(&self) -> String {
        crate::i18n::t(match self {
            Failure::ProviderUnreachable | Failure::TokenExchange => "sso-ask-try-again",
            Failure::NoPendingSignIn | Failure::StateMismatch => "sso-ask-start-again",
            Failure::IssuerMismatch | Failure::TokenInvalid | Failure::ProviderRefused { .. } => "sso-ask-log",
            Failure::ClaimMissing { .. } | Failure::BadUsername { .. } | Failure::BadGroups { .. } => "sso-ask-claims",
            Failure::TooManyGroups { .. } => "sso-ask-fewer-groups",
            Failure::NotInRequiredGroup { .. } => "sso-ask-join-group",
            Failure::NoRole { .. } => "sso-ask-map-role",
            Failure::NameTaken { .. } => "sso-ask-name-taken",
            Failure::Disabled { .. } => "sso-ask-enable",
        })
    }
}

/// Up to ten groups, for a message.
fn shown_groups(groups: &[String]) -> String {
    let mut shown: Vec<String> = groups.iter().take(10).map(|g| format!("\"{g}\"")).collect();
    if groups.len() > 10 {
        shown.push(format!("and {} more", groups.len() - 10));
    }
    shown.join(", ")
}

#[cfg(test)]
mod tests;
