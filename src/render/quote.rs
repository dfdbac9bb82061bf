//! The one place values become command text. Every value a generated script
//! holds passes through exactly one of these functions.

/// The characters PowerShell reads as a single quote: the ASCII one and the
/// typographic forms U+2018 to U+201B.
pub const POWERSHELL_SINGLE_QUOTES: [char; 5] = ['\'', '\u{2018}', '\u{2019}', '\u{201A}', '\u{201B}'];

/// A PowerShell verbatim string literal holding exactly `value`.
///
/// Inside single quotes PowerShell expands nothing (no `$`, no backtick), and
/// reads a quote character followed by another as one literal quote. It
/// treats all five quote characters alike, so each is doubled as itself: a
/// quoter that doubled only `'` would let `’` end the literal early.
pub fn powershell_literal(value: &str) -> String {
    let mut literal = String::with_capacity(value.len() + 2);
    literal.push('\'');
    for c in value.chars() {
        if POWERSHELL_SINGLE_QUOTES.contains(&c) {
            literal.push(c);
        }
        literal.push(c);
    }
    literal.push('\'');
    literal
}

/// `value` escaped for an XML attribute or text node (web.config fragments).
pub fn xml_escape(value: &str) -> String {
    let mut escaped = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&apos;"),
            c => escaped.push(c),
        }
    }
    escaped
}

/// `value` as a bare word on a cmd.exe line, or `None` when any character of
/// it would mean something to cmd (or to PowerShell, which runs the same
/// line in a script). There is no safe general quoting for cmd, so values
/// that need it are refused instead.
pub fn cmd_word(value: &str) -> Option<&str> {
    crate::params::kinds_is_bare_word(value).then_some(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn doubles_every_kind_of_single_quote() {
        assert_eq!(powershell_literal("O'Brien"), "'O''Brien'");
        assert_eq!(powershell_literal("a\u{2019}b"), "'a\u{2019}\u{2019}b'");
        assert_eq!(
            powershell_literal("\u{2018}\u{201A}\u{201B}"),
            "'\u{2018}\u{2018}\u{201A}\u{201A}\u{201B}\u{201B}'"
        );
        assert_eq!(powershell_literal("$(calc) `n \"x\""), "'$(calc) `n \"x\"'");
        assert_eq!(powershell_literal(""), "''");
    }

    #[test]
    fn escapes_xml() {
        assert_eq!(xml_escape(r#"a&b<c>"d"'e'"#), "a&amp;b&lt;c&gt;&quot;d&quot;&apos;e&apos;");
    }

    #[test]
    fn cmd_words_are_bare_or_refused() {
        assert_eq!(cmd_word("EX01.contoso.com"), Some("EX01.contoso.com"));
        assert_eq!(cmd_word("EX01&calc"), None);
        assert_eq!(cmd_word("EX01 x"), None);
        assert_eq!(cmd_word("%PATH%"), None);
        assert_eq!(cmd_word(""), None);
    }
}
