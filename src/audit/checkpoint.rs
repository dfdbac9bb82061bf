//! Signed checkpoints (c2sp.org tlog-checkpoint as a c2sp.org signed-note,
//! Ed25519), the key that signs them, and the checkpoint log file.
//!
//! The key lives outside the database, in a file of its own (the signed-note
//! private key format, `PRIVATE+KEY+<name>+<id>+<base64>`), so that whoever
//! can write the database still cannot sign a checkpoint for an edited trail.

use std::path::Path;

use base64::Engine;
use base64::engine::general_purpose::STANDARD as BASE64;
use signed_note::{Note, StandardSigner, StandardVerifier, VerifierList};
use tlog_tiles::checkpoint::Checkpoint;
use tlog_tiles::tlog::Hash;

/// The key that signs checkpoints, with its public verifier key
/// (`<name>+<id>+<base64>`), which auditors are given.
pub struct AuditKey {
    signer: StandardSigner,
    pub name: String,
    pub vkey: String,
}

impl std::fmt::Debug for AuditKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AuditKey").field("vkey", &self.vkey).finish_non_exhaustive()
    }
}

impl AuditKey {
    /// Reads a private key in the signed-note format.
    pub fn from_skey(skey: &str) -> Result<AuditKey, String> {
        let skey = skey.trim();
        let signer = StandardSigner::new(skey).map_err(|e| format!("not a signed-note private key: {e}"))?;
        let parts: Vec<&str> = skey.splitn(5, '+').collect();
        let [_, _, name, _, key64] = parts.as_slice() else { return Err("not a signed-note private key".into()) };
        let key = BASE64.decode(key64).map_err(|e| format!("the key is not base64: {e}"))?;
        let seed: [u8; 32] = key.get(1..).and_then(|k| k.try_into().ok()).ok_or("not an Ed25519 key of 32 bytes")?;
        let verifying = ed25519_dalek::SigningKey::from_bytes(&seed).verifying_key();
        let vkey = signed_note::new_ed25519_verifier_key(name, &verifying);
        Ok(AuditKey { signer, name: (*name).to_owned(), vkey })
    }

    /// Reads the key file, or creates it (readable by its owner only) with
    /// a new key named `name`. Returns the key and whether it was created.
    pub fn load_or_create(path: &Path, name: &str) -> Result<(AuditKey, bool), String> {
        match std::fs::read_to_string(path) {
            Ok(text) => Ok((AuditKey::from_skey(&text).map_err(|e| format!("{}: {e}", path.display()))?, false)),
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
                let (skey, _) = signed_note::generate_key(&mut argon2::password_hash::rand_core::OsRng, name);
                write_private(path, &format!("{skey}\n"))
                    .map_err(|e| format!("cannot create the audit key {}: {e}", path.display()))?;
                Ok((AuditKey::from_skey(&skey)?, true))
            }
            Err(error) => Err(format!("cannot read the audit key {}: {error}", path.display())),
        }
    }

    /// A signed checkpoint of the tree of `size` leaves with root `root`.
    pub fn sign(&self, size: u64, root: Hash) -> Result<String, String> {
        let checkpoint = Checkpoint::new(&self.name, size, root, "").map_err(|e| e.to_string())?;
        let mut note = Note::new(&checkpoint.to_bytes(), &[]).map_err(|e| e.to_string())?;
        note.add_sigs(&[&self.signer]).map_err(|e| e.to_string())?;
        String::from_utf8(note.to_bytes()).map_err(|e| e.to_string())
    }
}

#[cfg(unix)]
fn write_private(path: &Path, text: &str) -> std::io::Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let mut file = std::fs::OpenOptions::new().write(true).create_new(true).mode(0o600).open(path)?;
    file.write_all(text.as_bytes())
}

#[cfg(not(unix))]
fn write_private(path: &Path, text: &str) -> std::io::Result<()> {
    std::fs::write(path, text)
}

/// A checkpoint whose signature was checked.
#[derive(Debug, Clone, PartialEq)]
pub struct Verified {
    pub origin: String,
    pub size: u64,
    pub root: Hash,
}

/// What [`verify`] says of a note that carries no signature by the key.
pub const NOT_SIGNED_BY_KEY: &str = "not signed by the audit key given";

/// Checks a signed checkpoint against a verifier key: the signature, and
/// that the checkpoint names the key's log.
pub fn verify(note: &str, vkey: &str) -> Result<Verified, String> {
    let verifier = StandardVerifier::new(vkey.trim()).map_err(|e| format!("not a verifier key: {e}"))?;
    let name = signed_note::Verifier::name(&verifier).to_owned();
    let known = VerifierList::new(vec![Box::new(verifier)]);
    let note = Note::from_bytes(note.as_bytes()).map_err(|e| format!("not a signed note: {e}"))?;
    note.verify(&known).map_err(|e| match e {
        signed_note::NoteError::UnverifiedNote => NOT_SIGNED_BY_KEY.to_owned(),
        other => format!("bad signature: {other}"),
    })?;
    let checkpoint = Checkpoint::from_bytes(note.text()).map_err(|_| "not a tlog checkpoint".to_owned())?;
    if checkpoint.origin() != name {
        return Err(format!("the checkpoint is of the log {:?}, not {name:?}", checkpoint.origin()));
    }
    Ok(Verified { origin: name, size: checkpoint.size(), root: *checkpoint.hash() })
}

/// The size and root a checkpoint says, without checking its signature.
pub fn read_unverified(note: &str) -> Option<(u64, Hash)> {
    let text = note.split("\n\n").next()?;
    let checkpoint = Checkpoint::from_bytes(format!("{text}\n").as_bytes()).ok()?;
    Some((checkpoint.size(), *checkpoint.hash()))
}

/// The checkpoints of a checkpoint log file: signed notes one after the
/// other, separated by blank lines. A checkpoint's text is its three lines
/// (no extensions), then a blank line, then its signature lines (`— …`).
/// What does not have that shape (a write torn by a crash) is skipped, and
/// reading starts again at the next checkpoint; the second value counts the
/// lines skipped.
pub fn parse_log(text: &str) -> (Vec<String>, usize) {
    let lines: Vec<&str> = text.lines().collect();
    let (mut notes, mut skipped, mut i) = (Vec::new(), 0, 0);
    while i < lines.len() {
        if lines[i].is_empty() {
            i += 1;
            continue;
        }
        let shaped = i + 4 < lines.len()
            && !lines[i + 1].is_empty()
            && lines[i + 1].bytes().all(|b| b.is_ascii_digit())
            && !lines[i + 2].is_empty()
            && lines[i + 3].is_empty()
            && lines[i + 4].starts_with('\u{2014}');
        if !shaped {
            skipped += 1;
            i += 1;
            continue;
        }
        let mut note = format!("{}\n{}\n{}\n\n", lines[i], lines[i + 1], lines[i + 2]);
        i += 4;
        while i < lines.len() && lines[i].starts_with('\u{2014}') {
            note.push_str(lines[i]);
            note.push('\n');
            i += 1;
        }
        notes.push(note);
    }
    (notes, skipped)
}

pub fn root_base64(root: &Hash) -> String {
    BASE64.encode(root.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(name: &str) -> AuditKey {
        let (skey, _) = signed_note::generate_key(&mut argon2::password_hash::rand_core::OsRng, name);
        AuditKey::from_skey(&skey).expect("a key")
    }

    #[test]
    fn a_checkpoint_verifies_with_its_key_only() {
        let ours = key("countersign.test/audit");
        let root = tlog_tiles::tlog::record_hash(b"x");
        let note = ours.sign(12, root).expect("signs");
        assert_eq!(verify(&note, &ours.vkey), Ok(Verified { origin: ours.name.clone(), size: 12, root }));
        assert_eq!(read_unverified(&note), Some((12, root)));
        let theirs = key("countersign.test/audit");
        assert!(verify(&theirs.sign(12, root).expect("signs"), &ours.vkey).is_err(), "another key's checkpoint");
        let forged = note.replace("\n12\n", "\n13\n");
        assert!(verify(&forged, &ours.vkey).is_err(), "a changed size breaks the signature");
        let second = ours.sign(20, root).expect("signs");
        // A write torn by a crash between them, then the next append on a line of its own.
        let torn = note.lines().take(2).collect::<Vec<_>>().join("\n");
        let log = format!("\n{note}\n{torn}\n{second}");
        let (parsed, skipped) = parse_log(&log);
        assert_eq!(parsed.len(), 2, "{log}");
        assert_eq!(parsed[0], note);
        assert_eq!(parsed[1], second);
        assert!(skipped > 0, "the torn part is counted");
        assert!(verify(&parsed[1], &ours.vkey).is_ok());
    }
}
