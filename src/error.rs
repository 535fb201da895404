//! The one error type of the web layer and its one mapping to HTTP.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, ResponseError};
use askama::Template;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("{0}")]
    NotFound(&'static str),
    #[error("the form has expired or did not come from this site")]
    CsrfRejected,
    #[error("this consultation is closed")]
    ConsultationClosed,
    #[error("{0}")]
    BadRequest(String),
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

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage<'a> {
    title: &'a str,
    message: String,
    reference: Option<String>,
}

impl ResponseError for AppError {
    fn status_code(&self) -> StatusCode {
        match self {
            AppError::NotFound(_) => StatusCode::NOT_FOUND,
            AppError::CsrfRejected => StatusCode::FORBIDDEN,
            AppError::ConsultationClosed => StatusCode::CONFLICT,
            AppError::BadRequest(_) => StatusCode::BAD_REQUEST,
            AppError::PayloadTooLarge { .. } => StatusCode::PAYLOAD_TOO_LARGE,
            AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        let status = self.status_code();
        let (title, message, reference) = match self {
            AppError::NotFound(what) => ("Not found", format!("{what} was not found."), None),
            AppError::CsrfRejected => (
                "Form expired",
                "This form has expired or did not come from this site, so nothing was saved. \
                 Go back, reload the page and send it again."
                    .to_string(),
                None,
            ),
            AppError::ConsultationClosed => (
                "Consultation closed",
                "This consultation is closed: it no longer accepts new feedback or changes, \
                 and nothing was saved."
                    .to_string(),
                None,
            ),
            AppError::BadRequest(message) => ("Bad request", message.clone(), None),
            AppError::PayloadTooLarge { limit } => (
                "Too much text",
                format!(
                    "This form sent more than {} KB, the most the site accepts at once, so \
                     nothing was saved. Go back, shorten the text and send it again.",
                    limit / 1024
                ),
                None,
            ),
            AppError::Internal(cause) => {
                let reference = crate::tokens::short_reference();
                // The cause chain goes to the log only; the page shows the reference to quote.
                tracing::error!(reference = %reference, error = ?cause, "unexpected error");
                (
                    "Something went wrong",
                    "Sorry, something went wrong on our side.".to_string(),
                    Some(reference),
                )
            }
        };
        let page = ErrorPage {
            title,
            message,
            reference,
        };
        match page.render() {
            Ok(body) => HttpResponse::build(status)
                .content_type("text/html; charset=utf-8")
                .body(body),
            Err(_) => HttpResponse::build(status).body(title.to_string()),
        }
    }
}
