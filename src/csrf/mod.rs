//! Cross-site request forgery protection for every POST form.
//!
//! Each browser gets a random `consult_csrf` cookie (HttpOnly, SameSite=Lax). Forms carry
//! `csrf_token` = HMAC-SHA256(server key, cookie). A POST is accepted only when the field
//! matches the cookie it came with; a forged cross-site form cannot read the cookie, so it
//! cannot compute the field. The key is random per database, made at first start.
//!
//! [`CsrfForm`] is the only way handlers read a POST body, so no form can skip the check.

pub mod repo;
pub mod upload;

use std::future::Future;
use std::pin::Pin;

use actix_web::body::MessageBody;
use actix_web::cookie::Cookie;
use actix_web::dev::{Payload, ServiceRequest, ServiceResponse};
use actix_web::http::StatusCode;
use actix_web::middleware::Next;
use actix_web::{FromRequest, HttpMessage, HttpRequest, web};
use hmac::{Hmac, Mac};
use serde::Deserialize;
use serde::de::DeserializeOwned;
use sha2::Sha256;

use crate::error::AppError;
use crate::i18n::Message;
use crate::tokens;

pub const COOKIE: &str = "consult_csrf";
pub const FIELD: &str = "csrf_token";

#[derive(Clone)]
pub struct CsrfKey([u8; 32]);

/// What the CSRF cookie and the form reader need, registered as app data of its own.
#[derive(Clone)]
pub struct FormPolicy {
    pub key: CsrfKey,
    pub secure_cookies: bool,
    pub max_body_bytes: usize,
    pub body_timeout: std::time::Duration,
}

impl CsrfKey {
    pub fn new(bytes: [u8; 32]) -> Self {
        Self(bytes)
    }

    fn mac(&self, cookie: &str) -> Hmac<Sha256> {
        let mut mac = Hmac::<Sha256>::new_from_slice(&self.0).expect("HMAC takes any key length");
        mac.update(cookie.as_bytes());
        mac
    }

    pub fn token_for(&self, cookie: &str) -> String {
        use base64::Engine;
        base64::engine::general_purpose::URL_SAFE_NO_PAD
            .encode(self.mac(cookie).finalize().into_bytes())
    }

    /// Constant-time check of a submitted token against the cookie.
    pub fn verify(&self, cookie: &str, token: &str) -> bool {
        use base64::Engine;
        match base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(token) {
            Ok(bytes) => self.mac(cookie).verify_slice(&bytes).is_ok(),
            Err(_) => false,
        }
    }
}

/// The request's CSRF cookie value, set by [`ensure_cookie`].
#[derive(Clone)]
struct CsrfCookie(String);

pub fn cookie(value: String, secure: bool) -> Cookie<'static> {
    crate::pages::private_cookie(COOKIE, value, secure)
}

/// Gives every browser a CSRF cookie on its first request.
pub async fn ensure_cookie(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let existing = req
        .cookie(COOKIE)
        .map(|c| c.value().to_string())
        .filter(|v| tokens::looks_like_token(v));
    let fresh = existing.is_none();
    let value = existing.unwrap_or_else(tokens::new_token);
    let secure = req
        .app_data::<web::Data<FormPolicy>>()
        .is_some_and(|p| p.secure_cookies);
    req.extensions_mut().insert(CsrfCookie(value.clone()));
    let mut response = next.call(req).await?;
    if fresh && !response.response().cookies().any(|c| c.name() == COOKIE) {
        response.response_mut().add_cookie(&cookie(value, secure))?;
    }
    Ok(response)
}

/// The token to put in this request's forms.
pub struct CsrfToken(pub String);

impl FromRequest for CsrfToken {
    type Error = AppError;
    type Future = std::future::Ready<Result<Self, AppError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        std::future::ready(token_for_request(req).map(CsrfToken))
    }
}

fn token_for_request(req: &HttpRequest) -> Result<String, AppError> {
    let policy = req
        .app_data::<web::Data<FormPolicy>>()
        .ok_or_else(|| anyhow::anyhow!("form policy missing"))?;
    let cookie = req
        .extensions()
        .get::<CsrfCookie>()
        .cloned()
        .ok_or_else(|| anyhow::anyhow!("CSRF middleware missing"))?;
    Ok(policy.key.token_for(&cookie.0))
}

#[derive(Deserialize)]
struct TokenField {
    #[serde(default)]
    csrf_token: String,
}

/// A urlencoded form body whose CSRF token has been checked. Any other POST body is refused.
pub struct CsrfForm<T>(pub T);

impl<T: DeserializeOwned + 'static> FromRequest for CsrfForm<T> {
    type Error = actix_web::Error;
    type Future = Pin<Box<dyn Future<Output = Result<Self, Self::Error>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let req = req.clone();
        let body = web::Bytes::from_request(&req, payload);
        Box::pin(async move {
            let policy = req
                .app_data::<web::Data<FormPolicy>>()
                .ok_or_else(|| AppError::Internal(anyhow::anyhow!("form policy missing")))?;
            if !is_form(&req) {
                return Err(AppError::UnsupportedMediaType.into());
            }
            // A client that sends its body slowly, or never, is cut off.
            let body = tokio::time::timeout(policy.body_timeout, body)
                .await
                .map_err(|_| AppError::RequestTimeout)?;
            let body = body.map_err(|e| {
                if e.as_response_error().status_code() == StatusCode::PAYLOAD_TOO_LARGE {
                    AppError::PayloadTooLarge {
                        limit: policy.max_body_bytes,
                    }
                    .into()
                } else {
                    e
                }
            })?;
            let cookie = req
                .cookie(COOKIE)
                .map(|c| c.value().to_string())
                .unwrap_or_default();
            let field: TokenField =
                serde_html_form::from_bytes(&body).map_err(|_| AppError::CsrfRejected)?;
            if cookie.is_empty() || !policy.key.verify(&cookie, &field.csrf_token) {
                // The route, never the path: paths carry private feedback tokens.
                tracing::warn!(route = %route_of(&req), "POST refused: CSRF token missing or wrong");
                return Err(AppError::CsrfRejected.into());
            }
            check_encoding(&body)?;
            let form = serde_html_form::from_bytes(&body).map_err(|e| {
                // Only a hand-made request gets here: the detail is for the log.
                tracing::info!(route = %route_of(&req), error = %e, "POST refused: form unreadable");
                AppError::BadRequest(Message::new("error-form-unreadable"))
            })?;
            Ok(CsrfForm(form))
        })
    }
}

/// Forms are sent urlencoded; a body announced as anything else (JSON, plain text, multipart)
/// is refused rather than guessed at.
fn is_form(req: &HttpRequest) -> bool {
    req.headers()
        .get(actix_web::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|essence| {
            essence
                .trim()
                .eq_ignore_ascii_case("application/x-www-form-urlencoded")
        })
}

/// The route pattern a request matched (`/feedback/{token}`), for logs.
fn route_of(req: &HttpRequest) -> String {
    req.match_pattern()
        .unwrap_or_else(|| "(no route)".to_string())
}

/// Refuses fields that are not valid UTF-8 or hold a NUL: decoding would otherwise replace
/// bad bytes silently, and the stored text would not be what was sent.
fn check_encoding(body: &[u8]) -> Result<(), AppError> {
    for pair in body.split(|b| *b == b'&') {
        let plus_as_space: Vec<u8> = pair
            .iter()
            .map(|b| if *b == b'+' { b' ' } else { *b })
            .collect();
        let decoded: Vec<u8> = percent_encoding::percent_decode(&plus_as_space).collect();
        let text = std::str::from_utf8(&decoded)
            .map_err(|_| AppError::UnreadableText("error-encoding"))?;
        if text.contains('\0') {
            return Err(AppError::UnreadableText("error-nul"));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_verifies_only_with_its_own_cookie_and_key() {
        let key = CsrfKey::new([7; 32]);
        let token = key.token_for("cookie-a");
        assert!(key.verify("cookie-a", &token));
        assert!(!key.verify("cookie-b", &token));
        assert!(!CsrfKey::new([8; 32]).verify("cookie-a", &token));
        assert!(!key.verify("cookie-a", ""));
        assert!(!key.verify("cookie-a", "not base64 !"));
    }

    #[test]
    fn bodies_with_invalid_utf8_or_nul_are_refused() {
        assert!(check_encoding(b"comment=caf%C3%A9+ok&x=%E2%9C%93").is_ok());
        assert!(check_encoding(b"comment=%FF%FE").is_err());
        assert!(check_encoding(b"comment=a%00b").is_err());
        assert!(check_encoding(b"comment=\xff").is_err());
    }
}
