//! Reading an import file into rows of text: CSV with the `csv` crate, `.xlsx` with calamine.
//! Each row keeps the line (CSV) or row (spreadsheet) number a person would look for. A CSV
//! file is read as a stream, a row at a time ([`scan`]); a workbook is unzipped whole, as the
//! format forces.

use std::io::{Cursor, Read};

use calamine::{Data, Reader, Xlsx};

/// The formats an import reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportFormat {
    Csv,
    Xlsx,
}

impl ImportFormat {
    pub fn from_file_name(name: &str) -> Option<Self> {
        let lower = name.to_ascii_lowercase();
        if lower.ends_with(".csv") {
            Some(Self::Csv)
        } else if lower.ends_with(".xlsx") {
            Some(Self::Xlsx)
        } else {
            None
        }
    }
}

/// A file read as a table: its header and its rows, each with its number in the file.
#[derive(Debug, Clone, Default)]
pub struct Sheet {
    pub header: Vec<String>,
    pub rows: Vec<(usize, Vec<String>)>,
}

/// Why a file could not be read at all.
#[derive(Debug, Clone, PartialEq)]
pub enum Unreadable {
    /// Not UTF-8, at this line.
    NotUtf8(usize),
    /// Not a spreadsheet calamine can open, or no sheet in it.
    NotSpreadsheet,
    /// A CSV line the reader could not take (a quote left open), at this line.
    BadCsv(usize, String),
    /// No header row.
    Empty,
}

/// Reads `bytes` as `format`, every row in memory.
pub fn read(bytes: &[u8], format: ImportFormat) -> Result<Sheet, Unreadable> {
    let mut rows = Vec::new();
    let header = scan(Cursor::new(bytes), format, |_, line, fields| {
        rows.push((line, fields));
    })?;
    Ok(Sheet { header, rows })
}

/// Reads `input` as `format`, giving each row that is not blank to `row` with the header, its
/// number and its values, as it is read; returns the header. What cannot be read stops it.
pub fn scan(
    input: impl Read,
    format: ImportFormat,
    row: impl FnMut(&[String], usize, Vec<String>),
) -> Result<Vec<String>, Unreadable> {
    match format {
        ImportFormat::Csv => scan_csv(input, row),
        ImportFormat::Xlsx => scan_xlsx(input, row),
    }
}

/// A header without the empty cells a spreadsheet leaves after the last column.
fn trimmed_header(fields: &[String]) -> Vec<String> {
    let mut header: Vec<String> = fields.iter().map(|h| h.trim().to_string()).collect();
    while header.last().is_some_and(String::is_empty) {
        header.pop();
    }
    header
}

fn scan_csv(
    mut input: impl Read,
    mut row: impl FnMut(&[String], usize, Vec<String>),
) -> Result<Vec<String>, Unreadable> {
    let mut start = [0u8; 3];
    let mut filled = 0;
    while filled < 3 {
        match input.read(&mut start[filled..]) {
            Ok(0) => break,
            Ok(n) => filled += n,
            Err(e) => return Err(Unreadable::BadCsv(0, e.to_string())),
        }
    }
    // The byte-order mark a spreadsheet writes is not part of the first column's name.
    let kept: &[u8] = if &start[..filled] == b"\xEF\xBB\xBF" {
        &[]
    } else {
        &start[..filled]
    };
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(kept.chain(input));
    let mut header: Option<Vec<String>> = None;
    for record in reader.byte_records() {
        let record = record.map_err(|e| {
            let line = e.position().map_or(0, |p| p.line() as usize);
            Unreadable::BadCsv(line, e.to_string())
        })?;
        let line = record.position().map_or(0, |p| p.line() as usize);
        let fields = record
            .iter()
            .map(|f| {
                std::str::from_utf8(f)
                    .map(str::to_string)
                    .map_err(|_| Unreadable::NotUtf8(line))
            })
            .collect::<Result<Vec<_>, _>>()?;
        match &header {
            None => {
                let first = trimmed_header(&fields);
                if first.is_empty() {
                    return Err(Unreadable::Empty);
                }
                header = Some(first);
            }
            Some(header) if fields.iter().any(|f| !f.trim().is_empty()) => {
                row(header, line, fields);
            }
            Some(_) => {}
        }
    }
    header.ok_or(Unreadable::Empty)
}

/// A cell as the text a person typed: whole numbers without a decimal point, dates as
/// `YYYY-MM-DD`.
fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Int(n) => n.to_string(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::Float(f) => f.to_string(),
        Data::Bool(b) => b.to_string(),
        // A day the spreadsheet can hold (its 1900 or 1904 calendar), else the number itself.
        Data::DateTime(date) if (0.0..=2_958_465.0).contains(&date.as_f64()) => {
            let (year, month, day, ..) = date.to_ymd_hms_milli();
            format!("{year:04}-{month:02}-{day:02}")
        }
        Data::DateTime(date) => date.as_f64().to_string(),
        Data::Error(e) => format!("#{e:?}"),
    }
}

fn scan_xlsx(
    mut input: impl Read,
    mut row: impl FnMut(&[String], usize, Vec<String>),
) -> Result<Vec<String>, Unreadable> {
    // A workbook is a zip file, read from its end: it is taken whole.
    let mut bytes = Vec::new();
    input
        .read_to_end(&mut bytes)
        .map_err(|_| Unreadable::NotSpreadsheet)?;
    let mut book: Xlsx<_> = calamine::open_workbook_from_rs(Cursor::new(bytes))
        .map_err(|_| Unreadable::NotSpreadsheet)?;
    let range = book
        .worksheet_range_at(0)
        .ok_or(Unreadable::NotSpreadsheet)?
        .map_err(|_| Unreadable::NotSpreadsheet)?;
    let first_row = range.start().map_or(0, |(row, _)| row as usize);
    let mut rows = range.rows().enumerate();
    let header: Vec<String> = match rows.next() {
        Some((_, cells)) => trimmed_header(&cells.iter().map(cell_text).collect::<Vec<_>>()),
        None => return Err(Unreadable::Empty),
    };
    for (i, cells) in rows {
        let fields: Vec<String> = cells.iter().map(cell_text).collect();
        if fields.iter().any(|f| !f.trim().is_empty()) {
            // Rows as the spreadsheet numbers them, from 1.
            row(&header, first_row + i + 1, fields);
        }
    }
    Ok(header)
}
