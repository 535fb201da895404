//! The comparison of two versions of a process's draft: on the desk, and for participants on
//! the process's public pages. One page each, no JavaScript, printable.

use std::sync::Arc;

use actix_web::{HttpResponse, web};
use askama::Template;

use super::UnitAddress;
use super::compare::{CompareQuery, Comparison, compare};
use crate::document::{ArticleId, Document};
use crate::error::AppError;
use crate::i18n::Tr;
use crate::organisers::desk::Desk;
use crate::pages;
use crate::processes::Process;
use crate::processes::desk::version_choices;
use crate::state::AppState;

/// "formerly Article 2 and Article 3".
pub fn formerly_articles(tr: &Tr, articles: &[ArticleId]) -> String {
    let names: Vec<String> = articles.iter().map(|a| tr.article_title(a)).collect();
    tr.t_text("compare-formerly", "place", tr.list(&names))
}

/// "formerly Article 8(2)".
pub fn formerly_units(tr: &Tr, units: &[UnitAddress]) -> String {
    let names: Vec<String> = units
        .iter()
        .map(|u| tr.unit_label(u.article, &u.reference))
        .collect();
    tr.t_text("compare-formerly", "place", tr.list(&names))
}

/// The comparison `query` asks for among `process`'s versions.
async fn comparison_of(
    state: &AppState,
    process: &Process,
    query: &CompareQuery,
) -> Result<(Comparison, Vec<Arc<Document>>), AppError> {
    let library = state.library.snapshot();
    let chosen = super::compare::choose_versions(&library, process.id, &query.from, &query.to)?;
    let (to, from) = (chosen.to.clone(), chosen.from.clone());
    let ancestries = state.ancestries.clone();
    let comparison = state
        .db
        .read(move |conn| {
            let ancestry = ancestries.get_or_load(conn, &library, &to)?;
            Ok(compare(&ancestry, &from))
        })
        .await?
        .ok_or_else(|| chosen.not_earlier())?;
    Ok((comparison, chosen.versions))
}

#[derive(Template)]
#[template(path = "lineage/compare.html")]
struct DeskComparePage {
    tr: Tr,
    desk: Desk,
    comparison: Comparison,
    choices: Vec<(String, String)>,
}

#[tracing::instrument(skip(state, desk, tr))]
pub(crate) async fn desk_compare(
    state: web::Data<AppState>,
    desk: Desk,
    tr: Tr,
    query: web::Query<CompareQuery>,
) -> Result<HttpResponse, AppError> {
    let process = crate::processes::desk::desk_process(
        &state,
        &crate::processes::desk::ProcessQuery {
            process: query.process.clone(),
            version: String::new(),
            versions: String::new(),
        },
    )
    .await?;
    let (comparison, versions) = comparison_of(&state, &process.process, &query).await?;
    pages::ok(&DeskComparePage {
        choices: version_choices(&tr, &versions),
        tr,
        desk,
        comparison,
    })
}

#[derive(Template)]
#[template(path = "lineage/compare_public.html")]
struct PublicComparePage {
    tr: Tr,
    process: Process,
    comparison: Comparison,
    choices: Vec<(String, String)>,
}

#[tracing::instrument(skip(state, tr))]
pub(crate) async fn public_compare(
    state: web::Data<AppState>,
    tr: Tr,
    slug: web::Path<String>,
    query: web::Query<CompareQuery>,
) -> Result<HttpResponse, AppError> {
    let slug = slug.into_inner();
    let process = state
        .db
        .read(|conn| Ok(crate::processes::repo::list(conn)?))
        .await?
        .into_iter()
        .find(|p| p.slug == slug)
        .ok_or(AppError::NotFound("error-not-found-process"))?;
    let (comparison, versions) = comparison_of(&state, &process, &query).await?;
    pages::ok(&PublicComparePage {
        choices: version_choices(&tr, &versions),
        tr,
        process,
        comparison,
    })
}
