//! What the drafters take away: the comparative table of two versions of a draft, a row per
//! paragraph with the earlier text, the input on it (counts by consultation and position, the
//! wordings proposed, the comments taken up), the new text and the dispositions. The shape of
//! the "four-column document" drafting groups work from.

pub mod repo;
pub mod report;
pub mod routes;
pub mod word;

use std::sync::Arc;

use rusqlite::Connection;

use crate::document::{ArticleId, Document};
use crate::feedback::Stance;
use crate::lineage::UnitAddress;
use crate::lineage::ancestry::{Ancestry, Source};
use crate::lineage::compare::{Row, compare};
use crate::review::Disposition;
pub use repo::KeyComment;

/// The most proposed wordings a row quotes.
pub const PROPOSALS_SHOWN: i64 = 10;
/// The comments taken up a row quotes.
pub const KEY_COMMENTS_SHOWN: i64 = 10;

/// The comparative table from `from` to the ancestry's version.
pub struct ComparativeTable {
    pub from: Arc<Document>,
    pub to: Arc<Document>,
    pub articles: Vec<TableArticle>,
    /// The units of `from` that lead nowhere in the later version, with the input on them:
    /// what was said of deleted text is answered too.
    pub deleted: Vec<DeletedRow>,
}

/// A unit of the earlier version deleted since, with its text and the input on it.
pub struct DeletedRow {
    pub unit: UnitAddress,
    pub text: String,
    pub input: Input,
}

pub struct TableArticle {
    pub article: ArticleId,
    pub formerly: Vec<ArticleId>,
    pub is_new: bool,
    pub rows: Vec<TableRow>,
}

pub struct TableRow {
    /// The paragraph of the new version, its earlier text and the changes; a row on the
    /// article as a whole has empty texts.
    pub row: Row,
    pub input: Input,
}

/// The consolidated input on the text a row came from.
#[derive(Debug, Default, PartialEq)]
pub struct Input {
    /// Per consultation, in the order they were set up.
    pub by_consultation: Vec<ConsultationCounts>,
    pub total: i64,
    pub proposals: Vec<(String, i64)>,
    pub key_comments: Vec<KeyComment>,
    /// Non-zero counts, in the order of [`Disposition::ALL`].
    pub dispositions: Vec<(Disposition, i64)>,
}

/// One consultation's items on a row, by stance in the order of [`Stance::ALL`].
#[derive(Debug, Clone, PartialEq)]
pub struct ConsultationCounts {
    pub id: i64,
    pub city: String,
    pub by_stance: [i64; crate::feedback::Stance::COUNT],
}

impl Input {
    fn add(&mut self, conn: &Connection, source: &Source) -> rusqlite::Result<()> {
        // From the kept tally, which counts each unit: no feedback row is read.
        for crate::tallies::repo::SourceCount {
            consultation_id: consultation,
            city,
            stance,
            count,
            ..
        } in crate::tallies::repo::source_counts(conn, source)?
        {
            let index = match self
                .by_consultation
                .iter()
                .position(|c| c.id == consultation)
            {
                Some(index) => index,
                None => {
                    self.by_consultation.push(ConsultationCounts {
                        id: consultation,
                        city,
                        by_stance: [0; crate::feedback::Stance::COUNT],
                    });
                    self.by_consultation.len() - 1
                }
            };
            if let Some(at) = Stance::ALL.iter().position(|s| s.key() == stance) {
                self.by_consultation[index].by_stance[at] += count;
            }
            self.total += count;
        }
        self.by_consultation.sort_by_key(|c| c.id);
        for (wording, count) in repo::proposals(conn, source, PROPOSALS_SHOWN)? {
            match self.proposals.iter_mut().find(|(w, _)| *w == wording) {
                Some((_, n)) => *n += count,
                None => self.proposals.push((wording, count)),
            }
        }
        self.proposals.sort_by_key(|p| std::cmp::Reverse(p.1));
        self.proposals.truncate(PROPOSALS_SHOWN as usize);
        self.key_comments
            .extend(repo::key_comments(conn, source, KEY_COMMENTS_SHOWN)?);
        self.key_comments.sort_by_key(|c| c.id);
        self.key_comments.truncate(KEY_COMMENTS_SHOWN as usize);
        for (key, count) in repo::dispositions(conn, source)? {
            let Some(disposition) = Disposition::parse(&key) else {
                continue;
            };
            match self
                .dispositions
                .iter_mut()
                .find(|(d, _)| *d == disposition)
            {
                Some((_, n)) => *n += count,
                None => self.dispositions.push((disposition, count)),
            }
        }
        self.dispositions
            .sort_by_key(|(d, _)| Disposition::ALL.iter().position(|a| a == d));
        Ok(())
    }
}

/// The units of the new version a row stands for: its paragraph with the paragraph's items,
/// or (for a row on the article as a whole) the article itself.
fn targets_of(article: ArticleId, reference: &str) -> impl Fn(&UnitAddress) -> bool + '_ {
    move |unit: &UnitAddress| {
        unit.article == article
            && (unit.reference == reference
                || (!reference.is_empty()
                    && !reference.starts_with('(')
                    && unit.reference.starts_with(&format!("{reference}("))))
    }
}

/// The earlier units (in `from` and the versions before it) whose places satisfy `wanted`,
/// grouped as sources.
fn sources_for(
    ancestry: &Ancestry,
    from: &Document,
    wanted: impl Fn(&UnitAddress) -> bool,
) -> Vec<Source> {
    let mut sources = Vec::new();
    for version in ancestry
        .earlier
        .iter()
        .filter(|v| v.version <= from.version)
    {
        for article in &version.articles {
            let references: Vec<String> = article
                .references()
                .into_iter()
                .filter(|reference| {
                    let unit = UnitAddress {
                        article: article.id,
                        reference: reference.to_string(),
                    };
                    ancestry.places_of(version.id, &unit).iter().any(&wanted)
                })
                .map(str::to_string)
                .collect();
            if !references.is_empty() {
                sources.push(Source {
                    document_id: version.id,
                    article: article.id,
                    references: Some(references),
                });
            }
        }
    }
    sources
}

/// The comparative table from `from` to `ancestry.version`; `None` when the lineage does not
/// reach `from`.
pub fn comparative_table(
    conn: &Connection,
    ancestry: &Ancestry,
    from: &Arc<Document>,
) -> rusqlite::Result<Option<ComparativeTable>> {
    let Some(comparison) = compare(ancestry, from) else {
        return Ok(None);
    };
    let input_of = |article: ArticleId, reference: &str| -> rusqlite::Result<Input> {
        let mut input = Input::default();
        for source in sources_for(ancestry, from, targets_of(article, reference)) {
            input.add(conn, &source)?;
        }
        Ok(input)
    };
    let mut articles = Vec::new();
    for compared in comparison.articles {
        let mut rows = Vec::new();
        // What was said of the article as a whole, first, when the article has paragraphs.
        if compared.rows.iter().all(|r| !r.reference.is_empty()) {
            let input = input_of(compared.article, "")?;
            if input.total > 0 {
                let row = Row {
                    reference: String::new(),
                    formerly: Vec::new(),
                    is_new: false,
                    old_text: String::new(),
                    new_text: String::new(),
                    changes: Vec::new(),
                };
                rows.push(TableRow { row, input });
            }
        }
        for row in compared.rows {
            let input = input_of(compared.article, &row.reference)?;
            rows.push(TableRow { row, input });
        }
        articles.push(TableArticle {
            article: compared.article,
            formerly: compared.formerly,
            is_new: compared.is_new,
            rows,
        });
    }
    // FUTURE: what versions before `from` said of text that `from` then deleted; their
    // lineage leads into `from` alone, and the table reads it from the later version.
    let mut deleted = Vec::new();
    // An article deleted whole: what was said of it as a whole, before its paragraphs.
    let whole_articles = (comparison.from.articles.iter())
        .map(|article| UnitAddress {
            article: article.id,
            reference: String::new(),
        })
        .filter(|unit| ancestry.places_of(comparison.from.id, unit).is_empty())
        .map(|unit| (unit, String::new()));
    let mut units: Vec<(UnitAddress, String)> = whole_articles.chain(comparison.deleted).collect();
    // In the earlier version's reading order: each article's whole first, then its paragraphs.
    let order = |unit: &UnitAddress| {
        let at = (comparison.from.articles.iter()).position(|a| a.id == unit.article);
        (at, !unit.reference.is_empty())
    };
    units.sort_by_key(|(unit, _)| order(unit));
    for (unit, text) in units {
        let mut input = Input::default();
        input.add(
            conn,
            &Source {
                document_id: comparison.from.id,
                article: unit.article,
                references: Some(vec![unit.reference.clone()]),
            },
        )?;
        if !unit.reference.is_empty() || input.total > 0 {
            deleted.push(DeletedRow { unit, text, input });
        }
    }
    Ok(Some(ComparativeTable {
        from: comparison.from,
        to: comparison.to,
        articles,
        deleted,
    }))
}

/// A row's input in lines of text, for the Word and CSV tables: the counts by consultation,
/// the wordings proposed, the comments taken up.
pub fn input_lines(tr: &crate::i18n::Tr, input: &Input) -> Vec<String> {
    let mut lines = Vec::new();
    if input.total == 0 {
        lines.push(tr.t("table-no-input"));
        return lines;
    }
    for consultation in &input.by_consultation {
        lines.push(format!(
            "{}: {}",
            consultation.city,
            stance_counts(tr, consultation)
        ));
    }
    if !input.proposals.is_empty() {
        lines.push(tr.t("table-proposals"));
        for (wording, count) in &input.proposals {
            lines.push(tr.t_text2(
                "table-proposal",
                "wording",
                wording,
                "count",
                tr.number(*count),
            ));
        }
    }
    if !input.key_comments.is_empty() {
        lines.push(tr.t("table-key-comments"));
        for comment in &input.key_comments {
            let by = if comment.originator.is_empty() {
                comment.city.clone()
            } else {
                format!("{}, {}", comment.originator, comment.city)
            };
            lines.push(format!("#{} ({by}): {}", comment.id, comment.comment));
        }
    }
    lines
}

/// A row's dispositions in lines of text: "Accepted: 3".
pub fn disposition_lines(tr: &crate::i18n::Tr, input: &Input) -> Vec<String> {
    input
        .dispositions
        .iter()
        .map(|(disposition, count)| {
            format!(
                "{}: {}",
                tr.disposition(disposition.key()),
                tr.number(*count)
            )
        })
        .collect()
}

/// A row's place in words: "Paragraph 2 (formerly Article 8(2))", "The article as a whole".
pub fn row_label(
    tr: &crate::i18n::Tr,
    article: impl std::borrow::Borrow<ArticleId>,
    row: &Row,
) -> String {
    let article = *article.borrow();
    let label = tr.reference_label(article, &row.reference);
    if row.is_new {
        format!("{label} ({})", tr.t("compare-new"))
    } else if row.formerly.is_empty() {
        label
    } else {
        let places: Vec<String> = row
            .formerly
            .iter()
            .map(|u| tr.unit_label(u.article, &u.reference))
            .collect();
        format!(
            "{label} ({})",
            tr.t_text("compare-formerly", "place", tr.list(&places))
        )
    }
}

/// A deleted unit's place in words: "Article 6(2) of A/HRC/35/35 (deleted)".
pub fn deleted_label(tr: &crate::i18n::Tr, table: &ComparativeTable, row: &DeletedRow) -> String {
    tr.t_text2(
        "table-deleted-place",
        "unit",
        tr.unit_label(row.unit.article, &row.unit.reference),
        "symbol",
        &table.from.symbol,
    )
}

/// An article's heading: "Article 9 (formerly Article 10)".
pub fn article_heading(tr: &crate::i18n::Tr, article: &TableArticle) -> String {
    let title = tr.article_title(article.article);
    if article.is_new {
        format!("{title} ({})", tr.t("compare-new"))
    } else if article.formerly.is_empty() {
        title
    } else {
        let names: Vec<String> = article
            .formerly
            .iter()
            .map(|a| tr.article_title(a))
            .collect();
        format!(
            "{title} ({})",
            tr.t_text("compare-formerly", "place", tr.list(&names))
        )
    }
}

/// One consultation's counts in words: "3 support; 1 amend".
pub fn stance_counts(tr: &crate::i18n::Tr, consultation: &ConsultationCounts) -> String {
    let counts: Vec<String> = Stance::ALL
        .iter()
        .zip(consultation.by_stance)
        .filter(|(_, n)| *n > 0)
        .map(|(stance, n)| format!("{} {}", tr.number(n), tr.stance_short(*stance)))
        .collect();
    tr.list(&counts)
}
