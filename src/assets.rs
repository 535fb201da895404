//! The stylesheet, built into the binary and served under a name that carries its content
//! hash, so browsers may cache it for a year and still see every change.

use std::sync::LazyLock;

use actix_web::{HttpResponse, web};
use sha2::{Digest, Sha256};

use crate::error::AppError;

const STYLESHEET: &str = include_str!("../static/style.css");

static STYLESHEET_PATH: LazyLock<String> = LazyLock::new(|| {
    let digest = Sha256::digest(STYLESHEET.as_bytes());
    let short: String = digest[..6].iter().map(|b| format!("{b:02x}")).collect();
    format!("/static/style.{short}.css")
});

/// The URL pages link the stylesheet from.
pub fn stylesheet_path() -> &'static str {
    &STYLESHEET_PATH
}

pub async fn stylesheet(path: web::Path<String>) -> Result<HttpResponse, AppError> {
    if format!("/static/{}", path.into_inner()) != *STYLESHEET_PATH {
        return Err(AppError::NotFound("error-not-found-stylesheet"));
    }
    Ok(HttpResponse::Ok()
        .content_type("text/css; charset=utf-8")
        .insert_header(("Cache-Control", "public, max-age=31536000, immutable"))
        .body(STYLESHEET))
}
