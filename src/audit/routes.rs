//! The audit log page: newest first.

use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::repo::{Recorded, newest};
use crate::error::AppError;
use crate::i18n::Tr;
use crate::organisers::desk::Desk;
use crate::pages;
use crate::state::AppState;

const PAGE_SIZE: u32 = 100;

#[derive(Template)]
#[template(path = "audit/log.html")]
struct AuditPage {
    tr: Tr,
    desk: Desk,
    entries: Vec<Recorded>,
    page: i64,
    older: Option<String>,
    newer: Option<String>,
}

#[derive(Deserialize)]
pub(crate) struct AuditQuery {
    page: Option<u32>,
}

#[tracing::instrument(skip_all)]
pub(crate) async fn audit_page(
    state: web::Data<AppState>,
    desk: Desk,
    tr: Tr,
    query: web::Query<AuditQuery>,
) -> Result<HttpResponse, AppError> {
    let page = query.page.unwrap_or(1);
    // Checked: the page number comes from the address bar.
    let offset = page
        .checked_sub(1)
        .and_then(|n| n.checked_mul(PAGE_SIZE))
        .ok_or(AppError::NotFound("error-not-found-page"))?;
    // One more than a page tells whether an older page exists.
    let mut entries = state
        .db
        .read(move |conn| Ok(newest(conn, PAGE_SIZE + 1, offset)?))
        .await?;
    let has_older = entries.len() > PAGE_SIZE as usize;
    entries.truncate(PAGE_SIZE as usize);
    pages::ok(&AuditPage {
        tr,
        desk,
        entries,
        page: i64::from(page),
        older: has_older.then(|| crate::paths::audit(page + 1)),
        newer: (page > 1).then(|| crate::paths::audit(page - 1)),
    })
}

/// Who acted, as the log page names them: an organiser by their name, the command line in
/// the reader's language ("سطر الأوامر (ines)").
pub fn actor_label(tr: &crate::i18n::Tr, actor: &str) -> String {
    match super::command_line_user(actor) {
        Some("") => tr.t("audit-command-line"),
        Some(user) => tr.t_text("audit-command-line-user", "user", user),
        None => actor.to_string(),
    }
}
