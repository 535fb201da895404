//! An import file on disk, read twice as a stream: the first pass checks every row and keeps
//! only a digest of what identifies each (to find repetitions), the second, in the caller's
//! one transaction, reads the file again and stores it. So memory stays flat however long a
//! CSV file is (a workbook is unzipped whole, as its format forces). A file that changes
//! between the passes is refused: its SHA-256 must be the same both times.

use std::io::Read;
use std::path::Path;

use sha2::{Digest, Sha256};

use super::read::{self, ImportFormat};
use super::{Checked, Checker, Problem, Stored};
use crate::document::Document;
use crate::feedback::vocabulary::Vocabulary;

/// The file and what its rows are checked against. Its items are indexed for search and join
/// their text groups after the transaction that stores them: call
/// [`crate::storage::finish_deferred`] once it commits.
pub struct ImportFile<'a> {
    pub path: &'a Path,
    pub format: ImportFormat,
    pub document: &'a Document,
    pub vocabulary: &'a Vocabulary,
    /// Who imports it, as provenance and the audit log name them.
    pub by: &'a str,
    pub today: time::Date,
}

/// What the first pass found.
#[derive(Debug, Default)]
pub struct Checks {
    /// Rows to store (or already stored).
    pub rows: usize,
    /// Lines that repeat an earlier line, with the line they repeat.
    pub repeated: Vec<(usize, usize)>,
    pub problems: Vec<Problem>,
    /// The file's SHA-256, hex.
    pub sha256: String,
}

/// Passes what is read on, hashing it.
struct Hashing<R> {
    inner: R,
    hasher: Sha256,
}

impl<R: Read> Read for Hashing<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.hasher.update(&buf[..n]);
        Ok(n)
    }
}

impl ImportFile<'_> {
    /// Reads the file through, giving each row's check to `each`; returns the file's SHA-256
    /// and the problems of the file as a whole (unreadable, a bad header).
    fn pass(&self, mut each: impl FnMut(usize, Checked)) -> anyhow::Result<(String, Vec<Problem>)> {
        let file = std::fs::File::open(self.path)?;
        let mut input = Hashing {
            inner: std::io::BufReader::with_capacity(1 << 20, file),
            hasher: Sha256::new(),
        };
        let mut checker = Checker::new(self.document, self.vocabulary, self.by, self.today);
        let mut header_problems: Option<Vec<Problem>> = None;
        let scanned = read::scan(&mut input, self.format, |header, line, values| {
            let problems = header_problems.get_or_insert_with(|| checker.header(header));
            if problems.is_empty() {
                let checked = checker.row(header, line, &values);
                each(line, checked);
            }
        });
        let problems = match scanned {
            Err(why) => vec![super::unreadable(&why)],
            Ok(header) => header_problems.unwrap_or_else(|| checker.header(&header)),
        };
        // What the reader left unread (after the last record) is part of the file too.
        std::io::copy(&mut input, &mut std::io::sink())?;
        Ok((crate::tokens::hex(&input.hasher.finalize()), problems))
    }

    /// The first pass: every row checked, nothing stored.
    pub fn check(&self) -> anyhow::Result<Checks> {
        let mut checks = Checks::default();
        let mut row_problems = Vec::new();
        let (sha256, problems) = self.pass(|line, checked| match checked {
            Checked::Take(_) => checks.rows += 1,
            Checked::Repeats(first) => checks.repeated.push((line, first)),
            Checked::Refused(problems) => row_problems.extend(problems),
        })?;
        checks.problems = problems;
        checks.problems.extend(row_problems);
        checks.sha256 = sha256;
        Ok(checks)
    }

    /// How many of the file's rows `consultation` already has (for a dry run).
    pub fn count_stored(
        &self,
        conn: &rusqlite::Connection,
        consultation_id: i64,
    ) -> anyhow::Result<usize> {
        let mut stored = 0;
        let mut failure = None;
        self.pass(|_, checked| {
            if let Checked::Take(row) = checked {
                match super::repo::is_stored(conn, consultation_id, &row) {
                    Ok(true) => stored += 1,
                    Ok(false) => {}
                    Err(e) => failure = failure.take().or(Some(e)),
                }
            }
        })?;
        match failure {
            Some(e) => Err(e.into()),
            None => Ok(stored),
        }
    }

    /// The second pass, in the caller's transaction: stores every row not already stored,
    /// then the audit entry. `checks` is what the first pass found: the file must read the
    /// same again, else nothing is stored.
    pub fn store(
        &self,
        conn: &rusqlite::Connection,
        consultation: (i64, i64),
        checks: &Checks,
        mut progress: impl FnMut(),
    ) -> anyhow::Result<Stored> {
        let name = self
            .path
            .file_name()
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_default();
        let source = super::repo::Source {
            name,
            sha256: checks.sha256.clone(),
        };
        let now = crate::time_format::now_rfc3339();
        let mut stored = Stored::default();
        let mut failure: Option<anyhow::Error> = None;
        let (sha256, problems) = self.pass(|line, checked| {
            if failure.is_some() {
                return;
            }
            match checked {
                Checked::Take(row) => {
                    if let Err(e) = stored.take(conn, consultation, &row, &source, &now) {
                        failure = Some(e.into());
                    }
                }
                Checked::Repeats(_) => {}
                Checked::Refused(_) => {
                    failure = Some(anyhow::anyhow!("line {line} changed since it was checked"));
                }
            }
            progress();
        })?;
        if let Some(e) = failure {
            return Err(e.context("the file changed while it was imported; nothing was stored"));
        }
        anyhow::ensure!(
            sha256 == checks.sha256 && problems.is_empty(),
            "the file changed while it was imported; nothing was stored"
        );
        stored.record(conn, &source, self.by, &now)?;
        // Indexing and grouping a hundred thousand texts would hold this transaction (and
        // every submission behind it) for as long again as storing them: after it commits.
        crate::storage::defer_finishing(conn)?;
        Ok(stored)
    }
}
