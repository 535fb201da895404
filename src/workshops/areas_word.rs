//! The summary by theme as a Word file (docx-rs) and as a workbook (the exports' typed,
//! constant-memory workbook), in the desk's language.

use docx_rs::{Docx, Paragraph, Run};

use super::areas::{SummaryArea, SummaryItem, support_label};
use crate::i18n::Tr;
use crate::tallies::table::{Cell, Table, XlsxTable};

fn heading(text: &str, size: usize) -> Paragraph {
    Paragraph::new().add_run(Run::new().add_text(text).bold().size(size))
}

/// An item as the summary states it: "Consensus: … (Group A, Question 1)".
fn item_paragraph(tr: &Tr, item: &SummaryItem) -> Paragraph {
    let mut paragraph = Paragraph::new();
    if let Some(support) = support_label(tr, item) {
        paragraph = paragraph.add_run(Run::new().add_text(format!("{support}: ")).bold());
    }
    paragraph.add_run(Run::new().add_text(&item.text)).add_run(
        Run::new()
            .add_text(format!(" ({}, {})", item.source, item.on))
            .italic(),
    )
}

/// The summary as the bytes of a `.docx` file.
pub fn summary_docx(tr: &Tr, process: &str, areas: &[SummaryArea]) -> anyhow::Result<Vec<u8>> {
    let mut docx = Docx::new()
        .add_paragraph(heading(&tr.t_text("summary-title", "process", process), 32))
        .add_paragraph(Paragraph::new().add_run(Run::new().add_text(tr.t("summary-intro"))));
    for area in areas {
        docx = docx.add_paragraph(heading(&format!("{}. {}", area.letter, area.title), 26));
        if area.items.is_empty() && area.divergent.is_empty() {
            docx = docx.add_paragraph(
                Paragraph::new().add_run(Run::new().add_text(tr.t("summary-area-empty"))),
            );
        }
        for item in &area.items {
            docx = docx.add_paragraph(item_paragraph(tr, item));
        }
        for view in &area.divergent {
            docx = docx.add_paragraph(heading(&tr.t("summary-divergent"), 22));
            for item in view {
                docx = docx.add_paragraph(item_paragraph(tr, item));
            }
        }
    }
    crate::word_file::packed(docx, tr)
}

pub const SUMMARY_COLUMNS: [&str; 7] = [
    "area",
    "id",
    "article",
    "said_by",
    "group_support",
    "comment",
    "divergent_with",
];

/// The summary as the bytes of a `.xlsx` workbook: a row per item, area by area.
pub fn summary_xlsx(tr: &Tr, areas: &[SummaryArea]) -> anyhow::Result<Vec<u8>> {
    let about: Vec<(String, String)> = SUMMARY_COLUMNS
        .iter()
        .map(|c| (c.to_string(), tr.t(&format!("column-about-{c}"))))
        .collect();
    let mut book = XlsxTable::in_language_of(tr);
    book.begin(&tr.t("summary-sheet"), &SUMMARY_COLUMNS, &about)?;
    for area in areas {
        let name = format!("{}. {}", area.letter, area.title);
        let items = area.items.iter().chain(area.divergent.iter().flatten());
        for item in items {
            // The key, as `feedback.csv` gives it, whatever the desk's language.
            let support = item.support.map_or("", |s| s.key());
            let divergent: Vec<String> = item
                .diverges_from
                .iter()
                .map(|id| format!("#{id}"))
                .collect();
            let divergent = divergent.join(", ");
            book.row(&[
                Cell::Text(&name),
                Cell::Count(item.id),
                Cell::Text(&item.article),
                Cell::Text(&item.source),
                Cell::Text(support),
                Cell::Text(&item.text),
                Cell::Text(&divergent),
            ])?;
        }
    }
    let mut bytes = Vec::new();
    book.finish(&mut bytes)?;
    Ok(bytes)
}
