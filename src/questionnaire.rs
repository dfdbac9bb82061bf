//! The questionnaire: versions, forests and topology, and which integrations
//! to plan. The catalog's conditions read these answers through [`fact`].

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum ExchangeVersion {
    #[serde(rename = "2007sp1")]
    Exchange2007Sp1,
    #[serde(rename = "2010")]
    Exchange2010,
    #[serde(rename = "2010sp1")]
    Exchange2010Sp1,
    #[serde(rename = "2013")]
    Exchange2013,
    #[serde(rename = "2016")]
    Exchange2016,
    #[serde(rename = "2019")]
    Exchange2019,
    /// Exchange Server Subscription Edition: for these procedures as 2019 (no Unified Messaging).
    #[serde(rename = "se")]
    ExchangeSe,
}

impl ExchangeVersion {
    pub const ALL: [(ExchangeVersion, &'static str, &'static str); 7] = [
        (ExchangeVersion::Exchange2007Sp1, "2007sp1", "Exchange Server 2007 SP1 or a later service pack"),
        (ExchangeVersion::Exchange2010, "2010", "Exchange Server 2010 (no service pack)"),
        (ExchangeVersion::Exchange2010Sp1, "2010sp1", "Exchange Server 2010 SP1 or later"),
        (ExchangeVersion::Exchange2013, "2013", "Exchange Server 2013"),
        (ExchangeVersion::Exchange2016, "2016", "Exchange Server 2016"),
        (ExchangeVersion::Exchange2019, "2019", "Exchange Server 2019"),
        (ExchangeVersion::ExchangeSe, "se", "Exchange Server Subscription Edition"),
    ];

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.iter().find(|(_, key, _)| key.eq_ignore_ascii_case(text.trim())).map(|(v, _, _)| *v)
    }

    pub fn key(self) -> &'static str {
        Self::ALL.iter().find(|(v, _, _)| *v == self).map_or("", |(_, key, _)| key)
    }

    pub fn name(self) -> &'static str {
        Self::ALL.iter().find(|(v, _, _)| *v == self).map_or("", |(_, _, name)| name)
    }

    /// The version as a menu shows it, in the request's language: the
    /// message `answer-exchange_version-<key>`, or the English name.
    pub fn label(self) -> String {
        choice_label("exchange_version", self.key(), self.name())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum LyncVersion {
    #[serde(rename = "2013")]
    Lync2013,
    #[serde(rename = "2015")]
    SkypeForBusiness2015,
    #[serde(rename = "2019")]
    SkypeForBusiness2019,
    /// Skype for Business Server Subscription Edition: for these procedures as 2019.
    #[serde(rename = "se")]
    SkypeForBusinessSe,
}

impl LyncVersion {
    pub const ALL: [(LyncVersion, &'static str, &'static str); 4] = [
        (LyncVersion::Lync2013, "2013", "Lync Server 2013"),
        (LyncVersion::SkypeForBusiness2015, "2015", "Skype for Business Server 2015"),
        (LyncVersion::SkypeForBusiness2019, "2019", "Skype for Business Server 2019"),
        (LyncVersion::SkypeForBusinessSe, "se", "Skype for Business Server Subscription Edition"),
    ];

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.iter().find(|(_, key, _)| key.eq_ignore_ascii_case(text.trim())).map(|(v, _, _)| *v)
    }

    pub fn key(self) -> &'static str {
        Self::ALL.iter().find(|(v, _, _)| *v == self).map_or("", |(_, key, _)| key)
    }

    pub fn name(self) -> &'static str {
        Self::ALL.iter().find(|(v, _, _)| *v == self).map_or("", |(_, _, name)| name)
    }

    /// The version as a menu shows it, in the request's language: the
    /// message `answer-lync_version-<key>`, or the English name.
    pub fn label(self) -> String {
        choice_label("lync_version", self.key(), self.name())
    }
}

/// The label of the choice `value` of the question `question`, in the
/// request's language: the message `answer-<question>-<value>`, or `english`.
pub fn choice_label(question: &str, value: &str, english: &str) -> String {
    crate::params::message_or(&format!("answer-{question}-{value}"), english)
}

/// Every answer of the questionnaire.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Questionnaire {
    pub exchange_version: ExchangeVersion,
    pub lync_version: LyncVersion,
    pub exchange_online: bool,
    pub lync_online: bool,
    pub cross_forest: bool,
    pub first_exchange_server: bool,
    pub um_services_colocated: bool,
    pub phone_edition_devices: bool,
    pub unified_messaging: bool,
    pub owa_im: bool,
    pub partner_applications: bool,
    pub autodiscover_oauth: bool,
}

/// What a question's answer is: yes/no, or one of a version list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuestionKind {
    YesNo,
    ExchangeVersion,
    LyncVersion,
}

/// One question, as conditions name it and the answers file spells it.
#[derive(Debug, Clone, Copy)]
pub struct Question {
    pub key: &'static str,
    /// The table of the answers file it lives in.
    pub section: &'static str,
    pub kind: QuestionKind,
    /// In English: the question, then what helps to answer it. [`Question::label`],
    /// [`Question::help`] and [`Question::full_text`] give them in the request's language.
    pub text: &'static str,
}

impl Question {
    /// The English question (up to its question mark) and the English help after it.
    fn english(&self) -> (String, &'static str) {
        match self.text.split_once('?') {
            Some((question, rest)) => (format!("{question}?"), rest.trim()),
            None => (self.text.to_owned(), ""),
        }
    }

    /// The question, in the request's language: the message `question-<key>`.
    pub fn label(&self) -> String {
        crate::params::message_or(&format!("question-{}", self.key), &self.english().0)
    }

    /// What helps to answer it (empty when nothing does), in the request's
    /// language: the message `question-<key>-help`.
    pub fn help(&self) -> String {
        match self.english().1 {
            "" => String::new(),
            english => crate::params::message_or(&format!("question-{}-help", self.key), english),
        }
    }

    /// The question and its help, as the answers file and its messages give it.
    pub fn full_text(&self) -> String {
        match self.help() {
            help if help.is_empty() => self.label(),
            help => format!("{} {help}", self.label()),
        }
    }
}

pub const QUESTIONS: &[Question] = &[
    Question {
        key: "exchange_version",
        section: "topology",
        kind: QuestionKind::ExchangeVersion,
        text: "Which Exchange Server version? 2007sp1, 2010, 2010sp1, 2013, 2016, 2019 or se (Subscription Edition)",
    },
    Question {
        key: "lync_version",
        section: "topology",
        kind: QuestionKind::LyncVersion,
        text: "Which Lync or Skype for Business Server? 2013 (Lync Server 2013), 2015, 2019 or se (Skype for Business Server, se the Subscription Edition)",
    },
    Question {
        key: "exchange_online",
        section: "topology",
        kind: QuestionKind::YesNo,
        text: "Is Exchange in Exchange Online rather than on your own servers?",
    },
    Question {
        key: "lync_online",
        section: "topology",
        kind: QuestionKind::YesNo,
        text: "Is Lync/Skype online (Skype for Business Online) rather than on your own servers?",
    },
    Question {
        key: "cross_forest",
        section: "topology",
        kind: QuestionKind::YesNo,
        text: "Are Exchange and Lync in different Active Directory forests?",
    },
    Question {
        key: "first_exchange_server",
        section: "topology",
        kind: QuestionKind::YesNo,
        text: "Is this the first Exchange server in the organisation? (Deploying it then needs Enterprise Admins)",
    },
    Question {
        key: "um_services_colocated",
        section: "topology",
        kind: QuestionKind::YesNo,
        text: "Do the UM Call Router service and the UM service run on the same machine? (Then the OWA trusted application pool must not be created)",
    },
    Question {
        key: "phone_edition_devices",
        section: "topology",
        kind: QuestionKind::YesNo,
        text: "Are Lync Phone Edition devices deployed, or about to be? (The dial plan's security must then match Lync's encryption)",
    },
    Question {
        key: "unified_messaging",
        section: "integrations",
        kind: QuestionKind::YesNo,
        text: "Integrate Exchange Unified Messaging voice mail?",
    },
    Question {
        key: "owa_im",
        section: "integrations",
        kind: QuestionKind::YesNo,
        text: "Integrate IM and presence in Outlook Web App?",
    },
    Question {
        key: "partner_applications",
        section: "integrations",
        kind: QuestionKind::YesNo,
        text: "Configure server-to-server authentication (partner applications)?",
    },
    Question {
        key: "autodiscover_oauth",
        section: "integrations",
        kind: QuestionKind::YesNo,
        text: "Configure Autodiscover and Lync's OAuth configuration?",
    },
];

/// Every message id the questions and the versions' labels are looked up by,
/// with the English text it stands for: the catalogs hold each of them.
pub fn messages() -> Vec<(String, String)> {
    let mut messages = Vec::new();
    for q in QUESTIONS {
        let (question, help) = q.english();
        messages.push((format!("question-{}", q.key), question));
        if !help.is_empty() {
            messages.push((format!("question-{}-help", q.key), help.to_owned()));
        }
    }
    let exchange = ExchangeVersion::ALL.iter().map(|(_, key, name)| ("exchange_version", *key, *name));
    let lync = LyncVersion::ALL.iter().map(|(_, key, name)| ("lync_version", *key, *name));
    for (question, key, name) in exchange.chain(lync) {
        messages.push((format!("answer-{question}-{key}"), name.to_owned()));
    }
    messages
}

/// The value of one answer, as a condition compares it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fact {
    YesNo(bool),
    Exchange(ExchangeVersion),
    Lync(LyncVersion),
}

impl Questionnaire {
    /// The answer to the question `key`; `None` for a key that is no question.
    pub fn fact(&self, key: &str) -> Option<Fact> {
        Some(match key {
            "exchange_version" => Fact::Exchange(self.exchange_version),
            "lync_version" => Fact::Lync(self.lync_version),
            "exchange_online" => Fact::YesNo(self.exchange_online),
            "lync_online" => Fact::YesNo(self.lync_online),
            "cross_forest" => Fact::YesNo(self.cross_forest),
            "first_exchange_server" => Fact::YesNo(self.first_exchange_server),
            "um_services_colocated" => Fact::YesNo(self.um_services_colocated),
            "phone_edition_devices" => Fact::YesNo(self.phone_edition_devices),
            "unified_messaging" => Fact::YesNo(self.unified_messaging),
            "owa_im" => Fact::YesNo(self.owa_im),
            "partner_applications" => Fact::YesNo(self.partner_applications),
            "autodiscover_oauth" => Fact::YesNo(self.autodiscover_oauth),
            _ => return None,
        })
    }
}

pub fn question(key: &str) -> Option<&'static Question> {
    QUESTIONS.iter().find(|q| q.key == key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_question_has_a_fact() {
        let answers = Questionnaire {
            exchange_version: ExchangeVersion::Exchange2013,
            lync_version: LyncVersion::Lync2013,
            exchange_online: false,
            lync_online: false,
            cross_forest: false,
            first_exchange_server: false,
            um_services_colocated: false,
            phone_edition_devices: false,
            unified_messaging: true,
            owa_im: false,
            partner_applications: false,
            autodiscover_oauth: false,
        };
        for q in QUESTIONS {
            let fact = answers.fact(q.key);
            let matches_kind = matches!(
                (q.kind, fact),
                (QuestionKind::YesNo, Some(Fact::YesNo(_)))
                    | (QuestionKind::ExchangeVersion, Some(Fact::Exchange(_)))
                    | (QuestionKind::LyncVersion, Some(Fact::Lync(_)))
            );
            assert!(matches_kind, "{}", q.key);
        }
        assert_eq!(answers.fact("nonsense"), None);
    }

    #[test]
    fn the_english_catalog_says_what_the_questions_say() {
        // The catalog marks code with backticks (shown as code); the words are the same.
        for (id, english) in messages() {
            assert_eq!(crate::i18n::Lang::En.t(&id).replace('`', ""), english, "{id}");
        }
        for q in QUESTIONS {
            assert_eq!(q.full_text().replace('`', ""), q.text, "{}", q.key);
        }
        assert_eq!(ExchangeVersion::Exchange2010.label(), "Exchange Server 2010 (no service pack)");
    }

    #[test]
    fn versions_are_ordered_and_round_trip() {
        assert!(ExchangeVersion::Exchange2010 < ExchangeVersion::Exchange2010Sp1);
        assert!(ExchangeVersion::Exchange2010Sp1 < ExchangeVersion::Exchange2013);
        for (version, key, _) in ExchangeVersion::ALL {
            assert_eq!(ExchangeVersion::parse(key), Some(version));
        }
        assert_eq!(LyncVersion::parse("2015"), Some(LyncVersion::SkypeForBusiness2015));
        assert_eq!(ExchangeVersion::parse("2003"), None);
    }
}
