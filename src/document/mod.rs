//! The draft text: a versioned document of preamble paragraphs, parts, articles, numbered
//! paragraphs and lettered items, each addressed by a stable reference.
//!
//! Feedback points at (document, article, reference), where the reference is `""` for the
//! article as a whole, `"2"` for a paragraph, `"3(a)"` for a lettered item (or `"(a)"` when
//! the article's only paragraph carries no number). A revised draft is another document, so
//! loading it never touches stored feedback.

mod article_id;
pub mod import;
pub mod repo;
pub mod source;
#[cfg(test)]
pub mod testing;
pub mod translation;

pub use article_id::ArticleId;

use std::sync::Arc;

#[derive(Debug, Clone)]
pub struct Document {
    pub id: i64,
    pub symbol: String,
    pub title: String,
    pub year: i64,
    pub language: String,
    pub preamble_chapeau: String,
    pub preamble_closing: String,
    pub process_id: i64,
    /// Its place among the versions of its process's draft, from 1.
    pub version: i64,
    /// The version this one revises; `None` for a process's first.
    pub based_on: Option<i64>,
    /// A version of the draft, or the process's discussion questions.
    pub kind: DocumentKind,
    pub parts: Vec<Part>,
    /// The preamble first, then the articles, in reading order.
    pub articles: Vec<Article>,
    pub footnotes: Vec<Footnote>,
}

/// What a document holds: a version of a draft, or a process's discussion questions (each
/// question a unit `q1`, `q2`..., so answers are feedback like any other).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocumentKind {
    Draft,
    Questions,
}

impl DocumentKind {
    pub fn key(self) -> &'static str {
        match self {
            DocumentKind::Draft => "draft",
            DocumentKind::Questions => "questions",
        }
    }

    pub fn parse(key: &str) -> Option<Self> {
        [DocumentKind::Draft, DocumentKind::Questions]
            .into_iter()
            .find(|k| k.key() == key)
    }
}

#[derive(Debug, Clone)]
pub struct Part {
    pub number: String,
    pub title: String,
}

#[derive(Debug, Clone)]
pub struct Article {
    pub id: ArticleId,
    /// The number of the part this article belongs to; `None` for the preamble.
    pub part: Option<String>,
    /// The title after the article's heading ("Article 1 — Definitions"), if it has one; a
    /// question's short label.
    pub title: Option<String>,
    pub blocks: Vec<Block>,
    /// A retired question: offered no longer, its answers kept. Never for a draft's article.
    pub retired: bool,
}

/// A paragraph as printed: its number (if it has one), its text and its lettered items.
#[derive(Debug, Clone)]
pub struct Block {
    pub reference: String,
    pub number: Option<String>,
    pub text: String,
    pub notes: Vec<i64>,
    pub items: Vec<Item>,
}

#[derive(Debug, Clone)]
pub struct Item {
    pub reference: String,
    pub letter: String,
    pub text: String,
    pub notes: Vec<i64>,
}

#[derive(Debug, Clone)]
pub struct Footnote {
    pub number: i64,
    pub text: String,
}

/// Why a language version was not stored.
#[derive(Debug, thiserror::Error)]
pub enum TranslationRefused {
    /// Participants have commented reading the version it would replace: its words stay.
    #[error("participants have commented reading this language version")]
    Commented,
    #[error(transparent)]
    Storage(#[from] rusqlite::Error),
}

/// Stores a language version with its audit entry, in place of the one in its language if
/// nobody has commented reading that one (they commented on its words). Returns whether it
/// replaced one.
pub fn store_translation(
    conn: &rusqlite::Connection,
    version: &translation::Translation,
    by: &str,
) -> Result<bool, TranslationRefused> {
    if repo::count_read_in(conn, version.document_id, &version.language)? > 0 {
        return Err(TranslationRefused::Commented);
    }
    let now = crate::time_format::now_rfc3339();
    let replaced = repo::replace_translation(conn, version, by, &now)?;
    let entry = crate::audit::Entry::new(by, crate::audit::Action::TranslationLoad)
        .subject(format!("#{}", version.document_id))
        .detail(format!(
            "{} version, {} units",
            version.language,
            version.units.len()
        ));
    crate::audit::repo::record(conn, &entry, &now)?;
    Ok(replaced)
}

/// Languages written right to left, whose drafts are marked `dir="rtl"`.
const RIGHT_TO_LEFT: [&str; 8] = ["ar", "he", "fa", "ur", "ps", "yi", "dv", "ckb"];

/// The writing direction of a language tag, for `dir`.
pub fn direction_of(language: &str) -> &'static str {
    let primary = language.split('-').next().unwrap_or_default();
    if RIGHT_TO_LEFT.contains(&primary) {
        "rtl"
    } else {
        "ltr"
    }
}

impl Document {
    /// The symbol to show beside the title: a draft's; a process's questions have none of
    /// their own (theirs only names them in the database).
    pub fn shown_symbol(&self) -> Option<&str> {
        (self.kind == DocumentKind::Draft).then_some(self.symbol.as_str())
    }

    /// The writing direction of the document's language, for `dir`.
    pub fn dir(&self) -> &'static str {
        direction_of(&self.language)
    }

    pub fn article(&self, id: ArticleId) -> Option<&Article> {
        self.articles.iter().find(|a| a.id == id)
    }

    /// The articles before and after `id`, for previous/next links.
    pub fn neighbours(&self, id: ArticleId) -> (Option<ArticleId>, Option<ArticleId>) {
        let Some(at) = self.articles.iter().position(|a| a.id == id) else {
            return (None, None);
        };
        let previous = at.checked_sub(1).map(|i| self.articles[i].id);
        let next = self.articles.get(at + 1).map(|a| a.id);
        (previous, next)
    }

    pub fn articles_in_part<'a>(&'a self, part: &'a str) -> impl Iterator<Item = &'a Article> {
        self.articles
            .iter()
            .filter(move |a| a.part.as_deref() == Some(part))
    }

    /// The footnotes that `article` cites, in number order.
    pub fn footnotes_of(&self, article: &Article) -> Vec<&Footnote> {
        let cited: Vec<i64> = article
            .blocks
            .iter()
            .flat_map(|b| {
                b.notes
                    .iter()
                    .chain(b.items.iter().flat_map(|i| i.notes.iter()))
            })
            .copied()
            .collect();
        self.footnotes
            .iter()
            .filter(|f| cited.contains(&f.number))
            .collect()
    }
}

impl Article {
    pub fn is_preamble(&self) -> bool {
        self.id == ArticleId::Preamble
    }

    /// Every reference feedback may point at, in document order, the whole article first.
    pub fn references(&self) -> Vec<&str> {
        let mut refs = vec![""];
        for block in &self.blocks {
            if !block.reference.is_empty() {
                refs.push(&block.reference);
            }
            refs.extend(block.items.iter().map(|i| i.reference.as_str()));
        }
        refs
    }

    pub fn has_reference(&self, reference: &str) -> bool {
        self.references().contains(&reference)
    }

    /// The current text at `reference`, items with their letters; the whole article for `""`.
    pub fn text_of(&self, reference: &str) -> String {
        let item_line = |item: &Item| format!("({}) {}", item.letter, item.text);
        let block_text = |block: &Block| {
            std::iter::once(block.text.clone())
                .chain(block.items.iter().map(item_line))
                .filter(|t| !t.is_empty())
                .collect::<Vec<_>>()
                .join("\n")
        };
        if reference.is_empty() {
            return self
                .blocks
                .iter()
                .map(block_text)
                .collect::<Vec<_>>()
                .join("\n");
        }
        for block in &self.blocks {
            if block.reference == reference {
                return block_text(block);
            }
            if let Some(item) = block.items.iter().find(|i| i.reference == reference) {
                return item.text.clone();
            }
        }
        String::new()
    }

    /// The first words of the article, for the table of contents.
    pub fn opening_words(&self) -> String {
        const WORDS: usize = 14;
        let text = self
            .blocks
            .iter()
            .flat_map(|b| {
                std::iter::once(b.text.as_str()).chain(b.items.iter().map(|i| i.text.as_str()))
            })
            .find(|t| !t.is_empty())
            .unwrap_or("");
        let words: Vec<&str> = text.split_whitespace().collect();
        if words.len() <= WORDS {
            words.join(" ")
        } else {
            format!("{}…", words[..WORDS].join(" "))
        }
    }
}

/// How the ISO commenting template names a place in the text: "Art. 4(2)", "Art. 1(3)(a)",
/// "Art. 2(a)", "Art. 5", "PP 12", "Preamble", "Title", and "General" for the draft as a whole.
pub fn clause(article: ArticleId, reference: &str) -> String {
    match (article, reference) {
        (ArticleId::Title, _) => "Title".to_string(),
        (ArticleId::Whole, _) => "General".to_string(),
        (ArticleId::Question(n), _) => format!("Q{n}"),
        (ArticleId::Preamble, "") => "Preamble".to_string(),
        (ArticleId::Preamble, r) => format!("PP {r}"),
        (ArticleId::Numbered(n), "") => format!("Art. {n}"),
        (ArticleId::Numbered(n), r) if r.starts_with('(') => format!("Art. {n}{r}"),
        (ArticleId::Numbered(n), r) => match r.split_once('(') {
            Some((paragraph, item)) => format!("Art. {n}({paragraph})({item}"),
            None => format!("Art. {n}({r})"),
        },
    }
}

/// The stored documents as handlers read them: a snapshot taken per request, replaced whole
/// when an administrator loads a draft, so a request never sees half a change.
#[derive(Debug, Default)]
pub struct LibraryCell(std::sync::RwLock<Arc<Library>>);

impl LibraryCell {
    pub fn new(library: Library) -> Self {
        Self(std::sync::RwLock::new(Arc::new(library)))
    }

    /// The documents as they are now.
    pub fn snapshot(&self) -> Arc<Library> {
        // A poisoned lock still holds a whole library: only `replace` writes, in one step.
        self.0.read().unwrap_or_else(|e| e.into_inner()).clone()
    }

    pub fn replace(&self, library: Library) {
        *self.0.write().unwrap_or_else(|e| e.into_inner()) = Arc::new(library);
    }
}

/// Every document in the database, loaded at start and again when a draft is loaded: pages
/// read it on every request.
#[derive(Debug, Clone, Default)]
pub struct Library {
    /// The versions of the drafts.
    documents: Vec<Arc<Document>>,
    /// Language versions: each a document with its original's id, in another language.
    translations: Vec<Arc<Document>>,
    /// The processes' discussion questions, one document each: found by id like a version,
    /// never listed among the versions.
    question_sets: Vec<Arc<Document>>,
}

impl Library {
    pub fn new(documents: Vec<Document>) -> Self {
        Self::with_translations(documents, Vec::new())
    }

    pub fn with_translations(documents: Vec<Document>, translations: Vec<Document>) -> Self {
        let (question_sets, drafts): (Vec<Document>, Vec<Document>) = documents
            .into_iter()
            .partition(|d| d.kind == DocumentKind::Questions);
        Self {
            documents: drafts.into_iter().map(Arc::new).collect(),
            translations: translations.into_iter().map(Arc::new).collect(),
            question_sets: question_sets.into_iter().map(Arc::new).collect(),
        }
    }

    /// The discussion questions of a process, if it has any.
    pub fn questions_of_process(&self, process_id: i64) -> Option<&Arc<Document>> {
        self.question_sets
            .iter()
            .find(|d| d.process_id == process_id)
    }

    /// Whether a process has anything to comment on: a draft or discussion questions.
    pub fn has_content(&self, process_id: i64) -> bool {
        self.newest_of_process(process_id).is_some()
            || self.questions_of_process(process_id).is_some()
    }

    /// Document `id` in `language`: the original if it is in that language, else its
    /// language version in it, if there is one.
    pub fn in_language(&self, id: i64, language: &str) -> Option<&Arc<Document>> {
        match self.get(id) {
            Some(original) if original.language == language => Some(original),
            _ => self
                .translations
                .iter()
                .find(|d| d.id == id && d.language == language),
        }
    }

    /// The languages document `id` can be read in: the original's first.
    pub fn languages_of(&self, id: i64) -> Vec<&str> {
        self.get(id)
            .map(|d| d.language.as_str())
            .into_iter()
            .chain(
                self.translations
                    .iter()
                    .filter(|d| d.id == id)
                    .map(|d| d.language.as_str()),
            )
            .collect()
    }

    /// A version of a draft, or a question set, by id.
    pub fn get(&self, id: i64) -> Option<&Arc<Document>> {
        self.documents
            .iter()
            .chain(&self.question_sets)
            .find(|d| d.id == id)
    }

    /// Every version of every draft, by id.
    pub fn all(&self) -> &[Arc<Document>] {
        &self.documents
    }

    /// Every version of every draft, then every question set.
    pub fn all_with_questions(&self) -> impl Iterator<Item = &Arc<Document>> {
        self.documents.iter().chain(&self.question_sets)
    }

    /// The newest document of a process, if it has one.
    pub fn newest_of_process(&self, process_id: i64) -> Option<&Arc<Document>> {
        self.documents
            .iter()
            .rev()
            .find(|d| d.process_id == process_id)
    }
}
