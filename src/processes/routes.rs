//! The home page (every process with its consultations) and each process's page.

use actix_web::{HttpResponse, web};
use askama::Template;

use super::{Process, repo};
use crate::consultations::Consultation;
use crate::consultations::lookup::list_with_totals;
use crate::error::AppError;
use crate::i18n::Tr;
use crate::pages;
use crate::state::AppState;

/// A process as the home and process pages show it: its draft and its consultations.
pub struct ProcessSection {
    pub process: Process,
    /// The process's name: its draft's title in the reader's language when the process is
    /// named after its draft and the draft has a version in that language.
    pub title: String,
    /// The language and direction of `title`: its draft's (or its version's), if it has one.
    pub title_language: Option<(String, &'static str)>,
    pub draft: Option<DraftLine>,
    pub consultations: Vec<(Consultation, i64)>,
    pub open: i64,
}

pub struct DraftLine {
    pub title: String,
    pub symbol: String,
    pub language: String,
    pub dir: &'static str,
    /// It revises an earlier version: the versions can be compared.
    pub is_revision: bool,
}

async fn sections(state: &AppState, language: &str) -> Result<Vec<ProcessSection>, AppError> {
    let processes = state.db.read(|conn| Ok(repo::list(conn)?)).await?;
    let consultations = list_with_totals(state).await?;
    let library = state.library.snapshot();
    Ok(processes
        .into_iter()
        .map(|process| {
            let newest = library.newest_of_process(process.id);
            // Read in the reader's language where the draft has a version in it.
            let read = newest.map(|d| (d, library.in_language(d.id, language).unwrap_or(d)));
            let named_after = newest.is_some_and(|d| d.title == process.title);
            let (title, title_language) = match read {
                Some((_, read)) if named_after => (
                    read.title.clone(),
                    Some((read.language.clone(), read.dir())),
                ),
                _ => (
                    process.title.clone(),
                    newest.map(|d| (d.language.clone(), d.dir())),
                ),
            };
            let draft = read.map(|(d, read)| DraftLine {
                title: read.title.clone(),
                symbol: d.symbol.clone(),
                language: read.language.clone(),
                dir: read.dir(),
                is_revision: d.based_on.is_some(),
            });
            let consultations: Vec<(Consultation, i64)> = consultations
                .iter()
                .filter(|(c, _)| {
                    c.is_public()
                        && library
                            .get(c.document_id)
                            .is_some_and(|d| d.process_id == process.id)
                })
                .cloned()
                .collect();
            let open = consultations.iter().filter(|(c, _)| c.is_open()).count() as i64;
            ProcessSection {
                process,
                title,
                title_language,
                draft,
                consultations,
                open,
            }
        })
        .collect())
}

#[derive(Template)]
#[template(path = "processes/index.html")]
struct HomePage {
    tr: Tr,
    sections: Vec<ProcessSection>,
}

#[tracing::instrument(skip_all)]
pub(crate) async fn home(state: web::Data<AppState>, tr: Tr) -> Result<HttpResponse, AppError> {
    let sections = sections(&state, tr.lang.code()).await?;
    pages::ok(&HomePage { tr, sections })
}

#[derive(Template)]
#[template(path = "processes/show.html")]
struct ProcessPage {
    tr: Tr,
    section: ProcessSection,
}

#[tracing::instrument(skip(state, tr))]
pub(crate) async fn show(
    state: web::Data<AppState>,
    slug: web::Path<String>,
    tr: Tr,
) -> Result<HttpResponse, AppError> {
    let section = sections(&state, tr.lang.code())
        .await?
        .into_iter()
        .find(|s| s.process.slug == *slug)
        .ok_or(AppError::NotFound("error-not-found-process"))?;
    pages::ok(&ProcessPage { tr, section })
}
