//! The deployment roles: the Active Directory groups and Exchange role groups
//! that Microsoft's step tables name, and the team each belongs to.

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Team {
    Exchange,
    Lync,
    Forest,
    Either,
}

impl Team {
    /// As in the JSON plan and the CSS classes of the pages.
    pub fn key(self) -> &'static str {
        match self {
            Team::Exchange => "exchange",
            Team::Lync => "lync",
            Team::Forest => "forest",
            Team::Either => "either",
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Team::Exchange => "Exchange team",
            Team::Lync => "Lync team",
            Team::Forest => "Forest and infrastructure",
            Team::Either => "either team",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    EnterpriseAdmins,
    DomainAdmins,
    ExchangeOrgAdmins,
    ExchangeServerAdmins,
    ExchangeRecipientAdmins,
    LocalAdmins,
    CsAdministrator,
    RtcUniversalServerAdmins,
    RtcUniversalUserAdmins,
    DnsAdmins,
}

impl Role {
    pub const ALL: [Role; 10] = [
        Role::EnterpriseAdmins,
        Role::DomainAdmins,
        Role::ExchangeOrgAdmins,
        Role::ExchangeServerAdmins,
        Role::ExchangeRecipientAdmins,
        Role::LocalAdmins,
        Role::CsAdministrator,
        Role::RtcUniversalServerAdmins,
        Role::RtcUniversalUserAdmins,
        Role::DnsAdmins,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Role::EnterpriseAdmins => "enterprise-admins",
            Role::DomainAdmins => "domain-admins",
            Role::ExchangeOrgAdmins => "exchange-org-admins",
            Role::ExchangeServerAdmins => "exchange-server-admins",
            Role::ExchangeRecipientAdmins => "exchange-recipient-admins",
            Role::LocalAdmins => "local-admins",
            Role::CsAdministrator => "cs-administrator",
            Role::RtcUniversalServerAdmins => "rtc-universal-server-admins",
            Role::RtcUniversalUserAdmins => "rtc-universal-user-admins",
            Role::DnsAdmins => "dns-admins",
        }
    }

    /// The name administrators know the group by.
    pub fn name(self) -> &'static str {
        match self {
            Role::EnterpriseAdmins => "Enterprise Admins",
            Role::DomainAdmins => "Domain Admins",
            Role::ExchangeOrgAdmins => "Exchange Organization Administrators",
            Role::ExchangeServerAdmins => "Exchange Server Administrators",
            Role::ExchangeRecipientAdmins => "Exchange Recipient Administrators",
            Role::LocalAdmins => "Administrators (local)",
            Role::CsAdministrator => "CsAdministrator",
            Role::RtcUniversalServerAdmins => "RTCUniversalServerAdmins",
            Role::RtcUniversalUserAdmins => "RTCUniversalUserAdmins",
            Role::DnsAdmins => "DnsAdmins",
        }
    }

    pub fn team(self) -> Team {
        match self {
            Role::EnterpriseAdmins | Role::DomainAdmins | Role::DnsAdmins => Team::Forest,
            Role::ExchangeOrgAdmins | Role::ExchangeServerAdmins | Role::ExchangeRecipientAdmins => Team::Exchange,
            Role::CsAdministrator | Role::RtcUniversalServerAdmins | Role::RtcUniversalUserAdmins => Team::Lync,
            Role::LocalAdmins => Team::Either,
        }
    }

    pub fn parse(key: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|role| role.key() == key)
    }
}

/// A set of roles one person must hold together.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct RoleSet(Vec<Role>);

impl RoleSet {
    /// Sorted and without repeats, so that equal sets compare equal.
    pub fn new(mut roles: Vec<Role>) -> Self {
        roles.sort();
        roles.dedup();
        Self(roles)
    }

    pub fn roles(&self) -> &[Role] {
        &self.0
    }

    /// A stable key for the set, e.g. for a lane or a script's file name.
    pub fn key(&self) -> String {
        self.0.iter().map(|r| r.key()).collect::<Vec<_>>().join("-and-")
    }

    pub fn name(&self) -> String {
        self.0.iter().map(|r| r.name()).collect::<Vec<_>>().join(" and ")
    }

    /// Whether someone holding `held` holds every role of this set.
    pub fn is_met_by(&self, held: &[Role]) -> bool {
        self.0.iter().all(|role| held.contains(role))
    }

    pub fn team(&self) -> Team {
        let mut teams = self.0.iter().map(|r| r.team());
        match teams.next() {
            Some(first) if teams.all(|t| t == first) => first,
            _ => Team::Either,
        }
    }
}

/// Who may perform a step: any one of the alternatives.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct Requirement(Vec<RoleSet>);

impl Requirement {
    pub fn new(alternatives: Vec<RoleSet>) -> Self {
        Self(alternatives)
    }

    pub fn alternatives(&self) -> &[RoleSet] {
        &self.0
    }

    pub fn is_met_by(&self, held: &[Role]) -> bool {
        self.0.iter().any(|set| set.is_met_by(held))
    }

    pub fn describe(&self) -> String {
        self.0.iter().map(RoleSet::name).collect::<Vec<_>>().join(", or ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_round_trip() {
        for role in Role::ALL {
            assert_eq!(Role::parse(role.key()), Some(role));
        }
        assert_eq!(Role::parse("Enterprise Admins"), None);
    }

    #[test]
    fn a_set_needs_every_role_in_one_person() {
        let both = RoleSet::new(vec![Role::RtcUniversalUserAdmins, Role::RtcUniversalServerAdmins]);
        assert!(!both.is_met_by(&[Role::RtcUniversalServerAdmins]));
        assert!(both.is_met_by(&[Role::RtcUniversalUserAdmins, Role::RtcUniversalServerAdmins, Role::DnsAdmins]));
        assert_eq!(both.key(), "rtc-universal-server-admins-and-rtc-universal-user-admins");
        let either = Requirement::new(vec![
            RoleSet::new(vec![Role::LocalAdmins]),
            RoleSet::new(vec![Role::ExchangeServerAdmins]),
        ]);
        assert!(either.is_met_by(&[Role::ExchangeServerAdmins]));
        assert!(!either.is_met_by(&[Role::ExchangeOrgAdmins]));
        assert_eq!(either.describe(), "Administrators (local), or Exchange Server Administrators");
    }
}
