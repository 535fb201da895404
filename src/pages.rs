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
/// Only a [`LocalPath`] can be a target, so no redirect leaves the site or breaks the header.
pub fn see_other(location: &LocalPath) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header((LOCATION, location.as_str()))
        .finish()
}

/// A path on this site, safe to send as `Location`: printable ASCII only (browsers strip tabs
/// and line breaks from URLs, so `/\t/evil.example` would become `//evil.example`), no
/// backslash (read as `/`), and still on this site once a URL parser has resolved it, dot
/// segments included (`/..//evil.example` resolves to the path `//evil.example`, which a
/// browser would take for another host).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocalPath(String);

impl LocalPath {
    pub fn parse(raw: &str) -> Option<Self> {
        let printable = raw.bytes().all(|b| b.is_ascii_graphic()) && !raw.contains('\\');
        if !printable || !raw.starts_with('/') || raw.starts_with("//") {
            return None;
        }
        // The WHATWG parser browsers follow decides where a reference leads.
        static BASE: std::sync::LazyLock<url::Url> = std::sync::LazyLock::new(|| {
            url::Url::parse("http://consult.invalid/").expect("a valid base")
        });
        let resolved = BASE.join(raw).ok()?;
        let same_site = resolved.scheme() == "http"
            && resolved.host_str() == Some("consult.invalid")
            && resolved.port().is_none()
            && resolved.username().is_empty()
            && resolved.password().is_none();
        let local = &resolved[url::Position::BeforePath..];
        // What is sent must itself be local: normalising can make `//` of a path that was not.
        (same_site && local.starts_with('/') && !local.starts_with("//"))
            .then(|| Self(local.to_string()))
    }

    /// `raw` when it is a local path, else the home page.
    pub fn or_home(raw: &str) -> Self {
        Self::parse(raw).unwrap_or_else(|| Self("/".to_string()))
    }

    /// This path with `#fragment` (replacing any fragment it had).
    pub fn with_fragment(&self, fragment: &str) -> Self {
        let path = self.0.split('#').next().unwrap_or("/");
        Self::parse(&format!("{path}#{fragment}")).unwrap_or_else(|| self.clone())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for LocalPath {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Tells the client how many seconds to wait before trying again.
pub fn retry_after(response: &mut HttpResponse, seconds: u64) {
    response.headers_mut().insert(
        actix_web::http::header::RETRY_AFTER,
        actix_web::http::header::HeaderValue::from(seconds),
    );
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

#[cfg(test)]
mod tests {
    use super::LocalPath;

    #[test]
    fn only_paths_on_this_site_are_local() {
        for (raw, expected) in [
            ("/consultations/doha-2016", Some("/consultations/doha-2016")),
            (
                "/admin/articles/4?q=caf%C3%A9&page=2#item-3",
                Some("/admin/articles/4?q=caf%C3%A9&page=2#item-3"),
            ),
            ("/", Some("/")),
            ("/a/../b", Some("/b")),
            ("", None),
            ("admin", None),
            ("//evil.example/", None),
            ("https://evil.example/", None),
            ("/\\evil.example", None),
            ("\\/evil.example", None),
            ("/\t/evil.example", None),
            ("/\n/evil.example", None),
            ("/\r\n", None),
            ("/\u{7f}", None),
            ("/\0", None),
            ("/ /evil", None),
            (" //evil.example", None),
            ("/caf\u{e9}", None),
            ("/..//evil.example", None),
            ("/.//evil.example", None),
            ("/a/..//evil.example", None),
            ("/%2e%2e//evil.example", None),
            ("/a/../b//c", Some("/b//c")),
        ] {
            assert_eq!(
                LocalPath::parse(raw).as_ref().map(LocalPath::as_str),
                expected,
                "{raw:?}"
            );
        }
    }

    #[test]
    fn anything_else_falls_back_to_the_home_page() {
        assert_eq!(LocalPath::or_home("/\t/evil.example").as_str(), "/");
        assert_eq!(
            LocalPath::or_home("/admin/articles/4?page=2#item-1")
                .with_fragment("item-9")
                .as_str(),
            "/admin/articles/4?page=2#item-9"
        );
    }
}
