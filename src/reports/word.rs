//! The comparative table as a Word file: landscape, a real table per article with a header
//! row, each article on its own page. Written with docx-rs.

use std::io::Cursor;

use docx_rs::{
    BreakType, Docx, PageMargin, PageOrientationType, Paragraph, Run, Table, TableCell, TableRow,
    WidthType,
};

use super::{ComparativeTable, article_heading, disposition_lines, input_lines, row_label};
use crate::diff::Change;
use crate::i18n::Tr;

/// A4 landscape, in twentieths of a point.
const PAGE: (u32, u32) = (16_838, 11_906);
const MARGIN: i32 = 850;
/// The four columns' widths: earlier text, input, new text, dispositions.
const COLUMNS: [usize; 4] = [4_000, 4_800, 4_000, 2_300];

fn lines(text: &str) -> Vec<Paragraph> {
    text.lines()
        .map(|line| Paragraph::new().add_run(Run::new().add_text(line)))
        .collect()
}

fn cell(width: usize, paragraphs: Vec<Paragraph>) -> TableCell {
    let paragraphs = if paragraphs.is_empty() {
        vec![Paragraph::new()]
    } else {
        paragraphs
    };
    paragraphs
        .into_iter()
        .fold(TableCell::new().width(width, WidthType::Dxa), |cell, p| {
            cell.add_paragraph(p)
        })
}

/// The new text with the changes marked as the page marks them: additions underlined,
/// deletions struck through.
fn marked(changes: &[Change]) -> Vec<Paragraph> {
    let mut paragraphs = vec![Paragraph::new()];
    for change in changes {
        let (text, style): (&str, fn(Run) -> Run) = match change {
            Change::Same(text) => (text, |r| r),
            Change::Inserted(text) => (text, |r| r.underline("single")),
            Change::Deleted(text) => (text, Run::strike),
        };
        for (i, piece) in text.split('\n').enumerate() {
            if i > 0 {
                paragraphs.push(Paragraph::new());
            }
            if !piece.is_empty() {
                let last = paragraphs.pop().unwrap_or_default();
                paragraphs.push(last.add_run(style(Run::new().add_text(piece))));
            }
        }
    }
    paragraphs
}

fn bold(text: &str) -> Paragraph {
    Paragraph::new().add_run(Run::new().add_text(text).bold())
}

/// The table as the bytes of a `.docx` file, its words in the desk's language.
pub fn comparative_table_docx(tr: &Tr, table: &ComparativeTable) -> anyhow::Result<Vec<u8>> {
    let title = tr.t_text2(
        "table-title",
        "from",
        &table.from.symbol,
        "to",
        &table.to.symbol,
    );
    let mut docx = Docx::new()
        .page_size(PAGE.0, PAGE.1)
        .page_orient(PageOrientationType::Landscape)
        .page_margin(
            PageMargin::new()
                .top(MARGIN)
                .bottom(MARGIN)
                .left(MARGIN)
                .right(MARGIN),
        )
        .default_size(20)
        .add_paragraph(Paragraph::new().add_run(Run::new().add_text(&title).bold().size(32)));
    for (i, article) in table.articles.iter().enumerate() {
        if i > 0 {
            docx =
                docx.add_paragraph(Paragraph::new().add_run(Run::new().add_break(BreakType::Page)));
        }
        docx = docx.add_paragraph(
            Paragraph::new().add_run(
                Run::new()
                    .add_text(article_heading(tr, article))
                    .bold()
                    .size(28),
            ),
        );
        let header = TableRow::new(vec![
            cell(COLUMNS[0], vec![bold(&table.from.symbol)]),
            cell(COLUMNS[1], vec![bold(&tr.t("table-input"))]),
            cell(COLUMNS[2], vec![bold(&table.to.symbol)]),
            cell(COLUMNS[3], vec![bold(&tr.t("table-dispositions"))]),
        ]);
        let mut rows = vec![header];
        for row in &article.rows {
            let mut earlier = vec![bold(&row_label(tr, article.article, &row.row))];
            earlier.extend(lines(&row.row.old_text));
            let input: Vec<Paragraph> = input_lines(tr, &row.input)
                .iter()
                .flat_map(|line| lines(line))
                .collect();
            let dispositions: Vec<Paragraph> = disposition_lines(tr, &row.input)
                .iter()
                .map(|line| Paragraph::new().add_run(Run::new().add_text(line)))
                .collect();
            rows.push(
                TableRow::new(vec![
                    cell(COLUMNS[0], earlier),
                    cell(COLUMNS[1], input),
                    cell(COLUMNS[2], marked(&row.row.changes)),
                    cell(COLUMNS[3], dispositions),
                ])
                .cant_split(),
            );
        }
        docx = docx.add_table(
            Table::new(rows)
                .set_grid(COLUMNS.to_vec())
                .width(COLUMNS.iter().sum(), WidthType::Dxa),
        );
    }
    let mut bytes = Cursor::new(Vec::new());
    docx.build().pack(&mut bytes)?;
    Ok(bytes.into_inner())
}
