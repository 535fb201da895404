//! All SQL of workshops: question sets and their questions.

use rusqlite::{Connection, OptionalExtension, params};

use super::{QuestionChange, QuestionRefused, QuestionText};
use crate::audit::{Action, Entry};
use crate::document::ArticleId;

/// The id of a process's question set, if it has one.
#[tracing::instrument(level = "debug", skip_all)]
pub fn question_set_of(conn: &Connection, process_id: i64) -> rusqlite::Result<Option<i64>> {
    conn.query_row(
        "SELECT id FROM documents WHERE process_id = ?1 AND kind = 'questions'",
        [process_id],
        |r| r.get(0),
    )
    .optional()
}

/// The process's question set, made (empty) if it has none: titled after the process, in
/// `language` (its draft's, else the organiser's).
fn ensure_question_set(
    conn: &Connection,
    process_id: i64,
    language: &str,
) -> rusqlite::Result<i64> {
    if let Some(id) = question_set_of(conn, process_id)? {
        return Ok(id);
    }
    let (slug, title): (String, String) = conn.query_row(
        "SELECT slug, title FROM processes WHERE id = ?1",
        [process_id],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    let year: i64 = crate::time_format::now_rfc3339()[..4]
        .parse()
        .unwrap_or(2026);
    conn.execute(
        r#"INSERT INTO documents (symbol, title, year, language, process_id, version, kind)
           VALUES (?1, ?2, ?3, ?4, ?5, 0, 'questions')"#,
        params![
            format!("{slug}/questions"),
            title,
            year,
            language,
            process_id
        ],
    )?;
    Ok(conn.last_insert_rowid())
}

/// How many items answer question `article` of question set `document_id`.
fn answers(conn: &Connection, document_id: i64, article: &str) -> rusqlite::Result<i64> {
    conn.query_row(
        "SELECT COUNT(*) FROM feedback WHERE document_id = ?1 AND article = ?2",
        params![document_id, article],
        |r| r.get(0),
    )
}

/// How many items answer each question of `document_id`, by question.
#[tracing::instrument(level = "debug", skip_all)]
pub fn answers_by_question(
    conn: &Connection,
    document_id: i64,
) -> rusqlite::Result<std::collections::HashMap<String, i64>> {
    conn.prepare("SELECT article, COUNT(*) FROM feedback WHERE document_id = ?1 GROUP BY article")?
        .query_map([document_id], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect()
}

/// Adds a question after the others (making the process's question set if needed), with its
/// audit entry; returns its id.
#[tracing::instrument(level = "debug", skip_all)]
pub fn add_question(
    conn: &Connection,
    process_id: i64,
    language: &str,
    question: &QuestionText,
    by: &str,
) -> rusqlite::Result<ArticleId> {
    let document_id = ensure_question_set(conn, process_id, language)?;
    // Numbers and places are never reused: an answer's keys hold its question's place.
    let number: u16 = conn.query_row(
        r#"SELECT COALESCE(MAX(CAST(substr(article, 2) AS INTEGER)), 0) + 1
           FROM units WHERE document_id = ?1"#,
        [document_id],
        |r| r.get(0),
    )?;
    let id = ArticleId::Question(number);
    conn.execute(
        r#"INSERT INTO units (document_id, article, ref, position, kind, part, text, notes, title)
           VALUES (?1, ?2, '', (SELECT COALESCE(MAX(position) + 1, 0) FROM units
                                WHERE document_id = ?1), 'article', NULL, ?3, '', ?4)"#,
        params![document_id, id.to_string(), question.text, question.label],
    )?;
    conn.execute(
        r#"INSERT INTO questions (document_id, article, shown)
           VALUES (?1, ?2, (SELECT COALESCE(MAX(shown) + 1, 0) FROM questions WHERE document_id = ?1))"#,
        params![document_id, id.to_string()],
    )?;
    record(
        conn,
        by,
        Action::QuestionAdd,
        document_id,
        id,
        &question.text,
    )?;
    Ok(id)
}

/// Rewords a question nobody has answered yet, with its audit entry.
#[tracing::instrument(level = "debug", skip_all)]
pub fn reword_question(
    conn: &Connection,
    document_id: i64,
    id: ArticleId,
    question: &QuestionText,
    by: &str,
) -> Result<(), QuestionRefused> {
    let article = id.to_string();
    if answers(conn, document_id, &article)? > 0 {
        return Err(QuestionRefused::Answered);
    }
    let changed = conn.execute(
        "UPDATE units SET text = ?3, title = ?4 WHERE document_id = ?1 AND article = ?2 AND ref = ''",
        params![document_id, article, question.text, question.label],
    )?;
    if changed == 0 {
        return Err(QuestionRefused::NoSuchQuestion);
    }
    record(
        conn,
        by,
        Action::QuestionEdit,
        document_id,
        id,
        &question.text,
    )?;
    Ok(())
}

/// Moves, retires, restores or deletes a question, with its audit entry.
#[tracing::instrument(level = "debug", skip_all)]
pub fn change_question(
    conn: &Connection,
    document_id: i64,
    id: ArticleId,
    change: QuestionChange,
    by: &str,
) -> Result<(), QuestionRefused> {
    let article = id.to_string();
    let shown: i64 = conn
        .query_row(
            "SELECT shown FROM questions WHERE document_id = ?1 AND article = ?2",
            params![document_id, article],
            |r| r.get(0),
        )
        .optional()?
        .ok_or(QuestionRefused::NoSuchQuestion)?;
    let now = crate::time_format::now_rfc3339();
    let action = match change {
        QuestionChange::Up | QuestionChange::Down => {
            let (comparison, order) = if change == QuestionChange::Up {
                ("<", "DESC")
            } else {
                (">", "ASC")
            };
            let neighbour: Option<(String, i64)> = conn
                .query_row(
                    &format!(
                        "SELECT article, shown FROM questions WHERE document_id = ?1 \
                         AND shown {comparison} ?2 ORDER BY shown {order} LIMIT 1"
                    ),
                    params![document_id, shown],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()?;
            let Some((other, other_shown)) = neighbour else {
                return Ok(());
            };
            let set = "UPDATE questions SET shown = ?3 WHERE document_id = ?1 AND article = ?2";
            conn.execute(set, params![document_id, article, other_shown])?;
            conn.execute(set, params![document_id, other, shown])?;
            Action::QuestionMove
        }
        QuestionChange::Retire => {
            conn.execute(
                "UPDATE questions SET retired_at = ?3 WHERE document_id = ?1 AND article = ?2",
                params![document_id, article, now],
            )?;
            Action::QuestionRetire
        }
        QuestionChange::Restore => {
            conn.execute(
                "UPDATE questions SET retired_at = NULL WHERE document_id = ?1 AND article = ?2",
                params![document_id, article],
            )?;
            Action::QuestionRestore
        }
        QuestionChange::Delete => {
            if answers(conn, document_id, &article)? > 0 {
                return Err(QuestionRefused::Answered);
            }
            conn.execute(
                "DELETE FROM questions WHERE document_id = ?1 AND article = ?2",
                params![document_id, article],
            )?;
            conn.execute(
                "DELETE FROM units WHERE document_id = ?1 AND article = ?2",
                params![document_id, article],
            )?;
            Action::QuestionDelete
        }
    };
    record(conn, by, action, document_id, id, "")?;
    Ok(())
}

fn record(
    conn: &Connection,
    by: &str,
    action: Action,
    document_id: i64,
    id: ArticleId,
    detail: &str,
) -> rusqlite::Result<()> {
    let entry = Entry::new(by, action)
        .subject(format!("#{document_id} {id}"))
        .detail(detail);
    crate::audit::repo::record_now(conn, &entry)
}
