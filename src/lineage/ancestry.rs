//! Where the feedback written on earlier versions stands in a version: every earlier unit
//! followed through the stored lineage, across any number of versions. A view over the
//! lineage, computed when asked: no feedback row is ever rewritten.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use rusqlite::Connection;

use super::UnitAddress;
use super::repo::VersionLink;
use crate::document::{ArticleId, Document, Library};

/// Some units of one article of one version: where a listing of carried feedback reads.
#[derive(Debug, Clone, PartialEq)]
pub struct Source {
    pub document_id: i64,
    pub article: ArticleId,
    /// Only these references; `None` for every unit of the article.
    pub references: Option<Vec<String>>,
}

/// The lineage of one version back to its process's first.
#[derive(Debug, Clone)]
pub struct Ancestry {
    pub version: Arc<Document>,
    /// The versions before it that the lineage reaches, newest first.
    pub earlier: Vec<Arc<Document>>,
    /// For each unit of an earlier version, the units of `version` it became (in reading
    /// order); empty when it was deleted on the way.
    descendants: HashMap<(i64, UnitAddress), Vec<UnitAddress>>,
}

impl Ancestry {
    /// Reads the lineage into `version` from the versions before it.
    pub fn load(
        conn: &Connection,
        library: &Library,
        version: &Arc<Document>,
    ) -> rusqlite::Result<Self> {
        let mut chain = vec![version.clone()];
        while let Some(base) = chain
            .last()
            .and_then(|d| d.based_on)
            .and_then(|id| library.get(id))
        {
            chain.push(base.clone());
        }
        let targets: Vec<i64> = chain[..chain.len() - 1].iter().map(|d| d.id).collect();
        let links = if targets.is_empty() {
            Vec::new()
        } else {
            super::repo::links_into_versions(conn, &targets)?
        };
        Ok(Self::from_links(chain, &links))
    }

    /// The ancestry of `chain[0]` (`chain` newest first) through `links`.
    pub fn from_links(chain: Vec<Arc<Document>>, links: &[VersionLink]) -> Self {
        let mut onward: HashMap<(i64, &UnitAddress), Vec<&UnitAddress>> = HashMap::new();
        for link in links {
            if let Some(from) = &link.from {
                let next = onward.entry((link.from_document, from)).or_default();
                next.extend(link.to.as_ref());
            }
        }
        let version = chain[0].clone();
        let mut descendants: HashMap<(i64, UnitAddress), Vec<UnitAddress>> = HashMap::new();
        let mut reached = 0;
        for pair in chain.windows(2) {
            let (later, earlier) = (&pair[0], &pair[1]);
            // A version loaded without a lineage ends the chain: nothing says where its units went.
            if !onward.keys().any(|(document, _)| *document == earlier.id) {
                break;
            }
            for address in units_of(earlier) {
                let mut places: Vec<UnitAddress> = onward
                    .get(&(earlier.id, &address))
                    .into_iter()
                    .flatten()
                    .flat_map(|next| {
                        if later.id == version.id {
                            vec![(*next).clone()]
                        } else {
                            descendants
                                .get(&(later.id, (*next).clone()))
                                .cloned()
                                .unwrap_or_default()
                        }
                    })
                    .collect();
                places.sort_by_key(|a| reading_position(&version, a));
                places.dedup();
                descendants.insert((earlier.id, address), places);
            }
            reached += 1;
        }
        Self {
            earlier: chain.into_iter().skip(1).take(reached).collect(),
            version,
            descendants,
        }
    }

    /// Where unit `address` of version `document_id` stands in this version: itself for a
    /// unit of this version, nothing for a unit deleted on the way or not reached.
    pub fn places_of(&self, document_id: i64, address: &UnitAddress) -> Vec<UnitAddress> {
        if document_id == self.version.id {
            return vec![address.clone()];
        }
        self.descendants
            .get(&(document_id, address.clone()))
            .cloned()
            .unwrap_or_default()
    }

    /// The earlier units whose feedback this version's `article` carries, newest version first.
    pub fn sources_into(&self, article: ArticleId) -> Vec<Source> {
        self.sources(|places| places.iter().any(|p| p.article == article))
    }

    /// The earlier units that lead to nothing in this version: text that was deleted.
    pub fn deleted_sources(&self) -> Vec<Source> {
        self.sources(|places| places.is_empty())
    }

    fn sources(&self, wanted: impl Fn(&[UnitAddress]) -> bool) -> Vec<Source> {
        let mut sources = Vec::new();
        for document in &self.earlier {
            let mut by_article: BTreeMap<usize, (ArticleId, Vec<String>, usize)> = BTreeMap::new();
            for (index, article) in document.articles.iter().enumerate() {
                let references = article.references();
                for reference in &references {
                    let address = UnitAddress {
                        article: article.id,
                        reference: reference.to_string(),
                    };
                    let places = self.places_of(document.id, &address);
                    if wanted(&places) {
                        by_article
                            .entry(index)
                            .or_insert_with(|| (article.id, Vec::new(), references.len()))
                            .1
                            .push(reference.to_string());
                    }
                }
            }
            sources.extend(
                by_article
                    .into_values()
                    .map(|(article, references, all)| Source {
                        document_id: document.id,
                        article,
                        references: (references.len() < all).then_some(references),
                    }),
            );
        }
        sources
    }

    /// The earlier version with this id, if the lineage reaches it.
    pub fn earlier_version(&self, document_id: i64) -> Option<&Arc<Document>> {
        self.earlier.iter().find(|d| d.id == document_id)
    }
}

/// The ancestries the desk's pages read, each once until the lineage or the documents change:
/// every review page, overview and tally of a revision follows it.
#[derive(Debug, Default)]
pub struct AncestryCache {
    ancestries: std::sync::Mutex<HashMap<i64, Arc<Ancestry>>>,
    /// Bumped by every change, so an ancestry read before one is never kept after it.
    generation: std::sync::atomic::AtomicU64,
}

impl AncestryCache {
    /// The ancestry of `version`, kept or read now.
    pub fn get_or_load(
        &self,
        conn: &Connection,
        library: &Library,
        version: &Arc<Document>,
    ) -> rusqlite::Result<Arc<Ancestry>> {
        use std::sync::atomic::Ordering;
        let generation = self.generation.load(Ordering::SeqCst);
        if let Some(kept) = self.lock().get(&version.id) {
            return Ok(kept.clone());
        }
        let read = Arc::new(Ancestry::load(conn, library, version)?);
        let mut ancestries = self.lock();
        if self.generation.load(Ordering::SeqCst) == generation {
            ancestries.insert(version.id, read.clone());
        }
        Ok(read)
    }

    /// Forgets every ancestry: the lineage or the documents changed.
    pub fn forget(&self) {
        let mut ancestries = self.lock();
        self.generation
            .fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        ancestries.clear();
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<i64, Arc<Ancestry>>> {
        // A poisoned map still holds whole ancestries: each is inserted in one step.
        self.ancestries.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// Every unit of a document, in reading order.
fn units_of(document: &Document) -> Vec<UnitAddress> {
    document
        .articles
        .iter()
        .flat_map(|article| {
            article
                .references()
                .into_iter()
                .map(|reference| UnitAddress {
                    article: article.id,
                    reference: reference.to_string(),
                })
        })
        .collect()
}

/// Where a unit comes in the reading of `document`: article, then reference.
fn reading_position(document: &Document, address: &UnitAddress) -> (usize, usize) {
    let article = document
        .articles
        .iter()
        .position(|a| a.id == address.article)
        .unwrap_or(usize::MAX);
    let reference = document
        .article(address.article)
        .and_then(|a| a.references().iter().position(|r| *r == address.reference))
        .unwrap_or(usize::MAX);
    (article, reference)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::document::import::{DraftFacts, Format, read};
    use crate::document::testing::{document_from, draft_2017};

    const REVISED: &str = include_str!("../../tests/fixtures/lineage/revised-draft.json");
    const TRUTH: &str = include_str!("../../tests/fixtures/lineage/truth.json");

    fn version(mut document: Document, id: i64, based_on: Option<i64>) -> Arc<Document> {
        document.id = id;
        document.based_on = based_on;
        Arc::new(document)
    }

    fn address(raw: Option<&str>) -> Option<UnitAddress> {
        raw.map(|r| UnitAddress::parse(r).unwrap())
    }

    /// The 2017 draft (1), the test revision (2) by the true lineage, and the revision again
    /// (3), unchanged.
    pub(crate) fn three_versions() -> (Vec<Arc<Document>>, Vec<VersionLink>) {
        let revised = document_from(
            &read(REVISED.as_bytes(), Format::Json, &DraftFacts::default())
                .unwrap()
                .draft,
        );
        let chain = vec![
            version(revised.clone(), 3, Some(2)),
            version(revised, 2, Some(1)),
            version(draft_2017(), 1, None),
        ];
        let truth: serde_json::Value = serde_json::from_str(TRUTH).unwrap();
        let mut links: Vec<_> = truth["links"]
            .as_array()
            .unwrap()
            .iter()
            .map(|l| VersionLink {
                from_document: 1,
                from: address(l[0].as_str()),
                to: address(l[1].as_str()),
            })
            .collect();
        links.extend(units_of(&chain[1]).into_iter().map(|u| VersionLink {
            from_document: 2,
            from: Some(u.clone()),
            to: Some(u),
        }));
        (chain, links)
    }

    #[test]
    fn units_are_followed_across_every_version_to_where_they_are_now() {
        let (chain, links) = three_versions();
        let ancestry = Ancestry::from_links(chain, &links);
        let places = |document, raw: &str| -> Vec<String> {
            ancestry
                .places_of(document, &UnitAddress::parse(raw).unwrap())
                .iter()
                .map(ToString::to_string)
                .collect()
        };
        assert_eq!(ancestry.earlier.len(), 2);
        assert_eq!(places(1, "10"), ["9"], "renumbered");
        assert_eq!(places(1, "8:2"), ["7:5"], "moved to another article");
        assert_eq!(places(1, "3"), ["2"], "merged");
        assert_eq!(places(1, "6:2"), ["6:2", "6:3"], "split");
        assert!(places(1, "7:3").is_empty(), "deleted");
        assert_eq!(places(3, "4:1"), ["4:1"], "the version itself");
    }

    #[test]
    fn an_article_carries_the_feedback_of_every_unit_that_became_part_of_it() {
        let (chain, links) = three_versions();
        let ancestry = Ancestry::from_links(chain, &links);
        let into_7 = ancestry.sources_into("7".parse().unwrap());
        assert_eq!(into_7[0].document_id, 2, "the newest earlier version first");
        assert!(into_7.contains(&Source {
            document_id: 1,
            article: "8".parse().unwrap(),
            references: Some(vec!["2".to_string()]),
        }));
        let deleted = ancestry.deleted_sources();
        assert!(deleted.iter().all(|s| s.document_id == 1));
        assert!(deleted.iter().any(|s| {
            s.article == "7".parse().unwrap()
                && s.references
                    .as_ref()
                    .is_some_and(|r| r.contains(&"3".to_string()))
        }));
    }

    #[test]
    fn a_version_loaded_without_lineage_ends_the_chain() {
        let (chain, links) = three_versions();
        let only_latest: Vec<_> = links.into_iter().filter(|l| l.from_document == 2).collect();
        let ancestry = Ancestry::from_links(chain, &only_latest);
        assert_eq!(ancestry.earlier.len(), 1);
        assert!(ancestry.deleted_sources().is_empty());
    }
}
