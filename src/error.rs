//! The one error type of the web layer and its one mapping to HTTP.
//!
//! `error_response` has no request, so it cannot know the reader's language: it logs (once)
//! and answers in English, and attaches what the page says as keys ([`ErrorPage`]); the
//! [`localize`] middleware renders that page again in the language of the request.

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::StatusCode;
use actix_web::middleware::Next;
use actix_web::{HttpResponse, ResponseError};
use askama::Template;

use crate::i18n::{Lang, Message, Tr};

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// What was not found, as a catalogue key such as `error-not-found-article`.
    #[error("not found: {0}")]
    NotFound(&'static str),
    #[error("the form has expired or did not come from this site")]
    CsrfRejected,
    /// An organiser asked for what only administrators may do.
    #[error("only administrators may do this")]
    Forbidden,
    #[error("this consultation is closed")]
    ConsultationClosed,
    /// A form whose text cannot be stored as sent; the catalogue key says why.
    #[error("unreadable text: {0}")]
    UnreadableText(&'static str),
    /// A malformed request, such as a filter naming nothing known, with what to say about it.
    #[error("bad request: {}", .0.key)]
    BadRequest(crate::i18n::Message),
    #[error("the request body is not a urlencoded form")]
    UnsupportedMediaType,
    #[error("the request body did not arrive in time")]
    RequestTimeout,
    /// Every export stream is taken; the client should try again after this many seconds.
    #[error("every export slot is busy")]
    ExportsBusy { retry_after: u64 },
    /// A participant tried to change feedback the organisers have already decided on.
    #[error("this feedback has a decision and cannot be changed")]
    AlreadyDecided,
    #[error("request body over {limit} bytes")]
    PayloadTooLarge { limit: usize },
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl From<rusqlite::Error> for AppError {
    fn from(e: rusqlite::Error) -> Self {
        AppError::Internal(e.into())
    }
}

impl From<askama::Error> for AppError {
    fn from(e: askama::Error) -> Self {
        AppError::Internal(e.into())
    }
}

/// What an error page says, kept as catalogue keys so it can be shown in any language.
#[derive(Debug, Clone)]
pub struct ErrorPage {
    title: &'static str,
    message: Message,
    reference: Option<String>,
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorTemplate<'a> {
    tr: &'a Tr,
    title: String,
    message: String,
    reference: Option<&'a str>,
}

impl ErrorPage {
    fn render(&self, status: StatusCode, tr: &Tr) -> HttpResponse {
        let message = tr.message(&self.message);
        let page = ErrorTemplate {
            tr,
            title: tr.t(self.title),
            message,
            reference: self.reference.as_deref(),
        };
        let mut response = match page.render() {
            Ok(body) => HttpResponse::build(status)
                .content_type("text/html; charset=utf-8")
                .body(body),
            Err(_) => HttpResponse::build(status).body(page.title),
        };
        response.extensions_mut().insert(self.clone());
        response
    }
}

impl ResponseError for AppError {
    fn status_code(&self) -> StatusCode {
        match self {
            AppError::NotFound(_) => StatusCode::NOT_FOUND,
            AppError::CsrfRejected | AppError::Forbidden => StatusCode::FORBIDDEN,
            AppError::ConsultationClosed | AppError::AlreadyDecided => StatusCode::CONFLICT,
            AppError::UnsupportedMediaType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            AppError::RequestTimeout => StatusCode::REQUEST_TIMEOUT,
            AppError::ExportsBusy { .. } => StatusCode::SERVICE_UNAVAILABLE,
            AppError::UnreadableText(_) | AppError::BadRequest(_) => StatusCode::BAD_REQUEST,
            AppError::PayloadTooLarge { .. } => StatusCode::PAYLOAD_TOO_LARGE,
            AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        let (title, message, reference) = match self {
            AppError::NotFound(key) => ("error-not-found-title", Message::new(key), None),
            AppError::CsrfRejected => ("error-csrf-title", Message::new("error-csrf"), None),
            AppError::Forbidden => (
                "error-forbidden-title",
                Message::new("error-forbidden"),
                None,
            ),
            AppError::ConsultationClosed => {
                ("error-closed-title", Message::new("error-closed"), None)
            }
            AppError::AlreadyDecided => {
                ("error-decided-title", Message::new("error-decided"), None)
            }
            AppError::UnsupportedMediaType => (
                "error-bad-request-title",
                Message::new("error-media-type"),
                None,
            ),
            AppError::RequestTimeout => {
                ("error-timeout-title", Message::new("error-timeout"), None)
            }
            AppError::ExportsBusy { .. } => (
                "error-exports-busy-title",
                Message::new("error-exports-busy"),
                None,
            ),
            AppError::UnreadableText(key) => ("error-bad-request-title", Message::new(key), None),
            AppError::BadRequest(message) => ("error-bad-request-title", message.clone(), None),
            AppError::PayloadTooLarge { limit } => (
                "error-too-large-title",
                Message::new("error-too-large").with("kb", (*limit / 1024) as i64),
                None,
            ),
            AppError::Internal(cause) => {
                let reference = crate::tokens::short_reference();
                // The cause chain goes to the log only; the page shows the reference to quote.
                tracing::error!(reference = %reference, error = ?cause, "unexpected error");
                (
                    "error-internal-title",
                    Message::new("error-internal"),
                    Some(reference),
                )
            }
        };
        let mut response = ErrorPage {
            title,
            message,
            reference,
        }
        .render(self.status_code(), &Tr::new(Lang::En, "/"));
        if let AppError::ExportsBusy { retry_after } = self {
            response.headers_mut().insert(
                actix_web::http::header::RETRY_AFTER,
                actix_web::http::header::HeaderValue::from(*retry_after),
            );
        }
        response
    }
}

/// Renders error pages again in the request's language.
pub async fn localize(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let response = next.call(req).await?.map_into_boxed_body();
    let page = response.response().extensions().get::<ErrorPage>().cloned();
    let Some(page) = page else {
        return Ok(response);
    };
    let tr = Tr::for_request(response.request());
    if tr.lang == Lang::En {
        return Ok(response);
    }
    let status = response.status();
    let (request, english) = response.into_parts();
    let mut localized = page.render(status, &tr);
    // Keep the headers the handler set (security headers are added further out).
    for (name, value) in english.headers() {
        if name != actix_web::http::header::CONTENT_LENGTH
            && name != actix_web::http::header::CONTENT_TYPE
        {
            localized.headers_mut().insert(name.clone(), value.clone());
        }
    }
    Ok(ServiceResponse::new(request, localized))
}
