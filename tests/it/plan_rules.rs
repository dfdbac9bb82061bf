//! The plan's rules, one answer at a time: version forks, conditional steps,
//! refused combinations, who may sign, features.

use countersign::answers::{example_toml, from_toml};
use countersign::plan::{Plan, build};

use crate::support::{build_plan, builtin_catalog, golden_answers, parse_answers};

fn plan_with(replacements: &[(&str, &str)]) -> Plan {
    let mut text = example_toml();
    for (from, to) in replacements {
        assert!(text.contains(from), "the example has no {from}");
        text = text.replace(from, to);
    }
    build_plan(&builtin_catalog(), &parse_answers(&text))
}

fn step_keys(plan: &Plan) -> Vec<&str> {
    plan.steps.iter().map(|s| s.key.as_str()).collect()
}

fn commands_of<'p>(plan: &'p Plan, key: &str) -> Vec<&'p str> {
    plan.steps
        .iter()
        .find(|s| s.key == key)
        .map(|s| s.commands.iter().map(String::as_str).collect())
        .unwrap_or_default()
}

#[test]
fn the_trusted_application_pool_only_when_um_services_are_apart() {
    let apart = plan_with(&[]);
    assert!(step_keys(&apart).contains(&"owa.create-trusted-application-pool"));
    let together = plan_with(&[("um_services_colocated = false", "um_services_colocated = true")]);
    let keys = step_keys(&together);
    for skipped in [
        "owa.look-up-site-id",
        "owa.create-trusted-application-pool",
        "owa.create-trusted-application",
        "owa.enable-topology",
    ] {
        assert!(!keys.contains(&skipped), "{skipped} planned although the services share a machine");
    }
    // Dependencies on skipped steps pass through to theirs.
    let web_config = together.steps.iter().find(|s| s.key == "owa.configure-web-config").expect("planned");
    assert_eq!(web_config.depends_on, vec!["owa.enable-im-virtual-directories".to_owned()]);
    assert!(together.warnings.iter().any(|w| w.contains("trusted application pool steps are left out")));
}

fn exchange_2010_um_only() -> Plan {
    plan_with(&[
        ("exchange_version = \"2013\"", "exchange_version = \"2010sp1\""),
        ("owa_im = true", "owa_im = false"),
        ("partner_applications = true", "partner_applications = false"),
        ("autodiscover_oauth = true", "autodiscover_oauth = false"),
    ])
}

fn step<'p>(plan: &'p Plan, key: &str) -> &'p countersign::plan::PlannedStep {
    plan.steps.iter().find(|s| s.key == key).unwrap_or_else(|| panic!("{key} is planned"))
}

#[test]
fn um_servers_join_the_dial_plan_by_version() {
    let exchange_2010 = exchange_2010_um_only();
    let commands = commands_of(&exchange_2010, "um.add-servers-to-dial-plan");
    assert!(commands.iter().all(|c| c.starts_with("Set-UMServer ")), "{commands:?}");
    let exchange_2013 = plan_with(&[]);
    let commands = commands_of(&exchange_2013, "um.add-servers-to-dial-plan");
    assert!(commands.iter().any(|c| c.starts_with("Set-UMService ") && c.contains("-DialPlans ")));
    assert!(commands.iter().any(|c| c.starts_with("Set-UMCallRouterSettings ")));
    // From 2010 SP1 the Lync dial plan's name need not match: it is checked, not created.
    assert!(commands_of(&exchange_2010, "um.configure-lync-dial-plan").is_empty());
}

/// Enable-ExchangeCertificate refuses UM and UMCallRouter while their startup mode is TCP
/// (the cmdlet reference, -Services): the mode is set first, on every version.
#[test]
fn the_um_startup_mode_is_set_before_the_certificate_is_bound() {
    for plan in [exchange_2010_um_only(), plan_with(&[])] {
        let mode = step(&plan, "um.set-startup-mode");
        let certificate = step(&plan, "um.install-certificates");
        assert!(mode.number < certificate.number, "the startup mode comes first");
        assert!(certificate.depends_on.contains(&"um.set-startup-mode".to_owned()));
        assert!(mode.commands.iter().all(|c| c.ends_with("-UMStartupMode Dual")), "{:?}", mode.commands);
        let restart = step(&plan, "um.restart-um-services");
        assert!(restart.number > step(&plan, "um.add-servers-to-dial-plan").number);
    }
    let exchange_2010 = exchange_2010_um_only();
    assert!(commands_of(&exchange_2010, "um.set-startup-mode").iter().all(|c| c.starts_with("Set-UMServer ")));
    let exchange_2013 = plan_with(&[]);
    let modes = commands_of(&exchange_2013, "um.set-startup-mode");
    assert!(
        modes.iter().any(|c| c.starts_with("Set-UMService "))
            && modes.iter().any(|c| c.starts_with("Set-UMCallRouterSettings "))
    );
}

/// A SIP secured or Secured dial plan needs TLS to the back-end UM service too, not only to the Call Router.
#[test]
fn the_certificate_is_bound_to_both_um_services() {
    let exchange_2013 = plan_with(&[]);
    let bindings = commands_of(&exchange_2013, "um.install-certificates");
    assert!(!bindings.is_empty());
    // Only the UM services: binding IIS too would move the web services to this certificate.
    assert!(bindings.iter().all(|c| c.ends_with("-Services 'UM','UMCallRouter'")), "{bindings:?}");
    assert!(
        step(&exchange_2013, "um.install-certificates")
            .cautions
            .iter()
            .all(|c| !c.contains("bind the same certificate"))
    );
}

/// Set-UMService and Set-UMCallRouterSettings need Organization Management (the only role group
/// the UM permissions table lists for both); restarting a Windows service needs local Administrators.
#[test]
fn um_steps_sit_in_lanes_whose_group_may_run_them() {
    for plan in [exchange_2010_um_only(), plan_with(&[])] {
        for key in ["um.set-startup-mode", "um.add-servers-to-dial-plan"] {
            assert_eq!(step(&plan, key).lane, "exchange-org-admins", "{key}");
        }
        assert_ne!(step(&plan, "um.install-certificates").lane, "local-admins");
        assert_eq!(step(&plan, "um.restart-um-services").lane, "local-admins");
        for step in plan.steps.iter().filter(|s| s.lane == "local-admins") {
            for command in &step.commands {
                for exchange_cmdlet in ["Set-UM", "Enable-ExchangeCertificate", "Set-UMCallRouterSettings"] {
                    assert!(!command.contains(exchange_cmdlet), "{}: {command}", step.key);
                }
            }
        }
    }
}

#[test]
fn owa_is_pointed_at_lync_by_version() {
    let exchange_2013 = plan_with(&[]);
    let lines = commands_of(&exchange_2013, "owa.configure-web-config");
    assert_eq!(
        lines,
        vec![
            "<add key=\"IMCertificateThumbprint\" value=\"1A2B3C4D5E6F708192A3B4C5D6E7F8091A2B3C4D\" />",
            "<add key=\"IMServerName\" value=\"pool01.contoso.com\" />"
        ]
    );
    let skype = plan_with(&[
        ("exchange_version = \"2013\"", "exchange_version = \"2019\""),
        ("lync_version = \"2013\"", "lync_version = \"2019\""),
        ("unified_messaging = true", "unified_messaging = false"),
    ]);
    let keys = step_keys(&skype);
    assert!(keys.contains(&"owa.configure-setting-override") && !keys.contains(&"owa.configure-web-config"));
    assert!(keys.contains(&"owa.recycle-app-pool") && !keys.contains(&"owa.recycle-app-pool-2013"));
    assert!(!keys.contains(&"owa.add-servers-to-dial-plans"), "Exchange 2019 has no UM dial plans");
}

#[test]
fn deploying_the_first_exchange_server_needs_enterprise_admins() {
    let first = plan_with(&[("first_exchange_server = false", "first_exchange_server = true")]);
    let deploy = first.steps.iter().find(|s| s.key == "um.deploy-exchange").expect("planned");
    assert_eq!(deploy.requirement.describe(), "Enterprise Admins");
    assert_eq!(deploy.lane, "enterprise-admins");
    let later = plan_with(&[]);
    let deploy = later.steps.iter().find(|s| s.key == "um.deploy-exchange").expect("planned");
    assert_eq!(deploy.requirement.describe(), "Exchange Organization Administrators");
}

#[test]
fn ocsumutil_needs_both_lync_groups_in_one_person() {
    let plan = plan_with(&[]);
    let step = plan.steps.iter().find(|s| s.key == "um.run-ocsumutil").expect("planned");
    use countersign::roles::Role;
    assert!(!step.requirement.is_met_by(&[Role::RtcUniversalServerAdmins]));
    assert!(!step.requirement.is_met_by(&[Role::RtcUniversalUserAdmins]));
    assert!(step.requirement.is_met_by(&[Role::RtcUniversalUserAdmins, Role::RtcUniversalServerAdmins]));
}

#[test]
fn every_step_comes_after_its_dependencies() {
    let plan = plan_with(&[]);
    for step in &plan.steps {
        for dependency in &step.depends_on {
            let before = plan.steps.iter().find(|s| &s.key == dependency).expect("dependencies are planned");
            assert!(before.number < step.number, "{} before its dependency {dependency}", step.key);
        }
    }
}

#[test]
fn unsupported_combinations_are_refused_with_a_reason() {
    let refused = |replacements: &[(&str, &str)]| {
        let mut text = example_toml();
        for (from, to) in replacements {
            text = text.replace(from, to);
        }
        let answers = from_toml(&text).expect("the answers themselves are valid");
        build(&builtin_catalog(), &answers).expect_err("the combination is refused")
    };
    let errors = refused(&[("exchange_version = \"2013\"", "exchange_version = \"2016\"")]);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0].field, "integrations.owa_im");
    assert!(errors[0].message.contains("Lync Server 2013 does not support"));
    let errors = refused(&[
        ("exchange_version = \"2013\"", "exchange_version = \"2019\""),
        ("lync_version = \"2013\"", "lync_version = \"2019\""),
    ]);
    assert!(
        errors
            .iter()
            .any(|e| e.field == "integrations.unified_messaging" && e.message.contains("no Unified Messaging"))
    );
    let errors = refused(&[("lync_online = false", "lync_online = true")]);
    assert!(errors.iter().any(|e| e.message.contains("retired")));
}

#[test]
fn a_missing_parameter_names_the_step_that_needs_it() {
    let text = example_toml().replace("owa_fqdn = \"mail.contoso.com\"\n", "");
    let errors = build(&builtin_catalog(), &parse_answers(&text)).expect_err("owa_fqdn is needed");
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0].field, "parameters.owa_fqdn");
    assert!(errors[0].message.contains("owa.create-trusted-application-pool"), "{}", errors[0].message);
    // Not needed when the steps that use it do not apply.
    let colocated = text.replace("um_services_colocated = false", "um_services_colocated = true");
    assert!(build(&builtin_catalog(), &parse_answers(&colocated)).is_ok());
}

#[test]
fn features_follow_the_support_matrix() {
    let exchange_2013 = plan_with(&[]);
    assert_eq!(exchange_2013.features.column.as_deref(), Some("A"));
    let available =
        |plan: &Plan, name: &str| plan.features.features.iter().find(|f| f.name == name).map(|f| f.available);
    assert_eq!(available(&exchange_2013, "Contact list (unified contact store)"), Some(true));
    let exchange_2010 = plan_with(&[
        ("exchange_version = \"2013\"", "exchange_version = \"2010sp1\""),
        ("owa_im = true", "owa_im = false"),
        ("partner_applications = true", "partner_applications = false"),
        ("autodiscover_oauth = true", "autodiscover_oauth = false"),
    ]);
    assert_eq!(available(&exchange_2010, "Contact list (unified contact store)"), Some(false));
    assert_eq!(available(&exchange_2010, "Exchange UM voice mail"), Some(true));
}

#[test]
fn a_signed_step_hash_changes_with_its_commands() {
    let before = plan_with(&[]);
    let after = plan_with(&[("um_dial_plan_name = \"Redmond UM\"", "um_dial_plan_name = \"Redmond UM 2\"")]);
    let hash = |plan: &Plan, key: &str| plan.steps.iter().find(|s| s.key == key).map(|s| s.content_sha256.clone());
    assert_ne!(hash(&before, "um.create-dial-plan"), hash(&after, "um.create-dial-plan"));
    assert_eq!(hash(&before, "oauth.restart-iis"), hash(&after, "oauth.restart-iis"));
}

#[test]
fn a_sign_off_hashed_the_older_way_still_matches_its_unchanged_step() {
    // What this step's content hash was before sign-offs stored their content
    // byte for byte (encoding 1), taken from the golden plan of that time.
    const LEGACY: &str = "89bae06c5ffd7304e25234256fb7da258f264287e40b7839b051195b50303a69";
    let catalog = builtin_catalog();
    let text = std::fs::read_to_string(crate::support::golden_dir().join("exchange-2013-cross-forest/answers.toml"))
        .expect("the golden answers");
    let plan = build_plan(&catalog, &parse_answers(&text));
    let step = plan.steps.iter().find(|s| s.key == "um.deploy-exchange").expect("the step");
    assert!(step.content_is(LEGACY, 1), "the older hash is recognised");
    assert!(!step.content_is(LEGACY, 2), "and only as the older encoding");
    assert!(step.content_is(&step.content_sha256, 2));
    use sha2::{Digest, Sha256};
    assert_eq!(hex::encode(Sha256::digest(step.content.as_bytes())), step.content_sha256);
}

fn who_may_sign(plan: &Plan, key: &str) -> Vec<Vec<&'static str>> {
    step(plan, key).requirement.keys()
}

/// The Exchange permission tables, not the seed's older one: UM mailboxes, UM IP gateways and hunt
/// groups are Organization Management or UM Management from Exchange 2010; Recipient Management
/// holds none of them. Exchange 2007's Recipient Administrator role did enable UM mailboxes, and its
/// Organization Administrators manage recipients too.
#[test]
fn um_mailboxes_and_exchucutil_need_organization_management_from_2010() {
    let exchange_2007 = golden_plan("exchange-2007-sp1");
    assert_eq!(
        who_may_sign(&exchange_2007, "um.enable-um-mailboxes"),
        [["exchange-recipient-admins"], ["exchange-org-admins"]]
    );
    for plan in [exchange_2010_um_only(), plan_with(&[])] {
        assert_eq!(who_may_sign(&plan, "um.enable-um-mailboxes"), [["exchange-org-admins"]]);
        assert_eq!(who_may_sign(&plan, "um.run-exchucutil"), [["exchange-org-admins"]]);
        // Get-CsUser is a Lync cmdlet: no Exchange group may sign its step.
        let lookups = who_may_sign(&plan, "um.assign-sip-addresses");
        assert!(lookups.iter().flatten().all(|role| !role.starts_with("exchange-")), "{lookups:?}");
    }
}

/// Test-CsExStorageConnectivity's reference names RTC Local User Administrators, whose member
/// RTCUniversalUserAdmins is: not RTCUniversalServerAdmins.
#[test]
fn the_storage_test_is_for_rtc_universal_user_admins() {
    let plan = plan_with(&[]);
    assert_eq!(who_may_sign(&plan, "oauth.test-storage"), [["rtc-universal-user-admins"]]);
}

/// The plan of a golden set's answers.
fn golden_plan(set: &str) -> Plan {
    build_plan(&builtin_catalog(), &parse_answers(&golden_answers(set)))
}

/// Steps whose text says "on each server" reach each server, not only the one the script runs on.
#[test]
fn steps_for_each_server_reach_every_server() {
    let two_servers = "exchange_servers = [\"EX01.contoso.com\", \"EX02.contoso.com\"]";
    let exchange_2016 = plan_with_servers("exchange-2016-skype-2015", two_servers);
    let exchange_2013 = plan_with_servers("exchange-2013-cross-forest", two_servers);
    for (plan, key) in [(&exchange_2016, "owa.recycle-app-pool"), (&exchange_2013, "owa.recycle-app-pool-2013")] {
        let commands = commands_of(plan, key);
        assert_eq!(commands.len(), 2, "{key}: one command per Exchange server: {commands:?}");
        for (command, server) in commands.iter().zip(["ex01", "ex02"]) {
            assert!(command.starts_with(&format!("Invoke-Command -ComputerName '{server}")), "{command}");
        }
    }
    for plan in [&exchange_2016, &exchange_2013] {
        let restart = commands_of(plan, "um.restart-front-end");
        assert_eq!(restart.len(), 1);
        assert!(restart[0].starts_with("Get-CsComputer -Pool '"), "{restart:?}");
        assert!(restart[0].contains("Stop-CsWindowsService -Name RTCSRV -ComputerName $_.Identity"));
        // Without -Name: it starts again the services that stopping RTCSRV stopped with it.
        assert!(restart[0].contains("Start-CsWindowsService -ComputerName $_.Identity"));
    }
}

/// A golden answers file with its Exchange servers replaced.
fn plan_with_servers(set: &str, servers: &str) -> Plan {
    let mut answers: toml::Table = golden_answers(set).parse().expect("golden answers are TOML");
    let servers: toml::Table = servers.parse().expect("the servers are TOML");
    let parameters = answers.get_mut("parameters").and_then(toml::Value::as_table_mut).expect("[parameters]");
    parameters.extend(servers);
    build_plan(&builtin_catalog(), &parse_answers(&answers.to_string()))
}

/// Exchange 2013 with the roles apart: OWA's IM settings and its application pool are on the
/// Mailbox servers, IIS restarts on every server.
#[test]
fn owa_back_end_commands_go_to_the_mailbox_servers_only() {
    let plan = golden_plan("exchange-2013-cross-forest");
    for key in ["owa.recycle-app-pool-2013", "owa.check-ucma"] {
        let lines: Vec<&str> =
            commands_of(&plan, key).into_iter().chain(step(&plan, key).verify.iter().map(String::as_str)).collect();
        assert!(!lines.is_empty(), "{key} has commands");
        assert!(lines.iter().all(|l| l.contains("'EXMBX01'") && !l.contains("EXCAS01")), "{key}: {lines:?}");
    }
    let iisreset = commands_of(&plan, "oauth.restart-iis");
    assert_eq!(iisreset, ["iisreset EXMBX01", "iisreset EXCAS01"]);
    // Names alone, as answers files wrote them before the roles could be given, still read.
    let names = plan_with_servers("exchange-2013-cross-forest", "exchange_servers = [\"EX01\", \"EX02\"]");
    assert_eq!(commands_of(&names, "owa.recycle-app-pool-2013").len(), 2);
}

/// The Subscription Editions are answers of their own, planned as 2019 for these procedures
/// (so without Unified Messaging), and the versions past Microsoft's end of support say so.
#[test]
fn the_subscription_editions_are_planned_and_old_versions_warned_of() {
    let answers_of = |exchange: &str, lync: &str, um: bool| {
        let mut text = example_toml()
            .replace("exchange_version = \"2013\"", &format!("exchange_version = \"{exchange}\""))
            .replace("lync_version = \"2013\"", &format!("lync_version = \"{lync}\""));
        if !um {
            text = text.replace("unified_messaging = true", "unified_messaging = false");
        }
        from_toml(&text).expect("the answers parse")
    };
    let refused = build(&builtin_catalog(), &answers_of("se", "se", true)).expect_err("UM on Exchange SE");
    assert!(
        refused.iter().any(|e| e.message.contains("Subscription Edition have no Unified Messaging")),
        "{refused:?}"
    );
    let se = build(&builtin_catalog(), &answers_of("se", "se", false)).expect("Exchange SE with Skype SE");
    assert!(se.warnings.iter().all(|w| !w.contains("ended support")), "{:?}", se.warnings);
    assert!(step_keys(&se).contains(&"owa.configure-setting-override"), "SE configures OWA IM as 2016 and 2019 do");
    let old = build(&builtin_catalog(), &answers_of("2016", "2015", true)).expect("Exchange 2016 with Skype 2015");
    for said in [
        "Exchange Server 2016 and 2019 on 14 October 2025",
        "Skype for Business Server 2015 and 2019 on 14 October 2025",
    ] {
        assert!(old.warnings.iter().any(|w| w.contains(said)), "{said}: {:?}", old.warnings);
    }
    let example = plan_with(&[]);
    assert!(example.warnings.iter().any(|w| w.contains("Exchange Server 2013 on 11 April 2023")));
    assert!(example.warnings.iter().any(|w| w.contains("Lync Server 2013 on 11 April 2023")));
}

/// Exchange 2013 with the Client Access and Mailbox roles apart: the UM service's commands go to the
/// Mailbox servers, the Call Router's to the Client Access servers, each certificate to the
/// services its server runs.
#[test]
fn split_role_exchange_2013_sends_each_command_to_the_servers_that_run_its_service() {
    let plan = golden_plan("exchange-2013-cross-forest");
    let startup = commands_of(&plan, "um.set-startup-mode");
    assert_eq!(
        startup,
        [
            "Set-UMService -Identity 'EXMBX01' -UMStartupMode Dual",
            "Set-UMCallRouterSettings -Server 'EXCAS01' -UMStartupMode Dual"
        ]
    );
    let certificates = commands_of(&plan, "um.install-certificates");
    assert!(certificates.iter().any(|c| c.contains("'EXCAS01'") && c.ends_with("-Services 'UMCallRouter'")));
    assert!(certificates.iter().any(|c| c.contains("'EXMBX01'") && c.ends_with("-Services 'UM'")));
    assert_eq!(certificates.len(), 2, "{certificates:?}");
    // OWA's own dial-plan step is left out when UM is planned (see below): UM's does it.
    let joins = commands_of(&plan, "um.add-servers-to-dial-plan");
    assert!(!joins.is_empty());
    for command in joins {
        let to_mailbox = command.contains("'EXMBX01'");
        assert_eq!(command.starts_with("Set-UMService "), to_mailbox, "{command}");
    }
    let restarts = commands_of(&plan, "um.restart-um-services");
    assert_eq!(
        restarts,
        [
            "Get-Service -ComputerName 'EXCAS01' -Name MSExchangeUMCR | Restart-Service",
            "Get-Service -ComputerName 'EXMBX01' -Name MSExchangeUM | Restart-Service"
        ]
    );
}

/// Exchange 2007's certificate cmdlets take no -Server and need the Exchange Server Administrator role
/// with local Administrators; the split UM roles exist only on Exchange 2013.
#[test]
fn exchange_2007_binds_certificates_locally_and_only_2013_splits_the_um_services() {
    let exchange_2007 = golden_plan("exchange-2007-sp1");
    assert_eq!(who_may_sign(&exchange_2007, "um.install-certificates"), [["exchange-server-admins", "local-admins"]]);
    let bindings = commands_of(&exchange_2007, "um.install-certificates");
    assert!(!bindings.is_empty() && bindings.iter().all(|c| !c.contains("-Server")), "{bindings:?}");
    let text = example_toml()
        .replace("exchange_version = \"2013\"", "exchange_version = \"2016\"")
        .replace("owa_im = true", "owa_im = false");
    let marked = text.replacen("\ncertificate_thumbprint = ", "\nservices = \"um\"\ncertificate_thumbprint = ", 1);
    assert_ne!(marked, text, "the example has a UM server");
    let errors = from_toml(&marked).expect_err("split roles on Exchange 2016");
    assert!(
        errors.iter().any(|e| e.field == "parameters.um_servers[0].services" && e.message.contains("Exchange 2013")),
        "{errors:?}"
    );
}

/// Fixes a second review found: checks that report failure in their result now throw, the
/// partner application waits for the Autodiscover name, Enable-CsTopology needs Domain Admins,
/// and OWA does not add the UM servers to the dial plan a second time.
#[test]
fn checks_fail_when_what_they_check_is_wrong_and_order_follows_what_commands_read() {
    let plan = golden_plan("exchange-2013-cross-forest");
    for (key, cmdlet) in [
        ("um.grant-contact-ou-permission", "Test-CsOUPermission"),
        ("um.verify", "Test-CsExUMConnectivity"),
        ("um.verify", "Test-CsExUMVoiceMail"),
        ("um.assign-sip-addresses", "Get-CsUser"),
    ] {
        let line = step(&plan, key)
            .verify
            .iter()
            .find(|l| l.contains(cmdlet))
            .unwrap_or_else(|| panic!("{key} runs {cmdlet}"));
        assert!(line.contains("throw"), "{key}: {cmdlet} fails loudly: {line}");
    }
    assert!(commands_of(&plan, "um.assign-sip-addresses").is_empty(), "a lookup is a check, run by -Check too");
    assert!(step(&plan, "oauth.exchange-partner-of-lync").depends_on.iter().any(|d| d == "autodiscover.dns-record"));
    assert_eq!(
        who_may_sign(&plan, "owa.enable-topology"),
        [vec!["domain-admins", "rtc-universal-server-admins"], vec!["rtc-universal-server-admins"]]
    );
    assert!(!step_keys(&plan).contains(&"owa.add-servers-to-dial-plans"), "um.add-servers-to-dial-plan did it");
    for script in countersign::render::script::scripts(&plan, "2026-12-01T00:00:00Z") {
        assert!(
            script.text.contains("$global:ErrorActionPreference = 'Stop'"),
            "{}: the Exchange shell's cmdlets stop too",
            script.file_name
        );
        assert!(
            script.text.contains("$global:ErrorActionPreference = $countersignErrorAction"),
            "{}: and the preference is put back",
            script.file_name
        );
    }
}
