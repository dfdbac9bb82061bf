//! The audit trail's upkeep and the auditor's checks: summing up counted
//! refusals, signing checkpoints, verifying the whole trail, and proofs.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use crate::db::Pool;

use super::{ServiceError, authorize, event_by};
use crate::audit::Outcome;
use crate::audit::checkpoint::{self, AuditKey};
use crate::audit::export;
use crate::audit::proof::{self, InclusionProof};
use crate::audit::tree;
use crate::audit::verify::{Claim, Report, Verifier};
use crate::auth::{Action, Actor};
use crate::db;
use crate::db::audit::browse::{EventFilter, Listed};

/// Sums up the refusals counted in windows that have closed, as events.
pub async fn flush_refusals(pool: &Pool) -> Result<usize, ServiceError> {
    let mut tx = db::begin_write(pool).await?;
    let written = db::audit::flush_refusals(&mut tx, db::now(), 10_000).await?;
    tx.commit().await?;
    Ok(written)
}

/// Where checkpoints are signed and kept.
#[derive(Debug, Clone)]
pub struct Checkpointing {
    pub key: Arc<AuditKey>,
    /// The file outside the database each checkpoint is appended to.
    pub log: PathBuf,
    pub interval: Duration,
}

/// Signs a checkpoint if the log has grown since the last one: stored in the
/// database, appended to the checkpoint log file, and logged. Returns it.
pub async fn sign_checkpoint(pool: &Pool, signing: &Checkpointing) -> Result<Option<String>, ServiceError> {
    let mut tx = db::begin_write(pool).await?;
    let size = db::audit::tree_size(&mut tx).await?;
    let latest = db::audit::latest_checkpoint(&mut tx).await?;
    if let Some(latest) = &latest
        && let Err(refused) = may_sign_after(&mut tx, latest, &signing.key).await?
    {
        return Err(ServiceError::Internal(refused));
    }
    let latest = latest.map_or(0, |c| c.size as u64);
    if size == 0 || size <= latest {
        return Ok(None);
    }
    let root = db::audit::stored_root(&mut tx, size).await?;
    let note = signing.key.sign(size, root).map_err(ServiceError::Internal)?;
    db::audit::insert_checkpoint(&mut tx, size, root, &note).await?;
    tx.commit().await?;
    if let Err(error) = append_to_log(&signing.log, &note) {
        tracing::error!(%error, file = %signing.log.display(), "could not append the checkpoint to the checkpoint log");
    }
    tracing::info!(size, root = %checkpoint::root_base64(&root), "signed an audit checkpoint");
    Ok(Some(note))
}

/// Every portal on one database signs with one key (several replicas share
/// its file): a checkpoint signed by another key means this one was given
/// the wrong file, or none and made its own, and it must not sign beside it,
/// unless an `audit.key-replaced` event after that checkpoint names this key.
/// Once such an event names another key, this one signs no more: a replica
/// still holding the replaced key stops, as the verifier would refuse it.
async fn may_sign_after(
    conn: &mut db::Conn,
    latest: &db::audit::CheckpointRow,
    key: &AuditKey,
) -> Result<Result<(), String>, sqlx::Error> {
    // After the latest checkpoint, the last replacement says who signs; once the new key has
    // signed, the latest checkpoint is its, and an old key fails the check below.
    if let Some((seq, named)) = db::audit::keys_named_since(conn, latest.size).await?.pop() {
        return Ok(if named == key.vkey {
            Ok(())
        } else {
            Err(format!(
                "the audit key was replaced at event {seq} by the key {named}, and this portal's ({}) signs no \
                 more: give it the key file of the portal that replaced it",
                key.vkey
            ))
        });
    }
    if checkpoint::verify(&latest.note, &key.vkey).is_ok() {
        return Ok(Ok(()));
    }
    Ok(Err(format!(
        "the audit checkpoints in this database are signed by another key than this portal's ({}); every portal on \
         one database signs with the same key: copy the key file of the portal that signed them here (or pass \
         --audit-key)",
        key.vkey
    )))
}

/// Records that `key` now signs the checkpoints although earlier ones are
/// signed by another (lost) key: checkpoints before this event are checked
/// with the old verifier key, later ones with this one.
pub async fn replace_key(pool: &Pool, actor: &Actor, key: &AuditKey) -> Result<(), ServiceError> {
    let mut tx = db::begin_write(pool).await?;
    // A key once replaced (lost, or leaked) is never put back: the verifier would refuse it.
    for (seq, named, signed_before) in db::audit::key_replacements(&mut tx).await? {
        let was_in_force =
            named == key.vkey || signed_before.is_some_and(|note| checkpoint::verify(&note, &key.vkey).is_ok());
        if was_in_force {
            return Err(ServiceError::Refused(format!(
                "the audit key {} was in force before event {seq} replaced it, and a replaced key is never put back: \
                 start with a new key file (move this one away)",
                key.vkey
            )));
        }
    }
    let event = event_by(actor, "audit.key-replaced", "audit", Outcome::Done)
        .detail(serde_json::json!({ "vkey": key.vkey, "why": "started with --replace-audit-key" }));
    db::audit::record(&mut tx, &event).await?;
    tx.commit().await?;
    Ok(())
}

/// Whether the database holds a signed checkpoint.
pub async fn has_checkpoints(pool: &Pool) -> Result<bool, String> {
    let read = async { db::audit::latest_checkpoint(&mut *pool.acquire().await?).await };
    Ok(read.await.map_err(|e| format!("cannot read the audit checkpoints: {e}"))?.is_some())
}

/// Refuses a key that may not sign beside the database's checkpoints (see [`may_sign_after`]).
pub async fn check_signer(pool: &Pool, key: &AuditKey) -> Result<(), String> {
    let read = async {
        let mut conn = pool.acquire().await?;
        match db::audit::latest_checkpoint(&mut conn).await? {
            Some(latest) => may_sign_after(&mut conn, &latest, key).await,
            None => Ok(Ok(())),
        }
    };
    read.await.map_err(|e| format!("cannot read the audit checkpoints: {e}"))?
}

fn append_to_log(path: &Path, note: &str) -> std::io::Result<()> {
    use std::io::Write;
    let mut file = std::fs::OpenOptions::new().create(true).append(true).open(path)?;
    // A blank line first: after a torn write, the next checkpoint still starts on a line of its own.
    file.write_all(format!("\n{note}").as_bytes())?;
    file.sync_data()
}

/// Sums up refusals and signs checkpoints, each on its own clock, until aborted.
pub fn spawn_upkeep(pool: Pool, signing: Checkpointing) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let window = Duration::from_secs(db::audit::REFUSAL_WINDOW_SECONDS as u64);
        let mut refusals = tokio::time::interval(window);
        let mut checkpoints = tokio::time::interval(signing.interval.max(Duration::from_secs(1)));
        loop {
            tokio::select! {
                _ = refusals.tick() => {
                    if let Err(error) = flush_refusals(&pool).await {
                        tracing::warn!(%error, "could not sum up counted refusals; will try again");
                    }
                }
                _ = checkpoints.tick() => {
                    if let Err(error) = sign_checkpoint(&pool, &signing).await {
                        tracing::warn!(%error, "could not sign an audit checkpoint; will try again");
                    }
                }
            }
        }
    })
}

/// The checkpoints to check a trail against: the database's and the
/// checkpoint log file's. A file that was named but cannot be read is a problem.
pub fn claims_from_file(path: &Path, required: bool) -> Result<Vec<Claim>, String> {
    match std::fs::read_to_string(path) {
        Ok(text) => {
            let (notes, skipped) = checkpoint::parse_log(&text);
            if skipped > 0 {
                tracing::warn!(file = %path.display(), skipped, "lines of the checkpoint log are not checkpoints (a torn write?); they were skipped");
            }
            Ok(notes.into_iter().map(|note| Claim { note, source: path.display().to_string() }).collect())
        }
        Err(error) if error.kind() == std::io::ErrorKind::NotFound && !required => Ok(Vec::new()),
        Err(error) => Err(format!("cannot read the checkpoint log {}: {error}", path.display())),
    }
}

/// Events read per batch. Details are bounded (32 KiB at most, a few
/// hundred bytes as a rule), so two batches in flight stay within tens of
/// MB in practice and a few hundred at the very worst.
const VERIFY_BATCH: i64 = 2500;

/// Verifies the whole trail against `vkeys` (the key in force, and those it
/// replaced), the database's checkpoints and `extra` ones (the checkpoint log
/// file's). `progress` is called with the events read so far.
pub async fn verify_trail(
    pool: &Pool,
    vkeys: &[String],
    extra: Vec<Claim>,
    mut progress: impl FnMut(u64, i64),
) -> Result<Report, ServiceError> {
    let mut conn = pool.acquire().await?;
    let mut claims: Vec<Claim> = db::audit::checkpoints(&mut conn)
        .await?
        .into_iter()
        .map(|c| Claim { note: c.note, source: "the database".to_owned() })
        .collect();
    claims.extend(extra);
    // What to check is fixed at the start: events the portal writes meanwhile
    // are after it, and are not mistaken for events gone or foreign.
    let (last, size_at_start, below_one) = db::audit::extent(&mut conn).await?;
    let mut verifier = Verifier::new(&claims, vkeys);
    verifier.outside_the_tree(below_one, last, size_at_start);
    let until = size_at_start as i64;
    let (batches, mut received) = tokio::sync::mpsc::channel(2);
    let mut reader = pool.acquire().await?;
    // One task reads the next batch while this one hashes the last: the
    // database's thread and the hashing keep both cores busy.
    let reading = tokio::spawn(async move {
        let mut after = 0i64;
        loop {
            let batch = db::audit::event_batch(&mut reader, after, VERIFY_BATCH).await?;
            let Some(last_row) = batch.last() else { return Ok::<_, sqlx::Error>(()) };
            after = last_row.event.seq;
            let done = after >= until;
            if batches.send(batch).await.is_err() || done {
                return Ok(());
            }
        }
    });
    let mut read = 0u64;
    while let Some(batch) = received.recv().await {
        for row in batch.iter().filter(|row| row.event.seq <= until) {
            while verifier.expected_seq() < row.event.seq {
                let seq = verifier.expected_seq();
                let stored = db::audit::stored_leaf(&mut conn, seq).await?;
                verifier.missing(seq, stored);
            }
            verifier.event(row);
        }
        read += batch.len() as u64;
        progress(read, last);
    }
    reading.await.map_err(|e| ServiceError::Internal(e.to_string()))??;
    let mut lookups = conn;
    verifier.tree_holds_more(size_at_start);
    let stored_root = match verifier.tree_size() {
        Some(size) if size > 0 => db::audit::stored_root(&mut lookups, size).await.ok(),
        _ => None,
    };
    progress(read, last);
    Ok(verifier.finish(stored_root))
}

/// Verifies the trail for an auditor in the portal; the run is an event.
pub async fn verify_for(pool: &Pool, actor: &Actor, signing: &Checkpointing) -> Result<Report, ServiceError> {
    authorize(pool, actor, Action::ViewAudit, "audit").await?;
    let extra = claims_from_file(&signing.log, false).map_err(ServiceError::Internal)?;
    let report = verify_trail(pool, std::slice::from_ref(&signing.key.vkey), extra, |_, _| {}).await?;
    record_verification(pool, actor, &report).await?;
    Ok(report)
}

/// Records a verification run (the portal's button, or the command line) as an event.
pub async fn record_verification(pool: &Pool, actor: &Actor, report: &Report) -> Result<(), ServiceError> {
    let mut tx = db::begin_write(pool).await?;
    let event = event_by(actor, "audit.verify", "audit", Outcome::Done).detail(serde_json::json!({
        "intact": report.intact(),
        "events": report.events,
        "tree_size": report.size,
        "root": checkpoint::root_base64(&report.root),
        "problems": report.problems.iter().take(20).map(|p| p.in_lang(crate::i18n::Lang::En)).collect::<Vec<_>>(),
        "unchecked": report.unchecked.len(),
    }));
    db::audit::record(&mut tx, &event).await?;
    tx.commit().await?;
    Ok(())
}

/// The latest signed checkpoint, for auditors.
pub async fn latest_checkpoint(pool: &Pool, actor: &Actor) -> Result<Option<String>, ServiceError> {
    authorize(pool, actor, Action::ViewAudit, "audit:checkpoint").await?;
    let mut conn = pool.acquire().await?;
    Ok(db::audit::latest_checkpoint(&mut conn).await?.map(|c| c.note))
}

/// An event's inclusion proof against the latest checkpoint (signing one
/// first if the event is newer than it).
pub async fn prove(pool: &Pool, signing: Option<&Checkpointing>, seq: i64) -> Result<InclusionProof, ServiceError> {
    let mut conn = pool.acquire().await?;
    let event = db::audit::event_at(&mut conn, seq).await?.ok_or_else(|| {
        ServiceError::NotFound(crate::i18n::t_with("not-found-audit-event", &[("seq", &seq.to_string())]))
    })?;
    let index = event.leaf_index().ok_or_else(|| {
        ServiceError::NotFound(crate::i18n::t_with("not-found-audit-event", &[("seq", &seq.to_string())]))
    })?;
    let mut latest = db::audit::latest_checkpoint(&mut conn).await?;
    if latest.as_ref().is_none_or(|c| (c.size as u64) <= index)
        && let Some(signing) = signing
    {
        drop(conn);
        sign_checkpoint(pool, signing).await?;
        conn = pool.acquire().await?;
        latest = db::audit::latest_checkpoint(&mut conn).await?;
    }
    let Some(checkpoint) = latest.filter(|c| (c.size as u64) > index) else {
        return Err(ServiceError::Conflict(crate::i18n::t_with(
            "conflict-newer-than-checkpoint",
            &[("seq", &seq.to_string())],
        )));
    };
    let size = checkpoint.size as u64;
    let fetched = db::audit::read_hashes(&mut conn, &tree::inclusion_needs(size, index)).await?;
    let hashes = tlog_tiles::tlog::prove_record(size, index, &fetched)
        .map_err(|e| ServiceError::Internal(format!("inclusion proof: {e}")))?;
    Ok(InclusionProof { event, index, hashes, checkpoint: checkpoint.note })
}

/// [`prove`], for an auditor in the portal.
pub async fn prove_for(
    pool: &Pool,
    actor: &Actor,
    signing: &Checkpointing,
    seq: i64,
) -> Result<InclusionProof, ServiceError> {
    authorize(pool, actor, Action::ViewAudit, &format!("audit:event:{seq}")).await?;
    prove(pool, Some(signing), seq).await
}

/// A consistency proof that the tree of `newer` leaves extends the one of
/// `older`, as text, for an auditor.
pub async fn consistency_for(pool: &Pool, actor: &Actor, older: u64, newer: u64) -> Result<String, ServiceError> {
    authorize(pool, actor, Action::ViewAudit, "audit:consistency").await?;
    let mut conn = pool.acquire().await?;
    let size = db::audit::tree_size(&mut conn).await?;
    if older == 0 || older > newer || newer > size {
        return Err(ServiceError::Invalid(vec![crate::params::FieldError::new(
            "from",
            &format!("{older}..{newer}"),
            crate::i18n::t_with("check-consistency-range", &[("size", size.to_string().as_str())]),
        )]));
    }
    let fetched = db::audit::read_hashes(&mut conn, &tree::consistency_needs(newer, older)).await?;
    let hashes = tlog_tiles::tlog::prove_tree(newer, older, &fetched)
        .map_err(|e| ServiceError::Internal(format!("consistency proof: {e}")))?;
    Ok(proof::encode_consistency(older, newer, &hashes))
}

/// The part of the trail `actor` may browse: all of it for auditors and
/// administrators, the events of deployments for coordinators. Refusals
/// are recorded.
async fn scope(pool: &Pool, actor: &Actor, filter: &EventFilter) -> Result<EventFilter, ServiceError> {
    authorize(pool, actor, Action::BrowseAudit, "audit:events").await?;
    Ok(EventFilter { deployments_only: crate::auth::authorize(actor, Action::ViewAudit).is_err(), ..filter.clone() })
}

/// Events per page of the audit screen.
pub const PAGE_SIZE: i64 = 50;

/// One page of the trail, newest first, older than `before` when given.
pub async fn browse(
    pool: &Pool,
    actor: &Actor,
    filter: &EventFilter,
    before: Option<i64>,
) -> Result<Vec<Listed>, ServiceError> {
    let filter = scope(pool, actor, filter).await?;
    let mut conn = pool.acquire().await?;
    Ok(db::audit::browse::page(&mut conn, &filter, before, PAGE_SIZE).await?)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    Csv,
    JsonLines,
}

impl ExportFormat {
    pub fn parse(text: &str) -> Option<ExportFormat> {
        match text {
            "csv" => Some(ExportFormat::Csv),
            "jsonl" => Some(ExportFormat::JsonLines),
            _ => None,
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            ExportFormat::Csv => "csv",
            ExportFormat::JsonLines => "jsonl",
        }
    }
}

/// The export is recorded before its first byte is sent.
async fn record_export(
    pool: &Pool,
    actor: &Actor,
    filter: &EventFilter,
    format: ExportFormat,
) -> Result<(), ServiceError> {
    let mut tx = db::begin_write(pool).await?;
    let event = event_by(actor, "audit.export", "audit:events", Outcome::Done).detail(serde_json::json!({
        "format": format.key(),
        "filter": format!("{filter:?}"),
    }));
    db::audit::record(&mut tx, &event).await?;
    tx.commit().await?;
    Ok(())
}

/// An export that was authorised and recorded, ready to run; it holds one
/// of the few export slots until it ends.
#[derive(Debug)]
pub struct Export {
    filter: EventFilter,
    format: ExportFormat,
    _slot: tokio::sync::OwnedSemaphorePermit,
}

/// Exports running at once: each holds a connection while it reads, so a
/// few slow downloads must not take the pool from everyone else.
fn export_slots() -> std::sync::Arc<tokio::sync::Semaphore> {
    static SLOTS: std::sync::OnceLock<std::sync::Arc<tokio::sync::Semaphore>> = std::sync::OnceLock::new();
    SLOTS.get_or_init(|| std::sync::Arc::new(tokio::sync::Semaphore::new(2))).clone()
}

/// Authorises and records an export (before its first byte is sent); the
/// caller then runs it into a channel of chunks.
pub async fn start_export(
    pool: &Pool,
    actor: &Actor,
    filter: &EventFilter,
    format: ExportFormat,
) -> Result<Export, ServiceError> {
    let filter = scope(pool, actor, filter).await?;
    let slot = export_slots().try_acquire_owned().map_err(|_| ServiceError::Busy)?;
    record_export(pool, actor, &filter, format).await?;
    Ok(Export { filter, format, _slot: slot })
}

/// Rows read from the database per chunk sent (see [`VERIFY_BATCH`]).
const EXPORT_PAGE: i64 = 2500;

impl Export {
    /// Sends the events, oldest first, as chunks of the file: a page of rows
    /// at a time, so memory stays flat whatever the size of the trail. Stops
    /// when the receiver is gone (a client that hung up). Returns how many
    /// events were sent.
    pub async fn run(
        self,
        pool: &Pool,
        chunks: tokio::sync::mpsc::Sender<Result<Vec<u8>, String>>,
    ) -> Result<u64, ServiceError> {
        let outcome = self.send_all(pool, &chunks).await;
        if let Err(error) = &outcome {
            // The receiver ends the file with an error, not as if it were whole.
            let _ = chunks.send(Err(error.to_string())).await;
        }
        outcome
    }

    async fn send_all(
        &self,
        pool: &Pool,
        chunks: &tokio::sync::mpsc::Sender<Result<Vec<u8>, String>>,
    ) -> Result<u64, ServiceError> {
        let mut head = Vec::new();
        if self.format == ExportFormat::Csv {
            head.extend_from_slice(export::BOM.as_bytes());
            let mut writer = export::csv_writer(&mut head);
            writer.write_record(export::CSV_HEADER).map_err(|e| ServiceError::Internal(e.to_string()))?;
            drop(writer);
        }
        if chunks.send(Ok(head)).await.is_err() {
            return Ok(0);
        }
        let (mut after, mut sent) = (0, 0);
        loop {
            // A connection per page: none is held while a slow client reads.
            let page = {
                let mut conn = pool.acquire().await?;
                db::audit::browse::packed_after(&mut conn, &self.filter, after, EXPORT_PAGE).await?
            };
            let Some(last) = page.last() else { return Ok(sent) };
            after = last.event.seq;
            let mut chunk = Vec::with_capacity(page.len() * 300);
            match self.format {
                ExportFormat::Csv => {
                    let mut writer = export::csv_writer(&mut chunk);
                    for listed in &page {
                        writer
                            .write_record(export::csv_record(&listed.event, &listed.sha256))
                            .map_err(|e| ServiceError::Internal(e.to_string()))?;
                    }
                    writer.flush().map_err(|e| ServiceError::Internal(e.to_string()))?;
                }
                ExportFormat::JsonLines => {
                    for listed in &page {
                        chunk.extend_from_slice(export::json_line(&listed.event, &listed.sha256).as_bytes());
                        chunk.push(b'\n');
                    }
                }
            }
            sent += page.len() as u64;
            if chunks.send(Ok(chunk)).await.is_err() {
                return Ok(sent);
            }
        }
    }
}
