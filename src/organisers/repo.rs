//! All SQL of organisers and their sessions.

use rusqlite::{Connection, OptionalExtension, params};

use super::{Account, Organiser, Role};

fn role_of(r: &rusqlite::Row, index: usize) -> rusqlite::Result<Role> {
    let key: String = r.get(index)?;
    Role::parse(&key).ok_or_else(|| {
        rusqlite::Error::FromSqlConversionFailure(
            index,
            rusqlite::types::Type::Text,
            format!("unknown role {key:?}").into(),
        )
    })
}

/// Adds an account; an empty `password_hash` is an account whose owner has yet to set one.
#[tracing::instrument(level = "debug", skip_all)]
pub fn insert(
    conn: &Connection,
    username: &str,
    password_hash: &str,
    role: Role,
    now: &str,
) -> rusqlite::Result<i64> {
    conn.execute(
        "INSERT INTO organisers (username, password_hash, role, created_at) VALUES (?1, ?2, ?3, ?4)",
        params![username, password_hash, role.key(), now],
    )?;
    Ok(conn.last_insert_rowid())
}

/// An enabled organiser and their password hash (`None` before they have set one), for login.
#[tracing::instrument(level = "debug", skip_all)]
pub fn find_credentials(
    conn: &Connection,
    username: &str,
) -> rusqlite::Result<Option<(Organiser, Option<String>)>> {
    conn.prepare_cached(
        r#"SELECT id, username, role, NULLIF(password_hash, '') FROM organisers
           WHERE username = ?1 AND disabled_at IS NULL"#,
    )?
    .query_row([username], |r| {
        Ok((
            Organiser {
                id: r.get(0)?,
                username: r.get(1)?,
                role: role_of(r, 2)?,
            },
            r.get(3)?,
        ))
    })
    .optional()
}

/// The password hash of an organiser, for checking their current password.
#[tracing::instrument(level = "debug", skip_all)]
pub fn password_hash(conn: &Connection, organiser_id: i64) -> rusqlite::Result<Option<String>> {
    conn.query_row(
        "SELECT NULLIF(password_hash, '') FROM organisers WHERE id = ?1",
        [organiser_id],
        |r| r.get(0),
    )
    .optional()
    .map(Option::flatten)
}

/// Whether any account exists (the first one made on the command line administers).
#[tracing::instrument(level = "debug", skip_all)]
pub fn any(conn: &Connection) -> rusqlite::Result<bool> {
    conn.query_row("SELECT EXISTS (SELECT 1 FROM organisers)", [], |r| r.get(0))
}

const ACCOUNT_COLUMNS: &str =
    "id, username, role, disabled_at IS NOT NULL, password_hash <> '', created_at";

fn account_of(r: &rusqlite::Row) -> rusqlite::Result<Account> {
    Ok(Account {
        id: r.get(0)?,
        username: r.get(1)?,
        role: role_of(r, 2)?,
        disabled: r.get(3)?,
        has_password: r.get(4)?,
        created_at: r.get(5)?,
    })
}

/// Every account, by name.
#[tracing::instrument(level = "debug", skip_all)]
pub fn list_accounts(conn: &Connection) -> rusqlite::Result<Vec<Account>> {
    conn.prepare(&format!(
        "SELECT {ACCOUNT_COLUMNS} FROM organisers ORDER BY username"
    ))?
    .query_map([], account_of)?
    .collect()
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn find_account(conn: &Connection, id: i64) -> rusqlite::Result<Option<Account>> {
    conn.query_row(
        &format!("SELECT {ACCOUNT_COLUMNS} FROM organisers WHERE id = ?1"),
        [id],
        account_of,
    )
    .optional()
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn find_account_by_name(
    conn: &Connection,
    username: &str,
) -> rusqlite::Result<Option<Account>> {
    conn.query_row(
        &format!("SELECT {ACCOUNT_COLUMNS} FROM organisers WHERE username = ?1"),
        [username],
        account_of,
    )
    .optional()
}

/// Enabled administrators other than `except`.
#[tracing::instrument(level = "debug", skip_all)]
pub fn other_active_administrators(conn: &Connection, except: i64) -> rusqlite::Result<i64> {
    conn.query_row(
        r#"SELECT COUNT(*) FROM organisers
           WHERE role = 'administrator' AND disabled_at IS NULL AND id <> ?1"#,
        [except],
        |r| r.get(0),
    )
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn update_role(conn: &Connection, id: i64, role: Role) -> rusqlite::Result<usize> {
    conn.execute(
        "UPDATE organisers SET role = ?2 WHERE id = ?1",
        params![id, role.key()],
    )
}

/// Disables (with the time) or enables (`None`) an account.
#[tracing::instrument(level = "debug", skip_all)]
pub fn set_disabled(conn: &Connection, id: i64, at: Option<&str>) -> rusqlite::Result<usize> {
    conn.execute(
        "UPDATE organisers SET disabled_at = ?2 WHERE id = ?1",
        params![id, at],
    )
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn set_password_hash(conn: &Connection, id: i64, hash: &str) -> rusqlite::Result<usize> {
    conn.execute(
        "UPDATE organisers SET password_hash = ?2 WHERE id = ?1",
        params![id, hash],
    )
}

/// Ends every session of an organiser but `keep` (the one making the change, if any).
#[tracing::instrument(level = "debug", skip_all)]
pub fn delete_sessions_of(
    conn: &Connection,
    organiser_id: i64,
    keep: &[u8],
) -> rusqlite::Result<usize> {
    conn.execute(
        "DELETE FROM sessions WHERE organiser_id = ?1 AND id_hash <> ?2",
        params![organiser_id, keep],
    )
}

/// Stores a new password link; earlier unused links of the organiser stop working.
#[tracing::instrument(level = "debug", skip_all)]
pub fn insert_password_link(
    conn: &Connection,
    token_hash: &[u8],
    organiser_id: i64,
    by: &str,
    now: &str,
    expires_at: &str,
) -> rusqlite::Result<()> {
    conn.execute(
        "UPDATE password_links SET used_at = ?2 WHERE organiser_id = ?1 AND used_at IS NULL",
        params![organiser_id, now],
    )?;
    conn.execute(
        r#"INSERT INTO password_links (token_hash, organiser_id, created_by, created_at, expires_at)
           VALUES (?1, ?2, ?3, ?4, ?5)"#,
        params![token_hash, organiser_id, by, now, expires_at],
    )?;
    Ok(())
}

/// The account an unused, unexpired link is for, if its account is enabled.
#[tracing::instrument(level = "debug", skip_all)]
pub fn find_link_account(
    conn: &Connection,
    token_hash: &[u8],
    now: &str,
) -> rusqlite::Result<Option<Account>> {
    conn.query_row(
        &format!(
            r#"SELECT {ACCOUNT_COLUMNS} FROM organisers
               WHERE disabled_at IS NULL AND id = (
                 SELECT organiser_id FROM password_links
                 WHERE token_hash = ?1 AND used_at IS NULL AND expires_at > ?2)"#
        ),
        params![token_hash, now],
        account_of,
    )
    .optional()
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn mark_link_used(conn: &Connection, token_hash: &[u8], now: &str) -> rusqlite::Result<usize> {
    conn.execute(
        "UPDATE password_links SET used_at = ?2 WHERE token_hash = ?1 AND used_at IS NULL",
        params![token_hash, now],
    )
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn insert_session(
    conn: &Connection,
    id_hash: &[u8],
    organiser_id: i64,
    now: &str,
) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO sessions (id_hash, organiser_id, created_at, last_seen) VALUES (?1, ?2, ?3, ?3)",
        params![id_hash, organiser_id, now],
    )?;
    Ok(())
}

/// The session's organiser and when the session was last used.
#[tracing::instrument(level = "debug", skip_all)]
pub fn find_session(
    conn: &Connection,
    id_hash: &[u8],
) -> rusqlite::Result<Option<(Organiser, String)>> {
    conn.prepare_cached(
        r#"SELECT o.id, o.username, o.role, s.last_seen FROM sessions s
           JOIN organisers o ON o.id = s.organiser_id
           WHERE s.id_hash = ?1 AND o.disabled_at IS NULL"#,
    )?
    .query_row([id_hash], |r| {
        Ok((
            Organiser {
                id: r.get(0)?,
                username: r.get(1)?,
                role: role_of(r, 2)?,
            },
            r.get(3)?,
        ))
    })
    .optional()
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn touch_session(conn: &Connection, id_hash: &[u8], now: &str) -> rusqlite::Result<()> {
    conn.prepare_cached("UPDATE sessions SET last_seen = ?2 WHERE id_hash = ?1")?
        .execute(params![id_hash, now])?;
    Ok(())
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn delete_session(conn: &Connection, id_hash: &[u8]) -> rusqlite::Result<()> {
    conn.prepare_cached("DELETE FROM sessions WHERE id_hash = ?1")?
        .execute([id_hash])?;
    Ok(())
}

/// Drops sessions idle since before `cutoff` (an RFC 3339 time).
#[tracing::instrument(level = "debug", skip_all)]
pub fn delete_sessions_idle_since(conn: &Connection, cutoff: &str) -> rusqlite::Result<usize> {
    conn.execute("DELETE FROM sessions WHERE last_seen < ?1", [cutoff])
}
