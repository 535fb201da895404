//! All SQL of workshops: question sets and their questions.

use rusqlite::{Connection, OptionalExtension, params};

use super::groups::{Group, GroupSetup, NewPoint, Point, Support};
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

/// The groups of a workshop, in their order, with their questions and rapporteur.
#[tracing::instrument(level = "debug", skip_all)]
pub fn groups_of(conn: &Connection, consultation_id: i64) -> rusqlite::Result<Vec<Group>> {
    let ids: Vec<i64> = conn
        .prepare_cached(
            "SELECT id FROM workshop_groups WHERE consultation_id = ?1 ORDER BY position, id",
        )?
        .query_map([consultation_id], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let mut groups = Vec::with_capacity(ids.len());
    for id in ids {
        groups.extend(find_group(conn, id)?);
    }
    Ok(groups)
}

/// A group by id, with its questions (in the question set's order) and rapporteur.
#[tracing::instrument(level = "debug", skip_all)]
pub fn find_group(conn: &Connection, id: i64) -> rusqlite::Result<Option<Group>> {
    let Some((consultation_id, name, rapporteur)) = conn
        .prepare_cached(
            r#"SELECT g.consultation_id, g.name, o.username FROM workshop_groups g
               LEFT JOIN organisers o ON o.id = g.rapporteur_id WHERE g.id = ?1"#,
        )?
        .query_row([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .optional()?
    else {
        return Ok(None);
    };
    let questions = conn
        .prepare_cached(
            "SELECT article FROM group_questions WHERE group_id = ?1 ORDER BY position",
        )?
        .query_map([id], |r| r.get::<_, String>(0))?
        .filter_map(|a| a.map(|a| a.parse().ok()).transpose())
        .collect::<rusqlite::Result<_>>()?;
    Ok(Some(Group {
        id,
        consultation_id,
        name,
        rapporteur,
        questions,
    }))
}

/// Adds a group after the others, with its audit entry; `None` when the workshop has a group
/// of that name.
#[tracing::instrument(level = "debug", skip_all)]
pub fn add_group(
    conn: &Connection,
    consultation: &crate::consultations::Consultation,
    setup: &GroupSetup,
    by: &str,
) -> rusqlite::Result<Option<i64>> {
    let taken: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM workshop_groups WHERE consultation_id = ?1 AND name = ?2)",
        params![consultation.id, setup.name],
        |r| r.get(0),
    )?;
    if taken {
        return Ok(None);
    }
    conn.execute(
        r#"INSERT INTO workshop_groups (consultation_id, name, position, rapporteur_id, created_at)
           VALUES (?1, ?2, (SELECT COALESCE(MAX(position) + 1, 0) FROM workshop_groups
                            WHERE consultation_id = ?1), ?3, ?4)"#,
        params![
            consultation.id,
            setup.name,
            setup.rapporteur,
            crate::time_format::now_rfc3339()
        ],
    )?;
    let id = conn.last_insert_rowid();
    // The questions' rows keep the order the set gives them.
    let mut question = conn
        .prepare("INSERT INTO group_questions (group_id, article, position) VALUES (?1, ?2, ?3)")?;
    for (position, q) in setup.questions.iter().enumerate() {
        question.execute(params![id, q.to_string(), position as i64])?;
    }
    let questions: Vec<String> = setup.questions.iter().map(|q| q.to_string()).collect();
    let entry = Entry::new(by, Action::GroupAdd)
        .subject(format!("{} {}", consultation.slug, setup.name))
        .detail(questions.join(", "));
    crate::audit::repo::record_now(conn, &entry)?;
    Ok(Some(id))
}

/// A rapporteur link for `group`, with its audit entry: the token, shown once.
#[tracing::instrument(level = "debug", skip_all)]
pub fn issue_rapporteur_link(
    conn: &Connection,
    group: &Group,
    label: &str,
    by: &str,
) -> rusqlite::Result<String> {
    let token = crate::tokens::new_token();
    conn.execute(
        r#"INSERT INTO rapporteur_links (group_id, token_hash, label, created_by, created_at)
           VALUES (?1, ?2, ?3, ?4, ?5)"#,
        params![
            group.id,
            crate::tokens::token_hash(&token),
            label,
            by,
            crate::time_format::now_rfc3339()
        ],
    )?;
    let entry = Entry::new(by, Action::RapporteurLink)
        .subject(&group.name)
        .detail(label);
    crate::audit::repo::record_now(conn, &entry)?;
    Ok(token)
}

/// Revokes a rapporteur link of `group`, with its audit entry; whether it was live.
#[tracing::instrument(level = "debug", skip_all)]
pub fn revoke_rapporteur_link(
    conn: &Connection,
    group: &Group,
    link_id: i64,
    by: &str,
) -> rusqlite::Result<bool> {
    let revoked = conn.execute(
        r#"UPDATE rapporteur_links SET revoked_at = ?3
           WHERE id = ?1 AND group_id = ?2 AND revoked_at IS NULL"#,
        params![link_id, group.id, crate::time_format::now_rfc3339()],
    )? > 0;
    if revoked {
        let entry = Entry::new(by, Action::RapporteurRevoke)
            .subject(&group.name)
            .detail(format!("link #{link_id}"));
        crate::audit::repo::record_now(conn, &entry)?;
    }
    Ok(revoked)
}

/// A group's rapporteur links: (id, label, created_at, revoked).
#[tracing::instrument(level = "debug", skip_all)]
pub fn links_of(
    conn: &Connection,
    group_id: i64,
) -> rusqlite::Result<Vec<(i64, String, String, bool)>> {
    conn.prepare_cached(
        r#"SELECT id, label, created_at, revoked_at IS NOT NULL FROM rapporteur_links
           WHERE group_id = ?1 ORDER BY id"#,
    )?
    .query_map([group_id], |r| {
        Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
    })?
    .collect()
}

/// The group a live rapporteur link reaches, and the link's label.
#[tracing::instrument(level = "debug", skip_all)]
pub fn group_of_link(
    conn: &Connection,
    token_hash: &[u8],
) -> rusqlite::Result<Option<(i64, String)>> {
    conn.prepare_cached(
        "SELECT group_id, label FROM rapporteur_links WHERE token_hash = ?1 AND revoked_at IS NULL",
    )?
    .query_row([token_hash], |r| Ok((r.get(0)?, r.get(1)?)))
    .optional()
}

/// Every point recorded in a workshop's groups, in the order recorded.
#[tracing::instrument(level = "debug", skip_all)]
pub fn points_of_workshop(conn: &Connection, consultation_id: i64) -> rusqlite::Result<Vec<Point>> {
    let mut points: Vec<Point> = conn
        .prepare_cached(
            r#"SELECT f.id, g.id, g.name, f.article, f.comment, p.support, f.made_on,
                      f.recorded_by, f.status = 'hidden'
               FROM group_points p
               JOIN workshop_groups g ON g.id = p.group_id
               JOIN feedback f ON f.id = p.feedback_id
               WHERE g.consultation_id = ?1 ORDER BY f.id"#,
        )?
        .query_map([consultation_id], |r| {
            Ok(Point {
                id: r.get(0)?,
                group_id: r.get(1)?,
                group: r.get(2)?,
                question: r
                    .get::<_, String>(3)?
                    .parse()
                    .unwrap_or(ArticleId::Question(0)),
                text: r.get(4)?,
                support: Support::parse(&r.get::<_, String>(5)?).unwrap_or(Support::One),
                made_on: r.get(6)?,
                recorded_by: r.get(7)?,
                diverges_from: Vec::new(),
                hidden: r.get(8)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    let pairs: Vec<(i64, i64)> = conn
        .prepare_cached(
            r#"SELECT d.point_id, d.other_id FROM divergent_points d
               JOIN group_points p ON p.feedback_id = d.point_id
               JOIN workshop_groups g ON g.id = p.group_id WHERE g.consultation_id = ?1"#,
        )?
        .query_map([consultation_id], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    for point in &mut points {
        point.diverges_from = pairs
            .iter()
            .filter_map(|&(a, b)| {
                if a == point.id {
                    Some(b)
                } else if b == point.id {
                    Some(a)
                } else {
                    None
                }
            })
            .collect();
    }
    Ok(points)
}

/// Stores a group's point as a statement on its question (the group as speaker, recorded by
/// `by`), with its degree of support and the points it disagrees with.
#[tracing::instrument(level = "debug", skip_all)]
pub fn record_point(
    conn: &Connection,
    group: &Group,
    question_set: i64,
    point: &NewPoint,
    by: &str,
) -> Result<i64, crate::error::AppError> {
    use crate::feedback::provenance::{Channel, Provenance};
    let placement = crate::feedback::repo::Placement {
        consultation_id: group.consultation_id,
        document_id: question_set,
        article: point.question,
    };
    let input = crate::feedback::FeedbackInput {
        reference: String::new(),
        stance: crate::feedback::Stance::NoPosition,
        comment_type: crate::feedback::CommentType::General,
        themes: Vec::new(),
        comment: point.text.clone(),
        proposed_text: String::new(),
        name: String::new(),
        organisation: String::new(),
        country: String::new(),
        stakeholder_category: String::new(),
        email: String::new(),
        publish_name: false,
    };
    let provenance = Provenance {
        channel: Channel::Statement,
        speaker: group.name.clone(),
        session: group.name.clone(),
        made_on: point.made_on.clone(),
        source_reference: String::new(),
        recorded_by: by.to_string(),
        read_in: String::new(),
    };
    let id = crate::feedback::store_recorded(conn, &placement, &input, &provenance)?;
    conn.execute(
        "INSERT INTO group_points (feedback_id, group_id, support) VALUES (?1, ?2, ?3)",
        params![id, group.id, point.support.key()],
    )?;
    for other in &point.diverges_from {
        conn.execute(
            "INSERT OR IGNORE INTO divergent_points (point_id, other_id) VALUES (?1, ?2)",
            params![id.min(*other), id.max(*other)],
        )?;
    }
    Ok(id)
}
