//! The shipped JSON form of a draft, and how it becomes addressable units.

use anyhow::{Context, bail};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
pub struct SourceDocument {
    pub title: String,
    pub symbol: String,
    pub year: i64,
    pub language: String,
    pub preamble: SourcePreamble,
    /// Articles in no part; a draft without parts has only these.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub articles: Vec<SourceArticle>,
    #[serde(default)]
    pub parts: Vec<SourcePart>,
    pub footnotes: Vec<SourceFootnote>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
pub struct SourcePreamble {
    pub chapeau: String,
    pub paragraphs: Vec<SourceParagraph>,
    pub closing: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
pub struct SourcePart {
    pub number: String,
    pub title: String,
    pub articles: Vec<SourceArticle>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
pub struct SourceArticle {
    pub number: u16,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    pub paragraphs: Vec<SourceParagraph>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
pub struct SourceParagraph {
    pub number: Option<u32>,
    pub text: String,
    #[serde(default)]
    pub notes: Vec<i64>,
    #[serde(default)]
    pub items: Vec<SourceItem>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
pub struct SourceItem {
    pub letter: String,
    pub text: String,
    #[serde(default)]
    pub notes: Vec<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
pub struct SourceFootnote {
    pub number: i64,
    pub text: String,
}

/// One row of `units`, in reading order.
#[derive(Debug, PartialEq)]
pub struct UnitRow {
    pub article: String,
    pub reference: String,
    pub kind: &'static str,
    pub part: Option<String>,
    pub text: String,
    pub notes: Vec<i64>,
    /// An article's title, on the article's own unit.
    pub title: String,
}

impl SourceDocument {
    pub fn parse(json: &str) -> anyhow::Result<Self> {
        serde_json::from_str(json).context("the draft's JSON does not have the expected shape")
    }

    /// The document's addressable units in reading order, then its title and the draft as a
    /// whole. An article with one unnumbered paragraph keeps that text on the article unit
    /// itself; its items are `(a)`, `(b)`... The title and the whole draft are read first but
    /// stored last: a unit's place is part of the keys feedback is indexed and counted by, so
    /// the drafts stored before they existed took them at their end, and every draft does.
    pub fn units(&self) -> anyhow::Result<Vec<UnitRow>> {
        let mut units = vec![UnitRow {
            article: "preamble".into(),
            reference: String::new(),
            kind: "article",
            part: None,
            text: self.preamble.chapeau.clone(),
            notes: vec![],
            title: String::new(),
        }];
        for paragraph in &self.preamble.paragraphs {
            let Some(number) = paragraph.number else {
                bail!("a preambular paragraph has no number");
            };
            units.push(UnitRow {
                article: "preamble".into(),
                reference: number.to_string(),
                kind: "preamble-paragraph",
                part: None,
                text: paragraph.text.clone(),
                notes: paragraph.notes.clone(),
                title: String::new(),
            });
        }
        for article in &self.articles {
            units.extend(article_units(article, None)?);
        }
        for part in &self.parts {
            for article in &part.articles {
                units.extend(article_units(article, Some(&part.number))?);
            }
        }
        units.extend(draft_wide_units(&self.title));
        Ok(units)
    }
}

/// The places to comment on the draft beyond its text: its title (holding the title) and the
/// draft as a whole (holding nothing).
pub fn draft_wide_units(title: &str) -> [UnitRow; 2] {
    let unit = |article: &str, text: &str| UnitRow {
        article: article.into(),
        reference: String::new(),
        kind: "article",
        part: None,
        text: text.to_string(),
        notes: vec![],
        title: String::new(),
    };
    [unit("title", title), unit("whole", "")]
}

fn article_units(article: &SourceArticle, part: Option<&str>) -> anyhow::Result<Vec<UnitRow>> {
    let name = article.number.to_string();
    let unit = |reference: String, kind, text: &str, notes: &[i64]| UnitRow {
        article: name.clone(),
        reference,
        kind,
        part: None,
        text: text.to_string(),
        notes: notes.to_vec(),
        title: String::new(),
    };
    let unnumbered = article
        .paragraphs
        .iter()
        .filter(|p| p.number.is_none())
        .count();
    if unnumbered > 0 && article.paragraphs.len() > 1 {
        bail!("article {name} mixes numbered and unnumbered paragraphs");
    }
    let mut units = Vec::new();
    let mut head = unit(String::new(), "article", "", &[]);
    head.part = part.map(str::to_string);
    head.title = article.title.clone().unwrap_or_default();
    for paragraph in &article.paragraphs {
        let prefix = match paragraph.number {
            None => {
                head.text = paragraph.text.clone();
                head.notes = paragraph.notes.clone();
                String::new()
            }
            Some(n) => {
                units.push(unit(
                    n.to_string(),
                    "paragraph",
                    &paragraph.text,
                    &paragraph.notes,
                ));
                n.to_string()
            }
        };
        for item in &paragraph.items {
            if item.letter.is_empty() || !item.letter.chars().all(|c| c.is_ascii_lowercase()) {
                bail!("article {name} has an item lettered {:?}", item.letter);
            }
            units.push(unit(
                format!("{prefix}({})", item.letter),
                "item",
                &item.text,
                &item.notes,
            ));
        }
    }
    units.insert(0, head);
    Ok(units)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shipped() -> SourceDocument {
        SourceDocument::parse(crate::seed::DRAFT_2017).unwrap()
    }

    #[test]
    fn the_2017_draft_has_18_preambular_paragraphs_and_10_articles() {
        let units = shipped().units().unwrap();
        let preamble = units
            .iter()
            .filter(|u| u.kind == "preamble-paragraph")
            .count();
        let articles = units
            .iter()
            .filter(|u| u.kind == "article" && u.article.parse::<u16>().is_ok())
            .count();
        assert_eq!((preamble, articles), (18, 10));
        let last: Vec<(&str, &str)> = units[units.len() - 2..]
            .iter()
            .map(|u| (u.article.as_str(), u.text.as_str()))
            .collect();
        assert_eq!(last, [("title", shipped().title.as_str()), ("whole", "")]);
    }

    #[test]
    fn references_are_unique_per_article() {
        let units = shipped().units().unwrap();
        let mut seen = std::collections::HashSet::new();
        for u in &units {
            assert!(
                seen.insert((&u.article, &u.reference)),
                "{} {} twice",
                u.article,
                u.reference
            );
        }
    }

    #[test]
    fn items_of_numbered_and_unnumbered_paragraphs_get_their_references() {
        let units = shipped().units().unwrap();
        let refs_of = |article: &str| -> Vec<&str> {
            units
                .iter()
                .filter(|u| u.article == article)
                .map(|u| u.reference.as_str())
                .collect()
        };
        assert_eq!(
            refs_of("1"),
            ["", "1", "2", "3", "3(a)", "3(b)", "3(c)", "3(d)", "3(e)"]
        );
        assert_eq!(refs_of("2"), ["", "(a)", "(b)", "(c)"]);
        assert_eq!(refs_of("5"), [""]);
        assert!(
            units
                .iter()
                .any(|u| u.article == "5" && u.kind == "article" && !u.text.is_empty())
        );
    }
}
