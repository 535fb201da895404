//! All SQL of the reports: what the feedback on some units of a version adds up to.

use rusqlite::{Connection, params_from_iter};

use crate::lineage::ancestry::Source;

/// The conditions on `feedback f` for the visible items on `source`'s units, with their values.
fn on_source(source: &Source) -> (String, Vec<rusqlite::types::Value>) {
    let mut values: Vec<rusqlite::types::Value> =
        vec![source.document_id.into(), source.article.to_string().into()];
    let mut sql = "f.document_id = ?1 AND f.article = ?2 AND f.status = 'visible'".to_string();
    if let Some(references) = &source.references {
        let units = crate::document::repo::among_units(
            "f.ref_position",
            ("?1", "?2"),
            references,
            &mut values,
        );
        sql.push_str(&format!(" AND {units}"));
    }
    (sql, values)
}

/// The proposed wordings, the most often proposed first: (wording, how many proposed it).
pub fn proposals(
    conn: &Connection,
    source: &Source,
    limit: i64,
) -> rusqlite::Result<Vec<(String, i64)>> {
    let (conditions, mut values) = on_source(source);
    values.push(limit.into());
    conn.prepare_cached(&format!(
        r#"SELECT f.proposed_text, COUNT(*) FROM feedback f
           WHERE {conditions} AND f.proposed_text != ''
           GROUP BY f.proposed_text ORDER BY COUNT(*) DESC, MIN(f.id) LIMIT ?{}"#,
        values.len()
    ))?
    .query_map(params_from_iter(values.iter()), |r| {
        Ok((r.get(0)?, r.get(1)?))
    })?
    .collect()
}

/// A comment the organisers took up (accepted, wholly or partly), as the table quotes it.
#[derive(Debug, Clone, PartialEq)]
pub struct KeyComment {
    pub id: i64,
    /// The organisation, else the stakeholder category.
    pub originator: String,
    pub city: String,
    pub comment: String,
    pub disposition: String,
    pub note: String,
}

/// The comments taken up, oldest first, at most `limit`.
pub fn key_comments(
    conn: &Connection,
    source: &Source,
    limit: i64,
) -> rusqlite::Result<Vec<KeyComment>> {
    let (conditions, mut values) = on_source(source);
    values.push(limit.into());
    conn.prepare_cached(&format!(
        r#"SELECT f.id, CASE WHEN f.organisation != '' THEN f.organisation ELSE f.stakeholder_category END,
                  c.city, f.comment, f.disposition, f.disposition_note
           FROM feedback f JOIN consultations c ON c.id = f.consultation_id
           WHERE {conditions} AND f.disposition IN ('accepted', 'partially-accepted')
           ORDER BY f.id LIMIT ?{}"#,
        values.len()
    ))?
    .query_map(params_from_iter(values.iter()), |r| {
        Ok(KeyComment {
            id: r.get(0)?,
            originator: r.get(1)?,
            city: r.get(2)?,
            comment: r.get(3)?,
            disposition: r.get(4)?,
            note: r.get(5)?,
        })
    })?
    .collect()
}

/// How many items have each disposition: (disposition key, count).
pub fn dispositions(conn: &Connection, source: &Source) -> rusqlite::Result<Vec<(String, i64)>> {
    let (conditions, values) = on_source(source);
    conn.prepare_cached(&format!(
        "SELECT f.disposition, COUNT(*) FROM feedback f WHERE {conditions} GROUP BY f.disposition"
    ))?
    .query_map(params_from_iter(values.iter()), |r| {
        Ok((r.get(0)?, r.get(1)?))
    })?
    .collect()
}

/// The proposed wordings for each unit, the most often proposed first: (reference, wording,
/// how many proposed it), at most `limit` in all. Identical and near-identical wordings for a
/// unit are one (their text group), quoted in the words of the first to propose it.
pub fn proposals_by_unit(
    conn: &Connection,
    source: &Source,
    limit: i64,
) -> rusqlite::Result<Vec<(String, String, i64)>> {
    let (conditions, mut values) = on_source(source);
    values.push(limit.into());
    conn.prepare_cached(&format!(
        r#"SELECT w.ref, first.proposed_text, w.proposed FROM
             (SELECT f.ref AS ref, MIN(f.id) AS first_id, COUNT(*) AS proposed FROM feedback f
              WHERE {conditions} AND f.proposal_group IS NOT NULL
              GROUP BY f.proposal_group ORDER BY proposed DESC, first_id LIMIT ?{}) w
           JOIN feedback first ON first.id = w.first_id
           ORDER BY w.proposed DESC, w.first_id"#,
        values.len()
    ))?
    .query_map(params_from_iter(values.iter()), |r| {
        Ok((r.get(0)?, r.get(1)?, r.get(2)?))
    })?
    .collect()
}

/// A comment organisers marked as key, as the report quotes it: never an email, a name only
/// where its author chose to publish it.
#[derive(Debug, Clone, PartialEq)]
pub struct QuotedComment {
    pub id: i64,
    pub reference: String,
    /// The published name, the organisation, else the stakeholder category.
    pub by: String,
    pub city: String,
    pub comment: String,
    pub disposition: String,
}

/// The key comments on `source`'s units, in reading order.
pub fn key_comments_marked(
    conn: &Connection,
    source: &Source,
) -> rusqlite::Result<Vec<QuotedComment>> {
    let (conditions, values) = on_source(source);
    conn.prepare_cached(&format!(
        r#"SELECT f.id, f.ref,
                  CASE WHEN f.publish_name AND f.name != '' THEN f.name
                       WHEN f.organisation != '' THEN f.organisation
                       ELSE f.stakeholder_category END,
                  c.city, f.comment, f.disposition
           FROM feedback f JOIN consultations c ON c.id = f.consultation_id
           WHERE {conditions} AND f.key_comment = 1
           ORDER BY f.ref_position, f.id"#
    ))?
    .query_map(params_from_iter(values.iter()), |r| {
        Ok(QuotedComment {
            id: r.get(0)?,
            reference: r.get(1)?,
            by: r.get(2)?,
            city: r.get(3)?,
            comment: r.get(4)?,
            disposition: r.get(5)?,
        })
    })?
    .collect()
}

/// How many items each stakeholder category sent with each stance: (category, stance, count).
pub fn stakeholder_counts(
    conn: &Connection,
    source: &Source,
) -> rusqlite::Result<Vec<(String, String, i64)>> {
    let (conditions, values) = on_source(source);
    conn.prepare_cached(&format!(
        r#"SELECT f.stakeholder_category, f.stance, COUNT(*) FROM feedback f
           WHERE {conditions} GROUP BY f.stakeholder_category, f.stance"#
    ))?
    .query_map(params_from_iter(values.iter()), |r| {
        Ok((r.get(0)?, r.get(1)?, r.get(2)?))
    })?
    .collect()
}
