//! Where an export's rows go: a CSV stream, or a sheet of an `.xlsx` workbook. The exports
//! write typed cells once; each format writes them its way. In CSV every cell is text (with
//! the formula guard); in a workbook participants' text is a text cell, exactly as sent (a
//! text cell is never run as a formula, so it needs no guard), counts are numbers and times
//! are date-times.

use std::io::Write;

use rust_xlsxwriter::{ExcelDateTime, Format, FormatAlign, Workbook};

use std::borrow::Cow;

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// OWASP's guard: a spreadsheet runs a cell that begins with one of these as a formula, so
/// such a cell gets a leading apostrophe. Everything else is written exactly.
pub fn formula_guard(cell: &str) -> Cow<'_, str> {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => Cow::Owned(format!("'{cell}")),
        _ => Cow::Borrowed(cell),
    }
}

pub fn csv_writer<W: Write>(mut out: W) -> std::io::Result<csv::Writer<W>> {
    out.write_all(BOM)?;
    Ok(csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(out))
}

/// One cell of an export.
#[derive(Debug, Clone, Copy)]
pub enum Cell<'a> {
    Text(&'a str),
    Count(i64),
    /// An RFC 3339 time as stored; empty for none.
    Time(&'a str),
}

/// The rows of one export.
pub trait Table {
    fn row(&mut self, cells: &[Cell<'_>]) -> anyhow::Result<()>;
}

/// An export as CSV: UTF-8 with a byte-order mark, RFC 4180, CRLF, a header row.
pub struct CsvTable<W: Write> {
    csv: csv::Writer<W>,
    number: itoa_buffer::Buffer,
}

mod itoa_buffer {
    /// Digits of a count, written without a new string per cell.
    #[derive(Default)]
    pub struct Buffer(String);

    impl Buffer {
        pub fn format(&mut self, n: i64) -> &str {
            use std::fmt::Write;
            self.0.clear();
            let _ = write!(self.0, "{n}");
            &self.0
        }
    }
}

impl<W: Write> CsvTable<W> {
    pub fn new(out: W, header: &[&str]) -> anyhow::Result<Self> {
        let mut csv = csv_writer(out)?;
        csv.write_record(header)?;
        Ok(Self {
            csv,
            number: itoa_buffer::Buffer::default(),
        })
    }

    pub fn finish(mut self) -> anyhow::Result<()> {
        self.csv.flush()?;
        Ok(())
    }
}

impl<W: Write> Table for CsvTable<W> {
    fn row(&mut self, cells: &[Cell<'_>]) -> anyhow::Result<()> {
        // Field by field, so unguarded cells (nearly all) are written without a copy.
        for cell in cells {
            match cell {
                Cell::Text(text) => self.csv.write_field(formula_guard(text).as_ref())?,
                Cell::Count(n) => self.csv.write_field(self.number.format(*n))?,
                Cell::Time(time) => self.csv.write_field(time)?,
            }
        }
        self.csv.write_record(None::<&[u8]>)?;
        Ok(())
    }
}

/// Columns holding long text: wider, wrapped.
const LONG_TEXT: [&str; 7] = [
    "comment",
    "proposed_text",
    "disposition_note",
    "observations",
    "proposed_change",
    "earlier_text",
    "new_text",
];
/// Characters a wrapped column shows on a line, as its width.
const LONG_WIDTH: usize = 60;
/// Every data row of a sheet with long text is three lines tall: long text wraps and stays
/// whole in its cell, and a 9,000-character comment no longer makes a row taller than a screen
/// (Excel allows 409 points). One height for every row: heights set row by row are kept in
/// memory to the end, which a million rows cannot afford.
const ROW_HEIGHT: f64 = 45.0;
/// Deflate level 1: about three times faster to write than the default 6, for a file about
/// a fifth larger.
const ZIP_LEVEL: u8 = 1;

/// The most data rows a sheet holds: Excel's 1,048,576 rows, less the header.
const ROWS_PER_SHEET: u32 = 1_048_575;

/// Exports as sheets of a workbook written in constant memory: each row goes to a temporary
/// file as it is written, so a million rows take what one takes. A workbook holds one table
/// or several (the consolidation workbook: an article a sheet); past Excel's limit of rows a
/// table continues on the next sheet ("feedback 2"). The last sheet documents the columns.
///
/// The sheets are written on a thread of their own, the rows handed over in batches, so
/// reading the rows and writing the workbook's cells each keep a core busy: the command line's
/// three workbooks of a million rows each took 150 s instead of 185.
pub struct XlsxTable {
    handing: Handing<ForSheets>,
    sheets: Option<std::thread::JoinHandle<anyhow::Result<Sheets>>>,
}

/// Rows on their way to another thread: their cells, the text of all of them in one buffer.
struct Batch {
    text: String,
    cells: Vec<BatchCell>,
    rows: usize,
}

#[derive(Clone, Copy)]
enum BatchCell {
    Text(usize, usize),
    Count(i64),
    Time(usize, usize),
    RowEnd,
}

/// A batch is handed over at this many rows, or this much text, whichever comes first.
const BATCH_ROWS: usize = 1_000;
const BATCH_TEXT: usize = 1 << 20;
/// Batches on their way at once: the reader stays at most this far ahead.
const BATCHES_IN_FLIGHT: usize = 4;

enum ForSheets {
    Begin {
        name: String,
        header: Vec<String>,
        about: Vec<(String, String)>,
    },
    Rows(Batch),
    #[cfg(test)]
    RowsPerSheet(u32),
}

impl From<Batch> for ForSheets {
    fn from(batch: Batch) -> Self {
        Self::Rows(batch)
    }
}

/// Emptied batches kept for the next rows, whichever export and thread they come to. Made
/// afresh for each export, batches were left by each in another thread's allocator arena, and
/// the server's memory grew by some 16 MB an export until every arena held a set.
static SPARE_BATCHES: std::sync::Mutex<Vec<Batch>> = std::sync::Mutex::new(Vec::new());
/// As many as one export has at once: those on their way, one being written, one being
/// filled, one held by a reader waiting to hand it over.
const SPARE_BATCHES_KEPT: usize = BATCHES_IN_FLIGHT + 3;
/// The room a batch is made with: a full batch's text and a little more (the row that fills it
/// may be long), and the cells of the widest export (`feedback`'s 44 columns and the row's end).
const TEXT_ROOM: usize = BATCH_TEXT + BATCH_TEXT / 8;
const CELLS_ROOM: usize = BATCH_ROWS * 48;

impl Batch {
    /// An empty batch with room for a full one's text and cells, so filling it copies nothing
    /// (grown from empty, a batch's buffers were a tenth of the reading thread's time).
    fn empty() -> Self {
        let spare = SPARE_BATCHES
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .pop();
        spare.unwrap_or_else(|| Self {
            text: String::with_capacity(TEXT_ROOM),
            cells: Vec::with_capacity(CELLS_ROOM),
            rows: 0,
        })
    }

    /// Keeps the batch's buffers for the next rows, so the memory exports use stays the same
    /// few buffers; one grown past its room by a very long row gives the excess back.
    fn spare(mut self) {
        self.text.clear();
        self.text.shrink_to(TEXT_ROOM);
        self.cells.clear();
        self.cells.shrink_to(CELLS_ROOM);
        self.rows = 0;
        let mut spare = SPARE_BATCHES
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if spare.len() < SPARE_BATCHES_KEPT {
            spare.push(self);
        }
    }

    fn push(&mut self, cells: &[Cell<'_>]) {
        let mut text = |t: &str| {
            let start = self.text.len();
            self.text.push_str(t);
            (start, self.text.len())
        };
        for cell in cells {
            self.cells.push(match *cell {
                Cell::Text(t) => {
                    let (from, to) = text(t);
                    BatchCell::Text(from, to)
                }
                Cell::Count(n) => BatchCell::Count(n),
                Cell::Time(t) => {
                    let (from, to) = text(t);
                    BatchCell::Time(from, to)
                }
            });
        }
        self.cells.push(BatchCell::RowEnd);
        self.rows += 1;
    }

    fn is_full(&self) -> bool {
        self.rows >= BATCH_ROWS || self.text.len() >= BATCH_TEXT
    }

    /// Writes the batch's rows to `table`, then keeps the batch for the next rows.
    fn write_to(self, table: &mut impl Table) -> anyhow::Result<()> {
        let mut row: Vec<Cell<'_>> = Vec::new();
        for cell in &self.cells {
            match *cell {
                BatchCell::Text(from, to) => row.push(Cell::Text(&self.text[from..to])),
                BatchCell::Count(n) => row.push(Cell::Count(n)),
                BatchCell::Time(from, to) => row.push(Cell::Time(&self.text[from..to])),
                BatchCell::RowEnd => {
                    table.row(&row)?;
                    row.clear();
                }
            }
        }
        self.spare();
        Ok(())
    }
}

/// The reading side of a table written on another thread: rows gather in a batch, handed over
/// when full, as `M`.
struct Handing<M> {
    /// Taken when the first row comes, so closing takes no batch it will not fill.
    batch: Option<Batch>,
    to_writer: Option<std::sync::mpsc::SyncSender<M>>,
}

/// The writing thread has stopped: its own result says why.
#[derive(Debug)]
struct WriterStopped;

impl std::fmt::Display for WriterStopped {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("the table's writer stopped")
    }
}

impl std::error::Error for WriterStopped {}

impl<M: From<Batch>> Handing<M> {
    fn new(to_writer: std::sync::mpsc::SyncSender<M>) -> Self {
        Self {
            batch: None,
            to_writer: Some(to_writer),
        }
    }

    fn push(&mut self, cells: &[Cell<'_>]) -> Result<(), WriterStopped> {
        let batch = self.batch.get_or_insert_with(Batch::empty);
        batch.push(cells);
        if batch.is_full() {
            self.hand_over()?;
        }
        Ok(())
    }

    fn hand_over(&mut self) -> Result<(), WriterStopped> {
        // A batch is taken with its first row: one here is never empty.
        match self.batch.take() {
            Some(batch) => self.send(batch.into()),
            None => Ok(()),
        }
    }

    fn send(&mut self, message: M) -> Result<(), WriterStopped> {
        let sent = (self.to_writer.as_ref()).map(|to_writer| to_writer.send(message).is_ok());
        if sent != Some(true) {
            self.to_writer = None;
            return Err(WriterStopped);
        }
        Ok(())
    }

    /// Hands over what is gathered and tells the writer nothing more comes.
    fn close(&mut self) -> Result<(), WriterStopped> {
        let handed = self.hand_over();
        self.to_writer = None;
        handed
    }

    /// Tells the writer nothing more comes, and keeps the rows gathered from it: the reading
    /// failed, and they would be part of a table.
    fn abandon(&mut self) {
        self.to_writer = None;
        if let Some(batch) = self.batch.take() {
            batch.spare();
        }
    }
}

/// Writes the rows `fill` makes into `table` on a thread of its own, handed over in batches,
/// so reading the rows and writing them each keep a core busy (a CSV export of a million rows
/// spent two fifths of its time formatting and sending them). Returns what `fill` returns, or
/// the error that stopped it: its own, or the writer's, which the reading side only learns
/// as [`WriterStopped`].
pub fn written_beside<T: Table + Send>(
    table: &mut T,
    fill: impl FnOnce(&mut dyn Table) -> anyhow::Result<u64>,
) -> anyhow::Result<u64> {
    std::thread::scope(|scope| {
        let (to_writer, batches) = std::sync::mpsc::sync_channel::<Batch>(BATCHES_IN_FLIGHT);
        let writer = scope.spawn(move || -> anyhow::Result<()> {
            for batch in batches {
                batch.write_to(table)?;
            }
            Ok(())
        });
        let mut handing = HandingRows(Handing::new(to_writer));
        let filled = fill(&mut handing);
        let closed = match filled {
            Ok(_) => handing.0.close(),
            Err(_) => {
                handing.0.abandon();
                Ok(())
            }
        };
        let written = match writer.join() {
            Ok(written) => written,
            Err(panic) => std::panic::resume_unwind(panic),
        };
        match filled {
            Err(stopped) if stopped.is::<WriterStopped>() => Err(written.err().unwrap_or(stopped)),
            Err(failed) => Err(failed),
            Ok(rows) => {
                written?;
                // Only a writer that failed stops taking batches.
                closed?;
                Ok(rows)
            }
        }
    })
}

/// The rows of [`written_beside`], as a table.
struct HandingRows(Handing<Batch>);

impl Table for HandingRows {
    fn row(&mut self, cells: &[Cell<'_>]) -> anyhow::Result<()> {
        Ok(self.0.push(cells)?)
    }
}

impl XlsxTable {
    /// A workbook whose columns are documented in `tr`'s language, as the desk's exports are.
    pub fn in_language_of(tr: &crate::i18n::Tr) -> Self {
        Self::new(&tr.t("export-columns-sheet"), tr.lang.dir() == "rtl")
    }

    /// A workbook whose last sheet, named `about`, will document each column, in a language
    /// written `right_to_left` or not (the sheet then reads from the right, as the words do;
    /// the tables' columns are named in keys and stay left to right).
    pub fn new(about: &str, right_to_left: bool) -> Self {
        let mut sheets = Sheets::new(about);
        sheets.about_right_to_left = right_to_left;
        let (to_sheets, batches) = std::sync::mpsc::sync_channel::<ForSheets>(BATCHES_IN_FLIGHT);
        let writer = std::thread::spawn(move || {
            for message in batches {
                match message {
                    ForSheets::Begin {
                        name,
                        header,
                        about,
                    } => sheets.begin(&name, &header, &about)?,
                    ForSheets::Rows(batch) => batch.write_to(&mut sheets)?,
                    #[cfg(test)]
                    ForSheets::RowsPerSheet(rows) => sheets.rows_per_sheet = rows,
                }
            }
            Ok(sheets)
        });
        Self {
            handing: Handing::new(to_sheets),
            sheets: Some(writer),
        }
    }

    /// Starts a table on a sheet of its own, `name`, with `header` bold, frozen and filtered;
    /// `about` says what each of its columns holds: (column, meaning).
    pub fn begin(
        &mut self,
        name: &str,
        header: &[&str],
        about: &[(String, String)],
    ) -> anyhow::Result<()> {
        let begin = ForSheets::Begin {
            name: name.to_string(),
            header: header.iter().map(|c| c.to_string()).collect(),
            about: about.to_vec(),
        };
        let handed = self
            .handing
            .hand_over()
            .and_then(|()| self.handing.send(begin));
        self.unless_stopped(handed)
    }

    /// Adds the sheet documenting the columns and writes the workbook to `out`.
    pub fn finish(mut self, out: impl Write + Send) -> anyhow::Result<()> {
        let closed = self.handing.close();
        self.unless_stopped(closed)?;
        self.written()?.finish(out)
    }

    #[cfg(test)]
    fn set_rows_per_sheet(&mut self, rows: u32) -> anyhow::Result<()> {
        let sent = self.handing.send(ForSheets::RowsPerSheet(rows));
        self.unless_stopped(sent)
    }

    /// Once the sheets' thread has stopped, its error says why.
    fn unless_stopped(&mut self, handed: Result<(), WriterStopped>) -> anyhow::Result<()> {
        match handed {
            Ok(()) => Ok(()),
            Err(WriterStopped) => self.written().map(|_| ()),
        }
    }

    /// The sheets once their thread has written everything sent.
    fn written(&mut self) -> anyhow::Result<Sheets> {
        let thread =
            (self.sheets.take()).ok_or_else(|| anyhow::anyhow!("the workbook is closed"))?;
        match thread.join() {
            Ok(sheets) => sheets,
            Err(panic) => std::panic::resume_unwind(panic),
        }
    }
}

impl Table for XlsxTable {
    fn row(&mut self, cells: &[Cell<'_>]) -> anyhow::Result<()> {
        let pushed = self.handing.push(cells);
        self.unless_stopped(pushed)
    }
}

/// The workbook being written, on the sheets' thread.
struct Sheets {
    workbook: Workbook,
    /// The table being written: its name, header and which columns hold long text.
    name: String,
    header: Vec<String>,
    long: Vec<bool>,
    /// Which columns hold times (their names end in `_at`).
    times: Vec<bool>,
    /// The sheets so far, and the sheets of the table being written.
    sheets: usize,
    table_sheets: usize,
    row: u32,
    rows_per_sheet: u32,
    /// The columns sheet's name and rows, each column once.
    about: (String, Vec<(String, String)>),
    about_right_to_left: bool,
    bold: Format,
    wrap: Format,
    time: Format,
}

impl Sheets {
    fn new(about: &str) -> Self {
        let mut workbook = Workbook::new();
        workbook.set_zip_compression_level(ZIP_LEVEL);
        // ZIP64, so a sheet's XML may pass 4 GB.
        workbook.use_zip_large_file(true);
        Self {
            workbook,
            name: String::new(),
            header: Vec::new(),
            long: Vec::new(),
            times: Vec::new(),
            sheets: 0,
            table_sheets: 0,
            row: 0,
            rows_per_sheet: ROWS_PER_SHEET,
            about: (about.to_string(), Vec::new()),
            about_right_to_left: false,
            bold: Format::new().set_bold(),
            wrap: Format::new().set_text_wrap().set_align(FormatAlign::Top),
            time: Format::new()
                .set_num_format("yyyy-mm-dd hh:mm:ss")
                .set_align(FormatAlign::Top),
        }
    }

    fn begin(
        &mut self,
        name: &str,
        header: &[String],
        about: &[(String, String)],
    ) -> anyhow::Result<()> {
        self.filter_last_sheet()?;
        self.name = name.to_string();
        self.header = header.to_vec();
        self.long = header
            .iter()
            .map(|c| LONG_TEXT.contains(&c.as_str()))
            .collect();
        self.times = header.iter().map(|c| c.ends_with("_at")).collect();
        self.table_sheets = 0;
        for (column, meaning) in about {
            if !self.about.1.iter().any(|(c, _)| c == column) {
                self.about.1.push((column.clone(), meaning.clone()));
            }
        }
        self.start_sheet()
    }

    /// Starts the next sheet of the current table with its header.
    fn start_sheet(&mut self) -> anyhow::Result<()> {
        self.table_sheets += 1;
        self.sheets += 1;
        self.row = 0;
        let name = match self.table_sheets {
            1 => self.name.clone(),
            n => format!("{} {n}", self.name),
        };
        let sheet = self.workbook.add_worksheet_with_constant_memory()?;
        sheet.set_name(name)?;
        for (i, column) in self.header.iter().enumerate() {
            let col = i as u16;
            sheet.write_string_with_format(0, col, column, &self.bold)?;
            let width = if self.long[i] {
                LONG_WIDTH as f64
            } else if column.ends_with("_at") {
                20.0
            } else {
                16.0
            };
            sheet.set_column_width(col, width)?;
            // Formats set on the column, once: a cell written without one takes its column's,
            // and looking a format up for every cell was a fifth of the time a row took.
            if self.long[i] {
                sheet.set_column_format(col, &self.wrap)?;
            } else if self.times[i] {
                sheet.set_column_format(col, &self.time)?;
            }
        }
        sheet.set_freeze_panes(1, 0)?;
        if self.long.iter().any(|long| *long) {
            sheet.set_default_row_height(ROW_HEIGHT);
            sheet.set_row_height(0, 15)?;
        }
        Ok(())
    }

    /// The header's filter over every row of the last sheet.
    fn filter_last_sheet(&mut self) -> anyhow::Result<()> {
        if self.sheets > 0 {
            let last_col = self.header.len().saturating_sub(1) as u16;
            self.workbook
                .worksheet_from_index(self.sheets - 1)?
                .autofilter(0, 0, self.row, last_col)?;
        }
        Ok(())
    }

    fn finish(mut self, out: impl Write + Send) -> anyhow::Result<()> {
        self.filter_last_sheet()?;
        let (about_name, about_rows) = &self.about;
        let notes = self.workbook.add_worksheet();
        notes.set_name(about_name)?;
        notes.set_right_to_left(self.about_right_to_left);
        notes.set_column_width(0, 24)?;
        notes.set_column_width(1, 90)?;
        for (i, (column, meaning)) in about_rows.iter().enumerate() {
            let row = i as u32;
            notes.write_string_with_format(row, 0, column, &self.bold)?;
            notes.write_string_with_format(row, 1, meaning, &self.wrap)?;
        }
        self.workbook.save_to_writer(out)?;
        Ok(())
    }
}

impl Table for Sheets {
    fn row(&mut self, cells: &[Cell<'_>]) -> anyhow::Result<()> {
        if self.row == self.rows_per_sheet {
            self.filter_last_sheet()?;
            self.start_sheet()?;
        }
        self.row += 1;
        let Self {
            workbook,
            sheets,
            row,
            times,
            time,
            ..
        } = self;
        let row = *row;
        let sheet = workbook.worksheet_from_index(*sheets - 1)?;
        for (i, cell) in cells.iter().enumerate() {
            let col = i as u16;
            match cell {
                Cell::Text("") | Cell::Time("") => {}
                // Long text wraps by its column's format.
                Cell::Text(text) => {
                    sheet.write_string(row, col, *text)?;
                }
                Cell::Count(n) => {
                    sheet.write_number(row, col, *n as f64)?;
                }
                Cell::Time(stamp) => match ExcelDateTime::parse_from_str(stamp) {
                    Ok(datetime) if times[i] => {
                        sheet.write_datetime(row, col, &datetime)?;
                    }
                    Ok(datetime) => {
                        sheet.write_datetime_with_format(row, col, &datetime, time)?;
                    }
                    Err(_) => {
                        sheet.write_string(row, col, *stamp)?;
                    }
                },
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use calamine::{Data, Reader, Xlsx, open_workbook_from_rs};

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

    /// A table keeping the first cell of each row, refusing the row numbered `refuse`.
    struct Kept {
        firsts: Vec<String>,
        refuse: Option<usize>,
    }

    impl Table for Kept {
        fn row(&mut self, cells: &[Cell<'_>]) -> anyhow::Result<()> {
            anyhow::ensure!(Some(self.firsts.len()) != self.refuse, "row refused");
            self.firsts.push(match cells[0] {
                Cell::Text(t) | Cell::Time(t) => t.to_string(),
                Cell::Count(n) => n.to_string(),
            });
            Ok(())
        }
    }

    #[test]
    fn rows_written_beside_arrive_whole_and_in_order() {
        let rows = 2 * BATCH_ROWS + 7;
        let mut kept = Kept {
            firsts: Vec::new(),
            refuse: None,
        };
        let filled = written_beside(&mut kept, |table| {
            for n in 0..rows {
                let text = format!("row {n}");
                table.row(&[Cell::Text(&text), Cell::Count(n as i64)])?;
            }
            Ok(rows as u64)
        })
        .unwrap();
        assert_eq!(filled, rows as u64);
        let expected: Vec<String> = (0..rows).map(|n| format!("row {n}")).collect();
        assert_eq!(kept.firsts, expected);
    }

    #[test]
    fn a_row_refused_beside_stops_the_reading_with_its_error() {
        let mut kept = Kept {
            firsts: Vec::new(),
            refuse: Some(5),
        };
        let mut offered = 0;
        let error = written_beside(&mut kept, |table| {
            for n in 0..1_000 * BATCH_ROWS as i64 {
                offered += 1;
                table.row(&[Cell::Count(n)])?;
            }
            Ok(0)
        })
        .unwrap_err();
        assert_eq!(error.to_string(), "row refused");
        // The reading stopped once the writer had: a few batches in flight, not every row.
        assert!(
            offered < (BATCHES_IN_FLIGHT + 3) * BATCH_ROWS,
            "{offered} rows offered"
        );
    }

    #[test]
    fn a_failed_reading_beside_returns_its_own_error() {
        let mut kept = Kept {
            firsts: Vec::new(),
            refuse: None,
        };
        let error = written_beside(&mut kept, |table| {
            table.row(&[Cell::Count(1)])?;
            anyhow::bail!("the query failed")
        })
        .unwrap_err();
        assert_eq!(error.to_string(), "the query failed");
        // The rows read before are not written: they would make a part of a table.
        assert!(kept.firsts.is_empty(), "{:?}", kept.firsts);
    }

    #[test]
    fn a_failed_reading_beside_is_the_error_told_though_the_writer_failed_too() {
        let mut kept = Kept {
            firsts: Vec::new(),
            refuse: Some(5),
        };
        let error = written_beside(&mut kept, |table| {
            // A batch goes over (and is refused), the reading fails before the next.
            for n in 0..BATCH_ROWS as i64 + 10 {
                table.row(&[Cell::Count(n)])?;
            }
            anyhow::bail!("the query failed")
        })
        .unwrap_err();
        assert_eq!(error.to_string(), "the query failed");
    }

    #[test]
    fn what_the_sheets_thread_refuses_comes_back_as_an_error() {
        let mut table = XlsxTable::new("Columns", false);
        // A sheet name may not hold `[`: the sheets' thread stops at it.
        table.begin("bad[name]", &["n"], &[]).unwrap();
        let mut refused = None;
        for n in 0..10 * BATCH_ROWS as i64 {
            if let Err(error) = table.row(&[Cell::Count(n)]) {
                refused = Some(error);
                break;
            }
        }
        let error = match refused {
            Some(error) => error,
            None => table.finish(Vec::new()).unwrap_err(),
        };
        assert!(error.to_string().contains("bad[name]"), "{error}");
    }

    #[test]
    fn rows_past_a_sheets_limit_go_on_the_next_sheet_with_the_header_again() {
        let about = vec![("n".to_string(), "a number".to_string())];
        let mut table = XlsxTable::new("Columns", false);
        table.set_rows_per_sheet(2).unwrap();
        table.begin("t", &["n", "comment"], &about).unwrap();
        for n in 1..=5 {
            table.row(&[Cell::Count(n), Cell::Text("x")]).unwrap();
        }
        let mut bytes = Vec::new();
        table.finish(&mut bytes).unwrap();
        let mut book: Xlsx<_> = open_workbook_from_rs(std::io::Cursor::new(bytes)).unwrap();
        assert_eq!(book.sheet_names(), ["t", "t 2", "t 3", "Columns"]);
        let counts: Vec<Vec<Data>> = ["t", "t 2", "t 3"]
            .iter()
            .map(|name| {
                let sheet = book.worksheet_range(name).unwrap();
                assert_eq!(sheet.rows().next().unwrap()[0], Data::String("n".into()));
                sheet.rows().skip(1).map(|r| r[0].clone()).collect()
            })
            .collect();
        assert_eq!(
            counts,
            [
                vec![Data::Float(1.0), Data::Float(2.0)],
                vec![Data::Float(3.0), Data::Float(4.0)],
                vec![Data::Float(5.0)]
            ]
        );
    }
}
