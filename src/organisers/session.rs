//! Organiser sessions: a random id in an HttpOnly cookie, its SHA-256 in the database.
//! Server-side, so logout and idle expiry end a session for good.

use actix_web::body::{EitherBody, MessageBody};
use actix_web::cookie::Cookie;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::middleware::Next;
use actix_web::{HttpMessage, web};
use time::OffsetDateTime;

use super::{Organiser, repo};
use crate::error::AppError;
use crate::pages;
use crate::state::AppState;
use crate::time_format::{now_rfc3339, parse_rfc3339};
use crate::tokens;

pub const COOKIE: &str = "consult_session";

/// A session's last-seen time is written at most this often, to spare the writer.
const TOUCH_INTERVAL: time::Duration = time::Duration::minutes(1);

pub fn cookie(value: String, secure: bool) -> Cookie<'static> {
    crate::pages::private_cookie(COOKIE, value, secure)
}

/// `response` with a new session's cookie, and a fresh CSRF cookie so that no token seen
/// before login is valid after it.
pub fn begin(
    mut response: actix_web::HttpResponse,
    session_id: String,
    secure: bool,
) -> Result<actix_web::HttpResponse, AppError> {
    response
        .add_cookie(&cookie(session_id, secure))
        .map_err(|e| anyhow::anyhow!("cannot set the session cookie: {e}"))?;
    response
        .add_cookie(&crate::csrf::cookie(tokens::new_token(), secure))
        .map_err(|e| anyhow::anyhow!("cannot set the CSRF cookie: {e}"))?;
    Ok(response)
}

/// The hash of the session id this request carries, if it carries a well-formed one.
pub fn session_hash(req: &actix_web::HttpRequest) -> Option<Vec<u8>> {
    req.cookie(COOKIE)
        .map(|c| c.value().to_string())
        .filter(|v| tokens::looks_like_token(v))
        .map(|v| tokens::token_hash(&v))
}

/// The organiser of a live session, or `None`; refreshes last-seen when due.
async fn live_session(state: &AppState, id_hash: Vec<u8>) -> Result<Option<Organiser>, AppError> {
    let lookup = id_hash.clone();
    let Some((organiser, last_seen)) = state
        .db
        .read(move |conn| Ok(repo::find_session(conn, &lookup)?))
        .await?
    else {
        return Ok(None);
    };
    let idle_limit = time::Duration::try_from(state.settings.session_idle_timeout)
        .map_err(|e| anyhow::anyhow!("idle timeout out of range: {e}"))?;
    let now = OffsetDateTime::now_utc();
    let last_seen = parse_rfc3339(&last_seen).unwrap_or(OffsetDateTime::UNIX_EPOCH);
    if now - last_seen > idle_limit {
        return Ok(None);
    }
    if now - last_seen > TOUCH_INTERVAL {
        state
            .db
            .write(move |conn| Ok(repo::touch_session(conn, &id_hash, &now_rfc3339())?))
            .await?;
    }
    Ok(Some(organiser))
}

/// The path of the page a request was sent from, by its `Referer` (empty when it has none;
/// the desk's pages send it to the desk alone): the login page leads there only if local.
fn referring_page(req: &ServiceRequest) -> String {
    req.headers()
        .get(actix_web::http::header::REFERER)
        .and_then(|v| v.to_str().ok())
        .and_then(|referer| url::Url::parse(referer).ok())
        .map(|url| url[url::Position::BeforePath..url::Position::AfterQuery].to_string())
        .unwrap_or_default()
}

/// Guards `/admin`: without a live session the answer is a redirect to the login page,
/// and the handler never runs.
pub async fn require_organiser(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<EitherBody<impl MessageBody>>, actix_web::Error> {
    let state = req
        .app_data::<web::Data<AppState>>()
        .cloned()
        .ok_or_else(|| AppError::Internal(anyhow::anyhow!("application state missing")))?;
    let hash = session_hash(req.request());
    let had_session = hash.is_some();
    let organiser = match hash {
        Some(hash) => live_session(&state, hash).await,
        None => Ok(None),
    };
    match organiser {
        Ok(Some(organiser)) => {
            req.extensions_mut().insert(organiser);
            Ok(next.call(req).await?.map_into_left_body())
        }
        Ok(None) => {
            // A page asked for (a bookmark, a session timed out) is where signing in leads;
            // a form sent without a session is not sent again, but a form sent once its
            // session had ended is said to be lost, and signing in leads back to its page.
            let login = match *req.method() {
                actix_web::http::Method::GET | actix_web::http::Method::HEAD => {
                    crate::paths::login_then(&req.uri().to_string())
                }
                _ if had_session => crate::paths::login_after_ended(&referring_page(&req)),
                _ => crate::paths::login(),
            };
            Ok(req
                .into_response(pages::see_other(&pages::LocalPath::or_home(&login)))
                .map_into_right_body())
        }
        Err(e) => Ok(req.error_response(e).map_into_right_body()),
    }
}
