//! Turning askama page structs into responses.

use actix_web::HttpResponse;
use actix_web::cookie::{Cookie, SameSite};
use actix_web::http::StatusCode;
use actix_web::http::header::LOCATION;
use askama::Template;

use crate::error::AppError;

/// Renders `page` with `status`; every HTML page goes through here.
pub fn html<T: Template>(status: StatusCode, page: &T) -> Result<HttpResponse, AppError> {
    Ok(HttpResponse::build(status)
        .content_type("text/html; charset=utf-8")
        .body(page.render()?))
}

pub fn ok<T: Template>(page: &T) -> Result<HttpResponse, AppError> {
    html(StatusCode::OK, page)
}

/// The answer to every successful POST: 303, so a reload does not send the form again.
pub fn see_other(location: &str) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header((LOCATION, location))
        .finish()
}

pub async fn not_found() -> Result<HttpResponse, AppError> {
    Err(AppError::NotFound("error-not-found-page"))
}

/// A cookie scripts cannot read and other sites' forms do not send: for session and CSRF ids.
pub fn private_cookie(name: &'static str, value: String, secure: bool) -> Cookie<'static> {
    Cookie::build(name, value)
        .path("/")
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(secure)
        .finish()
}
