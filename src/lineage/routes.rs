//! The lineage review page: a version's proposed lineage, old and new side by side, the
//! doubtful first; an administrator corrects any link and confirms the whole.

use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::UnitAddress;
use super::repo::{self, StoredLink};
use crate::csrf::CsrfForm;
use crate::document::Document;
use crate::error::AppError;
use crate::i18n::Tr;
use crate::organisers::desk::{AdminDesk, Desk};
use crate::pages::{self, LocalPath};
use crate::state::AppState;

/// One link as the page shows it.
pub struct LinkRow {
    pub link: StoredLink,
    pub from_text: String,
    pub to_text: String,
    /// The new unit's address as the correction form preselects it ("" for none).
    pub to_value: String,
}

#[derive(Template)]
#[template(path = "lineage/review.html")]
struct LineagePage {
    tr: Tr,
    desk: Desk,
    old: std::sync::Arc<Document>,
    new: std::sync::Arc<Document>,
    rows: Vec<LinkRow>,
    /// Every unit of the new version, for the correction forms: (address, label).
    targets: Vec<(String, String)>,
    unconfirmed: usize,
    refusal: Option<Refusal>,
}

/// A form of the page refused: the page comes back with the message where the form is.
enum Refusal {
    /// A correction of the row linking the unit `from` to `was` (a unit split has a row per
    /// descendant), with what was chosen.
    Correction {
        from: String,
        was: String,
        to: String,
        also: bool,
        message: String,
    },
    /// Confirming the whole lineage.
    Confirmation(String),
}

impl LineagePage {
    /// The refused correction, when it was that of `row`.
    fn refused_in(&self, row: &LinkRow) -> Option<&Refusal> {
        let from = row.link.from.as_ref()?.to_string();
        self.refusal.as_ref().filter(|refusal| {
            matches!(refusal, Refusal::Correction { from: at, was, .. }
                if *at == from && *was == row.to_value)
        })
    }

    /// Why the correction of `row` was refused, if it was.
    fn correction_error(&self, row: &LinkRow) -> Option<&str> {
        match self.refused_in(row) {
            Some(Refusal::Correction { message, .. }) => Some(message),
            _ => None,
        }
    }

    /// What the correction form of `row` shows chosen: what was sent if it was refused.
    fn chosen(&self, row: &LinkRow) -> (String, bool) {
        match self.refused_in(row) {
            Some(Refusal::Correction { to, also, .. }) => (to.clone(), *also),
            _ => (row.to_value.clone(), false),
        }
    }

    fn confirmation_error(&self) -> Option<&str> {
        match &self.refusal {
            Some(Refusal::Confirmation(message)) => Some(message),
            _ => None,
        }
    }
}

/// The two versions of a lineage: the version `document` and the one it was proposed from.
async fn versions(
    state: &AppState,
    document: i64,
) -> Result<(std::sync::Arc<Document>, std::sync::Arc<Document>), AppError> {
    let base = state
        .db
        .read(move |conn| Ok(repo::base_of(conn, document)?))
        .await?
        .ok_or(AppError::NotFound("error-not-found-lineage"))?;
    let library = state.library.snapshot();
    match (library.get(base), library.get(document)) {
        (Some(old), Some(new)) => Ok((old.clone(), new.clone())),
        _ => Err(AppError::NotFound("error-not-found-lineage")),
    }
}

fn label(tr: &Tr, address: &UnitAddress) -> String {
    format!(
        "{}, {}",
        tr.article_title(address.article),
        tr.reference_label(address.article, &address.reference)
    )
}

#[tracing::instrument(skip(state, desk, tr))]
pub(crate) async fn lineage_page(
    state: web::Data<AppState>,
    AdminDesk(desk): AdminDesk,
    tr: Tr,
    document: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    render(&state, tr, desk, document.into_inner(), None).await
}

async fn render(
    state: &AppState,
    tr: Tr,
    desk: Desk,
    document: i64,
    refusal: Option<Refusal>,
) -> Result<HttpResponse, AppError> {
    let (old, new) = versions(state, document).await?;
    let links = state
        .db
        .read(move |conn| Ok(repo::links_into(conn, document)?))
        .await?;
    let text = |doc: &Document, at: &Option<UnitAddress>| {
        at.as_ref()
            .and_then(|a| super::text_at(doc, a))
            .unwrap_or_default()
    };
    let rows = links
        .into_iter()
        .map(|link| LinkRow {
            from_text: text(&old, &link.from),
            to_text: text(&new, &link.to),
            to_value: link
                .to
                .as_ref()
                .map(ToString::to_string)
                .unwrap_or_default(),
            link,
        })
        .collect::<Vec<_>>();
    let unconfirmed = rows.iter().filter(|r| !r.link.confirmed).count();
    let targets = new
        .articles
        .iter()
        .flat_map(|a| {
            a.references().into_iter().map(move |r| UnitAddress {
                article: a.id,
                reference: r.to_string(),
            })
        })
        .map(|a| (a.to_string(), label(&tr, &a)))
        .collect();
    let status = match refusal {
        Some(_) => actix_web::http::StatusCode::UNPROCESSABLE_ENTITY,
        None => actix_web::http::StatusCode::OK,
    };
    pages::html(
        status,
        &LineagePage {
            tr,
            desk,
            old,
            new,
            rows,
            targets,
            unconfirmed,
            refusal,
        },
    )
}

#[derive(Deserialize)]
pub(crate) struct CorrectionForm {
    #[serde(default)]
    from: String,
    /// The unit the row corrected leads to now ("" for none): it tells the rows of a unit
    /// split apart.
    #[serde(default)]
    was: String,
    #[serde(default)]
    to: String,
    /// `yes`: `to` besides the unit's other descendants (a split), not instead of them.
    #[serde(default)]
    also: String,
}

/// Makes an old unit lead to the unit chosen (or to none: deleted). A deleted unit cannot
/// also lead elsewhere: that choice comes back beside the row's form.
#[tracing::instrument(skip(state, desk, tr, form))]
pub(crate) async fn correct(
    state: web::Data<AppState>,
    AdminDesk(desk): AdminDesk,
    tr: Tr,
    document: web::Path<i64>,
    CsrfForm(form): CsrfForm<CorrectionForm>,
) -> Result<HttpResponse, AppError> {
    let document = document.into_inner();
    let (old, new) = versions(&state, document).await?;
    let unknown = || AppError::BadRequest(crate::i18n::Message::new("error-lineage-unknown-unit"));
    let from = UnitAddress::parse(&form.from).ok_or_else(unknown)?;
    let to = match form.to.as_str() {
        "" => None,
        raw => Some(UnitAddress::parse(raw).ok_or_else(unknown)?),
    };
    let also = match form.also.as_str() {
        "" => false,
        "yes" => true,
        _ => return Err(unknown()),
    };
    let by = desk.organiser.username.clone();
    let chosen = (from.clone(), to.clone());
    let corrected = state
        .db
        .write(move |conn| super::correct_link(conn, &old, &new, &from, to.as_ref(), also, &by))
        .await?;
    if corrected == super::Correction::DeletedAndSplit {
        let refusal = Refusal::Correction {
            from: chosen.0.to_string(),
            was: form.was,
            to: chosen.1.map(|to| to.to_string()).unwrap_or_default(),
            also,
            message: tr.t("error-lineage-deleted-also"),
        };
        return render(&state, tr, desk, document, Some(refusal)).await;
    }
    state.ancestries.forget();
    Ok(pages::see_other(&LocalPath::or_home(
        &crate::paths::lineage(document),
    )))
}

#[derive(Deserialize)]
pub(crate) struct NoFields {}

/// Confirms the whole lineage as reviewed; refused beside the button while units contradict.
#[tracing::instrument(skip(state, desk, tr))]
pub(crate) async fn confirm(
    state: web::Data<AppState>,
    AdminDesk(desk): AdminDesk,
    tr: Tr,
    document: web::Path<i64>,
    CsrfForm(_): CsrfForm<NoFields>,
) -> Result<HttpResponse, AppError> {
    let document = document.into_inner();
    let (_, new) = versions(&state, document).await?;
    let by = desk.organiser.username.clone();
    let confirmed = state
        .db
        .write(move |conn| super::confirm(conn, &new, &by))
        .await?;
    if let super::Confirmation::Contradicting(units) = confirmed {
        let message = tr.message(
            &crate::i18n::Message::new("error-lineage-contradiction")
                .with_text("units", units.join(", ")),
        );
        let refusal = Refusal::Confirmation(message);
        return render(&state, tr, desk, document, Some(refusal)).await;
    }
    Ok(pages::see_other(&LocalPath::or_home(
        &crate::paths::lineage(document),
    )))
}
