//! The review page's content, built from what the database returned by pure functions, so
//! each rule of the page (grouping, highlighting, edits, paging, counts, filters) is tested
//! here without a server.

use super::decision::DecisionField;
use super::disposition::Disposition;
use super::filter::{Filter, FilterQuery};
use super::highlight::{self, Segments};
use super::repo::{Matching, ReviewItem};
use crate::diff::{Change, compare_proposal, word_diff};
use crate::document::{Article, ArticleId};
use crate::feedback::vocabulary::Vocabulary;
use crate::feedback::{CommentType, FeedbackInput, Revision, Stance};
use crate::i18n::{Message, Tr};

pub const PAGE_SIZE: i64 = 50;
/// How far a search or a rare filter is counted exactly; beyond it the page says "more than".
pub const COUNT_LIMIT: i64 = 1_000;
/// Comments longer than this are folded after their opening, so one long comment does not
/// push the rest of the page out of reach.
pub const FOLD_AFTER_CHARS: usize = 1_200;
/// How much of a folded comment shows.
const PREVIEW_CHARS: usize = 500;

/// The opening of `text` when it is long enough to fold, cut at a word boundary.
pub fn preview_of(text: &str) -> Option<String> {
    if text.chars().count() <= FOLD_AFTER_CHARS {
        return None;
    }
    let cut: String = text.chars().take(PREVIEW_CHARS).collect();
    let at_word = cut
        .rfind(char::is_whitespace)
        .filter(|i| *i > PREVIEW_CHARS / 2)
        .map_or(cut.as_str(), |i| &cut[..i]);
    Some(format!("{}…", at_word.trim_end()))
}

/// The first row of page `page`, or `None` for a page that cannot exist. Checked: a page
/// number from the address bar may be anything an i64 holds.
pub fn offset_of(page: i64) -> Option<i64> {
    page.checked_sub(1)
        .filter(|n| *n >= 0)
        .and_then(|n| n.checked_mul(PAGE_SIZE))
}

/// Text with the words that matched a search marked.
pub struct Highlighted(Segments);

impl Highlighted {
    pub fn plain(text: &str) -> Self {
        Self(vec![(text.to_string(), false)])
    }

    pub fn segments(&self) -> &[(String, bool)] {
        &self.0
    }
}

pub struct ItemView {
    pub item: ReviewItem,
    pub stance: String,
    pub comment_type: String,
    pub themes: Vec<String>,
    /// The stakeholder category's name in the page's language.
    pub category: String,
    pub comment: Highlighted,
    /// The opening of a long comment, shown before the whole of it is unfolded.
    pub preview: Option<String>,
    pub proposal_matches: Option<Highlighted>,
    pub proposal_diff: Vec<Change>,
    /// The disposition form's values: what was just sent if it was refused, else what is stored.
    pub draft_disposition: Disposition,
    pub draft_note: String,
    /// The place addressed as the form shows it: "Art. 4(2)", or what was typed if refused.
    pub draft_addressed: String,
    /// Why the disposition form was refused, and the field at fault.
    pub errors: Vec<(DecisionField, String)>,
    /// Why hiding the item was refused (no reason chosen).
    pub hide_error: Option<String>,
    /// The thematic areas it is in: (area, title).
    pub areas: Vec<(i64, String)>,
    /// The author's edits, oldest first: what each one changed.
    pub edits: Vec<EditView>,
    /// Where an item carried from an earlier version was written ("Written on Article 5,
    /// paragraph 2 of A/HRC/…, Suva"); `None` for an item on this version.
    pub origin: Option<String>,
    /// "This text and 4,210 identical or near-identical copies, from 3 consultations".
    pub copies: Option<String>,
    /// Where an item an organiser recorded came from: "Statement in a meeting by Fiji,
    /// Panel 2, 19 November 2015 · recorded by ines"; `None` for a participant's own.
    pub provenance: Option<String>,
    /// The page's listing of its text group, when it has copies (see [`link_copies`]).
    pub group_link: String,
}

impl ItemView {
    /// Whether the item says who sent it: always for a participant's own (a missing name is
    /// said), for a recorded item only when it names someone beyond its speaker.
    pub fn shows_author(&self) -> bool {
        let input = &self.item.input;
        self.provenance.is_none()
            || !(input.name.is_empty()
                && input.organisation.is_empty()
                && input.country.is_empty()
                && input.stakeholder_category.is_empty()
                && input.email.is_empty())
    }

    /// Why the disposition form was refused, when its field named `field` is at fault.
    pub fn error_for(&self, field: &str) -> Option<&str> {
        (self.errors.iter())
            .find(|(at, _)| at.key() == field)
            .map(|(_, message)| message.as_str())
    }
}

/// An item written on an earlier version, as the page shows it in this one.
pub struct Carried {
    /// The reference of this article it is shown under: where its unit is now.
    pub place: String,
    /// Where it was written, in words.
    pub origin: String,
    /// The text it was written on, which its proposal is compared with.
    pub text: String,
    /// The article it was written on, for its edits' labels.
    pub article: ArticleId,
}

/// One edit of an item by its author, as the differences it made.
pub struct EditView {
    pub at: String,
    pub paragraph: Option<(String, String)>,
    pub stance: Option<(String, String)>,
    pub comment_type: Option<(String, String)>,
    pub themes: Option<(String, String)>,
    pub comment: Vec<Change>,
    pub proposal: Vec<Change>,
}

impl EditView {
    /// Whether the edit changed anything shown; an edit of personal details alone did not
    /// (those are not kept in revisions, so `consult forget` leaves no copy).
    fn changed_anything(&self) -> bool {
        self.paragraph.is_some()
            || self.stance.is_some()
            || self.comment_type.is_some()
            || self.themes.is_some()
            || !self.comment.is_empty()
            || !self.proposal.is_empty()
    }
}

/// What each edit changed: every revision against the version that replaced it, the last
/// against what the item says now.
pub fn edits_of(
    tr: &Tr,
    vocabulary: &Vocabulary,
    article: ArticleId,
    revisions: &[Revision],
    now: &FeedbackInput,
) -> Vec<EditView> {
    let changed = |before: &str, after: &str| {
        if before == after {
            Vec::new()
        } else {
            word_diff(before, after)
        }
    };
    let themes = |keys: &[String]| -> (Vec<String>, String) {
        let mut sorted = keys.to_vec();
        sorted.sort();
        let labels: Vec<String> = sorted
            .iter()
            .map(|k| vocabulary.theme_label(tr, k))
            .collect();
        let shown = if labels.is_empty() {
            tr.t("none")
        } else {
            tr.list(&labels)
        };
        (sorted, shown)
    };
    revisions
        .iter()
        .enumerate()
        .map(|(n, before)| {
            let after = match revisions.get(n + 1) {
                Some(after) => (
                    &after.reference,
                    after.stance,
                    after.comment_type,
                    &after.themes,
                    &after.comment,
                    &after.proposed_text,
                ),
                None => (
                    &now.reference,
                    now.stance,
                    now.comment_type,
                    &now.themes,
                    &now.comment,
                    &now.proposed_text,
                ),
            };
            let (reference, stance, comment_type, after_themes, comment, proposal) = after;
            let (themes_before, themes_after) = (themes(&before.themes), themes(after_themes));
            EditView {
                at: tr.timestamp(&before.replaced_at),
                paragraph: (before.reference != *reference).then(|| {
                    (
                        tr.reference_label(article, &before.reference),
                        tr.reference_label(article, reference),
                    )
                }),
                stance: (before.stance != stance)
                    .then(|| (tr.stance(before.stance), tr.stance(stance))),
                comment_type: (before.comment_type != comment_type).then(|| {
                    (
                        tr.comment_type(before.comment_type),
                        tr.comment_type(comment_type),
                    )
                }),
                themes: (themes_before.0 != themes_after.0)
                    .then_some((themes_before.1, themes_after.1)),
                comment: changed(&before.comment, comment),
                proposal: changed(&before.proposed_text, proposal),
            }
        })
        .filter(EditView::changed_anything)
        .collect()
}

pub struct Group {
    /// The unit of the article its items are on (or carried to).
    pub reference: String,
    pub label: String,
    pub text: String,
    pub items: Vec<ItemView>,
}

/// Where a recorded item came from, in words; `None` for a participant's own submission.
pub fn provenance_line(
    tr: &Tr,
    provenance: &crate::feedback::provenance::Provenance,
    (file, sha256): &(String, String),
) -> Option<String> {
    use crate::feedback::provenance::Channel;
    if provenance.channel == Channel::Online {
        return None;
    }
    let mut parts = vec![tr.channel(provenance.channel.key())];
    if !provenance.speaker.is_empty() {
        parts.push(tr.t_text("provenance-by", "speaker", &provenance.speaker));
    }
    // A breakout group's point names the group as speaker and as session: once is enough.
    if !provenance.session.is_empty() && provenance.session != provenance.speaker {
        parts.push(provenance.session.clone());
    }
    if !provenance.made_on.is_empty() {
        parts.push(tr.t_text("provenance-made-on", "day", tr.day(&provenance.made_on)));
    }
    if !provenance.source_reference.is_empty() {
        parts.push(tr.t_text("provenance-source", "source", &provenance.source_reference));
    }
    if file.is_empty() {
        if !provenance.recorded_by.is_empty() {
            parts.push(tr.t_text("provenance-recorded-by", "name", &provenance.recorded_by));
        }
    } else {
        let short: String = sha256.chars().take(12).collect();
        parts.push(
            tr.message(
                &crate::i18n::Message::new("provenance-imported")
                    .with_text("name", &provenance.recorded_by)
                    .with_text("file", file)
                    .with_text("sha256", short),
            ),
        );
    }
    Some(parts.join(" · "))
}

/// Points each item that has copies at `path` listing its text group alone, in the process
/// and version of `filter`.
pub fn link_copies(groups: &mut [Group], path: &str, filter: &Filter) {
    for view in groups.iter_mut().flat_map(|g| g.items.iter_mut()) {
        if let Some(copies) = &view.item.copies {
            let only = Filter {
                process: filter.process.clone(),
                version: filter.version.clone(),
                group: Some(copies.group),
                ..Filter::default()
            };
            view.group_link = format!("{path}?{}", only.query_string(&[]));
        }
    }
}

/// A form of the review page that was refused, shown again with its message beside it.
pub enum PageRefusal {
    /// An item's disposition, with what was sent.
    Disposition(Refused),
    /// Hiding item `id` without saying why.
    Hide { id: i64, message: String },
    /// Assigning to a thematic area with no item ticked: the area chosen comes back chosen.
    Assign { area: Option<i64>, message: String },
}

/// A refused disposition, shown again beside its item.
pub struct Refused {
    pub id: i64,
    pub disposition: Disposition,
    pub note: String,
    pub addressed: String,
    /// Each field at fault with its message, in the reader's language.
    pub problems: Vec<(DecisionField, String)>,
}

/// The page's items grouped by the paragraph they comment on, in the order given, each with
/// its labels, its search marks, its proposal compared with the text, its edits, and the
/// disposition form's values (what was refused, for the refused item). Items `carried` from
/// earlier versions are grouped where their unit is now, and compared with what they read.
#[allow(clippy::too_many_arguments)]
pub fn group_items(
    tr: &Tr,
    vocabulary: &Vocabulary,
    article: &Article,
    items: Vec<ReviewItem>,
    carried: &std::collections::HashMap<i64, Carried>,
    revisions: &[(i64, Revision)],
    search_terms: Option<&highlight::Terms>,
    refused: Option<&PageRefusal>,
) -> Vec<Group> {
    let disposition_refused = match refused {
        Some(PageRefusal::Disposition(refused)) => Some(refused),
        _ => None,
    };
    let mut groups: Vec<Group> = Vec::new();
    for item in items {
        let carried = carried.get(&item.id);
        let place = carried.map_or(item.input.reference.clone(), |c| c.place.clone());
        let (comment, proposal_matches) = match search_terms {
            Some(terms) => (
                Highlighted(highlight::mark(&item.input.comment, terms)),
                (!item.input.proposed_text.is_empty())
                    .then(|| Highlighted(highlight::mark(&item.input.proposed_text, terms))),
            ),
            None => (Highlighted::plain(&item.input.comment), None),
        };
        let current = article.text_of(&place);
        let proposal_diff = if item.input.proposed_text.is_empty() {
            Vec::new()
        } else {
            let answered = carried.map_or(&current, |c| &c.text);
            compare_proposal(answered, &item.input.proposed_text)
        };
        let (draft_disposition, draft_note, draft_addressed, errors) = match disposition_refused {
            Some(r) if r.id == item.id => (
                r.disposition,
                r.note.clone(),
                r.addressed.clone(),
                r.problems.clone(),
            ),
            _ => (
                item.disposition,
                item.disposition_note.clone(),
                item.addressed
                    .as_ref()
                    .map(|(_, unit)| crate::document::clause(unit.article, &unit.reference))
                    .unwrap_or_default(),
                Vec::new(),
            ),
        };
        let own_revisions: Vec<Revision> = revisions
            .iter()
            .filter(|(id, _)| *id == item.id)
            .map(|(_, r)| r.clone())
            .collect();
        let view = ItemView {
            preview: preview_of(&item.input.comment),
            edits: edits_of(
                tr,
                vocabulary,
                carried.map_or(article.id, |c| c.article),
                &own_revisions,
                &item.input,
            ),
            origin: carried.map(|c| c.origin.clone()),
            copies: item.copies.as_ref().map(|c| {
                tr.message(
                    &crate::i18n::Message::new("review-copies")
                        .with("count", c.size - 1)
                        .with("consultations", c.consultations),
                )
            }),
            group_link: String::new(),
            provenance: provenance_line(tr, &item.provenance, &item.imported_from),
            stance: tr.stance(item.input.stance),
            comment_type: tr.comment_type(item.input.comment_type),
            themes: item
                .input
                .themes
                .iter()
                .map(|t| vocabulary.theme_label(tr, t))
                .collect(),
            category: vocabulary.category_label(tr, &item.input.stakeholder_category),
            comment,
            proposal_matches,
            proposal_diff,
            draft_disposition,
            draft_note,
            draft_addressed,
            errors,
            areas: Vec::new(),
            hide_error: match refused {
                Some(PageRefusal::Hide { id, message }) if *id == item.id => Some(message.clone()),
                _ => None,
            },
            item,
        };
        match groups.last_mut() {
            Some(group) if group.reference == place => group.items.push(view),
            _ => groups.push(Group {
                label: tr.reference_label(article.id, &place),
                text: current,
                reference: place,
                items: vec![view],
            }),
        }
    }
    groups
}

/// Every unit of `draft` as the "addressed in" field offers it: (as typed, in words).
pub fn unit_choices(tr: &Tr, draft: &crate::document::Document) -> Vec<(String, String)> {
    draft
        .articles
        .iter()
        .flat_map(|article| {
            article.references().into_iter().map(move |reference| {
                (
                    crate::document::clause(article.id, reference),
                    tr.unit_label(article.id, reference),
                )
            })
        })
        .collect()
}

/// The links around a page of results.
#[derive(Debug, PartialEq)]
pub struct Paging {
    /// Nearby pages, the first and the last; `None` where numbers are left out.
    pub pages: Vec<Option<(i64, String)>>,
    pub previous: Option<String>,
    pub next: Option<String>,
    /// This very page, for the forms on it to come back to.
    pub here: String,
}

/// The paging of page `page` of `matching` results at `path`, keeping the filter in each link.
pub fn paging(path: &str, filter: &Filter, page: i64, matching: Matching) -> Paging {
    let link = |n: i64| {
        let mut pairs = filter.pairs();
        pairs.push(("page", n.to_string()));
        format!(
            "{path}?{}",
            serde_html_form::to_string(&pairs).unwrap_or_default()
        )
    };
    let count = (matching.at_least().max(1) - 1) / PAGE_SIZE + 1;
    let more = matches!(matching, Matching::MoreThan(_));
    Paging {
        pages: page_window(page, count, more)
            .into_iter()
            .map(|n| n.map(|n| (n, link(n))))
            .collect(),
        previous: (page > 1).then(|| link(page - 1)),
        next: (page < count || more).then(|| link(page + 1)),
        here: if page > 1 {
            link(page)
        } else {
            format!("{path}?{}", filter.query_string(&[]))
        },
    }
}

/// "Items 51–60 of 60 matching, out of 120 on Article 4", or how many more than the limit.
pub fn result_count(
    tr: &Tr,
    matching: Matching,
    offset: i64,
    shown: i64,
    total: i64,
    article: ArticleId,
) -> String {
    let message = match matching {
        _ if shown == 0 => Message::new("review-count-none"),
        Matching::Exact(n) => Message::new("review-count").with("matching", n),
        Matching::MoreThan(n) => Message::new("review-count-more").with("matching", n),
    }
    .with("first", offset + 1)
    .with("last", offset + shown)
    .with("total", total)
    .with_text("article", tr.article_in_sentence(article));
    tr.message(&message)
}

/// Every export in every format, with the page's filters and its article: (name, address).
pub fn export_links(filter: &Filter, article: ArticleId) -> Vec<(String, String)> {
    use crate::tallies::{ExportFile, ExportFormat};
    let query = filter.query_string(&[("article", article.to_string())]);
    ExportFile::ALL
        .iter()
        .flat_map(|f| ExportFormat::ALL.map(|format| f.name_in(format)))
        .map(|name| {
            let path = crate::paths::export(&name);
            (name, format!("{path}?{query}"))
        })
        .collect()
}

/// One of the filter form's lists.
pub struct FilterSelect {
    pub id: &'static str,
    pub name: &'static str,
    pub label: String,
    /// Value, label, and whether it is the one chosen.
    pub options: Vec<(String, String, bool)>,
}

/// The filter form's lists, in their order, each with "all" first and the query's choice
/// selected; the choice of versions when the version has `earlier` ones.
pub fn filter_selects(
    tr: &Tr,
    query: &FilterQuery,
    consultations: &[(String, String)],
    vocabulary: &Vocabulary,
    earlier: bool,
) -> Vec<FilterSelect> {
    let select =
        |id, name, label: &str, chosen: &str, options: Vec<(String, String)>| FilterSelect {
            id,
            name,
            label: tr.t(label),
            options: options
                .into_iter()
                .map(|(value, text)| {
                    let selected = value == chosen;
                    (value, text, selected)
                })
                .collect(),
        };
    let versions = earlier.then(|| {
        select(
            "filter-versions",
            "versions",
            "filter-versions",
            &query.versions,
            vec![("this".to_string(), tr.t("filter-versions-this"))],
        )
    });
    let lists = vec![
        select(
            "filter-consultation",
            "consultation",
            "column-consultation",
            &query.consultation,
            consultations.to_vec(),
        ),
        select(
            "filter-stance",
            "stance",
            "fact-position",
            &query.stance,
            Stance::ALL
                .iter()
                .map(|s| (s.key().to_string(), tr.stance(*s)))
                .collect(),
        ),
        select(
            "filter-category",
            "stakeholder_category",
            "fact-category",
            &query.stakeholder_category,
            vocabulary
                .categories
                .iter()
                .map(|c| (c.key.clone(), vocabulary.category_label(tr, &c.key)))
                .collect(),
        ),
        select(
            "filter-theme",
            "theme",
            "filter-theme",
            &query.theme,
            vocabulary
                .themes
                .iter()
                .map(|t| (t.key.clone(), vocabulary.theme_label(tr, &t.key)))
                .collect(),
        ),
        select(
            "filter-type",
            "comment_type",
            "fact-comment-type",
            &query.comment_type,
            CommentType::ALL
                .iter()
                .map(|c| (c.key().to_string(), tr.comment_type(*c)))
                .collect(),
        ),
        select(
            "filter-disposition",
            "disposition",
            "review-disposition",
            &query.disposition,
            Disposition::ALL
                .iter()
                .map(|d| (d.key().to_string(), tr.disposition(d.key())))
                .collect(),
        ),
    ];
    let channels = select(
        "filter-channel",
        "channel",
        "field-channel",
        &query.channel,
        crate::feedback::provenance::Channel::ALL
            .iter()
            .map(|c| (c.key().to_string(), tr.channel(c.key())))
            .collect(),
    );
    let copies = select(
        "filter-copies",
        "copies",
        "filter-copies",
        &query.copies,
        vec![("one".to_string(), tr.t("filter-copies-one"))],
    );
    versions
        .into_iter()
        .chain(lists)
        .chain([channels, copies])
        .collect()
}

/// The page numbers to link from page `current` of `count`: the first, the last and two either
/// side of the current one, with `None` for each run left out (and after the last when there
/// are `more` pages than were counted). An article with 300,000 items has
/// 6,000 pages; linking every one made its review page weigh 490 KB.
fn page_window(current: i64, count: i64, more: bool) -> Vec<Option<i64>> {
    let mut wanted = vec![1, count];
    wanted.extend((current - 2..=current + 2).filter(|n| (1..=count).contains(n)));
    wanted.sort_unstable();
    wanted.dedup();
    let mut shown = Vec::new();
    let mut previous = 0;
    for n in wanted {
        match n - previous {
            1 => {}
            // A gap of one page shows that page rather than an ellipsis standing for it.
            2 => shown.push(Some(n - 1)),
            _ => shown.push(None),
        }
        shown.push(Some(n));
        previous = n;
    }
    if more {
        shown.push(None);
    }
    shown
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_links_are_the_ends_and_the_neighbourhood() {
        let shown = |current, count| -> String {
            page_window(current, count, false)
                .iter()
                .map(|n| n.map_or("…".to_string(), |n| n.to_string()))
                .collect::<Vec<_>>()
                .join(" ")
        };
        assert_eq!(shown(1, 1), "1");
        assert_eq!(shown(1, 5), "1 2 3 4 5");
        assert_eq!(shown(1, 6250), "1 2 3 … 6250");
        assert_eq!(shown(300, 6250), "1 … 298 299 300 301 302 … 6250");
        assert_eq!(shown(4, 9), "1 2 3 4 5 6 … 9");
        assert_eq!(shown(5, 9), "1 2 3 4 5 6 7 8 9");
        let counted_so_far = page_window(20, 21, true);
        assert_eq!(
            counted_so_far.last(),
            Some(&None),
            "more pages than counted"
        );
        assert_eq!(shown(6250, 6250), "1 … 6248 6249 6250");
        assert_eq!(shown(6, 9), "1 … 4 5 6 7 8 9");
    }

    use crate::document::testing::article_4;
    use crate::feedback::{CommentType, Stance};
    use crate::i18n::Lang;

    fn input(reference: &str, stance: Stance, comment: &str, proposal: &str) -> FeedbackInput {
        FeedbackInput {
            reference: reference.into(),
            stance,
            comment_type: CommentType::Drafting,
            themes: vec![],
            comment: comment.into(),
            proposed_text: proposal.into(),
            name: String::new(),
            organisation: String::new(),
            country: String::new(),
            stakeholder_category: String::new(),
            email: String::new(),
            publish_name: false,
        }
    }

    fn item(id: i64, input: FeedbackInput) -> ReviewItem {
        ReviewItem {
            id,
            document_id: 1,
            consultation_slug: "suva-2015".into(),
            consultation_city: "Suva".into(),
            article: "4".parse().unwrap(),
            input,
            created_at: "2026-11-22T19:04:00Z".into(),
            hidden: false,
            moderation_reason: String::new(),
            disposition: Disposition::Pending,
            disposition_note: String::new(),
            disposition_by: String::new(),
            disposition_at: String::new(),
            addressed: None,
            key: false,
            copies: None,
            provenance: crate::feedback::provenance::Provenance::online("en"),
            imported_from: Default::default(),
            support: None,
        }
    }

    fn revision(stance: Stance, comment: &str) -> Revision {
        Revision {
            replaced_at: "2026-11-23T10:00:00Z".into(),
            reference: "2".into(),
            stance,
            comment_type: CommentType::Drafting,
            themes: vec![],
            comment: comment.into(),
            proposed_text: String::new(),
        }
    }

    #[test]
    fn a_page_that_cannot_exist_has_no_offset() {
        for (page, offset) in [(1, Some(0)), (3, Some(100)), (0, None), (-1, None)] {
            assert_eq!(offset_of(page), offset, "page {page}");
        }
        assert_eq!(offset_of(i64::MAX), None);
        assert_eq!(offset_of(i64::MIN), None);
    }

    #[test]
    fn items_are_grouped_by_paragraph_with_marks_diffs_and_the_refused_form() {
        let tr = Tr::new(Lang::En, "/");
        let article = article_4();
        let items = vec![
            item(1, input("1", Stance::Support, "Solidarity matters", "")),
            item(
                2,
                input(
                    "2",
                    Stance::Amend,
                    "Name peoples",
                    "Peoples have the right.",
                ),
            ),
            item(3, input("2", Stance::Oppose, "No solidarity here", "")),
            item(
                4,
                input(
                    "9",
                    Stance::Amend,
                    "On the old text",
                    "the older wording, kept",
                ),
            ),
        ];
        let carried = std::collections::HashMap::from([(
            4,
            Carried {
                place: "2".into(),
                origin: "Written on Article 5, paragraph 9 of the proposed draft (Suva)".into(),
                text: "the older wording".into(),
                article: "5".parse().unwrap(),
            },
        )]);
        let refused = PageRefusal::Disposition(Refused {
            id: 3,
            disposition: Disposition::Noted,
            note: "typed".into(),
            addressed: "Art. 44".into(),
            problems: vec![(DecisionField::Note, "Give the rationale".into())],
        });
        let terms = highlight::terms(
            &crate::review::SearchQuery::parse("solidarity")
                .unwrap()
                .terms,
        );
        let groups = group_items(
            &tr,
            &Vocabulary::shipped(),
            &article,
            items,
            &carried,
            &[],
            Some(&terms),
            Some(&refused),
        );
        let shape: Vec<(String, Vec<i64>)> = groups
            .iter()
            .map(|g| (g.label.clone(), g.items.iter().map(|v| v.item.id).collect()))
            .collect();
        assert_eq!(
            shape,
            [
                ("Paragraph 1".to_string(), vec![1]),
                ("Paragraph 2".to_string(), vec![2, 3, 4])
            ]
        );
        // A carried item sits where its unit is now, says where it was written, and its
        // proposal is compared with the text it answered.
        let carried_view = &groups[1].items[2];
        assert_eq!(
            carried_view.origin.as_deref(),
            Some("Written on Article 5, paragraph 9 of the proposed draft (Suva)")
        );
        assert!(groups[1].items[0].origin.is_none());
        assert_eq!(
            carried_view.proposal_diff,
            word_diff("the older wording", "the older wording, kept")
        );
        assert_eq!(groups[1].text, article.text_of("2"));
        let marked: Vec<&str> = groups[0].items[0]
            .comment
            .segments()
            .iter()
            .filter(|(_, hit)| *hit)
            .map(|(text, _)| text.as_str())
            .collect();
        assert_eq!(marked, ["Solidarity"]);
        assert!(
            groups[1].items[0]
                .proposal_diff
                .iter()
                .any(|c| matches!(c, Change::Inserted(_)))
        );
        let (second, third) = (&groups[1].items[0], &groups[1].items[1]);
        assert_eq!(
            (second.draft_disposition, second.error_for("note")),
            (Disposition::Pending, None)
        );
        assert_eq!(third.draft_disposition, Disposition::Noted);
        assert_eq!(
            (third.draft_note.as_str(), third.error_for("note")),
            ("typed", Some("Give the rationale"))
        );
    }

    #[test]
    fn each_edit_is_compared_with_the_version_that_replaced_it() {
        let tr = Tr::new(Lang::En, "/");
        let revisions = [
            revision(Stance::Support, "Name peoples"),
            revision(Stance::Support, "Name peoples and communities"),
        ];
        let now = input("2", Stance::Oppose, "Name peoples and communities", "");
        let edits = edits_of(
            &tr,
            &Vocabulary::shipped(),
            "4".parse().unwrap(),
            &revisions,
            &now,
        );
        assert_eq!(edits.len(), 2);
        assert_eq!(edits[0].stance, None);
        assert!(
            matches!(edits[0].comment.as_slice(), [Change::Same(_), Change::Inserted(added)] if added.contains("communities"))
        );
        assert_eq!(
            edits[1].stance,
            Some((
                "Support as drafted".to_string(),
                "Oppose / delete".to_string()
            ))
        );
        assert!(edits[1].comment.is_empty(), "the comment did not change");
        assert_eq!(edits[1].paragraph, None);

        let mut themed = input("2", Stance::Support, "Name peoples", "");
        themed.themes = vec!["drafting".into()];
        let unchanged = revision(Stance::Support, "Name peoples");
        let only_themes = edits_of(
            &tr,
            &Vocabulary::shipped(),
            "4".parse().unwrap(),
            std::slice::from_ref(&unchanged),
            &themed,
        );
        assert_eq!(only_themes.len(), 1);
        assert_eq!(
            only_themes[0].themes.as_ref().map(|t| t.0.as_str()),
            Some("None")
        );
        let same = input("2", Stance::Support, "Name peoples", "");
        assert!(
            edits_of(
                &tr,
                &Vocabulary::shipped(),
                "4".parse().unwrap(),
                &[unchanged],
                &same
            )
            .is_empty(),
            "an edit of personal details alone shows nothing"
        );
        let rewritten = input("2", Stance::Support, "Entirely other words here", "");
        let rewrite = edits_of(
            &tr,
            &Vocabulary::shipped(),
            "4".parse().unwrap(),
            &[revision(Stance::Support, "Name peoples")],
            &rewritten,
        );
        assert!(
            rewrite[0]
                .comment
                .contains(&Change::Deleted("Name peoples".into())),
            "a rewritten comment keeps its earlier wording: {:?}",
            rewrite[0].comment
        );
    }

    #[test]
    fn paging_keeps_the_filter_and_knows_when_more_were_not_counted() {
        let filter = Filter {
            consultation: Some("suva-2015".into()),
            ..Filter::default()
        };
        let first = paging("/admin/articles/4", &filter, 1, Matching::Exact(120));
        assert_eq!(first.previous, None);
        assert_eq!(
            first.next.as_deref(),
            Some("/admin/articles/4?consultation=suva-2015&page=2")
        );
        assert_eq!(first.here, "/admin/articles/4?consultation=suva-2015");
        let last = paging("/admin/articles/4", &filter, 3, Matching::Exact(120));
        assert_eq!(last.next, None);
        assert_eq!(last.here, "/admin/articles/4?consultation=suva-2015&page=3");
        let counted = paging("/admin/articles/4", &filter, 21, Matching::MoreThan(1_000));
        assert!(counted.next.is_some(), "more than counted: a next page");
    }

    #[test]
    fn the_count_says_exactly_or_more_than() {
        let tr = Tr::new(Lang::En, "/");
        let article = "4".parse().unwrap();
        let exact = result_count(&tr, Matching::Exact(60), 50, 10, 120, article);
        assert!(
            exact.contains("Items 51–60 of 60 matching, out of 120"),
            "{exact}"
        );
        let more = result_count(&tr, Matching::MoreThan(1_000), 0, 50, 5_000, article);
        assert!(more.contains("more than 1,000"), "{more}");
        let none = result_count(&tr, Matching::Exact(0), 0, 0, 120, article);
        assert!(!none.contains("Items"), "{none}");
    }

    #[test]
    fn filter_lists_come_in_order_with_the_choice_selected() {
        let tr = Tr::new(Lang::En, "/");
        let query = FilterQuery {
            stance: "oppose".into(),
            ..FilterQuery::default()
        };
        let consultations = [("suva-2015".to_string(), "Suva".to_string())];
        let selects = filter_selects(&tr, &query, &consultations, &Vocabulary::shipped(), false);
        let names: Vec<&str> = selects.iter().map(|s| s.name).collect();
        assert_eq!(
            names,
            [
                "consultation",
                "stance",
                "stakeholder_category",
                "theme",
                "comment_type",
                "disposition",
                "channel",
                "copies"
            ]
        );
        let chosen: Vec<&str> = selects[1]
            .options
            .iter()
            .filter(|(_, _, selected)| *selected)
            .map(|(value, _, _)| value.as_str())
            .collect();
        assert_eq!(chosen, ["oppose"]);
        assert!(selects[0].options.iter().all(|(_, _, selected)| !selected));
        // A revision's desk chooses first between its own feedback and the carried.
        let revision = filter_selects(&tr, &query, &consultations, &Vocabulary::shipped(), true);
        assert_eq!(revision[0].name, "versions");
        assert_eq!(revision.len(), selects.len() + 1);
    }

    #[test]
    fn long_comments_fold_after_an_opening_cut_at_a_word() {
        assert_eq!(preview_of("short"), None);
        assert_eq!(
            preview_of(&"word ".repeat(240)),
            None,
            "1,200 characters still show whole"
        );
        let long = "solidarity ".repeat(300);
        let preview = preview_of(&long).unwrap();
        assert!(
            preview.chars().count() <= PREVIEW_CHARS + 1,
            "{}",
            preview.len()
        );
        assert!(preview.ends_with("solidarity…"), "{preview}");
        let arabic = "تضامن".repeat(400);
        assert_eq!(
            preview_of(&arabic).unwrap().chars().count(),
            PREVIEW_CHARS + 1
        );
    }
}
