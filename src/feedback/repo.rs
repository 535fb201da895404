//! All SQL of feedback and its reference lists.

use rusqlite::{Connection, OptionalExtension, Row, params};

use super::vocabulary::{KeyLabel, SourceVocabulary, Vocabulary};
use super::{CommentType, FeedbackInput, Revision, Stance, StoredFeedback};
use crate::document::ArticleId;

#[tracing::instrument(level = "debug", skip_all)]
pub fn insert_vocabulary(conn: &Connection, source: &SourceVocabulary) -> anyhow::Result<()> {
    for (table, list) in [
        ("stances", &source.stances),
        ("comment_types", &source.comment_types),
        ("themes", &source.themes),
    ] {
        let mut stmt = conn.prepare(&format!(
            "INSERT INTO {table} (key, position, label) VALUES (?1, ?2, ?3)"
        ))?;
        for (position, entry) in list.iter().enumerate() {
            stmt.execute(params![entry.key, position as i64, entry.label])?;
        }
    }
    let mut stmt =
        conn.prepare("INSERT INTO stakeholder_categories (label, position) VALUES (?1, ?2)")?;
    for (position, label) in source.stakeholder_categories.iter().enumerate() {
        stmt.execute(params![label, position as i64])?;
    }
    Ok(())
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn load_vocabulary(conn: &Connection) -> anyhow::Result<Vocabulary> {
    let list = |table: &str| -> rusqlite::Result<Vec<KeyLabel>> {
        conn.prepare(&format!("SELECT key, label FROM {table} ORDER BY position"))?
            .query_map([], |r| {
                Ok(KeyLabel {
                    key: r.get(0)?,
                    label: r.get(1)?,
                })
            })?
            .collect()
    };
    let vocabulary = Vocabulary {
        stances: list("stances")?,
        comment_types: list("comment_types")?,
        themes: list("themes")?,
        stakeholder_categories: conn
            .prepare("SELECT label FROM stakeholder_categories ORDER BY position")?
            .query_map([], |r| r.get(0))?
            .collect::<Result<_, _>>()?,
    };
    // The code's closed sets and the stored lists must agree, or tallies would miss a column.
    for stance in Stance::ALL {
        anyhow::ensure!(
            vocabulary.stances.iter().any(|s| s.key == stance.key()),
            "the database has no stance {:?}",
            stance.key()
        );
    }
    for kind in CommentType::ALL {
        anyhow::ensure!(
            vocabulary.comment_types.iter().any(|s| s.key == kind.key()),
            "the database has no comment type {:?}",
            kind.key()
        );
    }
    Ok(vocabulary)
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
    token_hash: &[u8],
    now: &str,
) -> rusqlite::Result<i64> {
    conn.prepare_cached(
        r#"INSERT INTO feedback
             (consultation_id, document_id, article, ref, stance, comment_type, comment,
              proposed_text, name, organisation, country, stakeholder_category, email,
              publish_name, token_hash, created_at, updated_at, ref_position)
           VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?16,
                   (SELECT position FROM units WHERE document_id = ?2 AND article = ?3 AND ref = ?4))"#,
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
        now
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
    let placeholders = vec!["?"; ids.len()].join(", ");
    conn.prepare(&format!(
        r#"SELECT feedback_id, replaced_at, ref, stance, comment_type, themes, comment, proposed_text
           FROM feedback_revisions WHERE feedback_id IN ({placeholders})
           ORDER BY feedback_id, id"#
    ))?
    .query_map(rusqlite::params_from_iter(ids), |r| {
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
    let text: String = row.get(index)?;
    parse(&text).ok_or_else(|| {
        rusqlite::Error::FromSqlConversionFailure(
            index,
            rusqlite::types::Type::Text,
            format!("unexpected stored value {text:?}").into(),
        )
    })
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn find_by_token_hash(
    conn: &Connection,
    token_hash: &[u8],
) -> rusqlite::Result<Option<StoredFeedback>> {
    let found = conn
        .prepare_cached(&format!(
            r#"SELECT f.id, c.slug, f.consultation_id, f.document_id, f.article, {INPUT_COLUMNS},
                      f.created_at, f.updated_at, f.disposition, f.disposition_note
               FROM feedback f JOIN consultations c ON c.id = f.consultation_id
               WHERE f.token_hash = ?1"#
        ))?
        .query_row([token_hash], |r| {
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
            })
        })
        .optional()?;
    let Some(mut feedback) = found else {
        return Ok(None);
    };
    feedback.input.themes = conn
        .prepare_cached(
            r#"SELECT ft.theme FROM feedback_themes ft JOIN themes t ON t.key = ft.theme
               WHERE ft.feedback_id = ?1 ORDER BY t.position"#,
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
