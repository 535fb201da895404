//! Lines into a draft: the title, the preamble, parts, articles, numbered paragraphs,
//! lettered items and footnotes, with every problem found on the way.

use std::collections::BTreeMap;

use super::findings::{Finding, Place, Problem, Warning};
use super::lines::{Line, Shape};
use super::{DraftFacts, Reading, UnitPlace};
use crate::document::source::{
    SourceArticle, SourceDocument, SourceFootnote, SourceItem, SourceParagraph, SourcePart,
    SourcePreamble,
};

/// The highest article number an address can carry (`ArticleId` keeps four digits).
const MAX_ARTICLE: u32 = 9999;
/// A chapeau names the body ("The General Assembly,"); a longer line ending with a comma is
/// the first preambular paragraph.
const MAX_CHAPEAU_WORDS: usize = 12;
/// The language a draft is taken to be in when none is given, with a warning.
const DEFAULT_LANGUAGE: &str = "en";

pub fn build(lines: &[Line], facts: &DraftFacts) -> Result<Reading, Vec<Finding<Problem>>> {
    let mut builder = Builder::default();
    let mut at = 0;
    while at < lines.len() {
        at = builder.take(lines, at);
    }
    builder.finish(facts)
}

#[derive(Default)]
struct Builder {
    problems: Vec<Finding<Problem>>,
    warnings: Vec<Finding<Warning>>,
    title: Option<(Place, String)>,
    /// Preamble lines as read, `true` after a blank line.
    preamble: Vec<(Place, String, bool)>,
    blank_before: bool,
    parts: Vec<SourcePart>,
    loose_articles: Vec<SourceArticle>,
    article: Option<ArticleInProgress>,
    last_article: u32,
    seen_article: bool,
    footnotes: BTreeMap<i64, (Place, String)>,
    cited: Vec<(Place, i64)>,
    /// Where each article heading, numbered paragraph and item was read.
    places: Vec<UnitPlace>,
}

struct ArticleInProgress {
    place: Place,
    article: SourceArticle,
    /// Where the article's text without a number was read, if it has one.
    unnumbered_at: Option<Place>,
}

impl Builder {
    /// Reads the line at `at` (and a title on the next line); returns where to go on.
    fn take(&mut self, lines: &[Line], at: usize) -> usize {
        let line = &lines[at];
        let place = line.place;
        if let Some(text) = shape_text(&line.shape) {
            self.note_markers(place, text);
        }
        match &line.shape {
            Shape::Blank => {
                self.blank_before = true;
                return at + 1;
            }
            Shape::Footnote { number, text } => {
                if text.is_empty() {
                    self.problem(place, Problem::FootnoteEmpty { number: *number });
                } else if self.footnotes.contains_key(number) {
                    self.problem(place, Problem::FootnoteTwice { number: *number });
                } else {
                    self.footnotes.insert(*number, (place, text.clone()));
                }
            }
            Shape::Title(text) if self.title.is_none() => {
                self.title = Some((place, text.clone()));
            }
            Shape::Plain(text) if self.title.is_none() => {
                self.title = Some((place, text.clone()));
            }
            Shape::Title(_) => self.problem(
                place,
                Problem::Structure("a second title; the draft's title is its first line".into()),
            ),
            Shape::PreambleHeading if !self.seen_article => {}
            Shape::PreambleHeading => self.problem(
                place,
                Problem::Structure("a preamble heading after the first article".into()),
            ),
            Shape::Part { number, title } => {
                self.close_article();
                self.seen_article = true;
                if self.parts.iter().any(|p| &p.number == number) {
                    self.problem(
                        place,
                        Problem::PartTwice {
                            number: number.clone(),
                        },
                    );
                }
                self.parts.push(SourcePart {
                    number: number.clone(),
                    title: title.clone(),
                    articles: vec![],
                });
            }
            Shape::Article { number, title } => {
                return self.open_article(lines, at, *number, title.clone());
            }
            Shape::Paragraph { number, text } => match &mut self.article {
                None => self.preamble_line(place, text_with_number(*number, text)),
                Some(current) => {
                    let expected = 1 + current
                        .article
                        .paragraphs
                        .iter()
                        .filter(|p| p.number.is_some())
                        .count() as u32;
                    let mut problems = vec![];
                    if let Some(unnumbered) = current.unnumbered_at.take() {
                        problems.push(Finding::at(unnumbered, Problem::TextBetweenParagraphs));
                    }
                    if *number != expected {
                        problems.push(Finding::at(
                            place,
                            Problem::ParagraphNumber {
                                expected,
                                found: *number,
                            },
                        ));
                    }
                    current.article.paragraphs.push(SourceParagraph {
                        number: Some(*number),
                        text: text.clone(),
                        notes: vec![],
                        items: vec![],
                    });
                    self.places.push(UnitPlace {
                        article: current.article.number.to_string(),
                        reference: number.to_string(),
                        place,
                    });
                    self.problems.extend(problems);
                }
            },
            Shape::Item { letter, text } => match &mut self.article {
                None => self.problem(place, Problem::ItemWithoutParagraph),
                Some(current) => {
                    if current.article.paragraphs.is_empty() {
                        current.article.paragraphs.push(SourceParagraph {
                            number: None,
                            text: String::new(),
                            notes: vec![],
                            items: vec![],
                        });
                    }
                    let paragraph = current
                        .article
                        .paragraphs
                        .last_mut()
                        .expect("a paragraph was just ensured");
                    let expected = letter_at(paragraph.items.len());
                    if *letter != expected {
                        self.problems.push(Finding::at(
                            place,
                            Problem::ItemLetter {
                                expected,
                                found: letter.clone(),
                            },
                        ));
                    }
                    paragraph.items.push(SourceItem {
                        letter: letter.clone(),
                        text: text.clone(),
                        notes: vec![],
                    });
                    let prefix = paragraph.number.map(|n| n.to_string()).unwrap_or_default();
                    self.places.push(UnitPlace {
                        article: current.article.number.to_string(),
                        reference: format!("{prefix}({letter})"),
                        place,
                    });
                }
            },
            Shape::Plain(text) => match &mut self.article {
                None => self.preamble_line(place, text.clone()),
                Some(current) => {
                    let paragraphs = &mut current.article.paragraphs;
                    match paragraphs.last_mut() {
                        Some(paragraph) => match paragraph.items.last_mut() {
                            Some(item) => join(&mut item.text, text),
                            None => join(&mut paragraph.text, text),
                        },
                        None => {
                            current.unnumbered_at = Some(place);
                            paragraphs.push(SourceParagraph {
                                number: None,
                                text: text.clone(),
                                notes: vec![],
                                items: vec![],
                            });
                        }
                    }
                }
            },
        }
        self.blank_before = false;
        at + 1
    }

    fn open_article(
        &mut self,
        lines: &[Line],
        at: usize,
        number: u32,
        title: Option<String>,
    ) -> usize {
        self.close_article();
        self.seen_article = true;
        let place = lines[at].place;
        let expected = self.last_article + 1;
        if number > MAX_ARTICLE {
            self.problem(place, Problem::ArticleNumberTooLarge);
        } else if number != expected {
            self.problem(
                place,
                Problem::ArticleNumber {
                    expected,
                    found: number,
                },
            );
        }
        self.last_article = number;
        let (title, next) = match title {
            Some(title) => (Some(title), at + 1),
            None => match title_on_next_line(lines, at) {
                Some((title_at, title)) => {
                    self.warnings.push(Finding::at(
                        lines[title_at].place,
                        Warning::TitleOnNextLine {
                            article: number,
                            title: title.clone(),
                        },
                    ));
                    self.note_markers(lines[title_at].place, &title);
                    (Some(title), title_at + 1)
                }
                None => (None, at + 1),
            },
        };
        self.places.push(UnitPlace {
            article: number.min(MAX_ARTICLE).to_string(),
            reference: String::new(),
            place,
        });
        self.article = Some(ArticleInProgress {
            place,
            article: SourceArticle {
                number: number.min(MAX_ARTICLE) as u16,
                title,
                paragraphs: vec![],
            },
            unnumbered_at: None,
        });
        self.blank_before = false;
        next
    }

    fn close_article(&mut self) {
        let Some(current) = self.article.take() else {
            return;
        };
        let article = current.article;
        let empty = article
            .paragraphs
            .iter()
            .all(|p| p.text.trim().is_empty() && p.items.is_empty());
        if empty {
            self.problem(
                current.place,
                Problem::EmptyArticle {
                    number: u32::from(article.number),
                },
            );
        }
        match self.parts.last_mut() {
            Some(part) => part.articles.push(article),
            None => self.loose_articles.push(article),
        }
    }

    fn preamble_line(&mut self, place: Place, text: String) {
        self.preamble.push((place, text, self.blank_before));
    }

    fn note_markers(&mut self, place: Place, text: &str) {
        let (_, numbers) = take_markers(text);
        self.cited.extend(numbers.into_iter().map(|n| (place, n)));
    }

    fn problem(&mut self, place: Place, problem: Problem) {
        self.problems.push(Finding::at(place, problem));
    }

    fn finish(mut self, facts: &DraftFacts) -> Result<Reading, Vec<Finding<Problem>>> {
        self.close_article();
        if self.parts.iter().all(|p| p.articles.is_empty()) && self.loose_articles.is_empty() {
            self.problems.push(Finding::file(Problem::NoArticles));
        }
        for (place, number) in &self.cited {
            if !self.footnotes.contains_key(number) {
                self.problems.push(Finding::at(
                    *place,
                    Problem::MarkerWithoutText { number: *number },
                ));
            }
        }
        for (number, (place, _)) in &self.footnotes {
            if !self.cited.iter().any(|(_, n)| n == number) {
                self.warnings.push(Finding::at(
                    *place,
                    Warning::FootnoteNotCited { number: *number },
                ));
            }
        }
        let title = match (&facts.title, self.title.take()) {
            (Some(title), _) => title.clone(),
            (None, Some((_, title))) => take_markers(&title).0,
            (None, None) => {
                self.problems.push(Finding::file(Problem::NoTitle));
                String::new()
            }
        };
        let symbol = facts.symbol.clone().unwrap_or_else(|| {
            self.problems.push(Finding::file(Problem::NoSymbol));
            String::new()
        });
        let language = facts.language.clone().unwrap_or_else(|| {
            let language = DEFAULT_LANGUAGE.to_string();
            self.warnings.push(Finding::file(Warning::LanguageAssumed {
                language: language.clone(),
            }));
            language
        });
        let year = facts.year.unwrap_or_else(|| {
            let year = i64::from(time::OffsetDateTime::now_utc().year());
            self.warnings
                .push(Finding::file(Warning::YearAssumed { year }));
            year
        });
        if !self.problems.is_empty() {
            return Err(sorted(self.problems));
        }
        let (preamble, preamble_places) = preamble_of(std::mem::take(&mut self.preamble));
        self.places.extend(preamble_places);
        let mut draft = SourceDocument {
            title,
            symbol,
            year,
            language,
            preamble,
            articles: self.loose_articles,
            parts: self.parts,
            footnotes: self
                .footnotes
                .into_iter()
                .map(|(number, (_, text))| SourceFootnote {
                    number,
                    text: take_markers(&text).0,
                })
                .collect(),
        };
        move_markers_to_notes(&mut draft);
        check(&draft)?;
        self.warnings.sort_by_key(|w| place_order(w.place));
        Ok(Reading {
            draft,
            warnings: self.warnings,
            places: self.places,
        })
    }
}

/// What every draft must be, however it was read: the checks a JSON draft gets too.
pub fn check(draft: &SourceDocument) -> Result<(), Vec<Finding<Problem>>> {
    let mut problems = vec![];
    let articles: Vec<&SourceArticle> = draft
        .articles
        .iter()
        .chain(draft.parts.iter().flat_map(|p| p.articles.iter()))
        .collect();
    if articles.is_empty() {
        problems.push(Finding::file(Problem::NoArticles));
    }
    if draft.symbol.trim().is_empty() {
        problems.push(Finding::file(Problem::NoSymbol));
    }
    if draft.title.trim().is_empty() {
        problems.push(Finding::file(Problem::NoTitle));
    }
    for (expected, article) in (1..).zip(&articles) {
        if u32::from(article.number) != expected {
            problems.push(Finding::file(Problem::ArticleNumber {
                expected,
                found: u32::from(article.number),
            }));
            break;
        }
    }
    let defined: Vec<i64> = draft.footnotes.iter().map(|f| f.number).collect();
    let cited = draft
        .preamble
        .paragraphs
        .iter()
        .chain(articles.iter().flat_map(|a| a.paragraphs.iter()))
        .flat_map(|p| {
            p.notes
                .iter()
                .chain(p.items.iter().flat_map(|i| i.notes.iter()))
        });
    for number in cited {
        if !defined.contains(number) {
            problems.push(Finding::file(Problem::MarkerWithoutText {
                number: *number,
            }));
        }
    }
    if let Err(e) = draft.units() {
        problems.push(Finding::file(Problem::Structure(e.to_string())));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems)
    }
}

/// The chapeau (a short first line ending with a comma), the closing line (the last, ending
/// with a colon), and the paragraphs between: one per line, or one per blank-line-separated
/// block when the preamble has blank lines between its paragraphs (text copied from a PDF).
/// The preamble, and where its chapeau and each paragraph began.
fn preamble_of(mut lines: Vec<(Place, String, bool)>) -> (SourcePreamble, Vec<UnitPlace>) {
    let unit = |reference: String, place: Place| UnitPlace {
        article: "preamble".into(),
        reference,
        place,
    };
    let mut places = Vec::new();
    let mut chapeau = String::new();
    if let Some((place, first, _)) = lines.first()
        && first.ends_with([',', '،'])
        && first.split_whitespace().count() <= MAX_CHAPEAU_WORDS
    {
        places.push(unit(String::new(), *place));
        chapeau = lines.remove(0).1;
    }
    let mut closing = String::new();
    if let Some((_, last, _)) = lines.last()
        && last.ends_with(':')
    {
        closing = lines.pop().map(|(_, text, _)| text).unwrap_or_default();
    }
    let blocks = lines.iter().skip(1).any(|(_, _, blank)| *blank);
    let mut paragraphs: Vec<String> = vec![];
    for (place, text, blank_before) in lines {
        match paragraphs.last_mut() {
            Some(last) if blocks && !blank_before => join(last, &text),
            _ => {
                paragraphs.push(text);
                places.push(unit(paragraphs.len().to_string(), place));
            }
        }
    }
    let preamble = SourcePreamble {
        chapeau,
        closing,
        paragraphs: (1..)
            .zip(paragraphs)
            .map(|(number, text)| SourceParagraph {
                number: Some(number),
                text,
                notes: vec![],
                items: vec![],
            })
            .collect(),
    };
    (preamble, places)
}

/// An article's title may stand on the line after its heading: a line that does not end
/// like a sentence or a chapeau, followed by more of the article.
fn title_on_next_line(lines: &[Line], heading: usize) -> Option<(usize, String)> {
    let mut rest = lines[heading + 1..]
        .iter()
        .enumerate()
        .filter(|(_, l)| !matches!(l.shape, Shape::Blank | Shape::Footnote { .. }));
    let (offset, candidate) = rest.next()?;
    let Shape::Plain(text) = &candidate.shape else {
        return None;
    };
    if text.ends_with(['.', ',', ';', ':', '،', '؛']) {
        return None;
    }
    let (_, after) = rest.next()?;
    match after.shape {
        Shape::Paragraph { .. } | Shape::Item { .. } | Shape::Plain(_) => {
            Some((heading + 1 + offset, text.clone()))
        }
        _ => None,
    }
}

fn move_markers_to_notes(draft: &mut SourceDocument) {
    let paragraphs = draft.preamble.paragraphs.iter_mut().chain(
        draft
            .articles
            .iter_mut()
            .chain(draft.parts.iter_mut().flat_map(|p| p.articles.iter_mut()))
            .flat_map(|a| a.paragraphs.iter_mut()),
    );
    for paragraph in paragraphs {
        (paragraph.text, paragraph.notes) = take_markers(&paragraph.text);
        for item in &mut paragraph.items {
            (item.text, item.notes) = take_markers(&item.text);
        }
    }
    for article in draft
        .articles
        .iter_mut()
        .chain(draft.parts.iter_mut().flat_map(|p| p.articles.iter_mut()))
    {
        if let Some(title) = &mut article.title {
            *title = take_markers(title).0;
        }
    }
}

/// The text without its footnote markers (`[^8]`), and the numbers they cite.
pub fn take_markers(text: &str) -> (String, Vec<i64>) {
    let mut kept = String::with_capacity(text.len());
    let mut numbers = vec![];
    let mut rest = text;
    while let Some(start) = rest.find("[^") {
        let after = &rest[start + 2..];
        let marker = after.find(']').and_then(|end| {
            let digits = &after[..end];
            let ok = !digits.is_empty()
                && digits.len() <= 9
                && digits.bytes().all(|b| b.is_ascii_digit());
            ok.then(|| (digits.parse::<i64>().ok(), end))
        });
        match marker {
            Some((Some(number), end)) if !after[end + 1..].starts_with(':') => {
                kept.push_str(rest[..start].trim_end_matches([' ', '\t']));
                numbers.push(number);
                rest = &after[end + 1..];
                if !kept.is_empty()
                    && !rest.is_empty()
                    && !rest.starts_with([' ', ',', '.', ';', ':'])
                {
                    kept.push(' ');
                }
                rest = if kept.ends_with(' ') {
                    rest.trim_start()
                } else {
                    rest
                };
            }
            _ => {
                kept.push_str(&rest[..start + 2]);
                rest = after;
            }
        }
    }
    kept.push_str(rest);
    (kept.trim_end().to_string(), numbers)
}

fn shape_text(shape: &Shape) -> Option<&str> {
    match shape {
        Shape::Paragraph { text, .. } | Shape::Item { text, .. } | Shape::Plain(text) => Some(text),
        _ => None,
    }
}

fn text_with_number(number: u32, text: &str) -> String {
    format!("{number}. {text}")
}

fn join(text: &mut String, more: &str) {
    if !text.is_empty() {
        text.push(' ');
    }
    text.push_str(more);
}

/// The letter of the item at `index`: a..z, then aa, bb...
pub(super) fn letter_at(index: usize) -> String {
    let letter = (b'a' + (index % 26) as u8) as char;
    std::iter::repeat_n(letter, index / 26 + 1).collect()
}

fn place_order(place: Place) -> (u8, usize) {
    match place {
        Place::File => (0, 0),
        Place::Line(n) | Place::WordParagraph(n) => (1, n),
    }
}

fn sorted(mut problems: Vec<Finding<Problem>>) -> Vec<Finding<Problem>> {
    problems.sort_by_key(|p| place_order(p.place));
    problems
}
