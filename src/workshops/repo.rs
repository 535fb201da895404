//! All SQL of workshops: question sets and their questions.

use rusqlite::{Connection, OptionalExtension, params};

use super::areas::{Area, AreaChange};
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
    // Numbers and places are never reused (a deleted question keeps its row in `questions`):
    // an answer's keys hold its question's place, and a group names its questions by number.
    let number: u16 = conn.query_row(
        r#"SELECT COALESCE(MAX(CAST(substr(article, 2) AS INTEGER)), 0) + 1
           FROM questions WHERE document_id = ?1"#,
        [document_id],
        |r| r.get(0),
    )?;
    let id = ArticleId::Question(number);
    conn.execute(
        r#"INSERT INTO units (document_id, article, ref, position, kind, part, text, notes, title)
           VALUES (?1, ?2, '', ?3, 'article', NULL, ?4, '', ?5)"#,
        params![
            document_id,
            id.to_string(),
            i64::from(number) - 1,
            question.text,
            question.label
        ],
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
            let in_a_group: bool = conn.query_row(
                r#"SELECT EXISTS (SELECT 1 FROM group_questions gq
                     JOIN workshop_groups g ON g.id = gq.group_id
                                          JOIN consultations c ON c.id = g.consultation_id
                     JOIN documents workshop_document ON workshop_document.id = c.document_id
                     JOIN documents question_set ON question_set.id = ?1
                     WHERE gq.article = ?2
                       AND workshop_document.process_id = question_set.process_id)"#,
                params![document_id, article],
                |r| r.get(0),
            )?;
            if in_a_group {
                return Err(QuestionRefused::InGroup);
            }
            // Its row stays, retired, so its number is never given again.
            conn.execute(
                "UPDATE questions SET retired_at = ?3 WHERE document_id = ?1 AND article = ?2",
                params![document_id, article, now],
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

/// A process's thematic areas in their order, with how many items each holds.
#[tracing::instrument(level = "debug", skip_all)]
pub fn areas_of(conn: &Connection, process_id: i64) -> rusqlite::Result<Vec<Area>> {
    conn.prepare_cached(
        r#"SELECT a.id, a.title, a.retired_at IS NOT NULL,
                  (SELECT COUNT(*) FROM feedback_areas fa WHERE fa.area_id = a.id)
           FROM thematic_areas a WHERE a.process_id = ?1 ORDER BY a.position, a.id"#,
    )?
    .query_map([process_id], |r| {
        Ok(Area {
            id: r.get(0)?,
            title: r.get(1)?,
            retired: r.get(2)?,
            items: r.get(3)?,
        })
    })?
    .collect()
}

fn record_area(
    conn: &Connection,
    by: &str,
    action: Action,
    area: i64,
    detail: &str,
) -> rusqlite::Result<()> {
    let entry = Entry::new(by, action)
        .subject(format!("area #{area}"))
        .detail(detail);
    crate::audit::repo::record_now(conn, &entry)
}

/// Takes item `item` out of area `area` of the process, with its audit entry; returns
/// whether it was in it.
#[tracing::instrument(level = "debug", skip_all)]
pub fn unassign_from_area(
    conn: &Connection,
    process_id: i64,
    area: i64,
    item: i64,
    by: &str,
) -> rusqlite::Result<bool> {
    let removed = conn.execute(
        r#"DELETE FROM feedback_areas WHERE feedback_id = ?1 AND area_id = ?2
             AND area_id IN (SELECT id FROM thematic_areas WHERE process_id = ?3)"#,
        params![item, area, process_id],
    )? > 0;
    if removed {
        record_area(conn, by, Action::AreaUnassign, area, &format!("#{item}"))?;
    }
    Ok(removed)
}

/// The areas each of `items` is in, by item: (area, title), in the areas' order.
#[tracing::instrument(level = "debug", skip_all)]
pub fn areas_of_items(
    conn: &Connection,
    items: &[i64],
) -> rusqlite::Result<std::collections::HashMap<i64, Vec<(i64, String)>>> {
    let mut by_item: std::collections::HashMap<i64, Vec<(i64, String)>> =
        std::collections::HashMap::new();
    let mut rows = conn.prepare_cached(
        r#"SELECT fa.feedback_id, a.id, a.title FROM feedback_areas fa
           JOIN thematic_areas a ON a.id = fa.area_id
           WHERE fa.feedback_id IN (SELECT value FROM json_each(?1))
           ORDER BY a.position"#,
    )?;
    let found = rows.query_map([crate::db::id_list(items)], |r| {
        Ok((r.get::<_, i64>(0)?, (r.get(1)?, r.get(2)?)))
    })?;
    for row in found {
        let (item, area) = row?;
        by_item.entry(item).or_default().push(area);
    }
    Ok(by_item)
}

/// Adds an area after the others, with its audit entry.
#[tracing::instrument(level = "debug", skip_all)]
pub fn add_area(
    conn: &Connection,
    process_id: i64,
    title: &str,
    by: &str,
) -> rusqlite::Result<i64> {
    conn.execute(
        r#"INSERT INTO thematic_areas (process_id, title, position, created_at)
           VALUES (?1, ?2, (SELECT COALESCE(MAX(position) + 1, 0) FROM thematic_areas
                            WHERE process_id = ?1), ?3)"#,
        params![process_id, title, crate::time_format::now_rfc3339()],
    )?;
    let id = conn.last_insert_rowid();
    record_area(conn, by, Action::AreaAdd, id, title)?;
    Ok(id)
}

/// Retitles an area of the process; whether there was one.
#[tracing::instrument(level = "debug", skip_all)]
pub fn retitle_area(
    conn: &Connection,
    process_id: i64,
    id: i64,
    title: &str,
    by: &str,
) -> rusqlite::Result<bool> {
    let changed = conn.execute(
        "UPDATE thematic_areas SET title = ?3 WHERE id = ?1 AND process_id = ?2",
        params![id, process_id, title],
    )? > 0;
    if changed {
        record_area(conn, by, Action::AreaEdit, id, title)?;
    }
    Ok(changed)
}

/// Why a change to an area was not made.
#[derive(Debug, thiserror::Error)]
pub enum AreaRefused {
    #[error("no such area")]
    NoSuchArea,
    #[error("the area holds items")]
    HasItems,
    #[error(transparent)]
    Storage(#[from] rusqlite::Error),
}

/// Moves, retires, restores or deletes an area of the process, with its audit entry.
#[tracing::instrument(level = "debug", skip_all)]
pub fn change_area(
    conn: &Connection,
    process_id: i64,
    id: i64,
    change: AreaChange,
    by: &str,
) -> Result<(), AreaRefused> {
    let position: i64 = conn
        .query_row(
            "SELECT position FROM thematic_areas WHERE id = ?1 AND process_id = ?2",
            params![id, process_id],
            |r| r.get(0),
        )
        .optional()?
        .ok_or(AreaRefused::NoSuchArea)?;
    let action = match change {
        AreaChange::Up | AreaChange::Down => {
            let (comparison, order) = if change == AreaChange::Up {
                ("<", "DESC")
            } else {
                (">", "ASC")
            };
            let neighbour: Option<(i64, i64)> = conn
                .query_row(
                    &format!(
                        "SELECT id, position FROM thematic_areas WHERE process_id = ?1 \
                         AND position {comparison} ?2 ORDER BY position {order} LIMIT 1"
                    ),
                    params![process_id, position],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()?;
            let Some((other, other_position)) = neighbour else {
                return Ok(());
            };
            let set = "UPDATE thematic_areas SET position = ?2 WHERE id = ?1";
            conn.execute(set, params![id, other_position])?;
            conn.execute(set, params![other, position])?;
            Action::AreaMove
        }
        AreaChange::Retire => {
            conn.execute(
                "UPDATE thematic_areas SET retired_at = ?2 WHERE id = ?1",
                params![id, crate::time_format::now_rfc3339()],
            )?;
            Action::AreaRetire
        }
        AreaChange::Restore => {
            conn.execute(
                "UPDATE thematic_areas SET retired_at = NULL WHERE id = ?1",
                [id],
            )?;
            Action::AreaRestore
        }
        AreaChange::Delete => {
            let items: i64 = conn.query_row(
                "SELECT COUNT(*) FROM feedback_areas WHERE area_id = ?1",
                [id],
                |r| r.get(0),
            )?;
            if items > 0 {
                return Err(AreaRefused::HasItems);
            }
            conn.execute("DELETE FROM thematic_areas WHERE id = ?1", [id])?;
            Action::AreaDelete
        }
    };
    record_area(conn, by, action, id, "")?;
    Ok(())
}

/// Assigns items to an area of the process (each once), with one audit entry; items of
/// another process are left out. Returns how many were newly assigned, or `None` (nothing
/// stored) when the process offers no such area.
#[tracing::instrument(level = "debug", skip_all)]
pub fn assign_to_area(
    conn: &Connection,
    process_id: i64,
    area: i64,
    items: &[i64],
    by: &str,
) -> rusqlite::Result<Option<usize>> {
    let offered: bool = conn.query_row(
        r#"SELECT EXISTS (SELECT 1 FROM thematic_areas
                              WHERE id = ?1 AND process_id = ?2 AND retired_at IS NULL)"#,
        params![area, process_id],
        |r| r.get(0),
    )?;
    if !offered {
        return Ok(None);
    }
    let now = crate::time_format::now_rfc3339();
    let mut assign = conn.prepare(
        r#"INSERT OR IGNORE INTO feedback_areas (feedback_id, area_id, assigned_by, assigned_at)
           SELECT f.id, ?2, ?3, ?4 FROM feedback f JOIN documents d ON d.id = f.document_id
           WHERE f.id = ?1 AND d.process_id = ?5"#,
    )?;
    let mut assigned = 0;
    for item in items {
        assigned += assign.execute(params![item, area, by, now, process_id])?;
    }
    let listed: Vec<String> = items.iter().map(|i| format!("#{i}")).collect();
    record_area(conn, by, Action::AreaAssign, area, &listed.join(", "))?;
    Ok(Some(assigned))
}

/// One assigned item as the summary reads it.
#[derive(Debug, Clone)]
pub struct AssignedItem {
    pub area: i64,
    pub id: i64,
    pub article: String,
    pub comment: String,
    pub channel: String,
    pub speaker: String,
    /// The published name (empty unless the participant chose to publish it).
    pub published_name: String,
    pub organisation: String,
    pub support: Option<Support>,
}

/// Every visible item assigned to an area of the process, in the order assigned.
#[tracing::instrument(level = "debug", skip_all)]
pub fn assigned_items(conn: &Connection, process_id: i64) -> rusqlite::Result<Vec<AssignedItem>> {
    conn.prepare(
        r#"SELECT fa.area_id, f.id, f.article, f.comment, f.channel, f.speaker,
                  CASE WHEN f.publish_name = 1 THEN f.name ELSE '' END, f.organisation, p.support
           FROM feedback_areas fa
           JOIN thematic_areas a ON a.id = fa.area_id
           JOIN feedback f ON f.id = fa.feedback_id
           LEFT JOIN group_points p ON p.feedback_id = f.id
           WHERE a.process_id = ?1 AND f.status = 'visible'
           ORDER BY fa.area_id, f.id"#,
    )?
    .query_map([process_id], |r| {
        Ok(AssignedItem {
            area: r.get(0)?,
            id: r.get(1)?,
            article: r.get(2)?,
            comment: r.get(3)?,
            channel: r.get(4)?,
            speaker: r.get(5)?,
            published_name: r.get(6)?,
            organisation: r.get(7)?,
            support: r
                .get::<_, Option<String>>(8)?
                .and_then(|s| Support::parse(&s)),
        })
    })?
    .collect()
}

/// Every divergence between two points of the process's workshops: (one, the other).
#[tracing::instrument(level = "debug", skip_all)]
pub fn divergences(conn: &Connection, process_id: i64) -> rusqlite::Result<Vec<(i64, i64)>> {
    conn.prepare(
        r#"SELECT d.point_id, d.other_id FROM divergent_points d
           JOIN feedback f ON f.id = d.point_id
           JOIN documents doc ON doc.id = f.document_id
           WHERE doc.process_id = ?1"#,
    )?
    .query_map([process_id], |r| Ok((r.get(0)?, r.get(1)?)))?
    .collect()
}
