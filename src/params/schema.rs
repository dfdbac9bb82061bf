//! Every parameter the catalog's commands may use: its name, kind, and the
//! help a person needs to find the value. The example answers file and the
//! form are generated from this table, so it is the one place to add one.

use super::Kind;

#[derive(Debug, Clone, Copy)]
pub enum Shape {
    One(Kind),
    List(Kind),
    Records(&'static [FieldSpec]),
}

#[derive(Debug, Clone, Copy)]
pub struct FieldSpec {
    /// The parameter whose records hold the field.
    pub param: &'static str,
    pub name: &'static str,
    /// In English; [`FieldSpec::label`] gives it in the request's language.
    pub label: &'static str,
    pub kind: Kind,
    pub example: &'static str,
    /// Taken when the field is left out; `None` makes it required.
    pub default: Option<&'static str>,
}

impl FieldSpec {
    /// The field's label in the request's language: the message
    /// `param-<parameter>-<field>`, or the English label.
    pub fn label(&self) -> String {
        super::message_or(&self.label_id(), self.label)
    }

    fn label_id(&self) -> String {
        format!("param-{}-{}", self.param, self.name)
    }
}

#[derive(Debug, Clone, Copy)]
pub struct ParamSpec {
    pub name: &'static str,
    pub group: Group,
    /// In English; [`ParamSpec::label`] gives it in the request's language.
    pub label: &'static str,
    /// What the value is and where to look it up (in English; see [`ParamSpec::help`]).
    pub help: &'static str,
    pub shape: Shape,
    /// One example per list entry or record.
    pub examples: &'static [&'static str],
}

impl ParamSpec {
    /// The parameter's label in the request's language: the message
    /// `param-<name>`, or the English label.
    pub fn label(&self) -> String {
        super::message_or(&self.label_id(), self.label)
    }

    /// What the value is and where to look it up, in the request's language:
    /// the message `param-<name>-help`, or the English help.
    pub fn help(&self) -> String {
        super::message_or(&self.help_id(), self.help)
    }

    fn label_id(&self) -> String {
        format!("param-{}", self.name)
    }

    fn help_id(&self) -> String {
        format!("param-{}-help", self.name)
    }
}

/// Every message id the parameters' labels and help are looked up by, with
/// the English text it stands for: the catalogs hold each of them.
pub fn messages() -> Vec<(String, &'static str)> {
    let mut messages = Vec::new();
    for spec in PARAMETERS {
        messages.push((spec.label_id(), spec.label));
        messages.push((spec.help_id(), spec.help));
        if let Shape::Records(fields) = spec.shape {
            messages.extend(fields.iter().map(|f| (f.label_id(), f.label)));
        }
    }
    messages
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Group {
    Lync,
    Exchange,
    UnifiedMessaging,
    OutlookWebApp,
    OAuth,
}

impl Group {
    pub const ALL: [Group; 5] =
        [Group::Lync, Group::Exchange, Group::UnifiedMessaging, Group::OutlookWebApp, Group::OAuth];

    /// The group's title in the request's language.
    pub fn title(self) -> String {
        crate::i18n::t(match self {
            Group::Lync => "group-title-lync",
            Group::Exchange => "group-title-exchange",
            Group::UnifiedMessaging => "group-title-unified-messaging",
            Group::OutlookWebApp => "group-title-outlook-web-app",
            Group::OAuth => "group-title-oauth",
        })
    }
}

const UM_SERVER_FIELDS: &[FieldSpec] = &[
    FieldSpec {
        param: "um_servers",
        name: "name",
        label: "Server name",
        kind: Kind::ServerName,
        example: "EX01",
        default: None,
    },
    FieldSpec {
        param: "um_servers",
        name: "certificate_thumbprint",
        label: "Thumbprint of its UM certificate",
        kind: Kind::Thumbprint,
        example: "A909502DD82AE41433E6F83886B00D4277A32A7B",
        default: None,
    },
    FieldSpec {
        param: "um_servers",
        name: "services",
        label: "UM services it runs (both; Exchange 2013 split roles: call-router or um)",
        kind: Kind::UmServices,
        example: "both",
        default: Some("both"),
    },
];

const EXCHANGE_SERVER_FIELDS: &[FieldSpec] = &[
    FieldSpec {
        param: "exchange_servers",
        name: "name",
        label: "Server name",
        kind: Kind::ServerName,
        example: "EX01",
        default: None,
    },
    FieldSpec {
        param: "exchange_servers",
        name: "roles",
        label: "Its roles (both; Exchange 2013 with the roles apart: mailbox or client-access)",
        kind: Kind::ExchangeRoles,
        example: "both",
        default: Some("both"),
    },
];

const UM_USER_FIELDS: &[FieldSpec] = &[
    FieldSpec {
        param: "um_users",
        name: "mailbox",
        label: "Mailbox",
        kind: Kind::MailboxIdentity,
        example: "alice@contoso.com",
        default: None,
    },
    FieldSpec {
        param: "um_users",
        name: "sip_address",
        label: "Lync SIP address",
        kind: Kind::SipAddress,
        example: "alice@contoso.com",
        default: None,
    },
    FieldSpec {
        param: "um_users",
        name: "extension",
        label: "Extension",
        kind: Kind::Extension,
        example: "4001",
        default: None,
    },
    FieldSpec {
        param: "um_users",
        name: "line_uri",
        label: "Line URI",
        kind: Kind::TelUri,
        example: "tel:+14255554001;ext=4001",
        default: None,
    },
];

pub const PARAMETERS: &[ParamSpec] = &[
    ParamSpec {
        name: "lync_pool_fqdn",
        group: Group::Lync,
        label: "Lync pool FQDN",
        help: "The Front End pool that hosts the Enterprise Voice users: Get-CsPool | Select-Object Identity",
        shape: Shape::One(Kind::Fqdn),
        examples: &["pool01.contoso.com"],
    },
    ParamSpec {
        name: "lync_site_id",
        group: Group::Lync,
        label: "Lync site ID",
        help: "The SiteId of the pool's site: Get-CsSite | Select-Object DisplayName, SiteID",
        shape: Shape::One(Kind::SiteId),
        examples: &["1"],
    },
    ParamSpec {
        name: "lync_forest_fqdn",
        group: Group::Lync,
        label: "Lync forest",
        help: "The root domain of the forest Lync is deployed in (only used when Exchange is in another forest)",
        shape: Shape::One(Kind::DnsDomain),
        examples: &["lync.contoso.com"],
    },
    ParamSpec {
        name: "lync_dial_plan_name",
        group: Group::Lync,
        label: "Lync dial plan name",
        help: "The Enterprise Voice dial plan to create or check: Get-CsDialPlan | Select-Object Identity, SimpleName",
        shape: Shape::One(Kind::DialPlanName),
        examples: &["Redmond"],
    },
    ParamSpec {
        name: "lync_oauth_certificate_thumbprint",
        group: Group::OAuth,
        label: "Lync OAuthTokenIssuer certificate thumbprint",
        help: "A certificate whose subject holds the SIP domain, at least 2048 bits, installed on every Front End server: Get-ChildItem Cert:\\LocalMachine\\My",
        shape: Shape::One(Kind::Thumbprint),
        examples: &["5C2D1A2E8B8E1B6B5A1E2E0F9C3D4B5A6F7E8D9C"],
    },
    ParamSpec {
        name: "lync_metadata_url",
        group: Group::OAuth,
        label: "Lync authorisation metadata URL",
        help: "https://<Lync pool FQDN>/metadata/json/1 (Exchange reads Lync's OAuth metadata here)",
        shape: Shape::One(Kind::MetadataUrl),
        examples: &["https://pool01.contoso.com/metadata/json/1"],
    },
    ParamSpec {
        name: "exchange_servers",
        group: Group::Exchange,
        label: "Exchange Mailbox and Client Access servers",
        help: "Every server whose IIS must restart after the partner application is set; OWA's IM settings go to those with the Mailbox role. Get-ExchangeServer | Select-Object Name, ServerRole",
        shape: Shape::Records(EXCHANGE_SERVER_FIELDS),
        examples: &[],
    },
    ParamSpec {
        name: "um_servers",
        group: Group::UnifiedMessaging,
        label: "Unified Messaging servers",
        help: "Each server that runs the UM (and UM Call Router) service, with the thumbprint of the certificate from your trusted root CA installed on it: Get-ExchangeCertificate -Server <name>",
        shape: Shape::Records(UM_SERVER_FIELDS),
        examples: &[],
    },
    ParamSpec {
        name: "um_dial_plan_name",
        group: Group::UnifiedMessaging,
        label: "UM SIP URI dial plan name",
        help: "The name of the UM dial plan to create (at most 64 characters); ExchUcUtil.ps1 names the hunt group's pilot after it",
        shape: Shape::One(Kind::DialPlanName),
        examples: &["Redmond UM"],
    },
    ParamSpec {
        name: "um_dial_plan_phone_context",
        group: Group::UnifiedMessaging,
        label: "UM dial plan FQDN (phone context)",
        help: "Before Exchange 2010 SP1 the Lync dial plan's simple name must equal it: (Get-UMDialPlan '<dial plan>').PhoneContext",
        shape: Shape::One(Kind::Fqdn),
        examples: &["redmondum.contoso.com"],
    },
    ParamSpec {
        name: "um_extension_digits",
        group: Group::UnifiedMessaging,
        label: "Digits in an extension",
        help: "How many digits the dial plan's extensions have (1 to 20); every user's extension must have this many",
        shape: Shape::One(Kind::ExtensionDigits),
        examples: &["4"],
    },
    ParamSpec {
        name: "um_voip_security",
        group: Group::UnifiedMessaging,
        label: "Dial plan VoIP security",
        help: "Must match Lync's media encryption (Get-CsMediaConfiguration): Secured for the default RequireEncryption; Lync Phone Edition devices need it to match",
        shape: Shape::One(Kind::VoipSecurity),
        examples: &["Secured"],
    },
    ParamSpec {
        name: "um_country_code",
        group: Group::UnifiedMessaging,
        label: "Country or region code",
        help: "The calling code of the dial plan's country or region (1 for North America, 82 for Korea, 886 for Taiwan)",
        shape: Shape::One(Kind::CountryCode),
        examples: &["1"],
    },
    ParamSpec {
        name: "um_mailbox_policy",
        group: Group::UnifiedMessaging,
        label: "UM mailbox policy",
        help: "The UM mailbox policy users are enabled with; Exchange creates <dial plan> Default Policy with the dial plan: Get-UMMailboxPolicy",
        shape: Shape::One(Kind::DialPlanName),
        examples: &["Redmond UM Default Policy"],
    },
    ParamSpec {
        name: "um_contacts_ou",
        group: Group::UnifiedMessaging,
        label: "OU for the UM contact objects",
        help: "The organisational unit where OcsUmUtil.exe creates the Subscriber Access and Auto Attendant contacts",
        shape: Shape::One(Kind::OuDn),
        examples: &["OU=UM Contacts,DC=contoso,DC=com"],
    },
    ParamSpec {
        name: "subscriber_access_name",
        group: Group::UnifiedMessaging,
        label: "Subscriber Access contact name",
        help: "The display name OcsUmUtil.exe gives the Subscriber Access contact",
        shape: Shape::One(Kind::DisplayName),
        examples: &["Redmond Subscriber Access"],
    },
    ParamSpec {
        name: "subscriber_access_sip_address",
        group: Group::UnifiedMessaging,
        label: "Subscriber Access SIP address",
        help: "The SIP address of the Subscriber Access contact (OcsUmUtil.exe shows it with the SIP: prefix)",
        shape: Shape::One(Kind::SipAddress),
        examples: &["redmond.sa@contoso.com"],
    },
    ParamSpec {
        name: "subscriber_access_number",
        group: Group::UnifiedMessaging,
        label: "Subscriber Access number",
        help: "The E.164 number users dial to reach their voice mail: Get-UMDialPlan | Select-Object AccessTelephoneNumbers",
        shape: Shape::One(Kind::E164Number),
        examples: &["+14255554000"],
    },
    ParamSpec {
        name: "um_users",
        group: Group::UnifiedMessaging,
        label: "Enterprise Voice users to enable for UM",
        help: "Each user's mailbox, Lync SIP address (Get-CsUser <user> | Select-Object SipAddress), a unique extension and Lync line URI",
        shape: Shape::Records(UM_USER_FIELDS),
        examples: &[],
    },
    ParamSpec {
        name: "owa_fqdn",
        group: Group::OutlookWebApp,
        label: "OWA trusted application pool FQDN",
        help: "The name Lync will know OWA by; it must equal the subject or a SAN of the OWA certificate",
        shape: Shape::One(Kind::Fqdn),
        examples: &["mail.contoso.com"],
    },
    ParamSpec {
        name: "owa_application_id",
        group: Group::OutlookWebApp,
        label: "OWA trusted application ID",
        help: "Letters and digits only; OutlookWebApp by convention",
        shape: Shape::One(Kind::ApplicationId),
        examples: &["OutlookWebApp"],
    },
    ParamSpec {
        name: "owa_application_port",
        group: Group::OutlookWebApp,
        label: "OWA trusted application port",
        help: "Any free port, unique within the trusted application pool; 5199 by convention: Get-CsTrustedApplication | Select-Object Identity, Port",
        shape: Shape::One(Kind::Port),
        examples: &["5199"],
    },
    ParamSpec {
        name: "owa_im_certificate_thumbprint",
        group: Group::OutlookWebApp,
        label: "OWA IM certificate thumbprint",
        help: "The Exchange certificate whose subject is the OWA FQDN, on the Mailbox servers: Get-ExchangeCertificate | Select-Object Thumbprint, Subject, Services",
        shape: Shape::One(Kind::Thumbprint),
        examples: &["1A2B3C4D5E6F708192A3B4C5D6E7F8091A2B3C4D"],
    },
    ParamSpec {
        name: "autodiscover_fqdn",
        group: Group::OAuth,
        label: "Autodiscover host name",
        help: "autodiscover.<your SMTP domain>",
        shape: Shape::One(Kind::Fqdn),
        examples: &["autodiscover.contoso.com"],
    },
    ParamSpec {
        name: "autodiscover_target_fqdn",
        group: Group::OAuth,
        label: "Server the Autodiscover name points at",
        help: "The Exchange Client Access server (or load balancer) that autodiscover.<domain> must resolve to",
        shape: Shape::One(Kind::Fqdn),
        examples: &["atl-exchange-001.contoso.com"],
    },
    ParamSpec {
        name: "exchange_autodiscover_internal_uri",
        group: Group::OAuth,
        label: "Exchange AutoDiscoverServiceInternalUri",
        help: "What Exchange publishes to Outlook, ending in autodiscover.xml: Get-ClientAccessServer | Select-Object Name, AutoDiscoverServiceInternalUri",
        shape: Shape::One(Kind::AutodiscoverXmlUrl),
        examples: &["https://autodiscover.contoso.com/autodiscover/autodiscover.xml"],
    },
    ParamSpec {
        name: "exchange_autodiscover_svc_url",
        group: Group::OAuth,
        label: "Exchange Autodiscover service URL for Lync",
        help: "What Lync is told (Set-CsOAuthConfiguration -ExchangeAutodiscoverUrl): the same host, ending in autodiscover.svc, not .xml",
        shape: Shape::One(Kind::AutodiscoverSvcUrl),
        examples: &["https://autodiscover.contoso.com/autodiscover/autodiscover.svc"],
    },
    ParamSpec {
        name: "exchange_metadata_url",
        group: Group::OAuth,
        label: "Exchange authorisation metadata URL",
        help: "https://<autodiscover host>/autodiscover/metadata/json/1 (Lync reads Exchange's OAuth metadata here)",
        shape: Shape::One(Kind::MetadataUrl),
        examples: &["https://autodiscover.contoso.com/autodiscover/metadata/json/1"],
    },
    ParamSpec {
        name: "test_user_sip_address",
        group: Group::OAuth,
        label: "Test user",
        help: "A Lync user with an Exchange 2013 or later mailbox, used by Test-CsExStorageConnectivity",
        shape: Shape::One(Kind::SipAddress),
        examples: &["kenmyer@contoso.com"],
    },
];

/// Looks a parameter up by name.
pub fn find(name: &str) -> Option<&'static ParamSpec> {
    PARAMETERS.iter().find(|p| p.name == name)
}

/// The example records of the record-shaped parameters, for the example
/// answers file: two users and two UM servers.
pub fn example_records(name: &str) -> &'static [&'static [(&'static str, &'static str)]] {
    match name {
        "um_servers" => &[
            &[("name", "EX01"), ("certificate_thumbprint", "A909502DD82AE41433E6F83886B00D4277A32A7B")],
            &[("name", "EX02"), ("certificate_thumbprint", "B8E2F3A4C5D6E7F8091A2B3C4D5E6F708192A3B4")],
        ],
        "exchange_servers" => &[&[("name", "EX01")], &[("name", "EX02")]],
        "um_users" => &[
            &[
                ("mailbox", "alice@contoso.com"),
                ("sip_address", "alice@contoso.com"),
                ("extension", "4001"),
                ("line_uri", "tel:+14255554001;ext=4001"),
            ],
            &[
                ("mailbox", "o'brien@contoso.com"),
                ("sip_address", "o'brien@contoso.com"),
                ("extension", "4002"),
                ("line_uri", "tel:+14255554002;ext=4002"),
            ],
        ],
        _ => &[],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_english_catalog_says_what_the_schema_says() {
        for spec in PARAMETERS {
            if let Shape::Records(fields) = spec.shape {
                assert!(fields.iter().all(|f| f.param == spec.name), "{}: a field names another parameter", spec.name);
            }
        }
        // The catalog marks code with backticks (shown as code); the words are the same.
        for (id, english) in messages() {
            assert_eq!(crate::i18n::Lang::En.t(&id).replace('`', ""), english, "{id}");
        }
        for group in Group::ALL {
            assert!(!group.title().starts_with("Unknown localization"), "{group:?}");
        }
    }

    #[test]
    fn names_are_unique_and_examples_parse() {
        for (index, spec) in PARAMETERS.iter().enumerate() {
            assert!(PARAMETERS[..index].iter().all(|p| p.name != spec.name), "{} twice", spec.name);
            match spec.shape {
                Shape::One(kind) | Shape::List(kind) => {
                    assert!(!spec.examples.is_empty(), "{} has no example", spec.name);
                    for example in spec.examples {
                        assert!(kind.parse(example).is_ok(), "{}: example {example} refused", spec.name);
                    }
                }
                Shape::Records(fields) => {
                    let records = example_records(spec.name);
                    assert!(!records.is_empty(), "{} has no example records", spec.name);
                    for field in fields {
                        assert!(field.kind.parse(field.example).is_ok(), "{}.{}", spec.name, field.name);
                    }
                    for record in records {
                        for (field, value) in *record {
                            let spec_field =
                                fields.iter().find(|f| f.name == *field).expect("example field is in the schema");
                            assert!(spec_field.kind.parse(value).is_ok(), "{}.{field}: {value}", spec.name);
                        }
                    }
                }
            }
        }
    }
}
