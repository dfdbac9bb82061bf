//! The catalog check catches each kind of broken catalog, naming the file
//! and the step.

use countersign::catalog::{Catalog, CatalogError, SourceFile, load};

const PROCEDURE: &str =
    "[procedure]\nkey = \"um\"\ntitle = \"T\"\nsummary = \"S\"\nintegration = \"unified_messaging\"\n";

/// A step of an Exchange Management Shell procedure, with `body` added.
const EMS: &str = "shell = \"exchange-shell\"\nrequires = [[\"exchange-org-admins\"]]\n";

/// Where the test steps' commands come from: it names every cmdlet they run.
const SOURCE: &str = "\n[step.source]\ncommands = \"Get-UMDialPlan.md, Set-UMDialPlan.md, Get-UMService.md, Set-UMService.md\"\ngroups = \"Unified Messaging permissions\"\n";

fn step(key: &str, body: &str) -> String {
    format!("\n[[step]]\nkey = \"{key}\"\ntitle = \"T\"\ndescription = \"D\"\n{body}\n{SOURCE}")
}

fn step_without_source(key: &str, body: &str) -> String {
    format!("\n[[step]]\nkey = \"{key}\"\ntitle = \"T\"\ndescription = \"D\"\n{body}\n")
}

fn load_steps(name: &'static str, steps: &[String]) -> Result<Catalog, Vec<CatalogError>> {
    let text: &'static str = Box::leak(format!("{PROCEDURE}{}", steps.concat()).into_boxed_str());
    load(&[SourceFile { name, text }])
}

fn assert_error(steps: &[String], step_key: &str, needle: &str) {
    let errors = load_steps("broken.toml", steps).map(|_| ()).expect_err("the broken catalog loaded");
    assert!(
        errors
            .iter()
            .any(|e| e.file == "broken.toml" && e.step.as_deref() == Some(step_key) && e.message.contains(needle)),
        "no error on step {step_key} containing {needle:?}; got {errors:#?}"
    );
    assert!(errors[0].to_string().starts_with("broken.toml: "), "{}", errors[0]);
}

#[test]
fn a_good_catalog_loads() {
    let catalog = load_steps(
        "good.toml",
        &[step("um.a", &format!("{EMS}commands = ['Get-UMDialPlan -Identity {{{{ um_dial_plan_name }}}}']"))],
    )
    .expect("a good catalog loads");
    assert_eq!(catalog.steps.len(), 1);
}

#[test]
fn every_step_names_its_source_and_every_cmdlet_it_runs() {
    let body = format!("{EMS}commands = ['Get-UMDialPlan -Identity {{{{ um_dial_plan_name }}}}']");
    assert_error(&[step_without_source("um.a", &body)], "um.a", "names no source");
    let unnamed = format!("{EMS}commands = ['New-UMDialPlan -Name {{{{ um_dial_plan_name }}}} | Format-List Name']");
    assert_error(&[step("um.a", &unnamed)], "um.a", "runs New-UMDialPlan, which source.commands does not name");
    let no_groups =
        format!("{EMS}commands = ['Get-UMDialPlan']\n[step.source]\ncommands = \"Get-UMDialPlan.md\"\ngroups = \" \"");
    assert_error(&[step_without_source("um.a", &no_groups)], "um.a", "source.groups is empty");
}

#[test]
fn a_precondition_only_reads() {
    let changes = format!("{EMS}commands = ['Get-UMDialPlan']\npreconditions = ['Set-UMDialPlan -Identity x']");
    assert_error(&[step("um.a", &changes)], "um.a", "runs Set-UMDialPlan; a precondition only reads");
    let reads = format!(
        "{EMS}commands = ['Set-UMService']\npreconditions = ['Get-UMService -Identity {{{{ um_dial_plan_name }}}} | Format-List Name']"
    );
    let catalog = load_steps("good.toml", &[step("um.a", &reads)]).expect("a read-only precondition loads");
    assert_eq!(catalog.steps[0].preconditions.len(), 1);
}

#[test]
fn an_unknown_parameter() {
    let body = format!("{EMS}commands = ['Get-UMDialPlan -Identity {{{{ um_dialplan_name }}}}']");
    assert_error(&[step("um.a", &body)], "um.a", "unknown parameter 'um_dialplan_name'");
}

#[test]
fn an_unknown_role() {
    let body = "shell = \"exchange-shell\"\nrequires = [[\"exchange-org-admins\", \"schema-admins\"]]\ncommands = ['Get-UMDialPlan']";
    assert_error(&[step("um.a", body)], "um.a", "'schema-admins' is not a known role");
}

#[test]
fn a_duplicate_key() {
    let body = format!("{EMS}commands = ['Get-UMDialPlan']");
    assert_error(&[step("um.a", &body), step("um.a", &body)], "um.a", "used twice");
}

#[test]
fn a_dependency_on_a_missing_step() {
    let body = format!("{EMS}depends_on = [\"um.nowhere\"]\ncommands = ['Get-UMDialPlan']");
    assert_error(&[step("um.a", &body)], "um.a", "depends on 'um.nowhere', which is no step");
}

#[test]
fn a_cycle() {
    let after = |key: &str| format!("{EMS}depends_on = [\"{key}\"]\ncommands = ['Get-UMDialPlan']");
    let errors = load_steps(
        "broken.toml",
        &[step("um.a", &after("um.c")), step("um.b", &after("um.a")), step("um.c", &after("um.b"))],
    )
    .map(|_| ())
    .expect_err("a cycle");
    let cycles: Vec<_> = errors.iter().filter(|e| e.message.contains("cycle")).collect();
    assert_eq!(cycles.len(), 1, "{errors:#?}");
    assert_eq!(cycles[0].step.as_deref(), Some("um.a"));
    assert!(cycles[0].message.contains("um.a -> um.c -> um.b -> um.a"), "{}", cycles[0].message);
}

#[test]
fn a_bad_condition() {
    let body = format!("{EMS}when = \"exchange_version >= 2003\"\ncommands = ['Get-UMDialPlan']");
    assert_error(&[step("um.a", &body)], "um.a", "'2003' is not a version");
}

#[test]
fn an_unsafe_value_on_a_command_prompt_line() {
    let cmd = "shell = \"cmd\"\nhost = \"exchange-shell\"\nrequires = [[\"local-admins\"]]\n";
    let value = format!("{cmd}commands = ['echo {{{{ subscriber_access_name }}}}']");
    assert_error(&[step("um.a", &value)], "um.a", "display-name value cannot stand on a command-prompt line");
    let literal = format!("{cmd}commands = ['iisreset & calc']");
    assert_error(&[step("um.a", &literal)], "um.a", "holds '&'");
}

#[test]
fn item_outside_a_loop_and_unknown_fields() {
    let outside = format!("{EMS}commands = ['Get-UMService -Identity {{{{ item }}}}']");
    assert_error(&[step("um.a", &outside)], "um.a", "item is used without a for_each");
    let field = format!(
        "{EMS}commands = [{{ run = 'Get-UMService -Identity {{{{ item.hostname }}}}', for_each = \"um_servers\" }}]"
    );
    assert_error(&[step("um.a", &field)], "um.a", "item.hostname is not a field of um_servers");
}

#[test]
fn an_unknown_shell_and_a_missing_host() {
    let bash = "shell = \"bash\"\nrequires = [[\"exchange-org-admins\"]]\ncommands = ['ls']";
    assert_error(&[step("um.a", bash)], "um.a", "'bash' is not a shell");
    let gui = "shell = \"gui\"\nrequires = [[\"exchange-org-admins\"]]\ninstructions = ['Click OK']";
    assert_error(&[step("um.a", gui)], "um.a", "needs a host");
}

#[test]
fn a_key_outside_its_procedure_and_a_misspelt_field() {
    assert_error(&[step("owa.a", &format!("{EMS}commands = ['Get-UMDialPlan']"))], "owa.a", "the key must be 'um.'");
    let typo = format!("{EMS}commands = ['Get-UMDialPlan']\ndepend_on = []");
    let errors = load_steps("typo.toml", &[step("um.a", &typo)]).map(|_| ()).expect_err("unknown field");
    assert!(errors[0].to_string().contains("depend_on"), "{errors:?}");
}

#[test]
fn every_error_is_reported_at_once() {
    let body = "shell = \"exchange-shell\"\ndepends_on = [\"um.missing\"]\nrequires = [[\"nobody\"]]\ncommands = ['X {{ nothing }}']";
    let errors = load_steps("broken.toml", &[step("um.a", body)]).map(|_| ()).expect_err("broken");
    assert!(errors.len() >= 3, "{errors:#?}");
}

#[test]
fn an_item_condition_names_a_field_and_a_value_of_it() {
    let line = |condition: &str| {
        format!(
            "{EMS}commands = [{{ run = 'Get-UMService -Identity {{{{ item.name }}}}', for_each = \"um_servers\", item_when = \"{condition}\" }}]"
        )
    };
    assert!(load_steps("good.toml", &[step("um.a", &line("item.services != 'call-router'"))]).is_ok());
    assert_error(
        &[step("um.a", &line("item.services == 'mailbox'"))],
        "um.a",
        "'mailbox' is not a value of item.services",
    );
    assert_error(&[step("um.a", &line("item.role == 'um'"))], "um.a", "item.role is not a field");
    assert_error(&[step("um.a", &line("services = um"))], "um.a", "is not item.<field> == '<value>'");
}
