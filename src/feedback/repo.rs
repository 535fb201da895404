//! All SQL of feedback and its reference lists.

use rusqlite::{Connection, OptionalExtension, Row, params};

use super::provenance::Provenance;
use super::vocabulary::{Entry, KeyLabel, SourceVocabulary, Vocabulary};
use super::{CommentType, FeedbackInput, Revision, Stance, StoredFeedback};
use crate::document::ArticleId;

/// Stores the fixed lists (stances, comment types) and `process_id`'s themes and categories.
#[tracing::instrument(level = "debug", skip_all)]
pub fn insert_vocabulary(
    conn: &Connection,
    source: &SourceVocabulary,
    process_id: i64,
) -> anyhow::Result<()> {
    for (table, list) in [
        ("stances", &source.stances),
        ("comment_types", &source.comment_types),
    ] {
        let mut stmt = conn.prepare(&format!(
            "INSERT OR IGNORE INTO {table} (key, position, label) VALUES (?1, ?2, ?3)"
        ))?;
        for (position, entry) in list.iter().enumerate() {
            stmt.execute(params![entry.key, position as i64, entry.label])?;
        }
    }
    let mut themes = conn.prepare(
        "INSERT INTO process_themes (process_id, key, position, label) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for (position, theme) in source.themes.iter().enumerate() {
        themes.execute(params![process_id, theme.key, position as i64, theme.label])?;
    }
    let mut categories = conn.prepare(
        "INSERT INTO process_categories (process_id, key, position, label) VALUES (?1, ?2, ?3, ?2)",
    )?;
    for (position, label) in source.stakeholder_categories.iter().enumerate() {
        categories.execute(params![process_id, label, position as i64])?;
    }
    Ok(())
}

/// Gives a new process the themes and categories of another, to edit from there.
#[tracing::instrument(level = "debug", skip_all)]
pub fn copy_vocabulary(conn: &Connection, from: i64, to: i64) -> rusqlite::Result<()> {
    for table in ["process_themes", "process_categories"] {
        conn.execute(
            &format!(
                r#"INSERT INTO {table} (process_id, key, position, label, label_edited, retired_at)
                   SELECT ?2, key, position, label, label_edited, retired_at FROM {table}
                   WHERE process_id = ?1"#
            ),
            params![from, to],
        )?;
    }
    Ok(())
}

/// Every process's lists, by process id.
#[tracing::instrument(level = "debug", skip_all)]
pub fn load_vocabularies(
    conn: &Connection,
) -> anyhow::Result<std::collections::HashMap<i64, Vocabulary>> {
    let fixed = |table: &str| -> rusqlite::Result<Vec<KeyLabel>> {
        conn.prepare(&format!("SELECT key, label FROM {table} ORDER BY position"))?
            .query_map([], |r| {
                Ok(KeyLabel {
                    key: r.get(0)?,
                    label: r.get(1)?,
                })
            })?
            .collect()
    };
    let (stances, comment_types) = (fixed("stances")?, fixed("comment_types")?);
    // The code's closed sets and the stored lists must agree, or tallies would miss a column.
    for stance in Stance::ALL {
        anyhow::ensure!(
            stances.iter().any(|s| s.key == stance.key()),
            "the database has no stance {:?}",
            stance.key()
        );
    }
    for kind in CommentType::ALL {
        anyhow::ensure!(
            comment_types.iter().any(|s| s.key == kind.key()),
            "the database has no comment type {:?}",
            kind.key()
        );
    }
    let mut all: std::collections::HashMap<i64, Vocabulary> = conn
        .prepare("SELECT id FROM processes")?
        .query_map([], |r| r.get::<_, i64>(0))?
        .map(|id| {
            id.map(|id| {
                (
                    id,
                    Vocabulary {
                        stances: stances.clone(),
                        comment_types: comment_types.clone(),
                        ..Vocabulary::default()
                    },
                )
            })
        })
        .collect::<Result<_, _>>()?;
    for (table, is_theme) in [("process_themes", true), ("process_categories", false)] {
        let mut stmt = conn.prepare(&format!(
            r#"SELECT process_id, key, label, label_edited, retired_at IS NOT NULL FROM {table}
               ORDER BY process_id, position, key"#
        ))?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            let entry = Entry {
                key: row.get(1)?,
                label: row.get(2)?,
                label_edited: row.get(3)?,
                retired: row.get(4)?,
            };
            if let Some(vocabulary) = all.get_mut(&row.get::<_, i64>(0)?) {
                if is_theme {
                    vocabulary.themes.push(entry);
                } else {
                    vocabulary.categories.push(entry);
                }
            }
        }
    }
    Ok(all)
}

/// One process's lists (for the command line, which reads one process at a time).
pub fn load_vocabulary(conn: &Connection, process_id: i64) -> anyhow::Result<Vocabulary> {
    Ok(load_vocabularies(conn)?
        .remove(&process_id)
        .unwrap_or_default())
}

/// The theme keys of feedback `f` in key order, joined by ';'. Key order is the primary key's
/// order, so the export reads them with no join and no sort.
pub(crate) const THEMES_OF_F: &str = r#"COALESCE((SELECT group_concat(theme, ';') FROM
    (SELECT theme FROM feedback_themes WHERE feedback_id = f.id ORDER BY theme)), '')"#;

/// Where a new feedback item belongs.
#[derive(Debug, Clone)]
pub struct Placement {
    pub consultation_id: i64,
    pub document_id: i64,
    pub article: ArticleId,
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn insert(
    conn: &Connection,
    placement: &Placement,
    input: &FeedbackInput,
    provenance: &Provenance,
    token_hash: &[u8],
    now: &str,
) -> rusqlite::Result<i64> {
    conn.prepare_cached(
        r#"INSERT INTO feedback
             (consultation_id, document_id, article, ref, stance, comment_type, comment,
              proposed_text, name, organisation, country, stakeholder_category, email,
              publish_name, token_hash, created_at, updated_at, ref_position,
              channel, speaker, meeting_session, made_on, source_reference, recorded_by, read_in)
           VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?16,
                   (SELECT position FROM units WHERE document_id = ?2 AND article = ?3 AND ref = ?4),
                   ?17, ?18, ?19, ?20, ?21, ?22, ?23)"#,
    )?
    .execute(params![
        placement.consultation_id,
        placement.document_id,
        placement.article.to_string(),
        input.reference,
        input.stance.key(),
        input.comment_type.key(),
        input.comment,
        input.proposed_text,
        input.name,
        input.organisation,
        input.country,
        input.stakeholder_category,
        input.email,
        input.publish_name,
        token_hash,
        now,
        provenance.channel.key(),
        provenance.speaker,
        provenance.session,
        provenance.made_on,
        provenance.source_reference,
        provenance.recorded_by,
        provenance.read_in
    ])?;
    let id = conn.last_insert_rowid();
    insert_themes(conn, id, &input.themes)?;
    Ok(id)
}

fn insert_themes(conn: &Connection, id: i64, themes: &[String]) -> rusqlite::Result<()> {
    let mut stmt =
        conn.prepare_cached("INSERT INTO feedback_themes (feedback_id, theme) VALUES (?1, ?2)")?;
    for theme in themes {
        stmt.execute(params![id, theme])?;
    }
    Ok(())
}

/// Replaces what the participant can edit, keeping what it said before as a revision; the
/// placement stays. Only while no decision is recorded: returns `false`, and changes nothing,
/// when the item has a disposition other than pending.
#[tracing::instrument(level = "debug", skip_all)]
pub fn update_undecided(
    conn: &Connection,
    id: i64,
    input: &FeedbackInput,
    now: &str,
) -> rusqlite::Result<bool> {
    let kept = conn
        .prepare_cached(&format!(
            r#"INSERT INTO feedback_revisions
                 (feedback_id, replaced_at, ref, stance, comment_type, themes, comment, proposed_text)
               SELECT f.id, ?2, f.ref, f.stance, f.comment_type, {THEMES_OF_F}, f.comment, f.proposed_text
               FROM feedback f WHERE f.id = ?1 AND f.disposition = 'pending'"#
        ))?
        .execute(params![id, now])?;
    if kept == 0 {
        return Ok(false);
    }
    conn.prepare_cached(
        r#"UPDATE feedback SET ref = ?2, stance = ?3, comment_type = ?4, comment = ?5,
             proposed_text = ?6, name = ?7, organisation = ?8, country = ?9,
             stakeholder_category = ?10, email = ?11, publish_name = ?12, updated_at = ?13,
             ref_position = (SELECT u.position FROM units u WHERE u.document_id = feedback.document_id
                             AND u.article = feedback.article AND u.ref = ?2)
           WHERE id = ?1"#,
    )?
    .execute(params![
        id,
        input.reference,
        input.stance.key(),
        input.comment_type.key(),
        input.comment,
        input.proposed_text,
        input.name,
        input.organisation,
        input.country,
        input.stakeholder_category,
        input.email,
        input.publish_name,
        now
    ])?;
    conn.prepare_cached("DELETE FROM feedback_themes WHERE feedback_id = ?1")?
        .execute([id])?;
    insert_themes(conn, id, &input.themes)?;
    Ok(true)
}

/// The earlier versions of the items `ids`, oldest first for each item, in one query.
#[tracing::instrument(level = "debug", skip_all)]
pub fn revisions_of(conn: &Connection, ids: &[i64]) -> rusqlite::Result<Vec<(i64, Revision)>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    conn.prepare_cached(
        r#"SELECT feedback_id, replaced_at, ref, stance, comment_type, themes, comment, proposed_text
           FROM feedback_revisions WHERE feedback_id IN (SELECT value FROM json_each(?1))
           ORDER BY feedback_id, replaced_at, id"#,
    )?
    .query_map([crate::db::id_list(ids)], |r| {
        let themes: String = r.get(5)?;
        Ok((
            r.get(0)?,
            Revision {
                replaced_at: r.get(1)?,
                reference: r.get(2)?,
                stance: parsed(r, 3, Stance::parse)?,
                comment_type: parsed(r, 4, CommentType::parse)?,
                themes: themes
                    .split(';')
                    .filter(|t| !t.is_empty())
                    .map(str::to_string)
                    .collect(),
                comment: r.get(6)?,
                proposed_text: r.get(7)?,
            },
        ))
    })?
    .collect()
}

/// The columns a [`FeedbackInput`] is read from by [`input_from_row`], in this order.
pub(crate) const INPUT_COLUMNS: &str = "f.ref, f.stance, f.comment_type, f.comment, f.proposed_text, \
     f.name, f.organisation, f.country, f.stakeholder_category, f.email, f.publish_name";

/// A participant's input from [`INPUT_COLUMNS`] selected at `first`; themes come separately.
pub(crate) fn input_from_row(r: &Row, first: usize) -> rusqlite::Result<FeedbackInput> {
    Ok(FeedbackInput {
        reference: r.get(first)?,
        stance: parsed(r, first + 1, Stance::parse)?,
        comment_type: parsed(r, first + 2, CommentType::parse)?,
        themes: vec![],
        comment: r.get(first + 3)?,
        proposed_text: r.get(first + 4)?,
        name: r.get(first + 5)?,
        organisation: r.get(first + 6)?,
        country: r.get(first + 7)?,
        stakeholder_category: r.get(first + 8)?,
        email: r.get(first + 9)?,
        publish_name: r.get(first + 10)?,
    })
}

/// Reads a text column through a domain parser; a stored value the code cannot read is an error.
pub(crate) fn parsed<T>(
    row: &Row,
    index: usize,
    parse: impl Fn(&str) -> Option<T>,
) -> rusqlite::Result<T> {
    let text = row.get_ref(index)?.as_str()?;
    parse(text).ok_or_else(|| {
        rusqlite::Error::FromSqlConversionFailure(
            index,
            rusqlite::types::Type::Text,
            format!("unexpected stored value {text:?}").into(),
        )
    })
}

#[tracing::instrument(level = "debug", skip_all)]
/// The item a private link opens, kept under one of `keys` (`tokens::private_link_keys`).
pub fn find_by_private_link(
    conn: &Connection,
    keys: &[Vec<u8>; 2],
) -> rusqlite::Result<Option<StoredFeedback>> {
    let found = conn
        .prepare_cached(&format!(
            r#"SELECT f.id, c.slug, f.consultation_id, f.document_id, f.article, {INPUT_COLUMNS},
                      f.created_at, f.updated_at, f.disposition, f.disposition_note,
                      f.addressed_document, f.addressed_article, f.addressed_ref
               FROM feedback f JOIN consultations c ON c.id = f.consultation_id
               WHERE f.token_hash IN (?1, ?2)"#
        ))?
        .query_row(params![keys[0], keys[1]], |r| {
            Ok(StoredFeedback {
                id: r.get(0)?,
                consultation_slug: r.get(1)?,
                consultation_id: r.get(2)?,
                document_id: r.get(3)?,
                article: parsed(r, 4, |s| s.parse::<ArticleId>().ok())?,
                input: input_from_row(r, 5)?,
                created_at: r.get(16)?,
                updated_at: r.get(17)?,
                disposition: parsed(r, 18, crate::review::disposition::Disposition::parse)?,
                disposition_note: r.get(19)?,
                addressed: match r.get::<_, Option<i64>>(20)? {
                    Some(document) => Some((document, r.get::<_, String>(21)?, r.get(22)?)),
                    None => None,
                },
            })
        })
        .optional()?;
    let Some(mut feedback) = found else {
        return Ok(None);
    };
    feedback.input.themes = conn
        .prepare_cached(
            r#"SELECT ft.theme FROM feedback_themes ft
               JOIN feedback f ON f.id = ft.feedback_id
               JOIN documents d ON d.id = f.document_id
               LEFT JOIN process_themes t ON t.process_id = d.process_id AND t.key = ft.theme
               WHERE ft.feedback_id = ?1 ORDER BY t.position, ft.theme"#,
        )?
        .query_map([feedback.id], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    Ok(Some(feedback))
}

/// Erases the name, organisation, country and email of every feedback item sent with `email`
/// (compared without regard to case); the comments stay. Returns the ids erased.
#[tracing::instrument(level = "debug", skip_all)]
pub fn forget_email(conn: &Connection, email: &str, now: &str) -> rusqlite::Result<Vec<i64>> {
    conn.prepare(
        r#"UPDATE feedback
           SET name = '', organisation = '', country = '', email = '', publish_name = 0, updated_at = ?2
           WHERE email <> '' AND lower(email) = lower(?1)
           RETURNING id"#,
    )?
    .query_map(params![email, now], |r| r.get(0))?
    .collect()
}

/// How many feedback items, hidden or not, comment on a document.
#[tracing::instrument(level = "debug", skip_all)]
pub fn count_on_document(conn: &Connection, document_id: i64) -> rusqlite::Result<i64> {
    conn.query_row(
        "SELECT COUNT(*) FROM feedback WHERE document_id = ?1",
        [document_id],
        |r| r.get(0),
    )
}

/// Which of a process's lists: its themes or its stakeholder categories.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListKind {
    Themes,
    Categories,
}

impl ListKind {
    pub fn parse(raw: &str) -> Option<Self> {
        match raw {
            "themes" => Some(ListKind::Themes),
            "categories" => Some(ListKind::Categories),
            _ => None,
        }
    }

    pub fn key(&self) -> &'static str {
        match self {
            ListKind::Themes => "themes",
            ListKind::Categories => "categories",
        }
    }

    fn table(&self) -> &'static str {
        match self {
            ListKind::Themes => "process_themes",
            ListKind::Categories => "process_categories",
        }
    }
}

/// Whether a process's list has an entry with this key, or with this label.
#[tracing::instrument(level = "debug", skip_all)]
pub fn entry_exists(
    conn: &Connection,
    list: ListKind,
    process_id: i64,
    key: &str,
    label: &str,
) -> rusqlite::Result<(bool, bool)> {
    conn.query_row(
        &format!(
            r#"SELECT EXISTS (SELECT 1 FROM {table} WHERE process_id = ?1 AND key = ?2),
                      EXISTS (SELECT 1 FROM {table} WHERE process_id = ?1 AND label = ?3)"#,
            table = list.table()
        ),
        params![process_id, key, label],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
}

/// Adds an entry at the end of a process's list, named by an organiser.
#[tracing::instrument(level = "debug", skip_all)]
pub fn insert_entry(
    conn: &Connection,
    list: ListKind,
    process_id: i64,
    key: &str,
    label: &str,
) -> rusqlite::Result<()> {
    conn.execute(
        &format!(
            r#"INSERT INTO {table} (process_id, key, position, label, label_edited)
               VALUES (?1, ?2, (SELECT COALESCE(MAX(position) + 1, 0) FROM {table}
                                WHERE process_id = ?1), ?3, 1)"#,
            table = list.table()
        ),
        params![process_id, key, label],
    )?;
    Ok(())
}

/// Names an entry anew (its key stays); returns whether it exists.
#[tracing::instrument(level = "debug", skip_all)]
pub fn rename_entry(
    conn: &Connection,
    list: ListKind,
    process_id: i64,
    key: &str,
    label: &str,
) -> rusqlite::Result<bool> {
    Ok(conn.execute(
        &format!(
            "UPDATE {} SET label = ?3, label_edited = 1 WHERE process_id = ?1 AND key = ?2",
            list.table()
        ),
        params![process_id, key, label],
    )? == 1)
}

/// Retires an entry (`Some(now)`) or offers it again (`None`); returns whether it exists.
#[tracing::instrument(level = "debug", skip_all)]
pub fn set_entry_retired(
    conn: &Connection,
    list: ListKind,
    process_id: i64,
    key: &str,
    retired_at: Option<&str>,
) -> rusqlite::Result<bool> {
    Ok(conn.execute(
        &format!(
            "UPDATE {} SET retired_at = ?3 WHERE process_id = ?1 AND key = ?2",
            list.table()
        ),
        params![process_id, key, retired_at],
    )? == 1)
}

/// Swaps an entry with its neighbour before (`up`) or after it; returns whether it moved.
#[tracing::instrument(level = "debug", skip_all)]
pub fn move_entry(
    conn: &Connection,
    list: ListKind,
    process_id: i64,
    key: &str,
    up: bool,
) -> rusqlite::Result<bool> {
    let table = list.table();
    let keys: Vec<String> = conn
        .prepare(&format!(
            "SELECT key FROM {table} WHERE process_id = ?1 ORDER BY position, key"
        ))?
        .query_map([process_id], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    let Some(at) = keys.iter().position(|k| k == key) else {
        return Ok(false);
    };
    let other = if up {
        at.checked_sub(1)
    } else {
        Some(at + 1).filter(|i| *i < keys.len())
    };
    let Some(other) = other else {
        return Ok(false);
    };
    let mut order = keys;
    order.swap(at, other);
    let mut stmt = conn.prepare(&format!(
        "UPDATE {table} SET position = ?3 WHERE process_id = ?1 AND key = ?2"
    ))?;
    for (position, key) in order.iter().enumerate() {
        stmt.execute(params![process_id, key, position as i64])?;
    }
    Ok(true)
}

/// How many feedback items of a process use each entry of a list, by key.
#[tracing::instrument(level = "debug", skip_all)]
pub fn entry_uses(
    conn: &Connection,
    list: ListKind,
    process_id: i64,
) -> rusqlite::Result<std::collections::HashMap<String, i64>> {
    let sql = match list {
        ListKind::Themes => {
            r#"SELECT ft.theme, COUNT(*) FROM feedback_themes ft
               JOIN feedback f ON f.id = ft.feedback_id JOIN documents d ON d.id = f.document_id
               WHERE d.process_id = ?1 GROUP BY ft.theme"#
        }
        ListKind::Categories => {
            r#"SELECT f.stakeholder_category, COUNT(*) FROM feedback f
               JOIN documents d ON d.id = f.document_id
               WHERE d.process_id = ?1 AND f.stakeholder_category <> ''
               GROUP BY f.stakeholder_category"#
        }
    };
    conn.prepare(sql)?
        .query_map([process_id], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect()
}

/// The speakers already recorded in a session of a consultation, in order, for the
/// rapporteur's quick choice.
pub fn speakers_of_session(
    conn: &Connection,
    consultation_id: i64,
    session: &str,
) -> rusqlite::Result<Vec<String>> {
    conn.prepare_cached(
        r#"SELECT DISTINCT speaker FROM feedback
           WHERE consultation_id = ?1 AND meeting_session = ?2 AND channel <> 'online'
             AND speaker <> ''
           ORDER BY speaker"#,
    )?
    .query_map(params![consultation_id, session], |r| r.get(0))?
    .collect()
}
