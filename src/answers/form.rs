//! The answers as a web form: one text field per question and parameter.
//!
//! A form becomes an answers file (the same TOML `countersign plan` reads)
//! and is then checked by the same code; an answers file becomes a form again
//! for editing. Lists are one value per line; records one per line, their
//! fields separated by commas.

use std::collections::BTreeMap;

use super::toml_string;
use crate::params::FieldError;
use crate::params::schema::{PARAMETERS, Shape};
use crate::questionnaire::{QUESTIONS, QuestionKind};

/// Form field names are the answers file's dotted keys: `deployment.name`,
/// `topology.exchange_version`, `parameters.lync_pool_fqdn`.
pub type FormFields = BTreeMap<String, String>;

/// The longest a single field may be; a form is also limited as a whole.
pub const MAX_FIELD_LENGTH: usize = 20_000;

/// Writes the form as an answers file. Empty fields are left out; records
/// with the wrong number of values are errors, named by line, and left out
/// so that the rest of the form can still be checked.
pub fn to_toml(fields: &FormFields) -> (String, Vec<FieldError>) {
    let mut errors = Vec::new();
    for (name, value) in fields {
        if value.len() > MAX_FIELD_LENGTH {
            let max = MAX_FIELD_LENGTH.to_string();
            errors.push(FieldError::new(
                name,
                "",
                crate::i18n::t_with("form-field-too-long", &[("max", max.as_str())]),
            ));
        }
    }
    let get = |key: &str| fields.get(key).map(|v| v.trim()).filter(|v| !v.is_empty());
    let mut out = String::from("[deployment]\n");
    if let Some(name) = get("deployment.name") {
        out.push_str(&format!("name = {}\n", toml_string(name)));
    }
    for section in ["topology", "integrations"] {
        out.push_str(&format!("\n[{section}]\n"));
        for q in QUESTIONS.iter().filter(|q| q.section == section) {
            let Some(value) = get(&format!("{section}.{}", q.key)) else { continue };
            match q.kind {
                QuestionKind::YesNo if value == "true" || value == "false" => {
                    out.push_str(&format!("{} = {value}\n", q.key))
                }
                QuestionKind::YesNo => errors.push(FieldError::new(
                    format!("{section}.{}", q.key),
                    value,
                    crate::i18n::t("form-not-yes-no"),
                )),
                _ => out.push_str(&format!("{} = {}\n", q.key, toml_string(value))),
            }
        }
    }
    out.push_str("\n[parameters]\n");
    let mut records = String::new();
    for spec in PARAMETERS {
        let field = format!("parameters.{}", spec.name);
        let Some(value) = get(&field) else { continue };
        let lines: Vec<&str> = value.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
        match spec.shape {
            Shape::One(_) => out.push_str(&format!("{} = {}\n", spec.name, toml_string(value))),
            Shape::List(_) => {
                let items: Vec<String> = lines.iter().map(|l| toml_string(l)).collect();
                out.push_str(&format!("{} = [{}]\n", spec.name, items.join(", ")));
            }
            Shape::Records(record_fields) => {
                for (index, line) in lines.iter().enumerate() {
                    let values: Vec<&str> = line.split(',').map(str::trim).collect();
                    // Fields with a default may be left off the end of the line.
                    let required = record_fields.iter().filter(|f| f.default.is_none()).count();
                    if values.len() < required || values.len() > record_fields.len() {
                        let names: Vec<String> = record_fields.iter().map(|f| f.label()).collect();
                        let expected = if required == names.len() {
                            names.len().to_string()
                        } else {
                            crate::i18n::t_with(
                                "form-record-values-range",
                                &[("low", required.to_string().as_str()), ("high", names.len().to_string().as_str())],
                            )
                        };
                        errors.push(FieldError::new(
                            &field,
                            line,
                            crate::i18n::t_with(
                                "form-record-values",
                                &[
                                    ("line", (index + 1).to_string().as_str()),
                                    ("count", values.len().to_string().as_str()),
                                    ("expected", expected.as_str()),
                                    ("fields", names.join(", ").as_str()),
                                ],
                            ),
                        ));
                        continue;
                    }
                    records.push_str(&format!("\n[[parameters.{}]]\n", spec.name));
                    for (spec_field, value) in record_fields.iter().zip(values) {
                        records.push_str(&format!("{} = {}\n", spec_field.name, toml_string(value)));
                    }
                }
            }
        }
    }
    out.push_str(&records);
    (out, errors)
}

/// Reads an answers file back into form fields, for editing.
pub fn from_toml(text: &str) -> FormFields {
    let mut fields = FormFields::new();
    let Ok(table) = toml::from_str::<toml::Table>(text) else { return fields };
    let scalar = |value: &toml::Value| match value {
        toml::Value::String(s) => Some(s.clone()),
        toml::Value::Integer(n) => Some(n.to_string()),
        toml::Value::Boolean(b) => Some(b.to_string()),
        _ => None,
    };
    for (section, body) in &table {
        let Some(body) = body.as_table() else { continue };
        for (key, value) in body {
            let text = match value {
                toml::Value::Array(items) => items
                    .iter()
                    .map(|item| match item.as_table() {
                        Some(record) => {
                            let order = PARAMETERS.iter().find(|p| p.name == key).and_then(|p| match p.shape {
                                Shape::Records(fields) => Some(fields),
                                _ => None,
                            });
                            order
                                .map(|fields| {
                                    fields
                                        .iter()
                                        .filter_map(|f| record.get(f.name).and_then(scalar))
                                        .collect::<Vec<_>>()
                                        .join(", ")
                                })
                                .unwrap_or_default()
                        }
                        None => scalar(item).unwrap_or_default(),
                    })
                    .collect::<Vec<_>>()
                    .join("\n"),
                other => scalar(other).unwrap_or_default(),
            };
            fields.insert(format!("{section}.{key}"), text);
        }
    }
    fields
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_example_survives_a_round_trip_through_the_form() {
        let example = super::super::example_toml();
        let fields = from_toml(&example);
        assert_eq!(fields.get("parameters.exchange_servers").map(String::as_str), Some("EX01\nEX02"));
        assert!(
            fields
                .get("parameters.um_users")
                .is_some_and(|u| u.starts_with("alice@contoso.com, alice@contoso.com, 4001,"))
        );
        let (again, errors) = to_toml(&fields);
        assert!(errors.is_empty(), "{errors:?}");
        let original = super::super::from_toml(&example).expect("valid");
        let round_tripped = super::super::from_toml(&again).expect("valid");
        assert_eq!(original.params, round_tripped.params);
        assert_eq!(original.questionnaire, round_tripped.questionnaire);
    }

    #[test]
    fn a_record_line_with_missing_values_names_its_line() {
        let mut fields = FormFields::new();
        fields.insert("parameters.um_users".into(), "a@b.com, a@b.com, 4001, tel:+1\nb@b.com, 4002".into());
        let (_, errors) = to_toml(&fields);
        assert_eq!(errors[0].field, "parameters.um_users");
        assert!(errors[0].message.starts_with("line 2 has 2 values; expected 4"));
        assert_eq!(crate::plan::field_root("parameters.um_users[1].extension"), "parameters.um_users");
    }

    #[test]
    fn a_record_field_with_a_default_may_be_left_off_the_line() {
        let mut fields = FormFields::new();
        let thumbprint = "A909502DD82AE41433E6F83886B00D4277A32A7B";
        let servers = format!("EX01, {thumbprint}\nEXMBX01, {thumbprint}, um\nEX02\nEX03, {thumbprint}, um, more");
        fields.insert("parameters.um_servers".into(), servers);
        let (text, errors) = to_toml(&fields);
        assert_eq!(errors.len(), 2, "{errors:?}");
        assert!(errors[0].message.starts_with("line 3 has 1 values; expected 2 to 3"), "{}", errors[0].message);
        assert!(errors[1].message.starts_with("line 4 has 4 values"), "{}", errors[1].message);
        let table: toml::Table = toml::from_str(&text).expect("valid TOML");
        let servers = table["parameters"]["um_servers"].as_array().expect("two servers");
        assert_eq!(servers.len(), 2);
        assert!(servers[0].get("services").is_none(), "left out, so the default applies");
        assert_eq!(servers[1]["services"].as_str(), Some("um"));
    }

    #[test]
    fn values_cannot_escape_the_toml() {
        let mut fields = FormFields::new();
        fields.insert("deployment.name".into(), "x\"\n[parameters]\nlync_pool_fqdn = \"evil".into());
        let (text, _) = to_toml(&fields);
        let table: toml::Table = toml::from_str(&text).expect("still valid TOML");
        assert!(table["deployment"]["name"].as_str().is_some_and(|n| n.contains("[parameters]")));
        assert!(table["parameters"].as_table().is_some_and(|p| p.is_empty()));
    }
}
