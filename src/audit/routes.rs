//! The audit log page: newest first.

use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::repo::{Recorded, newest};
use crate::csrf::CsrfToken;
use crate::error::AppError;
use crate::i18n::Tr;
use crate::organisers::Organiser;
use crate::pages;
use crate::state::AppState;

const PAGE_SIZE: u32 = 100;

pub fn configure_admin(cfg: &mut web::ServiceConfig) {
    cfg.route("/audit", web::get().to(audit_page));
}

#[derive(Template)]
#[template(path = "audit/log.html")]
struct AuditPage {
    tr: Tr,
    organiser: Organiser,
    csrf_token: String,
    entries: Vec<Recorded>,
    page: i64,
    older: Option<String>,
    newer: Option<String>,
}

#[derive(Deserialize)]
struct AuditQuery {
    page: Option<u32>,
}

async fn audit_page(
    state: web::Data<AppState>,
    organiser: web::ReqData<Organiser>,
    csrf: CsrfToken,
    tr: Tr,
    query: web::Query<AuditQuery>,
) -> Result<HttpResponse, AppError> {
    let page = query.page.unwrap_or(1).max(1);
    let offset = (page - 1) * PAGE_SIZE;
    // One more than a page tells whether an older page exists.
    let mut entries = state
        .db
        .read(move |conn| Ok(newest(conn, PAGE_SIZE + 1, offset)?))
        .await?;
    let has_older = entries.len() > PAGE_SIZE as usize;
    entries.truncate(PAGE_SIZE as usize);
    pages::ok(&AuditPage {
        tr,
        organiser: organiser.into_inner(),
        csrf_token: csrf.0,
        entries,
        page: i64::from(page),
        older: has_older.then(|| format!("/admin/audit?page={}", page + 1)),
        newer: (page > 1).then(|| format!("/admin/audit?page={}", page - 1)),
    })
}
