//! The consolidated report for the expert group: for each article, its text, the counts by
//! consultation and by stakeholder category, the proposed wordings with their differences
//! from the text, the comments organisers marked as key, and the dispositions. Nothing in it
//! identifies a participant beyond what they chose to publish.

use std::sync::Arc;

use rusqlite::Connection;

use super::repo::{self, QuotedComment};
use super::{ConsultationCounts, Input};
use crate::diff::{Change, compare_proposal};
use crate::document::{ArticleId, Document};
use crate::feedback::Stance;
use crate::lineage::UnitAddress;
use crate::lineage::ancestry::{Ancestry, Source};

/// The most proposed wordings an article's section quotes.
pub const WORDINGS_SHOWN: i64 = 20;

pub struct Report {
    pub version: Arc<Document>,
    pub articles: Vec<ArticleReport>,
}

pub struct ArticleReport {
    pub article: ArticleId,
    pub input: Input,
    /// Per stakeholder category (its key as stored, which the routes name in the reader's
    /// language; empty: none given): counts by stance, as [`Stance::ALL`].
    pub by_category: Vec<(String, [i64; crate::feedback::Stance::COUNT])>,
    /// (reference, wording, how many proposed it, the wording compared with the text).
    pub wordings: Vec<(String, String, i64, Vec<Change>)>,
    pub key_comments: Vec<QuotedComment>,
}

/// The earlier and own units whose feedback an article of `ancestry.version` counts.
fn sources(ancestry: &Ancestry, article: ArticleId) -> Vec<Source> {
    let own = Source {
        document_id: ancestry.version.id,
        article,
        references: None,
    };
    std::iter::once(own)
        .chain(ancestry.sources_into(article))
        .collect()
}

/// The report on `ancestry.version`, every article or only `only`.
pub fn consolidated_report(
    conn: &Connection,
    ancestry: &Ancestry,
    only: Option<ArticleId>,
) -> rusqlite::Result<Report> {
    let version = ancestry.version.clone();
    let mut articles = Vec::new();
    for article in version
        .articles
        .iter()
        .filter(|a| only.is_none_or(|wanted| wanted == a.id))
    {
        let mut input = Input::default();
        let mut by_category: Vec<(String, [i64; crate::feedback::Stance::COUNT])> = Vec::new();
        // (the text the wording answers, the unit, the wording, how many proposed it)
        let mut wordings: Vec<(String, String, String, i64)> = Vec::new();
        let mut key_comments = Vec::new();
        for source in sources(ancestry, article.id) {
            input.add(conn, &source)?;
            for (category, stance, count) in repo::stakeholder_counts(conn, &source)? {
                let at = Stance::ALL.iter().position(|s| s.key() == stance);
                let index = match by_category.iter().position(|(c, _)| *c == category) {
                    Some(index) => index,
                    None => {
                        by_category.push((category, [0; Stance::COUNT]));
                        by_category.len() - 1
                    }
                };
                if let Some(at) = at {
                    by_category[index].1[at] += count;
                }
            }
            // Wordings on an earlier version's units are compared with the text they answered.
            let written_on = match source.document_id {
                id if id == version.id => Some(&version),
                id => ancestry.earlier_version(id),
            };
            for (reference, wording, count) in
                repo::proposals_by_unit(conn, &source, WORDINGS_SHOWN)?
            {
                let unit = UnitAddress {
                    article: source.article,
                    reference,
                };
                let text = written_on
                    .and_then(|d| crate::lineage::text_at(d, &unit))
                    .unwrap_or_default();
                wordings.push((text, unit.reference, wording, count));
            }
            key_comments.extend(repo::key_comments_marked(conn, &source)?);
        }
        wordings.sort_by_key(|w| std::cmp::Reverse(w.3));
        wordings.truncate(WORDINGS_SHOWN as usize);
        let wordings = wordings
            .into_iter()
            .map(|(text, reference, wording, count)| {
                let changes = compare_proposal(&text, &wording);
                (reference, wording, count, changes)
            })
            .collect();
        // In alphabetical order, those who gave none last, as the tally by stakeholder has it.
        by_category.sort_by(|a, b| (a.0.is_empty(), &a.0).cmp(&(b.0.is_empty(), &b.0)));
        articles.push(ArticleReport {
            article: article.id,
            input,
            by_category,
            wordings,
            key_comments,
        });
    }
    Ok(Report { version, articles })
}

/// One consultation's or category's counts in the order of the report's columns, with the total.
pub fn with_total(
    counts: &[i64; crate::feedback::Stance::COUNT],
) -> [i64; crate::feedback::Stance::COUNT + 1] {
    let mut row = [0; crate::feedback::Stance::COUNT + 1];
    row[..counts.len()].copy_from_slice(counts);
    row[counts.len()] = counts.iter().sum();
    row
}

/// A consultation's counts as the report's table reads them.
pub fn consultation_row(counts: &ConsultationCounts) -> [i64; crate::feedback::Stance::COUNT + 1] {
    with_total(&counts.by_stance)
}
