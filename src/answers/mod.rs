//! The answers file: the questionnaire and the parameters of one deployment,
//! in TOML. Every error of a file is reported together, each naming its
//! field and value.

pub mod form;

use std::collections::BTreeMap;

use crate::params::schema::{self, Group, PARAMETERS, Shape};
use crate::params::{FieldError, FieldWarning, Kind, ParamValue, Params, RawValue, Scalar, parse_param};
use crate::questionnaire::{ExchangeVersion, LyncVersion, QUESTIONS, QuestionKind, Questionnaire};

/// A deployment's answers, every value parsed.
#[derive(Debug, Clone)]
pub struct Answers {
    pub deployment_name: Scalar,
    pub questionnaire: Questionnaire,
    pub params: Params,
    pub warnings: Vec<FieldWarning>,
}

const SECTIONS: [&str; 4] = ["deployment", "topology", "integrations", "parameters"];

/// An answers file as far as it could be read: every value that parsed, and
/// every error. The plan can still check a partial file, so that all its
/// problems are reported together.
#[derive(Debug, Clone, Default)]
pub struct PartialAnswers {
    pub deployment_name: Option<Scalar>,
    pub questionnaire: Option<Questionnaire>,
    /// The parameters that parsed; those with errors are left out.
    pub params: Params,
    pub warnings: Vec<FieldWarning>,
    pub errors: Vec<FieldError>,
}

impl PartialAnswers {
    /// The answers, if nothing was wrong.
    pub fn complete(self) -> Result<Answers, Vec<FieldError>> {
        match (self.deployment_name, self.questionnaire) {
            (Some(deployment_name), Some(questionnaire)) if self.errors.is_empty() => {
                Ok(Answers { deployment_name, questionnaire, params: self.params, warnings: self.warnings })
            }
            _ => Err(self.errors),
        }
    }
}

/// Reads an answers file.
pub fn from_toml(text: &str) -> Result<Answers, Vec<FieldError>> {
    read(text).complete()
}

/// Reads an answers file as far as it can be read.
pub fn read(text: &str) -> PartialAnswers {
    let table: toml::Table = match toml::from_str(text) {
        Ok(table) => table,
        Err(error) => {
            let line = error.span().map(|span| text[..span.start.min(text.len())].lines().count().max(1));
            let message = match line {
                Some(line) => crate::i18n::t_with(
                    "file-not-toml-at",
                    &[("line", line.to_string().as_str()), ("error", error.message())],
                ),
                None => crate::i18n::t_with("file-not-toml", &[("error", error.message())]),
            };
            let error = FieldError::new("file", "", message);
            return PartialAnswers { errors: vec![error], ..PartialAnswers::default() };
        }
    };
    let mut errors = Vec::new();
    for key in table.keys() {
        if !SECTIONS.contains(&key.as_str()) {
            errors.push(unknown(key, key, &SECTIONS));
        }
    }
    let section = |name: &str, errors: &mut Vec<FieldError>| -> toml::Table {
        match table.get(name) {
            Some(toml::Value::Table(t)) => t.clone(),
            Some(_) => {
                errors.push(FieldError::new(name, "", crate::i18n::t_with("file-not-a-table", &[("name", name)])));
                toml::Table::new()
            }
            None => toml::Table::new(),
        }
    };
    let deployment = section("deployment", &mut errors);
    let topology = section("topology", &mut errors);
    let integrations = section("integrations", &mut errors);
    let parameters = section("parameters", &mut errors);

    for key in deployment.keys().filter(|k| *k != "name") {
        errors.push(unknown(&format!("deployment.{key}"), key, &["name"]));
    }
    let deployment_name = match deployment.get("name") {
        Some(toml::Value::String(name)) => match Kind::DeploymentName.parse(name) {
            Ok(parsed) => Some(parsed.value),
            Err(refusal) => {
                errors.push(FieldError::refused("deployment.name", name, &refusal));
                None
            }
        },
        Some(other) => {
            errors.push(FieldError::new("deployment.name", &other.to_string(), crate::i18n::t("file-not-text")));
            None
        }
        None => {
            errors.push(FieldError::new(
                "deployment.name",
                "",
                crate::params::missing(&crate::i18n::t("file-deployment-name-hint")),
            ));
            None
        }
    };

    let questionnaire = read_questionnaire(&topology, &integrations, &mut errors);
    let mut warnings = Vec::new();
    let params = read_parameters(&parameters, &mut errors, &mut warnings);
    if let Some(q) = &questionnaire {
        cross_checks(q, &params, &mut errors, &mut warnings);
    }
    PartialAnswers { deployment_name, questionnaire, params, warnings, errors }
}

fn unknown(field: &str, key: &str, known: &[&str]) -> FieldError {
    let closest = known
        .iter()
        .map(|candidate| (strsim::levenshtein(key, candidate), candidate))
        .filter(|(distance, _)| *distance <= 3)
        .min();
    let message = match closest {
        Some((_, candidate)) => crate::i18n::t_with("file-unknown-key-did-you-mean", &[("candidate", *candidate)]),
        None => crate::i18n::t_with("file-unknown-key", &[("known", known.join(", ").as_str())]),
    };
    FieldError::new(field, key, message)
}

fn read_questionnaire(
    topology: &toml::Table,
    integrations: &toml::Table,
    errors: &mut Vec<FieldError>,
) -> Option<Questionnaire> {
    for (section_name, section) in [("topology", topology), ("integrations", integrations)] {
        let known: Vec<&str> = QUESTIONS.iter().filter(|q| q.section == section_name).map(|q| q.key).collect();
        for key in section.keys().filter(|k| !known.contains(&k.as_str())) {
            errors.push(unknown(&format!("{section_name}.{key}"), key, &known));
        }
    }
    let before = errors.len();
    let mut yes_no: BTreeMap<&str, bool> = BTreeMap::new();
    let mut exchange = None;
    let mut lync = None;
    for q in QUESTIONS {
        let section = if q.section == "topology" { topology } else { integrations };
        let field = format!("{}.{}", q.section, q.key);
        let Some(value) = section.get(q.key) else {
            errors.push(FieldError::new(field, "", crate::params::missing(&q.full_text())));
            continue;
        };
        match (q.kind, value) {
            (QuestionKind::YesNo, toml::Value::Boolean(answer)) => {
                yes_no.insert(q.key, *answer);
            }
            (QuestionKind::YesNo, other) => {
                errors.push(FieldError::new(field, &other.to_string(), crate::i18n::t("file-not-boolean")))
            }
            (QuestionKind::ExchangeVersion, toml::Value::String(text)) => match ExchangeVersion::parse(text) {
                Some(version) => exchange = Some(version),
                None => errors.push(FieldError::new(field, text, crate::i18n::t("file-not-exchange-version"))),
            },
            (QuestionKind::LyncVersion, toml::Value::String(text)) => match LyncVersion::parse(text) {
                Some(version) => lync = Some(version),
                None => errors.push(FieldError::new(field, text, crate::i18n::t("file-not-lync-version"))),
            },
            (_, other) => {
                errors.push(FieldError::new(field, &other.to_string(), crate::i18n::t("file-version-not-text")))
            }
        }
    }
    if errors.len() > before {
        return None;
    }
    let answer = |key: &str| yes_no.get(key).copied().unwrap_or(false);
    Some(Questionnaire {
        exchange_version: exchange?,
        lync_version: lync?,
        exchange_online: answer("exchange_online"),
        lync_online: answer("lync_online"),
        cross_forest: answer("cross_forest"),
        first_exchange_server: answer("first_exchange_server"),
        um_services_colocated: answer("um_services_colocated"),
        phone_edition_devices: answer("phone_edition_devices"),
        unified_messaging: answer("unified_messaging"),
        owa_im: answer("owa_im"),
        partner_applications: answer("partner_applications"),
        autodiscover_oauth: answer("autodiscover_oauth"),
    })
}

/// TOML scalars as text: numbers are accepted where a number is meant.
fn toml_text(value: &toml::Value) -> Option<String> {
    match value {
        toml::Value::String(text) => Some(text.clone()),
        toml::Value::Integer(number) => Some(number.to_string()),
        _ => None,
    }
}

fn to_raw(value: &toml::Value) -> Option<RawValue> {
    match value {
        toml::Value::Array(items) if items.iter().all(|i| i.is_table()) && !items.is_empty() => items
            .iter()
            .map(|item| {
                item.as_table()?
                    .iter()
                    .map(|(k, v)| toml_text(v).map(|text| (k.clone(), text)))
                    .collect::<Option<BTreeMap<_, _>>>()
            })
            .collect::<Option<Vec<_>>>()
            .map(RawValue::Records),
        toml::Value::Array(items) => items.iter().map(toml_text).collect::<Option<Vec<_>>>().map(RawValue::List),
        other => toml_text(other).map(RawValue::Text),
    }
}

fn read_parameters(section: &toml::Table, errors: &mut Vec<FieldError>, warnings: &mut Vec<FieldWarning>) -> Params {
    let mut params = Params::default();
    let known: Vec<&str> = PARAMETERS.iter().map(|p| p.name).collect();
    for (key, value) in section {
        let field = format!("parameters.{key}");
        let Some(spec) = schema::find(key) else {
            errors.push(unknown(&field, key, &known));
            continue;
        };
        let Some(raw) = to_raw(value) else {
            errors.push(FieldError::new(field, &value.to_string(), crate::i18n::t("file-param-not-text")));
            continue;
        };
        // An empty list in a file is "none": the plan says so if a step needs one. A list of
        // names where records are meant gives each record its first field, when the others
        // all have defaults (answers files written when exchange_servers was a list of
        // names read as they did); any other list is refused for its shape.
        let raw = match (spec.shape, raw) {
            (Shape::Records(_), RawValue::List(items)) if items.is_empty() => RawValue::Records(Vec::new()),
            (Shape::Records(fields), RawValue::List(items)) if fields.iter().skip(1).all(|f| f.default.is_some()) => {
                RawValue::Records(
                    items
                        .into_iter()
                        .map(|item| fields.first().map(|f| (f.name.to_owned(), item)).into_iter().collect())
                        .collect(),
                )
            }
            (_, raw) => raw,
        };
        let outcome = parse_param(spec, &raw, &field);
        errors.extend(outcome.errors);
        warnings.extend(outcome.warnings);
        if let Some(value) = outcome.value {
            params.insert(spec.name, value);
        }
    }
    params
}

/// Rules between answers: each needs more than one value to decide.
fn cross_checks(q: &Questionnaire, params: &Params, errors: &mut Vec<FieldError>, warnings: &mut Vec<FieldWarning>) {
    if let Some(security) = params.scalar("um_voip_security") {
        if q.phone_edition_devices && security.as_str() == "Unsecured" {
            errors.push(FieldError::new(
                "parameters.um_voip_security",
                security.as_str(),
                crate::i18n::t("file-unsecured-with-phone-edition"),
            ));
        }
        if security.as_str() == "SIPSecured" {
            warnings.push(FieldWarning::new(
                "parameters.um_voip_security",
                crate::i18n::Msg::new("file-sipsecured-warning"),
            ));
        }
    }
    // Only Exchange 2013 splits the roles between Client Access and Mailbox servers; on other
    // versions every split value is refused.
    let split = q.exchange_version == crate::questionnaire::ExchangeVersion::Exchange2013;
    for (list, field, message) in [
        ("um_servers", "services", "file-split-um-services"),
        ("exchange_servers", "roles", "file-split-exchange-roles"),
    ] {
        let Some(ParamValue::Records(servers)) = params.get(list).filter(|_| !split) else { continue };
        for (index, server) in servers.iter().enumerate() {
            let Some(value) = server.get(field).filter(|s| s.as_str() != "both") else { continue };
            errors.push(FieldError::new(
                format!("parameters.{list}[{index}].{field}"),
                value.as_str(),
                crate::i18n::t(message),
            ));
        }
    }
    if let Some(ParamValue::Records(users)) = params.get("um_users") {
        let digits = params.scalar("um_extension_digits").and_then(|d| d.as_str().parse::<usize>().ok());
        let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
        for (index, user) in users.iter().enumerate() {
            let Some(extension) = user.get("extension") else { continue };
            let field = format!("parameters.um_users[{index}].extension");
            if let Some(digits) = digits.filter(|d| *d != extension.as_str().len()) {
                errors.push(FieldError::new(
                    &field,
                    extension.as_str(),
                    crate::i18n::t_with(
                        "file-extension-digits",
                        &[
                            ("count", extension.as_str().len().to_string().as_str()),
                            ("digits", digits.to_string().as_str()),
                        ],
                    ),
                ));
            }
            if let Some(first) = seen.insert(extension.as_str(), index) {
                errors.push(FieldError::new(
                    &field,
                    extension.as_str(),
                    crate::i18n::t_with("file-extension-not-unique", &[("first", first.to_string().as_str())]),
                ));
            }
        }
    }
}

/// A complete, commented answers file that enables every integration, made
/// from the questionnaire and the parameter schema.
pub fn example_toml() -> String {
    let mut out = String::new();
    out.push_str(&format!("# {}\n", crate::i18n::t("file-example-heading")));
    out.push_str(&format!("# {}\n\n", crate::i18n::t("file-example-usage")));
    out.push_str("[deployment]\nname = \"Contoso Exchange 2013 and Lync 2013 integration\"\n");
    let examples: BTreeMap<&str, &str> = [
        ("exchange_version", "\"2013\""),
        ("lync_version", "\"2013\""),
        ("exchange_online", "false"),
        ("lync_online", "false"),
        ("cross_forest", "false"),
        ("first_exchange_server", "false"),
        ("um_services_colocated", "false"),
        ("phone_edition_devices", "true"),
        ("unified_messaging", "true"),
        ("owa_im", "true"),
        ("partner_applications", "true"),
        ("autodiscover_oauth", "true"),
    ]
    .into_iter()
    .collect();
    for section in ["topology", "integrations"] {
        out.push_str(&format!("\n[{section}]\n"));
        for q in QUESTIONS.iter().filter(|q| q.section == section) {
            out.push_str(&format!("# {}\n{} = {}\n", q.full_text(), q.key, examples.get(q.key).unwrap_or(&"false")));
        }
    }
    out.push_str("\n[parameters]\n");
    for group in Group::ALL {
        out.push_str(&format!("\n# --- {} ---\n", group.title()));
        for spec in PARAMETERS.iter().filter(|p| p.group == group && !matches!(p.shape, Shape::Records(_))) {
            out.push_str(&format!("# {}: {}\n", spec.label(), spec.help()));
            let values: Vec<String> = spec.examples.iter().map(|e| toml_string(e)).collect();
            match spec.shape {
                Shape::List(_) => out.push_str(&format!("{} = [{}]\n", spec.name, values.join(", "))),
                _ => out.push_str(&format!("{} = {}\n", spec.name, values.first().map_or("\"\"", String::as_str))),
            }
        }
    }
    // Arrays of tables come last: any plain key after them would belong to them.
    for spec in PARAMETERS.iter().filter(|p| matches!(p.shape, Shape::Records(_))) {
        out.push_str(&format!("\n# {}: {}\n", spec.label(), spec.help()));
        for record in schema::example_records(spec.name) {
            out.push_str(&format!("[[parameters.{}]]\n", spec.name));
            for (field, value) in *record {
                out.push_str(&format!("{field} = {}\n", toml_string(value)));
            }
        }
    }
    out
}

/// A TOML basic string holding `text`.
pub(crate) fn toml_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_example_parses() {
        let answers = from_toml(&example_toml()).expect("the example answers file is valid");
        assert!(answers.questionnaire.owa_im && answers.questionnaire.unified_messaging);
        assert!(matches!(answers.params.get("um_users"), Some(ParamValue::Records(users)) if users.len() == 2));
    }

    #[test]
    fn every_error_is_reported_together() {
        let text = example_toml()
            .replace("lync_pool_fqdn = \"pool01.contoso.com\"", "lync_pool_fqdn = \"pool01..contoso.com\"")
            .replace("owa_application_port = \"5199\"", "owa_application_port = \"99999\"")
            .replace("exchange_version = \"2013\"", "exchange_version = \"2003\"")
            .replace("extension = \"4002\"", "extension = \"402\"")
            .replace("cross_forest = false", "cros_forest = false");
        let errors = from_toml(&text).expect_err("the answers are invalid");
        let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
        for expected in [
            "parameters.lync_pool_fqdn",
            "parameters.owa_application_port",
            "topology.exchange_version",
            "topology.cros_forest",
            "topology.cross_forest",
        ] {
            assert!(fields.contains(&expected), "{expected} not in {fields:?}");
        }
        let pool = errors.iter().find(|e| e.field == "parameters.lync_pool_fqdn").expect("pool error");
        assert_eq!(pool.value, "pool01..contoso.com");
        assert!(pool.to_string().contains("\"pool01..contoso.com\""));
        assert!(
            errors.iter().any(|e| e.field == "topology.cros_forest" && e.message.contains("did you mean cross_forest"))
        );
    }

    #[test]
    fn cross_field_rules() {
        let text = example_toml()
            .replace("um_voip_security = \"Secured\"", "um_voip_security = \"Unsecured\"")
            .replace("extension = \"4002\"", "extension = \"4001\"");
        let errors = from_toml(&text).expect_err("invalid");
        assert!(errors.iter().any(|e| e.field == "parameters.um_voip_security" && e.message.contains("Phone Edition")));
        assert!(errors.iter().any(|e| e.field == "parameters.um_users[1].extension" && e.message.contains("unique")));
        let short = example_toml().replace("extension = \"4002\"", "extension = \"42\"");
        let errors = from_toml(&short).expect_err("invalid");
        assert!(
            errors
                .iter()
                .any(|e| e.field == "parameters.um_users[1].extension" && e.message.contains("um_extension_digits"))
        );
    }

    #[test]
    fn syntax_errors_name_the_line() {
        let errors = from_toml("[deployment]\nname = \"x\"\n[topology\n").expect_err("invalid");
        assert_eq!(errors.len(), 1);
        assert!(errors[0].message.contains("line 3"), "{}", errors[0].message);
    }
}
