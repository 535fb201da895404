//! One typed settings struct; the command line and `CONSULT_*` environment variables fill it.

use std::path::PathBuf;
use std::time::Duration;

use crate::organisers::throttle::LoginLimits;

#[derive(Debug, Clone)]
pub struct Settings {
    /// The SQLite file; created with the seed data when it does not exist.
    pub database_path: PathBuf,
    /// Address to listen on; port 0 picks a free port (tests use that).
    pub bind: String,
    /// Mark cookies `Secure`. Browsers keep secure cookies on http://127.0.0.1 but not on
    /// other plain-http hosts, so this is a setting rather than always on.
    pub secure_cookies: bool,
    /// Largest accepted request body. Browsers percent-encode non-ASCII text, so 10,000 Arabic
    /// characters (the comment limit) are about 60 KB on the wire; comment and proposed
    /// wording at their limits in any script fit in 256 KiB.
    pub max_body_bytes: usize,
    /// An organiser session ends after this long without a request.
    pub session_idle_timeout: Duration,
    /// HTTP worker threads; `None` means one per core.
    pub workers: Option<usize>,
    /// Failed logins allowed before further attempts must wait.
    pub login_limits: LoginLimits,
}

impl Settings {
    pub fn new(database_path: PathBuf, bind: String) -> Self {
        Self {
            database_path,
            bind,
            secure_cookies: false,
            max_body_bytes: 256 * 1024,
            session_idle_timeout: Duration::from_secs(8 * 60 * 60),
            workers: None,
            login_limits: LoginLimits::default(),
        }
    }
}
