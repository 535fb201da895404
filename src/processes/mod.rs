//! Processes: one drafting exercise each (its draft, its consultations), several side by
//! side on one server. The shipped 2017 cycle is the first.

pub mod consultation_routes;
pub mod desk;
pub mod draft_routes;
pub mod repo;
pub mod routes;
pub mod vocabulary_routes;

use rusqlite::Connection;

use crate::audit::{Action, Entry};
use crate::document::source::SourceDocument;

/// The slug the shipped cycle's process gets, in a new database and in one made before
/// processes existed (migration 0008).
pub const SHIPPED_PROCESS_SLUG: &str = "solidarity-declaration";

#[derive(Debug, Clone)]
pub struct Process {
    pub id: i64,
    pub slug: String,
    pub title: String,
}

/// A process's address: lower-case letters, digits and hyphens, as consultations' slugs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProcessSlug(String);

impl ProcessSlug {
    pub const MAX_LEN: usize = 60;

    pub fn parse(raw: &str) -> Result<Self, String> {
        let ok = !raw.is_empty()
            && raw.len() <= Self::MAX_LEN
            && raw
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && !raw.starts_with('-')
            && !raw.ends_with('-');
        if ok {
            Ok(Self(raw.to_string()))
        } else {
            Err(format!(
                "{raw:?} is not a process slug: use lower-case letters, digits and hyphens (at most {} characters)",
                Self::MAX_LEN
            ))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for ProcessSlug {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Starts a process titled `title`, with the first process's themes and categories to edit
/// and its audit entry; `None` when the slug is taken.
pub fn create_process(
    conn: &Connection,
    slug: &ProcessSlug,
    title: &str,
    by: &str,
) -> rusqlite::Result<Option<Process>> {
    if repo::find_by_slug(conn, slug.as_str())?.is_some() {
        return Ok(None);
    }
    let process_id = repo::insert(conn, slug, title)?;
    if let Some(first) = repo::list(conn)?.first().filter(|p| p.id != process_id) {
        crate::feedback::repo::copy_vocabulary(conn, first.id, process_id)?;
    }
    let entry = Entry::new(by, Action::ProcessCreate)
        .subject(slug.as_str())
        .detail(title);
    crate::audit::repo::record_now(conn, &entry)?;
    Ok(Some(Process {
        id: process_id,
        slug: slug.as_str().to_string(),
        title: title.to_string(),
    }))
}

/// Where a draft goes: a new process, an existing one whose draft it becomes, or the version
/// after the document with this symbol (the newest of its process).
#[derive(Debug, Clone)]
pub enum DraftTarget {
    NewProcess(ProcessSlug),
    Process(ProcessSlug),
    Revision(String),
    /// A language version of the document with this symbol.
    Translation {
        symbol: String,
        language: String,
    },
}

#[derive(Debug, thiserror::Error)]
pub enum LoadRefused {
    #[error("a process with the slug {0} exists already")]
    ProcessExists(ProcessSlug),
    #[error("there is no process {0}")]
    NoSuchProcess(ProcessSlug),
    #[error("the draft of process {0} has feedback: a commented draft is never altered or deleted")]
    DraftHasFeedback(ProcessSlug),
    #[error("there is no document {0} to revise")]
    NoSuchBase(String),
    #[error(
        "{0} names several documents: revise the newest version of a process by its own symbol"
    )]
    AmbiguousBase(String),
    #[error("{symbol} is not the newest version of its process: revise version {newest}")]
    NotNewestVersion { symbol: String, newest: i64 },
    #[error("a revision dated {year} cannot follow a version dated {base_year}")]
    RevisionBeforeBase { year: i64, base_year: i64 },
    #[error("a document {symbol} ({year}, {language}) is stored already")]
    DocumentExists {
        symbol: String,
        year: i64,
        language: String,
    },
    #[error("{symbol} is itself in {language}: a language version is in another language")]
    SameLanguage { symbol: String, language: String },
    #[error("the file does not align with the original unit by unit")]
    NotAligned(Vec<crate::document::import::Finding<crate::document::import::Problem>>),
    #[error("participants have commented reading this language version")]
    TranslationCommented,
    #[error(transparent)]
    Storage(#[from] anyhow::Error),
}

impl From<rusqlite::Error> for LoadRefused {
    fn from(e: rusqlite::Error) -> Self {
        LoadRefused::Storage(e.into())
    }
}

/// What loading a draft did.
#[derive(Debug, PartialEq)]
pub enum Loaded {
    /// Into a new process.
    Created { process_id: i64, document_id: i64 },
    /// As the draft of a process that had none.
    Added { process_id: i64, document_id: i64 },
    /// In place of a draft nobody had commented on, keeping its id and consultations.
    Replaced { process_id: i64, document_id: i64 },
    /// As a language version of a document of the process.
    Translated { process_id: i64, document_id: i64 },
    /// As the version after another, with its lineage proposed (unconfirmed).
    Revised {
        process_id: i64,
        document_id: i64,
        version: i64,
        links: Vec<crate::lineage::Link>,
    },
}

/// Stores `draft` as the `language` version of the document `symbol`, aligned unit by unit.
fn translate(
    conn: &Connection,
    symbol: &str,
    language: &str,
    draft: &SourceDocument,
    by: &str,
) -> Result<Loaded, LoadRefused> {
    let library = crate::document::repo::load_library(conn)?;
    let mut named = library.all().iter().filter(|d| d.symbol == symbol);
    let original = match (named.next(), named.next()) {
        (Some(one), None) => one.clone(),
        (None, _) => return Err(LoadRefused::NoSuchBase(symbol.to_string())),
        (Some(_), Some(_)) => return Err(LoadRefused::AmbiguousBase(symbol.to_string())),
    };
    if original.language == language {
        return Err(LoadRefused::SameLanguage {
            symbol: symbol.to_string(),
            language: language.to_string(),
        });
    }
    let reading = crate::document::import::Reading {
        draft: draft.clone(),
        warnings: vec![],
        places: vec![],
    };
    let version = crate::document::translation::align(&original, &reading, language)
        .map_err(LoadRefused::NotAligned)?;
    match crate::document::store_translation(conn, &version, by) {
        Ok(_) => Ok(Loaded::Translated {
            process_id: original.process_id,
            document_id: original.id,
        }),
        Err(crate::document::TranslationRefused::Commented) => {
            Err(LoadRefused::TranslationCommented)
        }
        Err(crate::document::TranslationRefused::Storage(e)) => Err(e.into()),
    }
}

/// Stores `draft` where `target` says, with its audit entries, in the caller's transaction.
pub fn load_draft(
    conn: &Connection,
    target: &DraftTarget,
    draft: &SourceDocument,
    by: &str,
) -> Result<Loaded, LoadRefused> {
    if let DraftTarget::Revision(symbol) = target {
        return revise(conn, symbol, draft, by);
    }
    if let DraftTarget::Translation { symbol, language } = target {
        return translate(conn, symbol, language, draft, by);
    }
    let (process_id, replacing) = match target {
        DraftTarget::NewProcess(slug) => {
            let Some(process) = create_process(conn, slug, &draft.title, by)? else {
                return Err(LoadRefused::ProcessExists(slug.clone()));
            };
            (process.id, None)
        }
        DraftTarget::Process(slug) => {
            let process = repo::find_by_slug(conn, slug.as_str())?
                .ok_or_else(|| LoadRefused::NoSuchProcess(slug.clone()))?;
            let current = crate::document::repo::newest_of_process(conn, process.id)?;
            if let Some(current) = current
                && crate::feedback::repo::count_on_document(conn, current)? > 0
            {
                return Err(LoadRefused::DraftHasFeedback(slug.clone()));
            }
            (process.id, current)
        }
        DraftTarget::Revision(_) | DraftTarget::Translation { .. } => {
            unreachable!("revisions and language versions are loaded above")
        }
    };
    let taken = crate::document::repo::find_id(conn, &draft.symbol, draft.year, &draft.language)?;
    if taken.is_some() && taken != replacing {
        return Err(LoadRefused::DocumentExists {
            symbol: draft.symbol.clone(),
            year: draft.year,
            language: draft.language.clone(),
        });
    }
    let (loaded, action) = match replacing {
        Some(document_id) => {
            crate::document::repo::replace_uncommented(conn, document_id, draft)?;
            (
                Loaded::Replaced {
                    process_id,
                    document_id,
                },
                Action::DocumentReplace,
            )
        }
        None => {
            let document_id = crate::document::repo::insert(conn, draft, process_id)?;
            let loaded = match target {
                DraftTarget::NewProcess(_) => Loaded::Created {
                    process_id,
                    document_id,
                },
                DraftTarget::Process(_)
                | DraftTarget::Revision(_)
                | DraftTarget::Translation { .. } => Loaded::Added {
                    process_id,
                    document_id,
                },
            };
            (loaded, Action::DocumentLoad)
        }
    };
    let detail = format!(
        "{} ({}, {}): {}",
        draft.symbol, draft.year, draft.language, draft.title
    );
    record(conn, by, action, target_slug(target), &detail)?;
    Ok(loaded)
}

fn target_slug(target: &DraftTarget) -> &str {
    match target {
        DraftTarget::NewProcess(slug) | DraftTarget::Process(slug) => slug.as_str(),
        DraftTarget::Revision(symbol) | DraftTarget::Translation { symbol, .. } => symbol,
    }
}

/// Stores `draft` as the version after the document `symbol` and proposes its lineage.
fn revise(
    conn: &Connection,
    symbol: &str,
    draft: &SourceDocument,
    by: &str,
) -> Result<Loaded, LoadRefused> {
    let found = crate::document::repo::find_by_symbol(conn, symbol)?;
    let (base, process_id, version, base_year) = match found.as_slice() {
        [] => return Err(LoadRefused::NoSuchBase(symbol.to_string())),
        [one] => *one,
        _ => return Err(LoadRefused::AmbiguousBase(symbol.to_string())),
    };
    let newest = crate::document::repo::newest_of_process(conn, process_id)?;
    if newest != Some(base) {
        let newest_version: i64 = conn.query_row(
            "SELECT version FROM documents WHERE id = ?1",
            [newest.unwrap_or(base)],
            |r| r.get(0),
        )?;
        return Err(LoadRefused::NotNewestVersion {
            symbol: symbol.to_string(),
            newest: newest_version,
        });
    }
    if draft.year < base_year {
        return Err(LoadRefused::RevisionBeforeBase {
            year: draft.year,
            base_year,
        });
    }
    if crate::document::repo::find_id(conn, &draft.symbol, draft.year, &draft.language)?.is_some() {
        return Err(LoadRefused::DocumentExists {
            symbol: draft.symbol.clone(),
            year: draft.year,
            language: draft.language.clone(),
        });
    }
    let document_id = crate::document::repo::insert_revision(conn, draft, base)?;
    let documents = crate::document::repo::load_all(conn)?;
    let old = documents.iter().find(|d| d.id == base);
    let new = documents.iter().find(|d| d.id == document_id);
    let (Some(old), Some(new)) = (old, new) else {
        return Err(LoadRefused::Storage(anyhow::anyhow!(
            "a stored version cannot be read back"
        )));
    };
    let links = crate::lineage::propose(old, new);
    crate::lineage::repo::insert_proposal(conn, base, document_id, &links)?;
    let slug: String = conn.query_row(
        "SELECT slug FROM processes WHERE id = ?1",
        [process_id],
        |r| r.get(0),
    )?;
    let detail = format!(
        "{} ({}, {}) after {symbol}: {}",
        draft.symbol, draft.year, draft.language, draft.title
    );
    let entry = Entry::new(by, Action::DocumentRevise)
        .subject(slug)
        .detail(detail);
    crate::audit::repo::record_now(conn, &entry)?;
    Ok(Loaded::Revised {
        process_id,
        document_id,
        version: version + 1,
        links,
    })
}

fn record(
    conn: &Connection,
    by: &str,
    action: Action,
    slug: &str,
    detail: &str,
) -> anyhow::Result<()> {
    let entry = Entry::new(by, action).subject(slug).detail(detail);
    Ok(crate::audit::repo::record_now(conn, &entry)?)
}
