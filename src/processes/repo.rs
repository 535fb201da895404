//! All SQL of the processes.

use rusqlite::{Connection, OptionalExtension, Row, params};

use super::{Process, ProcessSlug};
use crate::document::import::{Finding, Warning};

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

/// A draft read from an uploaded file, waiting for its preview to be confirmed.
#[derive(Debug, Clone)]
pub struct PendingDraft {
    pub id: i64,
    pub file_name: String,
    pub target: super::DraftTarget,
    pub draft: crate::document::source::SourceDocument,
    pub warnings: Vec<Finding<Warning>>,
}

/// Keeps a read draft until it is confirmed or discarded; drops those left over a day.
#[tracing::instrument(level = "debug", skip_all)]
pub fn insert_pending_draft(
    conn: &Connection,
    organiser_id: i64,
    file_name: &str,
    target: &super::DraftTarget,
    draft: &crate::document::source::SourceDocument,
    warnings: &[Finding<Warning>],
) -> anyhow::Result<i64> {
    let now = time::OffsetDateTime::now_utc();
    conn.execute(
        "DELETE FROM draft_uploads WHERE created_at < ?1",
        [crate::time_format::format_rfc3339(
            now - time::Duration::days(1),
        )],
    )?;
    let (kind, slug, language) = match target {
        super::DraftTarget::NewProcess(slug) => ("new", slug.as_str(), ""),
        super::DraftTarget::Process(slug) => ("existing", slug.as_str(), ""),
        super::DraftTarget::Revision(symbol) => ("revision", symbol.as_str(), ""),
        super::DraftTarget::Translation { symbol, language } => {
            ("translation", symbol.as_str(), language.as_str())
        }
    };
    conn.execute(
        r#"INSERT INTO draft_uploads
             (organiser_id, file_name, target_kind, target_slug, draft, warnings, created_at,
              target_language)
           VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"#,
        params![
            organiser_id,
            file_name,
            kind,
            slug,
            serde_json::to_string(draft)?,
            serde_json::to_string(warnings)?,
            crate::time_format::format_rfc3339(now),
            language
        ],
    )?;
    Ok(conn.last_insert_rowid())
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn find_pending_draft(conn: &Connection, id: i64) -> anyhow::Result<Option<PendingDraft>> {
    let row = conn
        .query_row(
            r#"SELECT file_name, target_kind, target_slug, draft, warnings, target_language
               FROM draft_uploads WHERE id = ?1"#,
            [id],
            |r| {
                Ok((
                    (r.get::<_, String>(0)?, r.get::<_, String>(1)?),
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, String>(4)?,
                    r.get::<_, String>(5)?,
                ))
            },
        )
        .optional()?;
    let Some(((file_name, kind), slug, draft, warnings, language)) = row else {
        return Ok(None);
    };
    let target = match kind.as_str() {
        "revision" => super::DraftTarget::Revision(slug),
        "translation" => super::DraftTarget::Translation {
            symbol: slug,
            language,
        },
        "new" => {
            super::DraftTarget::NewProcess(ProcessSlug::parse(&slug).map_err(anyhow::Error::msg)?)
        }
        _ => super::DraftTarget::Process(ProcessSlug::parse(&slug).map_err(anyhow::Error::msg)?),
    };
    Ok(Some(PendingDraft {
        id,
        file_name,
        target,
        draft: serde_json::from_str(&draft)?,
        warnings: serde_json::from_str(&warnings)?,
    }))
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn delete_pending_draft(conn: &Connection, id: i64) -> rusqlite::Result<usize> {
    conn.execute("DELETE FROM draft_uploads WHERE id = ?1", [id])
}
