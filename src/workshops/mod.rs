//! Workshops: the discussion questions a process asks (with or without a draft), the
//! consultations of kind workshop that offer them, and what organisers distil from them.
//!
//! A process's questions are a document of their own (kind `questions`), each question one of
//! its units (`q1`, `q2`...), so an answer is feedback like any other: the review desk,
//! search, moderation, dispositions, tallies and exports serve questions through the same code
//! as articles.

pub mod areas;
pub mod areas_routes;
pub mod areas_word;
pub mod groups;
pub mod groups_routes;
pub mod questions_routes;
pub mod repo;

use crate::document::ArticleId;
use crate::forms::FieldErrors;
use crate::i18n::Message;

/// Longest question, in characters: a guiding question is a sentence or two.
pub const MAX_QUESTION: usize = 1_000;
/// Longest short label.
pub const MAX_LABEL: usize = 120;

/// A question as an organiser typed it, parsed: its text and optional short label, trimmed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuestionText {
    pub text: String,
    pub label: String,
}

/// The form fields a question's problems are reported beside: the form that adds a question,
/// or the one that rewords a question already asked (both can be on one page).
#[derive(Debug, Clone, Copy)]
pub struct QuestionFields {
    pub text: &'static str,
    pub label: &'static str,
}

pub const NEW_QUESTION: QuestionFields = QuestionFields {
    text: "question-text",
    label: "question-label",
};

pub const REWORDED_QUESTION: QuestionFields = QuestionFields {
    text: "reworded-text",
    label: "reworded-label",
};

impl QuestionText {
    pub fn parse(text: &str, label: &str, fields: QuestionFields) -> Result<Self, FieldErrors> {
        let (text, label) = (text.trim(), label.trim());
        let mut errors = FieldErrors::default();
        if text.is_empty() {
            errors.add(fields.text, Message::new("invalid-question-empty"));
        } else if text.chars().count() > MAX_QUESTION {
            errors.add(
                fields.text,
                Message::new("invalid-question-long").with("max", MAX_QUESTION as i64),
            );
        }
        if label.chars().count() > MAX_LABEL {
            errors.add(
                fields.label,
                Message::new("invalid-question-label-long").with("max", MAX_LABEL as i64),
            );
        }
        if errors.is_empty() {
            Ok(Self {
                text: text.to_string(),
                label: label.to_string(),
            })
        } else {
            Err(errors)
        }
    }
}

/// What an organiser does to a question already asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuestionChange {
    Up,
    Down,
    Retire,
    Restore,
    /// Only a question nobody has answered; one with answers is retired instead.
    Delete,
}

impl QuestionChange {
    pub fn parse(raw: &str) -> Option<Self> {
        Some(match raw {
            "up" => QuestionChange::Up,
            "down" => QuestionChange::Down,
            "retire" => QuestionChange::Retire,
            "restore" => QuestionChange::Restore,
            "delete" => QuestionChange::Delete,
            _ => return None,
        })
    }
}

/// Why a change to a question was not made.
#[derive(Debug, thiserror::Error)]
pub enum QuestionRefused {
    #[error("no such question")]
    NoSuchQuestion,
    /// Its words stay as they were answered.
    #[error("the question has answers")]
    Answered,
    /// A breakout group discusses it: retired, its groups keep it; deleted, they would not.
    #[error("a breakout group has the question")]
    InGroup,
    #[error(transparent)]
    Storage(#[from] rusqlite::Error),
}

/// The letter of the `index`th of a list (thematic areas, breakout groups): A, B, ... Z, then
/// AA.
pub fn letter(index: usize) -> String {
    let mut n = index;
    let mut out = String::new();
    loop {
        out.insert(0, (b'A' + (n % 26) as u8) as char);
        if n < 26 {
            break;
        }
        n = n / 26 - 1;
    }
    out
}

/// The question `q{n}` of an address, if it is one.
pub fn question_id(raw: &str) -> Option<ArticleId> {
    raw.parse().ok().filter(|id: &ArticleId| id.is_question())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_question_needs_words_and_a_short_label() {
        assert_eq!(
            QuestionText::parse("  What is solidarity? ", " Nature ", NEW_QUESTION).unwrap(),
            QuestionText {
                text: "What is solidarity?".into(),
                label: "Nature".into()
            }
        );
        let errors =
            QuestionText::parse(" ", &"x".repeat(MAX_LABEL + 1), NEW_QUESTION).unwrap_err();
        assert!(errors.has("question-text") && errors.has("question-label"));
        assert!(QuestionText::parse(&"é".repeat(MAX_QUESTION), "", NEW_QUESTION).is_ok());
        assert!(QuestionText::parse(&"é".repeat(MAX_QUESTION + 1), "", NEW_QUESTION).is_err());
    }

    #[test]
    fn letters_run_past_z() {
        assert_eq!(
            [0, 4, 25, 26, 27].map(letter),
            ["A", "E", "Z", "AA", "AB"].map(String::from)
        );
    }
}
