//! The audit trail as a verifiable log: an intact trail verifies, every kind
//! of tampering is detected and named, checkpoints and proofs check offline
//! with the verifier key, and a crash leaves a trail that verifies.

use std::path::Path;
use std::process::{Command, Output};

use countersign::db::Pool;
use reqwest::StatusCode;

use super::steps_support::{Step, team};
use super::{TestApp, text};
use countersign::audit::checkpoint::AuditKey;
use countersign::services::audit::{Checkpointing, sign_checkpoint};

fn countersign(args: &[&str], app: &TestApp) -> Output {
    app.command(args).output().expect("the binary runs")
}

fn verify(app: &TestApp) -> (bool, String) {
    let output = countersign(&["audit", "verify"], app);
    (output.status.success(), String::from_utf8_lossy(&output.stdout).into_owned())
}

/// The documented Python verifier, run on the SQLite file (and the checkpoint log, if
/// given); `None` on PostgreSQL, which that verifier does not read.
fn python_verifier(app: &TestApp, checkpoint_log: Option<&Path>) -> Option<Output> {
    let countersign::db::Location::File(db) = &app.db else { return None };
    Some(
        Command::new("python3")
            .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/tools/verify_trail.py"))
            .arg(db)
            .args(checkpoint_log)
            .output()
            .expect("python3 runs the documented verifier: install it with `apt-get install python3`"),
    )
}

fn files(app: &TestApp) -> countersign::web::AuditFiles {
    app.audit_files()
}

/// The portal's own signing, as its clock would do it, to put checkpoints between events.
async fn checkpoint_now(app: &TestApp) {
    let files = files(app);
    let text = std::fs::read_to_string(&files.key).expect("the audit key");
    let signing = Checkpointing {
        key: std::sync::Arc::new(AuditKey::from_skey(&text).expect("a key")),
        log: files.checkpoint_log,
        interval: files.interval,
    };
    sign_checkpoint(&app.db().await, &signing).await.expect("signs");
}

/// A deployment worked for a while, with checkpoints between, then the portal stopped.
async fn worked_trail() -> TestApp {
    let t = team().await;
    checkpoint_now(&t.app).await;
    let step = Step { app: &t.app, id: t.id, key: "oauth.exchange-auth-certificate" };
    step.sign_and_countersign(&t.org1, &t.org2).await;
    checkpoint_now(&t.app).await;
    let deploy = Step { app: &t.app, id: t.id, key: "um.deploy-exchange" };
    deploy.sign_and_countersign(&t.org1, &t.org2).await;
    let mut app = t.app;
    app.stop().await;
    app
}

/// The database without its append-only triggers, as someone with the file could make it.
pub async fn behind_the_portal(app: &TestApp) -> Pool {
    let db = app.db().await;
    for trigger in [
        "audit_events_no_update",
        "audit_events_no_delete",
        "audit_tree_no_update",
        "audit_tree_no_delete",
        "audit_checkpoints_no_delete",
    ] {
        let table = trigger.rsplit_once("_no_").map_or(trigger, |(table, _)| table);
        let drop = match &app.db {
            countersign::db::Location::File(_) => format!("DROP TRIGGER {trigger}"),
            countersign::db::Location::Postgres(_) => format!("DROP TRIGGER {trigger} ON {table}"),
        };
        sqlx::query(&drop).execute(&db).await.expect("drop trigger");
    }
    db
}

async fn count(db: &Pool) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM audit_events").fetch_one(db).await.expect("count")
}

#[tokio::test]
async fn an_intact_trail_verifies_and_the_python_verifier_agrees() {
    let app = worked_trail().await;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(files(&app).key).expect("the audit key exists").permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "the audit key is readable by its owner only");
    }
    let (intact, said) = verify(&app);
    assert!(intact, "{said}");
    let summary = said.lines().last().expect("a summary").to_owned();
    assert!(summary.starts_with("intact: "), "{summary}");
    // The Python verifier reads a SQLite file; on PostgreSQL the command's verdict stands alone.
    let Some(python) = python_verifier(&app, Some(&files(&app).checkpoint_log)) else { return };
    assert!(python.status.success(), "{}", String::from_utf8_lossy(&python.stdout));
    let python_says = String::from_utf8_lossy(&python.stdout).trim().to_owned();
    // The verify run itself is an event after the command's count: compare the root the checkpointed part gives.
    let (command_events, python_events) = (
        summary.split_whitespace().nth(1).expect("a count").to_owned(),
        python_says.split_whitespace().nth(1).expect("a count").to_owned(),
    );
    assert_eq!(
        python_events.parse::<i64>().expect("a number"),
        command_events.parse::<i64>().expect("a number") + 1,
        "the python verifier reads the same events (and the command's own run): {python_says} / {summary}"
    );
}

#[tokio::test]
async fn a_changed_middle_event_is_named() {
    let app = worked_trail().await;
    let db = behind_the_portal(&app).await;
    sqlx::query("UPDATE audit_events SET actor_name = 'mallory' WHERE seq = 10").execute(&db).await.expect("edit");
    let (intact, said) = verify(&app);
    assert!(!intact);
    assert!(said.contains("event 10 was changed"), "{said}");
    if let Some(python) = python_verifier(&app, None) {
        assert!(!python.status.success(), "the python verifier also finds it");
    }
}

#[tokio::test]
async fn a_deleted_middle_event_is_named() {
    let app = worked_trail().await;
    let db = behind_the_portal(&app).await;
    sqlx::query("DELETE FROM audit_events WHERE seq = 12").execute(&db).await.expect("delete");
    let (intact, said) = verify(&app);
    assert!(!intact);
    assert!(said.contains("event 12 is missing"), "{said}");
}

#[tokio::test]
async fn a_cut_tail_is_found_by_the_checkpoint_log_outside_the_database() {
    let app = worked_trail().await;
    let db = behind_the_portal(&app).await;
    let total = count(&db).await;
    let keep = total - 5;
    // The newest events go, with their tree hashes and their checkpoints in the database.
    sqlx::query("DELETE FROM audit_events WHERE seq > $1").bind(keep).execute(&db).await.expect("delete");
    sqlx::query("DELETE FROM audit_checkpoints WHERE size > $1").bind(keep).execute(&db).await.expect("delete");
    let (intact, said) = verify(&app);
    assert!(!intact);
    assert!(said.contains("no longer reaches the checkpoint of tree size"), "{said}");
    assert!(said.contains(&format!("events {} to", keep + 1)), "the lost events are named: {said}");
}

#[tokio::test]
async fn an_edit_that_recomputes_every_later_hash_is_found_by_the_signed_checkpoints() {
    let app = worked_trail().await;
    let db = behind_the_portal(&app).await;
    // The attacker edits event 3 and makes the chain whole again, from there to the end.
    sqlx::query("UPDATE audit_events SET detail = '{\"forged\":true}' WHERE seq = 3").execute(&db).await.expect("edit");
    type Row = (i64, i64, Option<i64>, String, String, String, String, String);
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT seq, at, actor_id, actor_name, action, target, outcome, detail FROM audit_events WHERE seq >= 3 ORDER BY seq",
    )
    .fetch_all(&db)
    .await
    .expect("rows");
    let mut prev: String =
        sqlx::query_scalar("SELECT sha256 FROM audit_events WHERE seq = 2").fetch_one(&db).await.expect("hash");
    for (seq, at, actor_id, actor_name, action, target, outcome, detail) in rows {
        let outcome =
            if outcome == "done" { countersign::audit::Outcome::Done } else { countersign::audit::Outcome::Refused };
        let event = countersign::audit::NewEvent::new(&action, target, outcome).by(actor_id, &actor_name);
        let hash = countersign::audit::event_hash(&prev, seq, at, &event, &detail);
        sqlx::query("UPDATE audit_events SET prev_sha256 = $1, sha256 = $2 WHERE seq = $3")
            .bind(&prev)
            .bind(&hash)
            .bind(seq)
            .execute(&db)
            .await
            .expect("rewrite");
        prev = hash;
    }
    let (intact, said) = verify(&app);
    assert!(!intact);
    assert!(!said.contains("was changed: its content"), "the chain alone looks whole: {said}");
    assert!(said.contains("no longer matches the events: an event from"), "{said}");
    assert!(said.contains("(and the hashes after it recomputed)"), "{said}");
}

#[tokio::test]
async fn a_checkpoint_signed_by_another_key_is_refused() {
    let app = worked_trail().await;
    let (_, other_vkey) = signed_note::generate_key(&mut argon2::password_hash::rand_core::OsRng, "someone.else/log");
    let output = countersign(&["audit", "verify", "--key", &other_vkey], &app);
    assert!(!output.status.success());
    let said = String::from_utf8_lossy(&output.stdout);
    assert!(said.contains("not signed by the audit key given"), "{said}");
}

#[tokio::test]
async fn an_auditor_fetches_a_proof_that_checks_offline_and_a_changed_one_does_not() {
    let t = team().await;
    let step = Step { app: &t.app, id: t.id, key: "oauth.exchange-auth-certificate" };
    step.sign_and_countersign(&t.org1, &t.org2).await;
    let auditor = super::steps_support::user(&t.app, "audrey", &["auditor"]).await;
    assert_eq!(t.app.get(&t.org1, "/audit/checkpoint").await.status(), StatusCode::FORBIDDEN, "auditors only");
    let vkey = super::steps_support::verifier_key_shown(&t.app, &auditor).await;
    let seq: i64 = sqlx::query_scalar("SELECT seq FROM audit_events WHERE action = 'step.countersign'")
        .fetch_one(&t.app.db().await)
        .await
        .expect("the countersign event");
    let proof = t.app.get(&auditor, &format!("/audit/events/{seq}/proof")).await;
    assert_eq!(proof.status(), StatusCode::OK);
    let proof = text(proof).await;
    assert!(proof.starts_with("c2sp.org/tlog-proof@v1\n"), "{proof}");
    let checkpoint = text(t.app.get(&auditor, "/audit/checkpoint").await).await;
    assert!(proof.ends_with(&checkpoint), "the proof carries the latest checkpoint");

    let dir = tempfile::tempdir().expect("a folder");
    let file = dir.path().join("event.tlog-proof");
    std::fs::write(&file, &proof).expect("write");
    let check = |path: &Path| {
        Command::new(env!("CARGO_BIN_EXE_countersign"))
            .args(["audit", "check-proof"])
            .arg(path)
            .args(["--key", &vkey])
            .output()
            .expect("the binary runs")
    };
    let checked = check(&file);
    assert!(checked.status.success(), "{}", String::from_utf8_lossy(&checked.stderr));
    assert!(String::from_utf8_lossy(&checked.stdout).contains(&format!("verified: event {seq} (step.countersign")));

    // The same proof with the event changed: it names a different leaf.
    let parsed = countersign::audit::proof::InclusionProof::parse(&proof).expect("parses");
    let mut changed = parsed.clone();
    changed.event.actor_name = "mallory".into();
    let forged = dir.path().join("forged.tlog-proof");
    std::fs::write(&forged, changed.encode()).expect("write");
    let refused = check(&forged);
    assert!(!refused.status.success());
    assert!(
        String::from_utf8_lossy(&refused.stderr).contains("not in the log"),
        "{}",
        String::from_utf8_lossy(&refused.stderr)
    );
}

#[tokio::test]
async fn two_checkpoints_are_proved_consistent_and_a_rolled_back_log_is_not() {
    let t = team().await;
    checkpoint_now(&t.app).await;
    let older: (i64, String) = sqlx::query_as("SELECT size, note FROM audit_checkpoints ORDER BY size DESC LIMIT 1")
        .fetch_one(&t.app.db().await)
        .await
        .expect("a checkpoint");
    let step = Step { app: &t.app, id: t.id, key: "oauth.exchange-auth-certificate" };
    step.sign_and_countersign(&t.org1, &t.org2).await;
    checkpoint_now(&t.app).await;
    let newer: (i64, String) = sqlx::query_as("SELECT size, note FROM audit_checkpoints ORDER BY size DESC LIMIT 1")
        .fetch_one(&t.app.db().await)
        .await
        .expect("a checkpoint");
    assert!(newer.0 > older.0);
    let auditor = super::steps_support::user(&t.app, "audrey", &["auditor"]).await;
    let proof = text(t.app.get(&auditor, &format!("/audit/consistency?from={}&to={}", older.0, newer.0)).await).await;
    let hashes: Vec<tlog_tiles::tlog::Hash> = proof
        .lines()
        .skip(3)
        .map(|line| {
            use base64::Engine;
            let bytes = base64::engine::general_purpose::STANDARD.decode(line).expect("base64");
            tlog_tiles::tlog::Hash(bytes.try_into().expect("32 bytes"))
        })
        .collect();
    let root = |note: &str| countersign::audit::checkpoint::read_unverified(note).expect("a checkpoint").1;
    let (older_root, newer_root) = (root(&older.1), root(&newer.1));
    assert!(
        tlog_tiles::tlog::check_tree(&hashes, newer.0 as u64, newer_root, older.0 as u64, older_root).is_ok(),
        "the newer checkpoint extends the older"
    );
    // A log rolled back to an earlier state and grown differently cannot extend the newer checkpoint.
    let forked_root = tlog_tiles::tlog::record_hash(b"another history");
    assert!(tlog_tiles::tlog::check_tree(&hashes, newer.0 as u64, forked_root, older.0 as u64, older_root).is_err());
    let bad = t.app.get(&auditor, &format!("/audit/consistency?from={}&to={}", newer.0, older.0)).await;
    assert_eq!(bad.status(), StatusCode::BAD_REQUEST, "sizes out of order are refused with a message");
}

#[tokio::test]
async fn a_kill_during_writes_leaves_a_trail_that_verifies() {
    let dir = tempfile::tempdir().expect("a folder");
    let db = dir.path().join("countersign.db");
    let mut command = tokio::process::Command::new(env!("CARGO_BIN_EXE_countersign"));
    command
        .args(["serve", "--bind", "127.0.0.1:0", "--checkpoint-interval", "1", "--db"])
        .arg(&db)
        .stderr(std::process::Stdio::null());
    let served = crate::support::served::serve(command, false).await;
    let (mut server, base) = (served.process, served.base);
    // Failed sign-ins from many clients: each writes an event (and a refusal window).
    let mut writers = Vec::new();
    for client in 0..8 {
        let base = base.clone();
        writers.push(tokio::spawn(async move {
            let browser = super::client();
            for attempt in 0.. {
                let Ok(page) = browser.get(format!("{base}/login")).send().await else { return };
                let token = super::csrf_of(&page.text().await.unwrap_or_default());
                let name = format!("w{client}-{attempt}");
                let form = [("csrf", token.as_str()), ("username", name.as_str()), ("password", "x"), ("next", "/")];
                if browser.post(format!("{base}/login")).form(&form).send().await.is_err() {
                    return;
                }
            }
        }));
    }
    // Killed once a checkpoint has been signed while the writes go on.
    let watcher =
        sqlx::SqlitePool::connect_with(sqlx::sqlite::SqliteConnectOptions::new().filename(&db).read_only(true))
            .await
            .expect("a read-only connection");
    let signed_during_writes = async {
        loop {
            let checkpoints: i64 =
                sqlx::query_scalar("SELECT COUNT(*) FROM audit_checkpoints").fetch_one(&watcher).await.unwrap_or(0);
            if checkpoints >= 2 {
                return;
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
    };
    tokio::time::timeout(std::time::Duration::from_secs(30), signed_during_writes)
        .await
        .expect("a checkpoint is signed while the writes go on");
    watcher.close().await;
    server.start_kill().expect("kill -9");
    let _ = server.wait().await;
    for writer in writers {
        let _ = writer.await;
    }
    let output = Command::new(env!("CARGO_BIN_EXE_countersign"))
        .args(["audit", "verify", "--db"])
        .arg(&db)
        .output()
        .expect("runs");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stdout));
}

#[tokio::test]
async fn a_trail_from_before_the_tree_is_converted_when_the_database_opens() {
    let app = worked_trail().await;
    let db = behind_the_portal(&app).await;
    // As a database of the hash-chain days: events, and no tree or checkpoints.
    for table in ["audit_tree", "audit_checkpoints"] {
        sqlx::query(&format!("DELETE FROM {table}")).execute(&db).await.expect("empty");
    }
    sqlx::query("UPDATE audit_tree_size SET size = 0").execute(&db).await.expect("reset");
    db.close().await;
    std::fs::remove_file(files(&app).checkpoint_log).expect("no checkpoint log either");
    let events = count(&app.db().await).await;
    let (intact, said) = verify(&app);
    assert!(
        !intact && said.contains("no signed checkpoint covers the trail"),
        "unsigned, nothing vouches for it: {said}"
    );
    // Once the portal has signed a checkpoint of the converted trail, it verifies.
    checkpoint_now(&app).await;
    let (intact, said) = verify(&app);
    assert!(intact, "{said}");
    let leaves = events + 1;
    assert!(
        said.contains(&format!("intact: {leaves} events, tree size {leaves}")),
        "every event became a leaf: {said}"
    );
}

#[tokio::test]
async fn values_of_the_wrong_type_cannot_smuggle_events_past_the_verifier() {
    let app = worked_trail().await;
    let db = behind_the_portal(&app).await;
    // Text where a number belongs, shaped like the packing the verifier reads.
    // PostgreSQL holds every column to its type, so only SQLite can be given one.
    if let countersign::db::Location::Postgres(_) = app.db {
        let refused =
            sqlx::query("UPDATE audit_events SET actor_id = '3,9:fake-name' WHERE seq = 8").execute(&db).await;
        assert!(refused.is_err(), "PostgreSQL refuses text in a number column");
        return;
    }
    sqlx::query("UPDATE audit_events SET actor_id = '3,9:fake-name' WHERE seq = 8").execute(&db).await.expect("edit");
    let (intact, said) = verify(&app);
    assert!(!intact);
    assert!(said.contains("event 8 holds values of the wrong type"), "{said}");
}

#[tokio::test]
async fn events_inserted_behind_the_portal_are_named() {
    let app = worked_trail().await;
    let db = app.db().await;
    // Even with the triggers that refuse edits in place, a plain INSERT out of sequence is refused.
    let backdated = sqlx::query(
        "INSERT INTO audit_events (seq, at, actor_name, action, target, outcome, detail, prev_sha256, sha256)
         VALUES (-1, 0, 'mallory', 'login', 'user:mallory', 'done', '{}', '', 'x')",
    )
    .execute(&db)
    .await;
    assert!(backdated.is_err(), "sequence numbers only go up by one");
    // The next number, with a hash chained correctly, but not through the portal: it is not in the tree.
    let (last, prev): (i64, String) = sqlx::query_as("SELECT seq, sha256 FROM audit_events ORDER BY seq DESC LIMIT 1")
        .fetch_one(&db)
        .await
        .expect("row");
    let event = countersign::audit::NewEvent::new("login", "user:mallory", countersign::audit::Outcome::Done)
        .by(None, "mallory");
    let hash = countersign::audit::event_hash(&prev, last + 1, 0, &event, "{}");
    sqlx::query(
        "INSERT INTO audit_events (seq, at, actor_name, action, target, outcome, detail, prev_sha256, sha256)
         VALUES ($1, 0, 'mallory', 'login', 'user:mallory', 'done', '{}', $2, $3)",
    )
    .bind(last + 1)
    .bind(&prev)
    .bind(&hash)
    .execute(&db)
    .await
    .expect("inserted");
    let (intact, said) = verify(&app);
    assert!(!intact);
    assert!(said.contains(&format!("events {} to {} are not in the audit tree", last + 1, last + 1)), "{said}");
}

#[tokio::test]
async fn after_a_key_replacement_each_checkpoint_is_checked_with_the_key_in_force_at_its_size() {
    let mut app = worked_trail().await;
    let files = app.audit_files();
    // The auditor kept the verifier key; the portal's key file is lost.
    let old_file = std::fs::read_to_string(&files.key).expect("the old key");
    let old = AuditKey::from_skey(&old_file).expect("a key");
    let old_checkpoints: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM audit_checkpoints").fetch_one(&app.db().await).await.expect("count");
    assert!(old_checkpoints >= 2, "{old_checkpoints}");
    std::fs::remove_file(&files.key).expect("the key is lost");
    let config = countersign::web::Config {
        audit: countersign::web::AuditFiles { replace_key: true, ..files.clone() },
        ..super::config(&app.db, files.clone())
    };
    // The replacement, as `--replace-audit-key` records it, before the new key has signed anything.
    let (new_key, created) = AuditKey::load_or_create(&files.key, &old.name).expect("a new key file");
    assert!(created);
    countersign::services::audit::replace_key(&app.db().await, &countersign::auth::Actor::command_line(), &new_key)
        .await
        .expect("recorded");
    // A replica still holding the old key signs no more, though the latest checkpoint is its key's.
    let stale = Checkpointing {
        key: std::sync::Arc::new(AuditKey::from_skey(&old_file).expect("a key")),
        log: files.checkpoint_log.clone(),
        interval: files.interval,
    };
    let refused = sign_checkpoint(&app.db().await, &stale).await.expect_err("the old key is refused");
    assert!(refused.to_string().contains("signs no more"), "{refused}");
    // The new key's portal starts without the flag, and signs.
    let running = countersign::web::start(&super::config(&app.db, files.clone())).await.expect("starts");
    let new_vkey = running.audit_vkey.clone();
    assert_eq!(new_vkey, new_key.vkey);
    app.base = format!("http://{}", running.addr);
    app.running = Some(running);
    checkpoint_now(&app).await;
    let replaced: i64 = sqlx::query_scalar("SELECT seq FROM audit_events WHERE action = 'audit.key-replaced'")
        .fetch_one(&app.db().await)
        .await
        .expect("the replacement");

    // With the new key alone (the one beside the database): intact, the old checkpoints named as unchecked.
    let (intact, said) = verify(&app);
    assert!(intact, "{said}");
    let before_replacement = format!("was signed before event {replaced} replaced the audit key");
    // Each is in the database and in the checkpoint log.
    let unchecked = 2 * old_checkpoints;
    assert_eq!(said.matches(&before_replacement).count() as i64, unchecked, "{said}");
    assert!(said.contains(&format!("; {unchecked} checkpoint(s) not checked")), "{said}");

    // The portal's own check, with its one key, says the same: intact, and what it could not check.
    let admin = app.admin().await;
    let page = text(app.post_form(&admin, "/audit/verify", "/audit", &[]).await).await;
    assert!(page.contains("<h2>Intact</h2>") && page.contains("Not checked, and vouching for nothing"), "{page}");
    assert!(page.contains(&before_replacement), "{page}");

    // With both keys: every checkpoint checked, none left over.
    let both = |extra: &[&str]| {
        let mut args = vec!["audit", "verify", "--key", &old.vkey, "--key", &new_vkey];
        args.extend_from_slice(extra);
        let output = countersign(&args, &app);
        (output.status.success(), String::from_utf8_lossy(&output.stdout).into_owned())
    };
    let (intact, said) = both(&[]);
    assert!(intact && !said.contains("not checked"), "{said}");

    // The old key alone checks nothing after the replacement: not intact, and it says which key is needed.
    let output = countersign(&["audit", "verify", "--key", &old.vkey], &app);
    let said = String::from_utf8_lossy(&output.stdout);
    assert!(!output.status.success(), "{said}");
    assert!(said.contains(&format!("put in place the key {new_vkey}, which was not given")), "{said}");

    // The key was replaced because it leaked: a checkpoint it signs after the replacement is refused.
    let latest: String = sqlx::query_scalar("SELECT note FROM audit_checkpoints ORDER BY size DESC LIMIT 1")
        .fetch_one(&app.db().await)
        .await
        .expect("the latest checkpoint");
    let (size, root) = countersign::audit::checkpoint::read_unverified(&latest).expect("a checkpoint");
    let forged = old.sign(size, root).expect("signs");
    let log = app.dir().join("leaked.checkpoints");
    std::fs::write(&log, format!("{forged}\n")).expect("written");
    let (intact, said) = both(&["--checkpoint-log", log.to_str().expect("a path")]);
    assert!(!intact, "{said}");
    assert!(said.contains(&format!("is signed by a key other than the one event {replaced} put in place")), "{said}");

    // The replaced key is never put back: a start that would is refused, and records nothing.
    app.stop().await;
    std::fs::write(&files.key, &old_file).expect("the old key file, found again");
    let events = count(&app.db().await).await;
    let refused = countersign::web::start(&config).await.err().expect("refused");
    assert!(refused.to_string().contains("a replaced key is never put back"), "{refused}");
    assert_eq!(count(&app.db().await).await, events);
}

#[tokio::test]
async fn a_lost_audit_key_is_refused_until_replaced_and_the_replacement_is_on_the_trail() {
    let mut app = worked_trail().await;
    let files = app.audit_files();
    assert!(count(&app.db().await).await > 0);
    std::fs::remove_file(&files.key).expect("the key is lost");
    let config = |replace_key: bool| countersign::web::Config {
        audit: countersign::web::AuditFiles { replace_key, ..files.clone() },
        ..super::config(&app.db, files.clone())
    };
    let refused = countersign::web::start(&config(false)).await.err().expect("refused without the key");
    assert!(refused.to_string().contains("--replace-audit-key"), "{refused}");
    assert!(!files.key.exists(), "no key was made beside the refusal");
    let running = countersign::web::start(&config(true)).await.expect("starts with a new key");
    let replaced: Vec<String> =
        sqlx::query_scalar("SELECT detail FROM audit_events WHERE action = 'audit.key-replaced'")
            .fetch_all(&app.db().await)
            .await
            .expect("the event");
    assert_eq!(replaced.len(), 1);
    assert!(replaced[0].contains(&running.audit_vkey), "the event names the new key: {replaced:?}");
    // The new key signs from now on, and a later start needs no flag.
    checkpoint_now(&app).await;
    running.stop().await.expect("stops");
    app.running = Some(countersign::web::start(&config(false)).await.expect("starts again without the flag"));
}
