//! A small PowerShell tokenizer, written for the tests from the language
//! specification, independent of the generator: if the generator's quoting
//! were wrong, this is what would notice.
//!
//! It knows what can end a string or a line: the single-quote characters
//! (ASCII and U+2018 to U+201B) and their doubling, double quotes (ASCII and
//! U+201C to U+201E) with backtick escapes and `$( )` subexpressions, line and
//! block comments, and line breaks (conservatively including U+0085, U+2028,
//! U+2029).

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Token {
    Word(String),
    Variable(String),
    SingleQuoted(String),
    DoubleQuoted(String),
    Comment(String),
    Punctuation(char),
    Newline,
}

pub fn is_single_quote(c: char) -> bool {
    matches!(c, '\'' | '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}')
}

pub fn is_double_quote(c: char) -> bool {
    matches!(c, '"' | '\u{201C}' | '\u{201D}' | '\u{201E}')
}

fn is_newline(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{0085}' | '\u{2028}' | '\u{2029}')
}

fn is_punctuation(c: char) -> bool {
    matches!(c, '(' | ')' | '{' | '}' | '[' | ']' | ';' | ',' | '|' | '&' | '@' | '=')
}

pub fn tokenize(text: &str) -> Result<Vec<Token>, String> {
    let chars: Vec<char> = text.chars().collect();
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '\r' && chars.get(i + 1) == Some(&'\n') {
            tokens.push(Token::Newline);
            i += 2;
        } else if is_newline(c) {
            tokens.push(Token::Newline);
            i += 1;
        } else if c.is_whitespace() || c == '\u{FEFF}' {
            i += 1;
        } else if c == '<' && chars.get(i + 1) == Some(&'#') {
            let start = i + 2;
            let end = (start..chars.len().saturating_sub(1))
                .find(|&j| chars[j] == '#' && chars[j + 1] == '>')
                .ok_or("unterminated block comment")?;
            tokens.push(Token::Comment(chars[start..end].iter().collect()));
            i = end + 2;
        } else if c == '#' {
            let end = (i..chars.len()).find(|&j| is_newline(chars[j])).unwrap_or(chars.len());
            tokens.push(Token::Comment(chars[i + 1..end].iter().collect()));
            i = end;
        } else if is_single_quote(c) {
            let mut value = String::new();
            i += 1;
            loop {
                let Some(&c) = chars.get(i) else { return Err("unterminated single-quoted string".into()) };
                i += 1;
                if is_single_quote(c) {
                    match chars.get(i) {
                        // A doubled quote is one literal quote: the second character.
                        Some(&next) if is_single_quote(next) => {
                            value.push(next);
                            i += 1;
                        }
                        _ => break,
                    }
                } else {
                    value.push(c);
                }
            }
            tokens.push(Token::SingleQuoted(value));
        } else if is_double_quote(c) {
            let (value, next) = double_quoted(&chars, i + 1)?;
            tokens.push(Token::DoubleQuoted(value));
            i = next;
        } else if c == '$' && chars.get(i + 1).is_some_and(|n| n.is_alphanumeric() || *n == '_' || *n == '{') {
            let start = i + 1;
            let mut end = start;
            while end < chars.len() && (chars[end].is_alphanumeric() || chars[end] == '_' || chars[end] == ':') {
                end += 1;
            }
            tokens.push(Token::Variable(chars[start..end].iter().collect()));
            i = end.max(start + 1);
        } else if is_punctuation(c) {
            tokens.push(Token::Punctuation(c));
            i += 1;
        } else {
            let mut word = String::new();
            while i < chars.len() {
                let c = chars[i];
                if c == '`' {
                    // An escaped character (a line continuation, if a line break) belongs to the word.
                    word.push(c);
                    if let Some(&next) = chars.get(i + 1) {
                        word.push(next);
                    }
                    i += 2;
                    continue;
                }
                if c.is_whitespace()
                    || is_newline(c)
                    || is_punctuation(c)
                    || is_single_quote(c)
                    || is_double_quote(c)
                    || c == '#' && word.is_empty()
                {
                    break;
                }
                word.push(c);
                i += 1;
            }
            tokens.push(Token::Word(word));
        }
    }
    Ok(tokens)
}

/// A double-quoted string from `start` (after the opening quote): returns
/// its raw content and the index after the closing quote.
fn double_quoted(chars: &[char], start: usize) -> Result<(String, usize), String> {
    let mut value = String::new();
    let mut i = start;
    loop {
        let Some(&c) = chars.get(i) else { return Err("unterminated double-quoted string".into()) };
        i += 1;
        if c == '`' {
            let next = chars.get(i).ok_or("backtick at the end of a double-quoted string")?;
            value.push(c);
            value.push(*next);
            i += 1;
        } else if c == '$' && chars.get(i) == Some(&'(') {
            // A subexpression runs code until its parenthesis closes.
            let mut depth = 0usize;
            value.push(c);
            while let Some(&inner) = chars.get(i) {
                value.push(inner);
                i += 1;
                match inner {
                    '(' => depth += 1,
                    ')' => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
            }
        } else if is_double_quote(c) {
            if chars.get(i).is_some_and(|n| is_double_quote(*n)) {
                value.push(c);
                i += 1;
            } else {
                return Ok((value, i));
            }
        } else {
            value.push(c);
        }
    }
}

#[test]
fn the_tokenizer_reads_powershell_as_powershell_does() {
    let tokens = tokenize("Write-Host 'it''s' \"a `\" $(x) b\" # note\r\n$x = 'a\u{2019}\u{2019}b' <# block #>")
        .expect("tokenizes");
    assert_eq!(
        tokens,
        vec![
            Token::Word("Write-Host".into()),
            Token::SingleQuoted("it's".into()),
            Token::DoubleQuoted("a `\" $(x) b".into()),
            Token::Comment(" note".into()),
            Token::Newline,
            Token::Variable("x".into()),
            Token::Punctuation('='),
            Token::SingleQuoted("a\u{2019}b".into()),
            Token::Comment(" block ".into()),
        ]
    );
    // A typographic quote ends an ASCII-quoted string: the hazard the quoter must defuse.
    let broken = tokenize("X 'a\u{2019}; calc; \u{2018}'").expect("tokenizes");
    assert_eq!(broken[1], Token::SingleQuoted("a".into()));
    assert!(tokenize("X 'open").is_err());
}

/// The lines of a generated script that PowerShell runs, without what it only
/// says: comments, what it prints or asks, and its messages.
pub fn commands_of(script: &str) -> Vec<&str> {
    let body = script.split_once(countersign::render::script::END_OF_HEADER).expect("the header line").1;
    body.lines()
        .map(str::trim)
        .filter(|l| {
            !l.is_empty() && !l.starts_with('#') && !l.starts_with("Write-Host ") && !l.starts_with("Read-Host ")
        })
        .filter(|l| !l.starts_with("$countersignSays = ") && !l.contains("Write-Warning ("))
        // What a failed native command throws is a message too.
        .filter(|l| !l.starts_with("if ($LASTEXITCODE -ne 0) { throw ("))
        .collect()
}
