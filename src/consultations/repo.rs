//! All SQL of the consultations.

use rusqlite::{Connection, OptionalExtension, Row, params};

use super::{Consultation, SourceConsultation, Status};

const COLUMNS: &str = "id, slug, city, country, held, regional_groups, status, document_id";

fn from_row(r: &Row) -> rusqlite::Result<Consultation> {
    let groups: String = r.get(5)?;
    let status: String = r.get(6)?;
    Ok(Consultation {
        id: r.get(0)?,
        slug: r.get(1)?,
        city: r.get(2)?,
        country: r.get(3)?,
        held: r.get(4)?,
        regional_groups: serde_json::from_str(&groups).unwrap_or_default(),
        status: Status::parse(&status).unwrap_or(Status::Closed),
        document_id: r.get(7)?,
    })
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn insert(
    conn: &Connection,
    position: usize,
    source: &SourceConsultation,
    document_id: i64,
) -> anyhow::Result<()> {
    conn.execute(
        r#"INSERT INTO consultations
             (slug, position, city, country, held, regional_groups, languages, status, document_id)
           VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'open', ?8)"#,
        params![
            source.slug,
            position as i64,
            source.city,
            source.country,
            source.held,
            serde_json::to_string(&source.regional_groups)?,
            serde_json::to_string(&source.languages)?,
            document_id
        ],
    )?;
    Ok(())
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn list(conn: &Connection) -> rusqlite::Result<Vec<Consultation>> {
    conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM consultations ORDER BY position"
    ))?
    .query_map([], from_row)?
    .collect()
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn find_by_slug(conn: &Connection, slug: &str) -> rusqlite::Result<Option<Consultation>> {
    conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM consultations WHERE slug = ?1"
    ))?
    .query_row([slug], from_row)
    .optional()
}

/// The status as of now, read inside the writer's transaction so a write cannot slip past a close.
#[tracing::instrument(level = "debug", skip_all)]
pub fn status(conn: &Connection, id: i64) -> rusqlite::Result<Option<Status>> {
    conn.prepare_cached("SELECT status FROM consultations WHERE id = ?1")?
        .query_row([id], |r| r.get::<_, String>(0))
        .optional()
        .map(|s| s.and_then(|s| Status::parse(&s)))
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn set_status(conn: &Connection, slug: &str, status: Status) -> rusqlite::Result<usize> {
    conn.execute(
        "UPDATE consultations SET status = ?2 WHERE slug = ?1",
        params![slug, status.key()],
    )
}
