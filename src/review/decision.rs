//! An organiser's decision on a comment, parsed from the disposition form.

use super::disposition::Disposition;
use crate::i18n::Message;

/// The longest rationale accepted: the comment's own limit.
pub const NOTE_MAX_CHARS: usize = crate::feedback::form::MAX_LONG_TEXT;

/// A disposition with the rationale it needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decision {
    pub disposition: Disposition,
    pub note: String,
}

/// A decision that cannot be recorded: what was sent, to show again, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct Refusal {
    pub disposition: Disposition,
    pub note: String,
    pub message: Message,
}

impl Decision {
    pub fn parse(disposition: &str, note: String) -> Result<Self, Refusal> {
        let refuse = |disposition, message| Refusal {
            disposition,
            note: note.clone(),
            message,
        };
        let Some(disposition) = Disposition::parse(disposition) else {
            return Err(refuse(
                Disposition::Pending,
                Message::new("review-choose-disposition"),
            ));
        };
        let length = note.chars().count();
        if length > NOTE_MAX_CHARS {
            return Err(refuse(
                disposition,
                Message::new("invalid-too-long")
                    .with("length", length as i64)
                    .with("max", NOTE_MAX_CHARS as i64),
            ));
        }
        if disposition.needs_rationale() && note.trim().is_empty() {
            return Err(refuse(disposition, Message::new("review-rationale-needed")));
        }
        Ok(Self { disposition, note })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_decision_needs_a_known_disposition_and_a_rationale_where_owed() {
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
            let outcome = Decision::parse(disposition, note.to_string());
            match (outcome, refused_with) {
                (Ok(decision), None) => assert_eq!(decision.note, note, "{case}"),
                (Err(refusal), Some(key)) => {
                    assert_eq!(refusal.message.key, key, "{case}");
                    assert_eq!(refusal.note, note, "{case}: the typed text comes back");
                }
                (outcome, expected) => panic!("{case}: {outcome:?}, expected {expected:?}"),
            }
        }
    }
}
