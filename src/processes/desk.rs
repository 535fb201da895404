//! Which process the review desk is looking at: the one a desk address names in its
//! `process` query parameter, or the first (so addresses from before processes keep working).

use std::sync::Arc;

use super::{Process, repo};
use crate::document::Document;
use crate::error::AppError;
use crate::state::AppState;

/// A desk address's `process` parameter ("" or absent: the first process) and `version`
/// (the symbol of a version of its draft; "" or absent: the one the desk defaults to).
#[derive(Debug, Clone, Default, serde::Deserialize)]
pub struct ProcessQuery {
    #[serde(default)]
    pub process: String,
    #[serde(default)]
    pub version: String,
    /// `this` for a version's own counts; empty to count what it carries from earlier ones.
    #[serde(default)]
    pub versions: String,
}

/// The process of a desk page, with the draft it reviews.
#[derive(Debug, Clone)]
pub struct DeskProcess {
    pub process: Process,
    /// The first process is the default: its addresses carry no `process` parameter.
    pub is_first: bool,
    pub document: Arc<Document>,
    /// The version the desk reviews by default: its addresses carry no `version` parameter.
    pub default_version: i64,
    /// Every version of the process's draft, oldest first.
    pub versions: Vec<Arc<Document>>,
}

impl DeskProcess {
    /// The `process` query value of this desk's links: none for the first process.
    pub fn query_value(&self) -> Option<String> {
        (!self.is_first).then(|| self.process.slug.clone())
    }

    /// The `version` query value of this desk's links: none for the default version.
    pub fn version_value(&self) -> Option<String> {
        self.version_parameter(&self.document)
    }

    fn version_parameter(&self, version: &Document) -> Option<String> {
        (version.id != self.default_version).then(|| version.symbol.clone())
    }

    /// `path` on this desk: with the process and the version, where they are not the defaults.
    pub fn link(&self, path: String) -> String {
        crate::paths::in_version(
            crate::paths::in_process(path, &self.query_value()),
            &self.version_value(),
        )
    }

    /// `path` on this desk's process at another version.
    pub fn link_to_version(&self, path: String, version: &Document) -> String {
        crate::paths::in_version(
            crate::paths::in_process(path, &self.query_value()),
            &self.version_parameter(version),
        )
    }
}

/// The process named by `slug` (empty: the first), with the version of its draft the desk
/// reviews; 404 for an unknown process or one without a draft.
pub async fn desk_process(state: &AppState, query: &ProcessQuery) -> Result<DeskProcess, AppError> {
    let (processes, consultations) = state
        .db
        .read(|conn| Ok((repo::list(conn)?, crate::consultations::repo::list(conn)?)))
        .await?;
    resolve(&state.library.snapshot(), processes, &consultations, query)
}

/// [`desk_process`] among `processes` and `consultations`, already read. By default the desk
/// reviews the newest version that consultations comment on (the newest version if none does
/// yet): its counts are that version's own, and a revision just loaded has none until a
/// consultation opens on it. Any other version is a `version` away.
pub fn resolve(
    library: &crate::document::Library,
    processes: Vec<Process>,
    consultations: &[crate::consultations::Consultation],
    query: &ProcessQuery,
) -> Result<DeskProcess, AppError> {
    let slug = query.process.as_str();
    let first = processes
        .iter()
        .find(|p| library.has_content(p.id))
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
    // A process with questions and no draft yet is reviewed on its questions.
    let default = consulted
        .or_else(|| library.newest_of_process(process.id))
        .or_else(|| library.questions_of_process(process.id))
        .cloned()
        .ok_or(AppError::NotFound("error-not-found-process"))?;
    let versions: Vec<Arc<Document>> = library
        .all()
        .iter()
        .filter(|d| d.process_id == process.id)
        .cloned()
        .collect();
    let document = if query.version.is_empty() {
        default.clone()
    } else {
        // The process's questions are reviewed as a version of their own.
        versions
            .iter()
            .chain(library.questions_of_process(process.id))
            .find(|d| d.symbol == query.version)
            .cloned()
            .ok_or(AppError::NotFound("error-not-found-version"))?
    };
    Ok(DeskProcess {
        is_first: Some(process.id) == first,
        default_version: default.id,
        process,
        document,
        versions,
    })
}

/// The counts a desk page shows for a version: its own, or with those it carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Counting {
    ThisVersion,
    WithEarlier,
}

impl Counting {
    /// From the `versions` query value; a first version has nothing to carry.
    pub fn of(query: &ProcessQuery, version: &Document) -> Result<Self, AppError> {
        match query.versions.as_str() {
            "this" => Ok(Counting::ThisVersion),
            "" if version.based_on.is_some() => Ok(Counting::WithEarlier),
            "" => Ok(Counting::ThisVersion),
            other => Err(AppError::BadRequest(
                crate::i18n::Message::new("filter-unknown-versions").with_text("value", other),
            )),
        }
    }
}

/// A version as the desk names it: "Version 2: A/HRC/35/35/Rev.1".
pub fn version_label(tr: &crate::i18n::Tr, version: &Document) -> String {
    tr.t_text2(
        "admin-version",
        "number",
        version.version.to_string(),
        "symbol",
        &version.symbol,
    )
}

/// Every version, oldest first, as a page's choices: (symbol, label).
pub fn version_choices(tr: &crate::i18n::Tr, versions: &[Arc<Document>]) -> Vec<(String, String)> {
    versions
        .iter()
        .map(|v| (v.symbol.clone(), version_label(tr, v)))
        .collect()
}

/// Every process that has a draft, for the desk's switcher: (slug or none for the first,
/// title).
pub fn desk_processes(
    library: &crate::document::Library,
    processes: &[Process],
) -> Vec<(Option<String>, String)> {
    processes
        .iter()
        .filter(|p| library.has_content(p.id))
        .enumerate()
        .map(|(i, p)| ((i > 0).then(|| p.slug.clone()), p.title.clone()))
        .collect()
}
