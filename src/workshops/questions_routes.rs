//! The desk page where administrators ask a process's discussion questions: add, reword
//! (until answered), order, retire or delete (when unanswered) them; and start a process
//! that has questions but no draft yet.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::{QuestionChange, QuestionRefused, QuestionText, question_id, repo};
use crate::csrf::CsrfForm;
use crate::error::AppError;
use crate::forms::FieldErrors;
use crate::i18n::{Message, Tr};
use crate::organisers::desk::{AdminDesk, Desk};
use crate::pages::{self, LocalPath};
use crate::processes::desk::ProcessQuery;
use crate::processes::{Process, ProcessSlug};
use crate::state::AppState;

/// One question as the page lists it.
pub struct QuestionRow {
    pub id: String,
    pub name: String,
    pub label: String,
    pub text: String,
    pub answers: i64,
    pub retired: bool,
    pub first: bool,
    pub last: bool,
}

#[derive(Template)]
#[template(path = "workshops/questions.html")]
struct QuestionsPage {
    tr: Tr,
    desk: Desk,
    process: Process,
    /// The `process` query of the page's forms (none for the first process).
    process_query: Option<String>,
    questions: Vec<QuestionRow>,
    /// What was typed in a refused form: (form, text, label); the form is `add`, a question
    /// id (reworded) or `process`.
    typed: Option<(String, String, String)>,
    errors: FieldErrors,
    refusal: Option<String>,
}

impl QuestionsPage {
    fn error(&self, field: &str) -> Option<String> {
        self.errors.get(field).map(|m| self.tr.message(m))
    }

    fn typed(&self, form: &str, field: &str) -> Option<String> {
        match &self.typed {
            Some((which, text, label)) if which == form => Some(if field == "text" {
                text.clone()
            } else {
                label.clone()
            }),
            _ => None,
        }
    }

    /// Whether the refused form is the one rewording question `id`: its fields then carry the
    /// ids the error summary links to.
    fn rewording(&self, id: &str) -> bool {
        matches!(&self.typed, Some((which, ..)) if which == id) && !self.errors.is_empty()
    }

    /// The id of a field of the form rewording question `id`: that of the error summary's
    /// link when this form is the one refused.
    fn reword_field_id(&self, id: &str, field: &str) -> String {
        if self.rewording(id) {
            format!("field-reworded-{field}")
        } else {
            format!("{field}-{id}")
        }
    }

    fn action(&self, path: &str) -> String {
        crate::paths::in_process(format!("/admin/questions{path}"), &self.process_query)
    }
}

/// The process of the page: the one named, else the first.
async fn process_of(state: &AppState, query: &ProcessQuery) -> Result<(Process, bool), AppError> {
    let processes = state
        .db
        .read(|conn| Ok(crate::processes::repo::list(conn)?))
        .await?;
    let is_first = query.process.is_empty();
    let process = if is_first {
        processes.into_iter().next()
    } else {
        processes.into_iter().find(|p| p.slug == query.process)
    };
    process
        .map(|p| (p, is_first))
        .ok_or(AppError::NotFound("error-not-found-process"))
}

// The page comes back from five handlers, each with its own outcome to show.
#[allow(clippy::too_many_arguments)]
async fn render(
    state: &AppState,
    tr: Tr,
    desk: Desk,
    (process, is_first): (Process, bool),
    status: StatusCode,
    typed: Option<(String, String, String)>,
    errors: FieldErrors,
    refusal: Option<Message>,
) -> Result<HttpResponse, AppError> {
    let library = state.library.snapshot();
    let set = library.questions_of_process(process.id).cloned();
    let answers = match &set {
        Some(set) => {
            let id = set.id;
            state
                .db
                .read(move |conn| Ok(repo::answers_by_question(conn, id)?))
                .await?
        }
        None => Default::default(),
    };
    let count = set.as_ref().map_or(0, |s| s.articles.len());
    let questions = set
        .iter()
        .flat_map(|s| s.articles.iter())
        .enumerate()
        .map(|(i, q)| QuestionRow {
            id: q.id.to_string(),
            name: tr.article_title(q.id),
            label: q.title.clone().unwrap_or_default(),
            text: q.text_of(""),
            answers: answers.get(&q.id.to_string()).copied().unwrap_or(0),
            retired: q.retired,
            first: i == 0,
            last: i + 1 == count,
        })
        .collect();
    let refusal = refusal.map(|m| tr.message(&m));
    pages::html(
        status,
        &QuestionsPage {
            tr,
            desk,
            process_query: (!is_first).then(|| process.slug.clone()),
            process,
            questions,
            typed,
            errors,
            refusal,
        },
    )
}

#[tracing::instrument(skip_all)]
pub(crate) async fn questions_page(
    state: web::Data<AppState>,
    AdminDesk(desk): AdminDesk,
    tr: Tr,
    query: web::Query<ProcessQuery>,
) -> Result<HttpResponse, AppError> {
    let process = process_of(&state, &query).await?;
    render(
        &state,
        tr,
        desk,
        process,
        StatusCode::OK,
        None,
        FieldErrors::default(),
        None,
    )
    .await
}

#[derive(Deserialize)]
pub(crate) struct QuestionForm {
    #[serde(default)]
    text: String,
    #[serde(default)]
    label: String,
}

fn back(process: &Process, is_first: bool) -> HttpResponse {
    let query = (!is_first).then(|| process.slug.clone());
    pages::see_other(&LocalPath::or_home(&crate::paths::in_process(
        crate::paths::questions(),
        &query,
    )))
}

#[tracing::instrument(skip(state, desk, tr, form))]
pub(crate) async fn add_question(
    state: web::Data<AppState>,
    AdminDesk(desk): AdminDesk,
    tr: Tr,
    query: web::Query<ProcessQuery>,
    CsrfForm(form): CsrfForm<QuestionForm>,
) -> Result<HttpResponse, AppError> {
    let (process, is_first) = process_of(&state, &query).await?;
    let question = match QuestionText::parse(&form.text, &form.label, super::NEW_QUESTION) {
        Ok(question) => question,
        Err(errors) => {
            let status = errors.status();
            let typed = Some(("add".to_string(), form.text, form.label));
            return render(
                &state,
                tr,
                desk,
                (process, is_first),
                status,
                typed,
                errors,
                None,
            )
            .await;
        }
    };
    // The questions are written in the language of the process's draft, else the desk's.
    let language = state
        .library
        .snapshot()
        .newest_of_process(process.id)
        .map(|d| d.language.clone())
        .unwrap_or_else(|| tr.lang.code().to_string());
    let (id, by) = (process.id, desk.organiser.username.clone());
    state
        .db
        .write(move |conn| Ok(repo::add_question(conn, id, &language, &question, &by)?))
        .await?;
    state.reload_library().await?;
    Ok(back(&process, is_first))
}

/// The question set of the page's process and the question of the address.
fn question_of(
    state: &AppState,
    process: &Process,
    raw: &str,
) -> Result<(i64, crate::document::ArticleId), AppError> {
    let id = question_id(raw).ok_or(AppError::NotFound("error-not-found-question"))?;
    let library = state.library.snapshot();
    let set = library
        .questions_of_process(process.id)
        .filter(|s| s.article(id).is_some())
        .ok_or(AppError::NotFound("error-not-found-question"))?;
    Ok((set.id, id))
}

#[tracing::instrument(skip(state, desk, tr, form))]
pub(crate) async fn reword_question(
    state: web::Data<AppState>,
    AdminDesk(desk): AdminDesk,
    tr: Tr,
    path: web::Path<String>,
    query: web::Query<ProcessQuery>,
    CsrfForm(form): CsrfForm<QuestionForm>,
) -> Result<HttpResponse, AppError> {
    let (process, is_first) = process_of(&state, &query).await?;
    let (set, id) = question_of(&state, &process, &path)?;
    let typed = Some((id.to_string(), form.text.clone(), form.label.clone()));
    let question = match QuestionText::parse(&form.text, &form.label, super::REWORDED_QUESTION) {
        Ok(question) => question,
        Err(errors) => {
            let status = errors.status();
            return render(
                &state,
                tr,
                desk,
                (process, is_first),
                status,
                typed,
                errors,
                None,
            )
            .await;
        }
    };
    let by = desk.organiser.username.clone();
    let reworded = state
        .db
        .write(move |conn| Ok(repo::reword_question(conn, set, id, &question, &by)))
        .await?;
    let page = (process, is_first);
    answer_change(
        &state,
        tr,
        desk,
        page,
        id,
        reworded,
        "question-answered",
        typed,
    )
    .await
}

/// After a change to question `id`: back to the page, or the page again saying why not
/// (`answered`: the message when the question has answers), with what was typed.
#[allow(clippy::too_many_arguments)]
async fn answer_change(
    state: &AppState,
    tr: Tr,
    desk: Desk,
    page: (Process, bool),
    id: crate::document::ArticleId,
    outcome: Result<(), QuestionRefused>,
    answered: &'static str,
    typed: Option<(String, String, String)>,
) -> Result<HttpResponse, AppError> {
    match outcome {
        Ok(()) => {
            state.reload_library().await?;
            Ok(back(&page.0, page.1))
        }
        Err(refusal @ (QuestionRefused::Answered | QuestionRefused::InGroup)) => {
            let key = match refusal {
                QuestionRefused::InGroup => "question-delete-in-group",
                _ => answered,
            };
            let refusal = Message::new(key).with_text("question", tr.article_title(id));
            let (status, errors) = (StatusCode::CONFLICT, FieldErrors::default());
            render(state, tr, desk, page, status, typed, errors, Some(refusal)).await
        }
        Err(QuestionRefused::NoSuchQuestion) => Err(AppError::NotFound("error-not-found-question")),
        Err(QuestionRefused::Storage(e)) => Err(e.into()),
    }
}

#[derive(Deserialize)]
pub(crate) struct ChangeForm {
    #[serde(default)]
    change: String,
}

#[tracing::instrument(skip(state, desk, tr, form))]
pub(crate) async fn change_question(
    state: web::Data<AppState>,
    AdminDesk(desk): AdminDesk,
    tr: Tr,
    path: web::Path<String>,
    query: web::Query<ProcessQuery>,
    CsrfForm(form): CsrfForm<ChangeForm>,
) -> Result<HttpResponse, AppError> {
    let change = QuestionChange::parse(&form.change)
        .ok_or_else(|| AppError::BadRequest(Message::new("error-question-change-unknown")))?;
    let (process, is_first) = process_of(&state, &query).await?;
    let (set, id) = question_of(&state, &process, &path)?;
    let by = desk.organiser.username.clone();
    let changed = state
        .db
        .write(move |conn| Ok(repo::change_question(conn, set, id, change, &by)))
        .await?;
    let page = (process, is_first);
    answer_change(
        &state,
        tr,
        desk,
        page,
        id,
        changed,
        "question-delete-answered",
        None,
    )
    .await
}

#[derive(Deserialize)]
pub(crate) struct ProcessForm {
    #[serde(default)]
    title: String,
    #[serde(default)]
    slug: String,
}

/// Starts a process with no draft yet: its questions come next, a draft may follow.
#[tracing::instrument(skip(state, desk, tr, form))]
pub(crate) async fn create_process(
    state: web::Data<AppState>,
    AdminDesk(desk): AdminDesk,
    tr: Tr,
    CsrfForm(form): CsrfForm<ProcessForm>,
) -> Result<HttpResponse, AppError> {
    let mut errors = FieldErrors::default();
    let title = form.title.trim().to_string();
    if title.is_empty() || title.chars().count() > 300 {
        errors.add("process-title", Message::new("invalid-process-title"));
    }
    let slug = ProcessSlug::parse(form.slug.trim());
    if slug.is_err() {
        errors.add("process-slug", Message::new("invalid-process-slug"));
    }
    let (first, _) = process_of(&state, &ProcessQuery::default()).await?;
    let refuse = |errors: FieldErrors| {
        let typed = Some(("process".to_string(), form.title.clone(), form.slug.clone()));
        (errors.status(), typed, errors)
    };
    let slug = match slug {
        Ok(slug) if errors.is_empty() => slug,
        _ => {
            let (status, typed, errors) = refuse(errors);
            return render(&state, tr, desk, (first, true), status, typed, errors, None).await;
        }
    };
    let by = desk.organiser.username.clone();
    let (new_slug, new_title) = (slug.clone(), title.clone());
    let created = state
        .db
        .write(move |conn| {
            Ok(crate::processes::create_process(
                conn, &new_slug, &new_title, &by,
            )?)
        })
        .await?;
    let Some(process) = created else {
        let mut errors = FieldErrors::default();
        errors.add(
            "process-slug",
            Message::new("invalid-process-slug-taken").with_text("slug", slug.as_str()),
        );
        let (status, typed, errors) = refuse(errors);
        return render(&state, tr, desk, (first, true), status, typed, errors, None).await;
    };
    state.reload_vocabularies().await?;
    Ok(back(&process, false))
}
