//! Password hashing with argon2id.
//!
//! Parameters: 19 MiB of memory, 2 passes, 1 lane: OWASP's recommended minimum for argon2id,
//! about 20 ms a hash on one core here. Hashes are PHC strings, so the parameters travel with
//! each hash and can be raised later without invalidating stored ones.

use std::sync::LazyLock;

use argon2::password_hash::phc::PasswordHash;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use argon2::{Algorithm, Argon2, Params, Version};

fn argon2() -> Argon2<'static> {
    let params = Params::new(19 * 1024, 2, 1, None).expect("valid argon2 parameters");
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

pub fn hash(password: &str) -> anyhow::Result<String> {
    argon2()
        .hash_password(password.as_bytes())
        .map(|h| h.to_string())
        .map_err(|e| anyhow::anyhow!("cannot hash a password: {e}"))
}

/// Verified against when the username is unknown, so both cases take the same time.
static DUMMY_HASH: LazyLock<String> =
    LazyLock::new(|| hash("no organiser has this password").expect("hashing works"));

/// Whether `password` matches `stored`; with no stored hash, spends the same time and says no.
/// CPU-heavy: call from a blocking thread.
pub fn verify(stored: Option<&str>, password: &str) -> bool {
    let known = stored.is_some();
    let stored = stored.unwrap_or(DUMMY_HASH.as_str());
    let matches = match PasswordHash::new(stored) {
        Ok(parsed) => argon2()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok(),
        Err(_) => false,
    };
    known && matches
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hash_verifies_its_password_only() {
        let stored = hash("correct horse battery").unwrap();
        assert!(
            stored.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
            "{stored}"
        );
        assert!(verify(Some(&stored), "correct horse battery"));
        assert!(!verify(Some(&stored), "correct horse battery "));
        assert!(!verify(None, "no organiser has this password"));
        assert!(!verify(Some("not a hash"), "anything"));
    }
}
