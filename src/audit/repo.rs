//! All SQL of the audit log.

use rusqlite::{Connection, OptionalExtension, params};

use super::Entry;

/// Records `entry`; returns its number in the log.
#[tracing::instrument(level = "debug", skip_all)]
pub fn record(conn: &Connection, entry: &Entry, now: &str) -> rusqlite::Result<i64> {
    conn.prepare_cached(
        r#"INSERT INTO audit_log (at, actor, action, subject, detail, address)
           VALUES (?1, ?2, ?3, ?4, ?5, ?6)"#,
    )?
    .execute(params![
        now,
        entry.actor,
        entry.action.key(),
        entry.subject,
        entry.detail,
        entry.address
    ])?;
    Ok(conn.last_insert_rowid())
}

/// Records `entry` as done now.
#[tracing::instrument(level = "debug", skip_all)]
pub fn record_now(conn: &Connection, entry: &Entry) -> rusqlite::Result<()> {
    record(conn, entry, &crate::time_format::now_rfc3339()).map(drop)
}

/// Turns entry `id`, recorded before its outcome was known (a login attempt, counted before
/// its password is checked), into `entry`. Its time and address stay: the log keeps the order
/// in which things were attempted.
#[tracing::instrument(level = "debug", skip_all)]
pub fn resolve_as(conn: &Connection, id: i64, entry: &Entry) -> rusqlite::Result<()> {
    conn.prepare_cached(
        r#"UPDATE audit_log SET actor = ?2, action = ?3, subject = ?4, detail = ?5
           WHERE id = ?1"#,
    )?
    .execute(params![
        id,
        entry.actor,
        entry.action.key(),
        entry.subject,
        entry.detail
    ])?;
    Ok(())
}

/// Whose failed logins to count.
pub enum FailedLogins<'a> {
    /// For one username, not counting those before its last successful login (by the log's
    /// own order: several entries can share a second).
    ForUsername(&'a str),
    /// From one address, whatever the username.
    FromAddress(&'a str),
}

/// Failed logins matching `which` after `since`: how many, and the time of the `nth` most
/// recent (when that one ages out of the window, the count drops below `nth`).
#[tracing::instrument(level = "debug", skip_all)]
pub fn failed_logins(
    conn: &Connection,
    which: FailedLogins<'_>,
    since: &str,
    nth: u32,
) -> rusqlite::Result<(u32, Option<String>)> {
    let (from, key) = match which {
        FailedLogins::ForUsername(username) => (
            r#"FROM audit_log WHERE action = 'login-failed' AND subject = ?1 AND at > ?2
               AND id > COALESCE((SELECT MAX(id) FROM audit_log
                                  WHERE action = 'login' AND subject = ?1), 0)"#,
            username,
        ),
        FailedLogins::FromAddress(address) => (
            "FROM audit_log WHERE action = 'login-failed' AND address = ?1 AND at > ?2",
            address,
        ),
    };
    let count: u32 = conn
        .prepare_cached(&format!("SELECT COUNT(*) {from}"))?
        .query_row(params![key, since], |r| r.get(0))?;
    let nth_at = conn
        .prepare_cached(&format!(
            "SELECT at {from} ORDER BY id DESC LIMIT 1 OFFSET ?3"
        ))?
        .query_row(params![key, since, nth.saturating_sub(1)], |r| r.get(0))
        .optional()?;
    Ok((count, nth_at))
}

/// A recorded entry, as the audit page lists it.
#[derive(Debug, Clone)]
pub struct Recorded {
    pub at: String,
    pub actor: String,
    pub action: String,
    pub subject: String,
    pub detail: String,
    pub address: String,
}

/// The newest entries first.
#[tracing::instrument(level = "debug", skip_all)]
pub fn newest(conn: &Connection, limit: u32, offset: u32) -> rusqlite::Result<Vec<Recorded>> {
    conn.prepare_cached(
        r#"SELECT at, actor, action, subject, detail, address FROM audit_log
           ORDER BY id DESC LIMIT ?1 OFFSET ?2"#,
    )?
    .query_map([limit, offset], |r| {
        Ok(Recorded {
            at: r.get(0)?,
            actor: r.get(1)?,
            action: r.get(2)?,
            subject: r.get(3)?,
            detail: r.get(4)?,
            address: r.get(5)?,
        })
    })?
    .collect()
}
