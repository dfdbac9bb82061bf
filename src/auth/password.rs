//! Passwords: argon2id hashes, computed off the async threads.

use argon2::Argon2;
use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use rand::Rng;

/// A hash of a password nobody has, verified against when the user does not
/// exist, so that an unknown name costs the same time as a wrong password.
pub const DUMMY_HASH: &str =
    "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$2yo0jbP0bpzoB3CAcsq9fhbTQQ2zX8gZ3V5kMHcmYdE";

pub async fn hash(password: String) -> Result<String, String> {
    tokio::task::spawn_blocking(move || {
        let salt = SaltString::generate(&mut OsRng);
        Argon2::default().hash_password(password.as_bytes(), &salt).map(|h| h.to_string()).map_err(|e| e.to_string())
    })
    .await
    .map_err(|e| e.to_string())?
}

/// Whether `password` matches `stored`; a malformed stored hash never matches.
pub async fn verify(password: String, stored: String) -> bool {
    tokio::task::spawn_blocking(move || {
        PasswordHash::new(&stored)
            .is_ok_and(|parsed| Argon2::default().verify_password(password.as_bytes(), &parsed).is_ok())
    })
    .await
    .unwrap_or(false)
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
        assert!(verify("correct horse".to_owned(), stored.clone()).await);
        assert!(!verify("wrong".to_owned(), stored).await);
        assert!(PasswordHash::new(DUMMY_HASH).is_ok());
        assert!(!verify("anything".to_owned(), "not a hash".to_owned()).await);
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
