//! The review page of an article, and the organisers' actions on each feedback item.

use std::sync::Arc;

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::decision::Decision;
use super::diff::{Change, word_diff};
use super::disposition::{Disposition, HideReason};
use super::filter::FilterQuery;
use super::highlight::{self, Segments};
use super::parse_filter;
use super::repo::{self, Matching, ReviewItem};
use crate::csrf::CsrfForm;
use crate::document::{Article, ArticleId, Document};
use crate::error::AppError;
use crate::feedback::vocabulary::Vocabulary;
use crate::feedback::{FeedbackInput, Revision};
use crate::i18n::{Message, Tr};
use crate::organisers::Organiser;
use crate::organisers::desk::Desk;
use crate::pages::{self, LocalPath};
use crate::paths;
use crate::state::AppState;
use crate::tallies::ExportFile;

pub const PAGE_SIZE: i64 = 50;
/// How far a search or a rare filter is counted exactly; beyond it the page says "more than".
pub const COUNT_LIMIT: i64 = 1_000;

/// The document organisers review: the newest one.
fn current_document(state: &AppState) -> Result<&Document, AppError> {
    Ok(state.library.current()?.as_ref())
}

/// Text with the words that matched a search marked.
pub struct Highlighted(Segments);

impl Highlighted {
    fn plain(text: &str) -> Self {
        Self(vec![(text.to_string(), false)])
    }

    pub fn segments(&self) -> &[(String, bool)] {
        &self.0
    }
}

pub struct ItemView {
    pub item: ReviewItem,
    pub stance: String,
    pub comment_type: String,
    pub themes: Vec<String>,
    pub comment: Highlighted,
    pub proposal_matches: Option<Highlighted>,
    pub proposal_diff: Vec<Change>,
    /// The disposition form's values: what was just sent if it was refused, else what is stored.
    pub draft_disposition: Disposition,
    pub draft_note: String,
    pub error: Option<String>,
    /// The author's edits, oldest first: what each one changed.
    pub edits: Vec<EditView>,
}

/// One edit of an item by its author, as the differences it made.
pub struct EditView {
    pub at: String,
    pub paragraph: Option<(String, String)>,
    pub stance: Option<(String, String)>,
    pub comment: Vec<Change>,
    pub proposal: Vec<Change>,
}

/// What each edit changed: every revision against the version that replaced it, the last
/// against what the item says now.
fn edits_of(
    tr: &Tr,
    article: ArticleId,
    revisions: &[Revision],
    now: &FeedbackInput,
) -> Vec<EditView> {
    let changed = |before: &str, after: &str| {
        if before == after {
            Vec::new()
        } else {
            word_diff(before, after)
        }
    };
    revisions
        .iter()
        .enumerate()
        .map(|(n, before)| {
            let (reference, stance, comment, proposal) = match revisions.get(n + 1) {
                Some(after) => (
                    &after.reference,
                    after.stance,
                    &after.comment,
                    &after.proposed_text,
                ),
                None => (&now.reference, now.stance, &now.comment, &now.proposed_text),
            };
            EditView {
                at: tr.timestamp(&before.replaced_at),
                paragraph: (before.reference != *reference).then(|| {
                    (
                        tr.reference_label(article, &before.reference),
                        tr.reference_label(article, reference),
                    )
                }),
                stance: (before.stance != stance)
                    .then(|| (tr.stance(before.stance.key()), tr.stance(stance.key()))),
                comment: changed(&before.comment, comment),
                proposal: changed(&before.proposed_text, proposal),
            }
        })
        .collect()
}

pub struct Group {
    pub label: String,
    pub text: String,
    pub items: Vec<ItemView>,
}

/// A refused disposition, shown again beside its item.
pub struct Refused {
    pub id: i64,
    pub disposition: Disposition,
    pub note: String,
    pub message: String,
}

#[derive(Template)]
#[template(path = "review/article.html")]
struct ReviewPage<'a> {
    tr: Tr,
    desk: Desk,
    title: String,
    article: &'a Article,
    document: &'a Document,
    query: FilterQuery,
    consultations: Vec<(String, String)>,
    vocabulary: Arc<Vocabulary>,
    dispositions: &'static [Disposition],
    hide_reasons: &'static [HideReason],
    result_count: String,
    groups: Vec<Group>,
    /// Links to nearby pages, the first and the last; `None` where numbers are left out.
    pages: Vec<Option<(i64, String)>>,
    page: i64,
    previous: Option<String>,
    next: Option<String>,
    exports: Vec<(&'static str, String)>,
    return_to: String,
}

#[derive(Debug, Deserialize, Default)]
pub struct PageQuery {
    #[serde(default)]
    page: Option<i64>,
}

struct ReviewRequest {
    article: ArticleId,
    query: FilterQuery,
    page: i64,
}

async fn render(
    state: &AppState,
    tr: Tr,
    desk: Desk,
    request: ReviewRequest,
    refused: Option<Refused>,
) -> Result<HttpResponse, AppError> {
    let document = current_document(state)?;
    let article = document
        .article(request.article)
        .ok_or(AppError::NotFound("error-not-found-article"))?;
    let link_filter = parse_filter(state, request.query.clone()).await?;
    let mut filter = link_filter.clone();
    filter.document_id = Some(document.id);
    filter.article = Some(article.id);
    let (document_id, article_id) = (document.id, article.id);
    let page = request.page;
    // Checked: a page number from the address bar may be anything an i64 holds.
    let offset = page
        .checked_sub(1)
        .filter(|n| *n >= 0)
        .and_then(|n| n.checked_mul(PAGE_SIZE))
        .ok_or(AppError::NotFound("error-not-found-page"))?;
    let search_terms = filter.search.as_ref().map(|s| highlight::terms(&s.typed));
    let (items, matching, total, consultations, revisions) = state
        .db
        .read(move |conn| {
            let (items, matching) =
                repo::review_page(conn, &filter, PAGE_SIZE, offset, COUNT_LIMIT)?;
            let total = repo::count_article(conn, document_id, article_id)?;
            let ids: Vec<i64> = items.iter().map(|i| i.id).collect();
            let revisions = crate::feedback::repo::revisions_of(conn, &ids)?;
            let consultations: Vec<(String, String)> = crate::consultations::repo::list(conn)?
                .into_iter()
                .map(|c| (c.slug, c.city))
                .collect();
            Ok((items, matching, total, consultations, revisions))
        })
        .await?;

    let mut groups: Vec<Group> = Vec::new();
    for item in items {
        let (comment, proposal_matches) = match &search_terms {
            Some(terms) => (
                Highlighted(highlight::mark(&item.input.comment, terms)),
                (!item.input.proposed_text.is_empty())
                    .then(|| Highlighted(highlight::mark(&item.input.proposed_text, terms))),
            ),
            None => (Highlighted::plain(&item.input.comment), None),
        };
        let current = article.text_of(&item.input.reference);
        let proposal_diff = if item.input.proposed_text.is_empty() {
            Vec::new()
        } else {
            word_diff(&current, &item.input.proposed_text)
        };
        let (draft_disposition, draft_note, error) = match &refused {
            Some(r) if r.id == item.id => (r.disposition, r.note.clone(), Some(r.message.clone())),
            _ => (item.disposition, item.disposition_note.clone(), None),
        };
        let own_revisions: Vec<Revision> = revisions
            .iter()
            .filter(|(id, _)| *id == item.id)
            .map(|(_, r)| r.clone())
            .collect();
        let view = ItemView {
            edits: edits_of(&tr, article.id, &own_revisions, &item.input),
            stance: tr.stance(item.input.stance.key()),
            comment_type: tr.comment_type(item.input.comment_type.key()),
            themes: item.input.themes.iter().map(|t| tr.theme(t)).collect(),
            comment,
            proposal_matches,
            proposal_diff,
            draft_disposition,
            draft_note,
            error,
            item,
        };
        match groups.last_mut() {
            Some(group) if group.items[0].item.input.reference == view.item.input.reference => {
                group.items.push(view)
            }
            _ => groups.push(Group {
                label: tr.reference_label(article.id, &view.item.input.reference),
                text: current,
                items: vec![view],
            }),
        }
    }

    let path = paths::review(article.id);
    let filter = link_filter;
    let page_link = |n: i64| {
        let mut extra = filter.pairs();
        extra.push(("page", n.to_string()));
        format!(
            "{path}?{}",
            serde_html_form::to_string(&extra).unwrap_or_default()
        )
    };
    let page_count = (matching.at_least().max(1) - 1) / PAGE_SIZE + 1;
    let more_pages = matches!(matching, Matching::MoreThan(_));
    let shown: i64 = groups.iter().map(|g| g.items.len() as i64).sum();
    if shown == 0 && page > 1 {
        return Err(AppError::NotFound("error-not-found-page"));
    }
    let status = if refused.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    let exports = ExportFile::ALL
        .iter()
        .map(|f| {
            let query = filter.query_string(&[("article", article.id.to_string())]);
            (
                f.file_name(),
                format!("{}?{query}", paths::export(f.file_name())),
            )
        })
        .collect();
    let return_to = if page > 1 {
        page_link(page)
    } else {
        format!("{path}?{}", filter.query_string(&[]))
    };
    let article_title = tr.article_title(article.id);
    let result_count = match matching {
        _ if shown == 0 => Message::new("review-count-none"),
        Matching::Exact(n) => Message::new("review-count").with("matching", n),
        Matching::MoreThan(n) => Message::new("review-count-more").with("matching", n),
    }
    .with("first", offset + 1)
    .with("last", offset + shown)
    .with("total", total)
    .with_text("article", article_title);
    let result_count = tr.message(&result_count);
    pages::html(
        status,
        &ReviewPage {
            title: tr.t_text("review-title", "article", tr.article_title(article.id)),
            tr,
            desk,
            article,
            document,
            query: request.query,
            consultations,
            vocabulary: state.vocabulary.clone(),
            dispositions: &Disposition::ALL,
            hide_reasons: &HideReason::ALL,
            result_count,
            groups,
            pages: page_window(page, page_count, more_pages)
                .into_iter()
                .map(|n| n.map(|n| (n, page_link(n))))
                .collect(),
            page,
            previous: (page > 1).then(|| page_link(page - 1)),
            next: (page < page_count || more_pages).then(|| page_link(page + 1)),
            exports,
            return_to,
        },
    )
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

async fn article_of(state: &AppState, id: i64) -> Result<ArticleId, AppError> {
    let article = state
        .db
        .read(move |conn| Ok(repo::article_of(conn, id)?))
        .await?
        .ok_or(AppError::NotFound("error-not-found-item"))?;
    article
        .parse()
        .map_err(|_| anyhow::anyhow!("stored article {article:?}").into())
}

#[derive(Deserialize)]
pub(crate) struct DispositionForm {
    #[serde(default)]
    disposition: String,
    #[serde(default)]
    note: String,
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
    let (back, request) = review_request_from(&form.return_to, article_of(&state, id).await?);
    let decision = match Decision::parse(&form.disposition, form.note) {
        Ok(decision) => decision,
        Err(refusal) => {
            let refused = Refused {
                id,
                disposition: refusal.disposition,
                note: refusal.note,
                message: tr.message(&refusal.message),
            };
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
    let (back, _) = review_request_from(return_to, article_of(state, id).await?);
    let by = organiser.username;
    state
        .db
        .write(move |conn| super::set_visibility(conn, id, reason, &by))
        .await?;
    Ok(pages::see_other(&back.with_fragment(&format!("item-{id}"))))
}

pub(crate) async fn hide(
    state: web::Data<AppState>,
    organiser: web::ReqData<Organiser>,
    id: web::Path<i64>,
    CsrfForm(form): CsrfForm<HideForm>,
) -> Result<HttpResponse, AppError> {
    let reason = HideReason::parse(&form.reason)
        .ok_or_else(|| AppError::BadRequest(Message::new("error-hide-reason-unknown")))?;
    set_hidden(
        &state,
        organiser.into_inner(),
        id.into_inner(),
        Some(reason),
        &form.return_to,
    )
    .await
}

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

/// The page numbers to link from page `current` of `count`: the first, the last and two either
/// side of the current one, with `None` for each run left out (and after the last when there
/// are `more` pages than were counted). An article with 300,000 items has
/// 6,000 pages; linking every one made its review page weigh 490 KB.
fn page_window(current: i64, count: i64, more: bool) -> Vec<Option<i64>> {
    let mut wanted = vec![1, count];
    wanted.extend((current - 2..=current + 2).filter(|n| (1..=count).contains(n)));
    wanted.sort_unstable();
    wanted.dedup();
    let mut shown = Vec::new();
    let mut previous = 0;
    for n in wanted {
        match n - previous {
            1 => {}
            // A gap of one page shows that page rather than an ellipsis standing for it.
            2 => shown.push(Some(n - 1)),
            _ => shown.push(None),
        }
        shown.push(Some(n));
        previous = n;
    }
    if more {
        shown.push(None);
    }
    shown
}

#[cfg(test)]
mod tests {
    use super::page_window;

    #[test]
    fn page_links_are_the_ends_and_the_neighbourhood() {
        let shown = |current, count| -> String {
            page_window(current, count, false)
                .iter()
                .map(|n| n.map_or("…".to_string(), |n| n.to_string()))
                .collect::<Vec<_>>()
                .join(" ")
        };
        assert_eq!(shown(1, 1), "1");
        assert_eq!(shown(1, 5), "1 2 3 4 5");
        assert_eq!(shown(1, 6250), "1 2 3 … 6250");
        assert_eq!(shown(300, 6250), "1 … 298 299 300 301 302 … 6250");
        assert_eq!(shown(4, 9), "1 2 3 4 5 6 … 9");
        assert_eq!(shown(5, 9), "1 2 3 4 5 6 7 8 9");
        let counted_so_far = page_window(20, 21, true);
        assert_eq!(
            counted_so_far.last(),
            Some(&None),
            "more pages than counted"
        );
        assert_eq!(shown(6250, 6250), "1 … 6248 6249 6250");
        assert_eq!(shown(6, 9), "1 … 4 5 6 7 8 9");
    }
}
