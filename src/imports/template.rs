//! The template an organiser downloads to fill offline: the header row, one example row, and
//! the allowed values as drop-down lists, written with rust_xlsxwriter.

use rust_xlsxwriter::{DataValidation, Format, Formula, Workbook};

use super::COLUMNS;
use crate::document::Document;
use crate::feedback::provenance::Channel;
use crate::feedback::vocabulary::Vocabulary;
use crate::feedback::{CommentType, Stance};

/// Rows the drop-down lists apply to.
const ROWS: u32 = 5_000;

/// The template for `document` and `vocabulary` as the bytes of an `.xlsx` file.
pub fn template(document: &Document, vocabulary: &Vocabulary) -> anyhow::Result<Vec<u8>> {
    let mut references: Vec<String> = Vec::new();
    for article in &document.articles {
        for reference in article.references() {
            if !reference.is_empty() && !references.iter().any(|r| r == reference) {
                references.push(reference.to_string());
            }
        }
    }
    let lists: Vec<(&str, Vec<String>)> = vec![
        (
            "article",
            document.articles.iter().map(|a| a.id.to_string()).collect(),
        ),
        ("paragraph", references),
        (
            "channel",
            Channel::RECORDED
                .iter()
                .map(|c| c.key().to_string())
                .collect(),
        ),
        (
            "stance",
            // "No position" is for questions only.
            if document.kind == crate::document::DocumentKind::Questions {
                &Stance::ALL[..]
            } else {
                &Stance::ON_TEXT[..]
            }
            .iter()
            .map(|s| s.key().to_string())
            .collect(),
        ),
        (
            "comment_type",
            CommentType::ALL
                .iter()
                .map(|c| c.key().to_string())
                .collect(),
        ),
        (
            "themes",
            vocabulary
                .themes
                .iter()
                .filter(|t| !t.retired)
                .map(|t| t.key.clone())
                .collect(),
        ),
        (
            "stakeholder_category",
            vocabulary
                .categories
                .iter()
                .filter(|c| !c.retired)
                .map(|c| c.key.clone())
                .collect(),
        ),
        ("publish_name", vec!["yes".to_string(), "no".to_string()]),
    ];
    let example: Vec<(&str, String)> = vec![
        ("external_id", super::TEMPLATE_EXAMPLE.to_string()),
        (
            "article",
            document
                .articles
                .get(4)
                .or(document.articles.first())
                .map(|a| a.id.to_string())
                .unwrap_or_default(),
        ),
        ("channel", "statement".into()),
        ("session", "Panel 1".into()),
        ("made_on", "2015-11-19".into()),
        ("speaker", "Fiji".into()),
        ("stance", "amend".into()),
        ("comment_type", "general".into()),
        ("comment", "What was said, as it was said.".into()),
        ("publish_name", "no".into()),
    ];

    let mut book = Workbook::new();
    let bold = Format::new().set_bold();
    let text = Format::new().set_num_format("@");
    // The lists first, on a sheet of their own, so the drop-downs can name their ranges.
    let mut sheet = rust_xlsxwriter::Worksheet::new();
    sheet.set_name("feedback")?;
    let mut values = rust_xlsxwriter::Worksheet::new();
    values.set_name("lists")?;
    for (column, name) in COLUMNS.iter().enumerate() {
        let column = column as u16;
        sheet.write_string_with_format(0, column, *name, &bold)?;
        // Text cells: "0012", "3(a)" and dates stay as typed.
        sheet.set_column_format(column, &text)?;
        sheet.set_column_width(column, if *name == "comment" { 60 } else { 16 })?;
        if let Some((_, value)) = example.iter().find(|(c, _)| c == name) {
            sheet.write_string(1, column, value)?;
        }
    }
    for (list, (name, entries)) in lists.iter().enumerate() {
        let list = list as u16;
        values.write_string_with_format(0, list, *name, &bold)?;
        for (row, entry) in entries.iter().enumerate() {
            values.write_string(row as u32 + 1, list, entry)?;
        }
        let Some(column) = COLUMNS.iter().position(|c| c == name) else {
            continue;
        };
        let letter = rust_xlsxwriter::utility::column_number_to_name(list);
        let range = format!("lists!${letter}$2:${letter}${}", entries.len().max(1) + 1);
        let mut validation = DataValidation::new().allow_list_formula(Formula::new(range));
        if *name == "themes" {
            // Several themes are typed separated by ";", which no list can offer.
            validation = validation.show_error_message(false);
        }
        sheet.add_data_validation(1, column as u16, ROWS, column as u16, &validation)?;
    }
    sheet.set_freeze_panes(1, 0)?;
    book.push_worksheet(sheet);
    book.push_worksheet(values);
    Ok(book.save_to_buffer()?)
}
