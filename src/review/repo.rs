//! All SQL of the review desk.

use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension, params, params_from_iter};

use super::decision::Decision;
use super::disposition::{Disposition, HideReason};
use super::filter::Filter;
use crate::document::ArticleId;
use crate::feedback::FeedbackInput;
use crate::feedback::repo::{INPUT_COLUMNS, THEMES_OF_F, input_from_row, parsed};
use crate::lineage::ancestry::Source;

/// The search index keys each item by its place in reading order (migration 0005):
/// `document_id << 52 | ref_position << 36 | id`, so one article is one range of keys.
const SEARCH_KEY_ID_BITS: u32 = 36;
const SEARCH_KEY_ID_MASK: i64 = (1 << SEARCH_KEY_ID_BITS) - 1;

/// The search key of an item from SQL expressions for its document, position and id.
fn search_key(document: &str, position: &str, id: &str) -> String {
    format!("(({document}) << 52) | (({position}) << {SEARCH_KEY_ID_BITS}) | ({id})")
}

/// `BETWEEN` the first and last search keys of an article, given the placeholders of its
/// document id and article. No such article: `BETWEEN NULL AND NULL`, which holds for none.
fn article_keys(document: &str, article: &str) -> String {
    let position = |bound| {
        format!(
            "SELECT {bound}(position) FROM units WHERE document_id = {document} AND article = {article}"
        )
    };
    format!(
        "BETWEEN {} AND {}",
        search_key(document, &position("MIN"), "0"),
        search_key(document, &position("MAX"), &SEARCH_KEY_ID_MASK.to_string())
    )
}

/// Conditions on `feedback f` for `filter`, with their bound values. They name no other
/// table, so a query can page through `f` alone, on an index when the filter allows.
pub(crate) fn filter_sql(filter: &Filter) -> (String, Vec<Value>) {
    grouped_filter_sql(filter, "")
}

/// [`filter_sql`] on visible items only, as the tallies count them.
pub(crate) fn visible_filter_sql(filter: &Filter) -> (String, Vec<Value>) {
    grouped_filter_sql(filter, "status = 'visible'")
}

/// The filter's conditions and `extra` (a condition on a column of `feedback`), on `f` and,
/// for one per group, on the earlier members of its group.
fn grouped_filter_sql(filter: &Filter, extra: &str) -> (String, Vec<Value>) {
    let on = |alias: &str| {
        if extra.is_empty() {
            String::new()
        } else {
            format!(" AND {alias}.{extra}")
        }
    };
    let (mut conditions, values) = filter_sql_on(filter, "f");
    conditions.push_str(&on("f"));
    if filter.one_per_group {
        // The same conditions on an earlier member of the group, with the same placeholders.
        let (mut earlier, _) = filter_sql_on(filter, "g");
        earlier.push_str(&on("g"));
        conditions.push_str(&format!(
            " AND (f.comment_group IS NULL OR NOT EXISTS (SELECT 1 FROM feedback g \
             WHERE g.comment_group = f.comment_group AND g.id < f.id AND {earlier}))"
        ));
    }
    (conditions, values)
}

/// [`filter_sql`]'s conditions on the feedback row called `f` (here `f` or `g`).
fn filter_sql_on(filter: &Filter, f: &str) -> (String, Vec<Value>) {
    let mut conditions = vec!["1 = 1".to_string()];
    let mut values: Vec<Value> = Vec::new();
    let mut add = |sql: &str, value: Value| {
        values.push(value);
        conditions.push(sql.replace('?', &format!("?{}", values.len())));
        format!("?{}", values.len())
    };
    // With an article, the document leads the index ranges the review pages read. Without
    // one (a process's exports and counts) a whole-table read in id order is fastest, and
    // the unary `+` keeps SQLite from reading the document's index and sorting after: that
    // plan halved the export rate at 1,000,000 items.
    let document_term = if filter.article.is_some() {
        format!("{f}.document_id = ?")
    } else {
        format!("+{f}.document_id = ?")
    };
    let document = filter
        .document_id
        .map(|document_id| add(&document_term, document_id.into()));
    let article = filter
        .article
        .map(|article| add(&format!("{f}.article = ?"), article.to_string().into()));
    if let Some(slug) = &filter.consultation {
        add(
            &format!("{f}.consultation_id = (SELECT id FROM consultations WHERE slug = ?)"),
            slug.clone().into(),
        );
    }
    if let Some(stance) = filter.stance {
        add(&format!("{f}.stance = ?"), stance.key().to_string().into());
    }
    if let Some(category) = &filter.stakeholder_category {
        add(
            &format!("{f}.stakeholder_category = ?"),
            category.clone().into(),
        );
    }
    if let Some(theme) = &filter.theme {
        add(
            &format!(
                "EXISTS (SELECT 1 FROM feedback_themes ft WHERE ft.feedback_id = {f}.id AND ft.theme = ?)"
            ),
            theme.clone().into(),
        );
    }
    if let Some(kind) = filter.comment_type {
        add(
            &format!("{f}.comment_type = ?"),
            kind.key().to_string().into(),
        );
    }
    if let Some(disposition) = filter.disposition {
        add(
            &format!("{f}.disposition = ?"),
            disposition.key().to_string().into(),
        );
    }
    if let Some(channel) = filter.channel {
        add(
            &format!("{f}.channel = ?"),
            channel.key().to_string().into(),
        );
    }
    if let Some(group) = filter.group {
        add(
            &format!("? IN ({f}.comment_group, {f}.proposal_group)"),
            group.into(),
        );
    }
    if let (Some(references), Some(document), Some(article)) =
        (&filter.references, &document, &article)
    {
        conditions.push(crate::document::repo::among_units(
            &format!("{f}.ref_position"),
            (document, article),
            references,
            &mut values,
        ));
    }
    if let Some(search) = &filter.search {
        // Within one article, only that article's keys are read.
        let range = match (&document, &article) {
            (Some(document), Some(article)) => {
                format!(" AND rowid {}", article_keys(document, article))
            }
            _ => String::new(),
        };
        let operand = crate::search::repo::match_operand(&search.terms, &mut values);
        conditions.push(format!(
            "{f}.id IN (SELECT rowid & {SEARCH_KEY_ID_MASK} FROM feedback_search WHERE feedback_search MATCH {operand}{range})"
        ));
    }
    (conditions.join(" AND "), values)
}

/// A feedback item as organisers review it.
#[derive(Debug, Clone)]
pub struct ReviewItem {
    pub id: i64,
    /// The version it was written on.
    pub document_id: i64,
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
    /// Where the disposition says it was addressed: a version's id and a unit of it.
    pub addressed: Option<(i64, crate::lineage::UnitAddress)>,
    /// Marked by an organiser as a key comment, for the report.
    pub key: bool,
    /// Its comment's group of identical and near-identical texts, when it has company.
    pub copies: Option<crate::text_groups::repo::GroupSize>,
    /// Where it came from.
    pub provenance: crate::feedback::provenance::Provenance,
    /// The file it was imported from and its SHA-256; empty when it was not imported.
    pub imported_from: (String, String),
    /// A breakout group's point: its degree of support (`consensus`, `most`, ...).
    pub support: Option<String>,
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

/// Whether the kept tally (and the partial index of hidden items) can count `filter`: one
/// article (or some of its units) filtered at most by consultation and position, the common
/// case. The tally counts each unit apart.
fn tally_answers(filter: &Filter) -> bool {
    filter.document_id.is_some()
        && filter.article.is_some()
        && Filter {
            document_id: filter.document_id,
            article: filter.article,
            references: filter.references.clone(),
            consultation: filter.consultation.clone(),
            stance: filter.stance,
            ..Filter::default()
        } == *filter
}

/// How many items of one article (or of some of its units) match a filter the tally
/// answers, without counting rows.
fn count_from_tally(conn: &Connection, filter: &Filter) -> rusqlite::Result<i64> {
    let (document_id, article) = (filter.document_id, filter.article.map(|a| a.to_string()));
    let (conditions, values) = filter_sql(filter);
    let mut tally_values: Vec<Value> = vec![
        document_id.into(),
        article.into(),
        filter.consultation.clone().into(),
        filter.stance.map(|s| s.key().to_string()).into(),
    ];
    let units = match &filter.references {
        None => String::new(),
        Some(references) => format!(
            " AND {}",
            crate::document::repo::among_units(
                "t.ref_position",
                ("?1", "?2"),
                references,
                &mut tally_values
            )
        ),
    };
    let visible: i64 = conn
        .prepare_cached(&format!(
            r#"SELECT COALESCE(SUM(t.count), 0) FROM tally t JOIN consultations c ON c.id = t.consultation_id
               WHERE t.document_id = ?1 AND t.article = ?2
                 AND (?3 IS NULL OR c.slug = ?3) AND (?4 IS NULL OR t.stance = ?4){units}"#
        ))?
        .query_row(params_from_iter(tally_values.iter()), |r| r.get(0))?;
    let hidden: i64 = conn
        .prepare_cached(&format!(
            "SELECT COUNT(*) FROM feedback f WHERE f.status = 'hidden' AND {conditions}"
        ))?
        .query_row(params_from_iter(values.iter()), |r| r.get(0))?;
    Ok(visible + hidden)
}

/// How many items "one per group" shows on one article with no other filter, read off the
/// kept count of its distinct texts; `None` when that count cannot answer (another filter, or
/// hidden items, which the count leaves out and the desk lists).
fn count_groups_from_tally(conn: &Connection, filter: &Filter) -> rusqlite::Result<Option<i64>> {
    let (Some(document_id), Some(article)) = (filter.document_id, filter.article) else {
        return Ok(None);
    };
    let only_article = Filter {
        document_id: filter.document_id,
        article: filter.article,
        one_per_group: true,
        ..Filter::default()
    };
    if *filter != only_article {
        return Ok(None);
    }
    let hidden: i64 = conn
        .prepare_cached(
            r#"SELECT COUNT(*) FROM feedback f
               WHERE f.status = 'hidden' AND f.document_id = ?1 AND f.article = ?2"#,
        )?
        .query_row(params![document_id, article.to_string()], |r| r.get(0))?;
    if hidden > 0 {
        return Ok(None);
    }
    Ok(Some(crate::text_groups::repo::distinct_texts_on(
        conn,
        document_id,
        &article.to_string(),
    )?))
}

/// How many items of one article there are in all.
#[tracing::instrument(level = "debug", skip_all)]
pub fn count_article(
    conn: &Connection,
    document_id: i64,
    article: ArticleId,
) -> rusqlite::Result<i64> {
    count_from_tally(
        conn,
        &Filter {
            document_id: Some(document_id),
            article: Some(article),
            ..Filter::default()
        },
    )
}

/// What one page of an article's review desk shows, read in one go.
pub struct Listing {
    pub items: Vec<ReviewItem>,
    pub matching: Matching,
    /// Every item on the article, whatever the filter.
    pub total: i64,
    /// The earlier versions of the page's items, by item.
    pub revisions: Vec<(i64, crate::feedback::Revision)>,
    /// Every consultation's slug and city, for the filter.
    pub consultations: Vec<(String, String)>,
}

/// `filter` on the units of `source` (an earlier version's) instead of its own article.
pub fn on_source(filter: &Filter, source: &Source) -> Filter {
    Filter {
        document_id: Some(source.document_id),
        article: Some(source.article),
        references: source.references.clone(),
        ..filter.clone()
    }
}

/// The page starting at `offset` of the matches of `sources` (filters on one article or on
/// units of one, read one after the other as if one listing), with what surrounds it;
/// matches are counted as [`review_page`] counts them.
#[tracing::instrument(level = "debug", skip_all)]
pub fn review_listing(
    conn: &Connection,
    sources: &[Filter],
    (offset, page_size, count_limit): (i64, i64, i64),
) -> rusqlite::Result<Listing> {
    let (mut items, mut skip, mut matched, mut more) = (Vec::new(), offset, 0, false);
    let mut total = 0;
    for source in sources {
        let wanted = page_size - items.len() as i64;
        let (page, matching) = if wanted > 0 {
            review_page(conn, source, wanted, skip, count_limit)?
        } else {
            review_page(conn, source, 0, 0, count_limit)?
        };
        if wanted > 0 && page.is_empty() {
            skip = (skip - matching.at_least()).max(0);
        } else {
            skip = 0;
        }
        matched += matching.at_least();
        more |= matches!(matching, Matching::MoreThan(_));
        items.extend(page);
        total += count_from_tally(
            conn,
            &Filter {
                document_id: source.document_id,
                article: source.article,
                references: source.references.clone(),
                ..Filter::default()
            },
        )?;
    }
    let matching = if more {
        Matching::MoreThan(matched)
    } else {
        Matching::Exact(matched)
    };
    let ids: Vec<i64> = items.iter().map(|i| i.id).collect();
    Ok(Listing {
        revisions: crate::feedback::repo::revisions_of(conn, &ids)?,
        consultations: crate::consultations::repo::list(conn)?
            .into_iter()
            .filter(|c| sources.iter().any(|s| s.document_id == Some(c.document_id)))
            .map(|c| (c.slug, c.city))
            .collect(),
        items,
        matching,
        total,
    })
}

/// One page of review: `page_size` items from `offset` in reading order, and how many match.
///
/// When the tally counts the filter, the count is exact and the page's ids come from the
/// reading-order index. Otherwise (a search above all) one pass collects the matching ids in
/// reading order, stopping past `count_limit` (or past the page, if deeper): it both counts and
/// finds the page, so the search runs once. Counting every match of a common word in a
/// 300,000-item article took 47 ms a request.
#[tracing::instrument(level = "debug", skip_all)]
pub fn review_page(
    conn: &Connection,
    filter: &Filter,
    page_size: i64,
    offset: i64,
    count_limit: i64,
) -> rusqlite::Result<(Vec<ReviewItem>, Matching)> {
    if tally_answers(filter) {
        let matching = Matching::Exact(count_from_tally(conn, filter)?);
        return Ok((review_items(conn, filter, page_size, offset)?, matching));
    }
    if let Some(groups) = count_groups_from_tally(conn, filter)? {
        let matching = Matching::Exact(groups);
        return Ok((review_items(conn, filter, page_size, offset)?, matching));
    }
    let limit = count_limit.max(offset + page_size);
    let ids = match (&filter.search, filter.document_id, filter.article) {
        // One per group compares each item with earlier members under every condition, the
        // search included, which the search index's own path does not carry.
        (Some(search), Some(document_id), Some(article)) if !filter.one_per_group => {
            found_in_article(conn, filter, &search.terms, document_id, article, limit + 1)?
        }
        _ => {
            let (conditions, mut values) = filter_sql(filter);
            values.push((limit + 1).into());
            conn.prepare_cached(&format!(
                r#"SELECT f.id FROM feedback f WHERE {conditions}
                   ORDER BY f.document_id, f.article, f.ref_position, f.id LIMIT ?{}"#,
                values.len()
            ))?
            .query_map(params_from_iter(values.iter()), |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?
        }
    };
    let matching = if ids.len() as i64 > limit {
        Matching::MoreThan(limit)
    } else {
        Matching::Exact(ids.len() as i64)
    };
    let from = (offset as usize).min(ids.len());
    let to = (from + page_size as usize).min(ids.len());
    Ok((items_with_ids(conn, &ids[from..to])?, matching))
}

/// The first `limit` ids in reading order of the items of one article that match a search
/// and the rest of `filter`, read off the search index in key order: a page of a common word
/// reads a page's worth of the index, and a rare word reads only this article's matches.
fn found_in_article(
    conn: &Connection,
    filter: &Filter,
    terms: &[crate::search::Term],
    document_id: i64,
    article: ArticleId,
    limit: i64,
) -> rusqlite::Result<Vec<i64>> {
    let rest = Filter {
        document_id: None,
        article: None,
        search: None,
        ..filter.clone()
    };
    // Other filters need the item's row; the key alone answers document and article.
    let join = if rest == Filter::default() {
        String::new()
    } else {
        format!("CROSS JOIN feedback f ON f.id = feedback_search.rowid & {SEARCH_KEY_ID_MASK}")
    };
    let (conditions, mut values) = filter_sql(&rest);
    let operand = crate::search::repo::match_operand(terms, &mut values);
    let first = values.len();
    values.extend([document_id.into(), article.to_string().into(), limit.into()]);
    conn.prepare_cached(&format!(
        r#"SELECT feedback_search.rowid & {SEARCH_KEY_ID_MASK} FROM feedback_search {join}
           WHERE feedback_search MATCH {operand} AND feedback_search.rowid {} AND {conditions}
           ORDER BY feedback_search.rowid LIMIT ?{}"#,
        article_keys(&format!("?{}", first + 1), &format!("?{}", first + 2)),
        first + 3
    ))?
    .query_map(params_from_iter(values.iter()), |r| r.get(0))?
    .collect()
}

/// The columns `review_item_from_row` reads, from `feedback f JOIN consultations c`.
const REVIEW_COLUMNS: &str = "f.id, c.slug, c.city, f.article";

fn review_select() -> String {
    format!(
        r#"SELECT {REVIEW_COLUMNS}, {INPUT_COLUMNS}, {THEMES_OF_F},
                  f.created_at, f.status, f.moderation_reason, f.disposition,
                  f.disposition_note, f.disposition_by, f.disposition_at, f.document_id,
                  f.addressed_document, f.addressed_article, f.addressed_ref, f.key_comment,
                  tg.id, tg.size,
                  (SELECT COUNT(*) FROM text_group_consultations tc WHERE tc.group_id = tg.id),
                  f.channel, f.speaker, f.meeting_session, f.made_on, f.source_reference,
                  f.recorded_by, f.import_file, f.import_sha256,
                  (SELECT gp.support FROM group_points gp WHERE gp.feedback_id = f.id)
           FROM feedback f JOIN consultations c ON c.id = f.consultation_id
           LEFT JOIN text_groups tg ON tg.id = f.comment_group AND tg.size > 1"#
    )
}

fn review_item_from_row(r: &rusqlite::Row) -> rusqlite::Result<ReviewItem> {
    let themes: String = r.get(15)?;
    let mut input = input_from_row(r, 4)?;
    input.themes = themes
        .split(';')
        .filter(|t| !t.is_empty())
        .map(str::to_string)
        .collect();
    Ok(ReviewItem {
        id: r.get(0)?,
        document_id: r.get(23)?,
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
        addressed: match r.get::<_, Option<i64>>(24)? {
            Some(document) => {
                let unit = format!("{}:{}", r.get::<_, String>(25)?, r.get::<_, String>(26)?);
                crate::lineage::UnitAddress::parse(unit.trim_end_matches(':'))
                    .map(|unit| (document, unit))
            }
            None => None,
        },
        key: r.get(27)?,
        copies: match r.get::<_, Option<i64>>(28)? {
            Some(group) => Some(crate::text_groups::repo::GroupSize {
                group,
                size: r.get(29)?,
                consultations: r.get(30)?,
            }),
            None => None,
        },
        provenance: crate::feedback::provenance::Provenance {
            channel: parsed(r, 31, crate::feedback::provenance::Channel::parse)?,
            speaker: r.get(32)?,
            session: r.get(33)?,
            made_on: r.get(34)?,
            source_reference: r.get(35)?,
            recorded_by: r.get(36)?,
            read_in: String::new(),
        },
        imported_from: (r.get(37)?, r.get(38)?),
        support: r.get(39)?,
    })
}

/// One page of the items matching `filter`, paragraph by paragraph in reading order.
fn review_items(
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
        r#"{}
           WHERE f.id IN (SELECT f.id FROM feedback f WHERE {conditions}
                          ORDER BY f.document_id, f.article, f.ref_position, f.id
                          LIMIT ?{limit_at} OFFSET ?{})
           ORDER BY f.document_id, f.article, f.ref_position, f.id"#,
        review_select(),
        limit_at + 1
    ))?
    .query_map(params_from_iter(values.iter()), review_item_from_row)?
    .collect()
}

/// The items with these ids, in reading order.
fn items_with_ids(conn: &Connection, ids: &[i64]) -> rusqlite::Result<Vec<ReviewItem>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    conn.prepare_cached(&format!(
        r#"{} WHERE f.id IN (SELECT value FROM json_each(?1))
           ORDER BY f.document_id, f.article, f.ref_position, f.id"#,
        review_select()
    ))?
    .query_map([crate::db::id_list(ids)], review_item_from_row)?
    .collect()
}

/// Indexes the items written since the last call, in key order; the writer calls it at the
/// end of every write transaction, and so must anything else that writes feedback before its
/// searches can find it. Indexing in key order lets FTS5 write one segment a transaction.
/// Items a large import deferred ([`defer_indexing`]) wait for [`index_deferred`].
#[tracing::instrument(level = "debug", skip_all)]
pub fn index_queued(conn: &Connection) -> rusqlite::Result<()> {
    let queued: bool = conn
        .prepare_cached("SELECT EXISTS (SELECT 1 FROM feedback_search_queue WHERE deferred = 0)")?
        .query_row([], |r| r.get(0))?;
    if queued {
        learn_words_of_queued(conn, false, i64::MAX)?;
        conn.prepare_cached(&format!(
            r#"INSERT INTO feedback_search (rowid, comment, proposed_text)
               SELECT q.key, f.comment, f.proposed_text
               FROM feedback_search_queue q JOIN feedback f ON f.id = q.key & {SEARCH_KEY_ID_MASK}
               WHERE q.deferred = 0 ORDER BY q.key"#
        ))?
        .execute([])?;
        conn.prepare_cached("DELETE FROM feedback_search_queue WHERE deferred = 0")?
            .execute([])?;
    }
    crate::search::repo::forget_unused_words(conn)
}

/// Adds to the search's list of words those of the queued items that [`index_queued`]
/// (`deferred` false) or [`index_deferred`] is about to index, the first `limit` in key order.
fn learn_words_of_queued(conn: &Connection, deferred: bool, limit: i64) -> rusqlite::Result<()> {
    let mut words = crate::search::repo::WordLearner::start(conn)?;
    {
        let mut texts = conn.prepare_cached(&format!(
            r#"SELECT f.comment, f.proposed_text
               FROM feedback_search_queue q JOIN feedback f ON f.id = q.key & {SEARCH_KEY_ID_MASK}
               WHERE q.deferred = ?1 ORDER BY q.key LIMIT ?2"#
        ))?;
        let mut rows = texts.query(rusqlite::params![deferred, limit])?;
        while let Some(row) = rows.next()? {
            words.read(row.get_ref(0)?.as_str()?);
            words.read(row.get_ref(1)?.as_str()?);
        }
    }
    words.finish(conn)
}

/// Leaves the items queued so far in this transaction to [`index_deferred`], after it
/// commits: indexing a large import's text would hold its transaction (and every submission
/// behind it) as long again as storing it.
#[tracing::instrument(level = "debug", skip_all)]
pub fn defer_indexing(conn: &Connection) -> rusqlite::Result<()> {
    conn.prepare_cached("UPDATE feedback_search_queue SET deferred = 1 WHERE deferred = 0")?
        .execute([])?;
    Ok(())
}

/// Whether items wait for [`index_deferred`].
#[tracing::instrument(level = "debug", skip_all)]
pub fn has_deferred(conn: &Connection) -> rusqlite::Result<bool> {
    conn.prepare_cached("SELECT EXISTS (SELECT 1 FROM feedback_search_queue WHERE deferred = 1)")?
        .query_row([], |r| r.get(0))
}

/// Indexes up to `limit` deferred items, in key order; returns how many (0: none wait). Each
/// call is meant to be a transaction of its own.
#[tracing::instrument(level = "debug", skip_all)]
pub fn index_deferred(conn: &Connection, limit: i64) -> rusqlite::Result<usize> {
    learn_words_of_queued(conn, true, limit)?;
    let indexed = conn
        .prepare_cached(&format!(
            r#"INSERT INTO feedback_search (rowid, comment, proposed_text)
               SELECT q.key, f.comment, f.proposed_text
               FROM feedback_search_queue q JOIN feedback f ON f.id = q.key & {SEARCH_KEY_ID_MASK}
               WHERE q.deferred = 1 ORDER BY q.key LIMIT ?1"#
        ))?
        .execute([limit])?;
    let taken = conn
        .prepare_cached(
            r#"DELETE FROM feedback_search_queue WHERE deferred = 1 AND key IN
                 (SELECT key FROM feedback_search_queue WHERE deferred = 1 ORDER BY key LIMIT ?1)"#,
        )?
        .execute([limit])?;
    Ok(indexed.max(taken))
}

/// Records a disposition; returns whether the item exists.
#[tracing::instrument(level = "debug", skip_all)]
pub fn set_disposition(
    conn: &Connection,
    id: i64,
    decision: &Decision,
    by: &str,
    at: &str,
) -> rusqlite::Result<bool> {
    let (by, at) = if decision.disposition == Disposition::Pending {
        ("", "")
    } else {
        (by, at)
    };
    let (document, article, reference) = match &decision.addressed {
        Some((document, unit)) => (
            Some(*document),
            unit.article.to_string(),
            unit.reference.clone(),
        ),
        None => (None, String::new(), String::new()),
    };
    let changed = conn
        .prepare_cached(
            r#"UPDATE feedback SET disposition = ?2, disposition_note = ?3, disposition_by = ?4,
                                   disposition_at = ?5, addressed_document = ?6,
                                   addressed_article = ?7, addressed_ref = ?8
               WHERE id = ?1"#,
        )?
        .execute(params![
            id,
            decision.disposition.key(),
            decision.note,
            by,
            at,
            document,
            article,
            reference
        ])?;
    Ok(changed == 1)
}

/// Marks item `id` as a key comment, or not; `false` when there is no such item.
#[tracing::instrument(level = "debug", skip_all)]
pub fn set_key(conn: &Connection, id: i64, key: bool) -> rusqlite::Result<bool> {
    let changed = conn
        .prepare_cached("UPDATE feedback SET key_comment = ?2 WHERE id = ?1")?
        .execute(params![id, key])?;
    Ok(changed == 1)
}

/// Hides item `id` for a reason, or shows it again with `None`; `false` when there is no such item.
#[tracing::instrument(level = "debug", skip_all)]
pub fn set_hidden(
    conn: &Connection,
    id: i64,
    hidden_as: Option<HideReason>,
    at: &str,
) -> rusqlite::Result<bool> {
    let (status, reason) = match hidden_as {
        Some(reason) => ("hidden", reason.key()),
        None => ("visible", ""),
    };
    let changed = conn
        .prepare_cached(
            "UPDATE feedback SET status = ?2, moderation_reason = ?3, moderated_at = ?4 WHERE id = ?1",
        )?
        .execute(params![id, status, reason, at])?;
    Ok(changed == 1)
}

/// The version and article a feedback item is about, for the way back to its review page.
#[tracing::instrument(level = "debug", skip_all)]
pub fn place_of(conn: &Connection, id: i64) -> rusqlite::Result<Option<(i64, String)>> {
    conn.prepare_cached("SELECT document_id, article FROM feedback WHERE id = ?1")?
        .query_row([id], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()
}
