//! A Word draft, read with docx-rs: each Word paragraph is a line. Numbers typed into the
//! text (`1.` and a tab) are read as in plain text; Word's own list numbering is read from
//! the list's format: decimal numbers are numbered paragraphs, lower-case letters items.

use docx_rs::{DocumentChild, Docx, InsertChild, ParagraphChild, RunChild};

use super::findings::{Finding, Place, Problem};
use super::lines::{Line, Shape, classify};

pub fn lines(bytes: &[u8]) -> Result<Vec<Line>, Vec<Finding<Problem>>> {
    let docx = docx_rs::read_docx(bytes)
        .map_err(|e| vec![Finding::file(Problem::NotWord(e.to_string()))])?;
    let mut lines = vec![];
    let mut paragraph_number = 0;
    let mut item_number = 0;
    let mut index = 0;
    for child in &docx.document.children {
        let DocumentChild::Paragraph(paragraph) = child else {
            continue;
        };
        index += 1;
        let place = Place::WordParagraph(index);
        let text = text_of(&paragraph.children);
        let format = paragraph
            .property
            .numbering_property
            .as_ref()
            .and_then(|n| {
                list_format(
                    &docx,
                    n.id.as_ref()?.id,
                    n.level.as_ref().map_or(0, |l| l.val),
                )
            });
        let shape = match format.as_deref() {
            Some("decimal") if !text.trim().is_empty() => {
                paragraph_number += 1;
                item_number = 0;
                Shape::Paragraph {
                    number: paragraph_number,
                    text: text.trim().to_string(),
                }
            }
            Some("lowerLetter") if !text.trim().is_empty() => {
                item_number += 1;
                Shape::Item {
                    letter: super::builder::letter_at(item_number as usize - 1),
                    text: text.trim().to_string(),
                }
            }
            _ => classify(&text),
        };
        if matches!(shape, Shape::Article { .. } | Shape::Part { .. }) {
            paragraph_number = 0;
            item_number = 0;
        }
        lines.push(Line { place, shape });
    }
    Ok(lines)
}

/// The format Word numbers this list level with: "decimal", "lowerLetter", "bullet"...
fn list_format(docx: &Docx, numbering: usize, level: usize) -> Option<String> {
    let numberings = &docx.numberings;
    let abstract_id = numberings
        .numberings
        .iter()
        .find(|n| n.id == numbering)?
        .abstract_num_id;
    let abstract_numbering = numberings
        .abstract_nums
        .iter()
        .find(|a| a.id == abstract_id)?;
    abstract_numbering
        .levels
        .iter()
        .find(|l| l.level == level)
        .map(|l| l.format.val.clone())
}

fn text_of(children: &[ParagraphChild]) -> String {
    let mut text = String::new();
    for child in children {
        match child {
            ParagraphChild::Run(run) => push_run(&mut text, &run.children),
            ParagraphChild::Insert(insert) => {
                for child in &insert.children {
                    if let InsertChild::Run(run) = child {
                        push_run(&mut text, &run.children);
                    }
                }
            }
            ParagraphChild::Hyperlink(link) => text.push_str(&text_of(&link.children)),
            _ => {}
        }
    }
    text
}

fn push_run(text: &mut String, children: &[RunChild]) {
    for child in children {
        match child {
            RunChild::Text(t) => text.push_str(&t.text),
            RunChild::Tab(_) | RunChild::PTab(_) => text.push('\t'),
            RunChild::Break(_) | RunChild::CarriageReturn(_) => text.push(' '),
            _ => {}
        }
    }
}
