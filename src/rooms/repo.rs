//! All SQL of rooms: packing a consultation's rows, unpacking them into a room's database,
//! reading the room's items, and merging them at the centre.

use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension, params};

use super::file::{Pack, TableRows, decode_bytes, encode_bytes};
use super::{
    Author, CentreState, Content, Decision, ERASED, LastMerged, Moderation, Provenance, Refusal,
    RoomExport, RoomGroup, RoomItem, RoomPoint, RoomRevision, Said,
};

/// Which id a packed table's rows are chosen by.
#[derive(Clone, Copy)]
enum By {
    Process,
    Document,
    Consultation,
    All,
}

/// The tables a pack carries, in the order they are filled (each after what it refers to),
/// with the condition choosing their rows.
// FUTURE: the question set of a workshop that also offers the draft stays at the centre (a
// room holds one document), and so do thematic areas; a room takes comments on the text and,
// for a workshop on questions alone, answers to its questions and its groups' points.
const PACKED: [(&str, &str, By); 18] = [
    ("processes", "id = ?1", By::Process),
    ("documents", "id = ?1", By::Document),
    ("document_parts", "document_id = ?1", By::Document),
    ("units", "document_id = ?1", By::Document),
    ("footnotes", "document_id = ?1", By::Document),
    // Its language versions, so the room reads it in each language as the centre does.
    ("document_translations", "document_id = ?1", By::Document),
    ("unit_translations", "document_id = ?1", By::Document),
    ("part_translations", "document_id = ?1", By::Document),
    ("footnote_translations", "document_id = ?1", By::Document),
    ("consultations", "id = ?1", By::Consultation),
    ("process_themes", "process_id = ?1", By::Process),
    ("process_categories", "process_id = ?1", By::Process),
    ("stances", "?1 IS NULL", By::All),
    ("comment_types", "?1 IS NULL", By::All),
    // The organisers' accounts, so they log in in the room as at the centre (their password
    // hashes travel; the pack is as secret as a backup). More can be added on the spot.
    ("organisers", "disabled_at IS NULL AND ?1 IS NULL", By::All),
    // A workshop on questions alone: their order, which are retired, and its breakout groups
    // (those of a workshop that also offers the draft are on questions the room lacks).
    ("questions", "document_id = ?1", By::Document),
    (
        "workshop_groups",
        "consultation_id = ?1 AND consultation_id IN (SELECT c.id FROM consultations c
           JOIN documents d ON d.id = c.document_id WHERE d.kind = 'questions')",
        By::Consultation,
    ),
    (
        "group_questions",
        "group_id IN (SELECT g.id FROM workshop_groups g JOIN consultations c ON c.id = g.consultation_id
           JOIN documents d ON d.id = c.document_id WHERE g.consultation_id = ?1 AND d.kind = 'questions')",
        By::Consultation,
    ),
];

/// The tables packs of layout 1 did not carry: such a pack is unpacked without them.
const SINCE_LAYOUT_2: [&str; 3] = ["questions", "workshop_groups", "group_questions"];

/// The columns of one of this database's tables, in their order.
fn column_names(conn: &Connection, table: &str) -> rusqlite::Result<Vec<String>> {
    conn.prepare_cached("SELECT name FROM pragma_table_info(?1) ORDER BY cid")?
        .query_map([table], |r| r.get(0))?
        .collect()
}

/// The earliest layout that holds `tables`: a pack with no workshop's rows is written in
/// layout 1, without their tables, so a laptop with an earlier `consult` still serves it.
pub fn earliest_layout(tables: &mut Vec<TableRows>) -> u32 {
    let later = |rows: &TableRows| SINCE_LAYOUT_2.contains(&rows.table.as_str());
    if tables
        .iter()
        .any(|rows| later(rows) && !rows.rows.is_empty())
    {
        return super::file::WORKSHOP_LAYOUT;
    }
    tables.retain(|rows| !later(rows));
    1
}

/// Columns packed as an expression instead of their value: the draft's earlier versions stay
/// at the centre (the room's copy is based on none), and a group keeps its rapporteur only if
/// their account travels (one disabled here does not).
const REPLACED: [(&str, &str, &str); 2] = [
    ("documents", "based_on", "NULL"),
    (
        "workshop_groups",
        "rapporteur_id",
        "(SELECT o.id FROM organisers o WHERE o.id = rapporteur_id AND o.disabled_at IS NULL)",
    ),
];

#[tracing::instrument(level = "debug", skip_all)]
pub fn process_of(conn: &Connection, document_id: i64) -> rusqlite::Result<(i64, String)> {
    conn.query_row(
        r#"SELECT p.id, p.slug FROM documents d JOIN processes p ON p.id = d.process_id
           WHERE d.id = ?1"#,
        [document_id],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn insert_room(
    conn: &Connection,
    room: &str,
    (consultation_id, document_id): (i64, i64),
    key: &[u8],
    now: &str,
    by: &str,
) -> rusqlite::Result<()> {
    conn.execute(
        r#"INSERT INTO rooms (id, consultation_id, document_id, key, packed_at, packed_by)
           VALUES (?1, ?2, ?3, ?4, ?5, ?6)"#,
        params![room, consultation_id, document_id, key, now, by],
    )?;
    Ok(())
}

/// The rows of every packed table for this process, draft version and consultation.
#[tracing::instrument(level = "debug", skip_all)]
pub fn snapshot(
    conn: &Connection,
    process_id: i64,
    document_id: i64,
    consultation_id: i64,
) -> anyhow::Result<Vec<TableRows>> {
    let mut tables = Vec::new();
    for (table, condition, by) in PACKED {
        let id = match by {
            By::Process => Some(process_id),
            By::Document => Some(document_id),
            By::Consultation => Some(consultation_id),
            By::All => None,
        };
        let columns = column_names(conn, table)?;
        let selected = (columns.iter())
            .map(|column| {
                let replaced = REPLACED.iter().find(|(t, c, _)| *t == table && c == column);
                match replaced {
                    Some((_, _, expression)) => format!("{expression} AS \"{column}\""),
                    None => format!("\"{column}\""),
                }
            })
            .collect::<Vec<_>>()
            .join(", ");
        let mut stmt =
            conn.prepare(&format!("SELECT {selected} FROM {table} WHERE {condition}"))?;
        let rows = stmt
            .query_map([id], |r| {
                (0..columns.len())
                    .map(|i| to_json(r.get::<_, Value>(i)?, table))
                    .collect::<rusqlite::Result<Vec<_>>>()
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        tables.push(TableRows {
            table: table.to_string(),
            columns,
            rows,
        });
    }
    Ok(tables)
}

fn to_json(value: Value, table: &str) -> rusqlite::Result<serde_json::Value> {
    Ok(match value {
        Value::Null => serde_json::Value::Null,
        Value::Integer(i) => i.into(),
        Value::Real(f) => f.into(),
        Value::Text(t) => t.into(),
        Value::Blob(_) => {
            return Err(rusqlite::Error::InvalidColumnType(
                0,
                format!("a binary value in {table}"),
                rusqlite::types::Type::Blob,
            ));
        }
    })
}

fn from_json(value: &serde_json::Value) -> Result<Value, Refusal> {
    Ok(match value {
        serde_json::Value::Null => Value::Null,
        serde_json::Value::Bool(b) => Value::Integer(i64::from(*b)),
        serde_json::Value::Number(n) => match n.as_i64() {
            Some(i) => Value::Integer(i),
            None => Value::Real(n.as_f64().unwrap_or_default()),
        },
        serde_json::Value::String(s) => Value::Text(s.clone()),
        other => {
            return Err(Refusal::Malformed(format!(
                "a value {other} in a table row"
            )));
        }
    })
}

/// The room this database was unpacked as.
pub struct ThisRoom {
    pub room_id: String,
    pub instance: String,
    pub consultation_id: i64,
    pub document_id: i64,
    pub key: Vec<u8>,
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn this_room(conn: &Connection) -> rusqlite::Result<Option<ThisRoom>> {
    conn.query_row(
        "SELECT room_id, instance, consultation_id, document_id, key FROM this_room",
        [],
        |r| {
            Ok(ThisRoom {
                room_id: r.get(0)?,
                instance: r.get(1)?,
                consultation_id: r.get(2)?,
                document_id: r.get(3)?,
                key: r.get(4)?,
            })
        },
    )
    .optional()
}

/// Fills a new database with the pack's rows, as they were at the centre (same ids), and
/// opens the consultation to whoever reaches the room's server: the room's network is its
/// invitation, and the room takes comments until its organisers close it.
#[tracing::instrument(level = "debug", skip_all)]
pub fn unpack(conn: &Connection, pack: &Pack, instance: &str, key: &[u8]) -> anyhow::Result<()> {
    if let Some(stray) = pack
        .tables
        .iter()
        .find(|rows| !PACKED.iter().any(|(t, ..)| *t == rows.table))
    {
        return Err(Refusal::Malformed(format!("a table {:?}", stray.table)).into());
    }
    // In the order of PACKED, each table after what it refers to, whatever the file's order.
    for (table, ..) in PACKED {
        let mut listed = pack.tables.iter().filter(|rows| rows.table == table);
        let rows = match (listed.next(), listed.next()) {
            (Some(rows), None) => rows,
            (None, None) if pack.format < 2 && SINCE_LAYOUT_2.contains(&table) => continue,
            _ => return Err(Refusal::Malformed(format!("the table {table} once")).into()),
        };
        let known = column_names(conn, table)?;
        if let Some(unknown) = rows.columns.iter().find(|c| !known.contains(c)) {
            return Err(Refusal::Malformed(format!("a column {unknown:?} in {table}")).into());
        }
        let names = rows
            .columns
            .iter()
            .map(|c| format!("\"{c}\""))
            .collect::<Vec<_>>()
            .join(", ");
        let marks = vec!["?"; rows.columns.len()].join(", ");
        // The fixed lists are partly filled by the migrations (the "no position" stance):
        // the pack's copy of a row already there is the same row.
        let verb = match table {
            "stances" | "comment_types" => "INSERT OR IGNORE",
            _ => "INSERT",
        };
        let mut insert =
            conn.prepare(&format!("{verb} INTO {table} ({names}) VALUES ({marks})"))?;
        for row in &rows.rows {
            if row.len() != rows.columns.len() {
                return Err(Refusal::Malformed(format!("a row of {table}")).into());
            }
            let values = row.iter().map(from_json).collect::<Result<Vec<_>, _>>()?;
            insert.execute(rusqlite::params_from_iter(values))?;
        }
    }
    let (consultation_id, document_id): (i64, i64) = conn
        .query_row(
            "SELECT id, document_id FROM consultations WHERE slug = ?1",
            [&pack.consultation],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?
        .ok_or_else(|| Refusal::Malformed("the pack has no consultation".into()))?;
    conn.execute(
        r#"UPDATE consultations SET status = 'open', opens_at = NULL, closes_at = NULL,
                                    access = 'public'
           WHERE id = ?1"#,
        [consultation_id],
    )?;
    conn.execute(
        r#"INSERT INTO this_room (only, room_id, instance, consultation_id, document_id, key, packed_at)
           VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6)"#,
        params![pack.room, instance, consultation_id, document_id, key, pack.packed_at],
    )?;
    Ok(())
}

/// Counts one more export of this room; returns its number.
#[tracing::instrument(level = "debug", skip_all)]
pub fn count_export(conn: &Connection) -> rusqlite::Result<i64> {
    conn.query_row(
        "UPDATE this_room SET exports = exports + 1 RETURNING exports",
        [],
        |r| r.get(0),
    )
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn consultation_slug(conn: &Connection, id: i64) -> rusqlite::Result<String> {
    conn.query_row("SELECT slug FROM consultations WHERE id = ?1", [id], |r| {
        r.get(0)
    })
}

/// What an item says and who sent it, from the row's columns `ref, stance, comment_type,
/// comment, proposed_text, name, organisation, country, stakeholder_category, email,
/// publish_name` from `at` on.
fn content_at(r: &rusqlite::Row, at: usize, themes: Vec<String>) -> rusqlite::Result<Content> {
    Ok(Content {
        said: Said {
            reference: r.get(at)?,
            stance: r.get(at + 1)?,
            comment_type: r.get(at + 2)?,
            themes,
            comment: r.get(at + 3)?,
            proposed_text: r.get(at + 4)?,
        },
        author: Author {
            name: r.get(at + 5)?,
            organisation: r.get(at + 6)?,
            country: r.get(at + 7)?,
            stakeholder_category: r.get(at + 8)?,
            email: r.get(at + 9)?,
            publish_name: r.get(at + 10)?,
        },
    })
}

/// Every item of the consultation, oldest first, with its themes and revisions.
#[tracing::instrument(level = "debug", skip_all)]
pub fn items(conn: &Connection, consultation_id: i64) -> rusqlite::Result<Vec<RoomItem>> {
    let mut themes: std::collections::HashMap<i64, Vec<String>> = Default::default();
    let mut stmt = conn.prepare(
        r#"SELECT t.feedback_id, t.theme FROM feedback_themes t
           JOIN feedback f ON f.id = t.feedback_id
           WHERE f.consultation_id = ?1 ORDER BY t.feedback_id, t.theme"#,
    )?;
    let mut rows = stmt.query([consultation_id])?;
    while let Some(r) = rows.next()? {
        themes.entry(r.get(0)?).or_default().push(r.get(1)?);
    }
    let mut revisions: std::collections::HashMap<i64, Vec<RoomRevision>> = Default::default();
    let mut stmt = conn.prepare(
        r#"SELECT r.feedback_id, r.replaced_at, r.ref, r.stance, r.comment_type, r.themes,
                  r.comment, r.proposed_text
           FROM feedback_revisions r JOIN feedback f ON f.id = r.feedback_id
           WHERE f.consultation_id = ?1 ORDER BY r.feedback_id, r.replaced_at, r.id"#,
    )?;
    let mut rows = stmt.query([consultation_id])?;
    while let Some(r) = rows.next()? {
        revisions.entry(r.get(0)?).or_default().push(RoomRevision {
            replaced_at: r.get(1)?,
            reference: r.get(2)?,
            stance: r.get(3)?,
            comment_type: r.get(4)?,
            themes: r.get(5)?,
            comment: r.get(6)?,
            proposed_text: r.get(7)?,
        });
    }
    let mut points = points_of(conn, consultation_id)?;
    conn.prepare(
        r#"SELECT id, article, token_hash, created_at, updated_at,
                  ref, stance, comment_type, comment, proposed_text, name, organisation, country,
                  stakeholder_category, email, publish_name,
                  status, moderation_reason, moderated_at,
                  disposition, disposition_note, disposition_by, disposition_at, key_comment,
                  channel, speaker, meeting_session, made_on, source_reference, recorded_by,
                                    external_id, import_file, import_sha256, import_key,
                  addressed_document, addressed_article, addressed_ref, read_in
           FROM feedback WHERE consultation_id = ?1 ORDER BY id"#,
    )?
    .query_map([consultation_id], |r| {
        let id: i64 = r.get(0)?;
        let token_hash: Vec<u8> = r.get(2)?;
        Ok(RoomItem {
            id,
            article: r.get(1)?,
            token_hash: encode_bytes(&token_hash),
            created_at: r.get(3)?,
            updated_at: r.get(4)?,
            content: content_at(r, 5, themes.remove(&id).unwrap_or_default())?,
            moderation: Moderation {
                status: r.get(16)?,
                reason: r.get(17)?,
            },
            moderated_at: r.get(18)?,
            decision: Decision {
                disposition: r.get(19)?,
                note: r.get(20)?,
                by: r.get(21)?,
                addressed_document: r.get(34)?,
                addressed_article: r.get(35)?,
                addressed_ref: r.get(36)?,
            },
            decided_at: r.get(22)?,
            key_comment: r.get(23)?,
            provenance: Provenance {
                channel: r.get(24)?,
                speaker: r.get(25)?,
                meeting_session: r.get(26)?,
                made_on: r.get(27)?,
                source_reference: r.get(28)?,
                recorded_by: r.get(29)?,
                external_id: r.get(30)?,
                import_file: r.get(31)?,
                import_sha256: r.get(32)?,
                import_key: r.get(33)?,
                read_in: r.get(37)?,
            },
            revisions: revisions.remove(&id).unwrap_or_default(),
            point: points.remove(&id),
        })
    })?
    .collect()
}

/// The consultation's group points by item, each naming the earlier points it diverges from.
fn points_of(
    conn: &Connection,
    consultation_id: i64,
) -> rusqlite::Result<std::collections::HashMap<i64, RoomPoint>> {
    let mut points: std::collections::HashMap<i64, RoomPoint> = conn
        .prepare(
            r#"SELECT p.feedback_id, g.name, p.support FROM group_points p
               JOIN workshop_groups g ON g.id = p.group_id
               WHERE g.consultation_id = ?1"#,
        )?
        .query_map([consultation_id], |r| {
            let point = RoomPoint {
                group: r.get(1)?,
                support: r.get(2)?,
                diverges_from: Vec::new(),
            };
            Ok((r.get(0)?, point))
        })?
        .collect::<rusqlite::Result<_>>()?;
    // A pair is kept once, the earlier point first: the later one names it.
    let mut pairs = conn.prepare(
        r#"SELECT d.point_id, d.other_id FROM divergent_points d
           JOIN group_points p ON p.feedback_id = d.other_id
           JOIN workshop_groups g ON g.id = p.group_id
           WHERE g.consultation_id = ?1 ORDER BY d.other_id, d.point_id"#,
    )?;
    let mut rows = pairs.query([consultation_id])?;
    while let Some(r) = rows.next()? {
        let (earlier, later): (i64, i64) = (r.get(0)?, r.get(1)?);
        if let Some(point) = points.get_mut(&later) {
            point.diverges_from.push(earlier);
        }
    }
    Ok(points)
}

/// The consultation's breakout groups in their order, each with its questions.
#[tracing::instrument(level = "debug", skip_all)]
pub fn groups(conn: &Connection, consultation_id: i64) -> rusqlite::Result<Vec<RoomGroup>> {
    let mut questions =
        conn.prepare("SELECT article FROM group_questions WHERE group_id = ?1 ORDER BY position")?;
    conn.prepare(
        "SELECT id, name FROM workshop_groups WHERE consultation_id = ?1 ORDER BY position, id",
    )?
    .query_map([consultation_id], |r| Ok((r.get::<_, i64>(0)?, r.get(1)?)))?
    .map(|row| {
        let (id, name) = row?;
        let questions = questions
            .query_map([id], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(RoomGroup { name, questions })
    })
    .collect()
}

/// The consultation's group named `name`, if there is one.
#[tracing::instrument(level = "debug", skip_all)]
pub fn group_named(
    conn: &Connection,
    consultation_id: i64,
    name: &str,
) -> rusqlite::Result<Option<i64>> {
    conn.query_row(
        "SELECT id FROM workshop_groups WHERE consultation_id = ?1 AND name = ?2",
        params![consultation_id, name],
        |r| r.get(0),
    )
    .optional()
}

/// Item `id` here, once merged from room item `room_item` of the room database `instance`.
#[tracing::instrument(level = "debug", skip_all)]
pub fn merged_item(
    conn: &Connection,
    instance: &str,
    room_item: i64,
) -> rusqlite::Result<Option<i64>> {
    conn.prepare_cached(
        "SELECT feedback_id FROM room_items WHERE instance = ?1 AND room_item = ?2",
    )?
    .query_row(params![instance, room_item], |r| r.get(0))
    .optional()
}

/// Records item `id` as a point of group `group_id` with its degree of support, and its
/// divergence from the items `others`, unless it is one already (a point never changes).
#[tracing::instrument(level = "debug", skip_all)]
pub fn record_point(
    conn: &Connection,
    id: i64,
    group_id: i64,
    support: &str,
    others: &[i64],
) -> rusqlite::Result<()> {
    conn.prepare_cached(
        "INSERT OR IGNORE INTO group_points (feedback_id, group_id, support) VALUES (?1, ?2, ?3)",
    )?
    .execute(params![id, group_id, support])?;
    // Both must be points here: an item the room's point was merged into may be another.
    let mut pair = conn.prepare_cached(
        r#"INSERT OR IGNORE INTO divergent_points (point_id, other_id)
           SELECT ?1, ?2 WHERE (SELECT COUNT(*) FROM group_points WHERE feedback_id IN (?1, ?2)) = 2"#,
    )?;
    for other in others.iter().filter(|other| **other != id) {
        pair.execute(params![id.min(*other), id.max(*other)])?;
    }
    Ok(())
}

/// A room packed here.
pub struct PackedRoom {
    pub consultation_id: i64,
    pub document_id: i64,
    pub key: Vec<u8>,
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn room(conn: &Connection, id: &str) -> rusqlite::Result<Option<PackedRoom>> {
    conn.query_row(
        "SELECT consultation_id, document_id, key FROM rooms WHERE id = ?1",
        [id],
        |r| {
            Ok(PackedRoom {
                consultation_id: r.get(0)?,
                document_id: r.get(1)?,
                key: r.get(2)?,
            })
        },
    )
    .optional()
}

/// A room item merged before: the item it became, and the room's state then.
pub struct Known {
    pub feedback_id: i64,
    pub export_number: i64,
    pub last: LastMerged,
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn merged_as(
    conn: &Connection,
    export: &RoomExport,
    item: &RoomItem,
) -> anyhow::Result<Option<Known>> {
    let found: Option<(i64, String, i64, String, bool)> = conn
        .prepare_cached(
            r#"SELECT r.feedback_id, r.room_id, r.export_number, r.merged,
                      f.consultation_id = ?3
                      AND (f.token_hash = ?4 OR (f.import_key <> '' AND f.import_key = ?5))
               FROM room_items r JOIN feedback f ON f.id = r.feedback_id
               WHERE r.instance = ?1 AND r.room_item = ?2"#,
        )?
        .query_row(
            params![
                export.instance,
                item.id,
                export.consultation_id,
                decode_bytes(&item.token_hash)?,
                item.provenance.import_key
            ],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
        )
        .optional()?;
    let Some((feedback_id, room_id, export_number, merged, same)) = found else {
        return Ok(None);
    };
    // Another room's items, or a copy of the room's database that went its own way.
    if room_id != export.room || !same {
        return Err(Refusal::NotTheSameItem(item.id).into());
    }
    Ok(Some(Known {
        feedback_id,
        export_number,
        last: serde_json::from_str(&merged)?,
    }))
}

/// The item here that is the same row of the same imported file as room item `item`, if
/// it was imported here too.
#[tracing::instrument(level = "debug", skip_all)]
pub fn imported_here(
    conn: &Connection,
    export: &RoomExport,
    item: &RoomItem,
) -> rusqlite::Result<Option<i64>> {
    let p = &item.provenance;
    if !p.external_id.is_empty() {
        return conn
            .prepare_cached(
                "SELECT id FROM feedback WHERE consultation_id = ?1 AND external_id = ?2 AND external_id <> ''",
            )?
            .query_row(params![export.consultation_id, p.external_id], |r| r.get(0))
            .optional();
    }
    if !p.import_key.is_empty() {
        return conn
            .prepare_cached(
                "SELECT id FROM feedback WHERE consultation_id = ?1 AND import_key = ?2 AND import_key <> ''",
            )?
            .query_row(params![export.consultation_id, p.import_key], |r| r.get(0))
            .optional();
    }
    Ok(None)
}

/// Marks the items `ids` as erased in what is remembered of the rooms they came from, so
/// that no merge brings their authors' details back.
#[tracing::instrument(level = "debug", skip_all)]
pub fn forget_authors(conn: &Connection, ids: &[i64]) -> rusqlite::Result<()> {
    let mut erase = conn.prepare_cached(
        "UPDATE room_items SET merged = json_set(merged, '$.author', ?2) WHERE feedback_id = ?1",
    )?;
    for id in ids {
        erase.execute(params![id, ERASED])?;
    }
    Ok(())
}

/// The keys of the themes and stakeholder categories of a draft version's process, retired
/// ones included.
#[tracing::instrument(level = "debug", skip_all)]
pub fn vocabulary_keys(
    conn: &Connection,
    document_id: i64,
) -> rusqlite::Result<(Vec<String>, Vec<String>)> {
    let keys = |table: &str| -> rusqlite::Result<Vec<String>> {
        conn.prepare(&format!(
            r#"SELECT v.key FROM {table} v JOIN documents d ON d.process_id = v.process_id
               WHERE d.id = ?1"#
        ))?
        .query_map([document_id], |r| r.get(0))?
        .collect()
    };
    Ok((keys("process_themes")?, keys("process_categories")?))
}

/// Records that room item `item` is item `id` here, as the room held it in `export`;
/// `before` is what was remembered of it until now.
#[tracing::instrument(level = "debug", skip_all)]
pub fn remember(
    conn: &Connection,
    export: &RoomExport,
    item: &RoomItem,
    id: i64,
    before: Option<&LastMerged>,
) -> anyhow::Result<()> {
    let last = serde_json::to_string(&LastMerged::of(item, before))?;
    conn.prepare_cached(
        r#"INSERT INTO room_items (instance, room_item, room_id, feedback_id, export_number, merged)
           VALUES (?1, ?2, ?3, ?4, ?5, ?6)
           ON CONFLICT (instance, room_item) DO UPDATE
           SET export_number = excluded.export_number, merged = excluded.merged"#,
    )?
    .execute(params![
        export.instance,
        item.id,
        export.room,
        id,
        export.export_number,
        last
    ])?;
    Ok(())
}

/// Stores a room item the centre does not hold yet, as the room holds it; returns its number.
#[tracing::instrument(level = "debug", skip_all)]
pub fn insert_item(conn: &Connection, export: &RoomExport, item: &RoomItem) -> anyhow::Result<i64> {
    let position: Option<i64> = conn
        .prepare_cached(
            "SELECT position FROM units WHERE document_id = ?1 AND article = ?2 AND ref = ?3",
        )?
        .query_row(
            params![
                export.document_id,
                item.article,
                item.content.said.reference
            ],
            |r| r.get(0),
        )
        .optional()?;
    let Some(position) = position else {
        return Err(Refusal::MissingUnit {
            item: item.id,
            article: item.article.clone(),
            reference: item.content.said.reference.clone(),
        }
        .into());
    };
    let (s, a) = (&item.content.said, &item.content.author);
    let (m, d, p) = (&item.moderation, &item.decision, &item.provenance);
    conn.prepare_cached(
        r#"INSERT INTO feedback
             (consultation_id, document_id, article, ref, stance, comment_type, comment,
              proposed_text, name, organisation, country, stakeholder_category, email,
              publish_name, token_hash, created_at, updated_at, ref_position,
              status, moderation_reason, moderated_at,
              disposition, disposition_note, disposition_by, disposition_at, key_comment,
              channel, speaker, meeting_session, made_on, source_reference, recorded_by,
                            external_id, import_file, import_sha256, import_key,
              addressed_document, addressed_article, addressed_ref, read_in)
           VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17,
                   ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30, ?31, ?32,
                   ?33, ?34, ?35, ?36, ?37, ?38, ?39, ?40)"#,
    )?
    .execute(params![
        export.consultation_id,
        export.document_id,
        item.article,
        s.reference,
        s.stance,
        s.comment_type,
        s.comment,
        s.proposed_text,
        a.name,
        a.organisation,
        a.country,
        a.stakeholder_category,
        a.email,
        a.publish_name,
        decode_bytes(&item.token_hash)?,
        item.created_at,
        item.updated_at,
        position,
        m.status,
        m.reason,
        item.moderated_at,
        d.disposition,
        d.note,
        d.by,
        item.decided_at,
        item.key_comment,
        p.channel,
        p.speaker,
        p.meeting_session,
        p.made_on,
        p.source_reference,
        p.recorded_by,
        p.external_id,
        p.import_file,
        p.import_sha256,
        p.import_key,
        d.addressed_document,
        d.addressed_article,
        d.addressed_ref,
        p.read_in,
    ])?;
    let id = conn.last_insert_rowid();
    set_themes(conn, id, &s.themes)?;
    Ok(id)
}

fn set_themes(conn: &Connection, id: i64, themes: &[String]) -> rusqlite::Result<()> {
    conn.prepare_cached("DELETE FROM feedback_themes WHERE feedback_id = ?1")?
        .execute([id])?;
    let mut insert =
        conn.prepare_cached("INSERT INTO feedback_themes (feedback_id, theme) VALUES (?1, ?2)")?;
    for theme in themes {
        insert.execute(params![id, theme])?;
    }
    Ok(())
}

/// Adds an earlier version of item `id` unless it holds that very version already; returns
/// whether it was added.
#[tracing::instrument(level = "debug", skip_all)]
pub fn add_revision(conn: &Connection, id: i64, revision: &RoomRevision) -> rusqlite::Result<bool> {
    let added = conn
        .prepare_cached(
            r#"INSERT INTO feedback_revisions
                 (feedback_id, replaced_at, ref, stance, comment_type, themes, comment, proposed_text)
               SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8
               WHERE NOT EXISTS (
                   SELECT 1 FROM feedback_revisions
                   WHERE feedback_id = ?1 AND replaced_at = ?2 AND ref = ?3 AND stance = ?4
                     AND comment_type = ?5 AND themes = ?6 AND comment = ?7 AND proposed_text = ?8)"#,
        )?
        .execute(params![
            id,
            revision.replaced_at,
            revision.reference,
            revision.stance,
            revision.comment_type,
            revision.themes,
            revision.comment,
            revision.proposed_text
        ])?;
    Ok(added == 1)
}

/// Item `id` as it stands here.
#[tracing::instrument(level = "debug", skip_all)]
pub fn state(conn: &Connection, id: i64) -> rusqlite::Result<CentreState> {
    let themes: Vec<String> = conn
        .prepare_cached("SELECT theme FROM feedback_themes WHERE feedback_id = ?1 ORDER BY theme")?
        .query_map([id], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    conn.prepare_cached(
        r#"SELECT ref, stance, comment_type, comment, proposed_text, name, organisation, country,
                  stakeholder_category, email, publish_name, updated_at,
                  status, moderation_reason, moderated_at,
                  disposition, disposition_note, disposition_by, disposition_at, key_comment,
                  addressed_document, addressed_article, addressed_ref
           FROM feedback WHERE id = ?1"#,
    )?
    .query_row([id], |r| {
        Ok(CentreState {
            content: content_at(r, 0, themes)?,
            updated_at: r.get(11)?,
            moderation: Moderation {
                status: r.get(12)?,
                reason: r.get(13)?,
            },
            moderated_at: r.get(14)?,
            decision: Decision {
                disposition: r.get(15)?,
                note: r.get(16)?,
                by: r.get(17)?,
                addressed_document: r.get(20)?,
                addressed_article: r.get(21)?,
                addressed_ref: r.get(22)?,
            },
            decided_at: r.get(18)?,
            key_comment: r.get(19)?,
        })
    })
}

/// What item `id` says, as an edit made at `updated_at` left it.
#[tracing::instrument(level = "debug", skip_all)]
pub fn set_said(conn: &Connection, id: i64, said: &Said, updated_at: &str) -> rusqlite::Result<()> {
    conn.prepare_cached(
        r#"UPDATE feedback SET ref = ?2, stance = ?3, comment_type = ?4, comment = ?5,
             proposed_text = ?6, updated_at = max(updated_at, ?7),
             ref_position = (SELECT u.position FROM units u WHERE u.document_id = feedback.document_id
                             AND u.article = feedback.article AND u.ref = ?2)
           WHERE id = ?1"#,
    )?
    .execute(params![
        id,
        said.reference,
        said.stance,
        said.comment_type,
        said.comment,
        said.proposed_text,
        updated_at
    ])?;
    set_themes(conn, id, &said.themes)
}

/// Who sent item `id`, as an edit made at `updated_at` left it.
#[tracing::instrument(level = "debug", skip_all)]
pub fn set_author(
    conn: &Connection,
    id: i64,
    author: &Author,
    updated_at: &str,
) -> rusqlite::Result<()> {
    conn.prepare_cached(
        r#"UPDATE feedback SET name = ?2, organisation = ?3, country = ?4,
             stakeholder_category = ?5, email = ?6, publish_name = ?7,
             updated_at = max(updated_at, ?8)
           WHERE id = ?1"#,
    )?
    .execute(params![
        id,
        author.name,
        author.organisation,
        author.country,
        author.stakeholder_category,
        author.email,
        author.publish_name,
        updated_at
    ])?;
    Ok(())
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn set_moderation(
    conn: &Connection,
    id: i64,
    moderation: &Moderation,
    at: &str,
) -> rusqlite::Result<()> {
    conn.prepare_cached(
        "UPDATE feedback SET status = ?2, moderation_reason = ?3, moderated_at = ?4 WHERE id = ?1",
    )?
    .execute(params![id, moderation.status, moderation.reason, at])?;
    Ok(())
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn set_decision(
    conn: &Connection,
    id: i64,
    decision: &Decision,
    at: &str,
) -> rusqlite::Result<()> {
    conn.prepare_cached(
        r#"UPDATE feedback SET disposition = ?2, disposition_note = ?3, disposition_by = ?4,
                               disposition_at = ?5, addressed_document = ?6,
                               addressed_article = ?7, addressed_ref = ?8
           WHERE id = ?1"#,
    )?
    .execute(params![
        id,
        decision.disposition,
        decision.note,
        decision.by,
        at,
        decision.addressed_document,
        decision.addressed_article,
        decision.addressed_ref
    ])?;
    Ok(())
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn set_key(conn: &Connection, id: i64, key: bool) -> rusqlite::Result<()> {
    conn.prepare_cached("UPDATE feedback SET key_comment = ?2 WHERE id = ?1")?
        .execute(params![id, key])?;
    Ok(())
}
