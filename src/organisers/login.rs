//! Logging in, as one named operation: throttle, verify, open a session.
//!
//! An attempt is recorded as a failed login *before* its password is checked, in the same
//! transaction as the throttle's count, so parallel attempts cannot all slip under the limit:
//! N attempts at once verify at most the limit's worth of passwords. A verified attempt's
//! entry becomes the login itself.

use std::time::Duration;

use super::{Organiser, Username, password, repo, throttle};
use crate::audit::{Action, Entry};
use crate::db::Db;
use crate::error::AppError;
use crate::time_format::format_rfc3339;
use crate::tokens;

/// One login attempt as typed, with where it came from.
pub struct Attempt {
    /// The username as typed, bounded; it may name nobody.
    pub typed_name: String,
    pub password: String,
    pub address: String,
    /// The session this browser held, which ends at a successful login.
    pub previous_session: Option<Vec<u8>>,
}

pub enum LoginOutcome {
    /// Too many recent failures: wait this long; no password was checked.
    Throttled(Duration),
    /// Wrong username or password; recorded as a failed login.
    Refused,
    /// A new session, whose id goes in the cookie.
    LoggedIn {
        organiser: Organiser,
        session_id: String,
    },
}

/// Checks the throttle and reserves the attempt in one write; verifies the password under the
/// bound of [`password::verify_bounded`]; opens a session when it matches.
#[tracing::instrument(skip_all, fields(username = %attempt.typed_name, address = %attempt.address))]
pub async fn log_in(
    db: &Db<AppError>,
    limits: &throttle::LoginLimits,
    session_idle: Duration,
    attempt: Attempt,
) -> Result<LoginOutcome, AppError> {
    let Attempt {
        typed_name,
        password: typed_password,
        address,
        previous_session,
    } = attempt;
    let reservation = {
        let (limits, name, from) = (limits.clone(), typed_name.clone(), address.clone());
        db.write(move |conn| {
            let now = time::OffsetDateTime::now_utc();
            if let Some(wait) = throttle::wait_before_login(conn, &limits, &name, &from, now)? {
                return Ok(Err(wait));
            }
            let entry = Entry::new(name.clone(), Action::LoginFailed)
                .subject(name.clone())
                .address(from);
            let reserved = crate::audit::repo::record(conn, &entry, &format_rfc3339(now))?;
            let credentials = match Username::parse(&name) {
                Ok(username) => repo::find_credentials(conn, username.as_str())?,
                Err(_) => None,
            };
            Ok(Ok((reserved, credentials)))
        })
        .await?
    };
    let (reserved, credentials) = match reservation {
        Err(wait) => {
            tracing::warn!(
                seconds = wait.as_secs(),
                "login refused: too many failed attempts"
            );
            return Ok(LoginOutcome::Throttled(wait));
        }
        Ok(reserved) => reserved,
    };
    let (organiser, stored_hash) = credentials.unzip();
    let stored_hash = stored_hash.flatten();
    let verified = password::verify_bounded(stored_hash, typed_password).await?;
    let Some(organiser) = organiser.filter(|_| verified) else {
        tracing::warn!("failed login");
        return Ok(LoginOutcome::Refused);
    };

    // A new session id at every login; the session this browser held before ends here.
    let session_id = tokens::new_token();
    let id_hash = tokens::token_hash(&session_id);
    let idle = time::Duration::try_from(session_idle)
        .map_err(|e| anyhow::anyhow!("idle timeout out of range: {e}"))?;
    let (organiser_id, username) = (organiser.id, organiser.username.clone());
    db.write(move |conn| {
        let now = time::OffsetDateTime::now_utc();
        if let Some(previous) = previous_session {
            repo::delete_session(conn, &previous)?;
        }
        repo::delete_sessions_idle_since(conn, &format_rfc3339(now - idle))?;
        repo::insert_session(conn, &id_hash, organiser_id, &format_rfc3339(now))?;
        let login = Entry::new(username.clone(), Action::Login).subject(username);
        Ok(crate::audit::repo::resolve_as(conn, reserved, &login)?)
    })
    .await?;
    tracing::info!(organiser = %organiser.username, "logged in");
    Ok(LoginOutcome::LoggedIn {
        organiser,
        session_id,
    })
}
