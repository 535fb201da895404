//! The article page with its feedback form, the submission, and the private feedback link.

use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::StoredFeedback;
use super::form::{FeedbackForm, FieldErrors};
use super::page::{FeedbackView, FormView};
use super::repo::Placement;
use crate::consultations::Consultation;
use crate::consultations::invitations::Invited;
use crate::consultations::lookup::{document_for, find, find_visible};
use crate::csrf::{CsrfForm, CsrfToken};
use crate::document::{Article, ArticleId, Document, Footnote};
use crate::error::AppError;
use crate::i18n::Tr;
use crate::state::AppState;
use crate::tokens;
use crate::{pages, paths};

#[derive(Template)]
#[template(path = "feedback/article.html")]
struct ArticlePage<'a> {
    tr: Tr,
    consultation: &'a Consultation,
    /// The draft in the language read: the original or a language version.
    document: &'a Document,
    versions: Option<VersionsView>,
    /// Another language version beside it, paragraph by paragraph.
    beside: Option<BesideView<'a>>,
    article: &'a Article,
    title: String,
    /// The window's title: the article and the consultation, after "Error:" on a refusal.
    head_title: String,
    previous: Option<(String, String)>,
    next: Option<(String, String)>,
    footnotes: Vec<&'a Footnote>,
    form: Option<FormView>,
}

/// What the page says of the draft's languages: which is shown, and the others to switch to.
struct VersionsView {
    /// A language version is shown: the original is the authoritative text.
    translated: bool,
    /// The reader's language has no version: the original is shown, saying so.
    no_version_in_reader_language: bool,
    /// The original's link, when a version is shown.
    original: Option<LanguageLink>,
    /// The other language versions.
    others: Vec<LanguageLink>,
    /// The other languages, to read beside this one.
    beside: Vec<LanguageLink>,
}

/// Another language version shown beside the one read.
struct BesideView<'a> {
    document: &'a Document,
    article: &'a Article,
    /// Each paragraph of the text read with the same paragraph in the other language.
    pairs: Vec<(&'a crate::document::Block, &'a crate::document::Block)>,
    /// Whether the other is the original: the authoritative text.
    original: bool,
    /// Whether the text read is the original.
    shown_original: bool,
    /// The two languages' names in themselves.
    shown_name: String,
    name: String,
    /// Back to the text read alone.
    close_href: String,
}

struct LanguageLink {
    href: String,
    language: String,
    /// The language's name in itself.
    name: String,
}

fn versions_view(
    tr: &Tr,
    article_path: &str,
    shown: &Document,
    languages: &[String],
) -> Option<VersionsView> {
    let original = languages.first()?;
    let reader = tr.lang.code();
    let translated = shown.language != *original;
    let no_version_in_reader_language =
        !translated && *original != reader && !languages.iter().any(|l| l == reader);
    if languages.len() < 2 && !no_version_in_reader_language {
        return None;
    }
    let link = |language: &String| LanguageLink {
        href: format!("{article_path}?text={language}"),
        language: language.clone(),
        name: crate::i18n::autonym(language),
    };
    let beside = |language: &String| LanguageLink {
        href: format!("{article_path}?text={}&beside={language}", shown.language),
        language: language.clone(),
        name: crate::i18n::autonym(language),
    };
    Some(VersionsView {
        translated,
        no_version_in_reader_language,
        original: translated.then(|| link(original)),
        others: languages
            .iter()
            .skip(1)
            .filter(|l| **l != shown.language)
            .map(link)
            .collect(),
        beside: languages
            .iter()
            .filter(|l| **l != shown.language)
            .map(beside)
            .collect(),
    })
}

#[allow(clippy::too_many_arguments)]
fn render_article_page(
    state: &AppState,
    tr: Tr,
    consultation: &Consultation,
    article_id: ArticleId,
    csrf: CsrfToken,
    mut values: FeedbackForm,
    errors: FieldErrors,
    text: Option<&str>,
    beside_language: Option<&str>,
) -> Result<HttpResponse, AppError> {
    let (document, languages) = crate::consultations::lookup::text_of(
        state,
        consultation,
        article_id,
        text.unwrap_or(tr.lang.code()),
    )?;
    let article = document
        .article(article_id)
        .ok_or(AppError::NotFound("error-not-found-article"))?;
    let article_path = paths::article(&consultation.slug, article_id);
    let versions = versions_view(&tr, &article_path, &document, &languages);
    let other = match beside_language {
        Some(language) if language != document.language => {
            let (other, _) =
                crate::consultations::lookup::text_of(state, consultation, article_id, language)?;
            (other.language == language).then_some(other)
        }
        _ => None,
    };
    let beside = other.as_ref().and_then(|other| {
        let other_article = other.article(article_id)?;
        Some(BesideView {
            document: other,
            article: other_article,
            pairs: article.blocks.iter().zip(&other_article.blocks).collect(),
            original: languages.first() == Some(&other.language),
            shown_original: languages.first() == Some(&document.language),
            shown_name: crate::i18n::autonym(&document.language),
            name: crate::i18n::autonym(&other.language),
            close_href: format!("{article_path}?text={}", document.language),
        })
    });
    values.read_in = document.language.clone();
    // The next article keeps the languages the reader asked for the text.
    let asked: Vec<(&str, &str)> = [("text", text), ("beside", beside_language)]
        .into_iter()
        .filter_map(|(name, value)| Some((name, value?)))
        .collect();
    let reading = match asked.is_empty() {
        true => String::new(),
        false => format!(
            "?{}",
            serde_html_form::to_string(&asked).unwrap_or_default()
        ),
    };
    let link = |id: ArticleId| {
        let path = paths::article(&consultation.slug, id);
        (format!("{path}{reading}"), tr.article_title(id))
    };
    let (previous, next) = document.neighbours(article_id);
    let status = super::form::refusal_status(&errors);
    // A retired question keeps its page and its answers, but takes no more.
    let form = (consultation.is_open() && !article.retired).then(|| {
        let action = paths::feedback_form(&consultation.slug, article_id);
        FormView {
            errors,
            mail_receipts: state.mailer.is_some(),
            ..FormView::new(
                &state.vocabulary_of_document(consultation.document_id),
                &tr,
                article,
                action,
                csrf,
                values,
            )
        }
    });
    pages::html(
        status,
        &ArticlePage {
            consultation,
            document: &document,
            versions,
            beside,
            article,
            head_title: FormView::head_title(
                form.as_ref(),
                format!("{} · {}", tr.article_title(article_id), consultation.city),
            ),
            title: tr.article_title(article_id),
            previous: previous.map(link),
            next: next.map(link),
            footnotes: document.footnotes_of(article),
            form,
            tr,
        },
    )
}

fn parse_article(raw: &str) -> Result<ArticleId, AppError> {
    raw.parse()
        .map_err(|_| AppError::NotFound("error-not-found-article"))
}

#[derive(Debug, Deserialize)]
pub(crate) struct ArticleQuery {
    /// Preselects a paragraph in the form, from the "Comment on this paragraph" links.
    paragraph: Option<String>,
    /// The language to read the draft in, when not the reader's own.
    text: Option<String>,
    /// Another language to show beside it, paragraph by paragraph.
    beside: Option<String>,
}

#[tracing::instrument(skip(state, csrf, invited))]
pub(crate) async fn article_page(
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
    query: web::Query<ArticleQuery>,
    csrf: CsrfToken,
    tr: Tr,
    invited: Invited,
) -> Result<HttpResponse, AppError> {
    let (slug, article_id) = path.into_inner();
    let article_id = parse_article(&article_id)?;
    let consultation = find_visible(&state, slug, &invited).await?;
    let query = query.into_inner();
    let paragraph = query.paragraph.unwrap_or_default();
    let known = document_for(&state, &consultation, article_id)?
        .article(article_id)
        .is_some_and(|a| a.has_reference(&paragraph));
    if !known {
        return Err(AppError::NotFound("error-not-found-paragraph"));
    }
    let values = FeedbackForm {
        paragraph,
        ..FeedbackForm::default()
    };
    render_article_page(
        &state,
        tr,
        &consultation,
        article_id,
        csrf,
        values,
        FieldErrors::default(),
        query.text.as_deref(),
        query.beside.as_deref(),
    )
}

#[tracing::instrument(skip_all, fields(slug = %path.0, article = %path.1))]
pub(crate) async fn submit(
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
    csrf: CsrfToken,
    tr: Tr,
    invited: Invited,
    CsrfForm(form): CsrfForm<FeedbackForm>,
) -> Result<HttpResponse, AppError> {
    let (slug, article_id) = path.into_inner();
    let article_id = parse_article(&article_id)?;
    let consultation = find_visible(&state, slug, &invited).await?;
    let document = document_for(&state, &consultation, article_id)?;
    let article = document
        .article(article_id)
        .ok_or(AppError::NotFound("error-not-found-article"))?;
    if article.retired {
        return refused_with(&tr, Refusal::Retired, &form);
    }
    if !consultation.is_open() {
        return refused_with(&tr, Refusal::Closed, &form);
    }
    let input = match form.parse(
        article,
        &state.vocabulary_of_document(consultation.document_id),
    ) {
        Ok(input) => input,
        Err(errors) => {
            let text = Some(form.read_in.clone());
            return render_article_page(
                &state,
                tr,
                &consultation,
                article_id,
                csrf,
                form,
                errors,
                text.as_deref(),
                None,
            );
        }
    };
    // The language read, if the draft can be read in it; else the original's.
    let read_in = state
        .library
        .snapshot()
        .languages_of(document.id)
        .into_iter()
        .find(|l| *l == form.read_in)
        .unwrap_or(document.language.as_str())
        .to_string();
    let token = tokens::new_private_link();
    let token_hash = tokens::private_link_key(&token);
    let placement = Placement {
        consultation_id: consultation.id,
        document_id: document.id,
        article: article_id,
    };
    let stored_input = input.clone();
    // The consultation may close between the check above and the write, which checks again.
    let id = match state
        .db
        .write(move |conn| super::store_new(conn, &placement, &stored_input, &read_in, &token_hash))
        .await
    {
        Err(AppError::ConsultationClosed) => return refused_with(&tr, Refusal::Closed, &form),
        stored => stored?,
    };
    tracing::info!(feedback_id = id, "feedback stored");
    // After the commit, and queued: the receipt page never waits for the mail.
    if let Some(mailer) = &state.mailer {
        let stored = StoredFeedback::new_from(id, &consultation, document.id, article_id, input);
        mail_receipt(&state, mailer, &tr, &consultation, article, &stored, &token);
    }
    Ok(pages::see_other(&pages::LocalPath::or_home(&format!(
        "{}?received=1",
        paths::private(&token)
    ))))
}

/// Why feedback sent from a form was not stored, though the form was filled in well.
#[derive(Debug, Clone, Copy)]
enum Refusal {
    /// Its consultation closed while the form was open.
    Closed,
    /// The organisers decided on it (a private link's edit).
    Decided,
    /// Its question was retired while the form was open.
    Retired,
}

impl Refusal {
    fn title_key(self) -> &'static str {
        match self {
            Refusal::Closed => "error-closed-title",
            Refusal::Decided => "error-decided-title",
            Refusal::Retired => "error-retired-title",
        }
    }

    fn message_key(self) -> &'static str {
        match self {
            Refusal::Closed => "error-closed",
            Refusal::Decided => "error-decided",
            Refusal::Retired => "error-retired",
        }
    }
}

#[derive(Template)]
#[template(path = "feedback/refused.html")]
struct RefusedPage<'a> {
    tr: &'a Tr,
    refusal: Refusal,
    comment: &'a str,
    proposed_text: &'a str,
}

/// The answer to feedback that cannot be stored as sent (see [`Refusal`]): nothing is
/// stored, and what was typed comes back, to keep, rather than being lost with the form.
fn refused_with(tr: &Tr, refusal: Refusal, form: &FeedbackForm) -> Result<HttpResponse, AppError> {
    pages::html(
        actix_web::http::StatusCode::CONFLICT,
        &RefusedPage {
            tr,
            refusal,
            comment: &form.comment,
            proposed_text: &form.proposed_text,
        },
    )
}

/// Mails the receipt of `stored` when its author gave an address that can take mail.
fn mail_receipt(
    state: &AppState,
    mailer: &crate::mail::Mailer,
    tr: &Tr,
    consultation: &Consultation,
    article: &crate::document::Article,
    stored: &StoredFeedback,
    token: &str,
) {
    let Ok(to) = stored.input.email.parse::<lettre::message::Mailbox>() else {
        return;
    };
    let vocabulary = state.vocabulary_of_document(consultation.document_id);
    let view = FeedbackView::new(tr, &vocabulary, &consultation.slug, article, stored);
    let link = state.settings.link_to(&paths::private(token));
    match super::receipt::compose(tr, &consultation.city, &view, &link) {
        Ok(receipt) => mailer.send(crate::mail::Outgoing {
            to,
            subject: receipt.subject,
            text: receipt.text,
            html: receipt.html,
            about: format!("receipt of item {}", stored.id),
        }),
        Err(e) => tracing::error!(feedback_id = stored.id, error = %e, "receipt not composed"),
    }
}

#[derive(Deserialize)]
pub(crate) struct PrivateQuery {
    received: Option<String>,
    saved: Option<String>,
}

#[derive(Template)]
#[template(path = "feedback/private.html")]
struct PrivatePage {
    tr: Tr,
    consultation: Consultation,
    /// Whether the visitor may read the consultation's pages (it may be on invitation).
    browsable: bool,
    feedback: FeedbackView,
    private_link: String,
    received: bool,
    saved: bool,
    /// The organisers have decided on it, so it can no longer be changed.
    decided: bool,
    head_title: String,
    form: Option<FormView>,
    /// Where the text commented on is now, or where it was addressed, with its wording.
    new_wording: Option<NewWording>,
}

/// The wording a participant's comment led to, or that its text has become, with the changes
/// since the text they commented on marked when it is that text, later.
struct NewWording {
    intro: String,
    language: String,
    dir: &'static str,
    changes: Vec<crate::diff::Change>,
}

impl NewWording {
    /// Whether any word was added or taken out, so that the page explains the marks.
    fn changed(&self) -> bool {
        !self
            .changes
            .iter()
            .all(|c| matches!(c, crate::diff::Change::Same(_)))
    }
}

/// Where the disposition says `stored` was addressed; else, when a later version of the draft
/// exists, where its text stands in the newest one.
async fn new_wording(
    state: &AppState,
    tr: &Tr,
    document: &std::sync::Arc<Document>,
    stored: &StoredFeedback,
) -> Result<Option<NewWording>, AppError> {
    use crate::lineage::UnitAddress;
    let library = state.library.snapshot();
    let commented = UnitAddress {
        article: stored.article,
        reference: stored.input.reference.clone(),
    };
    // Where the text commented on stands in `version`, through the drafts' lineage.
    let places_in = |version: std::sync::Arc<Document>| {
        let (library, ancestries) = (library.clone(), state.ancestries.clone());
        let (from, unit) = (document.id, commented.clone());
        state.db.read(move |conn| {
            let ancestry = ancestries.get_or_load(conn, &library, &version)?;
            Ok(ancestry.places_of(from, &unit))
        })
    };
    let (key, version, place, same_text) = match &stored.addressed {
        Some((version, article, reference)) => {
            let place = article.parse().ok().map(|article| UnitAddress {
                article,
                reference: reference.clone(),
            });
            let version = library.get(*version).cloned();
            // Only the text commented on, as it stands there, is compared word by word:
            // another place's wording is shown alone, as a diff of two texts would read as
            // the first rewritten into the second.
            let same_text = match (&version, &place) {
                (Some(version), Some(place)) => places_in(version.clone()).await?.contains(place),
                _ => false,
            };
            ("outcome-addressed", version, place, same_text)
        }
        None => {
            let Some(newest) = library.newest_of_process(document.process_id).cloned() else {
                return Ok(None);
            };
            if newest.id == document.id {
                return Ok(None);
            }
            let place = places_in(newest.clone()).await?.into_iter().next();
            ("outcome-now", Some(newest), place, true)
        }
    };
    let (Some(version), Some(place)) = (version, place) else {
        return Ok(None);
    };
    let Some(now) = crate::lineage::text_at(&version, &place) else {
        return Ok(None);
    };
    let changes = if same_text {
        let before = crate::lineage::text_at(document, &commented).unwrap_or_default();
        crate::diff::word_diff(&before, &now)
    } else {
        vec![crate::diff::Change::Same(now)]
    };
    let intro = crate::i18n::Message::new(key)
        .with_text("unit", tr.unit_label(place.article, &place.reference))
        .with_text("symbol", &version.symbol);
    Ok(Some(NewWording {
        intro: tr.message(&intro),
        language: version.language.clone(),
        dir: version.dir(),
        changes,
    }))
}

async fn find_by_token(state: &AppState, token: &str) -> Result<StoredFeedback, AppError> {
    if !tokens::looks_like_token(token) {
        return Err(AppError::NotFound("error-not-found-feedback"));
    }
    let keys = tokens::private_link_keys(token);
    state
        .db
        .read(move |conn| Ok(super::repo::find_by_private_link(conn, &keys)?))
        .await?
        .ok_or(AppError::NotFound("error-not-found-feedback"))
}

struct PrivateRequest {
    token: String,
    received: bool,
    saved: bool,
}

async fn render_private_page(
    state: &AppState,
    (request, invited): (PrivateRequest, &Invited),
    stored: StoredFeedback,
    csrf: CsrfToken,
    tr: Tr,
    edited: Option<(FeedbackForm, FieldErrors)>,
) -> Result<HttpResponse, AppError> {
    let consultation = find(state, stored.consultation_slug.clone()).await?;
    // The link reaches the item alone: the consultation's pages are linked only for a
    // visitor who may read them.
    let browsable = crate::consultations::lookup::admits(state, &consultation, invited).await?;
    let document = document_for(state, &consultation, stored.article)?;
    let article = document
        .article(stored.article)
        .ok_or_else(|| anyhow::anyhow!("stored feedback {} names a missing article", stored.id))?;
    let vocabulary = state.vocabulary_of_document(consultation.document_id);
    let feedback = FeedbackView::new(&tr, &vocabulary, &consultation.slug, article, &stored);
    let input = &stored.input;
    let (values, errors) =
        edited.unwrap_or_else(|| (FeedbackForm::from_input(input), FieldErrors::default()));
    let status = super::form::refusal_status(&errors);
    let decided = stored.is_decided();
    let form = (consultation.is_open() && !decided).then(|| FormView {
        errors,
        submit_label: tr.t("submit-save"),
        ..FormView::new(
            &vocabulary,
            &tr,
            article,
            paths::private(&request.token),
            csrf,
            values,
        )
    });
    let head_title = FormView::head_title(form.as_ref(), tr.t("your-feedback"));
    let new_wording = new_wording(state, &tr, &document, &stored).await?;
    let private_link = state.settings.link_to(&paths::private(&request.token));
    pages::html(
        status,
        &PrivatePage {
            tr,
            consultation,
            browsable,
            feedback,
            private_link,
            received: request.received,
            saved: request.saved,
            decided,
            head_title,
            form,
            new_wording,
        },
    )
}

#[tracing::instrument(skip_all)]
pub(crate) async fn private_page(
    state: web::Data<AppState>,
    token: web::Path<String>,
    query: web::Query<PrivateQuery>,
    csrf: CsrfToken,
    tr: Tr,
    invited: Invited,
) -> Result<HttpResponse, AppError> {
    let token = token.into_inner();
    let stored = find_by_token(&state, &token).await?;
    let request = PrivateRequest {
        token,
        received: query.received.is_some(),
        saved: query.saved.is_some(),
    };
    render_private_page(&state, (request, &invited), stored, csrf, tr, None).await
}

#[tracing::instrument(skip_all)]
pub(crate) async fn edit(
    state: web::Data<AppState>,
    token: web::Path<String>,
    csrf: CsrfToken,
    tr: Tr,
    invited: Invited,
    CsrfForm(form): CsrfForm<FeedbackForm>,
) -> Result<HttpResponse, AppError> {
    let token = token.into_inner();
    let stored = find_by_token(&state, &token).await?;
    let consultation = find(&state, stored.consultation_slug.clone()).await?;
    if !consultation.is_open() {
        return refused_with(&tr, Refusal::Closed, &form);
    }
    if stored.is_decided() {
        return refused_with(&tr, Refusal::Decided, &form);
    }
    let document = document_for(&state, &consultation, stored.article)?;
    let article = document
        .article(stored.article)
        .ok_or_else(|| anyhow::anyhow!("stored feedback {} names a missing article", stored.id))?;
    let input = match form.parse(
        article,
        &state.vocabulary_of_document(consultation.document_id),
    ) {
        Ok(input) => input,
        Err(errors) => {
            let request = PrivateRequest {
                token,
                received: false,
                saved: false,
            };
            return render_private_page(
                &state,
                (request, &invited),
                stored,
                csrf,
                tr,
                Some((form, errors)),
            )
            .await;
        }
    };
    let (id, consultation_id) = (stored.id, stored.consultation_id);
    match state
        .db
        .write(move |conn| super::edit_by_author(conn, id, consultation_id, &input))
        .await
    {
        Err(AppError::ConsultationClosed) => return refused_with(&tr, Refusal::Closed, &form),
        Err(AppError::AlreadyDecided) => return refused_with(&tr, Refusal::Decided, &form),
        edited => edited?,
    }
    tracing::info!(feedback_id = id, "feedback edited");
    Ok(pages::see_other(&pages::LocalPath::or_home(&format!(
        "{}?saved=1",
        paths::private(&token)
    ))))
}
