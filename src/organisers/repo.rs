//! All SQL of organisers and their sessions.

use rusqlite::{Connection, OptionalExtension, params};

use super::Organiser;

#[tracing::instrument(level = "debug", skip_all)]
pub fn insert(
    conn: &Connection,
    username: &str,
    password_hash: &str,
    now: &str,
) -> rusqlite::Result<i64> {
    conn.execute(
        "INSERT INTO organisers (username, password_hash, created_at) VALUES (?1, ?2, ?3)",
        params![username, password_hash, now],
    )?;
    Ok(conn.last_insert_rowid())
}

/// The organiser and their password hash, for login.
#[tracing::instrument(level = "debug", skip_all)]
pub fn find_credentials(
    conn: &Connection,
    username: &str,
) -> rusqlite::Result<Option<(Organiser, String)>> {
    conn.prepare_cached("SELECT id, username, password_hash FROM organisers WHERE username = ?1")?
        .query_row([username], |r| {
            Ok((
                Organiser {
                    id: r.get(0)?,
                    username: r.get(1)?,
                },
                r.get(2)?,
            ))
        })
        .optional()
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
        r#"SELECT o.id, o.username, s.last_seen FROM sessions s
           JOIN organisers o ON o.id = s.organiser_id WHERE s.id_hash = ?1"#,
    )?
    .query_row([id_hash], |r| {
        Ok((
            Organiser {
                id: r.get(0)?,
                username: r.get(1)?,
            },
            r.get(2)?,
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
