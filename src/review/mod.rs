//! The review desk: organisers read the feedback on each article across consultations, filter
//! and search it, hide what does not belong, and record what became of each comment.

pub mod decision;
pub mod deleted;
pub mod disposition;
pub mod filter;
pub mod highlight;
pub mod page;
pub mod repo;
pub mod routes;

pub use disposition::{Disposition, HideReason};
pub use filter::{Filter, FilterQuery, SearchQuery};

use crate::feedback;

/// The filter from a query, checked against the consultations and lists that exist. Here
/// rather than in `filter.rs`: it reads the state, and `filter.rs` is read by the search
/// index that the state's database hooks call.
pub async fn parse_filter(
    state: &crate::state::AppState,
    query: FilterQuery,
) -> Result<Filter, crate::error::AppError> {
    // One read for both: review pages are the desk's busiest.
    let (processes, consultations) = state
        .db
        .read(|conn| {
            Ok((
                crate::processes::repo::list(conn)?,
                crate::consultations::repo::list(conn)?,
            ))
        })
        .await?;
    let (_, filter) = desk_filter(
        &state.library.snapshot(),
        processes,
        consultations,
        |process| state.vocabularies.of_process(process),
        &query,
    )?;
    Ok(filter)
}

/// [`desk_filter`] from what `conn` holds: the command line's way, with no state keeping the
/// processes and their vocabularies.
pub fn desk_filter_read(
    conn: &rusqlite::Connection,
    library: &crate::document::Library,
    query: &FilterQuery,
) -> Result<(crate::processes::desk::DeskProcess, Filter), crate::error::AppError> {
    let mut vocabularies = feedback::repo::load_vocabularies(conn)?;
    desk_filter(
        library,
        crate::processes::repo::list(conn)?,
        crate::consultations::repo::list(conn)?,
        |process| Box::new(vocabularies.remove(&process).unwrap_or_default()),
        query,
    )
}

/// The desk's process and version for `query`, and its filter, from what is already read.
/// The consultations it may name are those on the version and on the versions before it,
/// and the workshops on the process's questions.
pub fn desk_filter<V: std::ops::Deref<Target = feedback::vocabulary::Vocabulary>>(
    library: &crate::document::Library,
    processes: Vec<crate::processes::Process>,
    consultations: Vec<crate::consultations::Consultation>,
    vocabulary_of: impl FnOnce(i64) -> V,
    query: &FilterQuery,
) -> Result<(crate::processes::desk::DeskProcess, Filter), crate::error::AppError> {
    let desk = crate::processes::desk::resolve(
        library,
        processes,
        &consultations,
        &crate::processes::desk::ProcessQuery {
            process: query.process.clone(),
            version: query.version.clone(),
            versions: String::new(),
        },
    )?;
    // A workshop on the process's questions alone is on its question set.
    let questions = library.questions_of_process(desk.process.id).map(|q| q.id);
    let slugs: Vec<String> = consultations
        .into_iter()
        .filter(|c| {
            Some(c.document_id) == questions
                || desk
                    .versions
                    .iter()
                    .any(|v| v.id == c.document_id && v.version <= desk.document.version)
        })
        .map(|c| c.slug)
        .collect();
    let vocabulary = vocabulary_of(desk.process.id);
    let filter =
        Filter::parse(query, &vocabulary, &slugs).map_err(crate::error::AppError::BadRequest)?;
    // A question's items are on the process's question set, whichever version the desk is on.
    let document_id = match (filter.article, questions) {
        (Some(article), Some(questions)) if article.is_question() => questions,
        _ => desk.document.id,
    };
    let filter = Filter {
        document_id: Some(document_id),
        process: desk.query_value(),
        version: desk.version_value(),
        ..filter
    };
    Ok((desk, filter))
}

/// Records an organiser's decision on item `id`, with its audit entry.
pub fn record_disposition(
    conn: &rusqlite::Connection,
    id: i64,
    decision: &decision::Decision,
    by: &str,
) -> Result<(), crate::error::AppError> {
    let now = crate::time_format::now_rfc3339();
    if !repo::set_disposition(conn, id, decision, by, &now)? {
        return Err(crate::error::AppError::NotFound("error-not-found-item"));
    }
    let entry = crate::audit::Entry::new(by, crate::audit::Action::Disposition)
        .subject(format!("#{id}"))
        .detail(match &decision.addressed {
            Some((_, unit)) => format!("{} -> {unit}", decision.disposition.key()),
            None => decision.disposition.key().to_string(),
        });
    crate::audit::repo::record(conn, &entry, &now)?;
    Ok(())
}

/// Marks item `id` as a key comment (or no longer), with its audit entry.
pub fn mark_key(
    conn: &rusqlite::Connection,
    id: i64,
    key: bool,
    by: &str,
) -> Result<(), crate::error::AppError> {
    if !repo::set_key(conn, id, key)? {
        return Err(crate::error::AppError::NotFound("error-not-found-item"));
    }
    let action = if key {
        crate::audit::Action::KeyMark
    } else {
        crate::audit::Action::KeyUnmark
    };
    let entry = crate::audit::Entry::new(by, action).subject(format!("#{id}"));
    Ok(crate::audit::repo::record_now(conn, &entry)?)
}

/// Takes item `id`'s comment out of its group of identical and near-identical texts, with
/// its audit entry naming the group it left.
pub fn split_copy(
    conn: &rusqlite::Connection,
    id: i64,
    by: &str,
) -> Result<(), crate::error::AppError> {
    let Some(left) = crate::text_groups::repo::split_out(conn, id)? else {
        return Err(crate::error::AppError::NotFound("error-not-found-item"));
    };
    let entry = crate::audit::Entry::new(by, crate::audit::Action::SplitCopy)
        .subject(format!("#{id}"))
        .detail(format!("out of text group {left}"));
    Ok(crate::audit::repo::record_now(conn, &entry)?)
}

/// Hides item `id` for `reason`, or shows it again with `None`, with its audit entry.
pub fn set_visibility(
    conn: &rusqlite::Connection,
    id: i64,
    hidden_as: Option<HideReason>,
    by: &str,
) -> Result<(), crate::error::AppError> {
    let now = crate::time_format::now_rfc3339();
    if !repo::set_hidden(conn, id, hidden_as, &now)? {
        return Err(crate::error::AppError::NotFound("error-not-found-item"));
    }
    let (action, reason) = match hidden_as {
        Some(reason) => (crate::audit::Action::Hide, reason.key()),
        None => (crate::audit::Action::Unhide, ""),
    };
    let entry = crate::audit::Entry::new(by, action)
        .subject(format!("#{id}"))
        .detail(reason);
    crate::audit::repo::record(conn, &entry, &now)?;
    Ok(())
}
