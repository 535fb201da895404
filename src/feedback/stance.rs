//! The closed sets of a comment: the participant's position and the kind of comment. Tallies
//! and exports have a column or a value for each, so they are enums, not lists.

/// The participant's position on the text. A closed set: tallies have one column each.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Stance {
    Support,
    Amend,
    Oppose,
    Question,
    /// No position: an answer to a discussion question need not take one.
    NoPosition,
}

impl Stance {
    pub const COUNT: usize = 5;

    pub const ALL: [Stance; Self::COUNT] = [
        Stance::Support,
        Stance::Amend,
        Stance::Oppose,
        Stance::Question,
        Stance::NoPosition,
    ];

    /// The positions a comment on the text takes: one is required.
    pub const ON_TEXT: [Stance; 4] = [
        Stance::Support,
        Stance::Amend,
        Stance::Oppose,
        Stance::Question,
    ];

    /// The positions offered on `article`: on a question, "no position" too.
    pub fn offered_on(article: crate::document::ArticleId) -> &'static [Stance] {
        if article.is_question() {
            &Self::ALL
        } else {
            &Self::ON_TEXT
        }
    }

    pub fn key(&self) -> &'static str {
        match self {
            Stance::Support => "support",
            Stance::Amend => "amend",
            Stance::Oppose => "oppose",
            Stance::Question => "question",
            Stance::NoPosition => "none",
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
