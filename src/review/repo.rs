//! All SQL of the review desk.

use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension, params, params_from_iter};

use super::{Disposition, Filter};
use crate::document::ArticleId;
use crate::feedback::FeedbackInput;
use crate::feedback::repo::{INPUT_COLUMNS, input_from_row, parsed};

/// The theme keys of feedback `f` in key order, joined by ';'. Key order is the primary key's
/// order, so the export reads them with no join and no sort.
pub(crate) const THEMES_OF_F: &str = r#"COALESCE((SELECT group_concat(theme, ';') FROM
    (SELECT theme FROM feedback_themes WHERE feedback_id = f.id ORDER BY theme)), '')"#;

/// Conditions on `feedback f` for `filter`, with their bound values. They name no other
/// table, so a query can page through `f` alone, on an index when the filter allows.
pub(crate) fn filter_sql(filter: &Filter) -> (String, Vec<Value>) {
    let mut conditions = vec!["1 = 1".to_string()];
    let mut values: Vec<Value> = Vec::new();
    let mut add = |sql: &str, value: Value| {
        values.push(value);
        conditions.push(sql.replace('?', &format!("?{}", values.len())));
    };
    if let Some(document_id) = filter.document_id {
        add("f.document_id = ?", document_id.into());
    }
    if let Some(article) = filter.article {
        add("f.article = ?", article.to_string().into());
    }
    if let Some(slug) = &filter.consultation {
        add(
            "f.consultation_id = (SELECT id FROM consultations WHERE slug = ?)",
            slug.clone().into(),
        );
    }
    if let Some(stance) = filter.stance {
        add("f.stance = ?", stance.key().to_string().into());
    }
    if let Some(category) = &filter.stakeholder_category {
        add("f.stakeholder_category = ?", category.clone().into());
    }
    if let Some(theme) = &filter.theme {
        add(
            "EXISTS (SELECT 1 FROM feedback_themes ft WHERE ft.feedback_id = f.id AND ft.theme = ?)",
            theme.clone().into(),
        );
    }
    if let Some(kind) = filter.comment_type {
        add("f.comment_type = ?", kind.key().to_string().into());
    }
    if let Some(disposition) = filter.disposition {
        add("f.disposition = ?", disposition.key().to_string().into());
    }
    if let Some(search) = &filter.search {
        add(
            "f.id IN (SELECT rowid FROM feedback_fts WHERE feedback_fts MATCH ?)",
            search.fts.clone().into(),
        );
    }
    (conditions.join(" AND "), values)
}

/// A feedback item as organisers review it.
#[derive(Debug, Clone)]
pub struct ReviewItem {
    pub id: i64,
    pub consultation_slug: String,
    pub consultation_city: String,
    pub article: ArticleId,
    /// What the participant sent, themes included.
    pub input: FeedbackInput,
    pub created_at: String,
    pub hidden: bool,
    pub moderation_reason: String,
    pub disposition: Disposition,
    pub disposition_note: String,
    pub disposition_by: String,
    pub disposition_at: String,
}

/// How many items match a filter: exactly, or only that there are more than a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Matching {
    Exact(i64),
    MoreThan(i64),
}

impl Matching {
    pub fn at_least(&self) -> i64 {
        match *self {
            Matching::Exact(n) | Matching::MoreThan(n) => n,
        }
    }
}

/// How many items match `filter`, counting rows only up to `limit`. For one article filtered
/// at most by consultation and position (the common case) the kept tally holds the visible
/// ones and a partial index the hidden ones, so the answer is exact and no row is counted.
/// Other filters, a search above all, count matching rows and stop past `limit`: counting all
/// the matches of a common word in a 300,000-item article took 47 ms a request.
pub fn count_matching(
    conn: &Connection,
    filter: &Filter,
    limit: i64,
) -> rusqlite::Result<Matching> {
    let tally_answers = Filter {
        document_id: filter.document_id,
        article: filter.article,
        consultation: filter.consultation.clone(),
        stance: filter.stance,
        ..Filter::default()
    } == *filter;
    if let (true, Some(document_id), Some(article)) =
        (tally_answers, filter.document_id, filter.article)
    {
        let (conditions, values) = filter_sql(filter);
        let visible: i64 = conn
            .prepare_cached(
                r#"SELECT COALESCE(SUM(t.count), 0) FROM tally t JOIN consultations c ON c.id = t.consultation_id
                   WHERE t.document_id = ?1 AND t.article = ?2
                     AND (?3 IS NULL OR c.slug = ?3) AND (?4 IS NULL OR t.stance = ?4)"#,
            )?
            .query_row(
                params![document_id, article.to_string(), filter.consultation, filter.stance.map(|s| s.key())],
                |r| r.get(0),
            )?;
        let hidden: i64 = conn
            .prepare_cached(&format!(
                "SELECT COUNT(*) FROM feedback f WHERE f.status = 'hidden' AND {conditions}"
            ))?
            .query_row(params_from_iter(values.iter()), |r| r.get(0))?;
        return Ok(Matching::Exact(visible + hidden));
    }
    let (conditions, mut values) = filter_sql(filter);
    let limit_at = values.len() + 1;
    values.push((limit + 1).into());
    let counted: i64 = conn
        .prepare_cached(&format!(
            "SELECT COUNT(*) FROM (SELECT 1 FROM feedback f WHERE {conditions} LIMIT ?{limit_at})"
        ))?
        .query_row(params_from_iter(values.iter()), |r| r.get(0))?;
    Ok(if counted > limit {
        Matching::MoreThan(limit)
    } else {
        Matching::Exact(counted)
    })
}

/// One page of the items matching `filter`, paragraph by paragraph in reading order.
pub fn review_items(
    conn: &Connection,
    filter: &Filter,
    limit: i64,
    offset: i64,
) -> rusqlite::Result<Vec<ReviewItem>> {
    let (conditions, mut values) = filter_sql(filter);
    let limit_at = values.len() + 1;
    values.push(limit.into());
    values.push(offset.into());
    // The page's ids first, then their rows: skipping to a deep page then walks the reading
    // order index alone (for the article's whole feedback), not every skipped row's text.
    conn.prepare_cached(&format!(
        r#"SELECT f.id, c.slug, c.city, f.article, {INPUT_COLUMNS}, {THEMES_OF_F},
                  f.created_at, f.status, f.moderation_reason, f.disposition,
                  f.disposition_note, f.disposition_by, f.disposition_at
           FROM feedback f JOIN consultations c ON c.id = f.consultation_id
           WHERE f.id IN (SELECT f.id FROM feedback f WHERE {conditions}
                          ORDER BY f.document_id, f.article, f.ref_position, f.id
                          LIMIT ?{limit_at} OFFSET ?{})
           ORDER BY f.document_id, f.article, f.ref_position, f.id"#,
        limit_at + 1
    ))?
    .query_map(params_from_iter(values.iter()), |r| {
        let themes: String = r.get(15)?;
        let mut input = input_from_row(r, 4)?;
        input.themes = themes
            .split(';')
            .filter(|t| !t.is_empty())
            .map(str::to_string)
            .collect();
        Ok(ReviewItem {
            id: r.get(0)?,
            consultation_slug: r.get(1)?,
            consultation_city: r.get(2)?,
            article: parsed(r, 3, |s| s.parse().ok())?,
            input,
            created_at: r.get(16)?,
            hidden: r.get::<_, String>(17)? == "hidden",
            moderation_reason: r.get(18)?,
            disposition: parsed(r, 19, Disposition::parse)?,
            disposition_note: r.get(20)?,
            disposition_by: r.get(21)?,
            disposition_at: r.get(22)?,
        })
    })?
    .collect()
}

/// Records a disposition; returns whether the item exists.
pub fn set_disposition(
    conn: &Connection,
    id: i64,
    disposition: Disposition,
    note: &str,
    by: &str,
    at: &str,
) -> rusqlite::Result<bool> {
    let (by, at) = if disposition == Disposition::Pending {
        ("", "")
    } else {
        (by, at)
    };
    let changed = conn
        .prepare_cached(
            r#"UPDATE feedback SET disposition = ?2, disposition_note = ?3, disposition_by = ?4,
                                   disposition_at = ?5
               WHERE id = ?1"#,
        )?
        .execute(params![id, disposition.key(), note, by, at])?;
    Ok(changed == 1)
}

/// Hides or shows an item; returns whether the item exists.
pub fn set_hidden(
    conn: &Connection,
    id: i64,
    hidden: bool,
    reason: &str,
) -> rusqlite::Result<bool> {
    let changed = conn
        .prepare_cached("UPDATE feedback SET status = ?2, moderation_reason = ?3 WHERE id = ?1")?
        .execute(params![
            id,
            if hidden { "hidden" } else { "visible" },
            reason
        ])?;
    Ok(changed == 1)
}

/// The article a feedback item is about, for the way back to its review page.
pub fn article_of(conn: &Connection, id: i64) -> rusqlite::Result<Option<String>> {
    conn.prepare_cached("SELECT article FROM feedback WHERE id = ?1")?
        .query_row([id], |r| r.get(0))
        .optional()
}
