//! The consultation list and each consultation's table of contents.

use std::collections::HashMap;

use actix_web::{HttpResponse, web};
use askama::Template;

use super::Consultation;
use super::invitations::Invited;
use super::lookup::{document_of, find_visible};
use crate::document::Article;
use crate::error::AppError;
use crate::i18n::Tr;
use crate::pages;
use crate::state::AppState;

#[derive(serde::Deserialize)]
pub(crate) struct StatusForm {
    #[serde(default)]
    status: String,
    /// Closing stops every participant at once, so the form asks to confirm it.
    #[serde(default)]
    confirm: String,
    /// The desk page the form was on (its process and version), to go back to.
    #[serde(default)]
    return_to: String,
}

/// Opens or closes a consultation. The write path checks the status inside its own
/// transaction, so once this answers no submission or edit lands in a closed consultation.
#[tracing::instrument(skip(state, organiser, form))]
pub(crate) async fn set_status(
    state: web::Data<AppState>,
    organiser: web::ReqData<crate::organisers::Organiser>,
    slug: web::Path<String>,
    crate::csrf::CsrfForm(form): crate::csrf::CsrfForm<StatusForm>,
) -> Result<HttpResponse, AppError> {
    let status = super::Status::parse(&form.status)
        .ok_or_else(|| AppError::BadRequest(crate::i18n::Message::new("error-status-unknown")))?;
    if status == super::Status::Closed && form.confirm != "yes" {
        return Err(AppError::BadRequest(crate::i18n::Message::new(
            "error-close-unconfirmed",
        )));
    }
    let (slug, by) = (slug.into_inner(), organiser.into_inner().username);
    state
        .db
        .write(move |conn| super::set_status(conn, &slug, status, &by))
        .await?;
    let back = pages::LocalPath::parse(&form.return_to)
        .filter(|back| back.as_str().starts_with(&crate::paths::desk()))
        .unwrap_or_else(|| pages::LocalPath::or_home(&crate::paths::desk()));
    Ok(pages::see_other(&back))
}

/// An article's line in a consultation's table of contents.
pub struct ArticleEntry {
    pub id: String,
    pub title: String,
    pub opening: String,
    /// Whether the opening is the interface's words (the whole draft's), not the draft's.
    pub opening_in_interface: bool,
    pub comments: i64,
}

pub struct PartEntry {
    pub number: String,
    pub title: String,
    pub articles: Vec<ArticleEntry>,
}

#[derive(Template)]
#[template(path = "consultations/show.html")]
struct ConsultationPage {
    tr: Tr,
    consultation: Consultation,
    document_title: String,
    document_language: String,
    document_dir: &'static str,
    symbol: String,
    /// A workshop's discussion questions still offered, before any text.
    questions: Vec<ArticleEntry>,
    /// Whether the consultation offers a draft's articles (a workshop may offer questions
    /// alone).
    offers_draft: bool,
    /// The title and the draft as a whole, before the text.
    about_the_draft: Vec<ArticleEntry>,
    preamble: Option<ArticleEntry>,
    /// Articles in no part (a draft without parts has only these).
    loose: Vec<ArticleEntry>,
    parts: Vec<PartEntry>,
}

impl ConsultationPage {
    /// "Suva consultation", or "Geneva workshop".
    fn heading(&self) -> String {
        let key = match self.consultation.kind {
            super::ConsultationKind::Consultation => "consultation-title",
            super::ConsultationKind::Workshop => "workshop-title",
        };
        self.tr.t_text(key, "city", &self.consultation.city)
    }
}

/// A consultation's page: the draft's table of contents with this consultation's counts.
#[tracing::instrument(skip(state, invited))]
pub(crate) async fn show(
    state: web::Data<AppState>,
    slug: web::Path<String>,
    tr: Tr,
    invited: Invited,
) -> Result<HttpResponse, AppError> {
    let consultation = find_visible(&state, slug.into_inner(), &invited).await?;
    let document = document_of(&state, &consultation)?;
    let question_set = super::lookup::questions_of(&state, &consultation);
    let offers_draft = document.kind == crate::document::DocumentKind::Draft;
    let (consultation_id, document_id) = (consultation.id, document.id);
    let questions_id = question_set.as_ref().map(|q| q.id);
    let counts: HashMap<String, i64> = state
        .db
        .read(move |conn| {
            let mut counts =
                crate::tallies::repo::totals_by_article(conn, consultation_id, document_id)?;
            // Question ids (`q1`) never clash with the draft's articles.
            if let Some(questions_id) = questions_id.filter(|id| *id != document_id) {
                counts.extend(crate::tallies::repo::totals_by_article(
                    conn,
                    consultation_id,
                    questions_id,
                )?);
            }
            Ok(counts)
        })
        .await?;
    // The draft's words in the reader's language when it has that version, as on its
    // articles' pages.
    let document = state
        .library
        .snapshot()
        .in_language(document.id, tr.lang.code())
        .cloned()
        .unwrap_or(document);
    let entry = |article: &Article| ArticleEntry {
        id: article.id.to_string(),
        title: tr.article_title(article.id),
        opening: match article.id {
            crate::document::ArticleId::Whole => tr.t("toc-whole-opening"),
            // A question is read whole: its label names it in lists, not here.
            crate::document::ArticleId::Question(_) => article.text_of(""),
            _ => article
                .title
                .clone()
                .unwrap_or_else(|| article.opening_words()),
        },
        opening_in_interface: article.id == crate::document::ArticleId::Whole,
        comments: counts.get(&article.id.to_string()).copied().unwrap_or(0),
    };
    let questions = question_set
        .iter()
        .flat_map(|set| set.articles.iter())
        .filter(|q| !q.retired)
        .map(entry)
        .collect();
    let about_the_draft = document
        .articles
        .iter()
        .filter(|a| offers_draft && a.id.is_about_the_draft())
        .map(entry)
        .collect();
    let preamble = document
        .article(crate::document::ArticleId::Preamble)
        .map(entry);
    let loose = document
        .articles
        .iter()
        .filter(|a| matches!(a.id, crate::document::ArticleId::Numbered(_)) && a.part.is_none())
        .map(entry)
        .collect();
    let parts = document
        .parts
        .iter()
        .map(|part| PartEntry {
            number: part.number.clone(),
            title: part.title.clone(),
            articles: document.articles_in_part(&part.number).map(entry).collect(),
        })
        .collect();
    pages::ok(&ConsultationPage {
        tr,
        document_title: document.title.clone(),
        document_language: document.language.clone(),
        document_dir: document.dir(),
        symbol: document.symbol.clone(),
        consultation,
        questions,
        offers_draft,
        about_the_draft,
        preamble,
        loose,
        parts,
    })
}

/// Follows an invitation link: the browser keeps it, and goes to the consultation.
#[tracing::instrument(skip_all)]
pub(crate) async fn follow_invitation(
    state: web::Data<AppState>,
    token: web::Path<String>,
    invited: Invited,
) -> Result<HttpResponse, AppError> {
    let token = token.into_inner();
    if !crate::tokens::looks_like_token(&token) {
        return Err(AppError::NotFound("error-not-found-invitation"));
    }
    let hash = crate::tokens::token_hash(&token);
    let slug = state
        .db
        .read(move |conn| Ok(super::repo::invited_consultation(conn, &hash)?))
        .await?
        .ok_or(AppError::NotFound("error-not-found-invitation"))?;
    let mut response = pages::see_other(&pages::LocalPath::or_home(&crate::paths::consultation(
        &slug,
    )));
    response
        .add_cookie(&invited.cookie_with(&token, state.settings.secure_cookies))
        .map_err(|e| anyhow::anyhow!("cannot set the invitation cookie: {e}"))?;
    Ok(response)
}
