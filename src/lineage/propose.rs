//! The lineage proposal: a pure function of two documents.

use std::collections::HashMap;
use std::fmt;

use crate::document::{ArticleId, Document};

/// A unit of a version: its article and its reference (`""` for the article as a whole).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct UnitAddress {
    pub article: ArticleId,
    pub reference: String,
}

impl UnitAddress {
    /// `4`, `4:2`, `preamble:3`, as [`fmt::Display`] writes it.
    pub fn parse(raw: &str) -> Option<Self> {
        let (article, reference) = raw.split_once(':').unwrap_or((raw, ""));
        Some(Self {
            article: article.parse().ok()?,
            reference: reference.to_string(),
        })
    }
}

impl fmt::Display for UnitAddress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.reference.is_empty() {
            write!(f, "{}", self.article)
        } else {
            write!(f, "{}:{}", self.article, self.reference)
        }
    }
}

/// How a new unit descends from an old one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkKind {
    /// Same text, same place.
    Unchanged,
    /// Same text (or nearly), another number or another article.
    Moved,
    /// Changed wording.
    Amended,
    /// One old unit became several new ones; this is one of them.
    Split,
    /// Several old units became one new one; this is one of them.
    Merged,
    /// A new unit with no antecedent.
    New,
    /// An old unit with no descendant.
    Deleted,
}

impl LinkKind {
    pub const ALL: [LinkKind; 7] = [
        LinkKind::Unchanged,
        LinkKind::Moved,
        LinkKind::Amended,
        LinkKind::Split,
        LinkKind::Merged,
        LinkKind::New,
        LinkKind::Deleted,
    ];

    /// A kind as stored, back.
    pub fn parse(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.key() == key)
    }

    /// The catalogue key of the kind's name.
    pub fn label_key(&self) -> &'static str {
        match self {
            LinkKind::Unchanged => "lineage-unchanged",
            LinkKind::Moved => "lineage-moved",
            LinkKind::Amended => "lineage-amended",
            LinkKind::Split => "lineage-split",
            LinkKind::Merged => "lineage-merged",
            LinkKind::New => "lineage-new",
            LinkKind::Deleted => "lineage-deleted",
        }
    }

    pub fn key(&self) -> &'static str {
        match self {
            LinkKind::Unchanged => "unchanged",
            LinkKind::Moved => "moved",
            LinkKind::Amended => "amended",
            LinkKind::Split => "split",
            LinkKind::Merged => "merged",
            LinkKind::New => "new",
            LinkKind::Deleted => "deleted",
        }
    }
}

/// One link of the proposal: old unit (none for a new unit) to new unit (none for a deleted
/// one), how, how alike their words are (0 to 1), and whether an organiser should look.
#[derive(Debug, Clone, PartialEq)]
pub struct Link {
    pub from: Option<UnitAddress>,
    pub to: Option<UnitAddress>,
    pub kind: LinkKind,
    pub similarity: f64,
    pub doubtful: bool,
}

/// Below this similarity two units are not the same unit, amended.
const SAME_UNIT: f64 = 0.45;
/// From this similarity a match is sure; between `SAME_UNIT` and this it is flagged.
const SURE: f64 = 0.7;
/// A part of a split or merge: this share of its words lies inside the other unit.
const INSIDE: f64 = 0.8;
/// A best match this close to the second best is flagged: the two were nearly as likely.
const CLOSE_CALL: f64 = 0.1;

/// How alike two texts' words are, from 0 to 1, as the proposal measures it.
pub fn text_similarity(a: &str, b: &str) -> f64 {
    let mut vocabulary = HashMap::new();
    let unit = |text: &str, vocabulary: &mut HashMap<String, u32>| Unit {
        address: UnitAddress {
            article: ArticleId::Preamble,
            reference: String::new(),
        },
        level: Level::Paragraph,
        words: words_of(text, vocabulary),
        text: text.to_string(),
    };
    let (a, b) = (unit(a, &mut vocabulary), unit(b, &mut vocabulary));
    similarity(&a, &b)
}

/// The levels aligned one by one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Level {
    Article,
    Paragraph,
    Item,
}

struct Unit {
    address: UnitAddress,
    level: Level,
    text: String,
    words: Vec<u32>,
}

/// The lineage proposed from `old` to `new`, every unit of both in at least one link.
pub fn propose(old: &Document, new: &Document) -> Vec<Link> {
    let mut vocabulary: HashMap<String, u32> = HashMap::new();
    let old_units = units_of(old, &mut vocabulary);
    let new_units = units_of(new, &mut vocabulary);
    let mut links = Vec::new();
    for level in [Level::Article, Level::Paragraph, Level::Item] {
        let olds: Vec<&Unit> = old_units.iter().filter(|u| u.level == level).collect();
        let news: Vec<&Unit> = new_units.iter().filter(|u| u.level == level).collect();
        links.extend(align_level(&olds, &news));
    }
    links.extend(draft_wide_links(old, new));
    links
}

/// The title leads to the title and the whole draft to the whole draft, whatever their words:
/// they are the same places in any version.
fn draft_wide_links(old: &Document, new: &Document) -> Vec<Link> {
    [ArticleId::Title, ArticleId::Whole]
        .into_iter()
        .filter(|id| old.article(*id).is_some() && new.article(*id).is_some())
        .map(|id| {
            let address = UnitAddress {
                article: id,
                reference: String::new(),
            };
            let (before, after) = (
                super::text_at(old, &address).unwrap_or_default(),
                super::text_at(new, &address).unwrap_or_default(),
            );
            let same = before.trim() == after.trim();
            Link {
                from: Some(address.clone()),
                to: Some(address),
                kind: if same {
                    LinkKind::Unchanged
                } else {
                    LinkKind::Amended
                },
                similarity: if same {
                    1.0
                } else {
                    text_similarity(&before, &after)
                },
                doubtful: false,
            }
        })
        .collect()
}

fn units_of(document: &Document, vocabulary: &mut HashMap<String, u32>) -> Vec<Unit> {
    let mut units = Vec::new();
    for article in document
        .articles
        .iter()
        .filter(|a| !a.id.is_about_the_draft())
    {
        let address = |reference: &str| UnitAddress {
            article: article.id,
            reference: reference.to_string(),
        };
        let mut whole = String::new();
        if article.is_preamble() {
            whole.push_str(&document.preamble_chapeau);
        }
        for block in &article.blocks {
            whole.push(' ');
            whole.push_str(&block.text);
            for item in &block.items {
                whole.push(' ');
                whole.push_str(&item.text);
            }
        }
        units.push(Unit {
            address: address(""),
            level: Level::Article,
            words: words_of(&whole, vocabulary),
            text: whole,
        });
        for block in &article.blocks {
            if !block.reference.is_empty() {
                units.push(Unit {
                    address: address(&block.reference),
                    level: Level::Paragraph,
                    words: words_of(&block.text, vocabulary),
                    text: block.text.clone(),
                });
            }
            for item in &block.items {
                units.push(Unit {
                    address: address(&item.reference),
                    level: Level::Item,
                    words: words_of(&item.text, vocabulary),
                    text: item.text.clone(),
                });
            }
        }
    }
    units
}

/// The distinct words of a text, lower-cased, as sorted ids.
fn words_of(text: &str, vocabulary: &mut HashMap<String, u32>) -> Vec<u32> {
    let mut ids: Vec<u32> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| {
            let next = vocabulary.len() as u32;
            *vocabulary.entry(w.to_lowercase()).or_insert(next)
        })
        .collect();
    ids.sort_unstable();
    ids.dedup();
    ids
}

fn shared(a: &[u32], b: &[u32]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// Dice's coefficient of the two word sets: 1 for the same words, 0 for none in common.
fn similarity(a: &Unit, b: &Unit) -> f64 {
    if a.words.is_empty() && b.words.is_empty() {
        return if a.text.trim() == b.text.trim() {
            1.0
        } else {
            0.0
        };
    }
    2.0 * shared(&a.words, &b.words) as f64 / (a.words.len() + b.words.len()) as f64
}

/// The share of `part`'s words found in `whole`.
fn inside(part: &Unit, whole: &Unit) -> f64 {
    if part.words.is_empty() {
        return 0.0;
    }
    shared(&part.words, &whole.words) as f64 / part.words.len() as f64
}

fn align_level(olds: &[&Unit], news: &[&Unit]) -> Vec<Link> {
    let (n, m) = (olds.len(), news.len());
    let sim: Vec<Vec<f64>> = olds
        .iter()
        .map(|o| news.iter().map(|u| similarity(o, u)).collect())
        .collect();
    // Order-keeping alignment: maximise the sum over matched pairs of (similarity - SAME_UNIT).
    let mut score = vec![vec![0.0f64; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            let skip = score[i + 1][j].max(score[i][j + 1]);
            let pair = if sim[i][j] >= SAME_UNIT {
                sim[i][j] - SAME_UNIT + score[i + 1][j + 1]
            } else {
                f64::NEG_INFINITY
            };
            score[i][j] = skip.max(pair);
        }
    }
    let mut old_to: Vec<Option<usize>> = vec![None; n];
    let mut new_from: Vec<Option<usize>> = vec![None; m];
    let (mut i, mut j) = (0, 0);
    while i < n && j < m {
        if sim[i][j] >= SAME_UNIT && score[i][j] == sim[i][j] - SAME_UNIT + score[i + 1][j + 1] {
            old_to[i] = Some(j);
            new_from[j] = Some(i);
            i += 1;
            j += 1;
        } else if score[i][j] == score[i + 1][j] {
            i += 1;
        } else {
            j += 1;
        }
    }
    // Moves: what the ordered alignment left, best pairs first.
    let mut candidates: Vec<(f64, usize, usize)> = (0..n)
        .filter(|i| old_to[*i].is_none())
        .flat_map(|i| {
            let sim = &sim;
            (0..m)
                .filter(|j| new_from[*j].is_none())
                .map(move |j| (sim[i][j], i, j))
        })
        .filter(|(s, _, _)| *s >= SAME_UNIT)
        .collect();
    candidates.sort_by(|a, b| b.0.total_cmp(&a.0));
    for (_, i, j) in candidates {
        if old_to[i].is_none() && new_from[j].is_none() {
            old_to[i] = Some(j);
            new_from[j] = Some(i);
        }
    }

    let mut links = Vec::new();
    for (i, old) in olds.iter().enumerate() {
        let Some(j) = old_to[i] else { continue };
        let new = news[j];
        let s = sim[i][j];
        let same_text = old.text.trim() == new.text.trim();
        let kind = match (same_text, old.address == new.address) {
            (true, true) => LinkKind::Unchanged,
            (true, false) => LinkKind::Moved,
            (false, _) if s >= 0.95 && old.address != new.address => LinkKind::Moved,
            (false, _) => LinkKind::Amended,
        };
        let runner_up = (0..m)
            .filter(|k| *k != j)
            .map(|k| sim[i][k])
            .chain((0..n).filter(|k| *k != i).map(|k| sim[k][j]))
            .fold(0.0f64, f64::max);
        links.push(Link {
            from: Some(old.address.clone()),
            to: Some(new.address.clone()),
            kind,
            similarity: s,
            doubtful: s < SURE || (!same_text && s - runner_up < CLOSE_CALL),
        });
    }
    // Merges: an old unit left over whose words lie inside a matched (or any) new unit.
    for (i, old) in olds.iter().enumerate() {
        if old_to[i].is_some() {
            continue;
        }
        let best = (0..m)
            .map(|j| (inside(old, news[j]), j))
            .max_by(|a, b| a.0.total_cmp(&b.0));
        match best {
            Some((share, j)) if share >= INSIDE => {
                links.push(Link {
                    from: Some(old.address.clone()),
                    to: Some(news[j].address.clone()),
                    kind: LinkKind::Merged,
                    similarity: sim[i][j],
                    doubtful: true,
                });
                // The new unit's own link becomes part of the merge too.
                for link in links.iter_mut() {
                    if link.to.as_ref() == Some(&news[j].address) && link.kind != LinkKind::Merged {
                        link.kind = LinkKind::Merged;
                        link.doubtful = true;
                    }
                }
            }
            _ => links.push(Link {
                from: Some(old.address.clone()),
                to: None,
                kind: LinkKind::Deleted,
                similarity: 0.0,
                doubtful: (0..m).any(|j| sim[i][j] >= SAME_UNIT / 2.0),
            }),
        }
    }
    // Splits: a new unit left over whose words lie inside an old unit.
    for (j, new) in news.iter().enumerate() {
        if new_from[j].is_some() {
            continue;
        }
        let best = (0..n)
            .map(|i| (inside(new, olds[i]), i))
            .max_by(|a, b| a.0.total_cmp(&b.0));
        match best {
            Some((share, i)) if share >= INSIDE => {
                links.push(Link {
                    from: Some(olds[i].address.clone()),
                    to: Some(new.address.clone()),
                    kind: LinkKind::Split,
                    similarity: sim[i][j],
                    doubtful: true,
                });
                for link in links.iter_mut() {
                    if link.from.as_ref() == Some(&olds[i].address) && link.kind != LinkKind::Split
                    {
                        link.kind = LinkKind::Split;
                        link.doubtful = true;
                    }
                }
            }
            _ => links.push(Link {
                from: None,
                to: Some(new.address.clone()),
                kind: LinkKind::New,
                similarity: 0.0,
                doubtful: (0..n).any(|i| sim[i][j] >= SAME_UNIT / 2.0),
            }),
        }
    }
    links
}

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, BTreeSet};

    use super::*;
    use crate::document::import::{DraftFacts, Format, read};
    use crate::document::testing::{document_from, draft_2017};

    const REVISED: &str = include_str!("../../tests/fixtures/lineage/revised-draft.json");
    const TRUTH: &str = include_str!("../../tests/fixtures/lineage/truth.json");

    fn revised() -> Document {
        let reading = read(REVISED.as_bytes(), Format::Json, &DraftFacts::default()).unwrap();
        document_from(&reading.draft)
    }

    /// Each unit's counterparts, "old:…" and "new:…" apart.
    fn counterparts(
        links: &[(Option<String>, Option<String>)],
    ) -> BTreeMap<String, BTreeSet<String>> {
        let mut map: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for (from, to) in links {
            if let Some(from) = from {
                let entry = map.entry(format!("old {from}")).or_default();
                if let Some(to) = to {
                    entry.insert(to.clone());
                }
            }
            if let Some(to) = to {
                let entry = map.entry(format!("new {to}")).or_default();
                if let Some(from) = from {
                    entry.insert(from.clone());
                }
            }
        }
        map
    }

    #[test]
    fn the_proposal_finds_the_true_lineage_of_a_revision_and_flags_what_it_misses() {
        let (old, new) = (draft_2017(), revised());
        let proposal = propose(&old, &new);
        let truth: serde_json::Value = serde_json::from_str(TRUTH).unwrap();
        let true_links: Vec<(Option<String>, Option<String>)> = truth["links"]
            .as_array()
            .unwrap()
            .iter()
            .map(|l| {
                (
                    l[0].as_str().map(str::to_string),
                    l[1].as_str().map(str::to_string),
                )
            })
            .collect();
        let proposed_links: Vec<(Option<String>, Option<String>)> = proposal
            .iter()
            .map(|l| {
                (
                    l.from.as_ref().map(|a| a.to_string()),
                    l.to.as_ref().map(|a| a.to_string()),
                )
            })
            .collect();
        let expected = counterparts(&true_links);
        let found = counterparts(&proposed_links);
        // Every unit of both versions is in the truth and in the proposal.
        let units = old
            .articles
            .iter()
            .map(|a| a.references().len())
            .sum::<usize>()
            + new
                .articles
                .iter()
                .map(|a| a.references().len())
                .sum::<usize>();
        assert_eq!(expected.len(), units, "the truth covers every unit");
        assert_eq!(found.len(), units, "the proposal covers every unit");
        let wrong: Vec<&String> = expected
            .keys()
            .filter(|u| expected.get(*u) != found.get(*u))
            .collect();
        let share = 1.0 - wrong.len() as f64 / units as f64;
        eprintln!(
            "lineage: {} of {units} units right ({:.1}%); wrong: {wrong:?}",
            units - wrong.len(),
            share * 100.0
        );
        assert!(share >= 0.95, "only {:.1}% right: {wrong:?}", share * 100.0);
        // Every unit the proposal gets wrong is flagged for review.
        for unit in wrong {
            let (side, address) = unit.split_once(' ').unwrap();
            let flagged = proposal.iter().any(|l| {
                let end = if side == "old" { &l.from } else { &l.to };
                l.doubtful && end.as_ref().is_some_and(|a| a.to_string() == address)
            });
            assert!(flagged, "{unit} is wrong and not flagged");
        }
    }

    #[test]
    fn each_kind_of_change_is_named() {
        let proposal = propose(&draft_2017(), &revised());
        let kind_of = |from: Option<&str>, to: Option<&str>| {
            proposal
                .iter()
                .find(|l| {
                    l.from.as_ref().map(|a| a.to_string()).as_deref() == from
                        && l.to.as_ref().map(|a| a.to_string()).as_deref() == to
                })
                .map(|l| l.kind)
        };
        assert_eq!(kind_of(Some("4"), Some("4")), Some(LinkKind::Unchanged));
        assert_eq!(kind_of(Some("10"), Some("9")), Some(LinkKind::Moved));
        assert_eq!(kind_of(Some("1:2"), Some("1:2")), Some(LinkKind::Amended));
        assert_eq!(
            kind_of(Some("1:3(a)"), Some("1:3(b)")),
            Some(LinkKind::Moved)
        );
        assert_eq!(kind_of(Some("8:2"), Some("7:5")), Some(LinkKind::Moved));
        assert_eq!(kind_of(Some("3"), Some("2")), Some(LinkKind::Merged));
        assert_eq!(kind_of(Some("6:2"), Some("6:3")), Some(LinkKind::Split));
        assert_eq!(kind_of(None, Some("3")), Some(LinkKind::New));
        assert_eq!(kind_of(Some("7:3"), None), Some(LinkKind::Deleted));
    }

    #[test]
    fn an_unchanged_draft_is_unchanged_throughout_and_sure() {
        let (old, new) = (draft_2017(), draft_2017());
        let proposal = propose(&old, &new);
        assert!(
            proposal
                .iter()
                .all(|l| l.kind == LinkKind::Unchanged && !l.doubtful),
            "{proposal:?}"
        );
    }
}
