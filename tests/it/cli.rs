//! The real `countersign` executable, as the README tells a user to run it.

use std::path::Path;
use std::process::{Command, Output};

use crate::support::golden_dir;
use crate::support::powershell::commands_of;

fn countersign(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_countersign"))
        .args(args)
        .env("SOURCE_DATE_EPOCH", "1767225600")
        .output()
        .expect("the countersign binary runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn example_then_plan_writes_a_script_per_role() {
    let work = tempfile::tempdir().expect("a temporary folder");
    let example = countersign(&["plan", "--example"]);
    assert!(example.status.success(), "{}", stderr(&example));
    let answers = work.path().join("a.toml");
    std::fs::write(&answers, &example.stdout).expect("write the answers");

    let out = work.path().join("out");
    let answers_arg = answers.to_string_lossy().into_owned();
    let out_arg = out.to_string_lossy().into_owned();
    let planned = countersign(&["plan", "--answers", &answers_arg, "--out", &out_arg]);
    assert!(planned.status.success(), "{}", stderr(&planned));
    let report = stdout(&planned);
    for procedure in [
        "Exchange Unified Messaging voice mail",
        "Outlook Web App IM and presence",
        "partner applications",
        "Autodiscover",
    ] {
        assert!(report.contains(procedure), "the report lacks {procedure}");
    }
    assert!(report.contains("may sign: RTCUniversalServerAdmins and RTCUniversalUserAdmins"));

    let mut written: Vec<String> = std::fs::read_dir(&out)
        .expect("the out folder exists")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    written.sort();
    for expected in [
        "exchange-org-admins.exchange-shell.ps1",
        "rtc-universal-server-admins.ps1",
        "rtc-universal-user-admins.ps1",
        "dns-admins.ps1",
    ] {
        assert!(written.iter().any(|w| w == expected), "{expected} not in {written:?}");
    }
    let script = std::fs::read_to_string(out.join("rtc-universal-server-admins.ps1")).expect("read a script");
    assert!(script.contains("# Generated: 2026-01-01T00:00:00Z"));
    assert!(script.contains("Set-CsOAuthConfiguration -Identity global -ExchangeAutodiscoverUrl 'https://autodiscover.contoso.com/autodiscover/autodiscover.svc'"));
    assert!(countersign::render::script::body_matches_header(script.trim_start_matches('\u{feff}')));
}

#[test]
fn json_output_is_the_plan() {
    let answers = golden_dir().join("exchange-2016-skype-2015").join("answers.toml");
    let output = countersign(&["plan", "--answers", &answers.to_string_lossy(), "--format", "json"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let plan: serde_json::Value = serde_json::from_slice(&output.stdout).expect("stdout is JSON");
    let keys: Vec<&str> = plan["steps"].as_array().expect("steps").iter().filter_map(|s| s["key"].as_str()).collect();
    assert!(keys.contains(&"owa.configure-setting-override"));
    assert!(!keys.contains(&"owa.configure-web-config"));
    assert_eq!(plan["features"]["column"], "A");
}

#[test]
fn invalid_answers_list_every_error_and_fail() {
    let work = tempfile::tempdir().expect("a temporary folder");
    let example = String::from_utf8(countersign(&["plan", "--example"]).stdout).expect("utf-8");
    let broken = example
        .replace("lync_pool_fqdn = \"pool01.contoso.com\"", "lync_pool_fqdn = \"pool01\"")
        .replace(
            "exchange_autodiscover_svc_url = \"https://autodiscover.contoso.com/autodiscover/autodiscover.svc\"",
            "exchange_autodiscover_svc_url = \"https://autodiscover.contoso.com/autodiscover/autodiscover.xml\"",
        )
        .replace("owa_application_id = \"OutlookWebApp\"", "owa_application_id = \"Outlook Web App\"");
    let path = work.path().join("broken.toml");
    std::fs::write(&path, broken).expect("write");
    let output = countersign(&["plan", "--answers", &path.to_string_lossy()]);
    assert!(!output.status.success());
    assert!(output.stdout.is_empty(), "nothing is planned from invalid answers");
    let errors = stderr(&output);
    assert!(errors.contains("3 problem(s)"), "{errors}");
    assert!(errors.contains("parameters.lync_pool_fqdn: \"pool01\" is refused: it has a single label"), "{errors}");
    assert!(errors.contains("autodiscover.svc"), "{errors}");
    assert!(
        errors.contains("parameters.owa_application_id: \"Outlook Web App\" is refused: it contains ' '"),
        "{errors}"
    );
}

#[test]
fn an_unsupported_combination_is_refused_with_its_reason() {
    let work = tempfile::tempdir().expect("a temporary folder");
    let example = String::from_utf8(countersign(&["plan", "--example"]).stdout).expect("utf-8");
    let path = work.path().join("lync2013-ex2016.toml");
    std::fs::write(&path, example.replace("exchange_version = \"2013\"", "exchange_version = \"2016\""))
        .expect("write");
    let output = countersign(&["plan", "--answers", &path.to_string_lossy()]);
    assert!(!output.status.success());
    assert!(
        stderr(&output)
            .contains("integrations.owa_im: \"true\" is refused: Lync Server 2013 does not support IM and presence"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn a_missing_file_is_a_clear_error() {
    let output = countersign(&["plan", "--answers", Path::new("no-such-file.toml").to_str().unwrap_or_default()]);
    assert!(!output.status.success());
    assert!(stderr(&output).contains("cannot read the file"));
}

/// Runs `countersign serve` with `config` until its log has said `wanted` `times` times (or a
/// minute has passed), then stops it; returns what it logged.
fn serve_until_logged(dir: &Path, config: &str, secret: &str, wanted: &str, times: usize) -> String {
    use std::io::BufRead;
    let config_path = dir.join("countersign.toml");
    std::fs::write(&config_path, config).expect("write the config");
    let port = crate::support::oidc::free_port();
    let mut child = Command::new(env!("CARGO_BIN_EXE_countersign"))
        .args(["--config", &config_path.to_string_lossy(), "--bind", &format!("127.0.0.1:{port}")])
        .args(["--db", &dir.join("countersign.db").to_string_lossy()])
        .env("COUNTERSIGN_OIDC_CLIENT_SECRET", secret)
        .env("RUST_LOG", "trace")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("the countersign binary runs");
    let lines = std::io::BufReader::new(child.stderr.take().expect("its standard error")).lines();
    let (sender, received) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in lines.map_while(Result::ok) {
            if sender.send(line).is_err() {
                break;
            }
        }
    });
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    let mut logged = String::new();
    while logged.matches(wanted).count() < times {
        let left = deadline.saturating_duration_since(std::time::Instant::now());
        match received.recv_timeout(left) {
            Ok(line) => {
                logged.push_str(&line);
                logged.push('\n');
            }
            Err(_) => break,
        }
    }
    let _ = child.kill();
    let _ = child.wait();
    logged.extend(received.try_iter().map(|line| line + "\n"));
    logged
}

#[test]
fn an_unreachable_provider_is_retried_with_a_log_line_and_the_secret_is_never_logged() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let provider_port = crate::support::oidc::free_port();
    let secret = "Secret-That-Must-Not-Appear-7f3a";
    let config = format!(
        "[oidc]\nissuer = \"http://127.0.0.1:{provider_port}\"\nclient_id = \"countersign\"\n\
         [oidc.roles]\n\"CS Admins\" = \"cs-administrator\"\n"
    );
    let retried = "cannot read the identity provider's discovery document";
    let logged = serve_until_logged(dir.path(), &config, secret, retried, 2);
    let retries = logged.matches(retried).count();
    assert!(retries >= 2, "discovery is retried, each time with a log line:\n{logged}");
    assert!(logged.contains("password sign-in works meanwhile"), "{logged}");
    assert!(logged.contains("/login/sso/callback"), "the redirect URL to register is logged:\n{logged}");
    assert!(!logged.contains(secret), "the client secret must never be logged:\n{logged}");
}

#[test]
fn a_wrong_oidc_setting_stops_the_start_with_its_name() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let config_path = dir.path().join("countersign.toml");
    std::fs::write(&config_path, "[oidc]\nissuer = \"https://idp.contoso.test\"\nclient_id = \"c\"\n[oidc.roles]\n\"CS Admins\" = \"cs-admin\"\n")
        .expect("write the config");
    let output =
        countersign(&["--config", &config_path.to_string_lossy(), "--db", &dir.path().join("c.db").to_string_lossy()]);
    assert!(!output.status.success());
    let message = stderr(&output);
    assert!(message.contains("\"cs-admin\" is not a role"), "{message}");
}

#[test]
fn plan_lang_gives_the_plan_and_the_scripts_in_korean_with_the_same_commands() {
    let work = tempfile::tempdir().expect("a temporary folder");
    let answers = work.path().join("a.toml");
    std::fs::write(&answers, &countersign(&["plan", "--example"]).stdout).expect("write the answers");
    let answers_arg = answers.to_string_lossy().into_owned();
    let (ko_dir, en_dir) = (work.path().join("ko"), work.path().join("en"));
    let (ko_arg, en_arg) = (ko_dir.to_string_lossy().into_owned(), en_dir.to_string_lossy().into_owned());
    let korean = countersign(&["plan", "--answers", &answers_arg, "--lang", "ko", "--out", &ko_arg]);
    assert!(korean.status.success(), "{}", stderr(&korean));
    let report = stdout(&korean);
    assert!(report.starts_with("Countersign 계획:"), "{report}");
    assert!(report.contains("작업 순서"), "{report}");
    let english = countersign(&["plan", "--answers", &answers_arg, "--out", &en_arg]);
    assert!(stdout(&english).starts_with("Countersign plan:"), "English stays the default");
    // Each script: the same lines for PowerShell to run, the words in Korean.
    let mut compared = 0;
    for entry in std::fs::read_dir(&en_dir).expect("the English scripts") {
        let name = entry.expect("an entry").file_name();
        let en = std::fs::read_to_string(en_dir.join(&name)).expect("the English script");
        let ko = std::fs::read_to_string(ko_dir.join(&name)).expect("the Korean script of the same name");
        assert!(ko.contains("# 언어: 한국어 (ko)"), "{name:?}");
        assert_eq!(commands_of(&ko), commands_of(&en), "{name:?}: the commands are the same");
        compared += 1;
    }
    assert!(compared > 3);
    let refused = countersign(&["plan", "--answers", &answers_arg, "--lang", "fr"]);
    assert!(!refused.status.success());
    assert!(
        stderr(&refused).contains("'fr' is not a language of Countersign: en, ko or zh-TW"),
        "{}",
        stderr(&refused)
    );
}
