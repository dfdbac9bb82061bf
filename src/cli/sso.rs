//! The single sign-on settings: `--oidc-*` flags and environment variables,
//! over the `[oidc]` table of the configuration file.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use clap::Args;

use crate::auth::sso::{ClientSecret, LocalLogin, RoleMap, SsoConfig, UsernameClaim};

#[derive(Debug, Clone, Default, Args)]
pub struct SsoArgs {
    /// Sign in through this OpenID provider (its issuer URL; discovery at
    /// URL/.well-known/openid-configuration).
    #[arg(long, env = "COUNTERSIGN_OIDC_ISSUER", value_name = "URL")]
    oidc_issuer: Option<String>,
    /// The portal's client id at the provider.
    #[arg(long, env = "COUNTERSIGN_OIDC_CLIENT_ID", value_name = "ID")]
    oidc_client_id: Option<String>,
    /// A file holding the client secret (or put the secret itself in
    /// COUNTERSIGN_OIDC_CLIENT_SECRET); never logged.
    #[arg(long, env = "COUNTERSIGN_OIDC_CLIENT_SECRET_FILE", value_name = "FILE")]
    oidc_client_secret_file: Option<PathBuf>,
    /// What the sign-in button says: "Sign in with TEXT" [default: single sign-on].
    #[arg(long, env = "COUNTERSIGN_OIDC_NAME", value_name = "TEXT")]
    oidc_name: Option<String>,
}

/// The `[oidc]` table.
#[derive(Debug, Default, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OidcFile {
    issuer: Option<String>,
    client_id: Option<String>,
    client_secret_file: Option<PathBuf>,
    name: Option<String>,
    scopes: Option<Vec<String>>,
    username_claim: Option<String>,
    groups_claim: Option<String>,
    #[serde(default)]
    roles: BTreeMap<String, OneOrMore>,
    required_group: Option<String>,
    resource: Option<String>,
    local_login: Option<bool>,
    break_glass: Option<String>,
}

/// A group maps to one role key or to a list of them.
#[derive(Debug, serde::Deserialize)]
#[serde(untagged)]
enum OneOrMore {
    One(String),
    More(Vec<String>),
}

/// The environment variable that may hold the client secret itself.
const SECRET_VARIABLE: &str = "COUNTERSIGN_OIDC_CLIENT_SECRET";

/// Settles the flags over the file; `None` when single sign-on is off.
pub fn settle(args: &SsoArgs, file: Option<OidcFile>) -> Result<(Option<SsoConfig>, LocalLogin), String> {
    let file = file.unwrap_or_default();
    let issuer = args.oidc_issuer.clone().or(file.issuer.clone());
    let local_login = LocalLogin {
        off: file.local_login == Some(false),
        break_glass: file.break_glass.as_deref().map(str::trim).filter(|b| !b.is_empty()).map(str::to_owned),
    };
    let Some(issuer) = issuer.map(|i| i.trim().to_owned()) else {
        if file.client_id.is_some() || !file.roles.is_empty() || local_login.off || args.oidc_client_id.is_some() {
            return Err("[oidc]: single sign-on needs the issuer (--oidc-issuer or issuer = \"https://…\")".to_owned());
        }
        return Ok((None, LocalLogin::default()));
    };
    let local = ["http://127.0.0.1", "http://localhost", "http://[::1]"]
        .iter()
        .any(|prefix| issuer.strip_prefix(prefix).is_some_and(|rest| rest.is_empty() || rest.starts_with([':', '/'])));
    if !(issuer.starts_with("https://") || local) {
        return Err(format!("--oidc-issuer: \"{issuer}\" must be https:// (plain http only on this machine)"));
    }
    let client_id = args
        .oidc_client_id
        .clone()
        .or(file.client_id.clone())
        .map(|id| id.trim().to_owned())
        .filter(|id| !id.is_empty())
        .ok_or("--oidc-client-id: single sign-on needs the portal's client id at the provider")?;
    let secret_file = args.oidc_client_secret_file.clone().or(file.client_secret_file.clone());
    let client_secret = match (secret_file, std::env::var(SECRET_VARIABLE).ok()) {
        (Some(path), _) => Some(read_secret(&path)?),
        (None, Some(secret)) if !secret.trim().is_empty() => Some(ClientSecret(secret.trim().to_owned())),
        _ => None,
    };
    let name = args.oidc_name.clone().or(file.name.clone()).map(|n| n.trim().to_owned()).filter(|n| !n.is_empty());
    let name = name.unwrap_or_else(|| "single sign-on".to_owned());
    if name.chars().count() > 60 || name.chars().any(char::is_control) {
        return Err(format!("--oidc-name: \"{name}\" must be at most 60 printable characters"));
    }
    let scopes = match file.scopes {
        Some(scopes) => scopes,
        None => SsoConfig::DEFAULT_SCOPES.iter().map(|s| (*s).to_owned()).collect(),
    };
    if let Some(bad) = scopes.iter().find(|s| s.is_empty() || s.chars().any(|c| c.is_whitespace() || c.is_control())) {
        return Err(format!("[oidc] scopes: \"{bad}\" is not a scope (one word each)"));
    }
    // The crate always asks for `openid`.
    let scopes = scopes.into_iter().filter(|s| s != "openid").collect();
    let username_claim = match &file.username_claim {
        Some(claim) => UsernameClaim::parse(claim.trim())?,
        None => UsernameClaim::PreferredUsername,
    };
    let groups_claim = file.groups_claim.as_deref().map(str::trim).unwrap_or(SsoConfig::DEFAULT_GROUPS_CLAIM);
    if groups_claim.is_empty() || groups_claim.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(format!("[oidc] groups_claim: \"{groups_claim}\" is not a claim name"));
    }
    let table: BTreeMap<String, Vec<String>> = file
        .roles
        .into_iter()
        .map(|(group, roles)| match roles {
            OneOrMore::One(role) => (group, vec![role]),
            OneOrMore::More(roles) => (group, roles),
        })
        .collect();
    let roles = RoleMap::parse(&table)?;
    if roles.is_empty() {
        tracing::warn!(
            "[oidc.roles] maps no group: only roles granted by hand let people signed in through the provider in"
        );
    }
    if local_login.off && local_login.break_glass.is_none() {
        tracing::warn!(
            "local_login = false without break_glass: nobody can sign in while the identity provider is down"
        );
    }
    let required_group = file.required_group.map(|g| g.trim().to_owned()).filter(|g| !g.is_empty());
    let resource = file.resource.map(|r| r.trim().to_owned()).filter(|r| !r.is_empty());
    if let Some(bad) = resource.as_ref().filter(|r| r.chars().any(|c| c.is_whitespace() || c.is_control())) {
        return Err(format!("[oidc] resource: \"{bad}\" is not a resource identifier (one word, no spaces)"));
    }
    let config = SsoConfig {
        issuer,
        client_id,
        client_secret,
        name,
        scopes,
        username_claim,
        groups_claim: groups_claim.to_owned(),
        roles,
        required_group,
        resource,
    };
    Ok((Some(config), local_login))
}

/// The secret from its file; the error names the file, never its content.
fn read_secret(path: &Path) -> Result<ClientSecret, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("--oidc-client-secret-file: cannot read {}: {e}", path.display()))?;
    let secret = text.trim();
    if secret.is_empty() {
        return Err(format!("--oidc-client-secret-file: {} is empty", path.display()));
    }
    Ok(ClientSecret(secret.to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(text: &str) -> OidcFile {
        toml::from_str(text).expect("the [oidc] table parses")
    }

    fn settled(text: &str) -> Result<(Option<SsoConfig>, LocalLogin), String> {
        settle(&SsoArgs::default(), Some(file(text)))
    }

    #[test]
    fn a_full_table_settles_with_its_roles_and_secret() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let secret = dir.path().join("secret");
        std::fs::write(&secret, "s3cret\n").expect("written");
        let text = format!(
            r#"issuer = "https://login.microsoftonline.com/tenant/v2.0"
               client_id = "app"
               client_secret_file = "{}"
               scopes = ["openid", "profile"]
               groups_claim = "roles"
               local_login = false
               break_glass = "admin"
               resource = "urn:countersign"
               [roles]
               "Exchange.Admins" = "exchange-org-admins"
               "Lync.Admins" = ["cs-administrator", "coordinator"]"#,
            secret.display()
        );
        let (config, local) = settled(&text).expect("settles");
        let config = config.expect("single sign-on is on");
        assert_eq!(config.client_secret, Some(ClientSecret("s3cret".to_owned())));
        assert_eq!(config.scopes, ["profile"], "openid is the crate's to ask for");
        assert_eq!(config.name, "single sign-on");
        assert_eq!(config.roles.roles_of(&["lync.admins".to_owned()]).len(), 2);
        assert_eq!(local, LocalLogin { off: true, break_glass: Some("admin".to_owned()) });
        assert_eq!(config.resource.as_deref(), Some("urn:countersign"));
    }

    #[test]
    fn what_is_wrong_is_named() {
        let refused = |text: &str| settled(text).expect_err(text);
        assert!(refused(r#"issuer = "http://idp.contoso.com""#).contains("must be https://"));
        assert!(refused(r#"issuer = "https://idp.contoso.com""#).contains("--oidc-client-id"));
        assert!(refused("local_login = false").contains("needs the issuer"));
        let unknown = refused("issuer = \"https://idp.test\"\nclient_id = \"a\"\n[roles]\n\"G\" = \"root\"");
        assert!(unknown.contains("\"root\" is not a role"), "{unknown}");
        let claim = refused("issuer = \"https://idp.test\"\nclient_id = \"a\"\nusername_claim = \"unique_name\"");
        assert!(claim.contains("unique_name"), "{claim}");
        let missing =
            refused("issuer = \"https://idp.test\"\nclient_id = \"a\"\nclient_secret_file = \"/nonexistent/secret\"");
        assert!(missing.contains("/nonexistent/secret") && missing.contains("cannot read"), "{missing}");
        assert!(toml::from_str::<OidcFile>("isuer = \"x\"").is_err(), "a misspelt key is refused");
    }

    #[test]
    fn plain_http_is_taken_only_on_this_machine() {
        for local in ["http://127.0.0.1:9000", "http://localhost/realms/x", "http://[::1]:8443"] {
            let text = format!("issuer = \"{local}\"\nclient_id = \"a\"");
            assert!(settled(&text).is_ok(), "{local}");
        }
        let text = "issuer = \"http://localhost.evil.example\"\nclient_id = \"a\"";
        assert!(settled(text).is_err());
        assert_eq!(settled("").expect("no [oidc]").0.map(|c| c.issuer), None);
    }
}
