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

/// A stored link, as the review page shows it.
#[derive(Debug, Clone)]
pub struct StoredLink {
    pub id: i64,
    pub from: Option<super::UnitAddress>,
    pub to: Option<super::UnitAddress>,
    pub kind: super::LinkKind,
    pub similarity: f64,
    pub doubtful: bool,
    pub confirmed: bool,
}

fn address(article: Option<String>, reference: Option<String>) -> Option<super::UnitAddress> {
    Some(super::UnitAddress {
        article: article?.parse().ok()?,
        reference: reference.unwrap_or_default(),
    })
}

/// The version a version's links come from, if it has any.
#[tracing::instrument(level = "debug", skip_all)]
pub fn base_of(conn: &Connection, to_document: i64) -> rusqlite::Result<Option<i64>> {
    use rusqlite::OptionalExtension;
    conn.query_row(
        "SELECT from_document FROM unit_links WHERE to_document = ?1 LIMIT 1",
        [to_document],
        |r| r.get(0),
    )
    .optional()
}

/// Every link into `to_document`: the doubtful first, then as stored.
#[tracing::instrument(level = "debug", skip_all)]
pub fn links_into(conn: &Connection, to_document: i64) -> rusqlite::Result<Vec<StoredLink>> {
    conn.prepare(
        r#"SELECT from_article, from_ref, to_article, to_ref, kind, similarity, doubtful,
                  confirmed_by IS NOT NULL, id
           FROM unit_links WHERE to_document = ?1 ORDER BY doubtful DESC, id"#,
    )?
    .query_map([to_document], |r| {
        Ok(StoredLink {
            id: r.get(8)?,
            from: address(r.get(0)?, r.get(1)?),
            to: address(r.get(2)?, r.get(3)?),
            kind: super::LinkKind::parse(&r.get::<_, String>(4)?)
                .unwrap_or(super::LinkKind::Amended),
            similarity: r.get(5)?,
            doubtful: r.get(6)?,
            confirmed: r.get(7)?,
        })
    })?
    .collect()
}

/// Makes `from` (a unit of `from_document`) lead to `to` (or to nothing: deleted), alone
/// or, when `also`, besides where it already leads; confirmed by `by`. New units left with no
/// antecedent get their "new" link, and a unit that now has one loses its "new" link.
#[allow(clippy::too_many_arguments)]
#[tracing::instrument(level = "debug", skip_all)]
pub fn correct_link(
    conn: &Connection,
    from_document: i64,
    to_document: i64,
    from: &super::UnitAddress,
    to: Option<&super::UnitAddress>,
    also: bool,
    kind: super::LinkKind,
    similarity: f64,
    by: &str,
    now: &str,
) -> rusqlite::Result<()> {
    let (article, reference) = (from.article.to_string(), from.reference.clone());
    if also {
        // Besides its other descendants: only a "deleted" link, or the same link, goes.
        conn.execute(
            r#"DELETE FROM unit_links WHERE to_document = ?1 AND from_article = ?2 AND from_ref = ?3
               AND (to_article IS NULL OR (to_article = ?4 AND to_ref = ?5))"#,
            params![
                to_document,
                article,
                reference,
                to.map(|a| a.article.to_string()),
                to.map(|a| a.reference.clone())
            ],
        )?;
    } else {
        conn.execute(
            "DELETE FROM unit_links WHERE to_document = ?1 AND from_article = ?2 AND from_ref = ?3",
            params![to_document, article, reference],
        )?;
    }
    conn.execute(
        r#"INSERT INTO unit_links (from_document, to_document, from_article, from_ref, to_article,
             to_ref, kind, similarity, doubtful, confirmed_by, confirmed_at)
           VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 0, ?9, ?10)"#,
        params![
            from_document,
            to_document,
            from.article.to_string(),
            from.reference,
            to.map(|a| a.article.to_string()),
            to.map(|a| a.reference.clone()),
            kind.key(),
            similarity,
            by,
            now
        ],
    )?;
    // A unit with an antecedent is not new; a unit left without one is.
    conn.execute(
        r#"DELETE FROM unit_links WHERE to_document = ?1 AND kind = 'new' AND EXISTS (
             SELECT 1 FROM unit_links o WHERE o.to_document = ?1 AND o.from_article IS NOT NULL
               AND o.to_article = unit_links.to_article AND o.to_ref = unit_links.to_ref)"#,
        [to_document],
    )?;
    conn.execute(
        r#"INSERT INTO unit_links (from_document, to_document, to_article, to_ref, kind,
             similarity, doubtful)
           SELECT ?2, ?1, u.article, u.ref, 'new', 0, 1 FROM units u
           WHERE u.document_id = ?1 AND NOT EXISTS (
             SELECT 1 FROM unit_links l WHERE l.to_document = ?1
               AND l.to_article = u.article AND l.to_ref = u.ref)"#,
        params![to_document, from_document],
    )?;
    Ok(())
}

/// Gives link `id` the kind its neighbours now call for.
pub fn set_kind(conn: &Connection, id: i64, kind: super::LinkKind) -> rusqlite::Result<()> {
    conn.execute(
        "UPDATE unit_links SET kind = ?2 WHERE id = ?1",
        params![id, kind.key()],
    )?;
    Ok(())
}

/// The units a confirmation would leave with two contradicting kinds: a new unit that also
/// has an antecedent, an old unit deleted that also has a descendant.
#[tracing::instrument(level = "debug", skip_all)]
pub fn contradictions(conn: &Connection, to_document: i64) -> rusqlite::Result<Vec<String>> {
    conn.prepare(
        r#"SELECT 'new ' || n.to_article || ':' || n.to_ref FROM unit_links n
           WHERE n.to_document = ?1 AND n.kind = 'new' AND EXISTS (
             SELECT 1 FROM unit_links o WHERE o.to_document = ?1 AND o.from_article IS NOT NULL
               AND o.to_article = n.to_article AND o.to_ref = n.to_ref)
           UNION ALL
           SELECT 'old ' || d.from_article || ':' || d.from_ref FROM unit_links d
           WHERE d.to_document = ?1 AND d.kind = 'deleted' AND EXISTS (
             SELECT 1 FROM unit_links o WHERE o.to_document = ?1 AND o.to_article IS NOT NULL
               AND o.from_article = d.from_article AND o.from_ref = d.from_ref)"#,
    )?
    .query_map([to_document], |r| r.get(0))?
    .collect()
}

/// Confirms every link into `to_document`; returns how many were not yet confirmed.
#[tracing::instrument(level = "debug", skip_all)]
pub fn confirm_all(
    conn: &Connection,
    to_document: i64,
    by: &str,
    now: &str,
) -> rusqlite::Result<usize> {
    conn.execute(
        r#"UPDATE unit_links SET confirmed_by = ?2, confirmed_at = ?3, doubtful = 0
           WHERE to_document = ?1 AND confirmed_by IS NULL"#,
        params![to_document, by, now],
    )
}

/// A stored link as the ancestry follows it: from a unit of `from_document` (none: a new
/// unit) to a unit of the version after (none: deleted).
#[derive(Debug, Clone)]
pub struct VersionLink {
    pub from_document: i64,
    pub from: Option<super::UnitAddress>,
    pub to: Option<super::UnitAddress>,
}

/// Every link into the versions `to_documents`.
#[tracing::instrument(level = "debug", skip_all)]
pub fn links_into_versions(
    conn: &Connection,
    to_documents: &[i64],
) -> rusqlite::Result<Vec<VersionLink>> {
    let placeholders = vec!["?"; to_documents.len()].join(", ");
    conn.prepare(&format!(
        r#"SELECT from_document, from_article, from_ref, to_article, to_ref FROM unit_links
           WHERE to_document IN ({placeholders})"#
    ))?
    .query_map(rusqlite::params_from_iter(to_documents), |r| {
        Ok(VersionLink {
            from_document: r.get(0)?,
            from: address(r.get(1)?, r.get(2)?),
            to: address(r.get(3)?, r.get(4)?),
        })
    })?
    .collect()
}
