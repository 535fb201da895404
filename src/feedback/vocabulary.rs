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

fn label_in<'a>(list: &'a [KeyLabel], key: &'a str) -> &'a str {
    list.iter()
        .find(|k| k.key == key)
        .map_or(key, |k| k.label.as_str())
}

impl Vocabulary {
    pub fn stance_label<'a>(&'a self, key: &'a str) -> &'a str {
        label_in(&self.stances, key)
    }

    pub fn comment_type_label<'a>(&'a self, key: &'a str) -> &'a str {
        label_in(&self.comment_types, key)
    }

    pub fn theme_label<'a>(&'a self, key: &'a str) -> &'a str {
        label_in(&self.themes, key)
    }

    pub fn has_theme(&self, key: &str) -> bool {
        self.themes.iter().any(|t| t.key == key)
    }

    pub fn has_category(&self, label: &str) -> bool {
        self.stakeholder_categories.iter().any(|c| c == label)
    }
}
