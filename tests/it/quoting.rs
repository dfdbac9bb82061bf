//! The generator as a security boundary: quoted literals read back exactly,
//! and no accepted parameter value changes the shape of any script.

use countersign::params::schema::{PARAMETERS, Shape};
use countersign::params::{Kind, ParamValue};
use countersign::render::quote::powershell_literal;
use countersign::render::script;
use proptest::prelude::*;

use crate::support::powershell::{Token, tokenize};
use crate::support::{FIXED_TIME, build_plan, builtin_catalog, parse_answers};

/// Characters that end strings, comments or lines, or start code, in
/// PowerShell or cmd; mixed into otherwise valid values.
const HOSTILE: &[&str] = &[
    "'", "\u{2018}", "\u{2019}", "\u{201A}", "\u{201B}", "\"", "\u{201C}", "\u{201D}", "\u{201E}", "`", "$", "$(",
    "${", "#", "<#", "#>", ";", "|", "&", "\n", "\r", "\r\n", "\u{0085}", "\u{2028}", "\u{2029}", "{", "}", "@", "(",
    ")", " ", "\\", "%", "^", "!", "<", ">", "\u{200E}", "\u{202E}", "--%", "\t", "\0", "calc.exe",
];

fn hostile_string() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            prop::sample::select(HOSTILE).prop_map(str::to_owned),
            "[a-zA-Z0-9 ._-]{0,4}",
            any::<char>().prop_map(String::from)
        ],
        0..24,
    )
    .prop_map(|parts| parts.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn a_quoted_literal_reads_back_as_exactly_its_string(value in prop_oneof![any::<String>(), hostile_string()]) {
        let line = format!("Write-Output {} # after", powershell_literal(&value));
        let tokens = tokenize(&line).map_err(TestCaseError::fail)?;
        prop_assert_eq!(
            tokens,
            vec![Token::Word("Write-Output".into()), Token::SingleQuoted(value), Token::Comment(" after".into())]
        );
    }
}

/// Every place a parameter of a kind can be set in the example answers: a
/// scalar parameter, or a field of the first record.
fn slots_of(kind: Kind) -> Vec<(&'static str, Option<&'static str>)> {
    PARAMETERS
        .iter()
        .flat_map(|spec| match spec.shape {
            Shape::One(k) | Shape::List(k) if k == kind => vec![(spec.name, None)],
            Shape::Records(fields) => {
                fields.iter().filter(|f| f.kind == kind).map(|f| (spec.name, Some(f.name))).collect()
            }
            _ => Vec::new(),
        })
        .collect()
}

/// The token structure of every script: string contents replaced by a
/// marker, so that two scripts compare equal when only values differ.
fn shapes(answers: &countersign::answers::Answers) -> Vec<(String, Vec<Token>)> {
    let catalog = builtin_catalog();
    let plan = build_plan(&catalog, answers);
    script::scripts(&plan, FIXED_TIME)
        .into_iter()
        .map(|script| {
            let tokens =
                tokenize(&script.text).unwrap_or_else(|e| panic!("{} does not tokenize: {e}", script.file_name));
            let shape = tokens
                .into_iter()
                .map(|t| match t {
                    Token::SingleQuoted(_) => Token::SingleQuoted(String::new()),
                    // Header comments hold the deployment name and the body's hash.
                    Token::Comment(_) => Token::Comment(String::new()),
                    other => other,
                })
                .collect();
            (script.file_name, shape)
        })
        .collect()
}

fn kind_and_value() -> impl Strategy<Value = (Kind, String)> {
    (prop::sample::select(Kind::ALL.to_vec()), hostile_string(), any::<prop::sample::Index>()).prop_map(
        |(kind, noise, at)| {
            // Noise spliced into a valid example is accepted by the lenient kinds and refused by the strict ones.
            let example = example_for(kind);
            let cut = at.index(example.len() + 1);
            let cut = (0..=cut).rev().find(|i| example.is_char_boundary(*i)).unwrap_or(0);
            (kind, format!("{}{noise}{}", &example[..cut], &example[cut..]))
        },
    )
}

fn example_for(kind: Kind) -> String {
    match kind {
        Kind::DeploymentName => "Contoso rollout".to_owned(),
        Kind::VoipSecurity => "Secured".to_owned(),
        _ => PARAMETERS
            .iter()
            .find_map(|spec| match spec.shape {
                Shape::One(k) | Shape::List(k) if k == kind => spec.examples.first().map(|e| (*e).to_owned()),
                Shape::Records(fields) => fields.iter().find(|f| f.kind == kind).map(|f| f.example.to_owned()),
                _ => None,
            })
            .unwrap_or_default(),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn no_accepted_value_changes_the_shape_of_a_script((kind, raw) in kind_and_value()) {
        let Ok(parsed) = kind.parse(&raw) else { return Ok(()) };
        let baseline = parse_answers(&countersign::answers::example_toml());
        let baseline_shapes = shapes(&baseline);
        let mut changed = baseline.clone();
        if kind == Kind::DeploymentName {
            changed.deployment_name = parsed.value.clone();
        }
        for (name, field) in slots_of(kind) {
            let value = match (baseline.params.get(name), field) {
                (Some(ParamValue::Scalar(_)), None) => ParamValue::Scalar(parsed.value.clone()),
                (Some(ParamValue::List(items)), None) => ParamValue::List(vec![parsed.value.clone(); items.len()]),
                (Some(ParamValue::Records(records)), Some(field)) => {
                    let mut records = records.clone();
                    for record in &mut records {
                        if let Some(slot) = record.iter_mut().find(|(k, _)| **k == field).map(|(_, v)| v) {
                            *slot = parsed.value.clone();
                        }
                    }
                    ParamValue::Records(records)
                }
                _ => continue,
            };
            changed.params.insert(name, value);
        }
        prop_assert_eq!(shapes(&changed), baseline_shapes, "value {:?} of kind {:?}", parsed.value.as_str(), kind);
    }
}

#[test]
fn hostile_values_that_are_accepted_stay_inside_their_literal() {
    // Values a lenient kind accepts that would break a naive quoter.
    let cases = [
        (Kind::DisplayName, "O\u{2019}Brien'; Remove-Mailbox -Identity * #"),
        (Kind::DisplayName, "$(Invoke-Expression calc) `n \"x\""),
        (Kind::DeploymentName, "Contoso \u{201B}; calc; \u{2018}"),
        (Kind::OuDn, "OU=Sales \u{2019} $(calc) `x,DC=contoso,DC=com"),
        (Kind::SipAddress, "o'brien@contoso.com"),
    ];
    for (kind, raw) in cases {
        let parsed = kind.parse(raw).unwrap_or_else(|r| panic!("{raw:?} refused: {}", r.reason));
        let tokens = tokenize(&format!("X {}", powershell_literal(parsed.value.as_str()))).expect("tokenizes");
        assert_eq!(tokens.len(), 2, "{raw:?}");
        assert_eq!(tokens[1], Token::SingleQuoted(parsed.value.as_str().to_owned()));
    }
}
