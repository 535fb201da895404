//! The rapporteur's page: `GET` shows the form where the query says, `POST` records an item.

use actix_web::{HttpResponse, web};
use askama::Template;

use super::{RecordForm, RecordQuery};
use crate::consultations::{Consultation, lookup};
use crate::csrf::{CsrfForm, CsrfToken};
use crate::document::{Article, ArticleId, Document};
use crate::error::AppError;
use crate::feedback::form::FieldErrors;
use crate::feedback::page::{FormView, ProvenanceView};
use crate::feedback::provenance::{Channel, ProvenanceForm};
use crate::feedback::repo::Placement;
use crate::i18n::Tr;
use crate::organisers::desk::Desk;
use crate::pages;
use crate::paths;
use crate::state::AppState;

#[derive(Template)]
#[template(path = "recording/record.html")]
struct RecordPage<'a> {
    head_title: String,
    tr: Tr,
    desk: Desk,
    consultation: &'a Consultation,
    article: &'a Article,
    /// Every consultation (slug, city, and the process's title) and the draft's articles,
    /// for the choice of where to record.
    consultations: Vec<(String, String)>,
    articles: Vec<(String, String)>,
    saved: Option<i64>,
    /// The channel, session and day, kept when the place changes.
    kept: Vec<(&'static str, String)>,
    form: FormView,
}

/// The consultation and article the page records on: those asked for, else the first.
async fn place(
    state: &AppState,
    consultation: &str,
    article: &str,
    strict: bool,
) -> Result<
    (
        Vec<Consultation>,
        Consultation,
        std::sync::Arc<Document>,
        ArticleId,
    ),
    AppError,
> {
    let all = lookup::all(state).await?;
    let chosen = lookup::named_or_first(&all, consultation)
        .cloned()
        .ok_or(AppError::NotFound("error-not-found-consultation"))?;
    let own = lookup::document_of(state, &chosen)?;
    // A workshop on the questions and the draft records on both.
    let questions = lookup::questions_of(state, &chosen).filter(|q| q.id != own.id);
    let in_questions = |a: &ArticleId| questions.as_ref().is_some_and(|q| q.article(*a).is_some());
    // Statements are mostly on the text: the page starts at its first article, not the title.
    let first = own
        .articles
        .iter()
        .find(|a| !a.id.is_about_the_draft())
        .map(|a| a.id);
    let asked = article
        .parse::<ArticleId>()
        .ok()
        .filter(|a| own.article(*a).is_some() || in_questions(a));
    // Switching to another consultation keeps the article when its draft has it, else starts
    // at the first; a statement sent for an article the draft lacks is refused.
    let article = match (asked, article.is_empty() || !strict) {
        (Some(article), _) => article,
        (None, true) => first.ok_or(AppError::NotFound("error-not-found-article"))?,
        (None, false) => return Err(AppError::NotFound("error-not-found-article")),
    };
    let on_a_question = in_questions(&article);
    let document = match questions {
        Some(questions) if on_a_question => questions,
        _ => own,
    };
    Ok((all, chosen, document, article))
}

#[allow(clippy::too_many_arguments)]
async fn render(
    state: &AppState,
    tr: Tr,
    desk: Desk,
    csrf: CsrfToken,
    (all, consultation, document, article_id): (
        Vec<Consultation>,
        Consultation,
        std::sync::Arc<Document>,
        ArticleId,
    ),
    values: (ProvenanceForm, crate::feedback::form::FeedbackForm),
    errors: FieldErrors,
    saved: Option<i64>,
) -> Result<HttpResponse, AppError> {
    let article = document
        .article(article_id)
        .ok_or(AppError::NotFound("error-not-found-article"))?;
    let (provenance, feedback) = values;
    let (consultation_id, session) = (consultation.id, provenance.session.clone());
    let speakers = state
        .db
        .read(move |conn| {
            Ok(crate::feedback::repo::speakers_of_session(
                conn,
                consultation_id,
                &session,
            )?)
        })
        .await?;
    let vocabulary = state.vocabulary_of_document(document.id);
    let mut form = FormView::new(&vocabulary, &tr, article, paths::record(), csrf, feedback);
    form.submit_label = tr.t("record-save");
    let status = errors.status();
    form.errors = errors;
    let kept = vec![
        ("channel", provenance.channel.clone()),
        ("session", provenance.session.clone()),
        ("made_on", provenance.made_on.clone()),
    ];
    form.provenance = Some(ProvenanceView {
        channels: Channel::RECORDED
            .iter()
            .map(|c| (c.key().to_string(), tr.channel(c.key())))
            .collect(),
        speakers,
        hidden: vec![
            ("consultation", consultation.slug.clone()),
            ("article", article_id.to_string()),
        ],
        focus_speaker: saved.is_some(),
        values: provenance,
    });
    let consultations = all
        .iter()
        .map(|c| (c.slug.clone(), c.city.clone()))
        .collect();
    // The consultation's questions (a workshop's), then its draft's articles.
    let own = lookup::document_of(state, &consultation)?;
    let questions = lookup::questions_of(state, &consultation).filter(|q| q.id != own.id);
    let articles = questions
        .iter()
        .flat_map(|q| q.articles.iter().filter(|a| !a.retired))
        .chain(own.articles.iter().filter(|a| !a.retired))
        .map(|a| (a.id.to_string(), tr.article_title(a.id)))
        .collect();
    let head_title = FormView::head_title(
        Some(&form),
        tr.t_text("record-title", "city", &consultation.city),
    );
    let page = RecordPage {
        head_title,
        consultation: &consultation,
        article,
        consultations,
        articles,
        saved,
        kept,
        form,
        tr,
        desk,
    };
    pages::html(status, &page)
}

#[tracing::instrument(skip_all)]
pub(crate) async fn record_page(
    state: web::Data<AppState>,
    desk: Desk,
    tr: Tr,
    csrf: CsrfToken,
    query: web::Query<RecordQuery>,
) -> Result<HttpResponse, AppError> {
    let query = query.into_inner();
    let placed = place(&state, &query.consultation, &query.article, false).await?;
    let provenance = ProvenanceForm {
        channel: query.channel,
        session: query.session,
        made_on: query.made_on,
        ..ProvenanceForm::default()
    };
    let saved = query.saved.parse().ok();
    render(
        &state,
        tr,
        desk,
        csrf,
        placed,
        (provenance, Default::default()),
        FieldErrors::default(),
        saved,
    )
    .await
}

#[tracing::instrument(skip_all)]
pub(crate) async fn record(
    state: web::Data<AppState>,
    desk: Desk,
    tr: Tr,
    csrf: CsrfToken,
    CsrfForm(form): CsrfForm<RecordForm>,
) -> Result<HttpResponse, AppError> {
    let placed = place(&state, &form.consultation, &form.article, true).await?;
    let (provenance_form, feedback_form) = form.split();
    let document = placed.2.clone();
    let article = document
        .article(placed.3)
        .ok_or(AppError::NotFound("error-not-found-article"))?;
    let by = desk.organiser.username.clone();
    let today = crate::feedback::provenance::latest_day();
    let provenance = provenance_form.parse(&by, today);
    let input = feedback_form.parse(article, &state.vocabulary_of_document(document.id));
    let (provenance, input) = match (provenance, input) {
        (Ok(provenance), Ok(input)) => (provenance, input),
        (provenance, input) => {
            let mut errors = provenance.err().unwrap_or_default();
            errors.extend(input.err().unwrap_or_default());
            return render(
                &state,
                tr,
                desk,
                csrf,
                placed,
                (provenance_form, feedback_form),
                errors,
                None,
            )
            .await;
        }
    };
    let placement = Placement {
        consultation_id: placed.1.id,
        document_id: document.id,
        article: placed.3,
    };
    let kept = provenance.clone();
    let id = state
        .db
        .write(move |conn| crate::feedback::store_recorded(conn, &placement, &input, &provenance))
        .await?;
    tracing::info!(
        feedback_id = id,
        channel = kept.channel.key(),
        "feedback recorded"
    );
    let (article, saved) = (placed.3.to_string(), id.to_string());
    let next = serde_html_form::to_string([
        ("consultation", placed.1.slug.as_str()),
        ("article", article.as_str()),
        ("channel", kept.channel.key()),
        ("session", kept.session.as_str()),
        ("made_on", kept.made_on.as_str()),
        ("saved", saved.as_str()),
    ])
    .unwrap_or_default();
    Ok(pages::see_other(&pages::LocalPath::or_home(&format!(
        "{}?{next}#field-speaker",
        paths::record()
    ))))
}
