//! All SQL of the lineage.

use rusqlite::{Connection, params};

use super::Link;

/// Stores the links proposed from `from_document` to `to_document`, unconfirmed.
#[tracing::instrument(level = "debug", skip_all)]
pub fn insert_proposal(
    conn: &Connection,
    from_document: i64,
    to_document: i64,
    links: &[Link],
) -> rusqlite::Result<()> {
    let mut stmt = conn.prepare(
        r#"INSERT INTO unit_links (from_document, to_document, from_article, from_ref,
             to_article, to_ref, kind, similarity, doubtful)
           VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"#,
    )?;
    for link in links {
        stmt.execute(params![
            from_document,
            to_document,
            link.from.as_ref().map(|a| a.article.to_string()),
            link.from.as_ref().map(|a| a.reference.clone()),
            link.to.as_ref().map(|a| a.article.to_string()),
            link.to.as_ref().map(|a| a.reference.clone()),
            link.kind.key(),
            link.similarity,
            link.doubtful,
        ])?;
    }
    Ok(())
}

/// How many links of each kind, and how many doubtful, lead into `to_document`.
#[tracing::instrument(level = "debug", skip_all)]
pub fn summary(conn: &Connection, to_document: i64) -> rusqlite::Result<(Vec<(String, i64)>, i64)> {
    let kinds = conn
        .prepare("SELECT kind, COUNT(*) FROM unit_links WHERE to_document = ?1 GROUP BY kind")?
        .query_map([to_document], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<_, _>>()?;
    let doubtful = conn.query_row(
        "SELECT COUNT(*) FROM unit_links WHERE to_document = ?1 AND doubtful = 1",
        [to_document],
        |r| r.get(0),
    )?;
    Ok((kinds, doubtful))
}
