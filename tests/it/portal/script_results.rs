//! A script's results file, attached when signing: checked against the
//! approved text of the step and the script, shown with the sign-off, and
//! refused with a reason when it comes from another version.
//!
//! PowerShell does not run on this machine, so the results file is written
//! here the way the script's frame (`src/render/frame.ps1`) writes it, from
//! what the downloaded script itself holds: its body after the header line,
//! its name and deployment lines, and its `Add-CountersignStep` lines.

use reqwest::{Client, StatusCode};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

use super::steps_support::{Step, Team, form_fields, team};
use super::text;
use crate::support::powershell::{Token, tokenize};

const STEP: &str = "oauth.exchange-auth-certificate";
const SCRIPT: &str = "exchange-org-admins.exchange-shell.ps1";

/// The single-quoted values of a script line, read by the tests' own PowerShell tokenizer.
fn literals(line: &str) -> Vec<String> {
    tokenize(line)
        .expect("the line tokenizes")
        .into_iter()
        .filter_map(|t| match t {
            Token::SingleQuoted(value) => Some(value),
            _ => None,
        })
        .collect()
}

fn assigned(script: &str, variable: &str) -> String {
    let line = script
        .lines()
        .find(|l| l.starts_with(&format!("{variable} = ")))
        .unwrap_or_else(|| panic!("the script sets {variable}"));
    literals(line).into_iter().next().expect("a literal")
}

/// The results file a run of `script` writes, every step done and every check passed,
/// before `change` shapes it.
pub fn results_of(script: &str, change: impl FnOnce(&mut Value)) -> Vec<u8> {
    let marker = format!("{}\n", countersign::render::script::END_OF_HEADER);
    let body = script.split_once(&marker).expect("the header line").1;
    let steps: Vec<Value> = script
        .lines()
        .filter(|l| l.starts_with("Add-CountersignStep "))
        .map(|line| {
            let [key, hash] = <[String; 2]>::try_from(literals(line)).expect("the step key and its content hash");
            json!({
                "key": key, "content_sha256": hash, "ran": true, "status": "done", "error": "",
                "checks": [{ "kind": "verify", "command": "Get-AuthConfig | Format-List CurrentCertificateThumbprint",
                             "ok": true, "output": "\r\nCurrentCertificateThumbprint : 1A2B3C\r\n" }],
            })
        })
        .collect();
    assert!(!steps.is_empty(), "the script registers its steps");
    let mut file = json!({
        "format": "countersign-results/1",
        "script": assigned(script, "$countersignScriptName"),
        "deployment": assigned(script, "$countersignDeployment"),
        "body_sha256": hex::encode(Sha256::digest(body.as_bytes())),
        "check_mode": false,
        "computer": "EX01",
        "user": "CONTOSO\\exadmin",
        "started_at": "2026-12-01T10:00:00Z",
        "finished_at": "2026-12-01T10:02:00Z",
        "transcript": "countersign-exchange-org-admins-20261201-100000.log",
        "transcript_sha256": "ab".repeat(32),
        "steps": steps,
    });
    change(&mut file);
    serde_json::to_vec(&file).expect("JSON")
}

fn step_entry<'a>(file: &'a mut Value, key: &str) -> &'a mut Value {
    file["steps"].as_array_mut().and_then(|steps| steps.iter_mut().find(|s| s["key"] == key)).expect("the step's entry")
}

async fn script(t: &Team) -> String {
    let response = t.app.get(&t.org1, &format!("/deployments/{}/scripts/{SCRIPT}", t.id)).await;
    assert_eq!(response.status(), StatusCode::OK);
    let script = text(response).await;
    assert!(script.contains(&format!("Add-CountersignStep '{STEP}'")), "{SCRIPT} carries {STEP}");
    script
}

async fn sign_with(step: &Step<'_>, client: &Client, file: Vec<u8>) -> reqwest::Response {
    let page = step.page(client).await;
    let (csrf, version, nonce, content) = form_fields(&page, "sign").expect("a sign form");
    let note = [("note", "ran the script on EX01")];
    step.post(client, &csrf, "sign", &version, &nonce, &content, &note, Some(("run.results.json", file))).await
}

async fn refused(step: &Step<'_>, client: &Client, file: Vec<u8>, reason: &str) {
    let response = sign_with(step, client, file).await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = text(response).await;
    assert!(page.contains("evidence_file: &#34;run.results.json&#34; is refused"), "names the field and the file");
    assert!(page.contains(reason), "the reason {reason:?} is given: {page}");
    assert!(page.contains("ran the script on EX01"), "what was typed is kept");
    assert_eq!(step.state(client).await, "ready", "nothing was signed");
}

#[tokio::test]
async fn a_results_file_from_the_approved_script_is_shown_with_its_sign_off() {
    let t = team().await;
    let step = Step { app: &t.app, id: t.id, key: STEP };
    let script = script(&t).await;
    // As PowerShell 5.1's Set-Content -Encoding UTF8 would save it: with a byte order mark.
    let mut file = vec![0xEF, 0xBB, 0xBF];
    file.extend(results_of(&script, |_| {}));
    assert_eq!(sign_with(&step, &t.org1, file).await.status(), StatusCode::SEE_OTHER);
    assert_eq!(step.state(&t.org2).await, "signed");

    let page = step.page(&t.org2).await;
    for shown in [
        "Results of <code>exchange-org-admins.exchange-shell.ps1</code> on EX01 as CONTOSO\\exadmin",
        "step done, every check passed",
        "CurrentCertificateThumbprint : 1A2B3C",
        "Get-AuthConfig | Format-List CurrentCertificateThumbprint",
    ] {
        assert!(page.contains(shown), "the sign-off shows {shown:?}");
    }
    let detail: String = sqlx::query_scalar("SELECT detail FROM audit_events WHERE action = 'step.sign'")
        .fetch_one(&t.app.db().await)
        .await
        .expect("the sign event");
    let detail: Value = serde_json::from_str(&detail).expect("JSON");
    assert_eq!(detail["results"]["script"], SCRIPT);
    assert_eq!(detail["results"]["status"], "done");
    assert_eq!(detail["results"]["checks_passed"], true);
}

#[tokio::test]
async fn a_results_file_of_another_version_or_an_unfinished_run_is_refused_with_the_reason() {
    let t = team().await;
    let step = Step { app: &t.app, id: t.id, key: STEP };
    let old_script = script(&t).await;
    let step_hash = form_fields(&step.page(&t.org1).await, "sign").expect("a sign form").3;

    refused(&step, &t.org1, results_of(&old_script, |f| f["check_mode"] = json!(true)), "comes from a -Check run")
        .await;
    let failed = |f: &mut Value| {
        let entry = step_entry(f, STEP);
        entry["status"] = json!("failed");
        entry["error"] = json!("The certificate was not found");
    };
    refused(&step, &t.org1, results_of(&old_script, failed), "status failed: The certificate was not found").await;
    let failed_check = |f: &mut Value| step_entry(f, STEP)["checks"][0]["ok"] = json!(false);
    refused(&step, &t.org1, results_of(&old_script, failed_check), "says a check failed").await;
    let edited_step = |f: &mut Value| step_entry(f, STEP)["content_sha256"] = json!("00".repeat(32));
    refused(&step, &t.org1, results_of(&old_script, edited_step), "ran another text of the step").await;
    let hand_run = |f: &mut Value| f["body_sha256"] = json!("");
    refused(&step, &t.org1, results_of(&old_script, hand_run), "was not run from its file").await;

    // Another step of the same script changes; this step's text does not, the script's does.
    t.set_parameter("parameters.um_dial_plan_name", "Contoso-UM-2").await;
    let new_script = script(&t).await;
    assert_ne!(new_script, old_script);
    assert_eq!(form_fields(&step.page(&t.org1).await, "sign").expect("a sign form").3, step_hash);
    refused(&step, &t.org1, results_of(&old_script, |_| {}), "comes from another version of exchange-org-admins").await;
    let refusals: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM audit_events WHERE action = 'step.sign' AND outcome = 'refused' AND detail LIKE '%the results file%'",
    )
    .fetch_one(&t.app.db().await)
    .await
    .expect("count");
    assert_eq!(refusals, 6, "every refused results file is on the trail");

    // The results of the script as it is now are taken.
    assert_eq!(sign_with(&step, &t.org1, results_of(&new_script, |_| {})).await.status(), StatusCode::SEE_OTHER);
    assert_eq!(step.state(&t.org1).await, "signed");
}

#[tokio::test]
async fn a_transcript_is_still_plain_evidence() {
    let t = team().await;
    let step = Step { app: &t.app, id: t.id, key: STEP };
    let json_but_not_results = br#"{"Thumbprint": "1A2B", "Services": "SMTP"}"#.to_vec();
    assert_eq!(sign_with(&step, &t.org1, json_but_not_results).await.status(), StatusCode::SEE_OTHER);
    assert!(!step.page(&t.org1).await.contains("Results of <code>"));
}
