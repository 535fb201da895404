//! What every page of the organisers' desk shows around its content: who is signed in, the
//! navigation, and the token of the log-out form (and of the page's own forms).

use std::future::{Ready, ready};

use actix_web::dev::Payload;
use actix_web::{FromRequest, HttpMessage, HttpRequest};

use super::Organiser;
use crate::csrf::CsrfToken;
use crate::error::AppError;

/// The desk's chrome, taken from the request like any extractor. Only routes behind
/// [`super::session::require_organiser`] have an organiser; elsewhere this fails.
pub struct Desk {
    pub organiser: Organiser,
    pub csrf_token: String,
    /// The process the page's address names (`?process=`), for the desk's own links; `None`
    /// for the first process. The page's handler checks it names a process.
    pub process: Option<String>,
}

impl FromRequest for Desk {
    type Error = AppError;
    type Future = Ready<Result<Self, AppError>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let organiser = req.extensions().get::<Organiser>().cloned();
        let desk = match (
            organiser,
            CsrfToken::from_request(req, payload).into_inner(),
        ) {
            (Some(organiser), Ok(CsrfToken(csrf_token))) => Ok(Desk {
                organiser,
                csrf_token,
                process: process_of(req),
            }),
            (None, _) => Err(anyhow::anyhow!("a desk page outside the organisers' guard").into()),
            (_, Err(e)) => Err(e),
        };
        ready(desk)
    }
}

/// The desk of an administrator: what only administrators may see or do takes this, and
/// any other organiser is answered 403.
pub struct AdminDesk(pub Desk);

impl FromRequest for AdminDesk {
    type Error = AppError;
    type Future = Ready<Result<Self, AppError>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        ready(
            Desk::from_request(req, payload)
                .into_inner()
                .and_then(|desk| {
                    if desk.organiser.is_administrator() {
                        Ok(AdminDesk(desk))
                    } else {
                        Err(AppError::Forbidden)
                    }
                }),
        )
    }
}

fn process_of(req: &HttpRequest) -> Option<String> {
    #[derive(serde::Deserialize)]
    struct ProcessQuery {
        #[serde(default)]
        process: String,
    }
    serde_html_form::from_str::<ProcessQuery>(req.query_string())
        .ok()
        .map(|q| q.process)
        .filter(|p| !p.is_empty())
}
