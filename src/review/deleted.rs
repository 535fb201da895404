//! The desk's page of the feedback written on text that a later version deleted: nothing is
//! lost with a revision; every item is on the newest version's desk or here, with its
//! disposition (which can still be recorded here).

use actix_web::{HttpResponse, web};
use askama::Template;

use super::disposition::{Disposition, HideReason};
use super::filter::FilterQuery;
use super::page::{self, Group};
use super::routes::PageQuery;
use super::{parse_filter, repo};
use crate::error::AppError;
use crate::i18n::{Message, Tr};
use crate::organisers::desk::Desk;
use crate::pages;
use crate::paths;
use crate::state::AppState;

/// The items on one deleted article's units (or some of them), of one earlier version.
struct Section {
    heading: String,
    /// The language of the version's text, and its direction.
    language: String,
    dir: &'static str,
    groups: Vec<Group>,
}

#[derive(Template)]
#[template(path = "review/deleted.html")]
struct DeletedPage {
    tr: Tr,
    desk: Desk,
    /// No thematic areas are assigned from here: the items' text is gone from the draft.
    assign_areas: Vec<(i64, String)>,
    title: String,
    result_count: String,
    sections: Vec<Section>,
    page: i64,
    paging: page::Paging,
    dispositions: &'static [Disposition],
    hide_reasons: &'static [HideReason],
    units: Vec<(String, String)>,
    addressed_hint: String,
}

#[tracing::instrument(skip_all)]
pub(crate) async fn deleted_page(
    state: web::Data<AppState>,
    desk: Desk,
    tr: Tr,
    query: web::Query<FilterQuery>,
    page: web::Query<PageQuery>,
) -> Result<HttpResponse, AppError> {
    let link_filter = parse_filter(&state, query.into_inner()).await?;
    let library = state.library.snapshot();
    let version = link_filter
        .document_id
        .and_then(|id| library.get(id).cloned())
        .ok_or_else(|| AppError::from(anyhow::anyhow!("a desk filter without its draft")))?;
    let page_number = page.page.unwrap_or(1);
    let offset = page::offset_of(page_number).ok_or(AppError::NotFound("error-not-found-page"))?;
    let window = (offset, page::PAGE_SIZE, page::COUNT_LIMIT);
    let (filter, shown) = (link_filter.clone(), version.clone());
    let ancestries = state.ancestries.clone();
    let (listing, ancestry) = state
        .db
        .read(move |conn| {
            let ancestry = ancestries.get_or_load(conn, &library, &shown)?;
            let sources: Vec<_> = ancestry
                .deleted_sources()
                .iter()
                .map(|source| repo::on_source(&filter, source))
                .collect();
            Ok((repo::review_listing(conn, &sources, window)?, ancestry))
        })
        .await?;
    if listing.items.is_empty() && page_number > 1 {
        return Err(AppError::NotFound("error-not-found-page"));
    }
    let vocabulary = state.vocabulary_of_document(version.id);
    let no_carried = std::collections::HashMap::new();
    let mut sections: Vec<Section> = Vec::new();
    let mut items = listing.items.into_iter().peekable();
    while let Some(first) = items.next() {
        let (document_id, article_id) = (first.document_id, first.article);
        let mut run = vec![first];
        while let Some(next) =
            items.next_if(|i| (i.document_id, i.article) == (document_id, article_id))
        {
            run.push(next);
        }
        let Some(article) = ancestry
            .earlier_version(document_id)
            .and_then(|d| d.article(article_id).map(|a| (d, a)))
        else {
            continue;
        };
        let (written_on, article) = article;
        let heading = Message::new("deleted-section")
            .with_text("unit", tr.article_title(article_id))
            .with_text("symbol", &written_on.symbol);
        let mut groups = page::group_items(
            &tr,
            &vocabulary,
            article,
            run,
            &no_carried,
            &listing.revisions,
            None,
            None,
        );
        page::link_copies(&mut groups, &paths::deleted(), &link_filter);
        sections.push(Section {
            heading: tr.message(&heading),
            language: written_on.language.clone(),
            dir: written_on.dir(),
            groups,
        });
    }
    let result_count = tr.message(
        &Message::new("deleted-count")
            .with("total", listing.total)
            .with_text("symbol", &version.symbol),
    );
    let newest = state
        .library
        .snapshot()
        .newest_of_process(version.process_id)
        .cloned()
        .unwrap_or_else(|| version.clone());
    pages::ok(&DeletedPage {
        assign_areas: Vec::new(),
        units: page::unit_choices(&tr, &newest),
        addressed_hint: tr.t_text("review-addressed-hint", "symbol", &newest.symbol),
        title: tr.t_text("deleted-title", "symbol", &version.symbol),
        paging: page::paging(
            &paths::deleted(),
            &link_filter,
            page_number,
            listing.matching,
        ),
        result_count,
        sections,
        page: page_number,
        dispositions: &Disposition::ALL,
        hide_reasons: &HideReason::ALL,
        tr,
        desk,
    })
}
