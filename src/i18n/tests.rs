use super::Lang;

#[test]
fn a_choice_wins_then_the_browser_by_weight_then_english() {
    assert_eq!(Lang::negotiate(Some("ko"), Some("zh-TW")), Lang::Ko);
    assert_eq!(Lang::negotiate(None, Some("en-US;q=0.5, zh-TW;q=0.9, ko;q=0.8")), Lang::ZhTw);
    assert_eq!(Lang::negotiate(None, Some("ko-KR,ko;q=0.9,en-US;q=0.8")), Lang::Ko);
    assert_eq!(Lang::negotiate(None, Some("zh-Hant-TW")), Lang::ZhTw);
    // Simplified Chinese is another written language: English, not Traditional Chinese.
    assert_eq!(Lang::negotiate(None, Some("zh-CN, zh;q=0.9")), Lang::En);
    assert_eq!(Lang::negotiate(None, Some("ko;q=0, fr")), Lang::En);
    assert_eq!(Lang::negotiate(Some("klingon"), Some("ko;q=x")), Lang::En);
    assert_eq!(Lang::negotiate(None, None), Lang::En);
}

#[test]
fn messages_come_in_each_language_with_their_arguments() {
    assert_eq!(Lang::En.t("nav-my-work"), "My work");
    assert_eq!(Lang::Ko.t("nav-my-work"), "내 작업");
    assert_eq!(Lang::ZhTw.t("nav-my-work"), "我的工作");
    assert_eq!(Lang::Ko.t_with("footer-request", &[("id", "abc")]), "요청 abc");
}

/// The message ids of one language's catalog files.
fn ids(lang: Lang) -> std::collections::BTreeSet<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/i18n/locales").join(lang.tag());
    let mut ids = std::collections::BTreeSet::new();
    for file in std::fs::read_dir(&dir).expect("the catalog folder") {
        let text = std::fs::read_to_string(file.expect("a file").path()).expect("a catalog file");
        for line in text.lines() {
            if let Some((id, _)) = line.split_once(" =")
                && !id.is_empty()
                && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
            {
                ids.insert(id.to_owned());
            }
        }
    }
    ids
}

#[test]
fn every_message_is_in_every_language_and_every_one_is_used() {
    let english = ids(Lang::En);
    assert!(english.len() >= 10);
    for lang in [Lang::Ko, Lang::ZhTw] {
        let other = ids(lang);
        let missing: Vec<_> = english.difference(&other).collect();
        let extra: Vec<_> = other.difference(&english).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{}: missing {missing:?}, not in English {extra:?}",
            lang.tag()
        );
    }
    // Used: named in a template or in the code, with its quotes, or one of a
    // family whose ids are made from the keys of what they name.
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut sources = String::new();
    for dir in ["templates", "src"] {
        for entry in
            walk(&root.join(dir)).into_iter().filter(|p| p.extension().is_some_and(|e| e == "rs" || e == "html"))
        {
            sources.push_str(&std::fs::read_to_string(entry).unwrap_or_default());
        }
    }
    let families = made_ids();
    let unused: Vec<_> = english
        .iter()
        .filter(|id| !sources.contains(&format!("\"{id}\"")) && !families.contains(*id))
        .filter(|id| !["event-", "outcome-"].iter().any(|family| id.starts_with(family)))
        .collect();
    assert!(unused.is_empty(), "messages no page uses: {unused:?}");
    let missing: Vec<_> = families.iter().filter(|id| !english.contains(*id)).collect();
    assert!(missing.is_empty(), "messages the code makes ids for but no catalog has: {missing:?}");
}

/// The ids made at run time from keys: `state-<step state>`,
/// `countersigner-<rule>`, `shell-<shell>`, `permission-<action>`, the parameters' labels and help,
/// the questions and their answers. The audit pages' `event-<action>` and
/// `outcome-<outcome>` are looked up from what the trail holds (a missing one
/// shows the key), so they count as used.
/// The keys of every action that needs permission (what a refusal says was refused).
fn permissions() -> impl Iterator<Item = &'static str> {
    use crate::auth::Action;
    [
        Action::ChangeOwnPassword,
        Action::ChooseLanguage,
        Action::CreateDeployment,
        Action::EditParameters,
        Action::OverrideStep,
        Action::CancelDeployment,
        Action::ManageUsers,
        Action::ReadDeployment(&[]),
        Action::ViewAudit,
        Action::BrowseAudit,
        Action::MoveDatabase,
    ]
    .into_iter()
    .map(|action| action.key())
}

fn made_ids() -> std::collections::BTreeSet<String> {
    use crate::workflow::{Countersigner, StepState};
    StepState::ALL
        .iter()
        .map(|s| format!("state-{}", s.key()))
        .chain(Countersigner::ALL.iter().map(|c| format!("countersigner-{}", c.key())))
        .chain(crate::catalog::Shell::ALL.iter().map(|s| format!("shell-{}", s.key())))
        .chain(crate::workflow::Kind::ALL.iter().map(|k| format!("action-{}", k.key())))
        .chain(crate::auth::PortalRole::ALL.iter().map(|r| format!("portal-role-{}", r.key())))
        .chain(permissions().map(|key| format!("permission-{}", key.replace('.', "-"))))
        .chain(crate::params::schema::messages().into_iter().map(|(id, _)| id))
        .chain(crate::questionnaire::messages().into_iter().map(|(id, _)| id))
        .collect()
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() { files.extend(walk(&path)) } else { files.push(path) }
    }
    files
}

/// Each catalog file's text, by its path under `locales/`.
fn catalog_files() -> Vec<(String, String)> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/i18n/locales");
    let mut files: Vec<(String, String)> = walk(&root)
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
        .map(|p| {
            let name = p.strip_prefix(&root).unwrap_or(&p).display().to_string();
            (name, std::fs::read_to_string(&p).expect("a catalog file"))
        })
        .collect();
    files.sort();
    files
}

#[test]
fn every_catalog_file_is_valid_fluent() {
    // A file that does not parse stops every message of the portal: say where.
    let mut problems = Vec::new();
    for (name, text) in catalog_files() {
        if let Err((_, errors)) = fluent_templates::fluent_bundle::FluentResource::try_new(text.clone()) {
            for error in errors {
                let line = text[..error.pos.start.min(text.len())].lines().count().max(1);
                problems.push(format!("{name}:{line}: {:?}", error.kind));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn no_message_is_defined_twice() {
    // Two files with one id make the catalog fail to load at all.
    for lang in Lang::ALL {
        let mut seen: std::collections::BTreeMap<String, String> = std::collections::BTreeMap::new();
        let mut twice = Vec::new();
        for (name, text) in
            catalog_files().into_iter().filter(|(name, _)| name.starts_with(&format!("{}/", lang.tag())))
        {
            for line in text.lines() {
                if let Some((id, _)) = line.split_once(" =")
                    && !id.is_empty()
                    && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
                    && let Some(first) = seen.insert(id.to_owned(), name.clone())
                {
                    twice.push(format!("{id} in {first} and {name}"));
                }
            }
        }
        assert!(twice.is_empty(), "{}", twice.join("\n"));
    }
}
