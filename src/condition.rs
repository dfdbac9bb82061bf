//! The small language the catalog writes its conditions in, such as
//! `exchange_version >= 2013 and not um_services_colocated`.
//!
//! Conditions are parsed once, when the catalog loads, against the
//! questionnaire: an unknown question, a version that does not exist or a
//! comparison of a yes/no answer is an error then, not a surprise later.

use std::cmp::Ordering;
use std::fmt;

use crate::questionnaire::{ExchangeVersion, Fact, LyncVersion, QuestionKind, Questionnaire, question};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Condition {
    Always,
    Answer(&'static str),
    Compare(&'static str, Comparison, Fact),
    Not(Box<Condition>),
    And(Box<Condition>, Box<Condition>),
    Or(Box<Condition>, Box<Condition>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Comparison {
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
}

impl Comparison {
    fn holds(self, ordering: Ordering) -> bool {
        match self {
            Comparison::Equal => ordering == Ordering::Equal,
            Comparison::NotEqual => ordering != Ordering::Equal,
            Comparison::Less => ordering == Ordering::Less,
            Comparison::LessOrEqual => ordering != Ordering::Greater,
            Comparison::Greater => ordering == Ordering::Greater,
            Comparison::GreaterOrEqual => ordering != Ordering::Less,
        }
    }
}

impl Condition {
    pub fn parse(text: &str) -> Result<Condition, String> {
        let tokens = tokenize(text)?;
        if tokens.is_empty() {
            return Err("the condition is empty".to_owned());
        }
        let mut parser = Parser { tokens, position: 0 };
        let condition = parser.or()?;
        match parser.tokens.get(parser.position) {
            None => Ok(condition),
            Some(token) => Err(format!("unexpected '{token}' after a complete condition")),
        }
    }

    /// Parses an optional condition; none means always.
    pub fn parse_optional(text: Option<&str>) -> Result<Condition, String> {
        text.map_or(Ok(Condition::Always), Condition::parse)
    }

    pub fn holds(&self, answers: &Questionnaire) -> bool {
        match self {
            Condition::Always => true,
            Condition::Answer(key) => answers.fact(key) == Some(Fact::YesNo(true)),
            Condition::Compare(key, comparison, wanted) => match (answers.fact(key), wanted) {
                (Some(Fact::Exchange(have)), Fact::Exchange(want)) => comparison.holds(have.cmp(want)),
                (Some(Fact::Lync(have)), Fact::Lync(want)) => comparison.holds(have.cmp(want)),
                _ => false,
            },
            Condition::Not(inner) => !inner.holds(answers),
            Condition::And(left, right) => left.holds(answers) && right.holds(answers),
            Condition::Or(left, right) => left.holds(answers) || right.holds(answers),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Token {
    Word(String),
    Operator(Comparison),
    Open,
    Close,
}

impl fmt::Display for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Token::Word(word) => f.write_str(word),
            Token::Operator(op) => f.write_str(match op {
                Comparison::Equal => "==",
                Comparison::NotEqual => "!=",
                Comparison::Less => "<",
                Comparison::LessOrEqual => "<=",
                Comparison::Greater => ">",
                Comparison::GreaterOrEqual => ">=",
            }),
            Token::Open => f.write_str("("),
            Token::Close => f.write_str(")"),
        }
    }
}

fn tokenize(text: &str) -> Result<Vec<Token>, String> {
    let mut tokens = Vec::new();
    let mut chars = text.chars().peekable();
    while let Some(&c) = chars.peek() {
        if c.is_whitespace() {
            chars.next();
        } else if c.is_ascii_alphanumeric() || c == '_' {
            let mut word = String::new();
            while let Some(&c) = chars.peek().filter(|c| c.is_ascii_alphanumeric() || **c == '_') {
                word.push(c);
                chars.next();
            }
            tokens.push(Token::Word(word));
        } else if c == '(' || c == ')' {
            chars.next();
            tokens.push(if c == '(' { Token::Open } else { Token::Close });
        } else if matches!(c, '=' | '!' | '<' | '>') {
            chars.next();
            let with_equals = chars.next_if_eq(&'=').is_some();
            let op = match (c, with_equals) {
                ('=', true) => Comparison::Equal,
                ('!', true) => Comparison::NotEqual,
                ('<', false) => Comparison::Less,
                ('<', true) => Comparison::LessOrEqual,
                ('>', false) => Comparison::Greater,
                ('>', true) => Comparison::GreaterOrEqual,
                _ => return Err(format!("'{c}' is not an operator; use ==, !=, <, <=, > or >=")),
            };
            tokens.push(Token::Operator(op));
        } else {
            return Err(format!("unexpected character '{c}'"));
        }
    }
    Ok(tokens)
}

struct Parser {
    tokens: Vec<Token>,
    position: usize,
}

impl Parser {
    fn next(&mut self) -> Option<Token> {
        let token = self.tokens.get(self.position).cloned();
        self.position += 1;
        token
    }

    fn next_is_word(&mut self, word: &str) -> bool {
        let found = matches!(self.tokens.get(self.position), Some(Token::Word(w)) if w == word);
        if found {
            self.position += 1;
        }
        found
    }

    fn or(&mut self) -> Result<Condition, String> {
        let mut left = self.and()?;
        while self.next_is_word("or") {
            left = Condition::Or(Box::new(left), Box::new(self.and()?));
        }
        Ok(left)
    }

    fn and(&mut self) -> Result<Condition, String> {
        let mut left = self.unary()?;
        while self.next_is_word("and") {
            left = Condition::And(Box::new(left), Box::new(self.unary()?));
        }
        Ok(left)
    }

    fn unary(&mut self) -> Result<Condition, String> {
        if self.next_is_word("not") {
            return Ok(Condition::Not(Box::new(self.unary()?)));
        }
        match self.next() {
            Some(Token::Open) => {
                let inner = self.or()?;
                match self.next() {
                    Some(Token::Close) => Ok(inner),
                    _ => Err("a '(' is not closed".to_owned()),
                }
            }
            Some(Token::Word(word)) => self.answer(&word),
            Some(token) => Err(format!("expected a question, found '{token}'")),
            None => Err("the condition ends too early".to_owned()),
        }
    }

    fn answer(&mut self, word: &str) -> Result<Condition, String> {
        let Some(q) = question(word) else {
            return Err(format!("'{word}' is not a question of the questionnaire"));
        };
        let comparison = match self.tokens.get(self.position) {
            Some(Token::Operator(op)) => {
                self.position += 1;
                Some(*op)
            }
            _ => None,
        };
        match (q.kind, comparison) {
            (QuestionKind::YesNo, None) => Ok(Condition::Answer(q.key)),
            (QuestionKind::YesNo, Some(_)) => Err(format!("'{word}' is a yes/no question; use it alone or with not")),
            (_, None) => Err(format!("'{word}' is a version; compare it, as in {word} >= 2013")),
            (kind, Some(op)) => {
                let value = match self.next() {
                    Some(Token::Word(value)) => value,
                    _ => return Err(format!("'{word}' is compared with nothing")),
                };
                let fact = match kind {
                    QuestionKind::ExchangeVersion => ExchangeVersion::parse(&value).map(Fact::Exchange),
                    _ => LyncVersion::parse(&value).map(Fact::Lync),
                };
                fact.map(|fact| Condition::Compare(q.key, op, fact))
                    .ok_or_else(|| format!("'{value}' is not a version of {word}"))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::questionnaire::LyncVersion;

    fn answers() -> Questionnaire {
        Questionnaire {
            exchange_version: ExchangeVersion::Exchange2013,
            lync_version: LyncVersion::Lync2013,
            exchange_online: false,
            lync_online: false,
            cross_forest: true,
            first_exchange_server: false,
            um_services_colocated: false,
            phone_edition_devices: true,
            unified_messaging: true,
            owa_im: true,
            partner_applications: false,
            autodiscover_oauth: false,
        }
    }

    fn holds(text: &str) -> bool {
        Condition::parse(text).expect("condition parses").holds(&answers())
    }

    #[test]
    fn evaluates_answers_and_versions() {
        assert!(holds("cross_forest"));
        assert!(!holds("not cross_forest"));
        assert!(holds("exchange_version >= 2013 and lync_version == 2013"));
        assert!(holds("exchange_version < 2016"));
        assert!(!holds("exchange_version < 2010sp1"));
        assert!(holds("partner_applications or (owa_im and not um_services_colocated)"));
        assert!(!holds("partner_applications or owa_im and um_services_colocated"));
        assert!(holds("exchange_version != 2019"));
    }

    #[test]
    fn refuses_what_it_cannot_mean() {
        let error = |text: &str| Condition::parse(text).expect_err(text);
        assert!(error("exchange >= 2013").contains("not a question"));
        assert!(error("exchange_version >= 2003").contains("not a version"));
        assert!(error("cross_forest == 2013").contains("yes/no"));
        assert!(error("exchange_version").contains("compare it"));
        assert!(error("(owa_im").contains("not closed"));
        assert!(error("owa_im owa_im").contains("unexpected"));
        assert!(error("owa_im & um").contains("unexpected character"));
        assert!(error("").contains("empty"));
        assert!(error("owa_im and").contains("too early"));
    }
}
