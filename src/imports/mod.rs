//! Importing a batch: statements, written submissions and paper forms typed into a CSV file or
//! a spreadsheet, checked whole before anything is stored, then stored in one transaction.
//!
//! The columns are the form's field names, plus `article`, the provenance columns and an
//! optional `external_id`. A file with any problem is refused whole, each problem named by
//! line (or row), column, what was found and what was expected. Importing the same file again
//! adds nothing: a row whose `external_id` is already stored for the consultation, or, without
//! one, whose content and provenance are ([`row_key`]), is skipped and said so.

pub mod file;
pub mod read;
pub mod repo;
pub mod routes;
pub mod template;

use sha2::{Digest, Sha256};

use crate::document::{ArticleId, Document};
use crate::feedback::FeedbackInput;
use crate::feedback::form::FeedbackForm;
use crate::feedback::provenance::{Provenance, ProvenanceForm};
use crate::feedback::vocabulary::Vocabulary;
use crate::i18n::{Message, Tr};

/// The columns an import file may have, in the order the template gives them.
pub const COLUMNS: [&str; 19] = [
    "external_id",
    "article",
    "paragraph",
    "channel",
    "session",
    "made_on",
    "speaker",
    "source_reference",
    "stance",
    "comment_type",
    "themes",
    "comment",
    "proposed_text",
    "name",
    "organisation",
    "country",
    "stakeholder_category",
    "email",
    "publish_name",
];

/// The `external_id` of the template's example row: a file that still has it is refused, so
/// the example is never stored as a statement.
pub const TEMPLATE_EXAMPLE: &str = "EXAMPLE (delete this row)";

/// The columns every file must have.
pub const REQUIRED: [&str; 5] = ["article", "channel", "made_on", "stance", "comment"];

/// One thing wrong with a file: where, what was found, what was expected.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    /// The line (CSV) or row (spreadsheet); 0 for the file as a whole.
    pub line: usize,
    pub column: String,
    pub found: String,
    pub expected: Message,
}

impl Problem {
    fn of_file(expected: Message) -> Self {
        Self {
            line: 0,
            column: String::new(),
            found: String::new(),
            expected,
        }
    }

    /// The problem in words, in `tr`'s language.
    pub fn describe(&self, tr: &Tr) -> String {
        let expected = tr.message(&self.expected);
        if self.line == 0 {
            return expected;
        }
        // An empty cell is said to be empty, not quoted as "".
        let key = match self.found.trim() {
            "" => "import-problem-empty",
            _ => "import-problem",
        };
        tr.message(
            &Message::new(key)
                .with("line", self.line as i64)
                .with_text("column", &self.column)
                .with_text("found", &self.found)
                .with_text("expected", expected),
        )
    }
}

/// A row that can be stored.
#[derive(Debug, Clone)]
pub struct Planned {
    pub line: usize,
    pub article: ArticleId,
    pub input: FeedbackInput,
    pub provenance: Provenance,
    pub external_id: String,
    /// [`row_key`] of the row.
    pub key: String,
}

/// What an import would do: the rows to store, those repeated within the file, and every
/// problem; with any problem, nothing is stored.
#[derive(Debug, Default)]
pub struct Plan {
    pub rows: Vec<Planned>,
    /// Lines that repeat an earlier line of the file (same `external_id`, or same content and
    /// provenance), with the line they repeat.
    pub repeated: Vec<(usize, usize)>,
    pub problems: Vec<Problem>,
}

/// What identifies a row without an `external_id`: its article, paragraph, texts, author and
/// provenance, hashed (SHA-256, hex).
pub fn row_key(article: ArticleId, input: &FeedbackInput, provenance: &Provenance) -> String {
    let parts = [
        article.to_string(),
        input.reference.clone(),
        input.comment.clone(),
        input.proposed_text.clone(),
        input.name.clone(),
        input.organisation.clone(),
        provenance.channel.key().to_string(),
        provenance.speaker.clone(),
        provenance.session.clone(),
        provenance.made_on.clone(),
    ];
    let mut hasher = Sha256::new();
    for part in parts {
        hasher.update((part.len() as u64).to_le_bytes());
        hasher.update(part.as_bytes());
    }
    crate::tokens::hex(&hasher.finalize())
}

/// A form's message as a file's row needs it: a fixed list of values is named, where the form
/// offers them as choices.
fn in_a_file(field: &str, message: &Message) -> Message {
    let keys = |keys: &[&str]| Message::new("import-one-of").with_text("values", keys.join(", "));
    match field {
        "stance" => keys(&crate::feedback::Stance::ON_TEXT.map(|s| s.key())),
        "comment_type" => keys(&crate::feedback::CommentType::ALL.map(|t| t.key())),
        _ => message.clone(),
    }
}

/// `publish_name` as people type it in a spreadsheet.
fn yes_no(value: &str) -> Option<bool> {
    match value.trim().to_lowercase().as_str() {
        "" | "no" | "false" | "0" | "n" => Some(false),
        "yes" | "true" | "1" | "y" | "on" => Some(true),
        _ => None,
    }
}

/// Checks every row of `sheet` against `document` and `vocabulary`, as imported by `by` on
/// `today`.
pub fn plan(
    sheet: &read::Sheet,
    document: &Document,
    vocabulary: &Vocabulary,
    by: &str,
    today: time::Date,
) -> Plan {
    let mut checker = Checker::new(document, vocabulary, by, today);
    let mut plan = Plan {
        problems: checker.header(&sheet.header),
        ..Plan::default()
    };
    if !plan.problems.is_empty() {
        return plan;
    }
    for (line, values) in &sheet.rows {
        match checker.row(&sheet.header, *line, values) {
            Checked::Take(row) => plan.rows.push(*row),
            Checked::Repeats(first) => plan.repeated.push((*line, first)),
            Checked::Refused(problems) => plan.problems.extend(problems),
        }
    }
    plan
}

/// What one row of a file is.
#[derive(Debug)]
pub enum Checked {
    /// A row to store.
    Take(Box<Planned>),
    /// A repetition of this earlier line of the file: taken once.
    Repeats(usize),
    /// What is wrong with it.
    Refused(Vec<Problem>),
}

/// Checks a file's header, then its rows one by one, remembering of each row taken only a
/// digest of what identifies it (to find repetitions), so that a file of any length can be
/// checked in a stream.
pub struct Checker<'a> {
    document: &'a Document,
    vocabulary: &'a Vocabulary,
    by: &'a str,
    today: time::Date,
    seen: std::collections::HashMap<[u8; 32], usize>,
}

impl<'a> Checker<'a> {
    pub fn new(
        document: &'a Document,
        vocabulary: &'a Vocabulary,
        by: &'a str,
        today: time::Date,
    ) -> Self {
        Self {
            document,
            vocabulary,
            by,
            today,
            seen: std::collections::HashMap::new(),
        }
    }

    /// The problems of the header: unknown columns, missing required ones.
    pub fn header(&self, header: &[String]) -> Vec<Problem> {
        let mut problems = Vec::new();
        for column in header {
            if !COLUMNS.contains(&column.as_str()) {
                problems.push(Problem {
                    line: 1,
                    column: column.clone(),
                    found: column.clone(),
                    expected: Message::new("import-unknown-column")
                        .with_text("columns", COLUMNS.join(", ")),
                });
            }
        }
        for required in REQUIRED {
            if !header.iter().any(|c| c == required) {
                problems.push(Problem::of_file(
                    Message::new("import-missing-column").with_text("column", required),
                ));
            }
        }
        problems
    }

    /// Checks the row at `line`; the file's rows must come in order, each once.
    pub fn row(&mut self, header: &[String], line: usize, values: &[String]) -> Checked {
        let (document, vocabulary) = (self.document, self.vocabulary);
        let mut problems = Vec::new();
        if values.len() > header.len()
            && values[header.len()..].iter().any(|v| !v.trim().is_empty())
        {
            return Checked::Refused(vec![Problem {
                line,
                column: String::new(),
                found: values.len().to_string(),
                expected: Message::new("import-too-many-values")
                    .with("columns", header.len() as i64),
            }]);
        }
        let value = |name: &str| -> String {
            header
                .iter()
                .position(|c| c == name)
                .and_then(|i| values.get(i))
                .cloned()
                .unwrap_or_default()
        };
        let problem = |column: &str, expected: Message| Problem {
            line,
            column: column.to_string(),
            found: value(column),
            expected,
        };
        if value("external_id").trim() == TEMPLATE_EXAMPLE {
            problems.push(problem(
                "external_id",
                Message::new("import-template-example"),
            ));
            return Checked::Refused(problems);
        }
        // Every problem of the row is named at once, not the first alone.
        let article = match value("article").trim().parse::<ArticleId>() {
            Ok(a) if document.article(a).is_some() => Some(a),
            _ => {
                problems.push(problem(
                    "article",
                    Message::new("import-unknown-article").with_text("symbol", &document.symbol),
                ));
                None
            }
        };
        let publish = yes_no(&value("publish_name")).unwrap_or_else(|| {
            problems.push(problem("publish_name", Message::new("import-yes-no")));
            false
        });
        let form = FeedbackForm {
            paragraph: value("paragraph").trim().to_string(),
            stance: value("stance").trim().to_string(),
            // As the form preselects it.
            comment_type: match value("comment_type").trim() {
                "" => "general".to_string(),
                given => given.to_string(),
            },
            themes: value("themes")
                .split(';')
                .map(|t| t.trim().to_string())
                .filter(|t| !t.is_empty())
                .collect(),
            comment: value("comment"),
            proposed_text: value("proposed_text"),
            name: value("name"),
            organisation: value("organisation"),
            country: value("country"),
            stakeholder_category: value("stakeholder_category").trim().to_string(),
            email: value("email").trim().to_string(),
            publish_name: publish.then(|| "on".to_string()),
            read_in: String::new(),
        };
        let provenance = ProvenanceForm {
            channel: value("channel").trim().to_string(),
            session: value("session"),
            made_on: value("made_on"),
            speaker: value("speaker"),
            source_reference: value("source_reference"),
        };
        // The paragraph and the position are checked against the article, when it is known.
        let input = article.map(|article| {
            form.parse(
                document.article(article).expect("checked above"),
                vocabulary,
            )
        });
        let provenance = provenance.parse(self.by, self.today);
        let (article, input, provenance) = match (article, input, provenance) {
            (Some(article), Some(Ok(input)), Ok(provenance)) if problems.is_empty() => {
                (article, input, provenance)
            }
            (_, input, provenance) => {
                let mut errors = provenance.err().unwrap_or_default();
                errors.extend(input.and_then(Result::err).unwrap_or_default());
                for (field, message) in errors.iter() {
                    problems.push(problem(field, in_a_file(field, message)));
                }
                return Checked::Refused(problems);
            }
        };
        let external_id = value("external_id").trim().to_string();
        let key = row_key(article, &input, &provenance);
        let identity = if external_id.is_empty() {
            format!("key:{key}")
        } else {
            format!("id:{external_id}")
        };
        let identity: [u8; 32] = Sha256::digest(identity.as_bytes()).into();
        if let Some(first) = self.seen.get(&identity) {
            return Checked::Repeats(*first);
        }
        self.seen.insert(identity, line);
        Checked::Take(Box::new(Planned {
            line,
            article,
            input,
            provenance,
            external_id,
            key,
        }))
    }
}

/// The problem a file that cannot be read at all gives.
pub fn unreadable(why: &read::Unreadable) -> Problem {
    use read::Unreadable;
    match why {
        Unreadable::NotUtf8(line) => Problem {
            line: *line,
            column: String::new(),
            found: String::new(),
            expected: Message::new("import-not-utf8"),
        },
        Unreadable::NotSpreadsheet => Problem::of_file(Message::new("import-not-spreadsheet")),
        Unreadable::BadCsv(line, detail) => Problem {
            line: *line,
            column: String::new(),
            found: detail.clone(),
            expected: Message::new("import-bad-csv"),
        },
        Unreadable::Empty => Problem::of_file(Message::new("import-empty")),
    }
}

/// What storing a plan did.
#[derive(Debug, Default)]
pub struct Stored {
    /// The new items' numbers.
    pub added: Vec<i64>,
    /// The lines already stored before, skipped.
    pub already: Vec<usize>,
}

/// Stores the rows of a checked file that are not already stored, all in the caller's one
/// transaction, with an audit entry naming the file: all or nothing.
pub fn store(
    conn: &rusqlite::Connection,
    consultation: (i64, i64),
    rows: &[Planned],
    source: &repo::Source,
    by: &str,
    mut progress: impl FnMut(),
) -> rusqlite::Result<Stored> {
    let now = crate::time_format::now_rfc3339();
    let mut stored = Stored::default();
    for row in rows {
        stored.take(conn, consultation, row, source, &now)?;
        progress();
    }
    stored.record(conn, source, by, &now)?;
    Ok(stored)
}

impl Stored {
    /// Stores `row` in `consultation` (its id and its draft's) unless it is already stored.
    pub fn take(
        &mut self,
        conn: &rusqlite::Connection,
        (consultation_id, document_id): (i64, i64),
        row: &Planned,
        source: &repo::Source,
        now: &str,
    ) -> rusqlite::Result<()> {
        if repo::is_stored(conn, consultation_id, row)? {
            self.already.push(row.line);
        } else {
            self.added.push(repo::store_row(
                conn,
                consultation_id,
                document_id,
                row,
                source,
                now,
            )?);
        }
        Ok(())
    }

    /// The audit entry of the import: the file, its SHA-256, what was added and skipped.
    pub fn record(
        &self,
        conn: &rusqlite::Connection,
        source: &repo::Source,
        by: &str,
        now: &str,
    ) -> rusqlite::Result<()> {
        let entry = crate::audit::Entry::new(by, crate::audit::Action::Import)
            .subject(&source.name)
            .detail(format!(
                "sha256 {}: {} added, {} already stored",
                source.sha256,
                self.added.len(),
                self.already.len()
            ));
        crate::audit::repo::record(conn, &entry, now)?;
        Ok(())
    }
}
