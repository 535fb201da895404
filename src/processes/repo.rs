//! All SQL of the processes.

use rusqlite::{Connection, OptionalExtension, Row, params};

use super::{Process, ProcessSlug};

fn from_row(r: &Row) -> rusqlite::Result<Process> {
    Ok(Process {
        id: r.get(0)?,
        slug: r.get(1)?,
        title: r.get(2)?,
    })
}

/// Adds a process after the others; returns its id.
#[tracing::instrument(level = "debug", skip_all)]
pub fn insert(conn: &Connection, slug: &ProcessSlug, title: &str) -> rusqlite::Result<i64> {
    conn.execute(
        r#"INSERT INTO processes (slug, title, position, created_at)
           VALUES (?1, ?2, (SELECT COALESCE(MAX(position) + 1, 0) FROM processes), ?3)"#,
        params![slug.as_str(), title, crate::time_format::now_rfc3339()],
    )?;
    Ok(conn.last_insert_rowid())
}

/// Every process in its listed order.
#[tracing::instrument(level = "debug", skip_all)]
pub fn list(conn: &Connection) -> rusqlite::Result<Vec<Process>> {
    conn.prepare_cached("SELECT id, slug, title FROM processes ORDER BY position, id")?
        .query_map([], from_row)?
        .collect()
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn find_by_slug(conn: &Connection, slug: &str) -> rusqlite::Result<Option<Process>> {
    conn.prepare_cached("SELECT id, slug, title FROM processes WHERE slug = ?1")?
        .query_row([slug], from_row)
        .optional()
}
