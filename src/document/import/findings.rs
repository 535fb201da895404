//! What reading a draft found wrong (problems: nothing is stored) or worth a look (warnings).

use std::fmt;

use serde::{Deserialize, Serialize};

/// Where in the file: a line of text or Markdown, a paragraph of a Word file, or the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Place {
    File,
    Line(usize),
    WordParagraph(usize),
}

impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Place::File => f.write_str("file"),
            Place::Line(n) => write!(f, "line {n}"),
            Place::WordParagraph(n) => write!(f, "paragraph {n}"),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding<T> {
    pub place: Place,
    pub what: T,
}

impl<T> Finding<T> {
    pub fn at(place: Place, what: T) -> Self {
        Self { place, what }
    }

    pub fn file(what: T) -> Self {
        Self {
            place: Place::File,
            what,
        }
    }
}

impl<T: fmt::Display> fmt::Display for Finding<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.place, self.what)
    }
}

/// Why a JSON file is not a draft, as a reader can act on it (the parser's own words are
/// English and name its types).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JsonProblem {
    /// Not JSON from this column of the line on.
    Syntax { column: usize },
    /// The file ends before the JSON does.
    Cut,
    /// A field every draft has is not there.
    Missing { field: String },
    /// A value of another kind than the draft's (text where a number goes, …).
    Shape { column: usize },
}

impl JsonProblem {
    pub fn of(error: &serde_json::Error) -> Self {
        use serde_json::error::Category;
        match error.classify() {
            Category::Eof => JsonProblem::Cut,
            Category::Syntax | Category::Io => JsonProblem::Syntax {
                column: error.column(),
            },
            Category::Data => {
                // serde names a missing field between backticks: "missing field `title`".
                let text = error.to_string();
                let field = text
                    .strip_prefix("missing field `")
                    .and_then(|rest| rest.split('`').next());
                match field {
                    Some(field) => JsonProblem::Missing {
                        field: field.to_string(),
                    },
                    None => JsonProblem::Shape {
                        column: error.column(),
                    },
                }
            }
        }
    }
}

impl fmt::Display for JsonProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            JsonProblem::Syntax { column } => write!(f, "not JSON from column {column}"),
            JsonProblem::Cut => f.write_str("the file ends before the JSON does"),
            JsonProblem::Missing { field } => write!(f, "the field \"{field}\" is missing"),
            JsonProblem::Shape { column } => {
                write!(
                    f,
                    "a value at column {column} is not of the kind a draft has there"
                )
            }
        }
    }
}

/// Why a file cannot be taken as a draft.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    TooLarge {
        bytes: usize,
    },
    NotUtf8,
    NotWord(String),
    Json(JsonProblem),
    NoTitle,
    NoSymbol,
    NoArticles,
    ArticleNumber {
        expected: u32,
        found: u32,
    },
    ArticleNumberTooLarge,
    PartTwice {
        number: String,
    },
    ParagraphNumber {
        expected: u32,
        found: u32,
    },
    ItemLetter {
        expected: String,
        found: String,
    },
    ItemWithoutParagraph,
    TextBetweenParagraphs,
    EmptyArticle {
        number: u32,
    },
    MarkerWithoutText {
        number: i64,
    },
    FootnoteTwice {
        number: i64,
    },
    FootnoteEmpty {
        number: i64,
    },
    Structure(String),
    /// A language version has a unit the original does not (`unit`: "Article 4, paragraph 5").
    NotInOriginal {
        unit: String,
    },
    /// A language version lacks a unit of the original.
    MissingFromVersion {
        unit: String,
    },
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::TooLarge { bytes } => write!(
                f,
                "the file has {bytes} bytes; a draft may have at most {}",
                super::MAX_DRAFT_BYTES
            ),
            Problem::NotUtf8 => f.write_str("the text is not UTF-8; save the file as UTF-8"),
            Problem::NotWord(why) => write!(f, "this is not a Word (.docx) file that can be read: {why}"),
            Problem::Json(why) => write!(f, "the JSON does not have the draft's shape: {why}"),
            Problem::NoTitle => f.write_str("expected the draft's title on the first line"),
            Problem::NoSymbol => f.write_str("the document symbol is missing; give it (for example A/HRC/35/35)"),
            Problem::NoArticles => f.write_str("no article heading found (expected a line such as \"Article 1\")"),
            Problem::ArticleNumber { expected, found } => write!(
                f,
                "expected article {expected}, found article {found}: article numbers must not skip or repeat"
            ),
            Problem::ArticleNumberTooLarge => f.write_str("an article number is too large"),
            Problem::PartTwice { number } => write!(f, "part {number} appears twice"),
            Problem::ParagraphNumber { expected, found } => write!(
                f,
                "expected paragraph {expected}., found {found}.: paragraph numbers must not skip or repeat"
            ),
            Problem::ItemLetter { expected, found } => {
                write!(f, "expected item ({expected}), found ({found})")
            }
            Problem::ItemWithoutParagraph => f.write_str(
                "a lettered item with no paragraph or article to belong to",
            ),
            Problem::TextBetweenParagraphs => f.write_str(
                "text without a number before the article's first numbered paragraph; number it, or make it the article's title",
            ),
            Problem::EmptyArticle { number } => write!(f, "article {number} has no text"),
            Problem::MarkerWithoutText { number } => write!(
                f,
                "footnote marker [^{number}] has no text; add a line \"[^{number}]: text\""
            ),
            Problem::FootnoteTwice { number } => write!(f, "footnote {number} has two texts"),
            Problem::FootnoteEmpty { number } => write!(f, "footnote {number} has no text"),
                        Problem::Structure(why) => f.write_str(why),
            Problem::NotInOriginal { unit } => write!(
                f,
                "{unit} is not in the original: a language version has the original's units, no more"
            ),
            Problem::MissingFromVersion { unit } => write!(
                f,
                "the original's {unit} is missing here: a language version has every unit of the original"
            ),
        }
    }
}

/// What was read in a way the organiser should confirm.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Warning {
    FootnoteNotCited { number: i64 },
    LanguageAssumed { language: String },
    YearAssumed { year: i64 },
    TitleOnNextLine { article: u32, title: String },
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Warning::FootnoteNotCited { number } => {
                write!(
                    f,
                    "footnote {number} is never cited by a marker [^{number}]"
                )
            }
            Warning::LanguageAssumed { language } => write!(
                f,
                "no language given; the draft is taken to be in \"{language}\""
            ),
            Warning::YearAssumed { year } => {
                write!(f, "no year given; the draft is dated {year}")
            }
            Warning::TitleOnNextLine { article, title } => {
                write!(
                    f,
                    "article {article} is titled \"{title}\" (the line after its heading)"
                )
            }
        }
    }
}
