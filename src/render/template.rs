//! Command templates: catalog text with placeholders such as
//! `{{ lync_pool_fqdn }}` or `{{ "https://" + lync_pool_fqdn + "/metadata/json/1" }}`.
//!
//! A placeholder is rendered as one value in the language of its command: a
//! PowerShell literal, XML-escaped text, a bare cmd word, or plain text for
//! instructions a person reads. The literal text around placeholders comes
//! from the catalog and is trusted; values never are.

use std::collections::BTreeMap;

use super::quote::{cmd_word, powershell_literal, xml_escape};
use crate::params::{ParamValue, Params, Scalar};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Language {
    PowerShell,
    Cmd,
    Xml,
    Text,
}

/// A reference to a value: a parameter, the loop's current item, or one
/// field of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ValueRef {
    Param(String),
    Item,
    ItemField(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Term {
    Literal(String),
    Value(ValueRef),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Segment {
    Text(String),
    Placeholder(Vec<Term>),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Template {
    source: String,
    segments: Vec<Segment>,
}

/// The current element of a `for_each` loop.
#[derive(Debug, Clone, Copy)]
pub enum Item<'a> {
    Scalar(&'a Scalar),
    Record(&'a BTreeMap<&'static str, Scalar>),
}

impl Template {
    pub fn parse(source: &str) -> Result<Template, String> {
        let mut segments = Vec::new();
        let mut rest = source;
        while let Some(start) = rest.find("{{") {
            if start > 0 {
                segments.push(Segment::Text(rest[..start].to_owned()));
            }
            let after = &rest[start + 2..];
            let Some(end) = after.find("}}") else {
                return Err("a '{{' is not closed by '}}'".to_owned());
            };
            segments.push(Segment::Placeholder(parse_terms(&after[..end])?));
            rest = &after[end + 2..];
        }
        if rest.contains("}}") {
            return Err("a '}}' has no '{{'".to_owned());
        }
        if !rest.is_empty() {
            segments.push(Segment::Text(rest.to_owned()));
        }
        Ok(Template { source: source.to_owned(), segments })
    }

    pub fn source(&self) -> &str {
        &self.source
    }

    pub fn segments(&self) -> &[Segment] {
        &self.segments
    }

    /// Every value this template refers to.
    pub fn refs(&self) -> impl Iterator<Item = &ValueRef> {
        self.segments.iter().flat_map(|segment| match segment {
            Segment::Placeholder(terms) => terms
                .iter()
                .filter_map(|term| match term {
                    Term::Value(value) => Some(value),
                    Term::Literal(_) => None,
                })
                .collect(),
            Segment::Text(_) => Vec::new(),
        })
    }

    pub fn render(&self, language: Language, params: &Params, item: Option<Item<'_>>) -> Result<String, String> {
        let mut out = String::new();
        for segment in &self.segments {
            match segment {
                Segment::Text(text) => out.push_str(text),
                Segment::Placeholder(terms) => {
                    let mut value = String::new();
                    for term in terms {
                        match term {
                            Term::Literal(text) => value.push_str(text),
                            Term::Value(reference) => value.push_str(lookup(reference, params, item)?.as_str()),
                        }
                    }
                    match language {
                        Language::PowerShell => out.push_str(&powershell_literal(&value)),
                        Language::Xml => out.push_str(&xml_escape(&value)),
                        Language::Text => out.push_str(&value),
                        Language::Cmd => match cmd_word(&value) {
                            Some(word) => out.push_str(word),
                            None => return Err(format!("the value \"{value}\" cannot stand on a command-prompt line")),
                        },
                    }
                }
            }
        }
        Ok(out)
    }
}

fn lookup<'a>(reference: &ValueRef, params: &'a Params, item: Option<Item<'a>>) -> Result<&'a Scalar, String> {
    match (reference, item) {
        (ValueRef::Param(name), _) => match params.get(name) {
            Some(ParamValue::Scalar(scalar)) => Ok(scalar),
            Some(_) => Err(format!("{name} is a list; use it with for_each")),
            None => Err(format!("the parameter {name} has no value")),
        },
        (ValueRef::Item, Some(Item::Scalar(scalar))) => Ok(scalar),
        (ValueRef::ItemField(field), Some(Item::Record(record))) => {
            record.get(field.as_str()).ok_or_else(|| format!("the item has no {field}"))
        }
        (ValueRef::Item | ValueRef::ItemField(_), _) => Err("item is used outside a matching for_each".to_owned()),
    }
}

fn parse_terms(inside: &str) -> Result<Vec<Term>, String> {
    let mut terms = Vec::new();
    for part in inside.split('+') {
        let part = part.trim();
        if part.is_empty() {
            return Err(format!("the placeholder '{{{{{inside}}}}}' has an empty part"));
        }
        if let Some(literal) = part.strip_prefix('"') {
            match literal.strip_suffix('"') {
                Some(text) if !text.contains('"') => terms.push(Term::Literal(text.to_owned())),
                _ => return Err(format!("the literal {part} is not closed by one '\"'")),
            }
        } else if part == "item" {
            terms.push(Term::Value(ValueRef::Item));
        } else if let Some(field) = part.strip_prefix("item.") {
            terms.push(Term::Value(ValueRef::ItemField(identifier(field)?)));
        } else {
            terms.push(Term::Value(ValueRef::Param(identifier(part)?)));
        }
    }
    Ok(terms)
}

fn identifier(text: &str) -> Result<String, String> {
    if !text.is_empty() && text.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_') {
        Ok(text.to_owned())
    } else {
        Err(format!("'{text}' is not a parameter name (lower-case letters, digits and _)"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::params::Kind;

    fn params() -> Params {
        let mut params = Params::default();
        let pool = Kind::Fqdn.parse("pool01.contoso.com").map(|p| p.value).expect("valid fqdn");
        params.insert("lync_pool_fqdn", ParamValue::Scalar(pool));
        let name = Kind::DisplayName.parse("O'Brien & <Co>").map(|p| p.value).expect("valid name");
        params.insert("subscriber_access_name", ParamValue::Scalar(name));
        params
    }

    #[test]
    fn renders_each_language() {
        let template = Template::parse(
            r#"X -Url {{ "https://" + lync_pool_fqdn + "/metadata/json/1" }} -Name {{subscriber_access_name}}"#,
        )
        .expect("template parses");
        let ps = template.render(Language::PowerShell, &params(), None).expect("renders");
        assert_eq!(ps, "X -Url 'https://pool01.contoso.com/metadata/json/1' -Name 'O''Brien & <Co>'");
        let xml = template.render(Language::Xml, &params(), None).expect("renders");
        assert!(xml.ends_with("O&apos;Brien &amp; &lt;Co&gt;"));
        let cmd = Template::parse("iisreset {{ lync_pool_fqdn }}").expect("parses");
        assert_eq!(cmd.render(Language::Cmd, &params(), None).as_deref(), Ok("iisreset pool01.contoso.com"));
        let unsafe_cmd = Template::parse("x {{ subscriber_access_name }}").expect("parses");
        assert!(unsafe_cmd.render(Language::Cmd, &params(), None).is_err());
    }

    #[test]
    fn refuses_malformed_templates() {
        assert!(Template::parse("a {{ b").is_err());
        assert!(Template::parse("a }} b").is_err());
        assert!(Template::parse("{{ \"x }}").is_err());
        assert!(Template::parse("{{ a + }}").is_err());
        assert!(Template::parse("{{ Pool }}").is_err());
        assert!(Template::parse("{{ item.x-y }}").is_err());
    }

    #[test]
    fn missing_values_are_errors() {
        let template = Template::parse("{{ owa_fqdn }}").expect("parses");
        assert!(template.render(Language::Text, &params(), None).is_err());
        let item = Template::parse("{{ item }}").expect("parses");
        assert!(item.render(Language::Text, &params(), None).is_err());
    }
}
