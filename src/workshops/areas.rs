//! Thematic areas: what organisers distil a workshop into. Each area holds points and
//! comments; the summary lists each area's items by how widely they were held and puts
//! divergent views together, as the mandate holder's summary report does.

use crate::forms::FieldErrors;
use crate::i18n::Message;

use super::groups::Support;

/// Longest area title: "A. Content, nature and added value of international solidarity".
pub const MAX_TITLE: usize = 300;

/// An area as the pages list it.
#[derive(Debug, Clone)]
pub struct Area {
    pub id: i64,
    pub title: String,
    pub retired: bool,
    /// How many items it holds.
    pub items: i64,
}

/// An area's title as typed, trimmed, or its problem, reported beside `field`.
pub fn parse_title(raw: &str, field: &'static str) -> Result<String, FieldErrors> {
    let title = raw.trim();
    let mut errors = FieldErrors::default();
    if title.is_empty() || title.chars().count() > MAX_TITLE {
        errors.add(
            field,
            Message::new("invalid-area-title").with("max", MAX_TITLE as i64),
        );
        return Err(errors);
    }
    Ok(title.to_string())
}

/// What an organiser does to an area.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AreaChange {
    Up,
    Down,
    Retire,
    Restore,
    /// Only an empty area; one with items is retired instead.
    Delete,
}

impl AreaChange {
    pub fn parse(raw: &str) -> Option<Self> {
        Some(match raw {
            "up" => AreaChange::Up,
            "down" => AreaChange::Down,
            "retire" => AreaChange::Retire,
            "restore" => AreaChange::Restore,
            "delete" => AreaChange::Delete,
            _ => return None,
        })
    }
}

/// One item of the summary: a group's point or a participant's comment.
#[derive(Debug, Clone, PartialEq)]
pub struct SummaryItem {
    pub id: i64,
    pub text: String,
    /// The question or article it is on, named.
    pub on: String,
    /// The same by its key, as exports give it (`q1`, `4`).
    pub article: String,
    /// Who it is from: the group, or what the participant chose to publish.
    pub source: String,
    /// A group's point: how widely the group held it.
    pub support: Option<Support>,
    pub diverges_from: Vec<i64>,
}

/// An area of the summary: its items by degree of support (consensus first, comments last),
/// and the divergent views, each a set of items that disagree, together.
#[derive(Debug, Clone, PartialEq)]
pub struct SummaryArea {
    pub letter: String,
    pub title: String,
    pub items: Vec<SummaryItem>,
    pub divergent: Vec<Vec<SummaryItem>>,
}

/// An item's degree of support in the reader's words, if it is a group's point.
pub fn support_label(tr: &crate::i18n::Tr, item: &SummaryItem) -> Option<String> {
    item.support.map(|s| tr.t(&format!("support-{}", s.key())))
}

fn rank(item: &SummaryItem) -> usize {
    item.support
        .and_then(|s| Support::ALL.iter().position(|x| *x == s))
        .unwrap_or(Support::ALL.len())
}

/// Splits an area's items into those held alone, ordered by how widely, and the divergent
/// views: items linked by disagreement (directly or through another) are one view together.
pub fn arrange(mut items: Vec<SummaryItem>) -> (Vec<SummaryItem>, Vec<Vec<SummaryItem>>) {
    items.sort_by_key(|item| (rank(item), item.id));
    let here: Vec<i64> = items.iter().map(|i| i.id).collect();
    let linked = |item: &SummaryItem| item.diverges_from.iter().any(|d| here.contains(d));
    let mut alone = Vec::new();
    let mut pending: Vec<SummaryItem> = Vec::new();
    for item in items {
        if linked(&item) {
            pending.push(item);
        } else {
            alone.push(item);
        }
    }
    let mut views: Vec<Vec<SummaryItem>> = Vec::new();
    while let Some(first) = pending.first().cloned() {
        pending.remove(0);
        let mut view = vec![first];
        let mut grew = true;
        while grew {
            grew = false;
            let ids: Vec<i64> = view.iter().map(|i| i.id).collect();
            let mut i = 0;
            while i < pending.len() {
                let touches = pending[i].diverges_from.iter().any(|d| ids.contains(d))
                    || view
                        .iter()
                        .any(|v| v.diverges_from.contains(&pending[i].id));
                if touches {
                    view.push(pending.remove(i));
                    grew = true;
                } else {
                    i += 1;
                }
            }
        }
        views.push(view);
    }
    (alone, views)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(id: i64, support: Option<Support>, diverges: &[i64]) -> SummaryItem {
        SummaryItem {
            id,
            text: format!("item {id}"),
            on: "Question 1".into(),
            article: "q1".into(),
            source: "Group A".into(),
            support,
            diverges_from: diverges.to_vec(),
        }
    }

    #[test]
    fn items_go_by_support_and_divergent_views_stand_together() {
        let (alone, views) = arrange(vec![
            item(1, Some(Support::One), &[]),
            item(2, None, &[]),
            item(3, Some(Support::Consensus), &[]),
            item(4, Some(Support::Most), &[5]),
            item(5, Some(Support::Some), &[4, 6]),
            item(6, Some(Support::One), &[5]),
            // Disagrees with an item of another area: held alone here.
            item(7, Some(Support::Some), &[99]),
        ]);
        let ids: Vec<i64> = alone.iter().map(|i| i.id).collect();
        assert_eq!(ids, [3, 7, 1, 2]);
        let views: Vec<Vec<i64>> = views
            .iter()
            .map(|v| v.iter().map(|i| i.id).collect())
            .collect();
        assert_eq!(views, [vec![4, 5, 6]]);
    }
}
