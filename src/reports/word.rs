//! The comparative table and the consolidated report as Word files, written with docx-rs: the
//! table landscape, a real table per article with a header row; the report portrait, with the
//! draft and the date in the page header; each article on its own page.

use docx_rs::{
    BreakType, Docx, Header, PageMargin, PageOrientationType, Paragraph, Run, Table, TableCell,
    TableRow, WidthType,
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
        let mut rows = vec![header_row(tr, table)];
        for row in &article.rows {
            let mut earlier = vec![bold(&row_label(tr, article.article, &row.row))];
            earlier.extend(lines(&row.row.old_text));
            rows.push(table_row(tr, earlier, &row.input, marked(&row.row.changes)));
        }
        docx = docx.add_table(four_columns(rows));
    }
    // Deleted text last, struck through, with the input on it.
    if !table.deleted.is_empty() {
        let title = tr.t_text("compare-deleted-title", "symbol", &table.from.symbol);
        docx = docx
            .add_paragraph(Paragraph::new().add_run(Run::new().add_break(BreakType::Page)))
            .add_paragraph(heading(&title, 28));
        let mut rows = vec![header_row(tr, table)];
        for row in &table.deleted {
            let mut earlier = vec![bold(&super::deleted_label(tr, table, row))];
            earlier.extend(
                row.text
                    .lines()
                    .map(|line| Paragraph::new().add_run(Run::new().add_text(line).strike())),
            );
            let new_text =
                vec![Paragraph::new().add_run(Run::new().add_text(tr.t("table-deleted")))];
            rows.push(table_row(tr, earlier, &row.input, new_text));
        }
        docx = docx.add_table(four_columns(rows));
    }
    crate::word_file::packed(docx, tr)
}

/// The table's header: the two versions' symbols around the input, then the dispositions.
fn header_row(tr: &Tr, table: &ComparativeTable) -> TableRow {
    TableRow::new(vec![
        cell(COLUMNS[0], vec![bold(&table.from.symbol)]),
        cell(COLUMNS[1], vec![bold(&tr.t("table-input"))]),
        cell(COLUMNS[2], vec![bold(&table.to.symbol)]),
        cell(COLUMNS[3], vec![bold(&tr.t("table-dispositions"))]),
    ])
}

/// A row: the earlier text as given, the input, the new text as given, the dispositions.
fn table_row(
    tr: &Tr,
    earlier: Vec<Paragraph>,
    input: &super::Input,
    new_text: Vec<Paragraph>,
) -> TableRow {
    let said: Vec<Paragraph> = input_lines(tr, input)
        .iter()
        .flat_map(|line| lines(line))
        .collect();
    let dispositions: Vec<Paragraph> = disposition_lines(tr, input)
        .iter()
        .map(|line| Paragraph::new().add_run(Run::new().add_text(line)))
        .collect();
    TableRow::new(vec![
        cell(COLUMNS[0], earlier),
        cell(COLUMNS[1], said),
        cell(COLUMNS[2], new_text),
        cell(COLUMNS[3], dispositions),
    ])
    .cant_split()
}

fn four_columns(rows: Vec<TableRow>) -> Table {
    Table::new(rows)
        .set_grid(COLUMNS.to_vec())
        .width(COLUMNS.iter().sum(), WidthType::Dxa)
}

/// A4 portrait, in twentieths of a point.
const PORTRAIT: (u32, u32) = (11_906, 16_838);
/// The report's count tables: a label, five positions and the total.
const COUNT_COLUMNS: [usize; 7] = [2_900, 1_040, 1_040, 1_040, 1_040, 1_040, 1_040];
/// How each position is drawn in the Word file's bars: a glyph (so the bar reads without
/// colour) and a colour, those of the page's charts.
const BAR_GLYPHS: [(&str, &str); crate::feedback::Stance::COUNT] = [
    ("\u{2588}", "1B5E20"),
    ("\u{2593}", "0B5394"),
    ("\u{2592}", "B00020"),
    ("\u{2591}", "4A2C7A"),
    ("\u{2581}", "5F6B7A"),
];
/// Glyphs in the longest bar.
const BAR_LENGTH: i64 = 40;

fn heading(text: &str, size: usize) -> Paragraph {
    Paragraph::new().add_run(Run::new().add_text(text).bold().size(size))
}

/// A table of counts by position and their total, one row per label.
fn counts_table(
    tr: &Tr,
    first: &str,
    rows: &[(String, [i64; crate::feedback::Stance::COUNT + 1])],
) -> Table {
    let mut header = vec![cell(COUNT_COLUMNS[0], vec![bold(first)])];
    header.extend(
        crate::feedback::Stance::ALL
            .iter()
            .map(|s| tr.stance_short(*s))
            .chain(std::iter::once(tr.t("column-total")))
            .zip(&COUNT_COLUMNS[1..])
            .map(|(label, width)| cell(*width, vec![bold(&label)])),
    );
    let mut table_rows = vec![TableRow::new(header)];
    for (label, counts) in rows {
        let mut cells = vec![cell(COUNT_COLUMNS[0], lines(label))];
        cells.extend(counts.iter().zip(&COUNT_COLUMNS[1..]).map(|(n, width)| {
            cell(
                *width,
                vec![Paragraph::new().add_run(Run::new().add_text(tr.number(*n)))],
            )
        }));
        table_rows.push(TableRow::new(cells).cant_split());
    }
    Table::new(table_rows)
        .set_grid(COUNT_COLUMNS.to_vec())
        .width(COUNT_COLUMNS.iter().sum(), WidthType::Dxa)
}

/// The positions by consultation as bars of glyphs, the longest [`BAR_LENGTH`] long, each
/// with its counts in words, and a legend.
fn bars(tr: &Tr, rows: &[(String, [i64; crate::feedback::Stance::COUNT])]) -> Vec<Paragraph> {
    let largest = rows
        .iter()
        .map(|(_, c)| c.iter().sum::<i64>())
        .max()
        .unwrap_or(0)
        .max(1);
    let mut paragraphs: Vec<Paragraph> = rows
        .iter()
        .map(|(label, counts)| {
            let mut paragraph = Paragraph::new().add_run(Run::new().add_text(format!("{label}  ")));
            for (count, (glyph, colour)) in counts.iter().zip(BAR_GLYPHS) {
                if *count > 0 {
                    let length = (count * BAR_LENGTH / largest).max(1) as usize;
                    paragraph =
                        paragraph.add_run(Run::new().add_text(glyph.repeat(length)).color(colour));
                }
            }
            let words = tr.message(&crate::tallies::chart::bar_label(counts));
            paragraph.add_run(Run::new().add_text(format!("  {words}")))
        })
        .collect();
    let mut legend = Paragraph::new();
    for (stance, (glyph, colour)) in crate::feedback::Stance::ALL.iter().zip(BAR_GLYPHS) {
        legend = legend
            .add_run(Run::new().add_text(glyph).color(colour))
            .add_run(Run::new().add_text(format!(" {}   ", tr.stance(*stance))));
    }
    paragraphs.push(legend);
    paragraphs
}

/// The consolidated report as the bytes of a `.docx` file: what the printed page holds, in
/// the desk's language, `made` being when it was made.
pub fn report_docx(tr: &Tr, report: &super::report::Report, made: &str) -> anyhow::Result<Vec<u8>> {
    let version = &report.version;
    let title = tr.t_text("report-title", "symbol", &version.symbol);
    let running = format!("{} · {made}", version.symbol);
    let mut docx = Docx::new()
        .page_size(PORTRAIT.0, PORTRAIT.1)
        .page_margin(
            PageMargin::new()
                .top(MARGIN)
                .bottom(MARGIN)
                .left(MARGIN)
                .right(MARGIN),
        )
        .default_size(20)
        .header(
            Header::new()
                .add_paragraph(Paragraph::new().add_run(Run::new().add_text(&running).size(16))),
        )
        .add_paragraph(heading(&title, 32))
        .add_paragraph(Paragraph::new().add_run(Run::new().add_text(format!(
            "{} · {}",
            version.title,
            tr.t_text("report-made", "time", made)
        ))));
    for section in &report.articles {
        let Some(article) = version.article(section.article) else {
            continue;
        };
        docx = docx
            .add_paragraph(Paragraph::new().add_run(Run::new().add_break(BreakType::Page)))
            .add_paragraph(heading(&tr.article_title(section.article), 28));
        for block in &article.blocks {
            let number = block
                .number
                .as_ref()
                .map(|n| format!("{n}. "))
                .unwrap_or_default();
            docx = docx.add_paragraph(
                Paragraph::new().add_run(Run::new().add_text(format!("{number}{}", block.text))),
            );
            for item in &block.items {
                docx = docx.add_paragraph(
                    Paragraph::new()
                        .add_run(Run::new().add_text(format!("({}) {}", item.letter, item.text))),
                );
            }
        }
        if section.input.total == 0 {
            docx = docx.add_paragraph(
                Paragraph::new().add_run(Run::new().add_text(tr.t("table-no-input")).italic()),
            );
            continue;
        }
        docx = docx.add_paragraph(heading(&tr.t("report-chart"), 24));
        let by_consultation: Vec<(String, [i64; crate::feedback::Stance::COUNT])> = section
            .input
            .by_consultation
            .iter()
            .map(|c| (c.city.clone(), c.by_stance))
            .collect();
        for paragraph in bars(tr, &by_consultation) {
            docx = docx.add_paragraph(paragraph);
        }
        docx = docx
            .add_paragraph(heading(&tr.t("report-by-consultation"), 24))
            .add_table(counts_table(
                tr,
                &tr.t("column-consultation"),
                &by_consultation
                    .iter()
                    .map(|(city, counts)| (city.clone(), super::report::with_total(counts)))
                    .collect::<Vec<_>>(),
            ))
            .add_paragraph(heading(&tr.t("report-by-category"), 24))
            .add_table(counts_table(
                tr,
                &tr.t("fact-category"),
                &section
                    .by_category
                    .iter()
                    .map(|(category, counts)| {
                        let label = if category.is_empty() {
                            tr.t("category-not-stated")
                        } else {
                            category.clone()
                        };
                        (label, super::report::with_total(counts))
                    })
                    .collect::<Vec<_>>(),
            ));
        if !section.wordings.is_empty() {
            docx = docx.add_paragraph(heading(&tr.t("report-wordings"), 24));
            for (reference, _, count, changes) in &section.wordings {
                let lead = format!(
                    "{} ({}): ",
                    tr.reference_label(section.article, reference),
                    tr.t_count("report-proposed-by", "count", *count)
                );
                let mut paragraphs = marked(changes).into_iter();
                let first = paragraphs.next().unwrap_or_default();
                // The label leads the wording's first paragraph.
                let mut led = Paragraph::new().add_run(Run::new().add_text(lead).bold());
                for child in first.children {
                    if let docx_rs::ParagraphChild::Run(run) = child {
                        led = led.add_run(*run);
                    }
                }
                docx = docx.add_paragraph(led);
                for paragraph in paragraphs {
                    docx = docx.add_paragraph(paragraph);
                }
            }
        }
        if !section.key_comments.is_empty() {
            docx = docx.add_paragraph(heading(&tr.t("report-key-comments"), 24));
            for comment in &section.key_comments {
                let by = if comment.by.is_empty() {
                    comment.city.clone()
                } else {
                    format!("{}, {}", comment.by, comment.city)
                };
                let lead = format!(
                    "{}, {by}: ",
                    tr.reference_label(section.article, &comment.reference)
                );
                let mut text = comment.comment.lines();
                docx = docx.add_paragraph(
                    Paragraph::new()
                        .add_run(Run::new().add_text(lead).bold())
                        .add_run(Run::new().add_text(text.next().unwrap_or_default())),
                );
                for line in text {
                    docx = docx.add_paragraph(Paragraph::new().add_run(Run::new().add_text(line)));
                }
                docx = docx.add_paragraph(
                    Paragraph::new().add_run(
                        Run::new()
                            .add_text(format!("({})", tr.disposition(&comment.disposition)))
                            .italic(),
                    ),
                );
            }
        }
        docx = docx
            .add_paragraph(heading(&tr.t("table-dispositions"), 24))
            .add_paragraph(Paragraph::new().add_run(
                Run::new().add_text(super::disposition_lines(tr, &section.input).join(" · ")),
            ));
    }
    crate::word_file::packed(docx, tr)
}
