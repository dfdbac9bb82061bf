//! Who may do what. [`authorize`] decides every action of every entry point
//! (web, command line); a refusal says which role is missing.

pub mod password;
pub mod sso;

use std::fmt;

use crate::roles::Role;

/// A user name: 1 to 64 ASCII letters, digits, `.`, `_`, `-` or `@`,
/// beginning with a letter or digit (so never `.` or `..`, which cannot
/// stand in a path). Names are told apart without regard to case.
pub fn is_valid_username(username: &str) -> bool {
    has_name_characters(username) && username.starts_with(|c: char| c.is_ascii_alphanumeric())
}

/// 1 to 64 of the characters a user name may hold, whatever it begins with
/// (older names may begin with '.', '_', '-' or '@').
pub fn has_name_characters(username: &str) -> bool {
    (1..=64).contains(&username.len())
        && username.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-' | '@'))
}

/// Roles of the portal itself, apart from the deployment roles.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum PortalRole {
    /// Manages users and their roles.
    Admin,
    /// Creates deployments, edits their parameters, skips and reopens steps.
    Coordinator,
    /// Reads everything and exports the audit trail.
    Auditor,
}

impl PortalRole {
    pub const ALL: [PortalRole; 3] = [PortalRole::Admin, PortalRole::Coordinator, PortalRole::Auditor];

    pub fn key(self) -> &'static str {
        match self {
            PortalRole::Admin => "admin",
            PortalRole::Coordinator => "coordinator",
            PortalRole::Auditor => "auditor",
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            PortalRole::Admin => "Portal administrator",
            PortalRole::Coordinator => "Coordinator",
            PortalRole::Auditor => "Auditor",
        }
    }
}

/// A role a person can be granted: a portal role or a deployment role.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Grant {
    Portal(PortalRole),
    Deployment(Role),
}

impl Grant {
    pub fn parse(key: &str) -> Option<Grant> {
        PortalRole::ALL
            .into_iter()
            .find(|r| r.key() == key)
            .map(Grant::Portal)
            .or_else(|| Role::parse(key).map(Grant::Deployment))
    }

    pub fn key(self) -> &'static str {
        match self {
            Grant::Portal(role) => role.key(),
            Grant::Deployment(role) => role.key(),
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Grant::Portal(role) => role.name(),
            Grant::Deployment(role) => role.name(),
        }
    }

    /// [`Grant::name`] in `lang`: the portal's roles are said in it; Active
    /// Directory's groups keep their names.
    pub fn name_in(&self, lang: crate::i18n::Lang) -> String {
        match self {
            Grant::Portal(role) => lang.t(&format!("portal-role-{}", role.key())),
            Grant::Deployment(role) => role.name_in(lang),
        }
    }

    /// Every grant, portal roles first, for forms.
    pub fn all() -> Vec<Grant> {
        PortalRole::ALL.into_iter().map(Grant::Portal).chain(Role::ALL.into_iter().map(Grant::Deployment)).collect()
    }
}

/// The person (or the local command line) acting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    pub id: Option<i64>,
    pub username: String,
    pub display_name: String,
    pub grants: Vec<Grant>,
}

impl Actor {
    /// Whoever runs `countersign user …` on the server: they can read the
    /// database file, so they are trusted as an administrator.
    pub fn command_line() -> Actor {
        let user = std::env::var("USER").unwrap_or_else(|_| "unknown".to_owned());
        Actor {
            id: None,
            username: format!("cli:{user}"),
            display_name: format!("command line ({user})"),
            grants: vec![Grant::Portal(PortalRole::Admin)],
        }
    }

    pub fn from_keys(id: i64, username: &str, display_name: &str, keys: &[String]) -> Actor {
        Actor {
            id: Some(id),
            username: username.to_owned(),
            display_name: display_name.to_owned(),
            grants: keys.iter().filter_map(|k| Grant::parse(k)).collect(),
        }
    }

    pub fn is(&self, role: PortalRole) -> bool {
        self.grants.contains(&Grant::Portal(role))
    }

    pub fn deployment_roles(&self) -> Vec<Role> {
        self.grants
            .iter()
            .filter_map(|g| match g {
                Grant::Deployment(role) => Some(*role),
                Grant::Portal(_) => None,
            })
            .collect()
    }
}

/// Everything that needs permission.
#[derive(Debug, Clone, Copy)]
pub enum Action<'a> {
    /// Change one's own password: anyone signed in with an account of the portal's.
    ChangeOwnPassword,
    /// Keep a language with one's account: anyone signed in.
    ChooseLanguage,
    CreateDeployment,
    EditParameters,
    /// Mark a step not applicable, or reopen a finished one.
    OverrideStep,
    CancelDeployment,
    ManageUsers,
    /// Read a deployment: its plan, steps and commands, parameters, scripts
    /// and evidence. The roles are every group some step of it may need.
    ReadDeployment(&'a [Role]),
    /// Checkpoints, proofs, verifying the trail: auditors and administrators.
    ViewAudit,
    /// Browse and export the trail: auditors and administrators all of it,
    /// coordinators the events of deployments.
    BrowseAudit,
    /// Copy the whole portal into another database (`countersign migrate-db`).
    MoveDatabase,
}

impl Action<'_> {
    pub fn key(&self) -> &'static str {
        match self {
            Action::ChangeOwnPassword => "user.password-change",
            Action::ChooseLanguage => "user.language",
            Action::CreateDeployment => "deployment.create",
            Action::EditParameters => "deployment.edit-parameters",
            Action::OverrideStep => "step.override",
            Action::CancelDeployment => "deployment.cancel",
            Action::ManageUsers => "users.manage",
            Action::ReadDeployment(_) => "deployment.read",
            Action::ViewAudit => "audit.view",
            Action::BrowseAudit => "audit.browse",
            Action::MoveDatabase => "database.move",
        }
    }

    /// What the action is, in the words of the error page.
    pub fn describe(&self) -> &'static str {
        match self {
            Action::ChangeOwnPassword => "Changing your password",
            Action::ChooseLanguage => "Choosing your language",
            Action::CreateDeployment => "Creating a deployment",
            Action::EditParameters => "Changing a deployment's parameters",
            Action::OverrideStep => "Marking a step not applicable or reopening it",
            Action::CancelDeployment => "Cancelling a deployment",
            Action::ManageUsers => "Managing users",
            Action::ReadDeployment(_) => "Reading this deployment (its steps and scripts)",
            Action::ViewAudit => "Checking the audit trail",
            Action::BrowseAudit => "Browsing the audit trail",
            Action::MoveDatabase => "Moving the portal to another database",
        }
    }
}

/// A refusal: what was asked and which role would have allowed it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Denied {
    pub action: &'static str,
    /// The action in words ([`Action::describe`]).
    pub description: &'static str,
    /// In English, as the trail keeps it.
    pub needs: String,
    /// The message that says `needs` in the reader's language.
    pub needs_key: &'static str,
}

impl Denied {
    /// [`Denied::description`] in `lang`.
    pub fn description_in(&self, lang: crate::i18n::Lang) -> String {
        lang.try_t(&format!("permission-{}", self.action.replace('.', "-")))
            .unwrap_or_else(|| self.description.to_owned())
    }

    /// [`Denied::needs`] in `lang`.
    pub fn needs_in(&self, lang: crate::i18n::Lang) -> String {
        lang.try_t(self.needs_key).unwrap_or_else(|| self.needs.clone())
    }
}

impl fmt::Display for Denied {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} needs {}", self.action, self.needs)
    }
}

/// The one place permissions are decided.
pub fn authorize(actor: &Actor, action: Action<'_>) -> Result<(), Denied> {
    let allowed = match action {
        Action::ChangeOwnPassword | Action::ChooseLanguage => actor.id.is_some(),
        Action::CreateDeployment | Action::EditParameters | Action::OverrideStep | Action::CancelDeployment => {
            actor.is(PortalRole::Coordinator)
        }
        Action::ManageUsers | Action::MoveDatabase => actor.is(PortalRole::Admin),
        Action::ViewAudit => actor.is(PortalRole::Auditor) || actor.is(PortalRole::Admin),
        Action::BrowseAudit => {
            actor.is(PortalRole::Auditor) || actor.is(PortalRole::Admin) || actor.is(PortalRole::Coordinator)
        }
        // Everything of a deployment is one read: a script holds the same
        // commands as the step pages, so the two cannot differ in who sees them.
        Action::ReadDeployment(roles) => {
            actor.is(PortalRole::Coordinator)
                || actor.is(PortalRole::Auditor)
                || actor.is(PortalRole::Admin)
                || actor.deployment_roles().iter().any(|held| roles.contains(held))
        }
    };
    if allowed {
        return Ok(());
    }
    let (needs, needs_key) = match action {
        Action::ChangeOwnPassword | Action::ChooseLanguage => ("an account of the portal's own", "needs-own-account"),
        Action::CreateDeployment | Action::EditParameters | Action::OverrideStep | Action::CancelDeployment => {
            ("the Coordinator role", "needs-coordinator")
        }
        Action::ManageUsers | Action::MoveDatabase => ("the Portal administrator role", "needs-admin"),
        Action::ViewAudit => ("the Auditor or Portal administrator role", "needs-auditor-or-admin"),
        Action::BrowseAudit => ("the Auditor, Portal administrator or Coordinator role", "needs-audit-browse"),
        Action::ReadDeployment(_) => (
            "a group that some step of this deployment needs (or the Coordinator, Auditor or Portal administrator role)",
            "needs-deployment-group",
        ),
    };
    Err(Denied { action: action.key(), description: action.describe(), needs: needs.to_owned(), needs_key })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn actor(keys: &[&str]) -> Actor {
        Actor::from_keys(1, "u", "U", &keys.iter().map(|k| (*k).to_owned()).collect::<Vec<_>>())
    }

    #[test]
    fn each_action_needs_its_role() {
        assert!(authorize(&actor(&["coordinator"]), Action::CreateDeployment).is_ok());
        let denied =
            authorize(&actor(&["admin", "exchange-org-admins"]), Action::CreateDeployment).expect_err("refused");
        assert_eq!(denied.needs, "the Coordinator role");
        assert!(authorize(&actor(&["admin"]), Action::ManageUsers).is_ok());
        assert!(authorize(&actor(&["coordinator"]), Action::ManageUsers).is_err());
    }

    #[test]
    fn a_deployment_is_read_by_its_teams_and_those_who_oversee() {
        let needed = [Role::ExchangeOrgAdmins, Role::RtcUniversalServerAdmins];
        for reader in
            [&["exchange-org-admins"][..], &["rtc-universal-server-admins"], &["auditor"], &["coordinator"], &["admin"]]
        {
            assert!(authorize(&actor(reader), Action::ReadDeployment(&needed)).is_ok(), "{reader:?}");
        }
        for outsider in [&[][..], &["dns-admins"]] {
            assert!(authorize(&actor(outsider), Action::ReadDeployment(&needed)).is_err(), "{outsider:?}");
        }
    }

    #[test]
    fn unknown_grants_are_ignored() {
        assert_eq!(actor(&["root", "coordinator"]).grants, vec![Grant::Portal(PortalRole::Coordinator)]);
    }
}
