//! All SQL of the draft text.

use rusqlite::{Connection, OptionalExtension, params};

use super::source::SourceDocument;
use super::{Article, ArticleId, Block, Document, DocumentKind, Footnote, Item, Part};

/// Stores a document of `process_id` and its units; returns its id.
#[tracing::instrument(level = "debug", skip_all)]
pub fn insert(conn: &Connection, source: &SourceDocument, process_id: i64) -> anyhow::Result<i64> {
    conn.execute(
        r#"INSERT INTO documents
             (symbol, title, year, language, preamble_chapeau, preamble_closing, process_id)
           VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"#,
        params![
            source.symbol,
            source.title,
            source.year,
            source.language,
            source.preamble.chapeau,
            source.preamble.closing,
            process_id
        ],
    )?;
    let document_id = conn.last_insert_rowid();
    insert_text(conn, document_id, source)?;
    Ok(document_id)
}

/// Stores `source` as the version after `base` in `base`'s process; returns its id.
#[tracing::instrument(level = "debug", skip_all)]
pub fn insert_revision(
    conn: &Connection,
    source: &SourceDocument,
    base: i64,
) -> anyhow::Result<i64> {
    let (process_id, version): (i64, i64) = conn.query_row(
        "SELECT process_id, version FROM documents WHERE id = ?1",
        [base],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    let id = insert(conn, source, process_id)?;
    conn.execute(
        "UPDATE documents SET version = ?2, based_on = ?3 WHERE id = ?1",
        params![id, version + 1, base],
    )?;
    Ok(id)
}

/// The documents with this symbol: (id, process, version, year).
#[tracing::instrument(level = "debug", skip_all)]
pub fn find_by_symbol(
    conn: &Connection,
    symbol: &str,
) -> rusqlite::Result<Vec<(i64, i64, i64, i64)>> {
    conn.prepare(
        "SELECT id, process_id, version, year FROM documents WHERE symbol = ?1 ORDER BY id",
    )?
    .query_map([symbol], |r| {
        Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
    })?
    .collect()
}

/// Puts `source` in place of a document nobody has commented on, keeping its id, so the
/// consultations on it comment on the new text. The caller checks there is no feedback.
#[tracing::instrument(level = "debug", skip_all)]
pub fn replace_uncommented(
    conn: &Connection,
    document_id: i64,
    source: &SourceDocument,
) -> anyhow::Result<()> {
    for table in ["units", "document_parts", "footnotes", "tally"] {
        conn.execute(
            &format!("DELETE FROM {table} WHERE document_id = ?1"),
            [document_id],
        )?;
    }
    conn.execute(
        r#"UPDATE documents SET symbol = ?2, title = ?3, year = ?4, language = ?5,
             preamble_chapeau = ?6, preamble_closing = ?7
           WHERE id = ?1"#,
        params![
            document_id,
            source.symbol,
            source.title,
            source.year,
            source.language,
            source.preamble.chapeau,
            source.preamble.closing
        ],
    )?;
    insert_text(conn, document_id, source)
}

fn insert_text(conn: &Connection, document_id: i64, source: &SourceDocument) -> anyhow::Result<()> {
    let mut part_stmt = conn.prepare(
        "INSERT INTO document_parts (document_id, position, number, title) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for (position, part) in source.parts.iter().enumerate() {
        part_stmt.execute(params![
            document_id,
            position as i64,
            part.number,
            part.title
        ])?;
    }
    let mut unit_stmt = conn.prepare(
        r#"INSERT INTO units (document_id, article, ref, position, kind, part, text, notes, title)
           VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"#,
    )?;
    for (position, unit) in source.units()?.iter().enumerate() {
        let notes: Vec<String> = unit.notes.iter().map(|n| n.to_string()).collect();
        unit_stmt.execute(params![
            document_id,
            unit.article,
            unit.reference,
            position as i64,
            unit.kind,
            unit.part,
            unit.text,
            notes.join(","),
            unit.title
        ])?;
    }
    let mut note_stmt =
        conn.prepare("INSERT INTO footnotes (document_id, number, text) VALUES (?1, ?2, ?3)")?;
    for note in &source.footnotes {
        note_stmt.execute(params![document_id, note.number, note.text])?;
    }
    Ok(())
}

/// The document with this symbol, year and language, if one is stored.
#[tracing::instrument(level = "debug", skip_all)]
pub fn find_id(
    conn: &Connection,
    symbol: &str,
    year: i64,
    language: &str,
) -> rusqlite::Result<Option<i64>> {
    conn.query_row(
        "SELECT id FROM documents WHERE symbol = ?1 AND year = ?2 AND language = ?3",
        params![symbol, year, language],
        |r| r.get(0),
    )
    .optional()
}

/// The newest document of a process, if it has one.
#[tracing::instrument(level = "debug", skip_all)]
pub fn newest_of_process(conn: &Connection, process_id: i64) -> rusqlite::Result<Option<i64>> {
    conn.query_row(
        "SELECT MAX(id) FROM documents WHERE process_id = ?1 AND kind = 'draft'",
        [process_id],
        |r| r.get(0),
    )
}

/// Every document with its parts, articles and footnotes.
#[tracing::instrument(level = "debug", skip_all)]
pub fn load_all(conn: &Connection) -> anyhow::Result<Vec<Document>> {
    let mut documents = conn
        .prepare(
            r#"SELECT id, symbol, title, year, language, preamble_chapeau, preamble_closing,
                      process_id, version, based_on, kind
               FROM documents ORDER BY id"#,
        )?
        .query_map([], |r| {
            Ok(Document {
                id: r.get(0)?,
                symbol: r.get(1)?,
                title: r.get(2)?,
                year: r.get(3)?,
                language: r.get(4)?,
                preamble_chapeau: r.get(5)?,
                preamble_closing: r.get(6)?,
                process_id: r.get(7)?,
                version: r.get(8)?,
                based_on: r.get(9)?,
                kind: DocumentKind::parse(&r.get::<_, String>(10)?).unwrap_or(DocumentKind::Draft),
                parts: vec![],
                articles: vec![],
                footnotes: vec![],
            })
        })?
        .collect::<Result<Vec<_>, _>>()?;

    for document in &mut documents {
        document.parts = conn
            .prepare(
                "SELECT number, title FROM document_parts WHERE document_id = ?1 ORDER BY position",
            )?
            .query_map([document.id], |r| {
                Ok(Part {
                    number: r.get(0)?,
                    title: r.get(1)?,
                })
            })?
            .collect::<Result<_, _>>()?;
        document.footnotes = conn
            .prepare("SELECT number, text FROM footnotes WHERE document_id = ?1 ORDER BY number")?
            .query_map([document.id], |r| {
                Ok(Footnote {
                    number: r.get(0)?,
                    text: r.get(1)?,
                })
            })?
            .collect::<Result<_, _>>()?;
        let mut stmt = conn.prepare(
            r#"SELECT article, ref, kind, part, text, notes, title FROM units
               WHERE document_id = ?1 ORDER BY position"#,
        )?;
        let mut rows = stmt.query([document.id])?;
        while let Some(row) = rows.next()? {
            push_unit(document, StoredUnit::from_row(row)?)?;
        }
        put_in_reading_order(document);
        if document.kind == DocumentKind::Questions {
            arrange_questions(conn, document)?;
        }
    }
    Ok(documents)
}

/// Every document and every language version of one, as the pages read them.
#[tracing::instrument(level = "debug", skip_all)]
pub fn load_library(conn: &Connection) -> anyhow::Result<super::Library> {
    let documents = load_all(conn)?;
    let versions = load_translations(conn, &documents)?;
    Ok(super::Library::with_translations(documents, versions))
}

/// Each language version as a document of its own: the original's units, ids and notes, with
/// the version's texts and titles.
fn load_translations(conn: &Connection, originals: &[Document]) -> anyhow::Result<Vec<Document>> {
    let listed: Vec<(i64, String, String, String, String)> = conn
        .prepare(
            r#"SELECT document_id, language, title, preamble_chapeau, preamble_closing
               FROM document_translations ORDER BY document_id, language"#,
        )?
        .query_map([], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
        })?
        .collect::<Result<_, _>>()?;
    let mut versions = Vec::new();
    for (id, language, title, chapeau, closing) in listed {
        let Some(original) = originals.iter().find(|d| d.id == id) else {
            continue;
        };
        let mut version = Document {
            language: language.clone(),
            title,
            preamble_chapeau: chapeau,
            preamble_closing: closing,
            articles: vec![],
            ..original.clone()
        };
        for part in &mut version.parts {
            if let Some(title) = conn
                .prepare_cached(
                    "SELECT title FROM part_translations WHERE document_id = ?1 AND language = ?2 AND number = ?3",
                )?
                .query_row(params![id, language, part.number], |r| r.get(0))
                .optional()?
            {
                part.title = title;
            }
        }
        for footnote in &mut version.footnotes {
            if let Some(text) = conn
                .prepare_cached(
                    "SELECT text FROM footnote_translations WHERE document_id = ?1 AND language = ?2 AND number = ?3",
                )?
                .query_row(params![id, language, footnote.number], |r| r.get(0))
                .optional()?
            {
                footnote.text = text;
            }
        }
        let mut stmt = conn.prepare(
            r#"SELECT u.article, u.ref, u.kind, u.part, t.text, u.notes, t.title
               FROM units u JOIN unit_translations t
                 ON t.document_id = u.document_id AND t.article = u.article AND t.ref = u.ref
               WHERE u.document_id = ?1 AND t.language = ?2 ORDER BY u.position"#,
        )?;
        let mut rows = stmt.query(params![id, language])?;
        while let Some(row) = rows.next()? {
            push_unit(&mut version, StoredUnit::from_row(row)?)?;
        }
        put_in_reading_order(&mut version);
        versions.push(version);
    }
    Ok(versions)
}

/// How many feedback items on document `id` were written reading its `language` version.
#[tracing::instrument(level = "debug", skip_all)]
pub fn count_read_in(conn: &Connection, id: i64, language: &str) -> rusqlite::Result<i64> {
    conn.query_row(
        "SELECT COUNT(*) FROM feedback WHERE document_id = ?1 AND read_in = ?2",
        params![id, language],
        |r| r.get(0),
    )
}

/// Stores a language version, in place of the one in the same language if there was one.
#[tracing::instrument(level = "debug", skip_all)]
pub fn replace_translation(
    conn: &Connection,
    version: &super::translation::Translation,
    by: &str,
    now: &str,
) -> rusqlite::Result<bool> {
    let replaced = conn.execute(
        "DELETE FROM document_translations WHERE document_id = ?1 AND language = ?2",
        params![version.document_id, version.language],
    )? > 0;
    conn.execute(
        r#"INSERT INTO document_translations
             (document_id, language, title, preamble_chapeau, preamble_closing, loaded_at, loaded_by)
           VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"#,
        params![
            version.document_id,
            version.language,
            version.title,
            version.preamble_chapeau,
            version.preamble_closing,
            now,
            by
        ],
    )?;
    let mut unit = conn.prepare(
        r#"INSERT INTO unit_translations (document_id, language, article, ref, text, title)
           VALUES (?1, ?2, ?3, ?4, ?5, ?6)"#,
    )?;
    for u in &version.units {
        unit.execute(params![
            version.document_id,
            version.language,
            u.article,
            u.reference,
            u.text,
            u.title
        ])?;
    }
    let mut part = conn.prepare(
        "INSERT INTO part_translations (document_id, language, number, title) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for (number, title) in &version.parts {
        part.execute(params![
            version.document_id,
            version.language,
            number,
            title
        ])?;
    }
    let mut footnote = conn.prepare(
        "INSERT INTO footnote_translations (document_id, language, number, text) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for (number, text) in &version.footnotes {
        footnote.execute(params![version.document_id, version.language, number, text])?;
    }
    Ok(replaced)
}

/// A stored unit's row, in the original's language or a version's.
struct StoredUnit {
    article: String,
    reference: String,
    kind: String,
    part: Option<String>,
    text: String,
    notes: Vec<i64>,
    title: String,
}

impl StoredUnit {
    /// From a row of `article, ref, kind, part, text, notes, title`.
    fn from_row(row: &rusqlite::Row) -> rusqlite::Result<Self> {
        Ok(Self {
            article: row.get(0)?,
            reference: row.get(1)?,
            kind: row.get(2)?,
            part: row.get(3)?,
            text: row.get(4)?,
            notes: parse_notes(&row.get::<_, String>(5)?),
            title: row.get(6)?,
        })
    }
}

/// Adds a unit read in reading order to `document`'s articles.
fn push_unit(document: &mut Document, unit: StoredUnit) -> anyhow::Result<()> {
    let (article, reference, text, notes) = (unit.article, unit.reference, unit.text, unit.notes);
    match unit.kind.as_str() {
        "article" => {
            let id: ArticleId = article
                .parse()
                .map_err(|_| anyhow::anyhow!("stored article {article:?} is not an article id"))?;
            // The preamble's article unit holds the chapeau, kept on the document.
            let blocks = if text.is_empty() || id == ArticleId::Preamble {
                vec![]
            } else {
                vec![Block {
                    reference: String::new(),
                    number: None,
                    text,
                    notes,
                    items: vec![],
                }]
            };
            document.articles.push(Article {
                id,
                part: unit.part,
                title: (!unit.title.is_empty()).then_some(unit.title),
                blocks,
                retired: false,
            });
        }
        "paragraph" | "preamble-paragraph" => {
            let article = current_article(document, &article)?;
            article.blocks.push(Block {
                number: Some(reference.clone()),
                reference,
                text,
                notes,
                items: vec![],
            });
        }
        "item" => {
            let letter = reference
                .rsplit_once('(')
                .map(|(_, rest)| rest.trim_end_matches(')').to_string())
                .unwrap_or_default();
            let article = current_article(document, &article)?;
            if article.blocks.is_empty() {
                // Items directly under an article whose text is empty.
                article.blocks.push(Block {
                    reference: String::new(),
                    number: None,
                    text: String::new(),
                    notes: vec![],
                    items: vec![],
                });
            }
            let block = article.blocks.last_mut().expect("a block was just ensured");
            block.items.push(Item {
                reference,
                letter,
                text,
                notes,
            });
        }
        other => anyhow::bail!("unknown unit kind {other:?}"),
    }
    Ok(())
}

/// Puts a question set's questions in the order they are shown and marks the retired ones.
fn arrange_questions(conn: &Connection, document: &mut Document) -> rusqlite::Result<()> {
    let shown: std::collections::HashMap<String, (i64, bool)> = conn
        .prepare_cached(
            "SELECT article, shown, retired_at IS NOT NULL FROM questions WHERE document_id = ?1",
        )?
        .query_map([document.id], |r| Ok((r.get(0)?, (r.get(1)?, r.get(2)?))))?
        .collect::<Result<_, _>>()?;
    for article in &mut document.articles {
        article.retired = shown.get(&article.id.to_string()).is_some_and(|s| s.1);
    }
    document
        .articles
        .sort_by_key(|a| shown.get(&a.id.to_string()).map_or(i64::MAX, |s| s.0));
    Ok(())
}

/// Moves the title and the whole draft, stored after the text, before the preamble.
fn put_in_reading_order(document: &mut Document) {
    // Stable: the text's articles keep their stored order.
    document
        .articles
        .sort_by_key(|a| !a.id.is_about_the_draft());
}

fn current_article<'a>(
    document: &'a mut Document,
    article: &str,
) -> anyhow::Result<&'a mut Article> {
    match document.articles.last_mut() {
        Some(a) if a.id.to_string() == article => Ok(a),
        _ => anyhow::bail!("unit of article {article} is out of reading order"),
    }
}

fn parse_notes(notes: &str) -> Vec<i64> {
    notes
        .split(',')
        .filter_map(|n| n.trim().parse().ok())
        .collect()
}

/// Whether any document is stored yet.
#[tracing::instrument(level = "debug", skip_all)]
pub fn is_empty(conn: &Connection) -> rusqlite::Result<bool> {
    conn.query_row("SELECT NOT EXISTS (SELECT 1 FROM documents)", [], |r| {
        r.get(0)
    })
}

/// SQL saying that `column` is the place in reading order of one of some units of an article:
/// `document` and `article` are the SQL of their values (placeholders), and the references
/// are pushed onto `values` as placeholders. Feedback and the tally keep that place, and the
/// reading-order index holds it, so a query on some units of an article reads no row.
pub fn among_units(
    column: &str,
    (document, article): (&str, &str),
    references: &[String],
    values: &mut Vec<rusqlite::types::Value>,
) -> String {
    let mut placeholders = Vec::with_capacity(references.len());
    for reference in references {
        values.push(reference.clone().into());
        placeholders.push(format!("?{}", values.len()));
    }
    format!(
        "{column} IN (SELECT position FROM units WHERE document_id = {document} \
         AND article = {article} AND ref IN ({}))",
        placeholders.join(", ")
    )
}
