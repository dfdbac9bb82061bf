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
                && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
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
    // Used: named in a template or in the code, with its quotes.
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut sources = String::new();
    for dir in ["templates", "src/web", "src/services"] {
        for entry in walk(&root.join(dir)) {
            sources.push_str(&std::fs::read_to_string(entry).unwrap_or_default());
        }
    }
    let unused: Vec<_> = english.iter().filter(|id| !sources.contains(&format!("\"{id}\""))).collect();
    assert!(unused.is_empty(), "messages no page uses: {unused:?}");
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() { files.extend(walk(&path)) } else { files.push(path) }
    }
    files
}
