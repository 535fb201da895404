//! The language switcher: a plain link, remembered in a cookie.

use actix_web::cookie::{Cookie, SameSite};
use actix_web::{HttpResponse, web};
use serde::Deserialize;

use super::{COOKIE, Lang};
use crate::error::AppError;
use crate::pages;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/language/{code}", web::get().to(switch));
}

#[derive(Deserialize)]
struct Next {
    #[serde(default)]
    next: String,
}

/// Only a path on this site: "/x", never "//host" or "https://host".
fn local_path(next: &str) -> &str {
    if next.starts_with('/') && !next.starts_with("//") && !next.contains('\\') {
        next
    } else {
        "/"
    }
}

async fn switch(
    code: web::Path<String>,
    query: web::Query<Next>,
) -> Result<HttpResponse, AppError> {
    let lang = Lang::parse(&code).ok_or(AppError::NotFound("error-not-found-page"))?;
    let mut response = pages::see_other(local_path(&query.next));
    let cookie = Cookie::build(COOKIE, lang.code())
        .path("/")
        .same_site(SameSite::Lax)
        .max_age(actix_web::cookie::time::Duration::days(365))
        .finish();
    response
        .add_cookie(&cookie)
        .map_err(|e| anyhow::anyhow!("cannot set the language cookie: {e}"))?;
    Ok(response)
}

#[cfg(test)]
mod tests {
    use super::local_path;

    #[test]
    fn only_local_paths_are_followed() {
        for (next, to) in [
            ("/consultations/doha-2016", "/consultations/doha-2016"),
            ("//evil.example/", "/"),
            ("https://evil.example/", "/"),
            ("/\\evil.example", "/"),
            ("", "/"),
        ] {
            assert_eq!(local_path(next), to, "{next}");
        }
    }
}
