//! The structure a reading found, as the organiser checks it before anything is stored.

use std::fmt;

use crate::document::source::{SourceArticle, SourceDocument};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outline {
    pub title: String,
    pub symbol: String,
    pub year: i64,
    pub language: String,
    pub chapeau: String,
    pub preamble_paragraphs: usize,
    pub closing: String,
    pub parts: Vec<PartOutline>,
    /// Articles in reading order, with the part they belong to.
    pub articles: Vec<ArticleOutline>,
    pub footnotes: Vec<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartOutline {
    pub number: String,
    pub title: String,
    pub articles: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArticleOutline {
    pub number: u16,
    pub title: Option<String>,
    pub part: Option<String>,
    pub paragraphs: usize,
    pub items: usize,
}

impl Outline {
    pub fn preamble_paragraph_count(&self) -> i64 {
        i64::try_from(self.preamble_paragraphs).unwrap_or(i64::MAX)
    }

    pub fn footnote_count(&self) -> i64 {
        i64::try_from(self.footnotes.len()).unwrap_or(i64::MAX)
    }

    pub fn of(draft: &SourceDocument) -> Self {
        let article = |a: &SourceArticle, part: Option<&str>| ArticleOutline {
            number: a.number,
            title: a.title.clone(),
            part: part.map(str::to_string),
            paragraphs: a.paragraphs.iter().filter(|p| p.number.is_some()).count(),
            items: a.paragraphs.iter().map(|p| p.items.len()).sum(),
        };
        Outline {
            title: draft.title.clone(),
            symbol: draft.symbol.clone(),
            year: draft.year,
            language: draft.language.clone(),
            chapeau: draft.preamble.chapeau.clone(),
            preamble_paragraphs: draft.preamble.paragraphs.len(),
            closing: draft.preamble.closing.clone(),
            parts: draft
                .parts
                .iter()
                .map(|p| PartOutline {
                    number: p.number.clone(),
                    title: p.title.clone(),
                    articles: p.articles.len(),
                })
                .collect(),
            articles: draft
                .articles
                .iter()
                .map(|a| article(a, None))
                .chain(
                    draft
                        .parts
                        .iter()
                        .flat_map(|p| p.articles.iter().map(|a| article(a, Some(&p.number)))),
                )
                .collect(),
            footnotes: draft.footnotes.iter().map(|f| f.number).collect(),
        }
    }
}

/// The outline as the command line prints it.
impl fmt::Display for Outline {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{}", self.title)?;
        writeln!(
            f,
            "{}, {}, language {}",
            self.symbol, self.year, self.language
        )?;
        writeln!(
            f,
            "Preamble: {} paragraphs{}{}",
            self.preamble_paragraphs,
            quoted(", opening", &self.chapeau),
            quoted(", closing", &self.closing)
        )?;
        let mut part = None;
        for article in &self.articles {
            if article.part != part {
                part.clone_from(&article.part);
                if let Some(p) = self.parts.iter().find(|p| Some(&p.number) == part.as_ref()) {
                    writeln!(f, "Part {}{}", p.number, quoted(".", &p.title))?;
                }
            }
            write!(f, "  Article {}", article.number)?;
            if let Some(title) = &article.title {
                write!(f, " — {title}")?;
            }
            writeln!(
                f,
                ": {} numbered paragraphs, {} items",
                article.paragraphs, article.items
            )?;
        }
        match (self.footnotes.first(), self.footnotes.last()) {
            (Some(first), Some(last)) => {
                writeln!(f, "Footnotes: {} ({first}–{last})", self.footnotes.len())
            }
            _ => writeln!(f, "Footnotes: none"),
        }
    }
}

fn quoted(label: &str, text: &str) -> String {
    if text.is_empty() {
        String::new()
    } else {
        format!("{label} \"{text}\"")
    }
}
