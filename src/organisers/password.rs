//! Password hashing with argon2id.
//!
//! Parameters: 19 MiB of memory, 2 passes, 1 lane: OWASP's recommended minimum for argon2id,
//! about 20 ms a hash on one core here. Hashes are PHC strings, so the parameters travel with
//! each hash and can be raised later without invalidating stored ones.
//!
//! Each verification works in 19 MiB of memory, so the server verifies on a fixed set of
//! threads, one per core, each reusing one buffer for that memory ([`verify_bounded`]): a login
//! flood queues instead of growing memory. (Left to allocate afresh for each check, the
//! allocator kept up to a dozen such blocks resident after a few hundred logins.)

use std::sync::mpsc;
use std::sync::{LazyLock, Mutex};

use tokio::sync::oneshot;

use std::cell::RefCell;

use argon2::password_hash::PasswordHasher;
use argon2::password_hash::phc::{Output, PasswordHash};
use argon2::{Algorithm, Argon2, Block, Params, Version};

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

/// Whether `password` matches `stored`, through argon2's own verifier: the reference the
/// server's [`verify_bounded`] is tested against.
#[cfg(test)]
fn verify(stored: Option<&str>, password: &str) -> bool {
    use argon2::password_hash::PasswordVerifier;
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

thread_local! {
    /// A verification thread's argon2 memory, kept from one check to the next.
    static MEMORY: RefCell<Vec<Block>> = const { RefCell::new(Vec::new()) };
}

/// Whether `password` matches `stored`, in this thread's reused memory; with no stored hash it
/// spends the same time and says no. The hash's own parameters apply, as in
/// argon2's verifier: parsed by the crate, compared in constant time by its `Output`.
fn verify_in_reused_memory(stored: Option<&str>, password: &str) -> bool {
    let known = stored.is_some();
    let stored = stored.unwrap_or(DUMMY_HASH.as_str());
    let matches = || -> Option<bool> {
        let parsed = PasswordHash::new(stored).ok()?;
        let (salt, expected) = (parsed.salt.as_ref()?, parsed.hash.as_ref()?);
        let algorithm = Algorithm::try_from(parsed.algorithm.as_str()).ok()?;
        let version = match parsed.version {
            Some(v) => Version::try_from(v).ok()?,
            None => Version::default(),
        };
        let params = Params::try_from(&parsed).ok()?;
        let blocks = params.block_count();
        let mut out = vec![0u8; expected.len()];
        MEMORY.with_borrow_mut(|memory| {
            if memory.len() < blocks {
                memory.resize(blocks, Block::new());
            }
            Argon2::new(algorithm, version, params)
                .hash_password_into_with_memory(
                    password.as_bytes(),
                    salt.as_ref(),
                    &mut out,
                    &mut memory[..blocks],
                )
                .ok()
        })?;
        Some(Output::new(&out).ok()? == *expected)
    };
    known && matches().unwrap_or(false)
}

type Check = Box<dyn FnOnce() + Send>;

/// The verification threads, started on first use.
/// At most this many checks run at once, whatever the number of cores: each holds 19 MiB.
const MAX_CHECKERS: usize = 4;

static CHECKERS: LazyLock<mpsc::Sender<Check>> = LazyLock::new(|| {
    let (sender, receiver) = mpsc::channel::<Check>();
    let receiver = std::sync::Arc::new(Mutex::new(receiver));
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get().min(MAX_CHECKERS));
    for n in 0..threads {
        let receiver = receiver.clone();
        std::thread::Builder::new()
            .name(format!("password-check-{n}"))
            .spawn(move || {
                loop {
                    // The lock is held only to take the next check, not while running it.
                    let next = receiver.lock().map(|r| r.recv());
                    match next {
                        // A check that panics answers nobody (its caller sees an error); the
                        // thread lives on for the next.
                        Ok(Ok(check)) => {
                            let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(check));
                        }
                        _ => break,
                    }
                }
            })
            .expect("a password-check thread starts");
    }
    sender
});

/// Whether `password` matches `stored`, checked on one of the verification threads (one per
/// core, at most [`MAX_CHECKERS`]), so a flood of logins waits its turn.
pub async fn verify_bounded(stored: Option<String>, password: String) -> anyhow::Result<bool> {
    let (answer, verified) = oneshot::channel();
    let check: Check = Box::new(move || {
        let _ = answer.send(verify_in_reused_memory(stored.as_deref(), &password));
    });
    CHECKERS
        .send(check)
        .map_err(|_| anyhow::anyhow!("the password checkers have stopped"))?;
    verified
        .await
        .map_err(|_| anyhow::anyhow!("a password check failed"))
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

    #[test]
    fn reused_memory_gives_the_crate_verifiers_answers() {
        let stored = hash("correct horse battery").unwrap();
        // Other parameters, as a hash made before they were raised would carry.
        let older = Argon2::new(
            Algorithm::Argon2id,
            Version::V0x13,
            Params::new(8 * 1024, 1, 1, None).unwrap(),
        )
        .hash_password(b"older password")
        .unwrap()
        .to_string();
        for (stored, attempt) in [
            (Some(stored.as_str()), "correct horse battery"),
            (Some(stored.as_str()), "correct horse batter"),
            (Some(older.as_str()), "older password"),
            (Some(older.as_str()), "correct horse battery"),
            (Some("not a hash"), "anything"),
            (
                Some("$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$"),
                "anything",
            ),
            (None, "no organiser has this password"),
        ] {
            assert_eq!(
                verify_in_reused_memory(stored, attempt),
                verify(stored, attempt),
                "{stored:?} {attempt}"
            );
        }
        assert!(verify_in_reused_memory(Some(&older), "older password"));
    }

    #[tokio::test]
    async fn bounded_checks_give_the_same_answers() {
        let stored = hash("correct horse battery").unwrap();
        let checks: Vec<_> = (0..8)
            .map(|n| {
                let attempt = if n % 2 == 0 {
                    "correct horse battery"
                } else {
                    "wrong"
                };
                tokio::spawn(verify_bounded(Some(stored.clone()), attempt.to_string()))
            })
            .collect();
        for (n, check) in checks.into_iter().enumerate() {
            assert_eq!(check.await.unwrap().unwrap(), n % 2 == 0, "check {n}");
        }
        assert!(!verify_bounded(None, "anything".into()).await.unwrap());
    }
}
