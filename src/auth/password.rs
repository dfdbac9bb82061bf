//! Passwords: argon2id hashes, computed off the async threads, a few at a
//! time: each takes 19 MiB, so unbounded parallel sign-ins would take the
//! server's memory with them.

use std::sync::OnceLock;
use std::time::Duration;

use argon2::Argon2;
use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use rand::Rng;
use tokio::sync::Semaphore;

/// How long a sign-in waits for a free hashing slot before it is told to
/// come back later.
pub const HASHING_WAIT: Duration = Duration::from_secs(3);

/// Too many sign-ins at once: the caller answers 503 with Retry-After.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Busy;

/// One hashing slot per core: hashing is all CPU, so more would only queue
/// inside the thread pool while holding their memory.
fn slots() -> &'static Semaphore {
    static SLOTS: OnceLock<Semaphore> = OnceLock::new();
    SLOTS.get_or_init(|| Semaphore::new(std::thread::available_parallelism().map_or(2, |n| n.get())))
}

/// Runs `work` on the blocking pool once a slot is free.
async fn with_slot<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> Result<T, Busy> {
    let _slot = tokio::time::timeout(HASHING_WAIT, slots().acquire()).await.map_err(|_| Busy)?.map_err(|_| Busy)?;
    tokio::task::spawn_blocking(work).await.map_err(|_| Busy)
}

/// A hash of a password nobody has, verified against when the user does not
/// exist, so that an unknown name costs the same time as a wrong password.
pub const DUMMY_HASH: &str =
    "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$2yo0jbP0bpzoB3CAcsq9fhbTQQ2zX8gZ3V5kMHcmYdE";

pub async fn hash(password: String) -> Result<String, String> {
    with_slot(move || {
        let salt = SaltString::generate(&mut OsRng);
        Argon2::default().hash_password(password.as_bytes(), &salt).map(|h| h.to_string()).map_err(|e| e.to_string())
    })
    .await
    .map_err(|Busy| "the server is busy hashing passwords; try again".to_owned())?
}

/// Whether `password` matches `stored`; a malformed stored hash never matches.
pub async fn verify(password: String, stored: String) -> Result<bool, Busy> {
    with_slot(move || {
        PasswordHash::new(&stored)
            .is_ok_and(|parsed| Argon2::default().verify_password(password.as_bytes(), &parsed).is_ok())
    })
    .await
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
    a.len() == b.len() && a.bytes().zip(b.bytes()).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn hashes_verify_and_the_dummy_hash_is_well_formed() {
        let stored = hash("correct horse".to_owned()).await.expect("hashes");
        assert!(stored.starts_with("$argon2id$"));
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
