//! The reference lists a participant chooses from: stances and comment types (fixed, since
//! exports and tallies depend on them), and each process's themes and stakeholder categories,
//! which its administrators edit. Rows keep keys; pages show labels.

use std::collections::HashMap;
use std::sync::{Arc, RwLock};

use serde::Deserialize;

use crate::i18n::Tr;

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

/// A theme or stakeholder category of a process.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// What feedback stores and exports show; it never changes.
    pub key: String,
    pub label: String,
    /// Whether an organiser has named it: the label then shows as typed, in every language.
    pub label_edited: bool,
    /// A retired entry is no longer offered; feedback that used it keeps it.
    pub retired: bool,
}

/// One process's lists.
#[derive(Debug, Clone, Default)]
pub struct Vocabulary {
    pub stances: Vec<KeyLabel>,
    pub comment_types: Vec<KeyLabel>,
    pub themes: Vec<Entry>,
    pub categories: Vec<Entry>,
}

impl Vocabulary {
    /// The lists shipped in `consultations.json`, for tests that need no database.
    #[cfg(test)]
    pub fn shipped() -> Self {
        let source: SourceVocabulary =
            serde_json::from_str(crate::seed::CONSULTATIONS).expect("the shipped lists parse");
        let entry = |key: &str, label: &str| Entry {
            key: key.to_string(),
            label: label.to_string(),
            label_edited: false,
            retired: false,
        };
        Self {
            stances: source.stances,
            comment_types: source.comment_types,
            themes: source
                .themes
                .iter()
                .map(|t| entry(&t.key, &t.label))
                .collect(),
            categories: source
                .stakeholder_categories
                .iter()
                .map(|c| entry(c, c))
                .collect(),
        }
    }

    /// Whether `key` is one of the process's themes, retired or not: filters still find
    /// feedback on a retired theme.
    pub fn has_theme(&self, key: &str) -> bool {
        self.themes.iter().any(|t| t.key == key)
    }

    pub fn has_category(&self, key: &str) -> bool {
        self.categories.iter().any(|c| c.key == key)
    }

    /// The themes the form offers: those not retired, and any `kept` (already on the item).
    pub fn offered_themes<'a>(&'a self, kept: &'a [String]) -> impl Iterator<Item = &'a Entry> {
        self.themes
            .iter()
            .filter(move |t| !t.retired || kept.contains(&t.key))
    }

    pub fn offered_categories<'a>(&'a self, kept: &'a str) -> impl Iterator<Item = &'a Entry> {
        self.categories
            .iter()
            .filter(move |c| !c.retired || c.key == kept)
    }

    /// A theme's name in `tr`'s language: the catalogue's translation of a shipped theme, or
    /// the label an organiser gave it.
    pub fn theme_label(&self, tr: &Tr, key: &str) -> String {
        match self.themes.iter().find(|t| t.key == key) {
            Some(entry) if entry.label_edited => entry.label.clone(),
            Some(entry) => tr
                .catalogue(&format!("theme-{key}"))
                .unwrap_or_else(|| entry.label.clone()),
            None => key.to_string(),
        }
    }

    pub fn category_label(&self, tr: &Tr, key: &str) -> String {
        match self.categories.iter().find(|c| c.key == key) {
            Some(entry) if entry.label_edited => entry.label.clone(),
            Some(entry) => tr
                .category_in_catalogue(key)
                .unwrap_or_else(|| entry.label.clone()),
            None => key.to_string(),
        }
    }
}

/// Every process's lists, by process id: loaded at start, replaced whole when an
/// administrator changes one.
#[derive(Debug, Default)]
pub struct VocabularyCell(RwLock<Arc<HashMap<i64, Arc<Vocabulary>>>>);

impl VocabularyCell {
    pub fn new(all: HashMap<i64, Vocabulary>) -> Self {
        Self(RwLock::new(Arc::new(
            all.into_iter().map(|(k, v)| (k, Arc::new(v))).collect(),
        )))
    }

    /// The lists of a process (empty lists for a process that has none).
    pub fn of_process(&self, process_id: i64) -> Arc<Vocabulary> {
        let all = self.0.read().unwrap_or_else(|e| e.into_inner()).clone();
        all.get(&process_id).cloned().unwrap_or_default()
    }

    pub fn replace(&self, all: HashMap<i64, Vocabulary>) {
        *self.0.write().unwrap_or_else(|e| e.into_inner()) =
            Arc::new(all.into_iter().map(|(k, v)| (k, Arc::new(v))).collect());
    }
}
