//! Language versions of a draft version: the same units in another language. A version is
//! read from a file with a draft's conventions (`Article premier`, `Artículo 1`, `المادة 1`)
//! and aligned with the original by structure: the preamble's paragraphs, the articles, their
//! paragraphs and items. A unit the original lacks, or one of the original's the version
//! lacks, refuses the file, named by line; nothing is stored. A comment is on the original's
//! unit whatever language it was read in.

use super::import::{Finding, Place, Problem, Reading};
use super::{ArticleId, Document};

/// A unit's text (and an article's title) in the language version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TranslatedUnit {
    pub article: String,
    pub reference: String,
    pub text: String,
    pub title: String,
}

/// A language version aligned with its original, unit by unit.
#[derive(Debug, Clone)]
pub struct Translation {
    pub document_id: i64,
    pub language: String,
    pub title: String,
    pub preamble_chapeau: String,
    pub preamble_closing: String,
    /// Every unit of the original, in its reading order.
    pub units: Vec<TranslatedUnit>,
    /// Part numbers and their titles.
    pub parts: Vec<(String, String)>,
    /// Footnote numbers and their texts.
    pub footnotes: Vec<(i64, String)>,
}

/// The original's units, as feedback addresses them, in reading order.
fn units_of(original: &Document) -> Vec<(String, String)> {
    let mut units = Vec::new();
    for article in &original.articles {
        let name = article.id.to_string();
        units.push((name.clone(), String::new()));
        for block in &article.blocks {
            if !block.reference.is_empty() {
                units.push((name.clone(), block.reference.clone()));
            }
            for item in &block.items {
                units.push((name.clone(), item.reference.clone()));
            }
        }
    }
    units
}

/// A unit as a person names it, in English, for the command line's messages.
fn unit_name(article: &str, reference: &str) -> String {
    let article_name = match article.parse::<ArticleId>() {
        Ok(ArticleId::Preamble) => "the preamble".to_string(),
        Ok(ArticleId::Title) => "the title".to_string(),
        Ok(ArticleId::Whole) => "the draft as a whole".to_string(),
        _ => format!("Article {article}"),
    };
    match reference {
        "" if article == "preamble" => "the preamble's opening".to_string(),
        "" => article_name,
        r if r.contains('(') => format!("{article_name}, item {r}"),
        r => format!("{article_name}, paragraph {r}"),
    }
}

/// Aligns a language version, read in `reading`, with `original`.
pub fn align(
    original: &Document,
    reading: &Reading,
    language: &str,
) -> Result<Translation, Vec<Finding<Problem>>> {
    let rows = reading
        .draft
        .units()
        .map_err(|e| vec![Finding::file(Problem::Structure(e.to_string()))])?;
    let expected = units_of(original);
    let place_of = |article: &str, reference: &str| -> Option<Place> {
        reading
            .places
            .iter()
            .find(|p| p.article == article && p.reference == reference)
            .map(|p| p.place)
    };
    let mut problems = Vec::new();
    for row in &rows {
        if !expected
            .iter()
            .any(|(a, r)| *a == row.article && *r == row.reference)
        {
            problems.push(Finding::at(
                place_of(&row.article, &row.reference).unwrap_or(Place::File),
                Problem::NotInOriginal {
                    unit: unit_name(&row.article, &row.reference),
                },
            ));
        }
    }
    for (article, reference) in &expected {
        if !rows
            .iter()
            .any(|u| u.article == *article && u.reference == *reference)
        {
            // Named where it should be: at its article's heading in the version, if it has it.
            let near = place_of(article, "").unwrap_or(Place::File);
            problems.push(Finding::at(
                near,
                Problem::MissingFromVersion {
                    unit: unit_name(article, reference),
                },
            ));
        }
    }
    // A part is the original's of the same number however written: "1" is the original's "I".
    let parts: Vec<(String, String)> = reading
        .draft
        .parts
        .iter()
        .map(|p| {
            let number = original
                .parts
                .iter()
                .find(|o| same_part_number(&o.number, &p.number))
                .map_or_else(|| p.number.clone(), |o| o.number.clone());
            (number, p.title.clone())
        })
        .collect();
    for (number, _) in &parts {
        if !original.parts.iter().any(|p| &p.number == number) {
            problems.push(Finding::file(Problem::NotInOriginal {
                unit: format!("part {number}"),
            }));
        }
    }
    let footnotes: Vec<(i64, String)> = reading
        .draft
        .footnotes
        .iter()
        .map(|f| (f.number, f.text.clone()))
        .collect();
    for (number, _) in &footnotes {
        if !original.footnotes.iter().any(|f| f.number == *number) {
            problems.push(Finding::file(Problem::NotInOriginal {
                unit: format!("footnote {number}"),
            }));
        }
    }
    if !problems.is_empty() {
        problems.sort_by_key(|f| match f.place {
            Place::File => 0,
            Place::Line(n) | Place::WordParagraph(n) => n,
        });
        return Err(problems);
    }
    // In the original's order, whatever the version's.
    let units = expected
        .iter()
        .filter_map(|(article, reference)| {
            rows.iter()
                .find(|u| u.article == *article && u.reference == *reference)
                .map(|u| TranslatedUnit {
                    article: u.article.clone(),
                    reference: u.reference.clone(),
                    text: u.text.clone(),
                    title: u.title.clone(),
                })
        })
        .collect();
    Ok(Translation {
        document_id: original.id,
        language: language.to_string(),
        title: reading.draft.title.clone(),
        preamble_chapeau: reading.draft.preamble.chapeau.clone(),
        preamble_closing: reading.draft.preamble.closing.clone(),
        units,
        parts,
        footnotes,
    })
}

/// Whether two parts' numbers are the same number: "I" and "1" (and "١") are.
fn same_part_number(a: &str, b: &str) -> bool {
    a == b || matches!((part_value(a), part_value(b)), (Some(x), Some(y)) if x == y)
}

/// A part's number as a number: written in digits (any script) or in Roman numerals.
fn part_value(number: &str) -> Option<u32> {
    if let Some(n) = crate::document::import::lines::any_digits(number) {
        return Some(n);
    }
    let values: Vec<u32> = number
        .chars()
        .map(|c| match c {
            'I' => Some(1),
            'V' => Some(5),
            'X' => Some(10),
            'L' => Some(50),
            'C' => Some(100),
            'D' => Some(500),
            'M' => Some(1000),
            _ => None,
        })
        .collect::<Option<_>>()?;
    let mut total = 0;
    for (i, value) in values.iter().enumerate() {
        match values.get(i + 1) {
            Some(next) if next > value => total -= *value as i64,
            _ => total += *value as i64,
        }
    }
    u32::try_from(total).ok().filter(|n| *n > 0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::import::{DraftFacts, Format, read};

    const ORIGINAL: &str = "Declaration\n\nThe General Assembly,\n\nRecalling the Charter,\n\nNoting the work done,\n\nProclaims:\n\nArticle 1\n\n1.\tEveryone has the right.\n\n2.\tStates shall cooperate:\n\t(a)\tby aid;\n\t(b)\tby trade.\n\nArticle 2\n\nNothing here limits rights.\n";

    fn facts(language: &str) -> DraftFacts {
        DraftFacts {
            symbol: Some("T/1".into()),
            language: Some(language.into()),
            year: Some(2026),
            ..DraftFacts::default()
        }
    }

    fn original() -> Document {
        let reading = read(ORIGINAL.as_bytes(), Format::Text, &facts("en")).unwrap();
        crate::document::testing::document_from(&reading.draft)
    }

    #[test]
    fn a_version_with_the_same_structure_aligns_unit_by_unit() {
        let french = "Déclaration\n\nL’Assemblée générale,\n\nRappelant la Charte,\n\nNotant le travail accompli,\n\nProclame :\n\nArticle premier\n\n1.\tToute personne a le droit.\n\n2.\tLes États coopèrent :\n\t(a)\tpar l’aide ;\n\t(b)\tpar le commerce.\n\nArticle 2\n\nRien ici ne limite les droits.\n";
        let reading = read(french.as_bytes(), Format::Text, &facts("fr")).unwrap();
        let version = align(&original(), &reading, "fr").unwrap();
        assert_eq!(version.title, "Déclaration");
        let texts: Vec<(&str, &str, &str)> = version
            .units
            .iter()
            .map(|u| (u.article.as_str(), u.reference.as_str(), u.text.as_str()))
            .collect();
        assert!(
            texts.contains(&("1", "2(b)", "par le commerce.")),
            "{texts:?}"
        );
        assert!(
            texts.contains(&("2", "", "Rien ici ne limite les droits.")),
            "{texts:?}"
        );
        assert_eq!(texts.len(), units_of(&original()).len());
    }

    #[test]
    fn a_missing_paragraph_and_an_extra_item_are_named_by_line() {
        let short = "Declaración\n\nLa Asamblea General,\n\nRecordando la Carta,\n\nObservando la labor,\n\nProclama:\n\nArtículo 1\n\n1.\tToda persona tiene el derecho.\n\nArtículo 2\n\nNada limita los derechos.\n\t(a)\tni esto.\n";
        let reading = read(short.as_bytes(), Format::Text, &facts("es")).unwrap();
        let problems = align(&original(), &reading, "es").unwrap_err();
        let said: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert!(
                        said.contains(&"line 11: the original's Article 1, paragraph 2 is missing here: a language version has every unit of the original".to_string()),
            "{said:?}"
        );
        assert!(
            said.iter()
                .any(|s| s.starts_with("line 18: Article 2, item (a) is not in the original")),
            "{said:?}"
        );
    }

    #[test]
    fn a_part_is_the_same_whether_numbered_in_roman_or_in_digits() {
        assert_eq!(
            ["I", "IV", "XIV", "1", "\u{661}\u{662}", "", "A"].map(part_value),
            [Some(1), Some(4), Some(14), Some(1), Some(12), None, None]
        );
        assert!(same_part_number("II", "2"));
        assert!(!same_part_number("II", "3"));
    }

    #[test]
    fn a_part_numbered_in_words_or_digits_is_the_original_s_part() {
        let with_parts = ORIGINAL
            .replace("Article 1\n", "Part I. General\n\nArticle 1\n")
            .replace("Article 2\n", "Part II\n\nArticle 2\n");
        let reading = read(with_parts.as_bytes(), Format::Text, &facts("en")).unwrap();
        let original = crate::document::testing::document_from(&reading.draft);
        let arabic = "إعلان\n\nإن الجمعية العامة،\n\nإذ تشير إلى الميثاق،\n\nوإذ تلاحظ العمل المنجز،\n\nتعلن:\n\nالجزء الأول: عام\n\nالمادة 1\n\n1.\tلكل شخص الحق.\n\n2.\tتتعاون الدول:\n\t(a)\tبالمعونة؛\n\t(b)\tبالتجارة.\n\nالجزء 2\n\nالمادة 2\n\nلا شيء هنا يقيد الحقوق.\n";
        let reading = read(arabic.as_bytes(), Format::Text, &facts("ar")).unwrap();
        let version = align(&original, &reading, "ar").unwrap();
        assert_eq!(
            version.parts,
            [
                ("I".to_string(), "عام".to_string()),
                ("II".to_string(), String::new())
            ]
        );
    }
}
