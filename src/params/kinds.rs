//! The kinds of value and their rules (`domain.md`, "Parameters and how they
//! must be checked"). Each parser trims surrounding white space, then either
//! normalises the value or says why not.

use super::{Parsed, Refusal, Scalar, is_invisible};
use crate::i18n::Msg;

/// Every kind of parameter value. The catalog names these by their key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    Fqdn,
    DnsDomain,
    ServerName,
    SipAddress,
    MailboxIdentity,
    AutodiscoverSvcUrl,
    AutodiscoverXmlUrl,
    MetadataUrl,
    Thumbprint,
    SiteId,
    ApplicationId,
    Port,
    DialPlanName,
    ExtensionDigits,
    Extension,
    CountryCode,
    TelUri,
    E164Number,
    OuDn,
    DisplayName,
    VoipSecurity,
    /// Which UM services an Exchange server runs: both, or (Exchange 2013
    /// split roles) the Call Router of a Client Access server or the UM
    /// service of a Mailbox server.
    UmServices,
    /// The Exchange roles a server holds: both, or (Exchange 2013 split
    /// roles) Client Access or Mailbox.
    ExchangeRoles,
    DeploymentName,
}

/// Characters that cmd.exe or PowerShell treat specially outside quotes. A
/// kind whose every accepted value avoids them may appear bare on a cmd line.
const SHELL_SPECIAL: &[char] = &[
    ' ', '\t', '&', '|', '<', '>', '^', '%', '!', '"', '\'', '`', '$', '(', ')', '{', '}', '@', ';', ',', '#',
    '\u{2018}', '\u{2019}', '\u{201A}', '\u{201B}', '\u{201C}', '\u{201D}', '\u{201E}',
];

impl Kind {
    pub const ALL: [Kind; 24] = [
        Kind::Fqdn,
        Kind::DnsDomain,
        Kind::ServerName,
        Kind::SipAddress,
        Kind::MailboxIdentity,
        Kind::AutodiscoverSvcUrl,
        Kind::AutodiscoverXmlUrl,
        Kind::MetadataUrl,
        Kind::Thumbprint,
        Kind::SiteId,
        Kind::ApplicationId,
        Kind::Port,
        Kind::DialPlanName,
        Kind::ExtensionDigits,
        Kind::Extension,
        Kind::CountryCode,
        Kind::TelUri,
        Kind::E164Number,
        Kind::OuDn,
        Kind::DisplayName,
        Kind::VoipSecurity,
        Kind::UmServices,
        Kind::ExchangeRoles,
        Kind::DeploymentName,
    ];

    /// What a value of this kind looks like, for messages and form help, in
    /// the request's language.
    pub fn expected(self) -> String {
        let key = match self {
            Kind::Fqdn => "kind-fqdn-expected",
            Kind::DnsDomain => "kind-dns-domain-expected",
            Kind::ServerName => "kind-server-name-expected",
            Kind::SipAddress => "kind-sip-address-expected",
            Kind::MailboxIdentity => "kind-mailbox-identity-expected",
            Kind::AutodiscoverSvcUrl => "kind-autodiscover-svc-url-expected",
            Kind::AutodiscoverXmlUrl => "kind-autodiscover-xml-url-expected",
            Kind::MetadataUrl => "kind-metadata-url-expected",
            Kind::Thumbprint => "kind-thumbprint-expected",
            Kind::SiteId => "kind-site-id-expected",
            Kind::ApplicationId => "kind-application-id-expected",
            Kind::Port => "kind-port-expected",
            Kind::DialPlanName => "kind-dial-plan-name-expected",
            Kind::ExtensionDigits => "kind-extension-digits-expected",
            Kind::Extension => "kind-extension-expected",
            Kind::CountryCode => "kind-country-code-expected",
            Kind::TelUri => "kind-tel-uri-expected",
            Kind::E164Number => "kind-e164-number-expected",
            Kind::OuDn => "kind-ou-dn-expected",
            Kind::DisplayName => "kind-display-name-expected",
            Kind::VoipSecurity => "kind-voip-security-expected",
            Kind::UmServices => "kind-um-services-expected",
            Kind::ExchangeRoles => "kind-exchange-roles-expected",
            Kind::DeploymentName => "kind-deployment-name-expected",
        };
        crate::i18n::t(key)
    }

    /// The kind's name as the catalog and error messages spell it.
    pub fn key(self) -> &'static str {
        match self {
            Kind::Fqdn => "fqdn",
            Kind::DnsDomain => "dns-domain",
            Kind::ServerName => "server-name",
            Kind::SipAddress => "sip-address",
            Kind::MailboxIdentity => "mailbox-identity",
            Kind::AutodiscoverSvcUrl => "autodiscover-svc-url",
            Kind::AutodiscoverXmlUrl => "autodiscover-xml-url",
            Kind::MetadataUrl => "metadata-url",
            Kind::Thumbprint => "thumbprint",
            Kind::SiteId => "site-id",
            Kind::ApplicationId => "application-id",
            Kind::Port => "port",
            Kind::DialPlanName => "dial-plan-name",
            Kind::ExtensionDigits => "extension-digits",
            Kind::Extension => "extension",
            Kind::CountryCode => "country-code",
            Kind::TelUri => "tel-uri",
            Kind::E164Number => "e164-number",
            Kind::OuDn => "ou-dn",
            Kind::DisplayName => "display-name",
            Kind::VoipSecurity => "voip-security",
            Kind::UmServices => "um-services",
            Kind::ExchangeRoles => "exchange-roles",
            Kind::DeploymentName => "deployment-name",
        }
    }

    /// Whether every accepted value may stand bare on a cmd.exe line: no
    /// character of it is special to cmd or PowerShell. Checked by the
    /// catalog for every value a command-prompt step uses.
    pub fn is_cmd_safe(self) -> bool {
        matches!(
            self,
            Kind::Fqdn
                | Kind::DnsDomain
                | Kind::ServerName
                | Kind::Thumbprint
                | Kind::SiteId
                | Kind::ApplicationId
                | Kind::Port
                | Kind::ExtensionDigits
                | Kind::Extension
                | Kind::CountryCode
                | Kind::VoipSecurity
                | Kind::UmServices
                | Kind::ExchangeRoles
        )
    }

    /// Parses a raw value into a normalised [`Scalar`] of this kind.
    pub fn parse(self, raw: &str) -> Result<Parsed, Refusal> {
        let trimmed = raw.trim_matches(|c: char| c.is_whitespace() || c == '\u{FEFF}');
        let (text, warning) = match self {
            Kind::Fqdn => (fqdn(trimmed, self)?, None),
            Kind::DnsDomain => (fqdn(trimmed, self)?, None),
            Kind::ServerName => (server_name(trimmed)?, None),
            Kind::SipAddress => (sip_address(trimmed)?, None),
            Kind::MailboxIdentity => (mailbox_identity(trimmed)?, None),
            Kind::AutodiscoverSvcUrl => (autodiscover_svc_url(trimmed)?, None),
            Kind::AutodiscoverXmlUrl => (https_url(trimmed, "/autodiscover/autodiscover.xml", self)?, None),
            Kind::MetadataUrl => (https_url(trimmed, "/metadata/json/1", self)?, None),
            Kind::Thumbprint => (thumbprint(raw)?, None),
            Kind::SiteId => site_id(trimmed)?,
            Kind::ApplicationId => (application_id(trimmed)?, None),
            Kind::Port => port(trimmed)?,
            Kind::DialPlanName => (dial_plan_name(trimmed)?, None),
            Kind::ExtensionDigits => (number_in(trimmed, 1, 20, self)?.to_string(), None),
            Kind::Extension => (digits(trimmed, 1, 20, self)?, None),
            Kind::CountryCode => (digits(trimmed, 1, 4, self)?, None),
            Kind::TelUri => (tel_uri(trimmed)?, None),
            Kind::E164Number => (e164(trimmed, self)?, None),
            Kind::OuDn => (ou_dn(trimmed)?, None),
            Kind::DisplayName => (printable(trimmed, 64, self)?, None),
            Kind::VoipSecurity => (voip_security(trimmed)?, None),
            Kind::UmServices => (one_of(&UM_SERVICES, trimmed, self)?, None),
            Kind::ExchangeRoles => (one_of(&EXCHANGE_ROLES, trimmed, self)?, None),
            Kind::DeploymentName => (printable(trimmed, 100, self)?, None),
        };
        Ok(Parsed { value: Scalar { kind: self, text }, warning })
    }
}

fn refuse(reason: impl Into<String>, expected: Kind) -> Refusal {
    Refusal::new(reason, expected.expected())
}

/// A reason in the request's language.
fn say(key: &str, args: &[(&'static str, &str)]) -> String {
    crate::i18n::t_with(key, args)
}

fn require_non_empty(value: &str, expected: Kind) -> Result<(), Refusal> {
    if value.is_empty() { Err(refuse(say("kind-empty", &[]), expected)) } else { Ok(()) }
}

/// Names the first character no kind accepts anywhere, so every parser gives
/// the same message for a pasted control or invisible character.
fn refuse_invisible(value: &str, expected: Kind) -> Result<(), Refusal> {
    match value.chars().find(|c| c.is_control() || is_invisible(*c)) {
        Some(c) => {
            Err(refuse(say("kind-invisible-character", &[("code", format!("{:04X}", c as u32).as_str())]), expected))
        }
        None => Ok(()),
    }
}

fn fqdn(value: &str, expected: Kind) -> Result<String, Refusal> {
    require_non_empty(value, expected)?;
    refuse_invisible(value, expected)?;
    let value = value.strip_suffix('.').unwrap_or(value);
    if value.len() > 253 {
        return Err(refuse(
            say("kind-too-long", &[("length", value.len().to_string().as_str()), ("max", "253")]),
            expected,
        ));
    }
    let labels: Vec<&str> = value.split('.').collect();
    if labels.len() < 2 {
        return Err(refuse(say("kind-single-label", &[]), expected));
    }
    for label in &labels {
        dns_label(label, expected)?;
    }
    if labels.last().is_some_and(|tld| tld.chars().all(|c| c.is_ascii_digit())) {
        return Err(refuse(say("kind-numeric-label", &[]), expected));
    }
    Ok(value.to_ascii_lowercase())
}

fn dns_label(label: &str, expected: Kind) -> Result<(), Refusal> {
    if label.is_empty() {
        return Err(refuse(say("kind-empty-label", &[]), expected));
    }
    if label.len() > 63 {
        return Err(refuse(say("kind-label-too-long", &[("label", label)]), expected));
    }
    if let Some(c) = label.chars().find(|c| !(c.is_ascii_alphanumeric() || *c == '-')) {
        return Err(refuse(say("kind-host-character", &[("char", c.to_string().as_str())]), expected));
    }
    if label.starts_with('-') || label.ends_with('-') {
        return Err(refuse(say("kind-label-hyphen", &[("label", label)]), expected));
    }
    Ok(())
}

fn server_name(value: &str) -> Result<String, Refusal> {
    let expected = Kind::ServerName;
    require_non_empty(value, expected)?;
    refuse_invisible(value, expected)?;
    if value.contains('.') {
        return fqdn(value, expected);
    }
    if value.len() > 15 {
        return Err(refuse(
            say("kind-netbios-too-long", &[("length", value.chars().count().to_string().as_str())]),
            expected,
        ));
    }
    if let Some(c) = value.chars().find(|c| !(c.is_ascii_alphanumeric() || *c == '-')) {
        return Err(refuse(say("kind-server-character", &[("char", c.to_string().as_str())]), expected));
    }
    if value.starts_with('-') {
        return Err(refuse(say("kind-leading-hyphen", &[]), expected));
    }
    Ok(value.to_ascii_uppercase())
}

/// The user part of an SMTP or SIP address. The ASCII apostrophe is allowed
/// (O'Brien); the quoting of generated scripts is built for it.
fn address_user(user: &str, expected: Kind) -> Result<(), Refusal> {
    if user.is_empty() {
        return Err(refuse(say("kind-user-empty", &[]), expected));
    }
    if user.len() > 64 {
        return Err(refuse(say("kind-user-too-long", &[]), expected));
    }
    if let Some(c) = user.chars().find(|c| !(c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-' | '+' | '\''))) {
        return Err(refuse(say("kind-user-character", &[("char", c.to_string().as_str())]), expected));
    }
    if user.starts_with('.') || user.ends_with('.') || user.contains("..") {
        return Err(refuse(say("kind-user-dot", &[]), expected));
    }
    Ok(())
}

fn user_at_domain(value: &str, expected: Kind) -> Result<String, Refusal> {
    let Some((user, domain)) = value.rsplit_once('@') else {
        return Err(refuse(say("kind-no-at", &[]), expected));
    };
    address_user(user, expected)?;
    let domain = fqdn(domain, expected)?;
    Ok(format!("{user}@{domain}"))
}

fn strip_sip_scheme(value: &str) -> Option<&str> {
    let head = value.get(..4)?;
    head.eq_ignore_ascii_case("sip:").then(|| &value[4..])
}

fn sip_address(value: &str) -> Result<String, Refusal> {
    let expected = Kind::SipAddress;
    require_non_empty(value, expected)?;
    refuse_invisible(value, expected)?;
    user_at_domain(strip_sip_scheme(value).unwrap_or(value), expected)
}

fn mailbox_identity(value: &str) -> Result<String, Refusal> {
    let expected = Kind::MailboxIdentity;
    require_non_empty(value, expected)?;
    refuse_invisible(value, expected)?;
    match strip_sip_scheme(value) {
        Some(rest) => Ok(format!("sip:{}", user_at_domain(rest, expected)?)),
        None => user_at_domain(value, expected),
    }
}

fn https_url(value: &str, suffix: &str, expected: Kind) -> Result<String, Refusal> {
    require_non_empty(value, expected)?;
    refuse_invisible(value, expected)?;
    let Some(rest) = value.get(..8).filter(|s| s.eq_ignore_ascii_case("https://")).map(|_| &value[8..]) else {
        return Err(refuse(say("kind-not-https", &[]), expected));
    };
    let (host, path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
    let host =
        fqdn(host, expected).map_err(|r| refuse(say("kind-url-host", &[("reason", r.reason.as_str())]), expected))?;
    if let Some(c) = path.chars().find(|c| !(c.is_ascii_alphanumeric() || matches!(c, '/' | '.' | '-' | '_'))) {
        return Err(refuse(say("kind-url-path-character", &[("char", c.to_string().as_str())]), expected));
    }
    if !path.to_ascii_lowercase().ends_with(suffix) {
        return Err(refuse(say("kind-url-path-end", &[("suffix", suffix)]), expected));
    }
    Ok(format!("https://{host}{path}"))
}

/// Lync must be given Exchange's autodiscover *service* (.svc); the .xml
/// address is Exchange's own internal URI. The classic mistake gets its own
/// message.
fn autodiscover_svc_url(value: &str) -> Result<String, Refusal> {
    let expected = Kind::AutodiscoverSvcUrl;
    if value.to_ascii_lowercase().ends_with("/autodiscover/autodiscover.xml") {
        return Err(refuse(say("kind-autodiscover-xml", &[]), expected));
    }
    https_url(value, "/autodiscover/autodiscover.svc", expected)
}

/// Thumbprints pasted from the certificate dialog carry spaces between the
/// pairs, a leading U+200E and lower case: those are read through. Anything
/// else that is not hexadecimal is refused.
fn thumbprint(raw: &str) -> Result<String, Refusal> {
    let expected = Kind::Thumbprint;
    let hex: String = raw
        .chars()
        .filter(|c| !(c.is_whitespace() || matches!(c, '\u{200E}' | '\u{200F}' | '\u{FEFF}' | ':')))
        .collect();
    require_non_empty(&hex, expected)?;
    if let Some(c) = hex.chars().find(|c| !c.is_ascii_hexdigit()) {
        let shown = if c.is_control() || is_invisible(c) { format!("U+{:04X}", c as u32) } else { format!("'{c}'") };
        return Err(refuse(say("kind-not-hex", &[("shown", shown.as_str())]), expected));
    }
    if hex.len() != 40 {
        return Err(refuse(say("kind-hex-count", &[("count", hex.len().to_string().as_str())]), expected));
    }
    Ok(hex.to_ascii_uppercase())
}

fn site_id(value: &str) -> Result<(String, Option<Msg>), Refusal> {
    let expected = Kind::SiteId;
    refuse_invisible(value, expected)?;
    let (id, warning) = match value.get(..5).filter(|p| p.eq_ignore_ascii_case("site:")) {
        Some(_) => (&value[5..], Some(Msg::new("kind-site-prefix-removed"))),
        None => (value, None),
    };
    require_non_empty(id, expected)?;
    if id.len() > 64 {
        return Err(refuse(say("kind-longer-than-64", &[]), expected));
    }
    if let Some(c) = id.chars().find(|c| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '_'))) {
        return Err(refuse(say("kind-character", &[("char", c.to_string().as_str())]), expected));
    }
    Ok((id.to_owned(), warning))
}

fn application_id(value: &str) -> Result<String, Refusal> {
    let expected = Kind::ApplicationId;
    require_non_empty(value, expected)?;
    refuse_invisible(value, expected)?;
    if value.len() > 64 {
        return Err(refuse(say("kind-longer-than-64", &[]), expected));
    }
    if let Some(c) = value.chars().find(|c| !c.is_ascii_alphanumeric()) {
        return Err(refuse(say("kind-character", &[("char", c.to_string().as_str())]), expected));
    }
    Ok(value.to_owned())
}

/// Ports Lync's own services listen on by default; a trusted application on
/// one of them collides with the server it shares a machine with.
const LYNC_WELL_KNOWN_PORTS: &[u16] =
    &[443, 444, 5060, 5061, 5062, 5063, 5064, 5065, 5066, 5067, 5070, 5071, 5072, 5073, 5080];

fn port(value: &str) -> Result<(String, Option<Msg>), Refusal> {
    let expected = Kind::Port;
    let number = number_in(value, 1, 65535, expected)?;
    let warning =
        LYNC_WELL_KNOWN_PORTS.contains(&(number as u16)).then(|| Msg::new("kind-port-lync").arg("port", number));
    Ok((number.to_string(), warning))
}

fn number_in(value: &str, low: u32, high: u32, expected: Kind) -> Result<u32, Refusal> {
    require_non_empty(value, expected)?;
    if !value.chars().all(|c| c.is_ascii_digit()) {
        return Err(refuse(say("kind-not-whole-number", &[]), expected));
    }
    match value.parse::<u32>() {
        Ok(n) if (low..=high).contains(&n) => Ok(n),
        _ => Err(refuse(
            say("kind-outside", &[("low", low.to_string().as_str()), ("high", high.to_string().as_str())]),
            expected,
        )),
    }
}

fn digits(value: &str, min: usize, max: usize, expected: Kind) -> Result<String, Refusal> {
    require_non_empty(value, expected)?;
    if let Some(c) = value.chars().find(|c| !c.is_ascii_digit()) {
        return Err(refuse(say("kind-not-digit", &[("char", c.to_string().as_str())]), expected));
    }
    if !(min..=max).contains(&value.len()) {
        return Err(refuse(say("kind-digit-count", &[("count", value.len().to_string().as_str())]), expected));
    }
    Ok(value.to_owned())
}

fn e164(value: &str, expected: Kind) -> Result<String, Refusal> {
    let Some(number) = value.strip_prefix('+') else {
        return Err(refuse(say("kind-no-plus", &[]), expected));
    };
    digits(number, 1, 15, expected).map(|d| format!("+{d}"))
}

fn tel_uri(value: &str) -> Result<String, Refusal> {
    let expected = Kind::TelUri;
    require_non_empty(value, expected)?;
    let body = match value.get(..4).filter(|p| p.eq_ignore_ascii_case("tel:")) {
        Some(_) => &value[4..],
        None => value,
    };
    let (number, ext) = match body.split_once(';') {
        Some((number, param)) => match param.get(..4).filter(|p| p.eq_ignore_ascii_case("ext=")) {
            Some(_) => (number, Some(digits(&param[4..], 1, 20, expected)?)),
            None => return Err(refuse(say("kind-not-ext", &[("param", param)]), expected)),
        },
        None => (body, None),
    };
    let number = e164(number, expected)?;
    Ok(match ext {
        Some(ext) => format!("tel:{number};ext={ext}"),
        None => format!("tel:{number}"),
    })
}

fn dial_plan_name(value: &str) -> Result<String, Refusal> {
    let expected = Kind::DialPlanName;
    require_non_empty(value, expected)?;
    refuse_invisible(value, expected)?;
    let length = value.chars().count();
    if length > 64 {
        return Err(refuse(say("kind-too-long", &[("length", length.to_string().as_str()), ("max", "64")]), expected));
    }
    if let Some(c) = value.chars().find(|c| !(c.is_alphanumeric() || matches!(c, ' ' | '.' | '-' | '_'))) {
        return Err(refuse(say("kind-character", &[("char", c.to_string().as_str())]), expected));
    }
    Ok(value.to_owned())
}

/// Distinguished names in the form `OU=…[,OU=…|,CN=…],DC=…,DC=…`. Characters
/// that need escaping in a DN (`,+"\<>;=`) are refused rather than escaped:
/// OU names that hold them are rare, and a refused value is better than a
/// wrongly escaped one.
fn ou_dn(value: &str) -> Result<String, Refusal> {
    let expected = Kind::OuDn;
    require_non_empty(value, expected)?;
    refuse_invisible(value, expected)?;
    let mut parts = Vec::new();
    let mut seen_dc = false;
    for (index, rdn) in value.split(',').enumerate() {
        let Some((attr, val)) = rdn.split_once('=') else {
            return Err(refuse(say("kind-dn-not-pair", &[("part", rdn.trim())]), expected));
        };
        let attr = attr.trim().to_ascii_uppercase();
        let val = val.trim();
        if val.is_empty() {
            return Err(refuse(say("kind-dn-no-value", &[("attr", attr.as_str())]), expected));
        }
        if let Some(c) = val.chars().find(|c| matches!(c, '+' | '"' | '\\' | '<' | '>' | ';' | '=')) {
            return Err(refuse(
                say("kind-dn-character", &[("value", val), ("char", c.to_string().as_str())]),
                expected,
            ));
        }
        match (attr.as_str(), index) {
            ("OU", 0) => {}
            (_, 0) => return Err(refuse(say("kind-dn-first", &[("attr", attr.as_str())]), expected)),
            ("OU" | "CN", _) if !seen_dc => {}
            ("DC", _) => {
                dns_label(val, expected)?;
                seen_dc = true;
            }
            _ => {
                return Err(refuse(say("kind-dn-order", &[("attr", attr.as_str())]), expected));
            }
        }
        parts.push(format!("{attr}={val}"));
    }
    if !seen_dc {
        return Err(refuse(say("kind-dn-no-dc", &[]), expected));
    }
    Ok(parts.join(","))
}

fn printable(value: &str, max: usize, expected: Kind) -> Result<String, Refusal> {
    require_non_empty(value, expected)?;
    refuse_invisible(value, expected)?;
    let length = value.chars().count();
    if length > max {
        return Err(refuse(
            say("kind-too-long", &[("length", length.to_string().as_str()), ("max", max.to_string().as_str())]),
            expected,
        ));
    }
    Ok(value.to_owned())
}

fn voip_security(value: &str) -> Result<String, Refusal> {
    let expected = Kind::VoipSecurity;
    ["Secured", "SIPSecured", "Unsecured"]
        .into_iter()
        .find(|v| v.eq_ignore_ascii_case(value))
        .map(str::to_owned)
        .ok_or_else(|| refuse(say("kind-not-a-setting", &[]), expected))
}

fn one_of(values: &[&str], value: &str, expected: Kind) -> Result<String, Refusal> {
    values
        .iter()
        .find(|v| v.eq_ignore_ascii_case(value))
        .map(|v| (*v).to_owned())
        .ok_or_else(|| refuse(say("kind-not-one-of", &[("count", values.len().to_string().as_str())]), expected))
}

/// The values of [`Kind::UmServices`].
pub const UM_SERVICES: [&str; 3] = ["both", "call-router", "um"];
/// The values of [`Kind::ExchangeRoles`].
pub const EXCHANGE_ROLES: [&str; 3] = ["both", "mailbox", "client-access"];

/// True when no character of `text` is special to cmd.exe or PowerShell.
pub(crate) fn is_bare_word(text: &str) -> bool {
    !text.is_empty() && !text.chars().any(|c| SHELL_SPECIAL.contains(&c) || c.is_control() || is_invisible(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn accepted(kind: Kind, raw: &str) -> String {
        match kind.parse(raw) {
            Ok(parsed) => parsed.value.as_str().to_owned(),
            Err(refusal) => panic!("{raw:?} refused as {kind:?}: {}", refusal.reason),
        }
    }

    fn refused(kind: Kind, raw: &str) -> String {
        match kind.parse(raw) {
            Ok(parsed) => panic!("{raw:?} accepted as {kind:?}: {:?}", parsed.value),
            Err(refusal) => {
                assert_eq!(refusal.expected, kind.expected());
                refusal.reason
            }
        }
    }

    #[test]
    fn fqdn_is_lower_cased_and_needs_two_labels() {
        assert_eq!(accepted(Kind::Fqdn, " Pool01.Contoso.COM. "), "pool01.contoso.com");
        assert!(refused(Kind::Fqdn, "pool01").contains("single label"));
        assert!(refused(Kind::Fqdn, "pool01..contoso.com").contains("empty label"));
        assert!(refused(Kind::Fqdn, "-pool.contoso.com").contains("hyphen"));
        assert!(refused(Kind::Fqdn, "pool_01.contoso.com").contains("'_'"));
        assert!(refused(Kind::Fqdn, "10.0.0.1").contains("IP address"));
        assert!(refused(Kind::Fqdn, "pool'.contoso.com").contains("'''"));
        assert!(refused(Kind::Fqdn, &format!("{}.com", "a".repeat(64))).contains("63"));
        let long = format!("{}.com", vec!["a".repeat(60); 5].join("."));
        assert!(refused(Kind::Fqdn, &long).contains("253"));
        assert!(refused(Kind::Fqdn, "").contains("empty"));
    }

    #[test]
    fn dns_domain_follows_the_host_name_rules() {
        assert_eq!(accepted(Kind::DnsDomain, "Corp.Contoso.com"), "corp.contoso.com");
        assert!(refused(Kind::DnsDomain, "contoso").contains("single label"));
        assert!(refused(Kind::DnsDomain, "contoso.com;calc").contains("';'"));
    }

    #[test]
    fn server_name_is_netbios_or_fqdn() {
        assert_eq!(accepted(Kind::ServerName, "ex01"), "EX01");
        assert_eq!(accepted(Kind::ServerName, "EX01.Contoso.com"), "ex01.contoso.com");
        assert!(refused(Kind::ServerName, "EXCHANGESERVER01").contains("at most 15"));
        assert!(refused(Kind::ServerName, "EX 01").contains("' '"));
        assert!(refused(Kind::ServerName, "EX01&calc").contains("'&'"));
    }

    #[test]
    fn sip_address_drops_the_scheme_and_keeps_apostrophes() {
        assert_eq!(accepted(Kind::SipAddress, "SIP:alice@Contoso.com"), "alice@contoso.com");
        assert_eq!(accepted(Kind::SipAddress, "o'brien@contoso.com"), "o'brien@contoso.com");
        assert!(refused(Kind::SipAddress, "alice").contains("no `@`"));
        assert!(refused(Kind::SipAddress, "@contoso.com").contains("empty"));
        assert!(refused(Kind::SipAddress, "o\u{2019}brien@contoso.com").contains('\u{2019}'));
        assert!(refused(Kind::SipAddress, "a b@contoso.com").contains("' '"));
    }

    #[test]
    fn mailbox_identity_is_smtp_or_sip() {
        assert_eq!(accepted(Kind::MailboxIdentity, "Alice@Contoso.com"), "Alice@contoso.com");
        assert_eq!(accepted(Kind::MailboxIdentity, "sip:alice@contoso.com"), "sip:alice@contoso.com");
        assert!(refused(Kind::MailboxIdentity, "CONTOSO\\alice").contains("no `@`"));
    }

    #[test]
    fn autodiscover_svc_url_catches_the_xml_mistake() {
        let good = "https://autodiscover.contoso.com/autodiscover/autodiscover.svc";
        assert_eq!(accepted(Kind::AutodiscoverSvcUrl, good), good);
        let reason =
            refused(Kind::AutodiscoverSvcUrl, "https://autodiscover.contoso.com/autodiscover/autodiscover.xml");
        assert!(reason.contains("autodiscover.svc"), "{reason}");
        assert!(
            refused(Kind::AutodiscoverSvcUrl, "http://autodiscover.contoso.com/autodiscover/autodiscover.svc")
                .contains("https://")
        );
        assert!(
            refused(Kind::AutodiscoverSvcUrl, "https://autodiscover.contoso.com/autodiscover/autodiscover.svc?x='1'")
                .contains("'?'")
        );
    }

    #[test]
    fn metadata_and_xml_urls_need_their_paths() {
        assert_eq!(
            accepted(Kind::MetadataUrl, "https://Pool01.contoso.com/metadata/json/1"),
            "https://pool01.contoso.com/metadata/json/1"
        );
        assert!(refused(Kind::MetadataUrl, "https://pool01.contoso.com/metadata/json/2").contains("/metadata/json/1"));
        assert!(
            refused(Kind::AutodiscoverXmlUrl, "https://x.contoso.com/autodiscover/autodiscover.svc").contains(".xml")
        );
        assert!(refused(Kind::MetadataUrl, "https://pool01/metadata/json/1").contains("host name"));
    }

    #[test]
    fn thumbprint_accepts_what_the_certificate_dialog_pastes() {
        let pasted = "\u{200E}a9 09 50 2d d8 2a e4 14 33 e6 f8 38 86 b0 0d 42 77 a3 2a 7b";
        assert_eq!(accepted(Kind::Thumbprint, pasted), "A909502DD82AE41433E6F83886B00D4277A32A7B");
        assert!(refused(Kind::Thumbprint, "A909502DD82AE41433E6F83886B00D4277A32A7").contains("39"));
        assert!(refused(Kind::Thumbprint, "G909502DD82AE41433E6F83886B00D4277A32A7B").contains("'G'"));
        assert!(refused(Kind::Thumbprint, "A909502DD82AE41433E6F83886B00D4277A32A7B'").contains("'''"));
        assert!(refused(Kind::Thumbprint, "\u{202E}A909502DD82AE41433E6F83886B00D4277A32A7B").contains("U+202E"));
    }

    #[test]
    fn site_id_strips_the_prefix_with_a_warning() {
        let parsed = Kind::SiteId.parse("site:1").expect("site:1 is a site ID");
        assert_eq!(parsed.value.as_str(), "1");
        assert!(parsed.warning.is_some_and(|w| w.to_string().contains("site:")));
        assert_eq!(Kind::SiteId.parse("Redmond_1").map(|p| p.warning), Ok(None));
        assert!(refused(Kind::SiteId, "site:").contains("empty"));
        assert!(refused(Kind::SiteId, "Red mond").contains("' '"));
    }

    #[test]
    fn application_id_is_letters_and_digits() {
        assert_eq!(accepted(Kind::ApplicationId, "OutlookWebApp"), "OutlookWebApp");
        assert!(refused(Kind::ApplicationId, "Outlook-Web-App").contains("'-'"));
    }

    #[test]
    fn port_warns_on_lync_ports() {
        assert_eq!(Kind::Port.parse("5199").map(|p| p.warning), Ok(None));
        assert!(Kind::Port.parse("5061").is_ok_and(|p| p.warning.is_some()));
        assert!(refused(Kind::Port, "0").contains("1 to 65535"));
        assert!(refused(Kind::Port, "65536").contains("outside"));
        assert!(refused(Kind::Port, "-1").contains("whole number"));
    }

    #[test]
    fn dial_plan_name_rules() {
        assert_eq!(accepted(Kind::DialPlanName, "Redmond UM.1_a-b"), "Redmond UM.1_a-b");
        assert_eq!(accepted(Kind::DialPlanName, "서울 다이얼플랜"), "서울 다이얼플랜");
        assert!(refused(Kind::DialPlanName, &"a".repeat(65)).contains("65"));
        assert!(refused(Kind::DialPlanName, "UM'; Remove-Mailbox").contains("'''"));
    }

    #[test]
    fn numbers_and_digits() {
        assert_eq!(accepted(Kind::ExtensionDigits, "5"), "5");
        assert!(refused(Kind::ExtensionDigits, "21").contains("outside"));
        assert!(refused(Kind::ExtensionDigits, "five").contains("whole number"));
        assert_eq!(accepted(Kind::Extension, "4001"), "4001");
        assert!(refused(Kind::Extension, "40a1").contains("'a'"));
        assert_eq!(accepted(Kind::CountryCode, "82"), "82");
        assert!(refused(Kind::CountryCode, "12345").contains("5 digits"));
    }

    #[test]
    fn telephone_numbers() {
        assert_eq!(accepted(Kind::TelUri, "+14255550100"), "tel:+14255550100");
        assert_eq!(accepted(Kind::TelUri, "TEL:+14255550100;EXT=100"), "tel:+14255550100;ext=100");
        assert!(refused(Kind::TelUri, "tel:14255550100").contains("+"));
        assert!(refused(Kind::TelUri, "tel:+1425;phone-context=x").contains("ext="));
        assert_eq!(accepted(Kind::E164Number, "+821012345678"), "+821012345678");
        assert!(refused(Kind::E164Number, "+1234567890123456").contains("16 digits"));
    }

    #[test]
    fn ou_distinguished_names() {
        assert_eq!(accepted(Kind::OuDn, "ou=UM Contacts, dc=contoso,dc=com"), "OU=UM Contacts,DC=contoso,DC=com");
        assert!(refused(Kind::OuDn, "CN=Users,DC=contoso,DC=com").contains("OU="));
        assert!(refused(Kind::OuDn, "OU=UM").contains("DC="));
        assert!(refused(Kind::OuDn, "OU=UM,DC=contoso,OU=x").contains("out of place"));
        assert!(refused(Kind::OuDn, "OU=U\"M,DC=contoso,DC=com").contains("'\"'"));
        assert!(refused(Kind::OuDn, "OU=UM,DC=con toso,DC=com").contains("' '"));
    }

    #[test]
    fn free_text_refuses_invisible_and_control_characters() {
        assert_eq!(accepted(Kind::DisplayName, "Subscriber Access (Seoul)"), "Subscriber Access (Seoul)");
        assert!(refused(Kind::DisplayName, "a\nb").contains("U+000A"));
        assert!(refused(Kind::DisplayName, "a\u{2028}b").contains("U+2028"));
        assert!(refused(Kind::DeploymentName, "Contoso\u{202E}").contains("U+202E"));
        assert!(refused(Kind::DisplayName, &"x".repeat(65)).contains("65"));
    }

    #[test]
    fn um_services_name_the_server_roles() {
        assert_eq!(accepted(Kind::UmServices, "Call-Router"), "call-router");
        assert!(refused(Kind::UmServices, "mailbox").contains("not one"));
        assert_eq!(accepted(Kind::ExchangeRoles, "Client-Access"), "client-access");
        assert!(refused(Kind::ExchangeRoles, "cas").contains("not one of the 3"));
    }

    #[test]
    fn voip_security_settings() {
        assert_eq!(accepted(Kind::VoipSecurity, "sipsecured"), "SIPSecured");
        assert!(refused(Kind::VoipSecurity, "Encrypted").contains("not one"));
    }

    #[test]
    fn cmd_safe_kinds_only_produce_bare_words() {
        let samples = [
            (Kind::Fqdn, "pool01.contoso.com"),
            (Kind::ServerName, "EX01"),
            (Kind::Thumbprint, "A909502DD82AE41433E6F83886B00D4277A32A7B"),
            (Kind::Port, "5199"),
        ];
        for (kind, raw) in samples {
            assert!(kind.is_cmd_safe());
            assert!(is_bare_word(&accepted(kind, raw)), "{kind:?}");
        }
        assert!(!Kind::DisplayName.is_cmd_safe());
        assert!(!is_bare_word("a b"));
        assert!(!is_bare_word("a\u{2019}b"));
    }
}
