//! Finding a consultation and what hangs on it, for the handlers of every domain.

use std::sync::Arc;

use super::{Consultation, repo};
use crate::document::{ArticleId, Document, DocumentKind};
use crate::error::AppError;
use crate::state::AppState;

/// The consultation with this slug, or 404.
pub async fn find(state: &AppState, slug: String) -> Result<Consultation, AppError> {
    state
        .db
        .read(move |conn| Ok(repo::find_by_slug(conn, &slug)?))
        .await?
        .ok_or(AppError::NotFound("error-not-found-consultation"))
}

/// The consultation with this slug as a visitor may see it: a consultation by invitation is
/// not found unless the browser holds one of its live invitations.
pub async fn find_visible(
    state: &AppState,
    slug: String,
    invited: &super::invitations::Invited,
) -> Result<Consultation, AppError> {
    let consultation = find(state, slug).await?;
    if admits(state, &consultation, invited).await? {
        Ok(consultation)
    } else {
        Err(AppError::NotFound("error-not-found-consultation"))
    }
}

/// Whether this visitor may read `consultation`'s pages: any visitor a public one, an invited
/// one (its invitation cookie) one on invitation.
pub async fn admits(
    state: &AppState,
    consultation: &Consultation,
    invited: &super::invitations::Invited,
) -> Result<bool, AppError> {
    if consultation.is_public() {
        return Ok(true);
    }
    let (id, hashes) = (consultation.id, invited.hashes());
    state
        .db
        .read(move |conn| Ok(repo::is_invited(conn, id, &hashes)?))
        .await
}

/// Every consultation, in its listed order.
pub async fn all(state: &AppState) -> Result<Vec<Consultation>, AppError> {
    state.db.read(|conn| Ok(repo::list(conn)?)).await
}

/// The consultation of `all` with this slug, or the first when the slug is empty; `None` for
/// a slug that names none.
pub fn named_or_first<'a>(all: &'a [Consultation], slug: &str) -> Option<&'a Consultation> {
    match slug {
        "" => all.first(),
        slug => all.iter().find(|c| c.slug == slug),
    }
}

/// The draft a consultation comments on.
pub fn document_of(
    state: &AppState,
    consultation: &Consultation,
) -> Result<Arc<Document>, AppError> {
    state
        .library
        .snapshot()
        .get(consultation.document_id)
        .cloned()
        .ok_or_else(|| anyhow::anyhow!("consultation {} has no document", consultation.slug).into())
}

/// The document in which a consultation offers `article`: a workshop's questions are its
/// process's question set; anything else is in the draft the consultation comments on (none
/// when a workshop offers questions alone).
pub fn document_for(
    state: &AppState,
    consultation: &Consultation,
    article: ArticleId,
) -> Result<Arc<Document>, AppError> {
    let own = document_of(state, consultation)?;
    let not_found = AppError::NotFound("error-not-found-article");
    if article.is_question() {
        if consultation.kind != super::ConsultationKind::Workshop {
            return Err(not_found);
        }
        return state
            .library
            .snapshot()
            .questions_of_process(own.process_id)
            .cloned()
            .ok_or(not_found);
    }
    if own.kind == DocumentKind::Questions {
        return Err(not_found);
    }
    Ok(own)
}

/// The questions a workshop offers (none for another consultation).
pub fn questions_of(state: &AppState, consultation: &Consultation) -> Option<Arc<Document>> {
    if consultation.kind != super::ConsultationKind::Workshop {
        return None;
    }
    let library = state.library.snapshot();
    let process = library.get(consultation.document_id)?.process_id;
    library.questions_of_process(process).cloned()
}

/// The document in which the consultation offers `article`, as a reader asked for it: in
/// `language` when it is in it or has a language version in it, else the original; with the
/// languages it can be read in (the original's first).
pub fn text_of(
    state: &AppState,
    consultation: &Consultation,
    article: ArticleId,
    language: &str,
) -> Result<(Arc<Document>, Vec<String>), AppError> {
    let library = state.library.snapshot();
    let original = document_for(state, consultation, article)?;
    let shown = library
        .in_language(original.id, language)
        .cloned()
        .unwrap_or(original);
    let languages = library
        .languages_of(shown.id)
        .into_iter()
        .map(str::to_string)
        .collect();
    Ok((shown, languages))
}

/// Every consultation in its listed order, with how many visible items it holds.
pub async fn list_with_totals(state: &AppState) -> Result<Vec<(Consultation, i64)>, AppError> {
    state
        .db
        .read(|conn| {
            let totals = crate::tallies::repo::totals_by_consultation(conn)?;
            Ok(repo::list(conn)?
                .into_iter()
                .map(|c| {
                    let total = totals.get(&c.id).copied().unwrap_or(0);
                    (c, total)
                })
                .collect())
        })
        .await
}
