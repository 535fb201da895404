//! Setting up consultations from the desk: create one on a process's draft, edit it.
//! Administrators only.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;

use crate::consultations::lookup::find;
use crate::consultations::setup::{self, Offered, SetupForm};
use crate::csrf::CsrfForm;
use crate::error::AppError;
use crate::forms::FieldErrors;
use crate::i18n::Tr;
use crate::organisers::desk::{AdminDesk, Desk};
use crate::pages::{self, LocalPath};
use crate::state::AppState;

/// A process as the consultation form offers it: slug, title, and its draft if it has one.
pub struct ProcessChoice {
    pub slug: String,
    pub title: String,
    pub offered: Offered,
}

async fn process_choices(state: &AppState) -> Result<Vec<ProcessChoice>, AppError> {
    let processes = state.db.read(|conn| Ok(super::repo::list(conn)?)).await?;
    let library = state.library.snapshot();
    Ok(processes
        .into_iter()
        .map(|p| ProcessChoice {
            offered: Offered::of(&library, &p),
            slug: p.slug,
            title: p.title,
        })
        .collect())
}

#[derive(Template)]
#[template(path = "processes/consultation_form.html")]
struct ConsultationFormPage {
    tr: Tr,
    desk: Desk,
    /// The consultation being edited; `None` for a new one.
    editing: Option<String>,
    action: String,
    processes: Vec<ProcessChoice>,
    values: SetupForm,
    errors: FieldErrors,
}

impl ConsultationFormPage {
    fn error(&self, field: &str) -> Option<String> {
        self.errors.get(field).map(|m| self.tr.message(m))
    }

    fn title(&self) -> String {
        match &self.editing {
            Some(slug) => self.tr.t_text("consultation-edit-title", "slug", slug),
            None => self.tr.t("consultation-new-title"),
        }
    }
}

async fn form_page(
    state: &AppState,
    tr: Tr,
    desk: Desk,
    editing: Option<String>,
    status: StatusCode,
    values: SetupForm,
    errors: FieldErrors,
) -> Result<HttpResponse, AppError> {
    let action = match &editing {
        Some(slug) => crate::paths::consultation_edit(slug),
        None => crate::paths::consultations_setup(),
    };
    let processes = process_choices(state).await?;
    pages::html(
        status,
        &ConsultationFormPage {
            tr,
            desk,
            editing,
            action,
            processes,
            values,
            errors,
        },
    )
}

#[derive(serde::Deserialize)]
pub(crate) struct NewQuery {
    #[serde(default)]
    process: String,
}

#[tracing::instrument(skip_all)]
pub(crate) async fn new_consultation(
    state: web::Data<AppState>,
    AdminDesk(desk): AdminDesk,
    tr: Tr,
    query: web::Query<NewQuery>,
) -> Result<HttpResponse, AppError> {
    let process = query.into_inner().process;
    // A process with questions and no draft yet can only offer its questions.
    let offered = choices(&process_choices(&state).await?)
        .into_iter()
        .find(|p| p.slug == process);
    let offers = match offered {
        Some(p) if p.draft.is_none() && p.questions.is_some() => "questions",
        _ => "",
    };
    let values = SetupForm {
        process,
        offers: offers.into(),
        time_zone: "UTC".into(),
        access: "public".into(),
        ..SetupForm::default()
    };
    form_page(
        &state,
        tr,
        desk,
        None,
        StatusCode::OK,
        values,
        FieldErrors::default(),
    )
    .await
}

fn choices(processes: &[ProcessChoice]) -> Vec<Offered> {
    processes.iter().map(|p| p.offered.clone()).collect()
}

#[tracing::instrument(skip_all)]
pub(crate) async fn create_consultation(
    state: web::Data<AppState>,
    AdminDesk(desk): AdminDesk,
    tr: Tr,
    CsrfForm(form): CsrfForm<SetupForm>,
) -> Result<HttpResponse, AppError> {
    let processes = process_choices(&state).await?;
    let parsed = match form.parse(&choices(&processes)) {
        Ok(parsed) => parsed,
        Err(errors) => {
            return form_page(&state, tr, desk, None, errors.status(), form, errors).await;
        }
    };
    let by = desk.organiser.username.clone();
    let stored = parsed.clone();
    let created = state
        .db
        .write(move |conn| Ok(setup::create(conn, &stored, &by)?))
        .await?;
    // A public consultation is shown as its participants see it; one by invitation only has
    // no page for anyone yet, and its next step is making the invitations.
    let next = match parsed.access {
        crate::consultations::Access::Public => crate::paths::consultation(&parsed.slug),
        crate::consultations::Access::Invitation => {
            crate::paths::consultation_invitations(&parsed.slug)
        }
    };
    match created {
        Ok(_) => Ok(pages::see_other(&LocalPath::or_home(&next))),
        Err(errors) => form_page(&state, tr, desk, None, errors.status(), form, errors).await,
    }
}

/// The slug of the process whose draft or questions `document_id` is.
fn process_of(state: &AppState, processes: &[ProcessChoice], document_id: i64) -> String {
    let library = state.library.snapshot();
    let process_id = library.get(document_id).map(|d| d.process_id);
    processes
        .iter()
        .find(|p| {
            [p.offered.draft, p.offered.questions]
                .into_iter()
                .flatten()
                .filter_map(|id| library.get(id))
                .any(|d| Some(d.process_id) == process_id)
        })
        .map(|p| p.slug.clone())
        .unwrap_or_default()
}

#[tracing::instrument(skip(state, desk, tr))]
pub(crate) async fn edit_consultation(
    state: web::Data<AppState>,
    AdminDesk(desk): AdminDesk,
    tr: Tr,
    slug: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let consultation = find(&state, slug.into_inner()).await?;
    let processes = process_choices(&state).await?;
    let values = SetupForm::of(
        &consultation,
        &process_of(&state, &processes, consultation.document_id),
        setup::offers_of(&consultation, &state.library.snapshot()),
    );
    form_page(
        &state,
        tr,
        desk,
        Some(consultation.slug),
        StatusCode::OK,
        values,
        FieldErrors::default(),
    )
    .await
}

#[tracing::instrument(skip(state, desk, tr, form))]
pub(crate) async fn update_consultation(
    state: web::Data<AppState>,
    AdminDesk(desk): AdminDesk,
    tr: Tr,
    slug: web::Path<String>,
    CsrfForm(form): CsrfForm<SetupForm>,
) -> Result<HttpResponse, AppError> {
    let existing = find(&state, slug.into_inner()).await?;
    // The slug names the consultation in every address and link: it stays.
    let form = SetupForm {
        slug: existing.slug.clone(),
        ..form
    };
    let processes = process_choices(&state).await?;
    let editing = Some(existing.slug.clone());
    let parsed = match form.parse(&choices(&processes)) {
        Ok(parsed) => parsed,
        Err(errors) => {
            return form_page(&state, tr, desk, editing, errors.status(), form, errors).await;
        }
    };
    let by = desk.organiser.username.clone();
    let target = existing.clone();
    let edited = state
        .db
        .write(move |conn| Ok(setup::edit(conn, &target, &parsed, &by)?))
        .await?;
    match edited {
        Ok(()) => Ok(pages::see_other(&LocalPath::or_home(&crate::paths::desk()))),
        Err(errors) => form_page(&state, tr, desk, editing, errors.status(), form, errors).await,
    }
}

#[derive(Template)]
#[template(path = "processes/invitations.html")]
struct InvitationsPage {
    tr: Tr,
    desk: Desk,
    consultation: crate::consultations::Consultation,
    invitations: Vec<crate::consultations::repo::InvitationRow>,
    /// A link just made, shown once: (label, address).
    made: Option<(String, String)>,
    label: String,
    errors: FieldErrors,
}

impl InvitationsPage {
    fn error(&self, field: &str) -> Option<String> {
        self.errors.get(field).map(|m| self.tr.message(m))
    }
}

// The page comes back from three handlers, each with its own outcome to show.
#[allow(clippy::too_many_arguments)]
async fn invitations_view(
    state: &AppState,
    tr: Tr,
    desk: Desk,
    consultation: crate::consultations::Consultation,
    status: StatusCode,
    made: Option<(String, String)>,
    label: String,
    errors: FieldErrors,
) -> Result<HttpResponse, AppError> {
    let id = consultation.id;
    let invitations = state
        .db
        .read(move |conn| Ok(crate::consultations::repo::list_invitations(conn, id)?))
        .await?;
    pages::html(
        status,
        &InvitationsPage {
            tr,
            desk,
            consultation,
            invitations,
            made,
            label,
            errors,
        },
    )
}

#[tracing::instrument(skip(state, desk, tr))]
pub(crate) async fn invitations_page(
    state: web::Data<AppState>,
    AdminDesk(desk): AdminDesk,
    tr: Tr,
    slug: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let consultation = find(&state, slug.into_inner()).await?;
    invitations_view(
        &state,
        tr,
        desk,
        consultation,
        StatusCode::OK,
        None,
        String::new(),
        FieldErrors::default(),
    )
    .await
}

#[derive(serde::Deserialize)]
pub(crate) struct InvitationForm {
    #[serde(default)]
    label: String,
}

/// The longest label of an invitation (a group's or an invitee's name).
const MAX_LABEL_CHARS: usize = 200;

/// Makes an invitation link and shows it once.
#[tracing::instrument(skip(state, desk, tr, form))]
pub(crate) async fn create_invitation(
    state: web::Data<AppState>,
    AdminDesk(desk): AdminDesk,
    tr: Tr,
    slug: web::Path<String>,
    CsrfForm(form): CsrfForm<InvitationForm>,
) -> Result<HttpResponse, AppError> {
    let consultation = find(&state, slug.into_inner()).await?;
    let label = form.label.trim().to_string();
    let mut errors = FieldErrors::default();
    if label.is_empty() {
        errors.add(
            "label",
            crate::i18n::Message::new("invalid-invitation-label"),
        );
    } else if label.chars().count() > MAX_LABEL_CHARS {
        errors.add(
            "label",
            crate::i18n::Message::new("invalid-too-long")
                .with("length", label.chars().count() as i64)
                .with("max", MAX_LABEL_CHARS as i64),
        );
    }
    if !errors.is_empty() {
        let status = errors.status();
        return invitations_view(
            &state,
            tr,
            desk,
            consultation,
            status,
            None,
            form.label,
            errors,
        )
        .await;
    }
    let (by, target, name) = (
        desk.organiser.username.clone(),
        consultation.clone(),
        label.clone(),
    );
    let token = state
        .db
        .write(move |conn| {
            Ok(crate::consultations::invitations::create_invitation(
                conn, &target, &name, &by,
            )?)
        })
        .await?;
    let address = state.settings.link_to(&crate::paths::invitation(&token));
    invitations_view(
        &state,
        tr,
        desk,
        consultation,
        StatusCode::OK,
        Some((label, address)),
        String::new(),
        FieldErrors::default(),
    )
    .await
}

#[tracing::instrument(skip(state, desk))]
pub(crate) async fn revoke_invitation(
    state: web::Data<AppState>,
    AdminDesk(desk): AdminDesk,
    path: web::Path<(String, i64)>,
    CsrfForm(_): CsrfForm<super::draft_routes::NoFields>,
) -> Result<HttpResponse, AppError> {
    let (slug, id) = path.into_inner();
    let consultation = find(&state, slug).await?;
    let (by, target) = (desk.organiser.username.clone(), consultation.clone());
    state
        .db
        .write(move |conn| {
            crate::consultations::invitations::revoke_invitation(conn, &target, id, &by)
        })
        .await?;
    Ok(pages::see_other(&LocalPath::or_home(
        &crate::paths::consultation_invitations(&consultation.slug),
    )))
}
