//! What the Word files (docx-rs) share: every paragraph laid out in its own direction.

use docx_rs::{DocumentChild, Docx, HeaderChild, Paragraph, Table, TableCellContent};
use unicode_bidi::Direction;

use crate::i18n::Tr;

/// The bytes of `docx` as a `.docx` file, each paragraph in its own direction, made now.
// FUTURE: the file's title and author; docx-rs sets its core properties' dates alone.
pub fn packed(docx: Docx, tr: &Tr) -> anyhow::Result<Vec<u8>> {
    let now = crate::time_format::now_rfc3339();
    let docx = in_reading_direction(docx, tr)
        .created_at(&now)
        .updated_at(&now);
    let mut bytes = std::io::Cursor::new(Vec::new());
    docx.build().pack(&mut bytes)?;
    Ok(bytes.into_inner())
}

/// `docx` with each of its paragraphs, in the body, its tables and the page header, read as a
/// page reads `dir="auto"` text: from the right when its first letter is written from the
/// right (an Arabic label, or an Arabic comment in an English report), else from the left (an
/// English draft's text in an Arabic report); a paragraph without a letter (a count, a date)
/// reads as `tr`'s language does. A right-to-left paragraph starts at the right margin and
/// its punctuation falls at its end.
// FUTURE: a table's columns still run left to right in Arabic; docx-rs writes no
// `w:bidiVisual` for tables.
fn in_reading_direction(mut docx: Docx, tr: &Tr) -> Docx {
    let right_to_left = tr.lang.dir() == "rtl";
    for child in &mut docx.document.children {
        match child {
            DocumentChild::Paragraph(paragraph) => set_direction(paragraph, right_to_left),
            DocumentChild::Table(table) => set_table_direction(table, right_to_left),
            _ => {}
        }
    }
    if let Some((_, header)) = &mut docx.document.section_property.header {
        for child in &mut header.children {
            match child {
                HeaderChild::Paragraph(paragraph) => set_direction(paragraph, right_to_left),
                HeaderChild::Table(table) => set_table_direction(table, right_to_left),
                HeaderChild::StructuredDataTag(_) => {}
            }
        }
    }
    docx
}

fn set_direction(paragraph: &mut Paragraph, neutral_right_to_left: bool) {
    let right_to_left = match unicode_bidi::get_base_direction(paragraph.raw_text().as_str()) {
        Direction::Rtl => true,
        Direction::Ltr => false,
        Direction::Mixed => neutral_right_to_left,
    };
    if right_to_left {
        paragraph.property = std::mem::take(&mut paragraph.property).bidi(true);
    }
}

fn set_table_direction(table: &mut Table, neutral_right_to_left: bool) {
    for docx_rs::TableChild::TableRow(row) in &mut table.rows {
        for docx_rs::TableRowChild::TableCell(cell) in &mut row.cells {
            for content in &mut cell.children {
                match content {
                    TableCellContent::Paragraph(paragraph) => {
                        set_direction(paragraph, neutral_right_to_left)
                    }
                    TableCellContent::Table(table) => {
                        set_table_direction(table, neutral_right_to_left)
                    }
                    _ => {}
                }
            }
        }
    }
}
