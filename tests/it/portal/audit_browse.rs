//! The auditor's side: the trail filtered and paged in the portal, and
//! exported as CSV (safe in Excel) and JSON Lines (that verify against a
//! checkpoint), from the portal and the command line.

use countersign::db::Pool;
use reqwest::StatusCode;

use super::steps_support::{Step, Team, team, user};
use super::{client, text};

/// The sequence numbers a page of events lists, in its order.
fn seqs(page: &str) -> Vec<i64> {
    page.split("<tr class=\"outcome-")
        .skip(1)
        .filter_map(|row| row.split("<td data-label=\"#\">").nth(1)?.split("</td>").next()?.trim().parse().ok())
        .collect()
}

async fn activity() -> (Team, reqwest::Client) {
    let t = team().await;
    let step = Step { app: &t.app, id: t.id, key: "oauth.exchange-auth-certificate" };
    step.sign_and_countersign(&t.org1, &t.org2).await;
    let deploy = Step { app: &t.app, id: t.id, key: "um.deploy-exchange" };
    assert_eq!(deploy.act(&t.org1, "sign", &[]).await.status(), StatusCode::SEE_OTHER);
    assert_eq!(deploy.act(&t.org2, "reject", &[("reason", "wrong server")]).await.status(), StatusCode::SEE_OTHER);
    let auditor = user(&t.app, "audrey", &["auditor"]).await;
    (t, auditor)
}

async fn count(db: &Pool, sql: &str) -> i64 {
    sqlx::query_scalar(sql).fetch_one(db).await.expect("a count")
}

#[tokio::test]
async fn filters_combine_and_match_what_the_database_holds() {
    let (t, auditor) = activity().await;
    let path = format!("/audit/events?deployment={}&action=step.&outcome=done&person=org1", t.id);
    let page = text(t.app.get(&auditor, &path).await).await;
    let listed = seqs(&page);
    let db = t.app.db().await;
    let expected: Vec<i64> = sqlx::query_scalar(
        "SELECT seq FROM audit_events WHERE (target = $1 OR target LIKE $2) AND action LIKE 'step.%' AND outcome = 'done'
         AND actor_name = 'org1' ORDER BY seq DESC",
    )
    .bind(format!("deployment:{}", t.id))
    .bind(format!("deployment:{}/%", t.id))
    .fetch_all(&db)
    .await
    .expect("rows");
    assert!(!expected.is_empty());
    assert_eq!(listed, expected, "the page lists exactly the matching events, newest first");
    let role = text(t.app.get(&auditor, "/audit/events?role=Exchange%20Organization%20Administrators").await).await;
    let by_role = seqs(&role).len() as i64;
    assert_eq!(
        by_role,
        count(
            &db,
            &format!(
                "SELECT COUNT(*) FROM audit_events WHERE {} = 'Exchange Organization Administrators'",
                crate::support::database::json_member(&t.app.db, "detail", "acting_as")
            )
        )
        .await
    );
    let refused = text(t.app.get(&auditor, "/audit/events?q=wrong%20server").await).await;
    assert_eq!(seqs(&refused).len(), 1, "free text finds the rejection's reason");
    let bad = t.app.get(&auditor, "/audit/events?deployment=abc&since=yesterday").await;
    assert_eq!(bad.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = text(bad).await;
    assert!(
        page.contains("deployment: &#34;abc&#34; is refused") || page.contains("deployment: \"abc\" is refused"),
        "{page}"
    );
    assert!(page.contains("value=\"yesterday\""), "what was typed is kept");
}

#[tokio::test]
async fn keyset_pages_stay_right_while_events_are_added() {
    let (t, auditor) = activity().await;
    // Enough events for three pages: script downloads, each an event.
    let script = format!("/deployments/{}/scripts/exchange-org-admins.exchange-shell.ps1", t.id);
    for _ in 0..110 {
        assert_eq!(t.app.get(&t.org1, &script).await.status(), StatusCode::OK);
    }
    let first = text(t.app.get(&auditor, "/audit/events").await).await;
    let page_one = seqs(&first);
    assert_eq!(page_one.len(), 50);
    let start = first.find("/audit/events?before=").expect("a link to older events");
    let older: String = first[start..].chars().take_while(|c| *c != '"').collect();
    // Events arrive between the two pages.
    for _ in 0..20 {
        t.app.get(&t.org2, &script).await;
    }
    let second = seqs(&text(t.app.get(&auditor, &older.replace("&amp;", "&")).await).await);
    assert_eq!(second.len(), 50);
    let last_of_first = *page_one.last().expect("a row");
    assert_eq!(second[0], last_of_first - 1, "the next page starts right after the first");
    assert!(second.windows(2).all(|w| w[0] == w[1] + 1), "and runs on without gaps or repeats");
}

#[tokio::test]
async fn a_csv_export_matches_the_page_opens_in_excel_and_cannot_carry_a_formula() {
    let (t, auditor) = activity().await;
    t.app.try_login(&client(), "=HYPERLINK(\"http://x\")", "x").await;
    let filter = format!("deployment={}&action=step.", t.id);
    let page = seqs(&text(t.app.get(&auditor, &format!("/audit/events?{filter}")).await).await);
    let csv = t.app.get(&auditor, &format!("/audit/events.csv?{filter}")).await;
    assert_eq!(csv.status(), StatusCode::OK);
    assert!(csv.headers()["content-type"].to_str().unwrap_or_default().starts_with("text/csv"));
    let body = csv.text().await.expect("a body");
    assert!(body.starts_with('\u{FEFF}'), "a byte order mark, for Excel");
    assert!(body.contains("\r\n") && !body.replace("\r\n", "").contains('\n'), "CRLF line ends");
    let mut reader = csv::Reader::from_reader(body.trim_start_matches('\u{FEFF}').as_bytes());
    let mut exported: Vec<i64> = reader.records().map(|r| r.expect("a record")[0].parse().expect("a seq")).collect();
    exported.reverse();
    assert_eq!(exported, page, "the export holds the page's events");

    let everything = t.app.get(&auditor, "/audit/events.csv").await.text().await.expect("a body");
    assert!(everything.contains("'=HYPERLINK"), "the formula is neutralised");
    let mut reader = csv::Reader::from_reader(everything.trim_start_matches('\u{FEFF}').as_bytes());
    for record in reader.records() {
        for cell in record.expect("a record").iter() {
            assert!(!cell.starts_with(['=', '+', '@']), "a cell that a spreadsheet would run: {cell}");
        }
    }
    assert!(t.app.audit().await.iter().any(|(who, action, _, _)| who == "audrey" && action == "audit.export"));
}

#[tokio::test]
async fn json_lines_parse_back_to_the_events_and_verify_against_a_checkpoint() {
    let (t, auditor) = activity().await;
    let checkpoint = text(t.app.get(&auditor, "/audit/checkpoint").await).await;
    let vkey = super::steps_support::verifier_key_shown(&t.app, &auditor).await;
    let verified = countersign::audit::checkpoint::verify(&checkpoint, &vkey).expect("the checkpoint verifies");
    let body = t.app.get(&auditor, "/audit/events.jsonl").await.text().await.expect("a body");
    let lines: Vec<countersign::audit::export::JsonLine> =
        body.lines().map(|line| serde_json::from_str(line).expect("a JSON line")).collect();
    let db = t.app.db().await;
    for line in &lines {
        let stored: (String, String) = sqlx::query_as("SELECT detail, sha256 FROM audit_events WHERE seq = $1")
            .bind(line.event.seq)
            .fetch_one(&db)
            .await
            .expect("the event");
        assert_eq!((line.event.detail.clone(), line.sha256.clone()), stored, "event {}", line.event.seq);
    }
    let mut tree = countersign::audit::tree::GrowingTree::default();
    for line in lines.iter().take(verified.size as usize) {
        tree.push(line.event.leaf_hash());
    }
    assert_eq!(tree.size(), verified.size);
    assert_eq!(tree.root(), verified.root, "the exported events give the checkpoint's root");
}

#[tokio::test]
async fn who_may_browse_and_export_and_what_coordinators_see() {
    let (t, _) = activity().await;
    for path in ["/audit/events", "/audit/events.csv", "/audit/events.jsonl", "/audit", "/audit/checkpoint"] {
        assert_eq!(t.app.get(&t.org1, path).await.status(), StatusCode::FORBIDDEN, "{path}");
    }
    assert!(
        t.app
            .audit()
            .await
            .iter()
            .any(|(who, action, _, outcome)| who == "org1" && action == "audit.browse" && outcome == "refused"),
        "the refusal is in the trail"
    );
    let page = text(t.app.get(&t.coordinator, "/audit/events").await).await;
    let listed = seqs(&page);
    assert!(!listed.is_empty());
    let db = t.app.db().await;
    for seq in listed {
        let target: String = sqlx::query_scalar("SELECT target FROM audit_events WHERE seq = $1")
            .bind(seq)
            .fetch_one(&db)
            .await
            .expect("target");
        assert!(target.starts_with("deployment:"), "a coordinator sees deployments' events only: {target}");
    }
}

#[tokio::test]
async fn the_command_line_exports_one_deployments_events() {
    let (t, _) = activity().await;
    let dir = tempfile::tempdir().expect("a folder");
    let out = dir.path().join("trail.csv");
    let output = t
        .app
        .command(&["audit", "export", "--format", "csv", "--deployment", &t.id.to_string(), "--out"])
        .arg(&out)
        .output()
        .expect("the binary runs");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let csv = std::fs::read_to_string(&out).expect("the file");
    assert!(csv.starts_with('\u{FEFF}'));
    let rows = csv.lines().count() as i64 - 1;
    let db = t.app.db().await;
    let expected: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM audit_events WHERE target = $1 OR target LIKE $2")
        .bind(format!("deployment:{}", t.id))
        .bind(format!("deployment:{}/%", t.id))
        .fetch_one(&db)
        .await
        .expect("count");
    assert_eq!(rows, expected);
    let bad = t
        .app
        .command(&["audit", "export", "--format", "csv", "--since", "last week"])
        .output()
        .expect("the binary runs");
    assert!(!bad.status.success());
    let said = String::from_utf8_lossy(&bad.stderr);
    assert!(said.contains("--since: \"last week\" is refused"), "{said}");
}
