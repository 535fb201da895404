//! Which process the review desk is looking at: the one a desk address names in its
//! `process` query parameter, or the first (so addresses from before processes keep working).

use std::sync::Arc;

use super::{Process, repo};
use crate::document::Document;
use crate::error::AppError;
use crate::state::AppState;

/// A desk address's `process` parameter ("" or absent: the first process).
#[derive(Debug, Clone, Default, serde::Deserialize)]
pub struct ProcessQuery {
    #[serde(default)]
    pub process: String,
}

/// The process of a desk page, with the draft it reviews.
#[derive(Debug, Clone)]
pub struct DeskProcess {
    pub process: Process,
    /// The first process is the default: its addresses carry no `process` parameter.
    pub is_first: bool,
    pub document: Arc<Document>,
}

impl DeskProcess {
    /// The `process` query value of this desk's links: none for the first process.
    pub fn query_value(&self) -> Option<String> {
        (!self.is_first).then(|| self.process.slug.clone())
    }
}

/// The process named by `slug` (empty: the first), with the version of its draft the desk
/// reviews; 404 for an unknown process or one without a draft.
pub async fn desk_process(state: &AppState, slug: &str) -> Result<DeskProcess, AppError> {
    let (processes, consultations) = state
        .db
        .read(|conn| Ok((repo::list(conn)?, crate::consultations::repo::list(conn)?)))
        .await?;
    resolve(&state.library.snapshot(), processes, &consultations, slug)
}

/// [`desk_process`] among `processes` and `consultations`, already read. The desk reviews the
/// newest version that consultations comment on (the newest version if none does yet): a
/// revision just loaded has nothing to review until a consultation opens on it.
// FUTURE: a version switch on the desk, with the comments carried across versions.
pub fn resolve(
    library: &crate::document::Library,
    processes: Vec<Process>,
    consultations: &[crate::consultations::Consultation],
    slug: &str,
) -> Result<DeskProcess, AppError> {
    let first = processes
        .iter()
        .find(|p| library.newest_of_process(p.id).is_some())
        .map(|p| p.id);
    let process = if slug.is_empty() {
        processes.into_iter().find(|p| Some(p.id) == first)
    } else {
        processes.into_iter().find(|p| p.slug == slug)
    }
    .ok_or(AppError::NotFound("error-not-found-process"))?;
    let consulted = library
        .all()
        .iter()
        .rev()
        .filter(|d| d.process_id == process.id)
        .find(|d| consultations.iter().any(|c| c.document_id == d.id));
    let document = consulted
        .or_else(|| library.newest_of_process(process.id))
        .cloned()
        .ok_or(AppError::NotFound("error-not-found-process"))?;
    Ok(DeskProcess {
        is_first: Some(process.id) == first,
        process,
        document,
    })
}

/// Every process that has a draft, for the desk's switcher: (slug or none for the first,
/// title).
pub fn desk_processes(
    library: &crate::document::Library,
    processes: &[Process],
) -> Vec<(Option<String>, String)> {
    processes
        .iter()
        .filter(|p| library.newest_of_process(p.id).is_some())
        .enumerate()
        .map(|(i, p)| ((i > 0).then(|| p.slug.clone()), p.title.clone()))
        .collect()
}
