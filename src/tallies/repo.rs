//! All SQL of tallies and exports.

use std::collections::HashMap;

use rusqlite::Connection;

/// Comments per article of one consultation on one document.
pub fn totals_by_article(
    conn: &Connection,
    consultation_id: i64,
    document_id: i64,
) -> rusqlite::Result<HashMap<String, i64>> {
    conn.prepare_cached(
        r#"SELECT article, SUM(count) FROM tally
           WHERE consultation_id = ?1 AND document_id = ?2 GROUP BY article"#,
    )?
    .query_map([consultation_id, document_id], |r| {
        Ok((r.get(0)?, r.get(1)?))
    })?
    .collect()
}

/// Comments per consultation.
pub fn totals_by_consultation(conn: &Connection) -> rusqlite::Result<HashMap<i64, i64>> {
    conn.prepare_cached("SELECT consultation_id, SUM(count) FROM tally GROUP BY consultation_id")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect()
}

/// One non-zero cell of the tally.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TallyCell {
    pub document_id: i64,
    pub article: String,
    pub consultation: String,
    pub stance: String,
    pub count: i64,
}

fn tally_cell(r: &rusqlite::Row) -> rusqlite::Result<TallyCell> {
    Ok(TallyCell {
        document_id: r.get(0)?,
        article: r.get(1)?,
        consultation: r.get(2)?,
        stance: r.get(3)?,
        count: r.get(4)?,
    })
}

/// Every non-zero cell, consultations in their listed order.
pub fn tally_cells(conn: &Connection) -> rusqlite::Result<Vec<TallyCell>> {
    conn.prepare_cached(
        r#"SELECT t.document_id, t.article, c.slug, t.stance, t.count
           FROM tally t JOIN consultations c ON c.id = t.consultation_id
           WHERE t.count > 0 ORDER BY c.position"#,
    )?
    .query_map([], tally_cell)?
    .collect()
}

/// The same cells counted from `feedback` itself: the check that the kept tally is right.
pub fn tally_cells_recounted(conn: &Connection) -> rusqlite::Result<Vec<TallyCell>> {
    conn.prepare(
        r#"SELECT f.document_id, f.article, c.slug, f.stance, COUNT(*)
           FROM feedback f JOIN consultations c ON c.id = f.consultation_id
           GROUP BY f.document_id, f.article, c.slug, f.stance
           ORDER BY c.position"#,
    )?
    .query_map([], tally_cell)?
    .collect()
}

/// One row of `feedback.csv`, borrowed from the database row.
pub struct FeedbackRow<'a> {
    pub id: i64,
    pub cells: [&'a str; 17],
}

/// Walks every feedback item in id order, without loading them all.
pub fn for_each_feedback_row(
    conn: &Connection,
    mut each: impl FnMut(FeedbackRow<'_>) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    let mut stmt = conn.prepare(
        r#"SELECT f.id, f.created_at, f.updated_at, c.slug, c.city, d.symbol, f.article, f.ref,
                  f.stance, f.comment_type,
                  COALESCE((SELECT group_concat(theme, ';') FROM
                              (SELECT ft.theme FROM feedback_themes ft JOIN themes t ON t.key = ft.theme
                               WHERE ft.feedback_id = f.id ORDER BY t.position)), ''),
                  f.comment, f.proposed_text, f.stakeholder_category, f.organisation, f.country,
                  CASE WHEN f.publish_name THEN f.name ELSE '' END
           FROM feedback f
           JOIN consultations c ON c.id = f.consultation_id
           JOIN documents d ON d.id = f.document_id
           ORDER BY f.id"#,
    )?;
    let mut rows = stmt.query([])?;
    let mut id_text = String::new();
    while let Some(row) = rows.next()? {
        let id: i64 = row.get(0)?;
        id_text.clear();
        id_text.push_str(&id.to_string());
        let mut cells = [""; 17];
        cells[0] = &id_text;
        for (i, cell) in cells.iter_mut().enumerate().skip(1) {
            *cell = row.get_ref(i)?.as_str()?;
        }
        each(FeedbackRow { id, cells })?;
    }
    Ok(())
}
