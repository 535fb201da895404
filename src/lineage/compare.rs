//! Two versions of a draft side by side, article by article: each paragraph of the later
//! version with the text it came from in the earlier one (wherever that was), a word diff,
//! and what was renumbered, moved, new or deleted said in words. Built from the stored
//! lineage, so moved text reads as moved, not as deleted here and inserted there.

use std::sync::Arc;

use super::UnitAddress;
use super::ancestry::Ancestry;
use crate::diff::{Change, word_diff};
use crate::document::{Article, ArticleId, Document, Library};
use crate::error::AppError;
use crate::i18n::Message;

/// The comparison of `from` with `to`, a later version of the same draft.
#[derive(Debug)]
pub struct Comparison {
    pub from: Arc<Document>,
    pub to: Arc<Document>,
    pub articles: Vec<ArticleComparison>,
    /// The earlier version's paragraphs that lead nowhere in the later one, with their text.
    pub deleted: Vec<(UnitAddress, String)>,
}

#[derive(Debug)]
pub struct ArticleComparison {
    pub article: ArticleId,
    /// The articles of the earlier version it came from, when not (only) itself; empty for
    /// an article with the same number, or a new one.
    pub formerly: Vec<ArticleId>,
    /// No part of it comes from the earlier version.
    pub is_new: bool,
    pub rows: Vec<Row>,
}

/// One paragraph (or lettered item) of the later version.
#[derive(Debug)]
pub struct Row {
    pub reference: String,
    /// Where its text was in the earlier version, when that was elsewhere (another number or
    /// another article); empty when in the same place or new.
    pub formerly: Vec<UnitAddress>,
    pub is_new: bool,
    pub old_text: String,
    pub new_text: String,
    pub changes: Vec<Change>,
}

impl Row {
    pub fn is_unchanged(&self) -> bool {
        self.changes.iter().all(|c| matches!(c, Change::Same(_)))
    }
}

/// Which versions to compare, by symbol: by default the newest and the version it revises.
#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct CompareQuery {
    /// The process, on the desk ("" for the first).
    pub process: String,
    pub from: String,
    pub to: String,
    /// The language of the two versions' texts, when both have a version in it ("" for the
    /// originals'); what was said is the same in every language.
    pub text: String,
}

/// Two versions of a process's draft to compare, as asked for by symbol ("" for the
/// defaults: the newest, and the version it revises), and every version of the process.
pub struct ChosenVersions {
    pub from: Arc<Document>,
    pub to: Arc<Document>,
    /// Oldest first.
    pub versions: Vec<Arc<Document>>,
}

impl ChosenVersions {
    /// The refusal when the lineage of `to` does not reach `from`.
    pub fn not_earlier(&self) -> AppError {
        AppError::BadRequest(
            Message::new("compare-not-earlier")
                .with_text("from", &self.from.symbol)
                .with_text("to", &self.to.symbol),
        )
    }
}

/// The versions of process `process_id` named `from` and `to`.
pub fn choose_versions(
    library: &Library,
    process_id: i64,
    from: &str,
    to: &str,
) -> Result<ChosenVersions, AppError> {
    let versions: Vec<Arc<Document>> = library
        .all()
        .iter()
        .filter(|d| d.process_id == process_id)
        .cloned()
        .collect();
    let named = |symbol: &str| {
        versions
            .iter()
            .find(|v| v.symbol == symbol)
            .cloned()
            .ok_or(AppError::NotFound("error-not-found-version"))
    };
    let to = match to {
        "" => versions
            .last()
            .cloned()
            .ok_or(AppError::NotFound("error-not-found-process"))?,
        symbol => named(symbol)?,
    };
    let from = match from {
        "" => to
            .based_on
            .and_then(|id| library.get(id).cloned())
            .ok_or(AppError::NotFound("error-not-found-comparison"))?,
        symbol => named(symbol)?,
    };
    Ok(ChosenVersions { from, to, versions })
}

/// The units a comparison has rows for: each numbered paragraph (its items with it), each
/// lettered item of an unnumbered paragraph, or the article as a whole when it has neither.
fn rows_of(article: &Article) -> Vec<String> {
    let mut rows = Vec::new();
    for block in &article.blocks {
        if !block.reference.is_empty() {
            rows.push(block.reference.clone());
        } else {
            rows.extend(block.items.iter().map(|i| i.reference.clone()));
        }
    }
    if rows.is_empty() {
        rows.push(String::new());
    }
    rows
}

fn address(article: ArticleId, reference: &str) -> UnitAddress {
    UnitAddress {
        article,
        reference: reference.to_string(),
    }
}

/// Compares `ancestry.earlier` version `from` with `ancestry.version`; `None` when the
/// lineage does not reach `from`.
pub fn compare(ancestry: &Ancestry, from: &Arc<Document>) -> Option<Comparison> {
    let to = ancestry.version.clone();
    ancestry.earlier_version(from.id)?;
    // Each row of the earlier version, with where it went.
    let old_rows: Vec<(UnitAddress, Vec<UnitAddress>)> = from
        .articles
        .iter()
        .flat_map(|article| {
            rows_of(article)
                .into_iter()
                .map(move |reference| address(article.id, &reference))
        })
        .map(|unit| {
            let places = ancestry.places_of(from.id, &unit);
            (unit, places)
        })
        .collect();
    let antecedents = |unit: &UnitAddress| -> Vec<UnitAddress> {
        old_rows
            .iter()
            .filter(|(_, places)| places.contains(unit))
            .map(|(old, _)| old.clone())
            .collect()
    };
    let text = |document: &Document, unit: &UnitAddress| {
        super::text_at(document, unit).unwrap_or_default()
    };
    let articles = to
        .articles
        .iter()
        .map(|article| {
            let whole = address(article.id, "");
            // The earlier articles that became this one, as wholes.
            let sources: Vec<ArticleId> = from
                .articles
                .iter()
                .filter(|old| {
                    ancestry
                        .places_of(from.id, &address(old.id, ""))
                        .contains(&whole)
                })
                .map(|old| old.id)
                .collect();
            let rows: Vec<Row> = rows_of(article)
                .into_iter()
                .map(|reference| {
                    let unit = address(article.id, &reference);
                    let came_from = antecedents(&unit);
                    let old_text = came_from
                        .iter()
                        .map(|old| text(from, old))
                        .collect::<Vec<_>>()
                        .join("\n");
                    let new_text = text(&to, &unit);
                    Row {
                        formerly: if came_from == [unit.clone()] {
                            Vec::new()
                        } else {
                            came_from.clone()
                        },
                        is_new: came_from.is_empty(),
                        changes: word_diff(&old_text, &new_text),
                        old_text,
                        new_text,
                        reference,
                    }
                })
                .collect();
            ArticleComparison {
                article: article.id,
                is_new: sources.is_empty() && rows.iter().all(|r| r.is_new),
                formerly: if sources == [article.id] {
                    Vec::new()
                } else {
                    sources
                },
                rows,
            }
        })
        .collect();
    let deleted = old_rows
        .iter()
        .filter(|(_, places)| places.is_empty())
        .map(|(unit, _)| (unit.clone(), text(from, unit)))
        .collect();
    Some(Comparison {
        from: from.clone(),
        to,
        articles,
        deleted,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lineage::ancestry::tests::three_versions;

    fn comparison() -> Comparison {
        let (chain, links) = three_versions();
        // The test revision (2) against the 2017 draft (1): drop the unchanged third version.
        let chain: Vec<_> = chain.into_iter().skip(1).collect();
        let links: Vec<_> = links.into_iter().filter(|l| l.from_document == 1).collect();
        let ancestry = Ancestry::from_links(chain, &links);
        let from = ancestry.earlier[0].clone();
        compare(&ancestry, &from).unwrap()
    }

    fn article<'a>(comparison: &'a Comparison, number: &str) -> &'a ArticleComparison {
        let id: ArticleId = number.parse().unwrap();
        comparison
            .articles
            .iter()
            .find(|a| a.article == id)
            .unwrap()
    }

    #[test]
    fn renumbered_moved_new_and_deleted_text_is_said_so() {
        let comparison = comparison();
        let number = |n: &str| n.parse::<ArticleId>().unwrap();
        assert_eq!(
            article(&comparison, "9").formerly,
            [number("10")],
            "renumbered"
        );
        assert_eq!(
            article(&comparison, "2").formerly,
            [number("2"), number("3")],
            "merged"
        );
        assert!(article(&comparison, "3").is_new);
        assert!(article(&comparison, "4").formerly.is_empty() && !article(&comparison, "4").is_new);
        // Moved from another article: compared with the text it came from, not new.
        let moved = article(&comparison, "7")
            .rows
            .iter()
            .find(|r| r.reference == "5")
            .unwrap();
        assert_eq!(moved.formerly, [UnitAddress::parse("8:2").unwrap()]);
        assert!(!moved.is_new && !moved.old_text.is_empty());
        assert!(
            comparison
                .deleted
                .iter()
                .any(|(unit, text)| unit.to_string() == "7:3" && !text.is_empty())
        );
    }

    #[test]
    fn unchanged_text_has_no_marks_and_amended_text_marks_its_changes() {
        let comparison = comparison();
        assert!(article(&comparison, "4").rows.iter().all(Row::is_unchanged));
        let amended = article(&comparison, "1")
            .rows
            .iter()
            .find(|r| r.reference == "2")
            .unwrap();
        assert!(amended.formerly.is_empty());
        assert!(
            amended
                .changes
                .iter()
                .any(|c| matches!(c, Change::Inserted(_)))
        );
    }
}
