//! Passwords: argon2id hashes, computed off the async threads, a few at a
//! time: each takes 19 MiB, so unbounded parallel sign-ins would take the
//! server's memory with them.

use std::sync::OnceLock;
use std::time::Duration;

use argon2::Argon2;
use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, SaltString};
use rand::Rng;
use tokio::sync::Semaphore;

/// How long a sign-in waits for a free hashing slot before it is told to
/// come back later.
pub const HASHING_WAIT: Duration = Duration::from_secs(3);

/// Too many sign-ins at once: the caller answers 503 with Retry-After.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Busy;

/// Work for a hashing thread, with the channel its answer goes back on.
type Job = Box<dyn FnOnce() + Send>;

/// One hashing slot per core: hashing is all CPU, so more would only queue
/// while holding their memory. Each slot is a thread of its own that lives
/// as long as the process, so hashing never runs on more threads than slots.
struct Slots {
    free: Semaphore,
    jobs: std::sync::mpsc::SyncSender<Job>,
}

fn slots() -> &'static Slots {
    static SLOTS: OnceLock<Slots> = OnceLock::new();
    SLOTS.get_or_init(|| {
        let count = std::thread::available_parallelism().map_or(2, |n| n.get());
        let (jobs, queue) = std::sync::mpsc::sync_channel::<Job>(count);
        let queue = std::sync::Arc::new(std::sync::Mutex::new(queue));
        for index in 0..count {
            let queue = queue.clone();
            let started = std::thread::Builder::new().name(format!("password-hashing-{index}")).spawn(move || {
                loop {
                    let job = match queue.lock() {
                        Ok(receiver) => receiver.recv(),
                        Err(_) => return,
                    };
                    match job {
                        Ok(job) => job(),
                        Err(_) => return,
                    }
                }
            });
            if let Err(error) = started {
                tracing::error!(%error, "could not start a password hashing thread");
            }
        }
        Slots { free: Semaphore::new(count), jobs }
    })
}

/// Runs `work` on a hashing thread once a slot is free.
async fn with_slot<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> Result<T, Busy> {
    let slots = slots();
    let _slot = tokio::time::timeout(HASHING_WAIT, slots.free.acquire()).await.map_err(|_| Busy)?.map_err(|_| Busy)?;
    let (answer, answered) = tokio::sync::oneshot::channel();
    let job: Job = Box::new(move || {
        let _ = answer.send(work());
    });
    // The queue holds one job per slot, and this one holds a slot: it always has room.
    slots.jobs.try_send(job).map_err(|_| Busy)?;
    answered.await.map_err(|_| Busy)
}

/// A hash of a password nobody has, verified against when the user does not
/// exist, so that an unknown name costs the same time as a wrong password.
pub const DUMMY_HASH: &str =
    "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$2yo0jbP0bpzoB3CAcsq9fhbTQQ2zX8gZ3V5kMHcmYdE";

/// Why a new hash was not made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HashError {
    Busy,
    Failed(String),
}

pub async fn hash(password: String) -> Result<String, HashError> {
    with_slot(move || {
        let salt = SaltString::generate(&mut OsRng);
        Argon2::default().hash_password(password.as_bytes(), &salt).map(|h| h.to_string()).map_err(|e| e.to_string())
    })
    .await
    .map_err(|Busy| HashError::Busy)?
    .map_err(HashError::Failed)
}

/// Whether `password` matches `stored`; a malformed stored hash never matches.
pub async fn verify(password: String, stored: String) -> Result<bool, Busy> {
    with_slot(move || matches_stored(password.as_bytes(), &stored)).await
}

/// The most memory a stored hash may ask of a verification (64 MiB): ours
/// ask 19 MiB; a larger one can only be planted.
const MAX_VERIFY_BLOCKS: usize = 64 * 1024;

/// Recomputes `stored`'s hash of `password`
/// and compares the two in constant time.
fn matches_stored(password: &[u8], stored: &str) -> bool {
    let Ok(parsed) = PasswordHash::new(stored) else { return false };
    let (Some(salt), Some(expected)) = (parsed.salt, parsed.hash) else { return false };
    let Ok(algorithm) = argon2::Algorithm::try_from(parsed.algorithm) else { return false };
    let version = match parsed.version.map(argon2::Version::try_from).transpose() {
        Ok(version) => version.unwrap_or_default(),
        Err(_) => return false,
    };
    let Ok(params) = argon2::Params::try_from(&parsed) else { return false };
    if params.block_count() > MAX_VERIFY_BLOCKS {
        return false;
    }
    let mut salt_bytes = [0u8; 64];
    let Ok(salt) = salt.decode_b64(&mut salt_bytes) else { return false };
    let mut computed = vec![0u8; expected.len()];
    // Allocated per check and given back, as the crate's own hashing does:
    // the portal's allocator (mimalloc, see `main.rs`) returns a block this
    // large to the system at once, so an idle portal holds no hashing memory.
    let mut blocks = vec![argon2::Block::default(); params.block_count()];
    let hashed = Argon2::new(algorithm, version, params.clone()).hash_password_into_with_memory(
        password,
        salt,
        &mut computed,
        &mut blocks,
    );
    hashed.is_ok() && constant_time_bytes_eq(&computed, expected.as_bytes())
}

fn constant_time_bytes_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// A random password of 20 letters and digits (about 119 bits).
pub fn generate() -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    let mut rng = rand::rng();
    (0..20).map(|_| ALPHABET[rng.random_range(0..ALPHABET.len())] as char).collect()
}

/// A random token of 32 bytes, hex-encoded: session ids and CSRF tokens.
pub fn token() -> String {
    let bytes: [u8; 32] = rand::rng().random();
    hex::encode(bytes)
}

/// Compares two strings in time that depends only on their lengths.
pub fn constant_time_eq(a: &str, b: &str) -> bool {
    constant_time_bytes_eq(a.as_bytes(), b.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn hashes_verify_and_the_dummy_hash_is_well_formed() {
        let stored = hash("correct horse".to_owned()).await.expect("hashes");
        assert!(stored.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{stored}");
        // The crate's own verifier agrees with the hash made here.
        use argon2::PasswordVerifier;
        let parsed = PasswordHash::new(&stored).expect("a PHC string");
        assert!(Argon2::default().verify_password(b"correct horse", &parsed).is_ok());
        assert_eq!(verify("correct horse".to_owned(), stored.clone()).await, Ok(true));
        assert_eq!(verify("wrong".to_owned(), stored).await, Ok(false));
        assert!(PasswordHash::new(DUMMY_HASH).is_ok());
        assert_eq!(verify("anything".to_owned(), "not a hash".to_owned()).await, Ok(false));
    }

    #[test]
    fn tokens_and_comparisons() {
        assert_eq!(token().len(), 64);
        assert_ne!(token(), token());
        assert_eq!(generate().len(), 20);
        assert!(constant_time_eq("abc", "abc"));
        assert!(!constant_time_eq("abc", "abd"));
        assert!(!constant_time_eq("abc", "ab"));
    }
}
