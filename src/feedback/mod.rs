//! A participant's structured comment on one article of the draft: parsed from the form,
//! stored with a private link, shown and edited through that link while the consultation
//! is open.

pub mod form;
pub mod repo;
pub mod routes;
pub mod vocabulary;

use crate::document::ArticleId;

/// The participant's position on the text. A closed set: tallies have one column each.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Stance {
    Support,
    Amend,
    Oppose,
    Question,
}

impl Stance {
    pub const ALL: [Stance; 4] = [
        Stance::Support,
        Stance::Amend,
        Stance::Oppose,
        Stance::Question,
    ];

    pub fn key(&self) -> &'static str {
        match self {
            Stance::Support => "support",
            Stance::Amend => "amend",
            Stance::Oppose => "oppose",
            Stance::Question => "question",
        }
    }

    pub fn parse(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.key() == key)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CommentType {
    General,
    Substantive,
    Drafting,
}

impl CommentType {
    pub const ALL: [CommentType; 3] = [
        CommentType::General,
        CommentType::Substantive,
        CommentType::Drafting,
    ];

    pub fn key(&self) -> &'static str {
        match self {
            CommentType::General => "general",
            CommentType::Substantive => "substantive",
            CommentType::Drafting => "drafting",
        }
    }

    pub fn parse(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.key() == key)
    }
}

/// A valid submission, ready to store. Text is kept exactly as the participant wrote it.
#[derive(Debug, Clone)]
pub struct FeedbackInput {
    pub reference: String,
    pub stance: Stance,
    pub comment_type: CommentType,
    pub themes: Vec<String>,
    pub comment: String,
    pub proposed_text: String,
    pub name: String,
    pub organisation: String,
    pub country: String,
    pub stakeholder_category: String,
    pub email: String,
    pub publish_name: bool,
}

/// What a feedback item said before one of its author's edits.
#[derive(Debug, Clone, PartialEq)]
pub struct Revision {
    /// When the edit replaced this version.
    pub replaced_at: String,
    pub reference: String,
    pub stance: Stance,
    pub comment_type: CommentType,
    pub themes: Vec<String>,
    pub comment: String,
    pub proposed_text: String,
}

/// A stored feedback item as its author sees it through the private link.
#[derive(Debug, Clone)]
pub struct StoredFeedback {
    pub id: i64,
    pub consultation_slug: String,
    pub consultation_id: i64,
    pub document_id: i64,
    pub article: ArticleId,
    pub input: FeedbackInput,
    pub created_at: String,
    pub updated_at: String,
    /// What the organisers decided, and why.
    pub disposition: crate::review::Disposition,
    pub disposition_note: String,
}

impl StoredFeedback {
    /// Once the organisers have decided on it, the feedback is what they decided on: its
    /// author can no longer change it (until the decision goes back to pending).
    pub fn is_decided(&self) -> bool {
        self.disposition != crate::review::Disposition::Pending
    }
}
