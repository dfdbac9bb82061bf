//! The languages of the portal: English, Korean and Traditional Chinese,
//! with messages in Project Fluent's format under `locales/` (compiled in)
//! and the terms of Microsoft's documents in those languages (GLOSSARY.md).
//!
//! Commands, cmdlets, parameters and audit events are never translated.

use std::borrow::Cow;
use std::collections::HashMap;

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader};

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./src/i18n/locales",
        fallback_language: "en",
        // Isolation marks around arguments would end up inside values people copy.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// A language the portal speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    En,
    Ko,
    ZhTw,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Ko, Lang::ZhTw];

    /// The BCP 47 tag, for `<html lang>` and the message catalog's folder.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ko => "ko",
            Lang::ZhTw => "zh-TW",
        }
    }

    /// The language's own name, as a switcher shows it.
    pub fn own_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Ko => "한국어",
            Lang::ZhTw => "繁體中文",
        }
    }

    /// A tag as a person or a browser gives it: `ko`, `ko-KR`, `zh-TW`, `zh-Hant`, `zh-HK`;
    /// Simplified Chinese is not Traditional Chinese and reads as no match.
    pub fn parse(tag: &str) -> Option<Lang> {
        let tag = tag.trim().to_ascii_lowercase();
        let mut parts = tag.split(['-', '_']);
        match (parts.next(), parts.next()) {
            (Some("en"), _) => Some(Lang::En),
            (Some("ko"), _) => Some(Lang::Ko),
            (Some("zh"), Some("tw" | "hant" | "hk" | "mo")) => Some(Lang::ZhTw),
            _ => None,
        }
    }

    /// The person's choice first, then the browser's `Accept-Language` by its
    /// weights, then English.
    pub fn negotiate(choice: Option<&str>, accept_language: Option<&str>) -> Lang {
        if let Some(lang) = choice.and_then(Lang::parse) {
            return lang;
        }
        let mut offered: Vec<(f32, usize, Lang)> = accept_language
            .unwrap_or_default()
            .split(',')
            .take(32)
            .enumerate()
            .filter_map(|(order, item)| {
                let mut parts = item.split(';');
                let lang = Lang::parse(parts.next()?)?;
                let weight = parts
                    .find_map(|p| p.trim().strip_prefix("q="))
                    .map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())?;
                (weight > 0.0).then_some((weight, order, lang))
            })
            .collect();
        offered.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        offered.first().map_or(Lang::En, |(_, _, lang)| *lang)
    }

    fn id(self) -> LanguageIdentifier {
        self.tag().parse().unwrap_or_default()
    }

    /// The message `key` in this language (English when it has none).
    pub fn t(self, key: &str) -> String {
        LOCALES.lookup(&self.id(), key)
    }

    /// The message `key` with its arguments.
    pub fn t_with(self, key: &str, args: &[(&'static str, &str)]) -> String {
        let args: HashMap<Cow<'static, str>, FluentValue> =
            args.iter().map(|(name, value)| (Cow::Borrowed(*name), FluentValue::from(value.to_string()))).collect();
        LOCALES.lookup_with_args(&self.id(), key, &args)
    }
}

#[cfg(test)]
mod tests;
