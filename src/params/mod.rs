//! Typed parameters: every value that can reach a generated command.
//!
//! Each kind of value has a parser that either returns a normalised value or a
//! [`Refusal`] saying what is wrong; nothing else can build a [`Scalar`]. The
//! [`schema`] names every parameter the catalog may use, with its kind and the
//! help a form shows beside it.

mod kinds;
pub mod schema;

use std::collections::BTreeMap;
use std::fmt;

use serde::Serialize;

use crate::i18n::Msg;

pub use kinds::Kind;
pub(crate) use kinds::is_bare_word as kinds_is_bare_word;

/// Why a raw value was refused: what is wrong, and what was expected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    pub reason: String,
    pub expected: String,
}

impl Refusal {
    pub(crate) fn new(reason: impl Into<String>, expected: impl Into<String>) -> Self {
        Self { reason: reason.into(), expected: expected.into() }
    }
}

/// The message `key` in the request's language, or `english` when no
/// catalog holds it (a parameter or question added without its messages).
pub(crate) fn message_or(key: &str, english: &str) -> String {
    crate::i18n::current().try_t(key).unwrap_or_else(|| english.to_owned())
}

/// "is missing: <what>", in the request's language. Every catalog keeps
/// `what` at the end, so that [`is_missing`] knows the message in any language.
pub fn missing(what: &str) -> String {
    crate::i18n::t_with("field-missing", &[("what", what)])
}

/// Whether a message says that the value is missing (made by [`missing`]).
pub fn is_missing(message: &str) -> bool {
    message.starts_with(&missing(""))
}

/// A refused value, located: the field, the value as typed, and the rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldError {
    pub field: String,
    pub value: String,
    pub message: String,
}

impl FieldError {
    pub fn new(field: impl Into<String>, value: &str, message: impl Into<String>) -> Self {
        Self { field: field.into(), value: value.to_owned(), message: message.into() }
    }

    pub fn refused(field: impl Into<String>, value: &str, refusal: &Refusal) -> Self {
        let message = crate::i18n::t_with(
            "field-refused",
            &[("reason", refusal.reason.as_str()), ("expected", refusal.expected.as_str())],
        );
        Self::new(field, value, message)
    }
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let value = show_value(&self.value);
        let shown = crate::i18n::t_with(
            "field-error",
            &[("field", self.field.as_str()), ("value", value.as_str()), ("message", self.message.as_str())],
        );
        f.write_str(&shown)
    }
}

/// Shows a value the way the user can see what is in it: quoted, with
/// invisible and control characters spelled out (a pasted U+200E is invisible
/// otherwise, and the message would seem to refuse a correct value).
pub fn show_value(value: &str) -> String {
    let mut shown = String::with_capacity(value.len() + 2);
    shown.push('"');
    for c in value.chars() {
        if c.is_control() || is_invisible(c) {
            shown.push_str(&format!("\\u{{{:04X}}}", c as u32));
        } else {
            shown.push(c);
        }
    }
    shown.push('"');
    shown
}

/// Characters that render as nothing (format controls, bidirectional marks,
/// line and paragraph separators). No parameter kind accepts them.
pub fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{061C}' | '\u{180E}' | '\u{200B}'..='\u{200F}' | '\u{2028}'..='\u{202E}'
        | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{206F}' | '\u{FEFF}' | '\u{FFF9}'..='\u{FFFB}'
        | '\u{0085}')
}

/// Free text a person types (notes, reasons, pasted output, file names):
/// line breaks are made `\n`, and it may hold no control character but a
/// line break or a tab, and no bidirectional override or invisible character
/// (which could make a text read differently from what it says). Returns the
/// text trimmed, or the error naming the field, the value and the rule.
pub fn free_text(field: &str, value: &str, max_chars: usize) -> Result<String, FieldError> {
    let text = value.replace("\r\n", "\n");
    let text = text.trim();
    if let Some(bad) = text.chars().find(|c| (c.is_control() && !matches!(c, '\n' | '\t')) || is_invisible(*c)) {
        return Err(FieldError::new(
            field,
            &text.chars().take(200).collect::<String>(),
            crate::i18n::t_with("field-text-character", &[("code", format!("{:04X}", u32::from(bad)).as_str())]),
        ));
    }
    let count = text.chars().count();
    if count > max_chars {
        return Err(FieldError::new(
            field,
            &text.chars().take(200).collect::<String>(),
            crate::i18n::t_with(
                "field-text-too-long",
                &[("count", count.to_string().as_str()), ("max", max_chars.to_string().as_str())],
            ),
        ));
    }
    Ok(text.to_owned())
}

/// A warning about an accepted value: it was changed, or it is unusual.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldWarning {
    pub field: String,
    /// In the language of the request it was found in.
    pub message: String,
    /// The message's key and arguments, to give it in another language.
    #[serde(skip)]
    pub msg: Msg,
}

impl FieldWarning {
    pub fn new(field: impl Into<String>, msg: Msg) -> Self {
        Self { field: field.into(), message: msg.to_string(), msg }
    }

    /// The warning as [`Display`](fmt::Display) gives it, in `lang`.
    pub fn in_lang(&self, lang: crate::i18n::Lang) -> String {
        format!("{}: {}", self.field, self.msg.in_lang(lang))
    }
}

impl fmt::Display for FieldWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field, self.message)
    }
}

/// One accepted, normalised value of a known kind. Built only by [`Kind::parse`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Scalar {
    #[serde(skip)]
    kind: Kind,
    text: String,
}

impl Scalar {
    pub fn kind(&self) -> Kind {
        self.kind
    }

    pub fn as_str(&self) -> &str {
        &self.text
    }
}

/// An accepted value and what the user should know about how it was read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parsed {
    pub value: Scalar,
    pub warning: Option<Msg>,
}

/// The value of one parameter of the [`schema`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum ParamValue {
    Scalar(Scalar),
    List(Vec<Scalar>),
    Records(Vec<BTreeMap<&'static str, Scalar>>),
}

/// The parameters of one deployment, by schema name. Only parsed values.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct Params(BTreeMap<&'static str, ParamValue>);

impl Params {
    pub fn get(&self, name: &str) -> Option<&ParamValue> {
        self.0.get(name)
    }

    pub fn insert(&mut self, name: &'static str, value: ParamValue) {
        self.0.insert(name, value);
    }

    pub fn scalar(&self, name: &str) -> Option<&Scalar> {
        match self.0.get(name) {
            Some(ParamValue::Scalar(s)) => Some(s),
            _ => None,
        }
    }
}

/// A parameter as a person typed it, before parsing: from an answers file or
/// a form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RawValue {
    Text(String),
    List(Vec<String>),
    Records(Vec<BTreeMap<String, String>>),
}

/// The outcome of parsing one parameter: its value if every part of it was
/// accepted, and every error and warning found on the way.
#[derive(Debug, Default)]
pub struct ParamOutcome {
    pub value: Option<ParamValue>,
    pub errors: Vec<FieldError>,
    pub warnings: Vec<FieldWarning>,
}

impl ParamOutcome {
    fn scalar(&mut self, kind: Kind, field: String, raw: &str) -> Option<Scalar> {
        match kind.parse(raw) {
            Ok(parsed) => {
                if let Some(msg) = parsed.warning {
                    self.warnings.push(FieldWarning::new(field, msg));
                }
                Some(parsed.value)
            }
            Err(refusal) => {
                self.errors.push(FieldError::refused(field, raw, &refusal));
                None
            }
        }
    }
}

/// Parses one parameter of the schema; `field` is how messages name it.
pub fn parse_param(spec: &schema::ParamSpec, raw: &RawValue, field: &str) -> ParamOutcome {
    use schema::Shape;
    let mut outcome = ParamOutcome::default();
    let value = match (spec.shape, raw) {
        (Shape::One(kind), RawValue::Text(text)) => {
            outcome.scalar(kind, field.to_owned(), text).map(ParamValue::Scalar)
        }
        (Shape::List(kind), RawValue::List(items)) => {
            let parsed: Vec<Option<Scalar>> = items
                .iter()
                .enumerate()
                .map(|(index, item)| outcome.scalar(kind, format!("{field}[{index}]"), item))
                .collect();
            parsed.into_iter().collect::<Option<Vec<_>>>().map(ParamValue::List)
        }
        (Shape::Records(fields), RawValue::Records(records)) => {
            let mut parsed = Vec::with_capacity(records.len());
            for (index, record) in records.iter().enumerate() {
                let at = format!("{field}[{index}]");
                for key in record.keys() {
                    if !fields.iter().any(|f| f.name == key) {
                        let known: Vec<&str> = fields.iter().map(|f| f.name).collect();
                        outcome.errors.push(FieldError::new(
                            format!("{at}.{key}"),
                            record.get(key).map_or("", String::as_str),
                            crate::i18n::t_with(
                                "field-not-in-record",
                                &[("param", spec.name), ("fields", known.join(", ").as_str())],
                            ),
                        ));
                    }
                }
                let mut values = BTreeMap::new();
                for spec_field in fields {
                    let name = format!("{at}.{}", spec_field.name);
                    match record.get(spec_field.name).map(String::as_str).or(spec_field.default) {
                        Some(text) => {
                            if let Some(value) = outcome.scalar(spec_field.kind, name, text) {
                                values.insert(spec_field.name, value);
                            }
                        }
                        None => outcome.errors.push(FieldError::new(name, "", missing(&spec_field.kind.expected()))),
                    }
                }
                parsed.push((values.len() == fields.len()).then_some(values));
            }
            parsed.into_iter().collect::<Option<Vec<_>>>().map(ParamValue::Records)
        }
        (shape, _) => {
            let wanted = match shape {
                Shape::One(_) => crate::i18n::t("field-shape-one"),
                Shape::List(_) => crate::i18n::t("field-shape-list"),
                Shape::Records(_) => crate::i18n::t("field-shape-records"),
            };
            outcome.errors.push(FieldError::new(field, "", wanted));
            None
        }
    };
    if outcome.errors.is_empty() {
        outcome.value = value;
    }
    outcome
}
