//! What the Word files (docx-rs) share: every paragraph laid out in the reader's direction.

use docx_rs::{DocumentChild, Docx, HeaderChild, Paragraph, Table, TableCellContent};

use crate::i18n::Tr;

/// The bytes of `docx` as a `.docx` file, laid out in `tr`'s reading direction.
pub fn packed(docx: Docx, tr: &Tr) -> anyhow::Result<Vec<u8>> {
    let mut bytes = std::io::Cursor::new(Vec::new());
    in_reading_direction(docx, tr).build().pack(&mut bytes)?;
    Ok(bytes.into_inner())
}

/// `docx` with each of its paragraphs, in the body, its tables and the page header, read
/// from the right when `tr`'s language is written from the right: the paragraph then starts
/// at the right margin and its punctuation falls at its end, as on the page.
// FUTURE: a table's columns still run left to right in Arabic; docx-rs writes no
// `w:bidiVisual` for tables.
fn in_reading_direction(mut docx: Docx, tr: &Tr) -> Docx {
    if tr.lang.dir() != "rtl" {
        return docx;
    }
    for child in &mut docx.document.children {
        match child {
            DocumentChild::Paragraph(paragraph) => right_to_left(paragraph),
            DocumentChild::Table(table) => table_right_to_left(table),
            _ => {}
        }
    }
    if let Some((_, header)) = &mut docx.document.section_property.header {
        for child in &mut header.children {
            match child {
                HeaderChild::Paragraph(paragraph) => right_to_left(paragraph),
                HeaderChild::Table(table) => table_right_to_left(table),
                HeaderChild::StructuredDataTag(_) => {}
            }
        }
    }
    docx
}

fn right_to_left(paragraph: &mut Paragraph) {
    paragraph.property = std::mem::take(&mut paragraph.property).bidi(true);
}

fn table_right_to_left(table: &mut Table) {
    for docx_rs::TableChild::TableRow(row) in &mut table.rows {
        for docx_rs::TableRowChild::TableCell(cell) in &mut row.cells {
            for content in &mut cell.children {
                match content {
                    TableCellContent::Paragraph(paragraph) => right_to_left(paragraph),
                    TableCellContent::Table(table) => table_right_to_left(table),
                    _ => {}
                }
            }
        }
    }
}
