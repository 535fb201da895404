//! The review page of an article, and the organisers' actions on each feedback item.

use std::collections::HashMap;

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::decision::Decision;
use super::disposition::{Disposition, HideReason};
use super::filter::{Filter, FilterQuery};
use super::highlight;
use super::page::{self, Carried, Group, PageRefusal, Refused};
use super::parse_filter;
use super::repo;
use crate::csrf::CsrfForm;
use crate::document::{Article, ArticleId, Document};
use crate::error::AppError;
use crate::i18n::{Message, Tr};
use crate::lineage::UnitAddress;
use crate::lineage::ancestry::Ancestry;
use crate::organisers::Organiser;
use crate::organisers::desk::Desk;
use crate::pages::{self, LocalPath};
use crate::paths;
use crate::state::AppState;

/// The draft a parsed filter reviews: its process's newest.
fn document_of(state: &AppState, filter: &Filter) -> Result<std::sync::Arc<Document>, AppError> {
    filter
        .document_id
        .and_then(|id| state.library.snapshot().get(id).cloned())
        .ok_or_else(|| anyhow::anyhow!("a desk filter without its draft").into())
}

#[derive(Template)]
#[template(path = "review/article.html")]
struct ReviewPage<'a> {
    tr: Tr,
    desk: Desk,
    /// The process's offered thematic areas, to assign ticked items to: (id, "A. Title").
    assign_areas: Vec<(i64, String)>,
    /// Where the assignment form posts, with the desk's process.
    assign_action: String,
    /// The area chosen in a refused assignment, and why it was refused.
    assign_area: Option<i64>,
    assign_error: Option<String>,
    title: String,
    article: &'a Article,
    document: &'a Document,
    query: FilterQuery,
    filters: Vec<page::FilterSelect>,
    dispositions: &'static [Disposition],
    hide_reasons: &'static [HideReason],
    result_count: String,
    groups: Vec<Group>,
    page: i64,
    paging: page::Paging,
    exports: Vec<(String, String)>,
    /// This article with no filter but the process and version.
    clear_link: String,
    /// The units of the newest version, for the "addressed in" fields, and what they are.
    units: Vec<(String, String)>,
    addressed_hint: String,
    /// With the group filter: the group's number, and this article's page without it.
    group_only: Option<(String, String)>,
    /// The draft's text as shown above the feedback: the original, or a language version.
    text_version: std::sync::Arc<Document>,
    /// The languages the text can be shown in (code, name in itself, chosen), when several.
    text_languages: Vec<(String, String, bool)>,
}

#[derive(Debug, Deserialize, Default)]
pub struct PageQuery {
    #[serde(default)]
    pub page: Option<i64>,
}

struct ReviewRequest {
    article: ArticleId,
    query: FilterQuery,
    page: i64,
}

/// What a review page shows, as read for one request.
struct Shown<'a> {
    document: &'a Document,
    article: &'a Article,
    /// The filter as the links carry it (without the article, which is in the path).
    link_filter: Filter,
    offset: i64,
    listing: repo::Listing,
    carried: HashMap<i64, Carried>,
    search_terms: Option<highlight::Terms>,
}

/// How the page shows each of `items` written on an earlier version: where its unit is now
/// in `article`, and where it was written.
fn carried_items(
    tr: &Tr,
    ancestry: &Ancestry,
    article: ArticleId,
    items: &[repo::ReviewItem],
) -> HashMap<i64, Carried> {
    items
        .iter()
        .filter_map(|item| {
            let written_on = ancestry.earlier_version(item.document_id)?;
            let unit = UnitAddress {
                article: item.article,
                reference: item.input.reference.clone(),
            };
            let place = ancestry
                .places_of(item.document_id, &unit)
                .into_iter()
                .find(|p| p.article == article)?;
            let origin = Message::new("review-carried-from")
                .with_text("unit", tr.unit_label(item.article, &unit.reference))
                .with_text("symbol", &written_on.symbol)
                .with_text("city", &item.consultation_city);
            let carried = Carried {
                place: place.reference,
                origin: tr.message(&origin),
                text: crate::lineage::text_at(written_on, &unit).unwrap_or_default(),
                article: item.article,
            };
            Some((item.id, carried))
        })
        .collect()
}

impl<'a> Shown<'a> {
    fn into_page(
        self,
        state: &AppState,
        tr: Tr,
        desk: Desk,
        request: ReviewRequest,
        refused: Option<&PageRefusal>,
        assign_areas: Vec<(i64, String)>,
    ) -> ReviewPage<'a> {
        let Shown {
            document,
            article,
            link_filter,
            offset,
            listing,
            carried,
            search_terms,
        } = self;
        let shown = listing.items.len() as i64;
        let has_earlier = document.based_on.is_some();
        let library = state.library.snapshot();
        let newest = library
            .newest_of_process(document.process_id)
            .cloned()
            .unwrap_or_else(|| std::sync::Arc::new(document.clone()));
        let vocabulary = state.vocabulary_of_document(document.id);
        let review_path = paths::review(article.id);
        // The version itself unless another language is asked for: shared, not copied.
        let text_version = library
            .in_language(document.id, &request.query.text)
            .or_else(|| library.get(document.id))
            .cloned()
            .unwrap_or_else(|| std::sync::Arc::new(document.clone()));
        let languages = library.languages_of(document.id);
        let text_languages = if languages.len() > 1 {
            languages
                .iter()
                .map(|code| {
                    (
                        code.to_string(),
                        crate::i18n::autonym(code),
                        *code == text_version.language,
                    )
                })
                .collect()
        } else {
            Vec::new()
        };
        let mut groups = page::group_items(
            &tr,
            &vocabulary,
            article,
            listing.items,
            &carried,
            &listing.revisions,
            search_terms.as_ref(),
            refused,
        );
        page::link_copies(&mut groups, &review_path, &link_filter);
        let (assign_area, assign_error) = match refused {
            Some(PageRefusal::Assign { area, message }) => (*area, Some(message.clone())),
            _ => (None, None),
        };
        ReviewPage {
            assign_action: paths::in_process(paths::assign_to_area(), &link_filter.process),
            assign_areas,
            assign_area,
            assign_error,
            title: tr.t_text("review-title", "article", tr.article_title(article.id)),
            result_count: page::result_count(
                &tr,
                listing.matching,
                offset,
                shown,
                listing.total,
                article.id,
            ),
            filters: page::filter_selects(
                &tr,
                &request.query,
                &listing.consultations,
                &vocabulary,
                has_earlier,
            ),
            exports: page::export_links(&link_filter, article.id),
            units: page::unit_choices(&tr, &newest),
            addressed_hint: tr.t_text("review-addressed-hint", "symbol", &newest.symbol),
            clear_link: paths::in_version(
                paths::in_process(paths::review(article.id), &link_filter.process),
                &link_filter.version,
            ),
            paging: page::paging(&review_path, &link_filter, request.page, listing.matching),
            groups,
            group_only: link_filter.group.map(|group| {
                let everything = Filter {
                    group: None,
                    ..link_filter.clone()
                };
                (
                    tr.number(group),
                    format!("{review_path}?{}", everything.query_string(&[])),
                )
            }),
            tr,
            desk,
            article,
            document,
            query: request.query,
            dispositions: &Disposition::ALL,
            hide_reasons: &HideReason::ALL,
            page: request.page,
            text_version,
            text_languages,
        }
    }
}

async fn render(
    state: &AppState,
    tr: Tr,
    desk: Desk,
    request: ReviewRequest,
    refused: Option<PageRefusal>,
) -> Result<HttpResponse, AppError> {
    let link_filter = parse_filter(state, request.query.clone()).await?;
    let mut document = document_of(state, &link_filter)?;
    // A question is in its process's question set, whichever version the desk is on.
    if request.article.is_question() {
        document = state
            .library
            .snapshot()
            .questions_of_process(document.process_id)
            .cloned()
            .ok_or(AppError::NotFound("error-not-found-article"))?;
    }
    let article = document
        .article(request.article)
        .ok_or(AppError::NotFound("error-not-found-article"))?;
    let filter = Filter {
        document_id: Some(document.id),
        article: Some(article.id),
        ..link_filter.clone()
    };
    let offset = page::offset_of(request.page).ok_or(AppError::NotFound("error-not-found-page"))?;
    let search_terms = filter.search.as_ref().map(|s| highlight::terms(&s.terms));
    let window = (offset, page::PAGE_SIZE, page::COUNT_LIMIT);
    let (library, version, article_id) = (state.library.snapshot(), document.clone(), article.id);
    let ancestries = state.ancestries.clone();
    let process_id = document.process_id;
    // One read for the page: its items, and the thematic areas an organiser may assign them
    // to (several at once) with the areas each is in already.
    let (listing, ancestry, areas, item_areas) = state
        .db
        .read(move |conn| {
            let ancestry = ancestries.get_or_load(conn, &library, &version)?;
            let mut sources = vec![filter.clone()];
            if !filter.this_version_only {
                let earlier = ancestry.sources_into(article_id);
                sources.extend(earlier.iter().map(|s| repo::on_source(&filter, s)));
            }
            let listing = repo::review_listing(conn, &sources, window)?;
            let areas = crate::workshops::repo::areas_of(conn, process_id)?;
            let item_areas = match areas.is_empty() {
                true => HashMap::new(),
                false => {
                    let ids: Vec<i64> = listing.items.iter().map(|i| i.id).collect();
                    crate::workshops::repo::areas_of_items(conn, &ids)?
                }
            };
            Ok((listing, ancestry, areas, item_areas))
        })
        .await?;
    if listing.items.is_empty() && request.page > 1 {
        return Err(AppError::NotFound("error-not-found-page"));
    }
    let carried = carried_items(&tr, &ancestry, article.id, &listing.items);
    let view = Shown {
        document: &document,
        article,
        link_filter,
        offset,
        listing,
        carried,
        search_terms,
    };
    let assign_areas = areas
        .into_iter()
        .filter(|a| !a.retired)
        .enumerate()
        .map(|(i, a)| {
            (
                a.id,
                format!("{}. {}", crate::workshops::letter(i), a.title),
            )
        })
        .collect();
    let mut review = view.into_page(state, tr, desk, request, refused.as_ref(), assign_areas);
    for item in review.groups.iter_mut().flat_map(|g| g.items.iter_mut()) {
        item.areas = item_areas.get(&item.item.id).cloned().unwrap_or_default();
    }
    let status = match refused {
        Some(_) => StatusCode::UNPROCESSABLE_ENTITY,
        None => StatusCode::OK,
    };
    pages::html(status, &review)
}

#[tracing::instrument(skip_all, fields(article = %article))]
pub(crate) async fn review_page(
    state: web::Data<AppState>,
    desk: Desk,
    tr: Tr,
    article: web::Path<String>,
    query: web::Query<FilterQuery>,
    page: web::Query<PageQuery>,
) -> Result<HttpResponse, AppError> {
    let article = article
        .parse()
        .map_err(|_| AppError::NotFound("error-not-found-article"))?;
    let request = ReviewRequest {
        article,
        query: query.into_inner(),
        page: page.page.unwrap_or(1),
    };
    render(&state, tr, desk, request, None).await
}

/// Where to go back to after an action: the review page it came from, if that is what it is.
fn review_request_from(return_to: &str, fallback: ArticleId) -> (LocalPath, ReviewRequest) {
    let back = LocalPath::parse(return_to).and_then(|back| {
        let (path, query) = back.as_str().split_once('?').unwrap_or((back.as_str(), ""));
        let query = query.split('#').next().unwrap_or("");
        let article = path
            .split('#')
            .next()?
            .strip_prefix("/admin/articles/")?
            .parse::<ArticleId>()
            .ok()?;
        let filters: FilterQuery = serde_html_form::from_str(query).unwrap_or_default();
        let page: PageQuery = serde_html_form::from_str(query).unwrap_or_default();
        let request = ReviewRequest {
            article,
            query: filters,
            page: page.page.unwrap_or(1),
        };
        Some((back, request))
    });
    back.unwrap_or_else(|| {
        let path = LocalPath::or_home(&paths::review(fallback));
        let request = ReviewRequest {
            article: fallback,
            query: FilterQuery::default(),
            page: 1,
        };
        (path, request)
    })
}

/// The version an item was written on and its article.
async fn place_of(state: &AppState, id: i64) -> Result<(i64, ArticleId), AppError> {
    let (document, article) = state
        .db
        .read(move |conn| Ok(repo::place_of(conn, id)?))
        .await?
        .ok_or(AppError::NotFound("error-not-found-item"))?;
    let article = article
        .parse()
        .map_err(|_| anyhow::anyhow!("stored article {article:?}"))?;
    Ok((document, article))
}

#[derive(Deserialize)]
pub(crate) struct DispositionForm {
    #[serde(default)]
    disposition: String,
    #[serde(default)]
    note: String,
    /// Where it was addressed, as typed: "Art. 4(2)".
    #[serde(default)]
    addressed_in: String,
    #[serde(default)]
    return_to: String,
}

#[tracing::instrument(skip_all, fields(id = *id))]
pub(crate) async fn record_disposition(
    state: web::Data<AppState>,
    desk: Desk,
    tr: Tr,
    id: web::Path<i64>,
    CsrfForm(form): CsrfForm<DispositionForm>,
) -> Result<HttpResponse, AppError> {
    let id = id.into_inner();
    let (document, article) = place_of(&state, id).await?;
    let (back, request) = review_request_from(&form.return_to, article);
    // A comment is addressed in the newest version of its draft; an answer in a process
    // with no draft yet, in its questions.
    let newest = {
        let library = state.library.snapshot();
        library
            .get(document)
            .and_then(|d| {
                library
                    .newest_of_process(d.process_id)
                    .or_else(|| library.questions_of_process(d.process_id))
            })
            .cloned()
            .ok_or_else(|| anyhow::anyhow!("item {id} on a version not loaded"))?
    };
    let decision = match Decision::parse(&form.disposition, form.note, &form.addressed_in, &newest)
    {
        Ok(decision) => decision,
        Err(refusal) => {
            let refused = PageRefusal::Disposition(Refused {
                id,
                disposition: refusal.disposition,
                note: refusal.note,
                addressed: refusal.addressed,
                problems: (refusal.problems.iter())
                    .map(|(field, message)| (*field, tr.message(message)))
                    .collect(),
            });
            return render(&state, tr, desk, request, Some(refused)).await;
        }
    };
    let by = desk.organiser.username;
    state
        .db
        .write(move |conn| super::record_disposition(conn, id, &decision, &by))
        .await?;
    Ok(pages::see_other(&back.with_fragment(&format!("item-{id}"))))
}

#[derive(Deserialize)]
pub(crate) struct KeyForm {
    /// `yes` to mark, `no` to take the mark away.
    #[serde(default)]
    key: String,
    #[serde(default)]
    return_to: String,
}

/// Marks an item as a key comment for the report, or takes the mark away.
#[tracing::instrument(skip_all)]
pub(crate) async fn mark_key(
    state: web::Data<AppState>,
    organiser: web::ReqData<Organiser>,
    id: web::Path<i64>,
    CsrfForm(form): CsrfForm<KeyForm>,
) -> Result<HttpResponse, AppError> {
    let id = id.into_inner();
    let key = match form.key.as_str() {
        "yes" => true,
        "no" => false,
        _ => return Err(AppError::BadRequest(Message::new("error-key-mark-unknown"))),
    };
    let (back, _) = review_request_from(&form.return_to, place_of(&state, id).await?.1);
    let by = organiser.into_inner().username;
    state
        .db
        .write(move |conn| super::mark_key(conn, id, key, &by))
        .await?;
    Ok(pages::see_other(&back.with_fragment(&format!("item-{id}"))))
}

#[derive(Deserialize)]
pub(crate) struct ReturnForm {
    #[serde(default)]
    return_to: String,
}

/// Takes an item's comment out of its text group, into a group of its own.
#[tracing::instrument(skip_all)]
pub(crate) async fn split_copy(
    state: web::Data<AppState>,
    organiser: web::ReqData<Organiser>,
    id: web::Path<i64>,
    CsrfForm(form): CsrfForm<ReturnForm>,
) -> Result<HttpResponse, AppError> {
    let id = id.into_inner();
    let (back, _) = review_request_from(&form.return_to, place_of(&state, id).await?.1);
    let by = organiser.into_inner().username;
    state
        .db
        .write(move |conn| super::split_copy(conn, id, &by))
        .await?;
    Ok(pages::see_other(&back.with_fragment(&format!("item-{id}"))))
}

#[derive(Deserialize)]
pub(crate) struct HideForm {
    #[serde(default)]
    reason: String,
    #[serde(default)]
    return_to: String,
}

async fn set_hidden(
    state: &AppState,
    organiser: Organiser,
    id: i64,
    reason: Option<HideReason>,
    return_to: &str,
) -> Result<HttpResponse, AppError> {
    let (back, _) = review_request_from(return_to, place_of(state, id).await?.1);
    let by = organiser.username;
    state
        .db
        .write(move |conn| super::set_visibility(conn, id, reason, &by))
        .await?;
    Ok(pages::see_other(&back.with_fragment(&format!("item-{id}"))))
}

/// Hides an item for the reason chosen; without one, the page comes back saying so beside
/// the item's choice of reasons.
#[tracing::instrument(skip_all)]
pub(crate) async fn hide(
    state: web::Data<AppState>,
    desk: Desk,
    tr: Tr,
    id: web::Path<i64>,
    CsrfForm(form): CsrfForm<HideForm>,
) -> Result<HttpResponse, AppError> {
    let id = id.into_inner();
    let Some(reason) = HideReason::parse(&form.reason) else {
        let (_, request) = review_request_from(&form.return_to, place_of(&state, id).await?.1);
        let message = tr.t("error-hide-reason-unknown");
        let refused = PageRefusal::Hide { id, message };
        return render(&state, tr, desk, request, Some(refused)).await;
    };
    set_hidden(&state, desk.organiser, id, Some(reason), &form.return_to).await
}

#[derive(Deserialize)]
pub(crate) struct UnassignForm {
    item: i64,
    #[serde(default)]
    return_to: String,
}

/// Takes an item out of a thematic area (an assignment made by mistake), and goes back to
/// the review page it was done from.
#[tracing::instrument(skip(state, desk, form))]
pub(crate) async fn unassign_from_area(
    state: web::Data<AppState>,
    desk: Desk,
    area: web::Path<i64>,
    query: web::Query<crate::processes::desk::ProcessQuery>,
    CsrfForm(form): CsrfForm<UnassignForm>,
) -> Result<HttpResponse, AppError> {
    let process = crate::processes::desk::desk_process(&state, &query).await?;
    let (process_id, area, item) = (process.process.id, area.into_inner(), form.item);
    let by = desk.organiser.username;
    let removed = state
        .db
        .write(move |conn| {
            Ok(crate::workshops::repo::unassign_from_area(
                conn, process_id, area, item, &by,
            )?)
        })
        .await?;
    if !removed {
        return Err(AppError::NotFound("error-not-found-area"));
    }
    let back = LocalPath::parse(&form.return_to)
        .unwrap_or_else(|| LocalPath::or_home(&paths::areas()))
        .with_fragment(&format!("item-{item}"));
    Ok(pages::see_other(&back))
}

#[derive(Deserialize)]
pub(crate) struct AssignForm {
    #[serde(default)]
    area: String,
    #[serde(default)]
    ids: Vec<i64>,
    #[serde(default)]
    return_to: String,
}

/// Assigns the items ticked on a review page to a thematic area of its process, and goes back
/// there. With no item ticked the page comes back saying so beside the form, the area kept.
#[tracing::instrument(skip(state, desk, tr, form))]
pub(crate) async fn assign_to_area(
    state: web::Data<AppState>,
    desk: Desk,
    tr: Tr,
    query: web::Query<crate::processes::desk::ProcessQuery>,
    CsrfForm(form): CsrfForm<AssignForm>,
) -> Result<HttpResponse, AppError> {
    let process = crate::processes::desk::desk_process(&state, &query).await?;
    let area = form.area.parse::<i64>().ok();
    let refusal = match (area, form.ids.is_empty()) {
        (None, _) => Some("error-area-choose"),
        (Some(_), true) => Some("error-area-no-items"),
        (Some(_), false) => None,
    };
    if let Some(key) = refusal {
        // The first article is shown when the form came from elsewhere than a review page.
        let (_, request) = review_request_from(&form.return_to, ArticleId::Title);
        let message = tr.t(key);
        let refused = PageRefusal::Assign { area, message };
        return render(&state, tr, desk, request, Some(refused)).await;
    }
    let (id, by, items) = (
        process.process.id,
        desk.organiser.username.clone(),
        form.ids,
    );
    let area = area.unwrap_or_default();
    let assigned = state
        .db
        .write(move |conn| {
            Ok(crate::workshops::repo::assign_to_area(
                conn, id, area, &items, &by,
            )?)
        })
        .await?;
    if assigned.is_none() {
        return Err(AppError::NotFound("error-not-found-area"));
    }
    let back =
        LocalPath::parse(&form.return_to).unwrap_or_else(|| LocalPath::or_home(&paths::areas()));
    Ok(pages::see_other(&back))
}

#[tracing::instrument(skip_all)]
pub(crate) async fn unhide(
    state: web::Data<AppState>,
    organiser: web::ReqData<Organiser>,
    id: web::Path<i64>,
    CsrfForm(form): CsrfForm<HideForm>,
) -> Result<HttpResponse, AppError> {
    set_hidden(
        &state,
        organiser.into_inner(),
        id.into_inner(),
        None,
        &form.return_to,
    )
    .await
}
