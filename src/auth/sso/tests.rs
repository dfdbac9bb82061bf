use std::collections::BTreeMap;

use super::*;

fn map(entries: &[(&str, &[&str])]) -> BTreeMap<String, Vec<String>> {
    entries.iter().map(|(g, roles)| ((*g).to_owned(), roles.iter().map(|r| (*r).to_owned()).collect())).collect()
}

fn config() -> SsoConfig {
    SsoConfig {
        issuer: "https://login.example.test/tenant/v2.0".to_owned(),
        client_id: "countersign".to_owned(),
        client_secret: Some(ClientSecret("s3cret".to_owned())),
        name: "Contoso".to_owned(),
        scopes: vec![],
        username_claim: UsernameClaim::PreferredUsername,
        groups_claim: "groups".to_owned(),
        roles: RoleMap::parse(&map(&[
            ("Exchange Organization Management", &["exchange-org-admins"]),
            ("6f1c2d3e-0000-4000-8000-000000000001", &["cs-administrator", "coordinator"]),
        ]))
        .expect("parses"),
        required_group: None,
        resource: None,
    }
}

fn claims(other: serde_json::Value) -> Claims {
    Claims {
        subject: "AAAAAAAAAAAAAAAAAAAAAIkzqFVrSaSaFHy782bbtaQ".to_owned(),
        preferred_username: Some("mei@contoso.com".to_owned()),
        email: Some("mei.lin@contoso.com".to_owned()),
        name: Some("Mei Lin".to_owned()),
        other: other.as_object().cloned().unwrap_or_default(),
    }
}

#[test]
fn groups_give_roles_without_regard_to_case_and_say_which_group_gave_each() {
    let config = config();
    let person = identity(
        &config,
        &claims(serde_json::json!({ "groups": ["exchange organization management", "6F1C2D3E-0000-4000-8000-000000000001", "Domain Users"] })),
    )
    .expect("an identity");
    let given = roles(&config, &person).expect("roles");
    assert_eq!(given.keys().copied().collect::<Vec<_>>(), ["coordinator", "cs-administrator", "exchange-org-admins"]);
    assert_eq!(given["exchange-org-admins"], ["exchange organization management"]);
    assert!(roles(&config, &Identity { groups: vec!["Domain Users".to_owned()], ..person }).expect("roles").is_empty());
}

#[test]
fn the_role_map_names_what_it_refuses() {
    let error = RoleMap::parse(&map(&[("CS Admins", &["cs-admin"])])).expect_err("an unknown role");
    assert!(
        error.contains("\"CS Admins\"") && error.contains("\"cs-admin\"") && error.contains("cs-administrator"),
        "{error}"
    );
    assert!(RoleMap::parse(&map(&[("CS Admins", &[])])).expect_err("no role").contains("names no role"));
    assert!(RoleMap::parse(&map(&[(" ", &["admin"])])).expect_err("no group").contains("empty"));
}

#[test]
fn the_user_name_comes_from_the_configured_claim() {
    let mut config = config();
    let token = claims(serde_json::json!({ "upn": "mei@corp.contoso.com" }));
    assert_eq!(identity(&config, &token).expect("preferred_username").username, "mei@contoso.com");
    config.username_claim = UsernameClaim::Email;
    assert_eq!(identity(&config, &token).expect("email").username, "mei.lin@contoso.com");
    config.username_claim = UsernameClaim::Upn;
    assert_eq!(identity(&config, &token).expect("upn").username, "mei@corp.contoso.com");
    config.username_claim = UsernameClaim::Sub;
    assert_eq!(identity(&config, &token).expect("sub").username, token.subject);
    config.username_claim = UsernameClaim::Upn;
    let without = claims(serde_json::json!({}));
    assert_eq!(identity(&config, &without), Err(Failure::ClaimMissing { claim: "upn".to_owned() }));
    assert!(UsernameClaim::parse("unique_name").expect_err("not offered").contains("preferred_username"));
}

#[test]
fn a_user_name_that_cannot_be_one_is_refused_by_name() {
    let config = config();
    for bad in ["mei lin", "-mei", "", "<script>", &"a".repeat(65)] {
        let token = Claims { preferred_username: Some(bad.to_owned()), ..claims(serde_json::json!({})) };
        assert!(matches!(identity(&config, &token), Err(Failure::BadUsername { .. })), "{bad:?}");
    }
}

#[test]
fn groups_come_as_an_array_a_single_string_or_not_at_all() {
    let config = config();
    let one = identity(&config, &claims(serde_json::json!({ "groups": "Exchange Organization Management" })));
    assert_eq!(one.expect("one group").groups, ["Exchange Organization Management"]);
    let none = identity(&config, &claims(serde_json::json!({}))).expect("no groups claim");
    assert!(none.groups.is_empty() && !none.groups_claim_present);
    let odd = identity(&config, &claims(serde_json::json!({ "groups": 7 })));
    assert_eq!(odd, Err(Failure::BadGroups { claim: "groups".to_owned() }));
    let huge: Vec<String> = (0..1001).map(|n| format!("group {n}")).collect();
    let many = identity(&config, &claims(serde_json::json!({ "groups": huge })));
    assert_eq!(many, Err(Failure::BadGroups { claim: "groups".to_owned() }));
}

#[test]
fn entra_groups_overage_is_told_apart_from_no_groups() {
    let config = config();
    let overage = claims(serde_json::json!({
        "_claim_names": { "groups": "src1" },
        "_claim_sources": { "src1": { "endpoint": "https://graph.microsoft.com/v1.0/users/x/getMemberObjects" } },
    }));
    assert_eq!(identity(&config, &overage), Err(Failure::TooManyGroups { claim: "groups".to_owned() }));
}

#[test]
fn the_required_group_keeps_others_out() {
    let mut config = config();
    config.required_group = Some("Countersign Users".to_owned());
    let outsider = identity(&config, &claims(serde_json::json!({ "groups": ["Exchange Organization Management"] })))
        .expect("an identity");
    assert_eq!(roles(&config, &outsider), Err(Failure::NotInRequiredGroup { group: "Countersign Users".to_owned() }));
    let member = Identity { groups: vec!["countersign users".to_owned()], ..outsider };
    assert!(roles(&config, &member).expect("a member").is_empty());
}

#[test]
fn a_display_name_keeps_no_control_or_invisible_characters() {
    let config = config();
    let token = Claims { name: Some("Mei\u{202e} Lin\n".to_owned()), ..claims(serde_json::json!({})) };
    assert_eq!(identity(&config, &token).expect("an identity").display_name, "Mei Lin");
    let blank = Claims { name: Some("\u{200b}".to_owned()), ..claims(serde_json::json!({})) };
    assert_eq!(identity(&config, &blank).expect("an identity").display_name, "mei@contoso.com");
}

#[test]
fn with_local_login_off_only_the_break_glass_account_uses_a_password() {
    let on = LocalLogin::default();
    assert!(on.allows("anyone"));
    let off = LocalLogin { off: true, break_glass: Some("admin".to_owned()) };
    assert!(off.allows("Admin") && !off.allows("mei"));
    assert!(!LocalLogin { off: true, break_glass: None }.allows("admin"));
}

#[test]
fn the_client_secret_never_prints() {
    let config = config();
    let printed = format!("{config:?}");
    assert!(!printed.contains("s3cret"), "{printed}");
}

#[test]
fn every_failure_says_what_happened_and_whom_to_ask() {
    let failures = [
        Failure::ProviderUnreachable,
        Failure::NoPendingSignIn,
        Failure::StateMismatch,
        Failure::IssuerMismatch,
        Failure::ProviderRefused { error: "access_denied".to_owned(), description: String::new() },
        Failure::TokenExchange,
        Failure::TokenInvalid,
        Failure::ClaimMissing { claim: "upn".to_owned() },
        Failure::BadUsername { claim: "sub".to_owned(), value: "-x".to_owned() },
        Failure::BadGroups { claim: "groups".to_owned() },
        Failure::TooManyGroups { claim: "groups".to_owned() },
        Failure::NotInRequiredGroup { group: "G".to_owned() },
        Failure::NoRole { claim: "groups".to_owned(), claim_present: true, groups: vec!["A".to_owned()] },
        Failure::NameTaken { username: "mei".to_owned() },
        Failure::Disabled { username: "mei".to_owned() },
    ];
    let mut reasons = std::collections::BTreeSet::new();
    for failure in &failures {
        assert!(failure.what_happened("Contoso").len() > 20, "{failure:?}");
        assert!(failure.ask_admin().len() > 20, "{failure:?}");
        assert!(reasons.insert(failure.reason()), "{failure:?} shares its reason key");
    }
    let many: Vec<String> = (0..12).map(|n| format!("G{n}")).collect();
    let told = Failure::NoRole { claim: "groups".to_owned(), claim_present: true, groups: many }.what_happened("C");
    assert!(told.contains("\"G9\"") && !told.contains("\"G10\"") && told.contains("and 2 more"), "{told}");
}
