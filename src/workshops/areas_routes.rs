//! Thematic areas on the desk: the page where organisers define and order a process's areas,
//! the review desk's "assign to an area" for several items at once, and the summary by theme
//! (a page that prints, a Word file and a workbook) the mandate holder's report starts from.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::areas::{AreaChange, SummaryArea, SummaryItem, arrange, parse_title};
use super::letter;
use super::repo::{self, AreaRefused};
use crate::csrf::CsrfForm;
use crate::error::AppError;
use crate::forms::FieldErrors;
use crate::i18n::{Message, Tr};
use crate::organisers::desk::Desk;
use crate::pages::{self, LocalPath};
use crate::processes::desk::{DeskProcess, ProcessQuery, desk_process};
use crate::state::AppState;

/// An area as its page lists it.
pub struct AreaRow {
    pub id: i64,
    pub letter: String,
    pub title: String,
    pub items: i64,
    pub retired: bool,
    pub first: bool,
    pub last: bool,
}

#[derive(Template)]
#[template(path = "workshops/areas.html")]
struct AreasPage {
    tr: Tr,
    desk: Desk,
    process_title: String,
    process_query: Option<String>,
    areas: Vec<AreaRow>,
    typed: TypedTitle,
    errors: FieldErrors,
    refusal: Option<String>,
    summary_link: String,
}

/// A title typed in a refused form, to show again: the add form's, or an area's new title.
enum TypedTitle {
    New(String),
    Retitled(i64, String),
}

impl AreasPage {
    fn error(&self, field: &str) -> Option<String> {
        self.errors.get(field).map(|m| self.tr.message(m))
    }

    fn new_title(&self) -> &str {
        match &self.typed {
            TypedTitle::New(title) => title,
            TypedTitle::Retitled(..) => "",
        }
    }

    /// The title typed for area `id`, when its renaming was refused.
    fn retitled(&self, id: &i64) -> Option<&str> {
        match &self.typed {
            TypedTitle::Retitled(at, title) if at == id => Some(title),
            _ => None,
        }
    }

    /// The id of area `id`'s title field: that of the error summary's link when refused.
    fn title_field_id(&self, id: &i64) -> String {
        match self.retitled(id) {
            Some(_) => "field-retitle-title".to_string(),
            None => format!("area-title-{id}"),
        }
    }

    fn action(&self, path: &str) -> String {
        crate::paths::in_process(format!("/admin/areas{path}"), &self.process_query)
    }
}

// The page comes back from four handlers, each with its own outcome to show.
#[allow(clippy::too_many_arguments)]
async fn render(
    state: &AppState,
    tr: Tr,
    desk: Desk,
    process: &DeskProcess,
    status: StatusCode,
    typed: TypedTitle,
    errors: FieldErrors,
    refusal: Option<Message>,
) -> Result<HttpResponse, AppError> {
    let id = process.process.id;
    let areas = state
        .db
        .read(move |conn| Ok(repo::areas_of(conn, id)?))
        .await?;
    let count = areas.len();
    let mut shown = 0;
    let areas = areas
        .into_iter()
        .enumerate()
        .map(|(i, a)| {
            let label = if a.retired {
                String::new()
            } else {
                shown += 1;
                letter(shown - 1)
            };
            AreaRow {
                id: a.id,
                letter: label,
                title: a.title,
                items: a.items,
                retired: a.retired,
                first: i == 0,
                last: i + 1 == count,
            }
        })
        .collect();
    let refusal = refusal.map(|m| tr.message(&m));
    pages::html(
        status,
        &AreasPage {
            summary_link: crate::paths::in_process(crate::paths::summary(), &process.query_value()),
            process_title: process.process.title.clone(),
            process_query: process.query_value(),
            tr,
            desk,
            areas,
            typed,
            errors,
            refusal,
        },
    )
}

fn back(process: &DeskProcess) -> HttpResponse {
    pages::see_other(&LocalPath::or_home(&crate::paths::in_process(
        crate::paths::areas(),
        &process.query_value(),
    )))
}

#[tracing::instrument(skip_all)]
pub(crate) async fn areas_page(
    state: web::Data<AppState>,
    desk: Desk,
    tr: Tr,
    query: web::Query<ProcessQuery>,
) -> Result<HttpResponse, AppError> {
    let process = desk_process(&state, &query).await?;
    render(
        &state,
        tr,
        desk,
        &process,
        StatusCode::OK,
        TypedTitle::New(String::new()),
        FieldErrors::default(),
        None,
    )
    .await
}

#[derive(Deserialize)]
pub(crate) struct AreaForm {
    #[serde(default)]
    title: String,
}

#[tracing::instrument(skip(state, desk, tr, form))]
pub(crate) async fn add_area(
    state: web::Data<AppState>,
    desk: Desk,
    tr: Tr,
    query: web::Query<ProcessQuery>,
    CsrfForm(form): CsrfForm<AreaForm>,
) -> Result<HttpResponse, AppError> {
    let process = desk_process(&state, &query).await?;
    let title = match parse_title(&form.title, "area-title") {
        Ok(title) => title,
        Err(errors) => {
            let (status, typed) = (errors.status(), TypedTitle::New(form.title));
            return render(&state, tr, desk, &process, status, typed, errors, None).await;
        }
    };
    let (id, by) = (process.process.id, desk.organiser.username.clone());
    state
        .db
        .write(move |conn| Ok(repo::add_area(conn, id, &title, &by)?))
        .await?;
    Ok(back(&process))
}

#[tracing::instrument(skip(state, desk, tr, form))]
pub(crate) async fn retitle_area(
    state: web::Data<AppState>,
    desk: Desk,
    tr: Tr,
    area: web::Path<i64>,
    query: web::Query<ProcessQuery>,
    CsrfForm(form): CsrfForm<AreaForm>,
) -> Result<HttpResponse, AppError> {
    let process = desk_process(&state, &query).await?;
    let area = area.into_inner();
    let title = match parse_title(&form.title, "retitle-title") {
        Ok(title) => title,
        Err(errors) => {
            let (status, typed) = (errors.status(), TypedTitle::Retitled(area, form.title));
            return render(&state, tr, desk, &process, status, typed, errors, None).await;
        }
    };
    let (id, by) = (process.process.id, desk.organiser.username.clone());
    let changed = state
        .db
        .write(move |conn| Ok(repo::retitle_area(conn, id, area, &title, &by)?))
        .await?;
    if !changed {
        return Err(AppError::NotFound("error-not-found-area"));
    }
    Ok(back(&process))
}

#[derive(Deserialize)]
pub(crate) struct ChangeForm {
    #[serde(default)]
    change: String,
}

#[tracing::instrument(skip(state, desk, tr, form))]
pub(crate) async fn change_area(
    state: web::Data<AppState>,
    desk: Desk,
    tr: Tr,
    area: web::Path<i64>,
    query: web::Query<ProcessQuery>,
    CsrfForm(form): CsrfForm<ChangeForm>,
) -> Result<HttpResponse, AppError> {
    let change = AreaChange::parse(&form.change)
        .ok_or_else(|| AppError::BadRequest(Message::new("error-area-change-unknown")))?;
    let process = desk_process(&state, &query).await?;
    let (id, area, by) = (
        process.process.id,
        area.into_inner(),
        desk.organiser.username.clone(),
    );
    let changed = state
        .db
        .write(move |conn| Ok(repo::change_area(conn, id, area, change, &by)))
        .await?;
    match changed {
        Ok(()) => Ok(back(&process)),
        Err(AreaRefused::HasItems) => {
            let refusal = Some(Message::new("area-delete-has-items"));
            let status = StatusCode::CONFLICT;
            render(
                &state,
                tr,
                desk,
                &process,
                status,
                TypedTitle::New(String::new()),
                FieldErrors::default(),
                refusal,
            )
            .await
        }
        Err(AreaRefused::NoSuchArea) => Err(AppError::NotFound("error-not-found-area")),
        Err(AreaRefused::Storage(e)) => Err(e.into()),
    }
}

/// The summary of a process: each offered area, in order, with its items.
async fn summary_of(
    state: &AppState,
    tr: &Tr,
    process: &DeskProcess,
) -> Result<Vec<SummaryArea>, AppError> {
    let id = process.process.id;
    let (areas, items, pairs) = state
        .db
        .read(move |conn| {
            Ok((
                repo::areas_of(conn, id)?,
                repo::assigned_items(conn, id)?,
                repo::divergences(conn, id)?,
            ))
        })
        .await?;
    let source = |item: &repo::AssignedItem| -> String {
        if item.channel != "online" && !item.speaker.is_empty() {
            return item.speaker.clone();
        }
        match (item.published_name.as_str(), item.organisation.as_str()) {
            ("", "") => tr.t("summary-a-participant"),
            (name, "") => name.to_string(),
            ("", organisation) => organisation.to_string(),
            (name, organisation) => format!("{name}, {organisation}"),
        }
    };
    Ok(areas
        .into_iter()
        .filter(|a| !a.retired)
        .enumerate()
        .map(|(i, area)| {
            let items: Vec<SummaryItem> = items
                .iter()
                .filter(|item| item.area == area.id)
                .map(|item| SummaryItem {
                    id: item.id,
                    text: item.comment.clone(),
                    on: item
                        .article
                        .parse()
                        .map(|a: crate::document::ArticleId| tr.article_title(a))
                        .unwrap_or_else(|_| item.article.clone()),
                    article: item.article.clone(),
                    source: source(item),
                    support: item.support,
                    diverges_from: pairs
                        .iter()
                        .filter_map(|&(a, b)| {
                            (a == item.id).then_some(b).or((b == item.id).then_some(a))
                        })
                        .collect(),
                })
                .collect();
            let (items, divergent) = arrange(items);
            SummaryArea {
                letter: letter(i),
                title: area.title,
                items,
                divergent,
            }
        })
        .collect())
}

#[derive(Template)]
#[template(path = "workshops/summary.html")]
struct SummaryPage {
    tr: Tr,
    desk: Desk,
    process_title: String,
    made: String,
    areas: Vec<SummaryArea>,
    docx_link: String,
    xlsx_link: String,
}

#[tracing::instrument(skip_all)]
pub(crate) async fn summary_page(
    state: web::Data<AppState>,
    desk: Desk,
    tr: Tr,
    query: web::Query<ProcessQuery>,
) -> Result<HttpResponse, AppError> {
    let process = desk_process(&state, &query).await?;
    let areas = summary_of(&state, &tr, &process).await?;
    let link = |extension: &str| {
        crate::paths::in_process(
            format!("{}{extension}", crate::paths::summary()),
            &process.query_value(),
        )
    };
    pages::ok(&SummaryPage {
        made: tr.timestamp(&crate::time_format::now_rfc3339()),
        process_title: process.process.title.clone(),
        docx_link: link(".docx"),
        xlsx_link: link(".xlsx"),
        tr,
        desk,
        areas,
    })
}

fn download(
    content_type: &str,
    process: &DeskProcess,
    extension: &str,
    body: Vec<u8>,
) -> HttpResponse {
    HttpResponse::Ok()
        .content_type(content_type)
        .insert_header((
            "Content-Disposition",
            format!(
                "attachment; filename=\"summary-{}.{extension}\"",
                process.process.slug
            ),
        ))
        .body(body)
}

#[tracing::instrument(skip_all)]
pub(crate) async fn summary_docx(
    state: web::Data<AppState>,
    _desk: Desk,
    tr: Tr,
    query: web::Query<ProcessQuery>,
) -> Result<HttpResponse, AppError> {
    let process = desk_process(&state, &query).await?;
    let tr = tr.for_files();
    let areas = summary_of(&state, &tr, &process).await?;
    let title = process.process.title.clone();
    let bytes = web::block(move || super::areas_word::summary_docx(&tr, &title, &areas))
        .await
        .map_err(|e| anyhow::anyhow!("the summary's Word file was not written: {e}"))??;
    Ok(download(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        &process,
        "docx",
        bytes,
    ))
}

#[tracing::instrument(skip_all)]
pub(crate) async fn summary_xlsx(
    state: web::Data<AppState>,
    _desk: Desk,
    tr: Tr,
    query: web::Query<ProcessQuery>,
) -> Result<HttpResponse, AppError> {
    let process = desk_process(&state, &query).await?;
    let tr = tr.for_files();
    let areas = summary_of(&state, &tr, &process).await?;
    let bytes = web::block(move || super::areas_word::summary_xlsx(&tr, &areas))
        .await
        .map_err(|e| anyhow::anyhow!("the summary's workbook was not written: {e}"))??;
    Ok(download(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        &process,
        "xlsx",
        bytes,
    ))
}
