//! Reading a draft from the files drafts arrive in: plain text as UN documents print it,
//! Markdown, Word and the shipped JSON.
//!
//! Each front end turns its file into [`Line`]s (a shape and a text, with the place it came
//! from); one [`builder`] turns lines into a [`SourceDocument`], so the conventions (article
//! headings in four languages, numbered paragraphs, lettered items, footnote markers) are
//! read the same way whatever the format. A file that cannot be read as a draft gives every
//! problem found, each with its line (or Word paragraph); nothing is stored by this module.

mod builder;
mod findings;
pub(crate) mod lines;
mod markdown;
mod outline;
mod word;

use super::source::SourceDocument;

pub use findings::{Finding, JsonProblem, Place, Problem, Warning};
pub use lines::{Line, Shape};
pub use outline::{ArticleOutline, Outline, PartOutline};

/// The largest draft file taken: a thousand-article draft is about 1 MB.
pub const MAX_DRAFT_BYTES: usize = 10 * 1024 * 1024;

/// The formats a draft is read from, chosen by the file's extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
    Word,
    Json,
}

impl Format {
    pub fn from_file_name(name: &str) -> Option<Format> {
        let (_, extension) = name.rsplit_once('.')?;
        match extension.to_ascii_lowercase().as_str() {
            "txt" | "text" => Some(Format::Text),
            "md" | "markdown" => Some(Format::Markdown),
            "docx" => Some(Format::Word),
            "json" => Some(Format::Json),
            _ => None,
        }
    }
}

/// What the organiser says about the draft beside the file; each given fact wins over what
/// the file says.
#[derive(Debug, Clone, Default)]
pub struct DraftFacts {
    pub symbol: Option<String>,
    pub title: Option<String>,
    pub year: Option<i64>,
    pub language: Option<String>,
}

/// A language tag as drafts are marked with (`en`, `fr`, `ar`, `zh-Hans`...), or `None`.
pub fn language_tag(raw: &str) -> Option<String> {
    let raw = raw.trim();
    let mut subtags = raw.split('-');
    let primary = subtags.next().unwrap_or_default();
    let primary_ok =
        (2..=3).contains(&primary.len()) && primary.bytes().all(|b| b.is_ascii_lowercase());
    let rest_ok =
        subtags.all(|t| (1..=8).contains(&t.len()) && t.bytes().all(|b| b.is_ascii_alphanumeric()));
    (primary_ok && rest_ok).then(|| raw.to_string())
}

/// A draft read whole, with what the organiser should check before it is stored.
#[derive(Debug)]
pub struct Reading {
    pub draft: SourceDocument,
    pub warnings: Vec<Finding<Warning>>,
    /// Where each unit was read (a JSON draft has none), to name a line that is not where a
    /// language version expects it.
    pub places: Vec<UnitPlace>,
}

/// Where a unit (`article`, `reference`, as units are addressed) was read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnitPlace {
    pub article: String,
    pub reference: String,
    pub place: Place,
}

/// Reads `bytes` as a draft in `format`. Never panics, whatever the bytes.
pub fn read(
    bytes: &[u8],
    format: Format,
    facts: &DraftFacts,
) -> Result<Reading, Vec<Finding<Problem>>> {
    if bytes.len() > MAX_DRAFT_BYTES {
        return Err(vec![Finding::file(Problem::TooLarge {
            bytes: bytes.len(),
        })]);
    }
    let lines = match format {
        Format::Word => word::lines(bytes)?,
        Format::Text | Format::Markdown | Format::Json => {
            let text = utf8(bytes)?;
            match format {
                Format::Text => lines::of_text(text),
                Format::Markdown => markdown::lines(text),
                _ => return from_json(text, facts),
            }
        }
    };
    builder::build(&lines, facts)
}

fn utf8(bytes: &[u8]) -> Result<&str, Vec<Finding<Problem>>> {
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let line = 1 + bytes[..e.valid_up_to()]
            .iter()
            .filter(|b| **b == b'\n')
            .count();
        vec![Finding::at(Place::Line(line), Problem::NotUtf8)]
    })?;
    Ok(text.strip_prefix('\u{feff}').unwrap_or(text))
}

fn from_json(text: &str, facts: &DraftFacts) -> Result<Reading, Vec<Finding<Problem>>> {
    let mut draft: SourceDocument = serde_json::from_str(text).map_err(|e| {
        vec![Finding::at(
            Place::Line(e.line()),
            Problem::Json(JsonProblem::of(&e)),
        )]
    })?;
    if let Some(symbol) = &facts.symbol {
        draft.symbol = symbol.clone();
    }
    if let Some(title) = &facts.title {
        draft.title = title.clone();
    }
    if let Some(year) = facts.year {
        draft.year = year;
    }
    if let Some(language) = &facts.language {
        draft.language = language.clone();
    }
    builder::check(&draft)?;
    Ok(Reading {
        draft,
        warnings: vec![],
        places: vec![],
    })
}

#[cfg(test)]
mod tests;
