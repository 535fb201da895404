//! All SQL of tallies and exports.

use std::collections::HashMap;

use rusqlite::{Connection, params_from_iter};

use crate::feedback::repo::THEMES_OF_F;
use crate::review::Filter;
use crate::review::repo::{filter_sql, visible_filter_sql};

/// Comments per article of one consultation on one document.
#[tracing::instrument(level = "debug", skip_all)]
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
#[tracing::instrument(level = "debug", skip_all)]
pub fn totals_by_consultation(conn: &Connection) -> rusqlite::Result<HashMap<i64, i64>> {
    // Summed as read: a GROUP BY sorted the whole tally first.
    let mut totals: HashMap<i64, i64> = HashMap::new();
    let mut statement = conn.prepare_cached("SELECT consultation_id, count FROM tally")?;
    let mut rows = statement.query([])?;
    while let Some(r) = rows.next()? {
        *totals.entry(r.get(0)?).or_default() += r.get::<_, i64>(1)?;
    }
    Ok(totals)
}

/// One non-zero cell of the tally.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TallyCell {
    pub document_id: i64,
    pub article: String,
    /// The consultation's slug; in the stakeholder tally, the stakeholder category.
    pub group: String,
    pub stance: String,
    pub count: i64,
}

fn tally_cell(r: &rusqlite::Row) -> rusqlite::Result<TallyCell> {
    Ok(TallyCell {
        document_id: r.get(0)?,
        article: r.get(1)?,
        group: r.get(2)?,
        stance: r.get(3)?,
        count: r.get(4)?,
    })
}

/// Every non-zero cell of one document (of all with `None`), consultations in their listed
/// order.
#[tracing::instrument(level = "debug", skip_all)]
pub fn tally_cells(
    conn: &Connection,
    document_id: Option<i64>,
) -> rusqlite::Result<Vec<TallyCell>> {
    // Each consultation's place in the listed order, and its slug.
    let consultations: HashMap<i64, (usize, String)> = crate::consultations::repo::list(conn)?
        .into_iter()
        .enumerate()
        .map(|(place, c)| (c.id, (place, c.slug)))
        .collect();
    // The kept tally counts each paragraph apart, in key order: an article's rows come
    // together, so they are summed as read into the article's few cells, with no sort and
    // no text copied per row (a GROUP BY sorted the whole tally twice on every tally page).
    let mut statement = conn.prepare_cached(match document_id {
        Some(_) => {
            r#"SELECT document_id, article, consultation_id, stance, count FROM tally
               WHERE document_id = ?1 ORDER BY document_id, article, ref_position"#
        }
        None => {
            r#"SELECT document_id, article, consultation_id, stance, count FROM tally
               ORDER BY document_id, article, ref_position"#
        }
    })?;
    let mut rows = statement.query(rusqlite::params_from_iter(document_id))?;
    /// A cell with its consultation's place in the listed order and id, to order the cells by.
    struct Placed {
        position: usize,
        consultation: i64,
        cell: TallyCell,
    }
    fn order(p: &Placed) -> (usize, i64, &str, i64, &str) {
        let c = &p.cell;
        (
            p.position,
            c.document_id,
            &c.article,
            p.consultation,
            &c.stance,
        )
    }
    let mut cells: Vec<Placed> = Vec::new();
    // Where the current article's cells begin in `cells`.
    let mut article_from = 0;
    while let Some(r) = rows.next()? {
        let (document, article) = (r.get::<_, i64>(0)?, r.get_ref(1)?.as_str()?);
        let (consultation, stance) = (r.get::<_, i64>(2)?, r.get_ref(3)?.as_str()?);
        let count: i64 = r.get(4)?;
        let same_article = cells
            .last()
            .is_some_and(|p| p.cell.document_id == document && p.cell.article == article);
        if !same_article {
            article_from = cells.len();
        }
        let Some((position, slug)) = consultations.get(&consultation) else {
            continue;
        };
        match cells[article_from..]
            .iter_mut()
            .find(|p| p.consultation == consultation && p.cell.stance == stance)
        {
            Some(placed) => placed.cell.count += count,
            None => cells.push(Placed {
                position: *position,
                consultation,
                cell: TallyCell {
                    document_id: document,
                    article: article.to_string(),
                    group: slug.clone(),
                    stance: stance.to_string(),
                    count,
                },
            }),
        }
    }
    cells.retain(|p| p.cell.count > 0);
    // Consultations in their listed order; within one, by document, article and stance.
    cells.sort_by(|a, b| order(a).cmp(&order(b)));
    Ok(cells.into_iter().map(|p| p.cell).collect())
}

/// The cells counted from `feedback` itself, visible items matching `filter` only. With an
/// empty filter this is the check that the kept tally is right.
#[tracing::instrument(level = "debug", skip_all)]
pub fn tally_cells_counted(conn: &Connection, filter: &Filter) -> rusqlite::Result<Vec<TallyCell>> {
    let (conditions, values) = visible_filter_sql(filter);
    conn.prepare(&format!(
        r#"SELECT f.document_id, f.article, c.slug, f.stance, COUNT(*)
           FROM feedback f JOIN consultations c ON c.id = f.consultation_id
           WHERE {conditions}
           GROUP BY f.document_id, f.article, c.slug, f.stance
           ORDER BY c.position"#
    ))?
    .query_map(params_from_iter(values.iter()), tally_cell)?
    .collect()
}

/// Visible items matching `filter`, counted per article, stakeholder category and stance, in
/// no order: the export puts the categories in the process's order ([`category_order`]) once
/// it has added what a revision carries.
#[tracing::instrument(level = "debug", skip_all)]
pub fn stakeholder_cells(conn: &Connection, filter: &Filter) -> rusqlite::Result<Vec<TallyCell>> {
    let (conditions, values) = visible_filter_sql(filter);
    conn.prepare(&format!(
        r#"SELECT f.document_id, f.article, f.stakeholder_category, f.stance, COUNT(*)
           FROM feedback f
           WHERE {conditions}
           GROUP BY f.document_id, f.article, f.stakeholder_category, f.stance"#
    ))?
    .query_map(params_from_iter(values.iter()), tally_cell)?
    .collect()
}

/// The stakeholder categories' keys of the process of version `document_id`, in their order.
#[tracing::instrument(level = "debug", skip_all)]
pub fn category_order(
    conn: &Connection,
    document_id: Option<i64>,
) -> rusqlite::Result<Vec<String>> {
    conn.prepare_cached(
        r#"SELECT s.key FROM process_categories s JOIN documents d ON d.process_id = s.process_id
           WHERE d.id = ?1 ORDER BY s.position"#,
    )?
    .query_map([document_id], |r| r.get(0))?
    .collect()
}

/// Visible items per article, channel and stance, in no order: the export puts the channels
/// in their fixed order once it has added what a revision carries.
#[tracing::instrument(level = "debug", skip_all)]
pub fn channel_cells(conn: &Connection, filter: &Filter) -> rusqlite::Result<Vec<TallyCell>> {
    let (conditions, values) = visible_filter_sql(filter);
    conn.prepare(&format!(
        r#"SELECT f.document_id, f.article, f.channel, f.stance, COUNT(*)
           FROM feedback f
           WHERE {conditions}
           GROUP BY f.document_id, f.article, f.channel, f.stance"#
    ))?
    .query_map(params_from_iter(values.iter()), tally_cell)?
    .collect()
}

/// Visible items of one stance on one article, all consultations together.
#[derive(Debug, Clone, PartialEq)]
pub struct OverviewRow {
    pub article: crate::document::ArticleId,
    pub stance: crate::feedback::Stance,
    pub count: i64,
    /// How many of them await a disposition.
    pub pending: i64,
}

/// Stance counts and items awaiting a disposition, per article of a document, all consultations.
#[tracing::instrument(level = "debug", skip_all)]
pub fn article_overview(conn: &Connection, document_id: i64) -> rusqlite::Result<Vec<OverviewRow>> {
    use crate::feedback::repo::parsed;
    // The kept tally in key order: an article's rows come together and are summed as read
    // (a GROUP BY sorted the document's whole tally on every overview).
    let mut statement = conn.prepare_cached(
        r#"SELECT article, stance, count, pending FROM tally
           WHERE document_id = ?1 ORDER BY document_id, article, ref_position"#,
    )?;
    let mut rows = statement.query([document_id])?;
    let mut overview: Vec<OverviewRow> = Vec::new();
    // Where the current article's rows begin in `overview`.
    let mut from = 0;
    while let Some(r) = rows.next()? {
        let article = parsed(r, 0, |a| a.parse().ok())?;
        if overview.last().is_none_or(|row| row.article != article) {
            from = overview.len();
        }
        let stance = parsed(r, 1, crate::feedback::Stance::parse)?;
        let (count, pending): (i64, i64) = (r.get(2)?, r.get(3)?);
        match overview[from..].iter_mut().find(|row| row.stance == stance) {
            Some(row) => {
                row.count += count;
                row.pending += pending;
            }
            None => overview.push(OverviewRow {
                article,
                stance,
                count,
                pending,
            }),
        }
    }
    Ok(overview)
}

/// One row of the disposition of comments.
pub struct DispositionRow {
    pub id: i64,
    pub consultation: String,
    pub article: String,
    pub reference: String,
    pub comment_type: String,
    pub comment: String,
    pub proposed_text: String,
    pub organisation: String,
    pub stakeholder_category: String,
    pub disposition: String,
    pub disposition_note: String,
}

/// Visible items matching `filter`, in reading order of the text they comment on.
#[tracing::instrument(level = "debug", skip_all)]
pub fn for_each_disposition_row(
    conn: &Connection,
    filter: &Filter,
    mut each: impl FnMut(DispositionRow) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    let (conditions, values) = visible_filter_sql(filter);
    let mut stmt = conn.prepare(&format!(
        r#"SELECT f.id, c.slug, f.article, f.ref, f.comment_type, f.comment, f.proposed_text,
                  f.organisation, f.stakeholder_category, f.disposition, f.disposition_note
           FROM feedback f
           JOIN consultations c ON c.id = f.consultation_id
           JOIN units u ON u.document_id = f.document_id AND u.article = f.article AND u.ref = ''
           WHERE {conditions}
           ORDER BY f.document_id,
                    CASE f.article WHEN 'title' THEN 0 WHEN 'whole' THEN 1 ELSE 2 END,
                    u.position, f.ref_position, f.id"#
    ))?;
    let mut rows = stmt.query(params_from_iter(values.iter()))?;
    while let Some(r) = rows.next()? {
        each(DispositionRow {
            id: r.get(0)?,
            consultation: r.get(1)?,
            article: r.get(2)?,
            reference: r.get(3)?,
            comment_type: r.get(4)?,
            comment: r.get(5)?,
            proposed_text: r.get(6)?,
            organisation: r.get(7)?,
            stakeholder_category: r.get(8)?,
            disposition: r.get(9)?,
            disposition_note: r.get(10)?,
        })?;
    }
    Ok(())
}

/// The columns of `feedback.csv` read straight from the database.
pub const FEEDBACK_CELLS: usize = 43;

/// One row of `feedback.csv`, borrowed from the database row.
pub struct FeedbackRow<'a> {
    pub id: i64,
    /// The version it was written on.
    pub document_id: i64,
    pub cells: [&'a str; FEEDBACK_CELLS],
}

/// The order an export walks its items in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Order {
    /// As received.
    Id,
    /// Paragraph by paragraph, as the text reads.
    Reading,
}

/// Which items an export walks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shown {
    /// Every item, hidden ones with their status (`feedback.csv`, for the record).
    Every,
    /// Those moderation left visible (what the drafters read).
    Visible,
}

/// Walks the feedback items matching `filter` in `order`, without loading them all.
#[tracing::instrument(level = "debug", skip_all)]
pub fn for_each_feedback_row(
    conn: &Connection,
    filter: &Filter,
    (order, shown): (Order, Shown),
    mut each: impl FnMut(FeedbackRow<'_>) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    let order = match order {
        Order::Id => "f.id",
        Order::Reading => "f.document_id, f.article, f.ref_position, f.id",
    };
    let (conditions, values) = match shown {
        Shown::Every => filter_sql(filter),
        Shown::Visible => visible_filter_sql(filter),
    };
    let mut stmt = conn.prepare(&format!(
        r#"SELECT f.id, f.created_at, f.updated_at, c.slug, c.city, d.symbol, f.article, f.ref,
                  f.stance, f.comment_type, {THEMES_OF_F},
                  f.comment, f.proposed_text, f.stakeholder_category, f.organisation, f.country,
                  CASE WHEN f.publish_name THEN f.name ELSE '' END,
                  f.status, f.moderation_reason, f.disposition, f.disposition_note,
                  f.disposition_by, f.disposition_at, CAST(d.version AS TEXT),
                  COALESCE(CAST(cg.id AS TEXT), ''), COALESCE(CAST(cg.size AS TEXT), ''),
                  COALESCE(CAST(pg.id AS TEXT), ''), COALESCE(CAST(pg.size AS TEXT), ''),
                  f.channel, f.speaker, f.meeting_session, f.made_on, f.source_reference,
                  f.recorded_by, f.external_id, f.import_file, f.import_sha256, f.read_in,
                  CASE WHEN f.key_comment THEN 'yes' ELSE 'no' END,
                  COALESCE(CAST(ad.version AS TEXT), ''), f.addressed_article, f.addressed_ref,
                  COALESCE(gp.support, ''), f.document_id
           FROM feedback f
           JOIN consultations c ON c.id = f.consultation_id
           JOIN documents d ON d.id = f.document_id
           LEFT JOIN documents ad ON ad.id = f.addressed_document
           LEFT JOIN text_groups cg ON cg.id = f.comment_group
           LEFT JOIN text_groups pg ON pg.id = f.proposal_group
           LEFT JOIN group_points gp ON gp.feedback_id = f.id
           WHERE {conditions}
           ORDER BY {order}"#
    ))?;
    let mut rows = stmt.query(params_from_iter(values.iter()))?;
    let mut id_text = String::new();
    while let Some(row) = rows.next()? {
        let id: i64 = row.get(0)?;
        id_text.clear();
        id_text.push_str(&id.to_string());
        let mut cells = [""; FEEDBACK_CELLS];
        cells[0] = &id_text;
        for (i, cell) in cells.iter_mut().enumerate().skip(1) {
            *cell = row.get_ref(i)?.as_str()?;
        }
        let document_id = row.get(FEEDBACK_CELLS)?;
        each(FeedbackRow {
            id,
            document_id,
            cells,
        })?;
    }
    Ok(())
}

/// Visible items on some units of a version, per consultation and stance.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceCount {
    /// The consultation's slug.
    pub consultation: String,
    pub consultation_id: i64,
    pub city: String,
    pub stance: String,
    pub count: i64,
    pub pending: i64,
}

/// The kept tally's counts for the units of `source`, consultations in their listed order.
#[tracing::instrument(level = "debug", skip_all)]
pub fn source_counts(
    conn: &Connection,
    source: &crate::lineage::ancestry::Source,
) -> rusqlite::Result<Vec<SourceCount>> {
    let mut values: Vec<rusqlite::types::Value> =
        vec![source.document_id.into(), source.article.to_string().into()];
    let units = match &source.references {
        None => String::new(),
        Some(references) => format!(
            " AND {}",
            crate::document::repo::among_units(
                "t.ref_position",
                ("?1", "?2"),
                references,
                &mut values
            )
        ),
    };
    conn.prepare_cached(&format!(
        r#"SELECT c.slug, t.stance, SUM(t.count), SUM(t.pending), c.id, c.city
           FROM tally t JOIN consultations c ON c.id = t.consultation_id
           WHERE t.document_id = ?1 AND t.article = ?2{units}
           GROUP BY t.consultation_id, t.stance HAVING SUM(t.count) > 0 ORDER BY c.position"#
    ))?
    .query_map(params_from_iter(values.iter()), |r| {
        Ok(SourceCount {
            consultation: r.get(0)?,
            stance: r.get(1)?,
            count: r.get(2)?,
            pending: r.get(3)?,
            consultation_id: r.get(4)?,
            city: r.get(5)?,
        })
    })?
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::feedback::Stance;

    /// Three consultations, listed in another order than their ids, and the kept tally of two
    /// documents, each article's paragraphs apart.
    fn tallied() -> Connection {
        let conn = crate::db::migrated_in_memory();
        conn.execute_batch(
            r#"INSERT INTO consultations
                   (id, slug, position, city, country, held, regional_groups, languages, status,
                    document_id)
               VALUES (1, 'suva', 2, 'Suva', 'Fiji', '2015', '', 'en', 'open', 1),
                      (2, 'doha', 1, 'Doha', 'Qatar', '2016', '', 'ar', 'open', 1),
                      (3, 'geneva', 3, 'Geneva', 'Switzerland', '2015', '', 'en', 'open', 2);
               INSERT INTO tally
                   (document_id, article, ref_position, consultation_id, stance, count, pending)
               VALUES (1, '4', 1, 1, 'support', 2, 1),
                      (1, '4', 2, 1, 'support', 1, 0),
                      (1, '4', 2, 1, 'oppose', 1, 1),
                      (1, '4', 3, 2, 'support', 4, 4),
                      (1, '5', 1, 1, 'support', 2, 0),
                      (1, '5', 2, 1, 'oppose', 0, 0),
                      (1, 'preamble', 1, 2, 'question', 1, 1),
                      (2, '4', 1, 3, 'amend', 5, 5);"#,
        )
        .unwrap();
        conn
    }

    fn cell(document_id: i64, article: &str, group: &str, stance: &str, count: i64) -> TallyCell {
        TallyCell {
            document_id,
            article: article.into(),
            group: group.into(),
            stance: stance.into(),
            count,
        }
    }

    #[test]
    fn tally_cells_add_up_paragraphs_and_come_in_the_consultations_order() {
        let conn = tallied();
        let first = [
            cell(1, "4", "doha", "support", 4),
            cell(1, "preamble", "doha", "question", 1),
            cell(1, "4", "suva", "oppose", 1),
            cell(1, "4", "suva", "support", 3),
            cell(1, "5", "suva", "support", 2),
        ];
        // Article 5's empty cell (oppose) is left out.
        assert_eq!(tally_cells(&conn, Some(1)).unwrap(), first);
        let every = tally_cells(&conn, None).unwrap();
        assert_eq!(every[..5], first);
        assert_eq!(every[5..], [cell(2, "4", "geneva", "amend", 5)]);
    }

    #[test]
    fn the_overview_adds_up_each_articles_paragraphs_and_consultations_by_stance() {
        let conn = tallied();
        let mut rows: Vec<(String, &str, i64, i64)> = article_overview(&conn, 1)
            .unwrap()
            .into_iter()
            .map(|r| (r.article.to_string(), r.stance.key(), r.count, r.pending))
            .collect();
        rows.sort();
        let row = |article: &str, stance: Stance, count, pending| {
            (article.to_string(), stance.key(), count, pending)
        };
        assert_eq!(
            rows,
            [
                row("4", Stance::Oppose, 1, 1),
                row("4", Stance::Support, 7, 5),
                row("5", Stance::Oppose, 0, 0),
                row("5", Stance::Support, 2, 0),
                row("preamble", Stance::Question, 1, 1),
            ]
        );
        assert_eq!(
            totals_by_consultation(&conn).unwrap(),
            HashMap::from([(1, 6), (2, 5), (3, 5)])
        );
    }
}
