//! The portal in Korean and Traditional Chinese, as its users reach it: the
//! switcher, the language kept with the account, the pages without English
//! left in them, validation in the reader's language, and scripts whose
//! instructions are translated while their commands stay byte for byte.

use std::collections::BTreeSet;

use reqwest::{Client, StatusCode};

use super::{TestApp, client, csrf_of, location, text};
use crate::support::powershell::commands_of;

/// Words that are not English left over but names: products, Active
/// Directory's groups, acronyms, formats. Everything else in ASCII letters
/// on a Korean or Chinese page is a message that did not come from the catalog.
const NAMES: &[&str] = &[
    "Countersign",
    "Exchange",
    "Server",
    "Lync",
    "Skype",
    "for",
    "Business",
    "Online",
    "Outlook",
    "Web",
    "App",
    "Active",
    "Directory",
    "Windows",
    "PowerShell",
    "Microsoft",
    "Enterprise",
    "Voice",
    "Phone",
    "Edition",
    "Subscription",
    "SE",
    "UCMA",
    "IIS",
    "ExchUcUtil",
    "OcsUmUtil",
    "UM",
    "IM",
    "OWA",
    "SIP",
    "DNS",
    "FQDN",
    "OAuth",
    "TLS",
    "MTLS",
    "PSTN",
    "URI",
    "URL",
    "URLs",
    "ID",
    "OU",
    "CSV",
    "JSON",
    "Lines",
    "SHA",
    "SAN",
    "CA",
    "EWS",
    "API",
    "HTTP",
    "HTTPS",
    "UTC",
    "SMTP",
    "TCP",
    "IP",
    "AD",
    "ESU",
    "XML",
    "DN",
    "OK",
    "Enter",
    "Ctrl",
    "Dual",
    "TOML",
    "English",
    "Call",
    "Router",
    "Mailbox",
    "Client",
    "Access",
    "Front",
    "End",
    "Edge",
    "Hub",
    "Transport",
    "Management",
    "Shell",
    "Administrators",
    "Admins",
    "Organization",
    "Recipient",
    "Domain",
    "RTCUniversalServerAdmins",
    "RTCUniversalUserAdmins",
    "CsAdministrator",
    "DnsAdmins",
    "Setup",
    "Load",
    "Data",
    "Dial",
    "Plans",
    "Add",
    "Name",
    "Address",
    "Contact",
    "Type",
    "Number",
    "Organizational",
    "unit",
    "Application",
    "MSExchangeOWAAppPool",
    "SIPSecured",
    "Secured",
    "Unsecured",
    "Denied",
    "Internet",
    "services",
    "successfully",
    "restarted",
    "recycled",
    "Autodiscover",
    "autodiscover",
    "svc",
    "OpenID",
    "Connect",
    "Merkle",
    "tlog",
    "proof",
    "checkpoint",
    "Ed25519",
    "vkey",
    "EX01",
    "EX02",
    "PIN",
    "Attendant",
    "Auto",
    "Schema",
    // Paper sizes, and the policy name Exchange gives every dial plan's first policy.
    "Letter",
    "Default",
    "Policy",
    "Webhook",
    "https",
];

/// What a page says in words, with what is not words taken out: markup,
/// commands and code, values typed into forms, and names made of data.
fn words_of(page: &str, data: &[&str]) -> String {
    let mut rest = page.to_owned();
    for tag in ["script", "style", "pre", "code", "textarea", "kbd", "samp", "option"] {
        while let Some(start) = rest.find(&format!("<{tag}")) {
            let close = format!("</{tag}>");
            let end = rest[start..].find(&close).map_or(rest.len(), |e| start + e + close.len());
            rest.replace_range(start..end, " ");
        }
    }
    // What the page itself marks as not to translate, or as English: recorded
    // values, citations of Microsoft's English references.
    for marker in [" translate=\"no\"", " lang=\"en\""] {
        while let Some(at) = rest.find(marker) {
            let Some(start) = rest[..at].rfind('<') else { break };
            let name: String = rest[start + 1..].chars().take_while(char::is_ascii_alphanumeric).collect();
            let end = element_end(&rest, start, &name);
            rest.replace_range(start..end, " ");
        }
    }
    // Text between tags, and the attributes people read.
    let mut said = String::new();
    let mut inside = false;
    let mut tag = String::new();
    for c in rest.chars() {
        match (inside, c) {
            (false, '<') => {
                inside = true;
                tag.clear();
            }
            (true, '>') => {
                inside = false;
                for attribute in ["title=\"", "aria-label=\"", "placeholder=\"", "alt=\"", "data-label=\""] {
                    let mut from = 0;
                    while let Some(at) = tag[from..].find(attribute) {
                        let start = from + at + attribute.len();
                        let end = tag[start..].find('"').map_or(tag.len(), |e| start + e);
                        said.push(' ');
                        said.push_str(&tag[start..end]);
                        from = end;
                    }
                }
                said.push(' ');
            }
            (true, c) => tag.push(c),
            (false, c) => said.push(c),
        }
    }
    let mut said = said
        .replace("&#34;", "\"")
        .replace("&#39;", "'")
        .replace("&#38;", "&")
        .replace("&#60;", "<")
        .replace("&#62;", ">")
        .replace("&nbsp;", " ");
    let mut data = data.to_vec();
    data.sort_by_key(|d| std::cmp::Reverse(d.len()));
    for value in data.into_iter().filter(|d| !d.is_empty()) {
        // Whole words only: a person called "Administrator" is not inside "Administrators".
        let mut kept = String::with_capacity(said.len());
        let mut rest = said.as_str();
        while let Some(at) = rest.find(value) {
            let before = rest[..at].chars().next_back();
            let after = rest[at + value.len()..].chars().next();
            let whole =
                !before.is_some_and(|c| c.is_ascii_alphanumeric()) && !after.is_some_and(|c| c.is_ascii_alphanumeric());
            kept.push_str(&rest[..at]);
            kept.push_str(if whole { " " } else { value });
            rest = &rest[at + value.len()..];
        }
        kept.push_str(rest);
        said = kept;
    }
    said
}

/// Where the element opened at `start` ends, with the elements of its name inside it.
fn element_end(page: &str, start: usize, name: &str) -> usize {
    let (open, close) = (format!("<{name}"), format!("</{name}>"));
    let mut depth = 0;
    let mut at = start;
    while at < page.len() {
        let next_open = page[at + 1..].find(&open).map(|i| at + 1 + i);
        let next_close = page[at..].find(&close).map(|i| at + i);
        match (next_open, next_close) {
            (Some(o), Some(c)) if o < c => {
                depth += 1;
                at = o;
            }
            (_, Some(c)) if depth == 0 => return c + close.len(),
            (_, Some(c)) => {
                depth -= 1;
                at = c + 1;
            }
            _ => break,
        }
    }
    page.len()
}

/// The English words of a page: each ASCII word that is not a name, a key,
/// a command, a switch, a file, an address or a number. Words written next
/// to a command, with no other language between them, belong to it
/// (`Select-Object Thumbprint, Subject`).
fn english_left(page: &str, data: &[&str]) -> BTreeSet<String> {
    let names: BTreeSet<&str> = NAMES.iter().copied().collect();
    let mut left = BTreeSet::new();
    let mut in_code = false;
    for token in words_of(page, data)
        .split(|c: char| c.is_whitespace() || "()[]{},;!?\"'“”「」、，。：；（）|<>*·—–…".contains(c))
    {
        if token.is_empty() {
            continue;
        }
        if !token.is_ascii() {
            in_code = false;
            continue;
        }
        let trimmed = token.trim_matches(|c: char| ":-_/\\+#%&@$".contains(c));
        let code = token.contains(['.', '/', '\\', '@', '_', '$', '=', '`'])
            || token.trim_end_matches(':').contains(':')
            || token.chars().any(|c| c.is_ascii_digit())
            || trimmed.chars().skip(1).any(|c| c.is_ascii_uppercase())
            || trimmed.split_once('-').is_some_and(|(verb, _)| verb.starts_with(|c: char| c.is_ascii_uppercase()))
            || trimmed.starts_with('-');
        if code {
            in_code = true;
            continue;
        }
        if in_code {
            continue;
        }
        for word in trimmed.split('-').filter(|w| w.len() > 1 && w.chars().all(|c| c.is_ascii_alphabetic())) {
            if !names.contains(word) {
                left.insert(word.to_owned());
            }
        }
    }
    left
}

async fn choose(app: &TestApp, client: &Client, lang: &str, back: &str) -> reqwest::Response {
    app.post_form(client, "/language", back, &[("lang", lang), ("back", back)]).await
}

fn html_lang(page: &str) -> String {
    let marker = "<html lang=\"";
    page.find(marker).map(|i| page[i + marker.len()..].chars().take_while(|c| *c != '"').collect()).unwrap_or_default()
}

#[tokio::test]
async fn the_switcher_keeps_the_person_on_the_page_and_the_account_keeps_the_choice() {
    let app = TestApp::spawn().await;
    // Not signed in: the browser's language, then a link that sets a cookie and comes back.
    let anonymous = client();
    let page = text(app.get(&anonymous, "/login").await).await;
    assert_eq!(html_lang(&page), "en");
    let chinese = Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .default_headers(
            [(reqwest::header::ACCEPT_LANGUAGE, "zh-TW,zh;q=0.9,en;q=0.5".parse().expect("a header"))]
                .into_iter()
                .collect(),
        )
        .build()
        .expect("a client");
    assert_eq!(html_lang(&text(app.get(&chinese, "/login").await).await), "zh-TW", "Accept-Language is followed");
    let link = "/language?lang=ko&#38;back=%2Flogin";
    assert!(page.contains(link), "the sign-in page links to Korean: {page}");
    let response = app.get(&anonymous, &link.replace("&#38;", "&")).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&response), "/login", "back to the same page");
    let page = text(app.get(&anonymous, "/login").await).await;
    assert_eq!(html_lang(&page), "ko");
    assert!(page.contains("로그인"), "the sign-in page is Korean");
    // The way back is a path of the portal, nothing else.
    for elsewhere in ["https://example.net/", "//example.net/x", "/\\example.net"] {
        let query = serde_urlencoded::to_string([("lang", "ko"), ("back", elsewhere)]).expect("a query");
        let response = app.get(&anonymous, &format!("/language?{query}")).await;
        assert_eq!(location(&response), "/", "{elsewhere} is not a way back");
    }
    let response = app.get(&anonymous, "/language?lang=tlh&back=/login").await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    assert!(text(response).await.contains("tlh"), "the refusal names the value");

    // Signed in: the choice is kept with the account, audited, and followed in another browser.
    let admin = app.admin().await;
    let response = choose(&app, &admin, "zh-TW", "/features").await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&response), "/features");
    let page = text(app.get(&admin, "/features").await).await;
    assert_eq!(html_lang(&page), "zh-TW");
    let elsewhere = app.admin().await;
    assert_eq!(html_lang(&text(app.get(&elsewhere, "/").await).await), "zh-TW", "the account's choice wins");
    // There the cookie follows the account, so the pages drawn before the session is read
    // (a refused form's error page) and the sign-in page after signing out speak it too.
    let refused = elsewhere.post(app.url("/inbox/read")).form(&[("csrf", "wrong")]).send().await.expect("answers");
    assert_eq!(html_lang(&text(refused).await), "zh-TW");
    assert_eq!(app.post_form(&elsewhere, "/logout", "/", &[]).await.status(), StatusCode::SEE_OTHER);
    assert_eq!(html_lang(&text(app.get(&elsewhere, "/login").await).await), "zh-TW", "signed out, still Chinese");
    // Choosing in that browser: the new choice wins over the one the cookie followed.
    let elsewhere = app.admin().await;
    let response = choose(&app, &elsewhere, "ko", "/").await;
    let set: Vec<String> = response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .filter(|v| v.starts_with("cs_lang="))
        .map(str::to_owned)
        .collect();
    assert_eq!(set.len(), 1, "one language cookie: {set:?}");
    assert!(set[0].starts_with("cs_lang=ko;"), "{set:?}");
    choose(&app, &elsewhere, "zh-TW", "/").await;
    let events: Vec<String> =
        sqlx::query_scalar("SELECT detail FROM audit_events WHERE action = 'user.language' ORDER BY seq")
            .fetch_all(&app.db().await)
            .await
            .expect("rows");
    let chosen: Vec<bool> = events.iter().map(|e| e.contains("\"to\":\"zh-TW\"")).collect();
    assert_eq!(chosen, [true, false, true], "each choice is an event: {events:?}");
    assert!(events[1].contains("\"from\":\"zh-TW\",\"to\":\"ko\""), "{}", events[1]);
    // A form without its token changes nothing.
    let response =
        admin.post(app.url("/language")).form(&[("lang", "ko"), ("back", "/")]).send().await.expect("answers");
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    assert_eq!(html_lang(&text(app.get(&admin, "/").await).await), "zh-TW");
}

/// The demo portal with its people in `lang`, a step signed so that there
/// are handoffs, inbox messages and refusals to show.
async fn demo_in(lang: &str) -> (TestApp, Vec<(String, Client)>) {
    let (app, users) = TestApp::spawn_demo().await;
    let mut clients = Vec::new();
    for name in ["admin", "coordinator", "auditor", "exchange-team", "lync-team"] {
        let client = match name {
            "admin" => app.admin().await,
            _ => {
                let password = users.iter().find(|(u, _)| u == name).map(|(_, p)| p.clone()).expect("a demo user");
                app.login(name, &password).await
            }
        };
        assert_eq!(choose(&app, &client, lang, "/").await.status(), StatusCode::SEE_OTHER);
        clients.push((name.to_owned(), client));
    }
    let exchange = &clients[3].1;
    let first = super::steps_support::Step { app: &app, id: 1, key: "um.deploy-exchange" };
    assert_eq!(first.act(exchange, "sign", &[("note", "설치 완료")]).await.status(), StatusCode::SEE_OTHER);
    // A refusal, kept on the trail in English and shown in the reader's language.
    // The signer sends the countersign form the other team's page has: refused, it is their own.
    let lync = &clients[4].1;
    let (_, version, nonce, content) =
        super::steps_support::form_fields(&first.page(lync).await, "countersign").expect("a countersign form");
    let csrf = csrf_of(&first.page(exchange).await);
    let refused = first.post(exchange, &csrf, "countersign", &version, &nonce, &content, &[("note", "x")], None).await;
    assert!(refused.status().is_client_error(), "{}", refused.status());
    let page = text(refused).await;
    assert_eq!(html_lang(&page), lang);
    assert!(
        english_left(&page, &["exchange-team", "Demo Exchange team"]).is_empty(),
        "the refusal is in {lang}: {page}"
    );
    let reason: String = sqlx::query_scalar(&format!(
        "SELECT {} FROM audit_events WHERE action = 'step.countersign' AND outcome = 'refused'",
        crate::support::database::json_member(&app.db, "detail", "reason")
    ))
    .fetch_one(&app.db().await)
    .await
    .expect("the refusal is on the trail");
    assert!(
        reason.is_ascii() && reason.contains("a different person must countersign"),
        "the trail keeps English: {reason}"
    );
    assert_eq!(first.act(lync, "countersign", &[("note", "확인함")]).await.status(), StatusCode::SEE_OTHER);
    (app, clients)
}

#[tokio::test]
async fn korean_and_chinese_pages_leave_no_english_outside_commands_and_names() {
    let mut found = Vec::new();
    for lang in ["ko", "zh-TW"] {
        let (app, clients) = demo_in(lang).await;
        let client = |name: &str| &clients.iter().find(|(n, _)| n == name).expect("a demo client").1;
        let deployment = text(app.get(client("coordinator"), "/deployments/1").await).await;
        let name_start = deployment.find("<h1>").expect("a heading") + 4;
        let name = deployment[name_start..].chars().take_while(|c| *c != '<').collect::<String>();
        let people: Vec<String> = sqlx::query_scalar("SELECT display_name FROM users UNION SELECT username FROM users")
            .fetch_all(&app.db().await)
            .await
            .expect("names");
        let mut data: Vec<&str> = people.iter().map(String::as_str).collect();
        data.push(name.trim());
        data.push("설치 완료");
        let pages = [
            ("exchange-team", "/"),
            ("coordinator", "/deployments"),
            ("coordinator", "/deployments/1"),
            ("exchange-team", "/deployments/1/steps/um.deploy-exchange"),
            ("lync-team", "/deployments/1/steps/um.deploy-exchange"),
            ("coordinator", "/deployments/1/steps/um.create-dial-plan"),
            ("exchange-team", "/deployments/1/scripts"),
            ("coordinator", "/deployments/1/parameters"),
            ("coordinator", "/deployments/new"),
            ("coordinator", "/features"),
            ("lync-team", "/inbox"),
            ("auditor", "/dashboard"),
            ("auditor", "/audit"),
            ("auditor", "/audit/events"),
            ("auditor", "/deployments/1/report"),
            ("admin", "/admin/users"),
            ("admin", "/account/password"),
            ("coordinator", "/no-such-page"),
        ];
        let anonymous = super::client();
        app.get(&anonymous, &format!("/language?lang={lang}&back=/login")).await;
        let login = text(app.get(&anonymous, "/login").await).await;
        assert_eq!(html_lang(&login), lang);
        let left = english_left(&login, &data);
        if !left.is_empty() {
            found.push(format!("{lang} /login (not signed in): {left:?}"));
        }
        for (who, path) in pages {
            let page = text(app.get(client(who), path).await).await;
            assert_eq!(html_lang(&page), lang, "{path} as {who}");
            let left = english_left(&page, &data);
            if !left.is_empty() {
                // What was read, for whoever fixes the finding.
                let dump = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("language-pages").join(lang);
                let name = format!("{}-{who}", path.trim_matches('/').replace('/', "_"));
                let _ = std::fs::create_dir_all(&dump);
                let _ = std::fs::write(dump.join(format!("{name}.txt")), words_of(&page, &data));
                let _ = std::fs::write(dump.join(format!("{name}.html")), &page);
                found.push(format!("{lang} {path} ({who}): {left:?}"));
            }
        }
    }
    assert!(found.is_empty(), "English left on the pages:\n{}", found.join("\n"));
}

#[tokio::test]
async fn a_validation_error_in_korean_names_the_field_in_korean_and_shows_the_value() {
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    let password = app.create_user(&admin, "coord", &["coordinator"]).await;
    let coordinator = app.login("coord", &password).await;
    choose(&app, &coordinator, "ko", "/deployments/new").await;
    let response = app.post_deployment(&coordinator, &[("parameters.lync_pool_fqdn", "pool01..contoso.com")]).await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = text(response).await;
    let label = countersign::i18n::Lang::Ko.t("param-lync_pool_fqdn");
    assert!(label.chars().any(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c)), "the label is Korean: {label}");
    // The summary at the top names each field and links to it.
    let message = page
        .split("<a href=\"#parameters.lync_pool_fqdn\">")
        .nth(1)
        .and_then(|rest| rest.split("</a>").next())
        .unwrap_or_else(|| panic!("the error summary links to the field: {page}"));
    assert!(message.contains(&label), "the error names the field in Korean: {message}");
    assert!(message.contains("pool01..contoso.com"), "and shows the value: {message}");
    assert!(english_left(message, &[]).is_empty(), "and says the rule in Korean: {message}");
    assert!(page.contains("value=\"pool01..contoso.com\""), "what was typed is kept");
}

#[tokio::test]
async fn a_korean_script_says_everything_in_korean_and_runs_the_english_commands() {
    let (app, clients) = demo_in("ko").await;
    let exchange = &clients[3].1;
    let list = text(app.get(exchange, "/deployments/1/scripts").await).await;
    let file = list
        .match_indices("/deployments/1/scripts/")
        .map(|(i, m)| format!("{m}{}", list[i + m.len()..].chars().take_while(|c| *c != '"').collect::<String>()))
        .find(|path| path.ends_with(".ps1") && path.contains("exchange-org-admins"))
        .expect("a script of the Exchange organization administrators");
    let korean = text(app.get(exchange, &file).await).await;
    assert!(korean.starts_with('\u{FEFF}'), "UTF-8 with a byte order mark, for Windows PowerShell 5.1");
    assert!(korean.contains("# 언어: 한국어 (ko)"), "the header says the language");
    let says: Vec<&str> = korean.lines().filter(|l| l.trim_start().starts_with("Write-Host '")).collect();
    assert!(!says.is_empty());
    let hangul = |l: &&str| l.chars().any(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c));
    assert!(says.iter().all(hangul), "every instruction is Korean: {:?}", says.iter().find(|l| !hangul(l)));
    // The same script for someone reading English.
    choose(&app, exchange, "en", "/").await;
    let english = text(app.get(exchange, &file).await).await;
    assert!(english.contains("# Language: English (en)"));
    assert_eq!(commands_of(&korean), commands_of(&english), "the commands are the same, byte for byte");
    assert_ne!(korean, english);
}

#[tokio::test]
async fn a_handoff_reaches_each_person_in_the_language_they_chose() {
    let mut smtp = crate::support::smtp::SmtpSink::start().await;
    let outbox = countersign::web::OutboxConfig {
        smtp_url: Some(format!("smtp://127.0.0.1:{}", smtp.port)),
        mail_from: Some("countersign@contoso.com".to_owned()),
        ..Default::default()
    };
    let t = super::steps_support::team_with(TestApp::spawn_with_outbox(outbox).await, &[]).await;
    let admin = t.app.admin().await;
    let roles = ["rtc-universal-server-admins"];
    let korean = t.app.create_user_with_email(&admin, "lync-ko", "ko@contoso.com", &roles).await;
    let english = t.app.create_user_with_email(&admin, "lync-en", "en@contoso.com", &roles).await;
    let korean = t.app.login("lync-ko", &korean).await;
    choose(&t.app, &korean, "ko", "/").await;
    let _english = t.app.login("lync-en", &english).await;
    let (dns1, dns2, dns) = super::signoffs::prepare_autodiscover_handoff(&t).await;
    dns.sign_and_countersign(&dns1, &dns2).await;

    let db = t.app.db().await;
    let said = |sql: &'static str, who: &'static str| {
        let db = db.clone();
        async move { sqlx::query_scalar::<_, String>(sql).bind(who).fetch_one(&db).await.expect("a row") }
    };
    let inbox = "SELECT message FROM notifications n JOIN users u ON u.id = n.user_id WHERE u.username = $1";
    let (ko, en) = (said(inbox, "lync-ko").await, said(inbox, "lync-en").await);
    assert!(ko.contains("차례입니다"), "the Korean reader's inbox is Korean: {ko}");
    assert!(en.contains("your turn"), "the other's stays English: {en}");
    let subject = "SELECT subject FROM email_deliveries WHERE to_address = $1";
    let (ko_subject, en_subject) = (said(subject, "ko@contoso.com").await, said(subject, "en@contoso.com").await);
    assert!(ko_subject.contains("차례입니다"), "{ko_subject}");
    assert!(en_subject.starts_with("Countersign: your turn on"), "{en_subject}");
    // Both are delivered, the Korean subject encoded for mail (RFC 2047).
    let mut delivered = [smtp.next_message().await, smtp.next_message().await];
    delivered.sort_by_key(|m| !m.contains("To: ko@contoso.com"));
    assert!(delivered[0].contains("Subject: ") && delivered[0].contains("=?utf-8?b?"), "{}", delivered[0]);
    assert!(delivered[1].contains("Subject: Countersign: your turn on"), "{}", delivered[1]);
}

#[tokio::test]
async fn a_results_file_from_a_korean_script_is_held_to_the_same_commands() {
    let t = super::steps_support::team().await;
    choose(&t.app, &t.org1, "ko", "/").await;
    let path = format!("/deployments/{}/scripts/exchange-org-admins.exchange-shell.ps1", t.id);
    let script = text(t.app.get(&t.org1, &path).await).await;
    assert!(script.contains("# 언어: 한국어 (ko)"));
    let step = super::steps_support::Step { app: &t.app, id: t.id, key: "oauth.exchange-auth-certificate" };
    let page = step.page(&t.org1).await;
    let (csrf, version, nonce, content) = super::steps_support::form_fields(&page, "sign").expect("a sign form");
    let file = super::script_results::results_of(&script, |_| {});
    let note = [("note", "EX01에서 실행")];
    let response =
        step.post(&t.org1, &csrf, "sign", &version, &nonce, &content, &note, Some(("run.results.json", file))).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER, "{}", text(response).await);
    assert_eq!(step.state(&t.org2).await, "signed");
}

#[tokio::test]
async fn a_korean_auditor_reads_what_verifying_found_and_the_trail_keeps_english() {
    let (app, clients) = demo_in("ko").await;
    let auditor = &clients.iter().find(|(n, _)| n == "auditor").expect("the auditor").1;
    let db = super::audit_log::behind_the_portal(&app).await;
    sqlx::query("UPDATE audit_events SET actor_name = 'mallory' WHERE seq = 3").execute(&db).await.expect("edit");
    let response = app.post_form(auditor, "/audit/verify", "/audit", &[]).await;
    let page = text(response).await;
    assert_eq!(html_lang(&page), "ko");
    let problem = countersign::i18n::Lang::Ko.t_with("verify-changed", &[("seq", "3")]);
    assert!(page.contains(&problem), "the finding is said in Korean: {problem}\n{page}");
    let recorded: String =
        sqlx::query_scalar("SELECT detail FROM audit_events WHERE action = 'audit.verify' ORDER BY seq DESC LIMIT 1")
            .fetch_one(&db)
            .await
            .expect("the verification is on the trail");
    assert!(recorded.contains("event 3 was changed: its content no longer matches its hash"), "{recorded}");
}
