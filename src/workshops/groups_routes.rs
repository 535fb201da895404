//! A workshop's breakout groups: the administrators' page that sets them up (questions,
//! rapporteur, rapporteur links), the rapporteur's page where a group's points are recorded
//! (for an organiser on the desk, or through a link that reaches that group alone), and the
//! printable report-back the rapporteur reads out in plenary.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::groups::{Group, GroupForm, Point, PointForm, Support};
use super::repo;
use crate::consultations::Consultation;
use crate::csrf::{CsrfForm, CsrfToken};
use crate::document::Document;
use crate::error::AppError;
use crate::forms::FieldErrors;
use crate::i18n::{Message, Tr};
use crate::organisers::desk::{AdminDesk, Desk};
use crate::pages::{self, LocalPath};
use crate::paths;
use crate::state::AppState;

/// A workshop and its process's questions, or 404 for any other consultation.
async fn workshop(
    state: &AppState,
    slug: String,
) -> Result<(Consultation, std::sync::Arc<Document>), AppError> {
    let consultation = crate::consultations::lookup::find(state, slug).await?;
    let questions = questions_of_workshop(state, &consultation)?;
    Ok((consultation, questions))
}

/// A workshop's questions; 404 for any other consultation (which offers none).
fn questions_of_workshop(
    state: &AppState,
    consultation: &Consultation,
) -> Result<std::sync::Arc<Document>, AppError> {
    crate::consultations::lookup::questions_of(state, consultation)
        .ok_or(AppError::NotFound("error-not-found-workshop"))
}

/// A group as the setup page lists it.
pub struct GroupRow {
    pub group: Group,
    pub questions: Vec<String>,
    /// (id, label, made, revoked)
    pub links: Vec<(i64, String, String, bool)>,
    /// Whether a link not revoked records for it.
    by_link: bool,
}

#[derive(Template)]
#[template(path = "workshops/groups.html")]
struct GroupsPage {
    tr: Tr,
    desk: Desk,
    consultation: Consultation,
    groups: Vec<GroupRow>,
    /// Every question of the workshop: (id, name, text).
    questions: Vec<(String, String, String)>,
    /// The organisers a rapporteur is chosen among: (id, username).
    organisers: Vec<(i64, String)>,
    values: GroupForm,
    errors: FieldErrors,
    /// A rapporteur link just made, shown once: (group name, address).
    new_link: Option<(String, String)>,
}

impl GroupsPage {
    fn error(&self, field: &str) -> Option<String> {
        self.errors.get(field).map(|m| self.tr.message(m))
    }

    fn question_checked(&self, id: &str) -> bool {
        self.values.questions.iter().any(|q| q == id)
    }
}

/// `desk` for a page of `consultation`: the desk's own links stay in its process.
async fn desk_in_process(
    state: &AppState,
    mut desk: Desk,
    consultation: &Consultation,
) -> Result<Desk, AppError> {
    let process_id = state
        .library
        .snapshot()
        .get(consultation.document_id)
        .map(|d| d.process_id);
    let processes = state
        .db
        .read(|conn| Ok(crate::processes::repo::list(conn)?))
        .await?;
    desk.process = processes
        .into_iter()
        .find(|p| Some(p.id) == process_id)
        .map(|p| p.slug);
    Ok(desk)
}

#[allow(clippy::too_many_arguments)]
async fn render_groups(
    state: &AppState,
    tr: Tr,
    desk: Desk,
    (consultation, questions): (Consultation, std::sync::Arc<Document>),
    status: StatusCode,
    values: Option<GroupForm>,
    errors: FieldErrors,
    new_link: Option<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let desk = desk_in_process(state, desk, &consultation).await?;
    let id = consultation.id;
    let (groups, accounts) = state
        .db
        .read(move |conn| {
            let groups = repo::groups_of(conn, id)?;
            let mut rows = Vec::with_capacity(groups.len());
            for group in groups {
                let links = repo::links_of(conn, group.id)?;
                rows.push((group, links));
            }
            Ok((rows, crate::organisers::repo::list_accounts(conn)?))
        })
        .await?;
    let values = values.unwrap_or_else(|| GroupForm {
        name: tr.t_text("group-default-name", "letter", super::letter(groups.len())),
        ..GroupForm::default()
    });
    let groups = groups
        .into_iter()
        .map(|(group, links)| GroupRow {
            by_link: links.iter().any(|(_, _, _, revoked)| !revoked),
            questions: group
                .questions
                .iter()
                .map(|q| tr.article_title(*q))
                .collect(),
            group,
            links,
        })
        .collect();
    pages::html(
        status,
        &GroupsPage {
            questions: questions
                .articles
                .iter()
                .filter(|q| !q.retired)
                .map(|q| (q.id.to_string(), tr.article_title(q.id), q.text_of("")))
                .collect(),
            organisers: accounts
                .into_iter()
                .filter(|a| !a.disabled)
                .map(|a| (a.id, a.username))
                .collect(),
            tr,
            desk,
            consultation,
            groups,
            values,
            errors,
            new_link,
        },
    )
}

#[tracing::instrument(skip(state, desk, tr))]
pub(crate) async fn groups_page(
    state: web::Data<AppState>,
    AdminDesk(desk): AdminDesk,
    tr: Tr,
    slug: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let found = workshop(&state, slug.into_inner()).await?;
    render_groups(
        &state,
        tr,
        desk,
        found,
        StatusCode::OK,
        None,
        FieldErrors::default(),
        None,
    )
    .await
}

#[tracing::instrument(skip(state, desk, tr, form))]
pub(crate) async fn add_group(
    state: web::Data<AppState>,
    AdminDesk(desk): AdminDesk,
    tr: Tr,
    slug: web::Path<String>,
    CsrfForm(form): CsrfForm<GroupForm>,
) -> Result<HttpResponse, AppError> {
    let (consultation, questions) = workshop(&state, slug.into_inner()).await?;
    let organisers: Vec<i64> = state
        .db
        .read(|conn| Ok(crate::organisers::repo::list_accounts(conn)?))
        .await?
        .into_iter()
        .filter(|a| !a.disabled)
        .map(|a| a.id)
        .collect();
    let setup = match form.parse(&questions, &organisers) {
        Ok(setup) => setup,
        Err(errors) => {
            let status = errors.status();
            let found = (consultation, questions);
            return render_groups(&state, tr, desk, found, status, Some(form), errors, None).await;
        }
    };
    let (target, by) = (consultation.clone(), desk.organiser.username.clone());
    let added = state
        .db
        .write(move |conn| Ok(repo::add_group(conn, &target, &setup, &by)?))
        .await?;
    if added.is_none() {
        let mut errors = FieldErrors::default();
        errors.add("group-name", Message::new("invalid-group-name-taken"));
        let found = (consultation, questions);
        return render_groups(
            &state,
            tr,
            desk,
            found,
            errors.status(),
            Some(form),
            errors,
            None,
        )
        .await;
    }
    Ok(pages::see_other(&LocalPath::or_home(&paths::groups(
        &consultation.slug,
    ))))
}

/// A group of the workshop `slug`, or 404.
async fn group_in(
    state: &AppState,
    slug: String,
    id: i64,
) -> Result<(Consultation, std::sync::Arc<Document>, Group), AppError> {
    let (consultation, questions) = workshop(state, slug).await?;
    let group = state
        .db
        .read(move |conn| Ok(repo::find_group(conn, id)?))
        .await?
        .filter(|g| g.consultation_id == consultation.id)
        .ok_or(AppError::NotFound("error-not-found-group"))?;
    Ok((consultation, questions, group))
}

#[derive(Deserialize)]
pub(crate) struct LinkForm {
    #[serde(default)]
    label: String,
}

#[tracing::instrument(skip(state, desk, tr, form))]
pub(crate) async fn issue_link(
    state: web::Data<AppState>,
    AdminDesk(desk): AdminDesk,
    tr: Tr,
    path: web::Path<(String, i64)>,
    CsrfForm(form): CsrfForm<LinkForm>,
) -> Result<HttpResponse, AppError> {
    let (slug, id) = path.into_inner();
    let (consultation, questions, group) = group_in(&state, slug, id).await?;
    let label = form.label.trim().to_string();
    if label.is_empty() || label.chars().count() > super::groups::MAX_NAME {
        return Err(AppError::BadRequest(Message::new(
            "invalid-rapporteur-label",
        )));
    }
    let (target, by) = (group.clone(), desk.organiser.username.clone());
    let token = state
        .db
        .write(move |conn| Ok(repo::issue_rapporteur_link(conn, &target, &label, &by)?))
        .await?;
    let address = state.settings.link_to(&paths::rapporteur(&token));
    let found = (consultation, questions);
    let new_link = Some((group.name, address));
    render_groups(
        &state,
        tr,
        desk,
        found,
        StatusCode::OK,
        None,
        FieldErrors::default(),
        new_link,
    )
    .await
}

#[tracing::instrument(skip(state, desk, _form))]
pub(crate) async fn revoke_link(
    state: web::Data<AppState>,
    AdminDesk(desk): AdminDesk,
    path: web::Path<(String, i64, i64)>,
    _form: CsrfForm<LinkForm>,
) -> Result<HttpResponse, AppError> {
    let (slug, id, link) = path.into_inner();
    let (consultation, _, group) = group_in(&state, slug, id).await?;
    let by = desk.organiser.username.clone();
    let revoked = state
        .db
        .write(move |conn| Ok(repo::revoke_rapporteur_link(conn, &group, link, &by)?))
        .await?;
    if !revoked {
        return Err(AppError::NotFound("error-not-found-rapporteur-link"));
    }
    Ok(pages::see_other(&LocalPath::or_home(&paths::groups(
        &consultation.slug,
    ))))
}

/// Who is recording: an organiser on the desk, or the holder of a group's link.
enum Recorder {
    Desk(Desk),
    Link { token: String, label: String },
}

impl Recorder {
    fn name(&self) -> String {
        match self {
            Recorder::Desk(desk) => desk.organiser.username.clone(),
            Recorder::Link { label, .. } => label.clone(),
        }
    }
}

/// A point as a group's pages show it.
pub struct PointView {
    pub id: i64,
    pub text: String,
    pub support: String,
    pub hidden: bool,
    /// The points it disagrees with, named: "#12 (Group B)".
    pub divergent: Vec<String>,
}

/// A question of the group with its points.
pub struct QuestionPoints {
    pub id: String,
    pub name: String,
    pub text: String,
    pub points: Vec<PointView>,
}

fn point_views(
    tr: &Tr,
    group: &Group,
    questions: &Document,
    points: &[Point],
) -> Vec<QuestionPoints> {
    // Only points among those shown are named: one hidden from this reader is not hinted at.
    let name_of = |id: &i64| {
        points
            .iter()
            .find(|p| p.id == *id)
            .map(|p| format!("#{id} ({})", p.group))
    };
    group
        .questions
        .iter()
        .map(|q| QuestionPoints {
            id: q.to_string(),
            name: tr.article_title(*q),
            text: questions
                .article(*q)
                .map(|a| a.text_of(""))
                .unwrap_or_default(),
            points: points
                .iter()
                .filter(|p| p.group_id == group.id && p.question == *q)
                .map(|p| PointView {
                    id: p.id,
                    text: p.text.clone(),
                    support: tr.t(&format!("support-{}", p.support.key())),
                    hidden: p.hidden,
                    divergent: p.diverges_from.iter().filter_map(name_of).collect(),
                })
                .collect(),
        })
        .collect()
}

#[derive(Template)]
#[template(path = "workshops/group.html")]
struct GroupPage {
    tr: Tr,
    desk: Option<Desk>,
    csrf_token: String,
    consultation: Consultation,
    group: Group,
    action: String,
    report_link: String,
    questions: Vec<QuestionPoints>,
    /// The degrees of support: (key, label).
    supports: Vec<(&'static str, String)>,
    /// The workshop's points a new one may disagree with: (id, "#12 (Group B): …").
    others: Vec<(i64, String)>,
    values: PointForm,
    errors: FieldErrors,
    saved: Option<i64>,
    /// A rapporteur link's page once the workshop has closed: no form, and the point sent
    /// after closing, if any, shown to be kept.
    closed: bool,
}

impl GroupPage {
    fn error(&self, field: &str) -> Option<String> {
        self.errors.get(field).map(|m| self.tr.message(m))
    }

    fn diverges_from(&self, id: &i64) -> bool {
        self.values
            .diverges_from
            .iter()
            .any(|d| *d == id.to_string())
    }
}

#[allow(clippy::too_many_arguments)]
async fn render_group(
    state: &AppState,
    tr: Tr,
    recorder: Recorder,
    csrf: CsrfToken,
    (consultation, questions, group): (Consultation, std::sync::Arc<Document>, Group),
    values: PointForm,
    errors: FieldErrors,
    saved: Option<i64>,
) -> Result<HttpResponse, AppError> {
    let id = consultation.id;
    let mut points = state
        .db
        .read(move |conn| Ok(repo::points_of_workshop(conn, id)?))
        .await?;
    // What moderation hid is the desk's to see, not a link holder's.
    if matches!(recorder, Recorder::Link { .. }) {
        points.retain(|p| !p.hidden);
    }
    // A link records only while the workshop is open; a point sent after it closed comes
    // back to be kept.
    let closed = matches!(recorder, Recorder::Link { .. }) && !consultation.is_open();
    let (action, report_link, desk) = match recorder {
        Recorder::Desk(desk) => (
            paths::group_points(group.id),
            paths::group_report(group.id),
            Some(desk_in_process(state, desk, &consultation).await?),
        ),
        Recorder::Link { token, .. } => (
            paths::rapporteur(&token),
            paths::rapporteur_report(&token),
            None,
        ),
    };
    let others = points
        .iter()
        .map(|p| {
            let words: Vec<&str> = p.text.split_whitespace().take(11).collect();
            let (words, cut) = match words.len() > 10 {
                true => (&words[..10], "…"),
                false => (&words[..], ""),
            };
            (
                p.id,
                format!("#{} ({}): {}{cut}", p.id, p.group, words.join(" ")),
            )
        })
        .collect();
    // A first page proposes today; a refused form keeps what was typed, even nothing.
    let values = PointForm {
        made_on: if values.made_on.is_empty() && errors.is_empty() {
            consultation.today()
        } else {
            values.made_on
        },
        ..values
    };
    pages::html(
        errors.status(),
        &GroupPage {
            questions: point_views(&tr, &group, &questions, &points),
            supports: Support::ALL
                .iter()
                .map(|s| (s.key(), tr.t(&format!("support-{}", s.key()))))
                .collect(),
            others,
            csrf_token: csrf.0,
            tr,
            desk,
            consultation,
            group,
            action,
            report_link,
            values,
            errors,
            saved,
            closed,
        },
    )
}

#[derive(Debug, Deserialize, Default)]
pub(crate) struct SavedQuery {
    #[serde(default)]
    saved: String,
    #[serde(default)]
    made_on: String,
    #[serde(default)]
    question: String,
}

/// A group by id with its workshop, for the desk's rapporteur page.
async fn group_by_id(
    state: &AppState,
    id: i64,
) -> Result<(Consultation, std::sync::Arc<Document>, Group), AppError> {
    let (group, consultation) = state
        .db
        .read(move |conn| {
            let Some(group) = repo::find_group(conn, id)? else {
                return Ok(None);
            };
            let consultation = crate::consultations::repo::find_by_id(conn, group.consultation_id)?;
            Ok(consultation.map(|c| (group, c)))
        })
        .await?
        .ok_or(AppError::NotFound("error-not-found-group"))?;
    let questions = questions_of_workshop(state, &consultation)?;
    Ok((consultation, questions, group))
}

/// The group a rapporteur link reaches, with the link's label; 404 for any other token.
async fn group_by_link(
    state: &AppState,
    token: &str,
) -> Result<((Consultation, std::sync::Arc<Document>, Group), String), AppError> {
    if !crate::tokens::looks_like_token(token) {
        return Err(AppError::NotFound("error-not-found-rapporteur-link"));
    }
    let hash = crate::tokens::token_hash(token);
    let (id, label) = state
        .db
        .read(move |conn| Ok(repo::group_of_link(conn, &hash)?))
        .await?
        .ok_or(AppError::NotFound("error-not-found-rapporteur-link"))?;
    Ok((group_by_id(state, id).await?, label))
}

fn kept(query: SavedQuery) -> (PointForm, Option<i64>) {
    (
        PointForm {
            made_on: query.made_on,
            question: query.question,
            ..PointForm::default()
        },
        query.saved.parse().ok(),
    )
}

#[tracing::instrument(skip(state, desk, tr, csrf))]
pub(crate) async fn group_page(
    state: web::Data<AppState>,
    desk: Desk,
    tr: Tr,
    csrf: CsrfToken,
    id: web::Path<i64>,
    query: web::Query<SavedQuery>,
) -> Result<HttpResponse, AppError> {
    let found = group_by_id(&state, id.into_inner()).await?;
    let (values, saved) = kept(query.into_inner());
    let recorder = Recorder::Desk(desk);
    render_group(
        &state,
        tr,
        recorder,
        csrf,
        found,
        values,
        FieldErrors::default(),
        saved,
    )
    .await
}

#[tracing::instrument(skip_all)]
pub(crate) async fn link_page(
    state: web::Data<AppState>,
    tr: Tr,
    csrf: CsrfToken,
    token: web::Path<String>,
    query: web::Query<SavedQuery>,
) -> Result<HttpResponse, AppError> {
    let token = token.into_inner();
    let (found, label) = group_by_link(&state, &token).await?;
    let (values, saved) = kept(query.into_inner());
    let recorder = Recorder::Link { token, label };
    render_group(
        &state,
        tr,
        recorder,
        csrf,
        found,
        values,
        FieldErrors::default(),
        saved,
    )
    .await
}

/// The answer to a point sent through a link once the workshop has closed: nothing stored,
/// the group's page without its form, and the point as sent, to keep.
async fn closed_to_link(
    state: &AppState,
    tr: Tr,
    recorder: Recorder,
    csrf: CsrfToken,
    found: (Consultation, std::sync::Arc<Document>, Group),
    form: PointForm,
) -> Result<HttpResponse, AppError> {
    let errors = FieldErrors::default();
    let mut page = render_group(state, tr, recorder, csrf, found, form, errors, None).await?;
    *page.status_mut() = StatusCode::CONFLICT;
    Ok(page)
}

/// Records a point for the group and comes back to the page for the next one, on the same
/// question and day.
async fn record(
    state: &AppState,
    tr: Tr,
    recorder: Recorder,
    csrf: CsrfToken,
    found: (Consultation, std::sync::Arc<Document>, Group),
    form: PointForm,
) -> Result<HttpResponse, AppError> {
    let by_link = matches!(recorder, Recorder::Link { .. });
    // A link records while the workshop is open (the page then gives back the point typed,
    // to keep), and never sees what moderation hid.
    if by_link && !found.0.is_open() {
        return closed_to_link(state, tr, recorder, csrf, found, form).await;
    }
    let consultation_id = found.0.id;
    let mut others = state
        .db
        .read(move |conn| Ok(repo::points_of_workshop(conn, consultation_id)?))
        .await?;
    if by_link {
        others.retain(|p| !p.hidden);
    }
    // A retired question takes no more points; its earlier ones stay in the report.
    let mut offered = found.2.clone();
    offered
        .questions
        .retain(|q| found.1.article(*q).is_some_and(|a| !a.retired));
    let today = crate::feedback::provenance::latest_day();
    let point = match form.parse(&offered, &others, today) {
        Ok(point) => point,
        Err(errors) => {
            return render_group(state, tr, recorder, csrf, found, form, errors, None).await;
        }
    };
    let (group, question_set, by) = (found.2.clone(), found.1.id, recorder.name());
    let stored = point.clone();
    let recorded = state
        .db
        .write(move |conn| {
            // Checked again in the write: a close that lands first wins.
            if by_link {
                crate::consultations::ensure_open(conn, group.consultation_id)?;
            }
            repo::record_point(conn, &group, question_set, &stored, &by)
        })
        .await;
    let id = match recorded {
        Err(AppError::ConsultationClosed) => {
            let found = group_by_id(state, found.2.id).await?;
            return closed_to_link(state, tr, recorder, csrf, found, form).await;
        }
        recorded => recorded?,
    };
    tracing::info!(feedback_id = id, group = found.2.id, "group point recorded");
    let page = match &recorder {
        Recorder::Desk(_) => paths::group(found.2.id),
        Recorder::Link { token, .. } => paths::rapporteur(token),
    };
    let next = serde_html_form::to_string([
        ("saved", id.to_string()),
        ("question", point.question.to_string()),
        ("made_on", point.made_on),
    ])
    .unwrap_or_default();
    Ok(pages::see_other(&LocalPath::or_home(&format!(
        "{page}?{next}#point-form"
    ))))
}

#[tracing::instrument(skip_all)]
pub(crate) async fn record_by_desk(
    state: web::Data<AppState>,
    desk: Desk,
    tr: Tr,
    csrf: CsrfToken,
    id: web::Path<i64>,
    CsrfForm(form): CsrfForm<PointForm>,
) -> Result<HttpResponse, AppError> {
    let found = group_by_id(&state, id.into_inner()).await?;
    record(&state, tr, Recorder::Desk(desk), csrf, found, form).await
}

#[tracing::instrument(skip_all)]
pub(crate) async fn record_by_link(
    state: web::Data<AppState>,
    tr: Tr,
    csrf: CsrfToken,
    token: web::Path<String>,
    CsrfForm(form): CsrfForm<PointForm>,
) -> Result<HttpResponse, AppError> {
    let token = token.into_inner();
    let (found, label) = group_by_link(&state, &token).await?;
    record(
        &state,
        tr,
        Recorder::Link { token, label },
        csrf,
        found,
        form,
    )
    .await
}

#[derive(Template)]
#[template(path = "workshops/report_back.html")]
struct ReportBackPage {
    tr: Tr,
    consultation: Consultation,
    group: Group,
    questions: Vec<QuestionPoints>,
}

async fn report_back(
    state: &AppState,
    tr: Tr,
    (consultation, questions, group): (Consultation, std::sync::Arc<Document>, Group),
) -> Result<HttpResponse, AppError> {
    let id = consultation.id;
    let points = state
        .db
        .read(move |conn| Ok(repo::points_of_workshop(conn, id)?))
        .await?;
    // Read out in plenary: what moderation hid is left out.
    let visible: Vec<Point> = points.into_iter().filter(|p| !p.hidden).collect();
    pages::ok(&ReportBackPage {
        questions: point_views(&tr, &group, &questions, &visible),
        tr,
        consultation,
        group,
    })
}

#[tracing::instrument(skip(state, _desk, tr))]
pub(crate) async fn group_report(
    state: web::Data<AppState>,
    _desk: Desk,
    tr: Tr,
    id: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    let found = group_by_id(&state, id.into_inner()).await?;
    report_back(&state, tr, found).await
}

#[tracing::instrument(skip(state, tr, token))]
pub(crate) async fn link_report(
    state: web::Data<AppState>,
    tr: Tr,
    token: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let (found, _) = group_by_link(&state, &token).await?;
    report_back(&state, tr, found).await
}
