//! Login throttling: too many failed logins for one username, or from one address, within a
//! window, and further attempts wait. Counted from the audit log's failed-login entries, so
//! the limits hold across restarts and across every worker.

use std::time::Duration;

use rusqlite::Connection;
use time::OffsetDateTime;

use crate::audit::repo::{FailedLogins, failed_logins};
pub use crate::configuration::LoginLimits;
use crate::time_format::{format_rfc3339, parse_rfc3339};

/// `None` when a login may be tried now; else how long to wait.
pub fn wait_before_login(
    conn: &Connection,
    limits: &LoginLimits,
    username: &str,
    address: &str,
    now: OffsetDateTime,
) -> rusqlite::Result<Option<Duration>> {
    let window = time::Duration::try_from(limits.window).unwrap_or(time::Duration::MINUTE * 15);
    let since = format_rfc3339(now - window);
    let mut wait: Option<Duration> = None;
    for (which, limit) in [
        (FailedLogins::ForUsername(username), limits.per_username),
        (FailedLogins::FromAddress(address), limits.per_address),
    ] {
        let (count, nth_at) = failed_logins(conn, which, &since, limit)?;
        if count < limit {
            continue;
        }
        let frees_at = nth_at
            .and_then(|at| parse_rfc3339(&at))
            .map_or(now + window, |at| at + window);
        // Whole seconds, at least one: the stored times are to the second.
        let seconds = (frees_at - now).whole_seconds().max(0) as u64 + 1;
        let this = Duration::from_secs(seconds);
        wait = Some(wait.map_or(this, |w| w.max(this)));
    }
    Ok(wait)
}
