//! All SQL of the draft text.

use rusqlite::{Connection, params};

use super::source::SourceDocument;
use super::{Article, ArticleId, Block, Document, Footnote, Item, Part};

/// Stores a document and its units; returns its id.
#[tracing::instrument(level = "debug", skip_all)]
pub fn insert(conn: &Connection, source: &SourceDocument) -> anyhow::Result<i64> {
    conn.execute(
        r#"INSERT INTO documents (symbol, title, year, language, preamble_chapeau, preamble_closing)
           VALUES (?1, ?2, ?3, ?4, ?5, ?6)"#,
        params![
            source.symbol,
            source.title,
            source.year,
            source.language,
            source.preamble.chapeau,
            source.preamble.closing
        ],
    )?;
    let document_id = conn.last_insert_rowid();
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
        r#"INSERT INTO units (document_id, article, ref, position, kind, part, text, notes)
           VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"#,
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
            notes.join(",")
        ])?;
    }
    let mut note_stmt =
        conn.prepare("INSERT INTO footnotes (document_id, number, text) VALUES (?1, ?2, ?3)")?;
    for note in &source.footnotes {
        note_stmt.execute(params![document_id, note.number, note.text])?;
    }
    Ok(document_id)
}

/// Every document with its parts, articles and footnotes.
#[tracing::instrument(level = "debug", skip_all)]
pub fn load_all(conn: &Connection) -> anyhow::Result<Vec<Document>> {
    let mut documents = conn
        .prepare(
            r#"SELECT id, symbol, title, year, language, preamble_chapeau, preamble_closing
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
            r#"SELECT article, ref, kind, part, text, notes FROM units
               WHERE document_id = ?1 ORDER BY position"#,
        )?;
        let mut rows = stmt.query([document.id])?;
        while let Some(row) = rows.next()? {
            let article: String = row.get(0)?;
            let reference: String = row.get(1)?;
            let kind: String = row.get(2)?;
            let text: String = row.get(4)?;
            let notes = parse_notes(&row.get::<_, String>(5)?);
            match kind.as_str() {
                "article" => {
                    let id: ArticleId = article.parse().map_err(|_| {
                        anyhow::anyhow!("stored article {article:?} is not an article id")
                    })?;
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
                        part: row.get(3)?,
                        blocks,
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
        }
    }
    Ok(documents)
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
