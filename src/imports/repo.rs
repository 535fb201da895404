//! All SQL of imports: which rows are already stored, and storing a file's rows.

use rusqlite::{Connection, OptionalExtension, params};

use super::Planned;
use crate::feedback::repo::Placement;

/// The lines of `rows` already stored for the consultation.
pub fn already_stored(
    conn: &Connection,
    consultation_id: i64,
    rows: &[Planned],
) -> rusqlite::Result<Vec<usize>> {
    let mut stored = Vec::new();
    for row in rows {
        if is_stored(conn, consultation_id, row)? {
            stored.push(row.line);
        }
    }
    Ok(stored)
}

/// Whether the consultation already has `row`: by `external_id` when the row has one, else
/// by its content and provenance.
pub fn is_stored(conn: &Connection, consultation_id: i64, row: &Planned) -> rusqlite::Result<bool> {
    let found = if row.external_id.is_empty() {
        conn.prepare_cached(
            "SELECT 1 FROM feedback WHERE consultation_id = ?1 AND import_key = ?2 AND import_key <> ''",
        )?
        .query_row(params![consultation_id, row.key], |_| Ok(()))
        .optional()?
    } else {
        conn.prepare_cached(
            "SELECT 1 FROM feedback WHERE consultation_id = ?1 AND external_id = ?2 AND external_id <> ''",
        )?
        .query_row(params![consultation_id, row.external_id], |_| Ok(()))
        .optional()?
    };
    Ok(found.is_some())
}

/// The file an import came from.
#[derive(Debug, Clone)]
pub struct Source {
    pub name: String,
    pub sha256: String,
}

/// Stores one row as a feedback item, with where it came from; returns its number. No
/// private link: the token is drawn and never given out.
pub fn store_row(
    conn: &Connection,
    consultation_id: i64,
    document_id: i64,
    row: &Planned,
    source: &Source,
    now: &str,
) -> rusqlite::Result<i64> {
    let placement = Placement {
        consultation_id,
        document_id,
        article: row.article,
    };
    let unused = crate::tokens::private_link_key(&crate::tokens::new_private_link());
    let id =
        crate::feedback::repo::insert(conn, &placement, &row.input, &row.provenance, &unused, now)?;
    conn.prepare_cached(
        r#"UPDATE feedback SET external_id = ?2, import_file = ?3, import_sha256 = ?4, import_key = ?5
           WHERE id = ?1"#,
    )?
    .execute(params![id, row.external_id, source.name, source.sha256, row.key])?;
    Ok(id)
}

/// A checked file waiting on the desk for its confirmation.
#[derive(Debug, Clone)]
pub struct Upload {
    pub id: i64,
    pub consultation_id: i64,
    pub source: Source,
    pub bytes: Vec<u8>,
}

pub fn insert_upload(
    conn: &Connection,
    consultation_id: i64,
    source: &Source,
    bytes: &[u8],
    by: &str,
) -> rusqlite::Result<i64> {
    conn.execute(
        r#"INSERT INTO import_uploads (consultation_id, file_name, sha256, bytes, uploaded_by, uploaded_at)
           VALUES (?1, ?2, ?3, ?4, ?5, ?6)"#,
        params![
            consultation_id,
            source.name,
            source.sha256,
            bytes,
            by,
            crate::time_format::now_rfc3339()
        ],
    )?;
    Ok(conn.last_insert_rowid())
}

pub fn upload(conn: &Connection, id: i64) -> rusqlite::Result<Option<Upload>> {
    conn.query_row(
        "SELECT id, consultation_id, file_name, sha256, bytes FROM import_uploads WHERE id = ?1",
        [id],
        |r| {
            Ok(Upload {
                id: r.get(0)?,
                consultation_id: r.get(1)?,
                source: Source {
                    name: r.get(2)?,
                    sha256: r.get(3)?,
                },
                bytes: r.get(4)?,
            })
        },
    )
    .optional()
}

/// Forgets an upload once stored (or discarded); `false` when it was already gone.
pub fn delete_upload(conn: &Connection, id: i64) -> rusqlite::Result<bool> {
    Ok(conn.execute("DELETE FROM import_uploads WHERE id = ?1", [id])? == 1)
}
