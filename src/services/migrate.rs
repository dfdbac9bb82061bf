//! Moving a portal from its SQLite file into PostgreSQL: every table copied
//! as it is (the trail with its sequence numbers, hashes, tree and signed
//! checkpoints), the copy's trail verified against the source's before the
//! move is called done.

use crate::audit::{Outcome, checkpoint};
use crate::auth::{Action, Actor};
use crate::db::{self, Engine, Pool, copy};

use super::{ServiceError, audit::verify_trail, authorize, event_by};

/// What was moved.
#[derive(Debug, Clone)]
pub struct Moved {
    /// Each table with the rows copied.
    pub tables: Vec<(String, u64)>,
    /// The events of the source's trail, and its root, which the copy's
    /// first as many events give too.
    pub events: u64,
    pub root: String,
}

/// Copies the portal in `source` (a SQLite file) into `target` (an empty
/// PostgreSQL database), checking both trails with `vkey`, the verifier key
/// of the portal's audit key, and against `kept`: the checkpoints of the log
/// kept outside the source, which a cut tail cannot match.
///
/// The source's write lock is held throughout, so nothing changes it
/// meanwhile; the copy is one transaction, so a failure leaves the target
/// empty. The copy's trail then holds one more event, the move itself.
pub async fn move_database(
    source: &Pool,
    target: &Pool,
    actor: &Actor,
    vkey: &str,
    kept: Vec<crate::audit::verify::Claim>,
    from: &str,
) -> Result<Moved, ServiceError> {
    authorize(source, actor, Action::MoveDatabase, "database").await?;
    if Engine::of_pool(source) != Engine::Sqlite || Engine::of_pool(target) != Engine::Postgres {
        return Err(ServiceError::Refused("a portal moves from a SQLite file into PostgreSQL".to_owned()));
    }
    let mut held = db::begin_write(source).await?;
    let vkeys = [vkey.to_owned()];
    let before = verify_trail(source, &vkeys, kept.clone(), |_, _| {}).await?;
    if !before.intact() {
        let problems: Vec<String> = before.problems.iter().take(5).map(ToString::to_string).collect();
        return Err(ServiceError::Refused(format!(
            "the source's audit trail does not verify, so it is not copied: {}",
            problems.join("; ")
        )));
    }
    let mut tx = db::begin_write(target).await?;
    let tables = copy::tables(&mut held).await?;
    // Every table the source has, the target has with the same columns, before anything is read.
    let mut schema = Vec::new();
    for name in &tables {
        schema.push(copy::columns(&mut held, &mut tx, name).await?);
    }
    if let Some(table) = copy::is_empty(&mut tx, &tables).await? {
        return Err(ServiceError::Refused(format!(
            "the target database already holds rows (in {table}): give an empty database"
        )));
    }
    let mut copied = Vec::new();
    for table in &schema {
        let rows = copy::copy_table(&mut held, &mut tx, table).await?;
        copied.push((table.name.clone(), rows));
    }
    copy::advance_identities(&mut tx).await?;
    let event = event_by(actor, "database.move", "database", Outcome::Done).detail(serde_json::json!({
        "from": from,
        "events": before.events,
        "root": checkpoint::root_base64(&before.root),
        "tables": copied.iter().map(|(t, n)| serde_json::json!({"table": t, "rows": n})).collect::<Vec<_>>(),
    }));
    db::audit::record(&mut tx, &event).await?;
    tx.commit().await?;
    held.rollback().await?;

    let after = verify_trail(target, &vkeys, kept, |_, _| {}).await?;
    let mut conn = target.acquire().await?;
    let same_root = before.size == 0 || db::audit::stored_root(&mut conn, before.size).await? == before.root;
    if !after.intact() || !same_root || after.events != before.events + 1 {
        let problems: Vec<String> = after.problems.iter().take(5).map(ToString::to_string).collect();
        return Err(ServiceError::Internal(format!(
            "the copied trail is not the source's (intact: {}, same root at {}: {same_root}, events {} of {}): {}; \
             the target keeps the copy for inspection: empty it before trying again",
            after.intact(),
            before.size,
            after.events,
            before.events + 1,
            problems.join("; ")
        )));
    }
    Ok(Moved { tables: copied, events: before.events, root: checkpoint::root_base64(&before.root) })
}
