//! All SQL of the consultations.

use rusqlite::{Connection, OptionalExtension, Row, params};

use super::{
    Access, Consultation, ConsultationKind, ConsultationSetup, SourceConsultation, Status,
};

const COLUMNS: &str = "id, slug, city, country, held, regional_groups, status, document_id, \
                       languages, opens_at, closes_at, time_zone, access, kind";

fn from_row(r: &Row) -> rusqlite::Result<Consultation> {
    let groups: String = r.get(5)?;
    let status: String = r.get(6)?;
    let languages: String = r.get(8)?;
    Ok(Consultation {
        id: r.get(0)?,
        slug: r.get(1)?,
        city: r.get(2)?,
        country: r.get(3)?,
        held: r.get(4)?,
        regional_groups: serde_json::from_str(&groups).unwrap_or_default(),
        status: Status::parse(&status).unwrap_or(Status::Closed),
        document_id: r.get(7)?,
        languages: serde_json::from_str(&languages).unwrap_or_default(),
        opens_at: r.get(9)?,
        closes_at: r.get(10)?,
        time_zone: r.get(11)?,
        access: Access::parse(&r.get::<_, String>(12)?).unwrap_or(Access::Invitation),
        kind: ConsultationKind::parse(&r.get::<_, String>(13)?)
            .unwrap_or(ConsultationKind::Consultation),
    })
}

/// Adds a consultation after the others, open (within its schedule, if it has one).
#[tracing::instrument(level = "debug", skip_all)]
pub fn insert_setup(conn: &Connection, setup: &ConsultationSetup) -> anyhow::Result<i64> {
    conn.execute(
        r#"INSERT INTO consultations
             (slug, position, city, country, held, regional_groups, languages, status, document_id,
                            opens_at, closes_at, time_zone, access, kind)
           VALUES (?1, (SELECT COALESCE(MAX(position) + 1, 0) FROM consultations), ?2, ?3, ?4, ?5,
                   ?6, 'open', ?7, ?8, ?9, ?10, ?11, ?12)"#,
        params![
            setup.slug,
            setup.city,
            setup.country,
            setup.held,
            serde_json::to_string(&setup.regional_groups)?,
            serde_json::to_string(&setup.languages)?,
            setup.document_id,
            setup.opens_at,
            setup.closes_at,
            setup.time_zone,
            setup.access.key(),
            setup.kind.key()
        ],
    )?;
    Ok(conn.last_insert_rowid())
}

/// Changes everything but the slug and the status.
#[tracing::instrument(level = "debug", skip_all)]
pub fn update_setup(conn: &Connection, id: i64, setup: &ConsultationSetup) -> anyhow::Result<()> {
    conn.execute(
        r#"UPDATE consultations SET city = ?2, country = ?3, held = ?4, regional_groups = ?5,
             languages = ?6, document_id = ?7, opens_at = ?8, closes_at = ?9, time_zone = ?10,
                          access = ?11, kind = ?12
           WHERE id = ?1"#,
        params![
            id,
            setup.city,
            setup.country,
            setup.held,
            serde_json::to_string(&setup.regional_groups)?,
            serde_json::to_string(&setup.languages)?,
            setup.document_id,
            setup.opens_at,
            setup.closes_at,
            setup.time_zone,
            setup.access.key(),
            setup.kind.key()
        ],
    )?;
    Ok(())
}

/// How many feedback items a consultation holds, hidden or not.
#[tracing::instrument(level = "debug", skip_all)]
pub fn feedback_count(conn: &Connection, id: i64) -> rusqlite::Result<i64> {
    conn.query_row(
        "SELECT COUNT(*) FROM feedback WHERE consultation_id = ?1",
        [id],
        |r| r.get(0),
    )
}

/// Whether two documents are versions of one process's draft (or the same document).
#[tracing::instrument(level = "debug", skip_all)]
pub fn same_draft(conn: &Connection, a: i64, b: i64) -> rusqlite::Result<bool> {
    conn.query_row(
        r#"SELECT x.process_id = y.process_id AND x.kind = 'draft' AND y.kind = 'draft'
           FROM documents x, documents y WHERE x.id = ?1 AND y.id = ?2"#,
        [a, b],
        |r| r.get(0),
    )
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
pub fn find_by_id(conn: &Connection, id: i64) -> rusqlite::Result<Option<Consultation>> {
    conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM consultations WHERE id = ?1"
    ))?
    .query_row([id], from_row)
    .optional()
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn find_by_slug(conn: &Connection, slug: &str) -> rusqlite::Result<Option<Consultation>> {
    conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM consultations WHERE slug = ?1"
    ))?
    .query_row([slug], from_row)
    .optional()
}

/// Whether the consultation takes comments at `now` (RFC 3339, UTC): its status and its
/// schedule, read inside the writer's transaction so a write cannot slip past a close.
#[tracing::instrument(level = "debug", skip_all)]
pub fn takes_comments(conn: &Connection, id: i64, now: &str) -> rusqlite::Result<bool> {
    conn.prepare_cached(
        r#"SELECT status = 'open' AND (opens_at IS NULL OR opens_at <= ?2)
                  AND (closes_at IS NULL OR closes_at > ?2)
           FROM consultations WHERE id = ?1"#,
    )?
    .query_row(params![id, now], |r| r.get(0))
    .optional()
    .map(|open| open.unwrap_or(false))
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn close(conn: &Connection, slug: &str) -> rusqlite::Result<usize> {
    conn.execute(
        "UPDATE consultations SET status = 'closed' WHERE slug = ?1",
        params![slug],
    )
}

/// What kept a consultation shut when it was opened: its opening time still ahead, its
/// closing time passed.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct LiftedSchedule {
    pub opens_at: Option<String>,
    pub closes_at: Option<String>,
}

/// Opens the consultation `slug` at `now`: its status open, and an opening time still ahead
/// or a closing time passed taken away, so that it takes comments at once. `None`: no such
/// consultation.
#[tracing::instrument(level = "debug", skip_all)]
pub fn open_now(
    conn: &Connection,
    slug: &str,
    now: &str,
) -> rusqlite::Result<Option<LiftedSchedule>> {
    let Some((opens_at, closes_at)) = conn
        .query_row(
            "SELECT opens_at, closes_at FROM consultations WHERE slug = ?1",
            [slug],
            |r| {
                Ok((
                    r.get::<_, Option<String>>(0)?,
                    r.get::<_, Option<String>>(1)?,
                ))
            },
        )
        .optional()?
    else {
        return Ok(None);
    };
    let lifted = LiftedSchedule {
        opens_at: opens_at.filter(|opens| opens.as_str() > now),
        closes_at: closes_at.filter(|closes| closes.as_str() <= now),
    };
    conn.execute(
        r#"UPDATE consultations SET status = 'open',
               opens_at = CASE WHEN ?2 THEN NULL ELSE opens_at END,
               closes_at = CASE WHEN ?3 THEN NULL ELSE closes_at END
           WHERE slug = ?1"#,
        params![slug, lifted.opens_at.is_some(), lifted.closes_at.is_some()],
    )?;
    Ok(Some(lifted))
}

/// An invitation link of a consultation, as the desk lists it.
#[derive(Debug, Clone)]
pub struct InvitationRow {
    pub id: i64,
    pub label: String,
    pub created_by: String,
    pub created_at: String,
    pub revoked: bool,
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn insert_invitation(
    conn: &Connection,
    consultation_id: i64,
    token_hash: &[u8],
    label: &str,
    by: &str,
    now: &str,
) -> rusqlite::Result<i64> {
    conn.execute(
        r#"INSERT INTO invitations (consultation_id, token_hash, label, created_by, created_at)
           VALUES (?1, ?2, ?3, ?4, ?5)"#,
        params![consultation_id, token_hash, label, by, now],
    )?;
    Ok(conn.last_insert_rowid())
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn list_invitations(
    conn: &Connection,
    consultation_id: i64,
) -> rusqlite::Result<Vec<InvitationRow>> {
    conn.prepare(
        r#"SELECT id, label, created_by, created_at, revoked_at IS NOT NULL FROM invitations
           WHERE consultation_id = ?1 ORDER BY id"#,
    )?
    .query_map([consultation_id], |r| {
        Ok(InvitationRow {
            id: r.get(0)?,
            label: r.get(1)?,
            created_by: r.get(2)?,
            created_at: r.get(3)?,
            revoked: r.get(4)?,
        })
    })?
    .collect()
}

/// Revokes an invitation of a consultation; returns its label if it was live.
#[tracing::instrument(level = "debug", skip_all)]
pub fn revoke_invitation(
    conn: &Connection,
    consultation_id: i64,
    id: i64,
    now: &str,
) -> rusqlite::Result<Option<String>> {
    conn.query_row(
        r#"UPDATE invitations SET revoked_at = ?3
           WHERE id = ?2 AND consultation_id = ?1 AND revoked_at IS NULL RETURNING label"#,
        params![consultation_id, id, now],
        |r| r.get(0),
    )
    .optional()
}

/// The consultation a live invitation opens, by the hash of its token.
#[tracing::instrument(level = "debug", skip_all)]
pub fn invited_consultation(
    conn: &Connection,
    token_hash: &[u8],
) -> rusqlite::Result<Option<String>> {
    conn.query_row(
        r#"SELECT c.slug FROM invitations i JOIN consultations c ON c.id = i.consultation_id
           WHERE i.token_hash = ?1 AND i.revoked_at IS NULL"#,
        [token_hash],
        |r| r.get(0),
    )
    .optional()
}

/// Whether any of `token_hashes` is a live invitation to the consultation.
#[tracing::instrument(level = "debug", skip_all)]
pub fn is_invited(
    conn: &Connection,
    consultation_id: i64,
    token_hashes: &[Vec<u8>],
) -> rusqlite::Result<bool> {
    let mut stmt = conn.prepare_cached(
        r#"SELECT EXISTS (SELECT 1 FROM invitations
           WHERE consultation_id = ?1 AND token_hash = ?2 AND revoked_at IS NULL)"#,
    )?;
    for hash in token_hashes {
        if stmt.query_row(params![consultation_id, hash], |r| r.get::<_, bool>(0))? {
            return Ok(true);
        }
    }
    Ok(false)
}
