//! The language switcher: a plain link, remembered in a cookie.

use actix_web::cookie::{Cookie, SameSite};
use actix_web::{HttpResponse, web};
use serde::Deserialize;

use super::{COOKIE, Lang};
use crate::error::AppError;
use crate::pages::{self, LocalPath};
use crate::state::AppState;

#[derive(Deserialize)]
pub(crate) struct Next {
    #[serde(default)]
    next: String,
}

#[tracing::instrument(skip_all)]
pub(crate) async fn switch(
    state: web::Data<AppState>,
    code: web::Path<String>,
    query: web::Query<Next>,
) -> Result<HttpResponse, AppError> {
    let lang = Lang::parse(&code).ok_or(AppError::NotFound("error-not-found-page"))?;
    let mut response = pages::see_other(&LocalPath::or_home(&query.next));
    let cookie = Cookie::build(COOKIE, lang.code())
        .path("/")
        .same_site(SameSite::Lax)
        .secure(state.settings.secure_cookies)
        .max_age(actix_web::cookie::time::Duration::days(365))
        .finish();
    response
        .add_cookie(&cookie)
        .map_err(|e| anyhow::anyhow!("cannot set the language cookie: {e}"))?;
    Ok(response)
}
