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

    /// From [`Team::key`]; anything else is either team.
    pub fn parse(key: &str) -> Team {
        [Team::Exchange, Team::Lync, Team::Forest].into_iter().find(|t| t.key() == key).unwrap_or(Team::Either)
    }

    /// The team in `lang`, as the lanes of a plan name it.
    pub fn name_in(self, lang: crate::i18n::Lang) -> String {
        lang.t_with("deployment-team-name", &[("team", self.key())])
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

    /// [`Role::name`] in `lang`: Active Directory's group names are the same
    /// in every language; only "(local)" is said in the reader's.
    pub fn name_in(self, lang: crate::i18n::Lang) -> String {
        match self {
            Role::LocalAdmins => lang.t("role-local-admins"),
            other => other.name().to_owned(),
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

    /// The role's bit in a stored mask: its place in [`Role::ALL`], which
    /// only ever grows at the end.
    pub fn bit(self) -> i64 {
        let place = Role::ALL.iter().position(|r| *r == self).unwrap_or(0);
        1 << place
    }

    /// The roles of a mask.
    pub fn from_mask(mask: i64) -> Vec<Role> {
        Role::ALL.into_iter().filter(|role| mask & role.bit() != 0).collect()
    }

    /// The mask of several roles.
    pub fn mask(roles: &[Role]) -> i64 {
        roles.iter().fold(0, |mask, role| mask | role.bit())
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

    /// A [`RoleSet::name`] as kept in the pages' rows, said in `lang`.
    pub fn stored_name_in(name: &str, lang: crate::i18n::Lang) -> String {
        let parts: Vec<String> = name
            .split(" and ")
            .map(|part| {
                Role::ALL.iter().find(|r| r.name() == part).map_or_else(|| part.to_owned(), |r| r.name_in(lang))
            })
            .collect();
        parts.join(&lang.t("roles-and"))
    }

    /// [`RoleSet::name`] in `lang`: the group names stay, the words between them do not.
    pub fn name_in(&self, lang: crate::i18n::Lang) -> String {
        let names: Vec<String> = self.0.iter().map(|r| r.name_in(lang)).collect();
        names.join(&lang.t("roles-and"))
    }

    /// Whether someone holding `held` holds every role of this set.
    pub fn is_met_by(&self, held: &[Role]) -> bool {
        self.0.iter().all(|role| held.contains(role))
    }

    pub fn mask(&self) -> i64 {
        Role::mask(&self.0)
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

    /// [`Requirement::describe`] in `lang`.
    pub fn describe_in(&self, lang: crate::i18n::Lang) -> String {
        let names: Vec<String> = self.0.iter().map(|set| set.name_in(lang)).collect();
        names.join(&lang.t("roles-or"))
    }

    /// As stored: each alternative as its role keys.
    pub fn keys(&self) -> Vec<Vec<&'static str>> {
        self.0.iter().map(|set| set.roles().iter().map(|r| r.key()).collect()).collect()
    }

    /// From stored keys; a key no release knows is left out of its set, and
    /// a set left empty is left out, so nobody meets what they cannot.
    pub fn from_keys(alternatives: &[Vec<String>]) -> Requirement {
        Requirement(
            alternatives
                .iter()
                .filter(|keys| keys.iter().all(|k| Role::parse(k).is_some()) && !keys.is_empty())
                .map(|keys| RoleSet::new(keys.iter().filter_map(|k| Role::parse(k)).collect()))
                .collect(),
        )
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

    #[test]
    fn a_requirement_survives_storing() {
        let requirement = Requirement::new(vec![
            RoleSet::new(vec![Role::RtcUniversalUserAdmins, Role::RtcUniversalServerAdmins]),
            RoleSet::new(vec![Role::CsAdministrator]),
        ]);
        let stored: Vec<Vec<String>> =
            requirement.keys().iter().map(|set| set.iter().map(|k| (*k).to_owned()).collect()).collect();
        assert_eq!(Requirement::from_keys(&stored), requirement);
        let unknown = vec![vec!["exchange-org-admins".to_owned(), "no-such-group".to_owned()]];
        assert!(Requirement::from_keys(&unknown).alternatives().is_empty(), "an unknown role meets nothing");
        let bits: Vec<i64> = Role::ALL.iter().map(|r| r.bit()).collect();
        assert_eq!(bits.iter().fold(0, |all, b| all | b), (1 << Role::ALL.len()) - 1, "one bit each");
        let some = [Role::DnsAdmins, Role::ExchangeOrgAdmins];
        assert_eq!(Role::from_mask(Role::mask(&some)), vec![Role::ExchangeOrgAdmins, Role::DnsAdmins]);
    }
}
