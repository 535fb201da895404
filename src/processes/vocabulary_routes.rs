//! The desk page where administrators edit a process's themes and stakeholder categories.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::desk::{DeskProcess, ProcessQuery, desk_process};
use crate::csrf::CsrfForm;
use crate::error::AppError;
use crate::feedback::repo::{self as feedback_repo, ListKind};
use crate::feedback::vocabulary_edits::{self, Change, Renaming};
use crate::forms::FieldErrors;
use crate::i18n::{Message, Tr};
use crate::organisers::desk::{AdminDesk, Desk};
use crate::pages::{self, LocalPath};
use crate::state::AppState;

/// One entry as the page lists it.
pub struct EntryRow {
    pub key: String,
    pub label: String,
    /// Its name in the reader's language, as participants see it.
    pub shown: String,
    pub uses: i64,
    pub retired: bool,
    pub first: bool,
    pub last: bool,
}

/// What was typed in a refused form of the page, to show again.
enum Typed {
    /// The add form of a list: the key and the label.
    New(ListKind, String, String),
    /// The renaming of an entry: its key, and the label typed.
    Renamed(ListKind, String, String),
}

#[derive(Template)]
#[template(path = "processes/vocabularies.html")]
struct VocabulariesPage {
    tr: Tr,
    desk: Desk,
    process_title: String,
    /// The `process` query of the page's forms ("" for the first process).
    process_query: String,
    themes: Vec<EntryRow>,
    categories: Vec<EntryRow>,
    /// The form that was refused, with what was typed.
    typed: Option<Typed>,
    /// The refused form's messages, by field id (`theme-label`, `theme-key`, `category-label`,
    /// or `rename-label` for the row renamed).
    errors: FieldErrors,
}

impl VocabulariesPage {
    fn error(&self, field: &str) -> Option<String> {
        self.errors.get(field).map(|m| self.tr.message(m))
    }

    /// The label typed for the entry `key` of `list`, when its renaming was refused.
    fn renamed(&self, list: &str, key: &str) -> Option<&str> {
        match &self.typed {
            Some(Typed::Renamed(kind, at, label)) if kind.key() == list && at == key => Some(label),
            _ => None,
        }
    }

    /// The id of the label field of the entry `key`, row `index` of `list`: that of the error
    /// summary's link when its renaming was refused.
    fn label_field_id(&self, list: &str, key: &str, index: usize) -> String {
        match self.renamed(list, key) {
            Some(_) => "field-rename-label".to_string(),
            None => format!("{list}-{index}"),
        }
    }

    fn typed(&self, list: &str, field: &str) -> String {
        match &self.typed {
            Some(Typed::New(kind, key, label)) if kind.key() == list => {
                if field == "key" {
                    key.clone()
                } else {
                    label.clone()
                }
            }
            _ => String::new(),
        }
    }

    fn action(&self, list: &str, what: &str) -> String {
        let path = match what {
            "" => format!("/admin/vocabularies/{list}"),
            what => format!("/admin/vocabularies/{list}/{what}"),
        };
        let process = (!self.process_query.is_empty()).then(|| self.process_query.clone());
        crate::paths::in_process(path, &process)
    }
}

async fn rows(
    state: &AppState,
    tr: &Tr,
    desk: &DeskProcess,
    list: ListKind,
) -> Result<Vec<EntryRow>, AppError> {
    let process_id = desk.process.id;
    let uses = state
        .db
        .read(move |conn| Ok(feedback_repo::entry_uses(conn, list, process_id)?))
        .await?;
    let vocabulary = state.vocabularies.of_process(process_id);
    let entries = match list {
        ListKind::Themes => &vocabulary.themes,
        ListKind::Categories => &vocabulary.categories,
    };
    let count = entries.len();
    Ok(entries
        .iter()
        .enumerate()
        .map(|(i, e)| EntryRow {
            key: e.key.clone(),
            label: e.label.clone(),
            shown: match list {
                ListKind::Themes => vocabulary.theme_label(tr, &e.key),
                ListKind::Categories => vocabulary.category_label(tr, &e.key),
            },
            uses: uses.get(&e.key).copied().unwrap_or(0),
            retired: e.retired,
            first: i == 0,
            last: i + 1 == count,
        })
        .collect())
}

// The page comes back from four handlers, each with its own outcome to show.
#[allow(clippy::too_many_arguments)]
async fn render(
    state: &AppState,
    tr: Tr,
    desk: Desk,
    process: &DeskProcess,
    query: &str,
    status: StatusCode,
    typed: Option<Typed>,
    errors: FieldErrors,
) -> Result<HttpResponse, AppError> {
    let themes = rows(state, &tr, process, ListKind::Themes).await?;
    let categories = rows(state, &tr, process, ListKind::Categories).await?;
    pages::html(
        status,
        &VocabulariesPage {
            tr,
            desk,
            process_title: process.process.title.clone(),
            process_query: query.to_string(),
            themes,
            categories,
            typed,
            errors,
        },
    )
}

#[tracing::instrument(skip_all)]
pub(crate) async fn vocabularies_page(
    state: web::Data<AppState>,
    AdminDesk(desk): AdminDesk,
    tr: Tr,
    query: web::Query<ProcessQuery>,
) -> Result<HttpResponse, AppError> {
    let process = desk_process(&state, &query).await?;
    render(
        &state,
        tr,
        desk,
        &process,
        &query.process,
        StatusCode::OK,
        None,
        FieldErrors::default(),
    )
    .await
}

fn list_of(raw: &str) -> Result<ListKind, AppError> {
    ListKind::parse(raw).ok_or(AppError::NotFound("error-not-found-list"))
}

/// The form's messages under the ids of the list's own fields.
fn prefixed(list: ListKind, errors: &FieldErrors) -> FieldErrors {
    let mut out = FieldErrors::default();
    for (field, message) in errors.iter() {
        let id = match (list, field) {
            (ListKind::Themes, "key") => "theme-key",
            (ListKind::Themes, _) => "theme-label",
            (ListKind::Categories, _) => "category-label",
        };
        out.add(id, message.clone());
    }
    out
}

#[derive(Deserialize)]
pub(crate) struct EntryForm {
    #[serde(default)]
    key: String,
    #[serde(default)]
    label: String,
}

#[tracing::instrument(skip(state, desk, tr, form))]
pub(crate) async fn add_entry(
    state: web::Data<AppState>,
    AdminDesk(desk): AdminDesk,
    tr: Tr,
    list: web::Path<String>,
    query: web::Query<ProcessQuery>,
    CsrfForm(form): CsrfForm<EntryForm>,
) -> Result<HttpResponse, AppError> {
    let list = list_of(&list)?;
    let process = desk_process(&state, &query).await?;
    let (id, slug, by) = (
        process.process.id,
        process.process.slug.clone(),
        desk.organiser.username.clone(),
    );
    let (key, label) = (form.key.clone(), form.label.clone());
    let added = state
        .db
        .write(move |conn| {
            Ok(vocabulary_edits::add_entry(
                conn, list, id, &slug, &key, &label, &by,
            )?)
        })
        .await?;
    match added {
        Ok(_) => {
            state.reload_vocabularies().await?;
            Ok(back(&query.process))
        }
        Err(errors) => {
            let errors = prefixed(list, &errors);
            let status = errors.status();
            render(
                &state,
                tr,
                desk,
                &process,
                &query.process,
                status,
                Some(Typed::New(list, form.key, form.label)),
                errors,
            )
            .await
        }
    }
}

#[tracing::instrument(skip(state, desk, tr, form))]
pub(crate) async fn rename_entry(
    state: web::Data<AppState>,
    AdminDesk(desk): AdminDesk,
    tr: Tr,
    list: web::Path<String>,
    query: web::Query<ProcessQuery>,
    CsrfForm(form): CsrfForm<EntryForm>,
) -> Result<HttpResponse, AppError> {
    let list = list_of(&list)?;
    let process = desk_process(&state, &query).await?;
    let (id, slug, by) = (
        process.process.id,
        process.process.slug.clone(),
        desk.organiser.username.clone(),
    );
    let (key, label) = (form.key.clone(), form.label.clone());
    let renamed = state
        .db
        .write(move |conn| {
            Ok(vocabulary_edits::rename_entry(
                conn, list, id, &slug, &key, &label, &by,
            )?)
        })
        .await?;
    match renamed {
        Renaming::Renamed => {
            state.reload_vocabularies().await?;
            Ok(back(&query.process))
        }
        Renaming::NoSuchEntry => Err(AppError::NotFound("error-not-found-entry")),
        // The one field of the row's form: its message goes beside it.
        Renaming::Refused(message) => {
            let mut errors = FieldErrors::default();
            errors.add("rename-label", message);
            render(
                &state,
                tr,
                desk,
                &process,
                &query.process,
                StatusCode::UNPROCESSABLE_ENTITY,
                Some(Typed::Renamed(list, form.key, form.label)),
                errors,
            )
            .await
        }
    }
}

#[derive(Deserialize)]
pub(crate) struct ChangeForm {
    #[serde(default)]
    key: String,
    #[serde(default)]
    change: String,
}

#[tracing::instrument(skip(state, desk, form))]
pub(crate) async fn change_entry(
    state: web::Data<AppState>,
    AdminDesk(desk): AdminDesk,
    list: web::Path<String>,
    query: web::Query<ProcessQuery>,
    CsrfForm(form): CsrfForm<ChangeForm>,
) -> Result<HttpResponse, AppError> {
    let list = list_of(&list)?;
    let change = Change::parse(&form.change)
        .ok_or_else(|| AppError::BadRequest(Message::new("error-vocabulary-change-unknown")))?;
    let process = desk_process(&state, &query).await?;
    let (id, slug, by) = (
        process.process.id,
        process.process.slug.clone(),
        desk.organiser.username.clone(),
    );
    let changed = state
        .db
        .write(move |conn| {
            Ok(vocabulary_edits::change_entry(
                conn, list, id, &slug, &form.key, change, &by,
            )?)
        })
        .await?;
    if !changed && matches!(change, Change::Retire | Change::Restore) {
        return Err(AppError::NotFound("error-not-found-entry"));
    }
    state.reload_vocabularies().await?;
    Ok(back(&query.process))
}

fn back(process: &str) -> HttpResponse {
    let process = (!process.is_empty()).then(|| process.to_string());
    pages::see_other(&LocalPath::or_home(&crate::paths::in_process(
        crate::paths::vocabularies(),
        &process,
    )))
}
