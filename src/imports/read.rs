//! Reading an import file into rows of text: CSV with the `csv` crate, `.xlsx` with calamine.
//! Each row keeps the line (CSV) or row (spreadsheet) number a person would look for.

use std::io::Cursor;

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

/// Reads `bytes` as `format`.
pub fn read(bytes: &[u8], format: ImportFormat) -> Result<Sheet, Unreadable> {
    match format {
        ImportFormat::Csv => read_csv(bytes),
        ImportFormat::Xlsx => read_xlsx(bytes),
    }
}

fn read_csv(bytes: &[u8]) -> Result<Sheet, Unreadable> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes);
    let mut sheet = Sheet::default();
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
        if sheet.header.is_empty() && sheet.rows.is_empty() {
            sheet.header = fields.iter().map(|h| h.trim().to_string()).collect();
        } else if fields.iter().any(|f| !f.trim().is_empty()) {
            sheet.rows.push((line, fields));
        }
    }
    while sheet.header.last().is_some_and(String::is_empty) {
        sheet.header.pop();
    }
    if sheet.header.is_empty() {
        return Err(Unreadable::Empty);
    }
    Ok(sheet)
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

fn read_xlsx(bytes: &[u8]) -> Result<Sheet, Unreadable> {
    let mut book: Xlsx<_> = calamine::open_workbook_from_rs(Cursor::new(bytes))
        .map_err(|_| Unreadable::NotSpreadsheet)?;
    let range = book
        .worksheet_range_at(0)
        .ok_or(Unreadable::NotSpreadsheet)?
        .map_err(|_| Unreadable::NotSpreadsheet)?;
    let first_row = range.start().map_or(0, |(row, _)| row as usize);
    let mut rows = range.rows().enumerate();
    let header: Vec<String> = match rows.next() {
        Some((_, cells)) => cells
            .iter()
            .map(|c| cell_text(c).trim().to_string())
            .collect(),
        None => return Err(Unreadable::Empty),
    };
    let mut sheet = Sheet {
        header,
        rows: Vec::new(),
    };
    for (i, cells) in rows {
        let fields: Vec<String> = cells.iter().map(cell_text).collect();
        if fields.iter().any(|f| !f.trim().is_empty()) {
            // Rows as the spreadsheet numbers them, from 1.
            sheet.rows.push((first_row + i + 1, fields));
        }
    }
    while sheet.header.last().is_some_and(String::is_empty) {
        sheet.header.pop();
    }
    Ok(sheet)
}
