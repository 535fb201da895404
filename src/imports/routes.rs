//! The desk's import: upload a file, see every problem or what would be stored, confirm; and
//! the template to fill offline.

use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;
use sha2::Digest;

use super::read::{self, ImportFormat};
use super::repo::{self, Source};
use crate::consultations::{Consultation, lookup};
use crate::csrf::CsrfForm;
use crate::csrf::upload::CsrfUpload;
use crate::error::AppError;
use crate::i18n::{Message, Tr};
use crate::organisers::desk::Desk;
use crate::pages;
use crate::paths;
use crate::state::AppState;

#[derive(Template)]
#[template(path = "imports/imports.html")]
struct ImportsPage {
    tr: Tr,
    desk: Desk,
    consultations: Vec<(String, String)>,
    chosen: String,
    /// Every problem of the file just refused, in words.
    problems: Vec<String>,
    /// A file-level message beside the file field.
    file_error: Option<String>,
    /// After a confirmed import: how many were added and already stored, in words.
    done: Option<String>,
}

#[derive(Template)]
#[template(path = "imports/preview.html")]
struct PreviewPage {
    tr: Tr,
    desk: Desk,
    upload_id: i64,
    file: String,
    sha256: String,
    city: String,
    /// How many rows would be added and how many are already stored, in words.
    summary: String,
    /// The lines already stored, in words.
    already: Option<String>,
    /// The lines that repeat an earlier one, in words.
    repeated: Vec<String>,
    /// Whether confirming would add anything: a file whose rows are all stored is not offered.
    adds: bool,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ImportsQuery {
    pub consultation: String,
    pub added: Option<i64>,
    pub already: Option<i64>,
}

/// The upload page again, saying why the file was refused: nothing was stored.
fn refused(
    mut page: ImportsPage,
    file_error: Option<String>,
    problems: Vec<String>,
) -> Result<HttpResponse, AppError> {
    page.file_error = file_error;
    page.problems = problems;
    pages::html(actix_web::http::StatusCode::UNPROCESSABLE_ENTITY, &page)
}

fn imports_page(tr: Tr, desk: Desk, all: &[Consultation], chosen: &str) -> ImportsPage {
    ImportsPage {
        consultations: all
            .iter()
            .map(|c| (c.slug.clone(), c.city.clone()))
            .collect(),
        chosen: chosen.to_string(),
        problems: Vec::new(),
        file_error: None,
        done: None,
        tr,
        desk,
    }
}

#[tracing::instrument(skip_all)]
pub(crate) async fn imports(
    state: web::Data<AppState>,
    desk: Desk,
    tr: Tr,
    query: web::Query<ImportsQuery>,
) -> Result<HttpResponse, AppError> {
    let all = lookup::all(&state).await?;
    let done = query.added.zip(query.already).map(|(added, already)| {
        tr.message(
            &Message::new("imports-done")
                .with("added", added)
                .with("already", already),
        )
    });
    let mut page = imports_page(tr, desk, &all, &query.consultation);
    page.done = done;
    pages::ok(&page)
}

/// The plan of `bytes` for `consultation`, as `by` would import it today.
fn plan_of(
    state: &AppState,
    consultation: &Consultation,
    name: &str,
    bytes: &[u8],
    by: &str,
) -> Result<super::Plan, AppError> {
    let format = ImportFormat::from_file_name(name)
        .ok_or(AppError::BadRequest(Message::new("import-file-kind")))?;
    // FUTURE: a workshop on questions and the draft imports rows on the draft only; its
    // questions would need rows placed in two documents, which the import plans as one.
    let document = lookup::document_of(state, consultation)?;
    let vocabulary = state.vocabulary_of_document(document.id);
    let today = crate::feedback::provenance::latest_day();
    Ok(match read::read(bytes, format) {
        Ok(sheet) => super::plan(&sheet, &document, &vocabulary, by, today),
        Err(why) => super::Plan {
            problems: vec![super::unreadable(&why)],
            ..super::Plan::default()
        },
    })
}

#[tracing::instrument(skip_all)]
pub(crate) async fn upload(
    state: web::Data<AppState>,
    desk: Desk,
    tr: Tr,
    upload: CsrfUpload,
) -> Result<HttpResponse, AppError> {
    let all = lookup::all(&state).await?;
    let chosen = upload.field("consultation");
    let Some(consultation) = all.iter().find(|c| c.slug == chosen).cloned() else {
        return Err(AppError::NotFound("error-not-found-consultation"));
    };
    let refuse = |tr: Tr, desk: Desk, file_error: Option<String>, problems: Vec<String>| {
        refused(imports_page(tr, desk, &all, &chosen), file_error, problems)
    };
    let Some(file) = upload.file else {
        let message = match upload.oversized {
            Some(_) => tr.message(&crate::csrf::upload::too_large()),
            None => tr.t("import-file-missing"),
        };
        return refuse(tr, desk, Some(message), Vec::new());
    };
    if ImportFormat::from_file_name(&file.name).is_none() {
        let message = tr.t("import-file-kind");
        return refuse(tr, desk, Some(message), Vec::new());
    }
    let by = desk.organiser.username.clone();
    let plan = plan_of(&state, &consultation, &file.name, &file.bytes, &by)?;
    if !plan.problems.is_empty() {
        let problems = plan.problems.iter().map(|p| p.describe(&tr)).collect();
        let message = tr.t_text("import-refused", "file", &file.name);
        return refuse(tr, desk, Some(message), problems);
    }
    let source = Source {
        name: file.name.clone(),
        sha256: crate::tokens::hex(&sha2::Sha256::digest(&file.bytes)),
    };
    let id = state
        .db
        .write(move |conn| {
            Ok(repo::insert_upload(
                conn,
                consultation.id,
                &source,
                &file.bytes,
                &by,
            )?)
        })
        .await?;
    Ok(pages::see_other(&pages::LocalPath::or_home(
        &paths::import_preview(id),
    )))
}

async fn pending(state: &AppState, id: i64) -> Result<(repo::Upload, Consultation), AppError> {
    let upload = state
        .db
        .read(move |conn| Ok(repo::upload(conn, id)?))
        .await?
        .ok_or(AppError::NotFound("error-not-found-import"))?;
    let consultation = lookup::all(state)
        .await?
        .into_iter()
        .find(|c| c.id == upload.consultation_id)
        .ok_or(AppError::NotFound("error-not-found-consultation"))?;
    Ok((upload, consultation))
}

#[tracing::instrument(skip_all)]
pub(crate) async fn preview(
    state: web::Data<AppState>,
    desk: Desk,
    tr: Tr,
    id: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    let (upload, consultation) = pending(&state, id.into_inner()).await?;
    let plan = plan_of(
        &state,
        &consultation,
        &upload.source.name,
        &upload.bytes,
        &desk.organiser.username,
    )?;
    let (rows, consultation_id) = (plan.rows.clone(), consultation.id);
    let already = state
        .db
        .read(move |conn| Ok(repo::already_stored(conn, consultation_id, &rows)?))
        .await?;
    let adds = plan.rows.len() > already.len();
    let summary = tr.message(
        &Message::new("imports-preview-summary")
            .with("add", (plan.rows.len() - already.len()) as i64)
            .with("already", already.len() as i64),
    );
    let repeated = plan
        .repeated
        .iter()
        .map(|(line, first)| {
            tr.message(
                &Message::new("imports-repeated")
                    .with("line", *line as i64)
                    .with("first", *first as i64),
            )
        })
        .collect();
    pages::ok(&PreviewPage {
        upload_id: upload.id,
        file: upload.source.name,
        sha256: upload.source.sha256,
        city: consultation.city,
        summary,
        already: (!already.is_empty())
            .then(|| tr.t_text("imports-already-lines", "lines", lines(&already))),
        repeated,
        adds,
        tr,
        desk,
    })
}

#[derive(Deserialize)]
pub(crate) struct ConfirmForm {}

/// Stores the rows of a file checked before. The file is checked again, as the process's
/// lists may have changed since: with problems now, nothing is stored and they are listed.
#[tracing::instrument(skip_all)]
pub(crate) async fn confirm(
    state: web::Data<AppState>,
    desk: Desk,
    tr: Tr,
    id: web::Path<i64>,
    CsrfForm(_form): CsrfForm<ConfirmForm>,
) -> Result<HttpResponse, AppError> {
    let (upload, consultation) = pending(&state, id.into_inner()).await?;
    let by = desk.organiser.username.clone();
    let plan = plan_of(
        &state,
        &consultation,
        &upload.source.name,
        &upload.bytes,
        &by,
    )?;
    if !plan.problems.is_empty() {
        let all = lookup::all(&state).await?;
        let message = tr.t_text("import-refused", "file", &upload.source.name);
        let problems = plan.problems.iter().map(|p| p.describe(&tr)).collect();
        let page = imports_page(tr, desk, &all, &consultation.slug);
        return refused(page, Some(message), problems);
    }
    let ids = (consultation.id, consultation.document_id);
    let slug = consultation.slug.clone();
    let stored = state
        .db
        .write(move |conn| {
            let stored = super::store(conn, ids, &plan.rows, &upload.source, &by, || {})?;
            repo::delete_upload(conn, upload.id)?;
            Ok(stored)
        })
        .await?;
    Ok(pages::see_other(&pages::LocalPath::or_home(&format!(
        "{}?consultation={slug}&added={}&already={}",
        paths::imports(),
        stored.added.len(),
        stored.already.len()
    ))))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct TemplateQuery {
    pub consultation: String,
}

/// The template of a consultation's draft and lists, to fill offline.
#[tracing::instrument(skip_all)]
pub(crate) async fn template(
    state: web::Data<AppState>,
    _desk: Desk,
    query: web::Query<TemplateQuery>,
) -> Result<HttpResponse, AppError> {
    let all = lookup::all(&state).await?;
    let consultation = lookup::named_or_first(&all, &query.consultation)
        .ok_or(AppError::NotFound("error-not-found-consultation"))?;
    let document = lookup::document_of(&state, consultation)?;
    let vocabulary = state.vocabulary_of_document(document.id);
    let bytes = web::block(move || super::template::template(&document, &vocabulary))
        .await
        .map_err(|e| anyhow::anyhow!("the template was not written: {e}"))??;
    Ok(HttpResponse::Ok()
        .content_type(crate::tallies::ExportFormat::Xlsx.content_type())
        .insert_header((
            "Content-Disposition",
            format!("attachment; filename=\"import-{}.xlsx\"", consultation.slug),
        ))
        .body(bytes))
}

/// Line numbers as a reader lists them: "3, 5, 12".
pub fn lines(lines: &[usize]) -> String {
    lines
        .iter()
        .map(|l| l.to_string())
        .collect::<Vec<_>>()
        .join(", ")
}
