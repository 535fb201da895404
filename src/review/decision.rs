//! An organiser's decision on a comment, parsed from the disposition form.

use super::disposition::Disposition;
use crate::document::Document;
use crate::i18n::Message;
use crate::lineage::UnitAddress;

/// The longest rationale accepted: the comment's own limit.
pub const NOTE_MAX_CHARS: usize = crate::feedback::form::MAX_LONG_TEXT;

/// A disposition with the rationale it needs, and where the comment was addressed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decision {
    pub disposition: Disposition,
    pub note: String,
    /// A unit of a version of the draft (its id): "see Art. 4(2) of the revised draft".
    pub addressed: Option<(i64, UnitAddress)>,
}

/// A field of the disposition form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DecisionField {
    Disposition,
    Note,
    Addressed,
}

impl DecisionField {
    /// How the form's template names it: its input's name.
    pub fn key(self) -> &'static str {
        match self {
            Self::Disposition => "disposition",
            Self::Note => "note",
            Self::Addressed => "addressed_in",
        }
    }
}

/// A decision that cannot be recorded: what was sent, to show again, and why, beside each
/// field at fault.
#[derive(Debug, Clone, PartialEq)]
pub struct Refusal {
    pub disposition: Disposition,
    pub note: String,
    pub addressed: String,
    /// Every field at fault, in the form's order, each with its message.
    pub problems: Vec<(DecisionField, Message)>,
}

impl Decision {
    /// `addressed` is a place as typed, looked for in `draft` (the newest version).
    pub fn parse(
        disposition: &str,
        note: String,
        addressed: &str,
        draft: &Document,
    ) -> Result<Self, Box<Refusal>> {
        let mut problems = Vec::new();
        let chosen = Disposition::parse(disposition);
        if chosen.is_none() {
            problems.push((
                DecisionField::Disposition,
                Message::new("review-choose-disposition"),
            ));
        }
        let length = note.chars().count();
        if length > NOTE_MAX_CHARS {
            problems.push((
                DecisionField::Note,
                Message::new("invalid-too-long")
                    .with("length", length as i64)
                    .with("max", NOTE_MAX_CHARS as i64),
            ));
        } else if chosen.is_some_and(|d| d.needs_rationale()) && note.trim().is_empty() {
            problems.push((DecisionField::Note, Message::new("review-rationale-needed")));
        }
        let place = match addressed.trim() {
            "" => None,
            _ if chosen == Some(Disposition::Pending) => None,
            typed => {
                let unit = crate::lineage::unit_cited(draft, typed);
                if unit.is_none() {
                    problems.push((
                        DecisionField::Addressed,
                        Message::new("review-addressed-unknown")
                            .with_text("place", typed)
                            .with_text("symbol", &draft.symbol),
                    ));
                }
                unit.map(|unit| (draft.id, unit))
            }
        };
        match chosen {
            Some(disposition) if problems.is_empty() => Ok(Self {
                disposition,
                note,
                addressed: place,
            }),
            chosen => Err(Box::new(Refusal {
                disposition: chosen.unwrap_or(Disposition::Pending),
                note,
                addressed: addressed.to_string(),
                problems,
            })),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_decision_needs_a_known_disposition_and_a_rationale_where_owed() {
        let draft = crate::document::testing::draft_2017();
        let long = "x".repeat(NOTE_MAX_CHARS + 1);
        for (case, disposition, note, refused_with) in [
            ("accepted without a rationale", "accepted", "", None),
            ("pending without a rationale", "pending", "", None),
            (
                "noted with a rationale",
                "noted",
                "Outside the mandate",
                None,
            ),
            ("at the limit", "noted", &*"x".repeat(NOTE_MAX_CHARS), None),
            ("unknown", "maybe", "", Some("review-choose-disposition")),
            ("empty", "", "why", Some("review-choose-disposition")),
            (
                "not accepted, blank",
                "not-accepted",
                " \n",
                Some("review-rationale-needed"),
            ),
            (
                "over the limit",
                "accepted",
                &*long,
                Some("invalid-too-long"),
            ),
        ] {
            let outcome = Decision::parse(disposition, note.to_string(), "", &draft);
            match (outcome, refused_with) {
                (Ok(decision), None) => assert_eq!(decision.note, note, "{case}"),
                (Err(refusal), Some(key)) => {
                    let field = match key {
                        "review-choose-disposition" => DecisionField::Disposition,
                        _ => DecisionField::Note,
                    };
                    let found: Vec<(DecisionField, &str)> = (refusal.problems.iter())
                        .map(|(field, message)| (*field, message.key))
                        .collect();
                    assert_eq!(found, [(field, key)], "{case}");
                    assert_eq!(refusal.note, note, "{case}: the typed text comes back");
                }
                (outcome, expected) => panic!("{case}: {outcome:?}, expected {expected:?}"),
            }
        }
    }

    #[test]
    fn a_place_addressed_is_one_the_draft_has_and_comes_back_typed_when_refused() {
        let draft = crate::document::testing::draft_2017();
        let decision = Decision::parse("accepted", String::new(), "Art. 4(2)", &draft).unwrap();
        assert_eq!(
            decision.addressed.map(|(_, u)| u.to_string()).as_deref(),
            Some("4:2")
        );
        let refused = Decision::parse("accepted", String::new(), "Art. 44", &draft).unwrap_err();
        assert_eq!(refused.problems.len(), 1);
        assert_eq!(refused.problems[0].0, DecisionField::Addressed);
        assert_eq!(refused.problems[0].1.key, "review-addressed-unknown");
        assert_eq!(refused.addressed, "Art. 44");
        // Every field at fault is named at once.
        let refused = Decision::parse("noted", String::new(), "Art. 99", &draft).unwrap_err();
        let fields: Vec<DecisionField> = refused.problems.iter().map(|(f, _)| *f).collect();
        assert_eq!(fields, [DecisionField::Note, DecisionField::Addressed]);
        let pending = Decision::parse("pending", String::new(), "Art. 4(2)", &draft).unwrap();
        assert_eq!(
            pending.addressed, None,
            "a pending comment is addressed nowhere yet"
        );
    }
}
