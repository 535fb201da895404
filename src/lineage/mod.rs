//! Lineage: which unit of a revised draft descends from which unit of the version before.
//!
//! A revision renumbers, inserts, deletes, splits, merges, amends and moves; so the proposal
//! reads the texts (word-level similarity) and the order, not the numbers. Each level of the
//! text (articles as wholes, paragraphs, lettered items) is aligned on its own: first an
//! order-keeping alignment of the two sequences (a dynamic programme that rewards similar
//! pairs), then moves among what is left, then splits (a new unit whose words lie inside an
//! old one) and merges (an old unit whose words lie inside a new one). Whatever the proposal
//! is unsure of is flagged for an organiser to look at.

pub mod ancestry;
pub mod compare;
pub mod propose;
pub mod repo;

pub mod compare_routes;
pub mod routes;

pub use propose::{Link, LinkKind, UnitAddress, propose, text_similarity};

use rusqlite::Connection;

use crate::audit::{Action, Entry};
use crate::document::Document;
use crate::error::AppError;
use crate::i18n::Message;

/// The text of a unit of `document`, if it has that unit.
pub fn text_at(document: &Document, address: &UnitAddress) -> Option<String> {
    let article = document.article(address.article)?;
    if !article.has_reference(&address.reference) {
        return None;
    }
    Some(if address.reference.is_empty() && article.is_preamble() {
        document.preamble_chapeau.clone()
    } else {
        article.text_of(&address.reference)
    })
}

/// How a single old unit that became a single new one changed.
fn one_to_one(old_text: &str, new_text: &str, from: &UnitAddress, to: &UnitAddress) -> LinkKind {
    match (old_text.trim() == new_text.trim(), from == to) {
        (true, true) => LinkKind::Unchanged,
        (true, false) => LinkKind::Moved,
        (false, _) => LinkKind::Amended,
    }
}

/// What a correction of a lineage came to.
#[derive(Debug, PartialEq)]
pub enum Correction {
    Made,
    /// Nothing stored: a unit deleted cannot also lead elsewhere.
    DeletedAndSplit,
}

/// An organiser's correction: the old unit `from` leads to `to` (or nowhere: deleted), alone
/// or, when `also`, besides where it already leads (a split). The links around it are
/// relabelled: a unit with several descendants is split, several antecedents merged.
pub fn correct_link(
    conn: &Connection,
    old: &Document,
    new: &Document,
    from: &UnitAddress,
    to: Option<&UnitAddress>,
    also: bool,
    by: &str,
) -> Result<Correction, AppError> {
    let unknown = || AppError::BadRequest(Message::new("error-lineage-unknown-unit"));
    let old_text = text_at(old, from).ok_or_else(unknown)?;
    let (kind, similarity) = match to {
        None => (LinkKind::Deleted, 0.0),
        Some(to) => {
            let new_text = text_at(new, to).ok_or_else(unknown)?;
            (
                one_to_one(&old_text, &new_text, from, to),
                text_similarity(&old_text, &new_text),
            )
        }
    };
    if also && to.is_none() {
        return Ok(Correction::DeletedAndSplit);
    }
    // The units whose links change: `from`, and every unit it led to before or leads to now.
    let before: Vec<UnitAddress> = repo::links_into(conn, new.id)?
        .into_iter()
        .filter(|l| l.from.as_ref() == Some(from))
        .filter_map(|l| l.to)
        .collect();
    let now = crate::time_format::now_rfc3339();
    repo::correct_link(
        conn, old.id, new.id, from, to, also, kind, similarity, by, &now,
    )?;
    let touched: Vec<UnitAddress> = before.into_iter().chain(to.cloned()).collect();
    relabel(conn, old, new, from, &touched)?;
    let to = to.map_or_else(|| "-".to_string(), ToString::to_string);
    let action = if also { "+" } else { "" };
    let entry = Entry::new(by, Action::LineageCorrect)
        .subject(&new.symbol)
        .detail(format!("{from} -> {action}{to} ({})", kind.key()));
    crate::audit::repo::record_now(conn, &entry)?;
    Ok(Correction::Made)
}

/// Gives the links of `from` and of the new units `touched` the kinds their neighbours call
/// for: split where an old unit has several descendants, merged where a new unit has several
/// antecedents, else unchanged, moved or amended by their texts.
fn relabel(
    conn: &Connection,
    old: &Document,
    new: &Document,
    from: &UnitAddress,
    touched: &[UnitAddress],
) -> Result<(), AppError> {
    let links = repo::links_into(conn, new.id)?;
    let descendants = |unit: &UnitAddress| {
        links
            .iter()
            .filter(|l| l.from.as_ref() == Some(unit) && l.to.is_some())
            .count()
    };
    let antecedents = |unit: &UnitAddress| {
        links
            .iter()
            .filter(|l| l.to.as_ref() == Some(unit) && l.from.is_some())
            .count()
    };
    for link in &links {
        let (Some(link_from), Some(link_to)) = (&link.from, &link.to) else {
            continue;
        };
        if link_from != from && !touched.contains(link_to) {
            continue;
        }
        let kind = if descendants(link_from) > 1 {
            LinkKind::Split
        } else if antecedents(link_to) > 1 {
            LinkKind::Merged
        } else {
            let texts = (text_at(old, link_from), text_at(new, link_to));
            match texts {
                (Some(old_text), Some(new_text)) => {
                    one_to_one(&old_text, &new_text, link_from, link_to)
                }
                _ => link.kind,
            }
        };
        if kind != link.kind {
            repo::set_kind(conn, link.id, kind)?;
        }
    }
    Ok(())
}

/// What confirming a lineage came to.
#[derive(Debug, PartialEq)]
pub enum Confirmation {
    /// This many links confirmed.
    Confirmed(usize),
    /// Nothing stored: these units would keep two contradicting kinds.
    Contradicting(Vec<String>),
}

/// Confirms the whole lineage into `new`, as reviewed; refused, with nothing stored, when a
/// unit would keep two contradicting kinds.
pub fn confirm(conn: &Connection, new: &Document, by: &str) -> Result<Confirmation, AppError> {
    let contradicting = repo::contradictions(conn, new.id)?;
    if !contradicting.is_empty() {
        return Ok(Confirmation::Contradicting(contradicting));
    }
    let now = crate::time_format::now_rfc3339();
    let confirmed = repo::confirm_all(conn, new.id, by, &now)?;
    let entry = Entry::new(by, Action::LineageConfirm)
        .subject(&new.symbol)
        .detail(format!("{confirmed} links"));
    crate::audit::repo::record_now(conn, &entry)?;
    Ok(Confirmation::Confirmed(confirmed))
}

/// The unit of `document` that `typed` cites, as an organiser would write it: "Art. 4(2)",
/// "4(2)", "4:2", "Article 4", "PP 3", "preamble:3". Matched against the document's own units,
/// ignoring case and spaces, so only a place the text has is ever taken.
pub fn unit_cited(document: &Document, typed: &str) -> Option<UnitAddress> {
    let squeeze = |text: &str| -> String {
        text.chars()
            .filter(|c| !c.is_whitespace() && *c != '.')
            .flat_map(char::to_lowercase)
            .collect()
    };
    let wanted = squeeze(typed);
    if wanted.is_empty() {
        return None;
    }
    document.articles.iter().find_map(|article| {
        article.references().into_iter().find_map(|reference| {
            let unit = UnitAddress {
                article: article.id,
                reference: reference.to_string(),
            };
            let clause = crate::document::clause(article.id, reference);
            let bare = clause.strip_prefix("Art. ").unwrap_or(&clause).to_string();
            let forms = [
                unit.to_string(),
                clause.clone(),
                bare,
                format!("article{}", clause.strip_prefix("Art. ").unwrap_or("")),
            ];
            forms
                .iter()
                .any(|form| squeeze(form) == wanted)
                .then_some(unit)
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::testing::draft_2017;

    #[test]
    fn a_place_is_taken_as_organisers_cite_it_and_only_if_the_text_has_it() {
        let draft = draft_2017();
        let cited = |typed: &str| unit_cited(&draft, typed).map(|u| u.to_string());
        for typed in ["Art. 4(2)", "4(2)", "4:2", "art 4 (2)", "Article 4(2)"] {
            assert_eq!(cited(typed).as_deref(), Some("4:2"), "{typed}");
        }
        assert_eq!(cited("Art. 4").as_deref(), Some("4"));
        assert_eq!(cited("PP 3").as_deref(), Some("preamble:3"));
        assert_eq!(cited("Preamble").as_deref(), Some("preamble"));
        assert_eq!(cited("Art. 1(3)(a)").as_deref(), Some("1:3(a)"));
        for nowhere in ["Art. 40", "4(9)", "", "  ", "solidarity"] {
            assert_eq!(cited(nowhere), None, "{nowhere:?}");
        }
    }
}
