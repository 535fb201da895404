//! Counts that follow the lineage: each article of a revised version with the feedback on the
//! earlier text that became part of it, read from the kept tally (which counts each unit).

use rusqlite::Connection;

use super::repo::{self, OverviewRow, TallyCell};
use crate::lineage::ancestry::Ancestry;

/// The tally cells the articles of `ancestry.version` carry from earlier versions, as cells
/// of the version itself (consultations in their listed order within each source).
pub fn cells(conn: &Connection, ancestry: &Ancestry) -> rusqlite::Result<Vec<TallyCell>> {
    let mut cells = Vec::new();
    for article in &ancestry.version.articles {
        for source in ancestry.sources_into(article.id) {
            for count in repo::source_counts(conn, &source)? {
                cells.push(TallyCell {
                    document_id: ancestry.version.id,
                    article: article.id.to_string(),
                    group: count.consultation,
                    stance: count.stance,
                    count: count.count,
                });
            }
        }
    }
    Ok(cells)
}

/// The overview rows the articles of `ancestry.version` carry from earlier versions.
pub fn overview_rows(conn: &Connection, ancestry: &Ancestry) -> rusqlite::Result<Vec<OverviewRow>> {
    let mut rows = Vec::new();
    for article in &ancestry.version.articles {
        for source in ancestry.sources_into(article.id) {
            for count in repo::source_counts(conn, &source)? {
                if let Some(stance) = crate::feedback::Stance::parse(&count.stance) {
                    rows.push(OverviewRow {
                        article: article.id,
                        stance,
                        count: count.count,
                        pending: count.pending,
                    });
                }
            }
        }
    }
    Ok(rows)
}
