//! The stylesheets, built into the binary and served under names that carry their content
//! hash, so browsers may cache them for a year and still see every change. The desk's rules
//! are a stylesheet of their own: participants' pages never download them.

use std::sync::LazyLock;

use actix_web::{HttpResponse, web};
use sha2::{Digest, Sha256};

use crate::error::AppError;

/// A stylesheet: its text and the path it is served at.
struct Stylesheet {
    text: &'static str,
    path: LazyLock<String>,
}

fn hashed_path(name: &str, text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    let short = crate::tokens::hex(&digest[..6]);
    format!("/static/{name}.{short}.css")
}

const STYLE: &str = include_str!("../static/style.css");
const DESK: &str = include_str!("../static/desk.css");

static STYLESHEETS: [Stylesheet; 2] = [
    Stylesheet {
        text: STYLE,
        path: LazyLock::new(|| hashed_path("style", STYLE)),
    },
    Stylesheet {
        text: DESK,
        path: LazyLock::new(|| hashed_path("desk", DESK)),
    },
];

/// The URL every page links the stylesheet from.
pub fn stylesheet_path() -> &'static str {
    &STYLESHEETS[0].path
}

/// The URL the desk's pages link their own stylesheet from.
pub fn desk_stylesheet_path() -> &'static str {
    &STYLESHEETS[1].path
}

pub async fn stylesheet(path: web::Path<String>) -> Result<HttpResponse, AppError> {
    let wanted = format!("/static/{}", path.into_inner());
    let sheet = STYLESHEETS
        .iter()
        .find(|s| *s.path == wanted)
        .ok_or(AppError::NotFound("error-not-found-stylesheet"))?;
    Ok(HttpResponse::Ok()
        .content_type("text/css; charset=utf-8")
        .insert_header(("Cache-Control", "public, max-age=31536000, immutable"))
        .body(sheet.text))
}
