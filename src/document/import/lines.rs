//! The shapes a line of a draft can have, and how a line of plain text is recognised.

use super::findings::Place;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    pub place: Place,
    pub shape: Shape,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Shape {
    Blank,
    /// A title marked as such (a Markdown `#` heading); in plain text the first line is it.
    Title(String),
    PreambleHeading,
    Part {
        number: String,
        title: String,
    },
    Article {
        number: u32,
        title: Option<String>,
    },
    Paragraph {
        number: u32,
        text: String,
    },
    Item {
        letter: String,
        text: String,
    },
    Footnote {
        number: i64,
        text: String,
    },
    Plain(String),
}

/// Every line of a plain-text draft, numbered from 1; LF or CRLF.
pub fn of_text(text: &str) -> Vec<Line> {
    text.split('\n')
        .enumerate()
        .map(|(i, line)| Line {
            place: Place::Line(i + 1),
            shape: classify(line),
        })
        .collect()
}

/// What a line of text is, by the conventions UN documents print drafts with.
pub fn classify(line: &str) -> Shape {
    let line = line.trim();
    if line.is_empty() {
        return Shape::Blank;
    }
    if is_preamble_heading(line) {
        return Shape::PreambleHeading;
    }
    if let Some(footnote) = footnote(line) {
        return footnote;
    }
    if let Some(article) = article_heading(line) {
        return article;
    }
    if let Some(part) = part_heading(line) {
        return part;
    }
    if let Some(paragraph) = numbered_paragraph(line) {
        return paragraph;
    }
    if let Some(item) = lettered_item(line) {
        return item;
    }
    Shape::Plain(line.to_string())
}

const PREAMBLE_HEADINGS: [&str; 4] = ["preamble", "préambule", "preámbulo", "الديباجة"];
const ARTICLE_WORDS: [&str; 4] = ["article", "artículo", "articulo", "المادة"];
const PART_WORDS: [&str; 4] = ["part", "partie", "parte", "الجزء"];
const FIRST_WORDS: [&str; 3] = ["premier", "1er", "primero"];
/// Arabic ordinals as the United Nations' Arabic documents number parts ("الجزء الأول"), with
/// the Roman numeral the other language versions give the same part.
const ARABIC_ORDINALS: [(&str, &str); 10] = [
    ("الأول", "I"),
    ("الثاني", "II"),
    ("الثالث", "III"),
    ("الرابع", "IV"),
    ("الخامس", "V"),
    ("السادس", "VI"),
    ("السابع", "VII"),
    ("الثامن", "VIII"),
    ("التاسع", "IX"),
    ("العاشر", "X"),
];

fn is_preamble_heading(line: &str) -> bool {
    let bare = line.trim_end_matches([':', '.']).trim().to_lowercase();
    PREAMBLE_HEADINGS.contains(&bare.as_str())
}

/// `[^8]: text`
fn footnote(line: &str) -> Option<Shape> {
    let rest = line.strip_prefix("[^")?;
    let (number, rest) = rest.split_once("]:")?;
    let number = ascii_number(number)?;
    Some(Shape::Footnote {
        number: i64::from(number),
        text: rest.trim().to_string(),
    })
}

/// `Article 1`, `Article premier`, `Artículo 1`, `المادة 1`, with an optional title after a
/// dash, colon or full stop. "Article 28 of the Universal Declaration..." is running text.
fn article_heading(line: &str) -> Option<Shape> {
    let (word, rest) = first_word(line)?;
    if !ARTICLE_WORDS.contains(&word.to_lowercase().as_str()) {
        return None;
    }
    let (number, rest) = first_word(rest)?;
    let lowered = number.to_lowercase();
    let (number, glued) = split_number(&lowered);
    let number = if FIRST_WORDS.contains(&lowered.trim_end_matches(['.', ':']).trim()) {
        1
    } else {
        any_digits(number)?
    };
    let title = heading_title(&format!("{glued}{rest}"))?;
    Some(Shape::Article { number, title })
}

/// `Part I. Title`, `Partie II : Titre`, `Parte 3 - Título`, `الجزء 1`, `الجزء الأول: عنوان`.
fn part_heading(line: &str) -> Option<Shape> {
    let (word, rest) = first_word(line)?;
    if !PART_WORDS.contains(&word.to_lowercase().as_str()) {
        return None;
    }
    let (number, rest) = first_word(rest)?;
    let ordinal = ARABIC_ORDINALS.iter().find_map(|(word, roman)| {
        let glued = number.strip_prefix(word)?;
        Some((*roman, glued))
    });
    if let Some((roman, glued)) = ordinal {
        let title = heading_title(&format!("{glued}{rest}"))?.unwrap_or_default();
        return Some(Shape::Part {
            number: roman.to_string(),
            title,
        });
    }
    let end = number
        .find(|c: char| !(c.is_ascii_alphanumeric() || ('\u{660}'..='\u{669}').contains(&c)))
        .unwrap_or(number.len());
    let (number, glued) = number.split_at(end);
    let is_roman = !number.is_empty() && number.chars().all(|c| "IVXLCDM".contains(c));
    let number = if is_roman {
        number.to_string()
    } else {
        any_digits(number)?.to_string()
    };
    let title = heading_title(&format!("{glued}{rest}"))?.unwrap_or_default();
    Some(Shape::Part { number, title })
}

/// The text after a heading's number: nothing, or a title after `.`, `:`, `-`, `–` or `—`.
/// `None` when something else follows, which makes the line running text.
fn heading_title(rest: &str) -> Option<Option<String>> {
    let rest = rest.trim();
    if rest.is_empty() {
        return Some(None);
    }
    let title = rest.strip_prefix(['.', ':', '-', '–', '—'])?.trim();
    Some((!title.is_empty()).then(|| title.to_string()))
}

/// `1.` then a tab or spaces, then the text.
fn numbered_paragraph(line: &str) -> Option<Shape> {
    let (head, text) = line.split_once(['\t', ' '])?;
    // "1." as most print it, "1-" or "1 -" as Arabic documents do (a year followed by a
    // dash is not a paragraph: a dash follows three digits at most).
    fn short(digits: &str) -> Option<&str> {
        (digits.chars().count() <= 3).then_some(digits)
    }
    let (number, text) = match (head.strip_suffix('.'), head.strip_suffix('-')) {
        (Some(digits), _) => (any_digits(digits)?, text),
        (None, Some(digits)) => (any_digits(short(digits)?)?, text),
        (None, None) => (
            any_digits(short(head)?)?,
            text.trim_start().strip_prefix('-')?,
        ),
    };
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    Some(Shape::Paragraph {
        number,
        text: text.to_string(),
    })
}

/// `(a)` (or `a)`, as French documents print it) then a tab or spaces, then the text;
/// Arabic drafts letter items in abjad order (`(أ)`, `(ب)`, `(ج)`...), which map to a, b, c.
fn lettered_item(line: &str) -> Option<Shape> {
    let rest = line.strip_prefix('(').unwrap_or(line);
    let (letter, text) = rest.split_once(')')?;
    if !text.starts_with([' ', '\t']) || text.trim().is_empty() {
        return None;
    }
    let letter = if !letter.is_empty()
        && letter.len() <= 2
        && letter.chars().all(|c| c.is_ascii_lowercase())
    {
        letter.to_string()
    } else {
        abjad_letter(letter)?.to_string()
    };
    Some(Shape::Item {
        letter,
        text: text.trim().to_string(),
    })
}

const ABJAD: [&str; 26] = [
    "أ", "ب", "ج", "د", "هـ", "و", "ز", "ح", "ط", "ي", "ك", "ل", "م", "ن", "س", "ع", "ف", "ص", "ق",
    "ر", "ش", "ت", "ث", "خ", "ذ", "ض",
];

fn abjad_letter(letter: &str) -> Option<char> {
    let letter = if letter == "ه" { "هـ" } else { letter };
    let at = ABJAD.iter().position(|l| *l == letter)?;
    Some((b'a' + at as u8) as char)
}

fn first_word(text: &str) -> Option<(&str, &str)> {
    let text = text.trim_start();
    if text.is_empty() {
        return None;
    }
    Some(text.split_at(text.find(char::is_whitespace).unwrap_or(text.len())))
}

/// Splits "1." or "1:" into the number and what is glued to it.
fn split_number(word: &str) -> (&str, &str) {
    let end = word
        .find(|c: char| !c.is_alphanumeric() && !('\u{660}'..='\u{669}').contains(&c))
        .unwrap_or(word.len());
    word.split_at(end)
}

fn ascii_number(digits: &str) -> Option<u32> {
    if digits.is_empty() || digits.len() > 9 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

/// ASCII or Arabic-Indic digits (`12`, `١٢`, `۱۲`).
pub(crate) fn any_digits(digits: &str) -> Option<u32> {
    if digits.is_empty() || digits.chars().count() > 9 {
        return None;
    }
    let ascii: String = digits
        .chars()
        .map(|c| match c {
            '0'..='9' => Some(c),
            '\u{660}'..='\u{669}' => char::from_digit(c as u32 - 0x660, 10),
            '\u{6f0}'..='\u{6f9}' => char::from_digit(c as u32 - 0x6f0, 10),
            _ => None,
        })
        .collect::<Option<_>>()?;
    ascii.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(number: u32, title: Option<&str>) -> Shape {
        Shape::Article {
            number,
            title: title.map(str::to_string),
        }
    }

    #[test]
    fn article_headings_in_four_languages() {
        assert_eq!(classify("Article 1"), article(1, None));
        assert_eq!(classify("Article premier"), article(1, None));
        assert_eq!(
            classify("ARTICLE 12 — Definitions"),
            article(12, Some("Definitions"))
        );
        assert_eq!(
            classify("Artículo 3. Objetivos"),
            article(3, Some("Objetivos"))
        );
        assert_eq!(classify("Article 4: Scope"), article(4, Some("Scope")));
        assert_eq!(classify("Article 5."), article(5, None));
        assert_eq!(classify("المادة 1"), article(1, None));
        assert_eq!(classify("المادة ٢"), article(2, None));
    }

    #[test]
    fn running_text_that_begins_with_article_is_not_a_heading() {
        assert!(matches!(
            classify("Article 28 of the Universal Declaration provides,"),
            Shape::Plain(_)
        ));
        assert!(matches!(classify("Articles 1 to 3"), Shape::Plain(_)));
    }

    #[test]
    fn parts_paragraphs_items_and_footnotes() {
        assert_eq!(
            classify("Part I. International solidarity: definition"),
            Shape::Part {
                number: "I".into(),
                title: "International solidarity: definition".into()
            }
        );
        assert_eq!(
            classify("Partie II"),
            Shape::Part {
                number: "II".into(),
                title: String::new()
            }
        );
        // The Arabic version numbers its parts in words: the same parts as I, II, ...
        assert_eq!(
            classify("الجزء الأول: التضامن الدولي"),
            Shape::Part {
                number: "I".into(),
                title: "التضامن الدولي".into()
            }
        );
        assert_eq!(
            classify("الجزء الثالث"),
            Shape::Part {
                number: "III".into(),
                title: String::new()
            }
        );
        assert_eq!(
            classify("1.\tText"),
            Shape::Paragraph {
                number: 1,
                text: "Text".into()
            }
        );
        assert_eq!(
            classify("  (c)   Text"),
            Shape::Item {
                letter: "c".into(),
                text: "Text".into()
            }
        );
        assert_eq!(
            classify("(ج) نص"),
            Shape::Item {
                letter: "c".into(),
                text: "نص".into()
            }
        );
        assert_eq!(
            classify("[^8]: See the Charter."),
            Shape::Footnote {
                number: 8,
                text: "See the Charter.".into()
            }
        );
        assert_eq!(classify("Préambule"), Shape::PreambleHeading);
        assert!(matches!(classify("1.5 million people"), Shape::Plain(_)));
        assert!(matches!(classify("(see above) and"), Shape::Plain(_)));
    }
}
