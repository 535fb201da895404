//! Loading a draft from the desk: upload a file, see the structure found and every warning,
//! then confirm (or discard). Administrators only.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::repo::{self, PendingDraft};
use super::{DraftTarget, LoadRefused, Loaded, Process, ProcessSlug};
use crate::csrf::CsrfForm;
use crate::csrf::upload::CsrfUpload;
use crate::document::import::{
    self, DraftFacts, Finding, Format, JsonProblem, Outline, Place, Problem, Warning,
};
use crate::error::AppError;
use crate::forms::FieldErrors;
use crate::i18n::{Message, Tr};
use crate::organisers::desk::{AdminDesk, Desk};
use crate::pages::{self, LocalPath};
use crate::state::AppState;

/// The upload form's fields, as typed (the file cannot be given back: browsers forbid it).
#[derive(Debug, Clone, Default)]
pub struct UploadValues {
    pub target: String,
    pub new_slug: String,
    pub process: String,
    pub symbol: String,
    pub title: String,
    pub year: String,
    pub language: String,
}

impl UploadValues {
    fn from_upload(upload: &CsrfUpload) -> Self {
        Self {
            target: upload.field("target"),
            new_slug: upload.field("new_slug").trim().to_string(),
            process: upload.field("process"),
            symbol: upload.field("symbol").trim().to_string(),
            title: upload.field("title").trim().to_string(),
            year: upload.field("year").trim().to_string(),
            language: upload.field("language").trim().to_string(),
        }
    }
}

#[derive(Template)]
#[template(path = "processes/new_draft.html")]
struct NewDraftPage {
    tr: Tr,
    desk: Desk,
    processes: Vec<Process>,
    values: UploadValues,
    errors: FieldErrors,
    /// Why the file is not a draft, each with its place, in the reader's language.
    problems: Vec<String>,
}

impl NewDraftPage {
    fn error(&self, field: &str) -> Option<String> {
        self.errors.get(field).map(|m| self.tr.message(m))
    }
}

async fn new_draft_page(
    state: &AppState,
    tr: Tr,
    desk: Desk,
    status: StatusCode,
    values: UploadValues,
    errors: FieldErrors,
    problems: Vec<Finding<Problem>>,
) -> Result<HttpResponse, AppError> {
    let processes = state.db.read(|conn| Ok(repo::list(conn)?)).await?;
    let problems = problems
        .iter()
        .map(|p| tr.message(&finding_message(p, problem_message)))
        .collect();
    pages::html(
        status,
        &NewDraftPage {
            tr,
            desk,
            processes,
            values,
            errors,
            problems,
        },
    )
}

#[tracing::instrument(skip_all)]
pub(crate) async fn new_draft(
    state: web::Data<AppState>,
    AdminDesk(desk): AdminDesk,
    tr: Tr,
) -> Result<HttpResponse, AppError> {
    let values = UploadValues {
        target: "new".into(),
        year: time::OffsetDateTime::now_utc().year().to_string(),
        language: "en".into(),
        ..UploadValues::default()
    };
    new_draft_page(
        &state,
        tr,
        desk,
        StatusCode::OK,
        values,
        FieldErrors::default(),
        vec![],
    )
    .await
}

/// The earliest and latest years a draft may carry.
const YEARS: std::ops::RangeInclusive<i64> = 1945..=2200;

/// Reads the uploaded file as a draft and keeps it for the preview; nothing is stored as a
/// draft until the preview is confirmed.
#[tracing::instrument(skip_all)]
pub(crate) async fn upload_draft(
    state: web::Data<AppState>,
    AdminDesk(desk): AdminDesk,
    tr: Tr,
    upload: CsrfUpload,
) -> Result<HttpResponse, AppError> {
    let values = UploadValues::from_upload(&upload);
    let mut errors = FieldErrors::default();
    let format = match &upload.file {
        None if upload.oversized.is_some() => {
            errors.add("file", crate::csrf::upload::too_large());
            None
        }
        None => {
            errors.add("file", Message::new("invalid-draft-file-missing"));
            None
        }
        Some(file) => {
            let format = Format::from_file_name(&file.name);
            if format.is_none() {
                errors.add("file", Message::new("invalid-draft-file-kind"));
            }
            format
        }
    };
    let processes = state.db.read(|conn| Ok(repo::list(conn)?)).await?;
    let library = state.library.snapshot();
    let target = match values.target.as_str() {
        "existing" => match processes.iter().find(|p| p.slug == values.process) {
            Some(process) => ProcessSlug::parse(&process.slug)
                .ok()
                .map(DraftTarget::Process),
            None => {
                errors.add("process", Message::new("invalid-process"));
                None
            }
        },
        // A language version of the newest draft of the process chosen.
        "translation" => match processes
            .iter()
            .find(|p| p.slug == values.process)
            .and_then(|p| library.newest_of_process(p.id))
        {
            Some(newest) => match import::language_tag(&values.language) {
                Some(language) if language != newest.language => Some(DraftTarget::Translation {
                    symbol: newest.symbol.clone(),
                    language,
                }),
                _ => {
                    errors.add("language", Message::new("invalid-translation-language"));
                    None
                }
            },
            None => {
                errors.add("process", Message::new("invalid-process-no-draft"));
                None
            }
        },
        // The version after the newest draft of the process chosen.
        "revision" => match processes
            .iter()
            .find(|p| p.slug == values.process)
            .and_then(|p| library.newest_of_process(p.id))
        {
            Some(newest) => Some(DraftTarget::Revision(newest.symbol.clone())),
            None => {
                errors.add("process", Message::new("invalid-process-no-draft"));
                None
            }
        },
        _ => match ProcessSlug::parse(&values.new_slug) {
            Ok(slug) if processes.iter().any(|p| p.slug == slug.as_str()) => {
                errors.add("new_slug", Message::new("invalid-process-slug-taken"));
                None
            }
            Ok(slug) => Some(DraftTarget::NewProcess(slug)),
            Err(_) => {
                errors.add("new_slug", Message::new("invalid-process-slug"));
                None
            }
        },
    };
    // A commented draft is never replaced: say so now, not once the preview is confirmed.
    if let Some(DraftTarget::Process(slug)) = &target
        && let Some(current) = processes
            .iter()
            .find(|p| p.slug == slug.as_str())
            .and_then(|p| library.newest_of_process(p.id))
    {
        let document = current.id;
        let commented = state
            .db
            .read(move |conn| Ok(crate::feedback::repo::count_on_document(conn, document)? > 0))
            .await?;
        if commented {
            errors.add(
                "process",
                Message::new("draft-refused-has-feedback").with_text("slug", slug.to_string()),
            );
        }
    }
    // A language version takes its symbol and year from its original.
    let original = match &target {
        Some(DraftTarget::Translation { symbol, .. }) => {
            library.all().iter().find(|d| d.symbol == *symbol).cloned()
        }
        _ => None,
    };
    if format != Some(Format::Json) && values.symbol.is_empty() && original.is_none() {
        errors.add("symbol", Message::new("invalid-symbol-missing"));
    }
    let year = if values.year.is_empty() {
        None
    } else {
        match values.year.parse::<i64>() {
            Ok(year) if YEARS.contains(&year) => Some(year),
            _ => {
                errors.add(
                    "year",
                    Message::new("invalid-year")
                        .with_text("min", YEARS.start().to_string())
                        .with_text("max", YEARS.end().to_string()),
                );
                None
            }
        }
    };
    let language = if values.language.is_empty() {
        None
    } else {
        let tag = import::language_tag(&values.language);
        if tag.is_none() {
            errors.add("language", Message::new("invalid-language"));
        }
        tag
    };
    let (Some(format), Some(target), Some(file)) = (format, target, upload.file.as_ref()) else {
        let status = errors.status();
        return new_draft_page(&state, tr, desk, status, values, errors, vec![]).await;
    };
    if !errors.is_empty() {
        let status = errors.status();
        return new_draft_page(&state, tr, desk, status, values, errors, vec![]).await;
    }
    let facts = DraftFacts {
        symbol: match &original {
            Some(original) => Some(original.symbol.clone()),
            None => (!values.symbol.is_empty()).then(|| values.symbol.clone()),
        },
        title: (!values.title.is_empty()).then(|| values.title.clone()),
        year: original.as_ref().map(|o| o.year).or(year),
        language,
    };
    let bytes = file.bytes.clone();
    let reading = web::block(move || import::read(&bytes, format, &facts))
        .await
        .map_err(|e| anyhow::anyhow!("reading the draft was cancelled: {e}"))?;
    // A language version is checked against its original here, each unit by its line.
    let reading = match (reading, &original, &target) {
        (Ok(reading), Some(original), DraftTarget::Translation { language, .. }) => {
            crate::document::translation::align(original, &reading, language).map(|_| reading)
        }
        (reading, ..) => reading,
    };
    let reading = match reading {
        Ok(reading) => reading,
        Err(problems) => {
            return new_draft_page(
                &state,
                tr,
                desk,
                StatusCode::UNPROCESSABLE_ENTITY,
                values,
                errors,
                problems,
            )
            .await;
        }
    };
    let (organiser_id, file_name) = (desk.organiser.id, file.name.clone());
    let id = state
        .db
        .write(move |conn| {
            Ok(repo::insert_pending_draft(
                conn,
                organiser_id,
                &file_name,
                &target,
                &reading.draft,
                &reading.warnings,
            )?)
        })
        .await?;
    Ok(pages::see_other(&LocalPath::or_home(
        &crate::paths::draft_preview(id),
    )))
}

#[derive(Template)]
#[template(path = "processes/draft_preview.html")]
struct PreviewPage {
    tr: Tr,
    desk: Desk,
    id: i64,
    file_name: String,
    target: String,
    /// `new`, `existing` or `revision`.
    kind: &'static str,
    outline: Outline,
    dir: &'static str,
    warnings: Vec<String>,
    refusal: Option<String>,
}

async fn pending(state: &AppState, id: i64) -> Result<PendingDraft, AppError> {
    state
        .db
        .read(move |conn| Ok(repo::find_pending_draft(conn, id)?))
        .await?
        .ok_or(AppError::NotFound("error-not-found-draft-upload"))
}

fn preview_page(
    tr: Tr,
    desk: Desk,
    pending: PendingDraft,
    refusal: Option<Message>,
) -> PreviewPage {
    let (target, kind) = match &pending.target {
        DraftTarget::NewProcess(slug) => (slug.to_string(), "new"),
        DraftTarget::Process(slug) => (slug.to_string(), "existing"),
        DraftTarget::Revision(symbol) => (symbol.clone(), "revision"),
        DraftTarget::Translation { symbol, language } => {
            (format!("{symbol} ({language})"), "translation")
        }
    };
    let outline = Outline::of(&pending.draft);
    let dir = crate::document::direction_of(&outline.language);
    let warnings = pending
        .warnings
        .iter()
        .map(|w| tr.message(&finding_message(w, warning_message)))
        .collect();
    PreviewPage {
        refusal: refusal.map(|m| tr.message(&m)),
        tr,
        desk,
        id: pending.id,
        file_name: pending.file_name,
        target,
        kind,
        outline,
        dir,
        warnings,
    }
}

#[tracing::instrument(skip(state, desk, tr))]
pub(crate) async fn preview(
    state: web::Data<AppState>,
    AdminDesk(desk): AdminDesk,
    tr: Tr,
    id: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    let pending = pending(&state, id.into_inner()).await?;
    pages::ok(&preview_page(tr, desk, pending, None))
}

#[derive(Deserialize)]
pub(crate) struct NoFields {}

/// Stores the previewed draft, exactly as previewed, and shows its process.
#[tracing::instrument(skip(state, desk, tr))]
pub(crate) async fn confirm(
    state: web::Data<AppState>,
    AdminDesk(desk): AdminDesk,
    tr: Tr,
    id: web::Path<i64>,
    CsrfForm(_): CsrfForm<NoFields>,
) -> Result<HttpResponse, AppError> {
    let pending = pending(&state, id.into_inner()).await?;
    let (by, stored) = (desk.organiser.username.clone(), pending.clone());
    let loaded = state
        .db
        .write(move |conn| {
            let loaded = super::load_draft(conn, &stored.target, &stored.draft, &by);
            if loaded.is_ok() {
                repo::delete_pending_draft(conn, stored.id)?;
            }
            Ok(loaded)
        })
        .await?;
    match loaded {
        Ok(Loaded::Revised { document_id, .. }) => {
            state.reload_library().await?;
            // A revision's lineage is proposed: the organiser reviews it next.
            Ok(pages::see_other(&LocalPath::or_home(
                &crate::paths::lineage(document_id),
            )))
        }
        Ok(
            Loaded::Created { process_id, .. }
            | Loaded::Added { process_id, .. }
            | Loaded::Replaced { process_id, .. }
            | Loaded::Translated { process_id, .. },
        ) => {
            state.reload_library().await?;
            state.reload_vocabularies().await?;
            let slug = state
                .db
                .read(move |conn| {
                    Ok(repo::list(conn)?
                        .into_iter()
                        .find(|p| p.id == process_id)
                        .map(|p| p.slug)
                        .unwrap_or_default())
                })
                .await?;
            Ok(pages::see_other(&LocalPath::or_home(
                &crate::paths::process(slug),
            )))
        }
        Err(LoadRefused::Storage(e)) => Err(e.into()),
        Err(refused) => {
            let message = refusal_message(refused);
            pages::html(
                StatusCode::CONFLICT,
                &preview_page(tr, desk, pending, Some(message)),
            )
        }
    }
}

/// Why a previewed draft was not stored, in the desk's words.
fn refusal_message(refused: LoadRefused) -> Message {
    match refused {
        LoadRefused::ProcessExists(slug) => {
            Message::new("draft-refused-process-exists").with_text("slug", slug.to_string())
        }
        LoadRefused::NoSuchProcess(slug) => {
            Message::new("draft-refused-no-process").with_text("slug", slug.to_string())
        }
        LoadRefused::DraftHasFeedback(slug) => {
            Message::new("draft-refused-has-feedback").with_text("slug", slug.to_string())
        }
        LoadRefused::DocumentExists { symbol, .. } => {
            Message::new("draft-refused-document-exists").with_text("symbol", symbol)
        }
        LoadRefused::NoSuchBase(symbol) | LoadRefused::AmbiguousBase(symbol) => {
            Message::new("draft-refused-no-base").with_text("symbol", symbol)
        }
        LoadRefused::NotNewestVersion { symbol, newest } => {
            Message::new("draft-refused-not-newest")
                .with_text("symbol", symbol)
                .with_text("version", newest.to_string())
        }
        LoadRefused::RevisionBeforeBase { year, base_year } => {
            Message::new("draft-refused-before-base")
                .with_text("year", year.to_string())
                .with_text("base", base_year.to_string())
        }
        LoadRefused::SameLanguage { symbol, language } => {
            Message::new("draft-refused-same-language")
                .with_text("symbol", symbol)
                .with_text("language", language)
        }
        LoadRefused::NotAligned(problems) => {
            Message::new("draft-refused-not-aligned").with("problems", problems.len() as i64)
        }
        LoadRefused::TranslationCommented => Message::new("error-translation-commented"),
        // Answered as an error before this is reached; never shown with its cause.
        LoadRefused::Storage(_) => Message::new("error-internal"),
    }
}

#[tracing::instrument(skip(state, _desk))]
pub(crate) async fn discard(
    state: web::Data<AppState>,
    AdminDesk(_desk): AdminDesk,
    id: web::Path<i64>,
    CsrfForm(_): CsrfForm<NoFields>,
) -> Result<HttpResponse, AppError> {
    let id = id.into_inner();
    state
        .db
        .write(move |conn| Ok(repo::delete_pending_draft(conn, id)?))
        .await?;
    Ok(pages::see_other(&LocalPath::or_home(
        &crate::paths::new_draft(),
    )))
}

/// "Line 4: …", "Word paragraph 12: …", or the message alone for the whole file.
fn finding_message<T>(finding: &Finding<T>, what: fn(&T) -> Message) -> Message {
    let message = what(&finding.what);
    match finding.place {
        Place::File => message,
        Place::Line(line) => Message::new("draft-at-line")
            .with_text("line", line.to_string())
            .with_message("what", message),
        Place::WordParagraph(n) => Message::new("draft-at-paragraph")
            .with_text("number", n.to_string())
            .with_message("what", message),
    }
}

fn problem_message(problem: &Problem) -> Message {
    match problem {
        Problem::TooLarge { .. } => Message::new("draft-problem-too-large")
            .with("mb", (import::MAX_DRAFT_BYTES / (1024 * 1024)) as i64),
        Problem::NotUtf8 => Message::new("draft-problem-not-utf8"),
        Problem::NotWord(_) => Message::new("draft-problem-not-word"),
        Problem::Json(json) => match json {
            JsonProblem::Syntax { column } => {
                Message::new("draft-problem-json-syntax").with("column", *column as i64)
            }
            JsonProblem::Cut => Message::new("draft-problem-json-cut"),
            JsonProblem::Missing { field } => {
                Message::new("draft-problem-json-missing").with_text("field", field.clone())
            }
            JsonProblem::Shape { column } => {
                Message::new("draft-problem-json-shape").with("column", *column as i64)
            }
        },
        Problem::NoTitle => Message::new("draft-problem-no-title"),
        Problem::NoSymbol => Message::new("draft-problem-no-symbol"),
        Problem::NoArticles => Message::new("draft-problem-no-articles"),
        Problem::ArticleNumber { expected, found } => Message::new("draft-problem-article-number")
            .with_text("expected", expected.to_string())
            .with_text("found", found.to_string()),
        Problem::ArticleNumberTooLarge => Message::new("draft-problem-article-too-large"),
        Problem::PartTwice { number } => {
            Message::new("draft-problem-part-twice").with_text("number", number.clone())
        }
        Problem::ParagraphNumber { expected, found } => {
            Message::new("draft-problem-paragraph-number")
                .with_text("expected", expected.to_string())
                .with_text("found", found.to_string())
        }
        Problem::ItemLetter { expected, found } => Message::new("draft-problem-item-letter")
            .with_text("expected", expected.clone())
            .with_text("found", found.clone()),
        Problem::ItemWithoutParagraph => Message::new("draft-problem-item-alone"),
        Problem::TextBetweenParagraphs => Message::new("draft-problem-text-before-paragraphs"),
        Problem::EmptyArticle { number } => {
            Message::new("draft-problem-empty-article").with_text("number", number.to_string())
        }
        Problem::MarkerWithoutText { number } => Message::new("draft-problem-marker-without-text")
            .with_text("number", number.to_string()),
        Problem::FootnoteTwice { number } => {
            Message::new("draft-problem-footnote-twice").with_text("number", number.to_string())
        }
        Problem::FootnoteEmpty { number } => {
            Message::new("draft-problem-footnote-empty").with_text("number", number.to_string())
        }
        Problem::Structure(why) => {
            Message::new("draft-problem-structure").with_text("why", why.clone())
        }
        Problem::NotInOriginal { unit } => {
            Message::new("draft-problem-not-in-original").with_text("unit", unit.clone())
        }
        Problem::MissingFromVersion { unit } => {
            Message::new("draft-problem-missing-from-version").with_text("unit", unit.clone())
        }
    }
}

fn warning_message(warning: &Warning) -> Message {
    match warning {
        Warning::FootnoteNotCited { number } => {
            Message::new("draft-warning-footnote-not-cited").with_text("number", number.to_string())
        }
        Warning::LanguageAssumed { language } => {
            Message::new("draft-warning-language").with_text("language", language.clone())
        }
        Warning::YearAssumed { year } => {
            Message::new("draft-warning-year").with_text("year", year.to_string())
        }
        Warning::TitleOnNextLine { article, title } => {
            Message::new("draft-warning-title-next-line")
                .with_text("article", article.to_string())
                .with_text("title", title.clone())
        }
    }
}
