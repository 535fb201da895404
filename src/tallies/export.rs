//! Writing the CSV exports: UTF-8 with a byte-order mark (Excel detects UTF-8 only by it),
//! RFC 4180 quoting with CRLF line ends, a header row, and a guard against formula injection.

use std::borrow::Cow;
use std::collections::HashMap;
use std::io::Write;

use rusqlite::Connection;

use super::{ExportFile, repo};
use crate::document::Library;
use crate::feedback::Stance;

const BOM: &[u8] = b"\xEF\xBB\xBF";

pub const FEEDBACK_COLUMNS: [&str; 17] = [
    "id",
    "submitted_at",
    "updated_at",
    "consultation",
    "city",
    "document",
    "article",
    "paragraph",
    "stance",
    "comment_type",
    "themes",
    "comment",
    "proposed_text",
    "stakeholder_category",
    "organisation",
    "country",
    "participant_name",
];

pub const TALLY_BY_ARTICLE_COLUMNS: [&str; 7] = [
    "article",
    "consultation",
    "support",
    "amend",
    "oppose",
    "question",
    "total",
];

/// OWASP's guard: a spreadsheet runs a cell that begins with one of these as a formula, so
/// such a cell gets a leading apostrophe. Everything else is written exactly.
pub fn formula_guard(cell: &str) -> Cow<'_, str> {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => Cow::Owned(format!("'{cell}")),
        _ => Cow::Borrowed(cell),
    }
}

fn csv_writer<W: Write>(mut out: W) -> std::io::Result<csv::Writer<W>> {
    out.write_all(BOM)?;
    Ok(csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(out))
}

/// Writes `file` to `out`; returns the number of data rows.
pub fn write(
    file: ExportFile,
    conn: &Connection,
    library: &Library,
    out: impl Write,
) -> anyhow::Result<u64> {
    match file {
        ExportFile::Feedback => write_feedback(conn, out),
        ExportFile::TallyByArticle => write_tally_by_article(conn, library, out),
    }
}

fn write_feedback(conn: &Connection, out: impl Write) -> anyhow::Result<u64> {
    let mut csv = csv_writer(out)?;
    csv.write_record(FEEDBACK_COLUMNS)?;
    let mut rows = 0;
    repo::for_each_feedback_row(conn, |row| {
        csv.write_record(row.cells.iter().map(|c| formula_guard(c).into_owned()))?;
        rows += 1;
        Ok(())
    })?;
    csv.flush()?;
    Ok(rows)
}

fn write_tally_by_article(
    conn: &Connection,
    library: &Library,
    out: impl Write,
) -> anyhow::Result<u64> {
    let cells = repo::tally_cells(conn)?;
    let mut csv = csv_writer(out)?;
    csv.write_record(TALLY_BY_ARTICLE_COLUMNS)?;
    let mut rows = 0;
    for document in library.all() {
        for article in &document.articles {
            let name = article.id.to_string();
            let here: Vec<&repo::TallyCell> = cells
                .iter()
                .filter(|c| c.document_id == document.id && c.article == name)
                .collect();
            // Consultations in listed order (the query's order), each once.
            let mut consultations: Vec<&str> = Vec::new();
            for cell in &here {
                if !consultations.contains(&cell.consultation.as_str()) {
                    consultations.push(&cell.consultation);
                }
            }
            for consultation in consultations {
                let counts = stance_counts(here.iter().filter(|c| c.consultation == consultation));
                csv.write_record(tally_record(&name, consultation, &counts))?;
                rows += 1;
            }
            csv.write_record(tally_record(&name, "all", &stance_counts(here.iter())))?;
            rows += 1;
        }
    }
    csv.flush()?;
    Ok(rows)
}

fn stance_counts<'a>(
    cells: impl Iterator<Item = &'a &'a repo::TallyCell>,
) -> HashMap<&'a str, i64> {
    let mut counts = HashMap::new();
    for cell in cells {
        *counts.entry(cell.stance.as_str()).or_insert(0) += cell.count;
    }
    counts
}

fn tally_record(article: &str, consultation: &str, counts: &HashMap<&str, i64>) -> Vec<String> {
    let mut record = vec![article.to_string(), consultation.to_string()];
    let mut total = 0;
    for stance in Stance::ALL {
        let n = counts.get(stance.key()).copied().unwrap_or(0);
        total += n;
        record.push(n.to_string());
    }
    record.push(total.to_string());
    record
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_starts_are_guarded_and_the_rest_is_exact() {
        for (cell, written) in [
            ("=1+1", "'=1+1"),
            ("+33 1 23", "'+33 1 23"),
            ("-5", "'-5"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tx", "'\tx"),
            ("\rx", "'\rx"),
            ("a=b", "a=b"),
            ("", ""),
            (" =1", " =1"),
            ("لا =", "لا ="),
            ("line\nbreak", "line\nbreak"),
        ] {
            assert_eq!(formula_guard(cell), written, "cell {cell:?}");
        }
    }
}
