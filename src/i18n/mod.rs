//! The languages of the portal: English, Korean and Traditional Chinese,
//! with messages in Project Fluent's format under `locales/` (compiled in)
//! and the terms of Microsoft's documents in those languages (GLOSSARY.md).
//!
//! Commands, cmdlets, parameters and audit events are never translated.

use std::borrow::Cow;
use std::collections::HashMap;

use fluent_templates::LanguageIdentifier;
use fluent_templates::fluent_bundle::FluentValue;

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./src/i18n/locales",
        fallback_language: "en",
        // Isolation marks around arguments would end up inside values people copy.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// A language the portal speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
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

    /// Parsed once: a page looks up a hundred messages or more.
    fn id(self) -> &'static LanguageIdentifier {
        static IDS: std::sync::LazyLock<[LanguageIdentifier; 3]> =
            std::sync::LazyLock::new(|| Lang::ALL.map(|lang| lang.tag().parse().unwrap_or_default()));
        &IDS[self as usize]
    }

    /// The message `key` in this language (English when it has none).
    pub fn t(self, key: &str) -> String {
        self.lookup(key, None).unwrap_or_else(|| format!("Unknown localization key: {key:?}"))
    }

    /// The message `key`, when the catalog has one (ids made from data may not).
    pub fn try_t(self, key: &str) -> Option<String> {
        self.lookup(key, None)
    }

    /// This language's bundle, then English's. Straight to the bundle: the
    /// loader's own lookup negotiates the language again on every message,
    /// and a page says a hundred or more.
    fn lookup(self, key: &str, args: Option<&HashMap<Cow<'static, str>, FluentValue>>) -> Option<String> {
        LOCALES
            .lookup_single_language(self.id(), key, args)
            .or_else(|_| LOCALES.lookup_single_language(Lang::En.id(), key, args))
            .ok()
    }

    /// The message `key` with its arguments. An argument that is a whole
    /// number is passed as a number, so that the catalog can choose a plural
    /// form by CLDR's rules for the language.
    pub fn t_with(self, key: &str, args: &[(&'static str, &str)]) -> String {
        let args = fluent_args(args.iter().map(|(name, value)| (Cow::Borrowed(*name), *value)));
        self.lookup(key, Some(&args)).unwrap_or_else(|| format!("Unknown localization key: {key:?}"))
    }

    /// A moment in this language's way of writing dates, in UTC.
    pub fn date(self, unix: i64) -> String {
        let Ok(moment) = time::OffsetDateTime::from_unix_timestamp(unix) else { return String::new() };
        let (y, m, d, hh, mm) = (moment.year(), u8::from(moment.month()), moment.day(), moment.hour(), moment.minute());
        match self {
            Lang::En => format!("{y}-{m:02}-{d:02} {hh:02}:{mm:02} UTC"),
            Lang::Ko => format!("{y}. {m}. {d}. {hh:02}:{mm:02} UTC"),
            Lang::ZhTw => format!("{y}/{m:02}/{d:02} {hh:02}:{mm:02} UTC"),
        }
    }
}

/// Fluent's arguments. A whole number is passed as a number, so that the
/// catalog can choose a plural form by CLDR's rules for the language.
fn fluent_args<'a>(
    args: impl Iterator<Item = (Cow<'static, str>, &'a str)>,
) -> HashMap<Cow<'static, str>, FluentValue<'static>> {
    args.map(|(name, value)| {
        let value = match value.parse::<i64>() {
            Ok(number) if number.to_string() == value => FluentValue::from(number),
            _ => FluentValue::from(value.to_owned()),
        };
        (name, value)
    })
    .collect()
}

tokio::task_local! {
    /// The language of the request being served, set once per request by the
    /// web layer (and by the command line for `plan --lang`). Code that writes
    /// text for a person reads it; audit events never do: they keep keys and values.
    static CURRENT: Lang;
}

/// The language of the request being served; English outside a request.
pub fn current() -> Lang {
    CURRENT.try_with(|lang| *lang).unwrap_or_default()
}

/// Runs `work` in `lang`.
pub async fn scope<F: std::future::Future>(lang: Lang, work: F) -> F::Output {
    CURRENT.scope(lang, work).await
}

/// Runs `work` in `lang`, for code outside the async runtime.
pub fn sync_scope<R>(lang: Lang, work: impl FnOnce() -> R) -> R {
    CURRENT.sync_scope(lang, work)
}

/// A language is written as its tag.
impl serde::Serialize for Lang {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.tag())
    }
}

/// The message `key` in the current language.
pub fn t(key: &str) -> String {
    current().t(key)
}

/// The message `key` with its arguments in the current language.
pub fn t_with(key: &str, args: &[(&'static str, &str)]) -> String {
    current().t_with(key, args)
}

#[cfg(test)]
mod tests;

/// A message not yet put into words: its key and arguments. What is kept
/// (audit events) keeps it in English with its key and arguments, so that
/// the trail reads the same for everyone and a page can show it in its
/// reader's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Msg {
    pub key: &'static str,
    pub args: Vec<(&'static str, String)>,
    /// Arguments that are messages themselves, said in the same language.
    pub keyed: Vec<(&'static str, String)>,
}

impl Msg {
    pub fn new(key: &'static str) -> Msg {
        Msg { key, args: Vec::new(), keyed: Vec::new() }
    }

    pub fn arg(mut self, name: &'static str, value: impl ToString) -> Msg {
        self.args.push((name, value.to_string()));
        self
    }

    /// An argument that is the message `key`, in whatever language this one is said.
    pub fn arg_key(mut self, name: &'static str, key: impl Into<String>) -> Msg {
        self.keyed.push((name, key.into()));
        self
    }

    pub fn in_lang(&self, lang: Lang) -> String {
        let keyed: Vec<(&'static str, String)> = self.keyed.iter().map(|(name, key)| (*name, lang.t(key))).collect();
        let args: Vec<(&'static str, &str)> =
            self.args.iter().chain(&keyed).map(|(name, value)| (*name, value.as_str())).collect();
        lang.t_with(self.key, &args)
    }

    /// A message as [`Msg::for_the_record`] kept it, in `lang`; `None` when
    /// it is not one (an older event, or a key this release does not have).
    pub fn from_record(record: &serde_json::Value, lang: Lang) -> Option<String> {
        let key = record.get("key")?.as_str()?;
        let keyed = record.get("keyed").and_then(|k| k.as_object()).into_iter().flatten();
        let said: Vec<(String, String)> = record
            .get("args")?
            .as_object()?
            .iter()
            .map(|(name, value)| (name.clone(), value.as_str().unwrap_or_default().to_owned()))
            .chain(keyed.map(|(name, key)| (name.clone(), lang.t(key.as_str().unwrap_or_default()))))
            .collect();
        let args = fluent_args(said.iter().map(|(name, value)| (Cow::Owned(name.clone()), value.as_str())));
        lang.lookup(key, Some(&args))
    }

    /// The message as the trail keeps it: English, with its key and arguments.
    pub fn for_the_record(&self) -> serde_json::Value {
        let args: serde_json::Map<String, serde_json::Value> =
            self.args.iter().map(|(name, value)| ((*name).to_owned(), value.clone().into())).collect();
        let keyed: serde_json::Map<String, serde_json::Value> =
            self.keyed.iter().map(|(name, key)| ((*name).to_owned(), key.clone().into())).collect();
        serde_json::json!({ "text": self.in_lang(Lang::En), "key": self.key, "args": args, "keyed": keyed })
    }
}

/// In the language of the request.
impl std::fmt::Display for Msg {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.in_lang(current()))
    }
}
