//! Word-level comparisons: a proposed wording with the text it answers, one version of a text
//! with another.

use std::collections::HashSet;
use std::time::Duration;

use similar::{Algorithm, ChangeTag, TextDiff};

/// A diff that has not converged by then is cut short: still correct, less minimal. Keeps a
/// page of 50 long, unrelated proposals quick to render.
const TIME_LIMIT: Duration = Duration::from_millis(2);
/// Comparisons of fewer words than this, the two texts together, always run to the end: they
/// take microseconds, and with a deadline a thread paused by a busy machine came back with
/// a less minimal diff of the same short texts.
const WORDS_WITHOUT_TIME_LIMIT: usize = 400;

#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    Same(String),
    Inserted(String),
    Deleted(String),
}

/// Whether `proposed` shares under half its distinct words with `current`: a rewrite, not an
/// edit, which a word-by-word comparison would only make harder to read (and slow to compute).
fn is_rewrite(current: &str, proposed: &str) -> bool {
    let known: HashSet<&str> = current.split_whitespace().collect();
    let words: HashSet<&str> = proposed.split_whitespace().collect();
    let shared = words.iter().filter(|w| known.contains(*w)).count();
    shared * 2 < words.len()
}

/// Whether `changes` are one new wording with nothing kept or struck: how a rewrite is shown.
pub fn is_new_wording(changes: &[Change]) -> bool {
    matches!(changes, [Change::Inserted(_)])
}

/// Whether a comparison would be mostly strike-through: more than twice as many words
/// deleted as kept and added, as when a short proposal answers a whole article.
fn mostly_struck(changes: &[Change]) -> bool {
    let words = |keep: fn(&Change) -> Option<&String>| -> usize {
        changes
            .iter()
            .filter_map(keep)
            .map(|t| t.split_whitespace().count())
            .sum()
    };
    let deleted = words(|c| match c {
        Change::Deleted(t) => Some(t),
        _ => None,
    });
    let rest = words(|c| match c {
        Change::Same(t) | Change::Inserted(t) => Some(t),
        Change::Deleted(_) => None,
    });
    deleted > 2 * rest
}

/// A proposed wording against the text it answers: word by word, except that a proposal
/// sharing little with the text, or whose comparison would mostly strike the text out, is a
/// new wording and comes back alone ([`is_new_wording`]), never as a wall of deletions.
pub fn compare_proposal(current: &str, proposed: &str) -> Vec<Change> {
    let new_wording = vec![Change::Inserted(proposed.to_string())];
    if is_rewrite(current, proposed) {
        return new_wording;
    }
    let changes = word_by_word(current, proposed);
    if mostly_struck(&changes) {
        return new_wording;
    }
    changes
}

/// How long comparing the two texts may take, if they are long enough to need a limit.
fn time_limit(current: &str, proposed: &str) -> Option<Duration> {
    let words = current.split_whitespace().count() + proposed.split_whitespace().count();
    (words >= WORDS_WITHOUT_TIME_LIMIT).then_some(TIME_LIMIT)
}

/// The changes from `current` to `proposed`, word by word, runs of one kind merged; a
/// wholesale rewrite is shown as the old text deleted and the new inserted, so nothing of
/// either is lost (an author's edits are shown this way).
pub fn word_diff(current: &str, proposed: &str) -> Vec<Change> {
    if is_rewrite(current, proposed) {
        let mut changes = Vec::new();
        if !current.is_empty() {
            changes.push(Change::Deleted(current.to_string()));
        }
        changes.push(Change::Inserted(proposed.to_string()));
        return changes;
    }
    word_by_word(current, proposed)
}

/// The changes from `current` to `proposed` word by word, however little they share.
fn word_by_word(current: &str, proposed: &str) -> Vec<Change> {
    let mut configuration = TextDiff::configure();
    configuration.algorithm(Algorithm::Patience);
    if let Some(limit) = time_limit(current, proposed) {
        configuration.timeout(limit);
    }
    let diff = configuration.diff_words(current, proposed);
    let mut changes: Vec<Change> = Vec::new();
    for change in diff.iter_all_changes() {
        let text = change.value();
        match (change.tag(), changes.last_mut()) {
            (ChangeTag::Equal, Some(Change::Same(run)))
            | (ChangeTag::Insert, Some(Change::Inserted(run)))
            | (ChangeTag::Delete, Some(Change::Deleted(run))) => run.push_str(text),
            (ChangeTag::Equal, _) => changes.push(Change::Same(text.to_string())),
            (ChangeTag::Insert, _) => changes.push(Change::Inserted(text.to_string())),
            (ChangeTag::Delete, _) => changes.push(Change::Deleted(text.to_string())),
        }
    }
    changes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_added_and_removed_are_marked() {
        let changes = word_diff(
            "Individuals have the right to solidarity.",
            "Individuals and peoples have the right to international solidarity.",
        );
        let inserted: Vec<&str> = changes
            .iter()
            .filter_map(|c| {
                if let Change::Inserted(t) = c {
                    Some(t.as_str())
                } else {
                    None
                }
            })
            .collect();
        assert_eq!(
            inserted.concat().split_whitespace().collect::<Vec<_>>(),
            ["and", "peoples", "international"]
        );
        assert!(!changes.iter().any(|c| matches!(c, Change::Deleted(_))));
    }

    #[test]
    fn only_long_comparisons_are_cut_short() {
        let sentence = "Individuals and peoples have the right to international solidarity. ";
        assert_eq!(time_limit(sentence, &sentence.repeat(30)), None);
        assert_eq!(
            time_limit(&sentence.repeat(20), &sentence.repeat(25)),
            Some(TIME_LIMIT)
        );
    }

    #[test]
    fn a_long_comparison_cut_short_keeps_both_texts_whole() {
        // The same 600 words in another order: not a rewrite, and long enough to be cut short.
        let current: String = (0..600).map(|i| format!("w{i} ")).collect();
        let proposed: String = (0..600).map(|i| format!("w{} ", i * 7 % 600)).collect();
        assert_eq!(time_limit(&current, &proposed), Some(TIME_LIMIT));
        let changes = word_diff(&current, &proposed);
        let text =
            |keep: fn(&Change) -> Option<&str>| changes.iter().filter_map(keep).collect::<String>();
        assert_eq!(
            text(|c| match c {
                Change::Same(t) | Change::Inserted(t) => Some(t),
                Change::Deleted(_) => None,
            }),
            proposed
        );
        assert_eq!(
            text(|c| match c {
                Change::Same(t) | Change::Deleted(t) => Some(t),
                Change::Inserted(_) => None,
            }),
            current
        );
    }

    #[test]
    fn a_rewrite_keeps_both_texts_in_a_diff() {
        let changes = word_diff(
            "States shall cooperate fully.",
            "Peoples deserve a new order altogether.",
        );
        assert_eq!(
            changes,
            [
                Change::Deleted("States shall cooperate fully.".into()),
                Change::Inserted("Peoples deserve a new order altogether.".into())
            ]
        );
    }

    #[test]
    fn a_rewritten_proposal_is_a_new_wording_shown_alone() {
        let changes = compare_proposal(
            "States shall cooperate fully.",
            "Peoples deserve a new order altogether.",
        );
        assert_eq!(
            changes,
            [Change::Inserted(
                "Peoples deserve a new order altogether.".into()
            )]
        );
        assert!(is_new_wording(&changes));
    }

    #[test]
    fn a_short_proposal_on_a_long_text_is_not_a_wall_of_deletions() {
        let article = "States shall cooperate with one another in every field, including \
                       trade, finance, technology, health and education, and shall refrain \
                       from any measure that would impair the enjoyment of human rights \
                       by the peoples of other States, in accordance with the Charter.";
        let changes = compare_proposal(article, "States shall cooperate with one another.");
        assert!(is_new_wording(&changes), "{changes:?}");
        assert!(
            !is_new_wording(&word_diff(
                article,
                "States shall cooperate with one another."
            )),
            "a plain diff keeps what was struck"
        );
        let edit = compare_proposal(
            "States shall cooperate with one another.",
            "States shall cooperate fully with one another.",
        );
        assert!(
            !is_new_wording(&edit),
            "a small edit is still compared word by word"
        );
    }

    #[test]
    fn replacing_everything_deletes_and_inserts_all() {
        assert_eq!(
            word_diff("old words", "new text"),
            [
                Change::Deleted("old words".into()),
                Change::Inserted("new text".into())
            ]
        );
        assert_eq!(
            compare_proposal("old words", "new text"),
            [Change::Inserted("new text".into())]
        );
    }
}
