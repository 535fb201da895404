//! The reference lists a participant chooses from: stances, comment types, themes and
//! stakeholder categories. Rows keep keys; pages show labels.

use serde::Deserialize;

#[derive(Debug, Clone, Deserialize)]
pub struct KeyLabel {
    pub key: String,
    pub label: String,
}

#[derive(Debug, Deserialize)]
pub struct SourceVocabulary {
    pub stakeholder_categories: Vec<String>,
    pub themes: Vec<KeyLabel>,
    pub stances: Vec<KeyLabel>,
    pub comment_types: Vec<KeyLabel>,
}

/// The lists as stored, loaded once at start.
#[derive(Debug, Clone, Default)]
pub struct Vocabulary {
    pub stances: Vec<KeyLabel>,
    pub comment_types: Vec<KeyLabel>,
    pub themes: Vec<KeyLabel>,
    pub stakeholder_categories: Vec<String>,
}

impl From<SourceVocabulary> for Vocabulary {
    fn from(source: SourceVocabulary) -> Self {
        Self {
            stances: source.stances,
            comment_types: source.comment_types,
            themes: source.themes,
            stakeholder_categories: source.stakeholder_categories,
        }
    }
}

impl Vocabulary {
    /// The lists shipped in `consultations.json`, for tests that need no database.
    #[cfg(test)]
    pub fn shipped() -> Self {
        serde_json::from_str::<SourceVocabulary>(crate::seed::CONSULTATIONS)
            .expect("the shipped lists parse")
            .into()
    }

    pub fn has_theme(&self, key: &str) -> bool {
        self.themes.iter().any(|t| t.key == key)
    }

    pub fn has_category(&self, label: &str) -> bool {
        self.stakeholder_categories.iter().any(|c| c == label)
    }
}
