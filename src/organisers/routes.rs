//! Login and logout.

use actix_web::cookie::Cookie;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::login::{Attempt, LoginOutcome, log_in};
use super::session;
use crate::csrf::{CsrfForm, CsrfToken};
use crate::error::AppError;
use crate::i18n::Tr;
use crate::pages::{self, LocalPath};
use crate::state::AppState;

#[derive(Template)]
#[template(path = "organisers/login.html")]
struct LoginPage {
    tr: Tr,
    csrf_token: String,
    username: String,
    /// Where signing in leads.
    next: String,
    error: Option<String>,
    /// A form was sent after its sender's session had ended: it was not saved.
    ended: bool,
}

#[derive(Deserialize)]
pub(crate) struct LoginQuery {
    /// The page to go on to once signed in.
    #[serde(default)]
    next: String,
    /// `1` when a form was sent after its sender's session had ended.
    #[serde(default)]
    ended: String,
}

#[tracing::instrument(skip_all)]
pub(crate) async fn login_page(
    csrf: CsrfToken,
    tr: Tr,
    query: web::Query<LoginQuery>,
) -> Result<HttpResponse, AppError> {
    pages::ok(&LoginPage {
        tr,
        csrf_token: csrf.0,
        username: String::new(),
        next: next_page(&query.next).to_string(),
        error: None,
        ended: query.ended == "1",
    })
}

/// Where signing in leads: the local page asked for, else the desk.
fn next_page(asked: &str) -> LocalPath {
    LocalPath::parse(asked).unwrap_or_else(|| LocalPath::or_home(&crate::paths::desk()))
}

#[derive(Deserialize)]
pub(crate) struct LoginForm {
    #[serde(default)]
    username: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    next: String,
}

/// The client's address as the socket saw it. Forwarded-for headers are not trusted: anyone
/// can send them.
fn client_address(req: &HttpRequest) -> String {
    req.peer_addr()
        .map(|a| a.ip().to_string())
        .unwrap_or_default()
}

/// Names as typed are logged and audited, bounded so a hostile form cannot bloat the log.
fn bounded(text: &str) -> String {
    text.chars().take(100).collect()
}

#[tracing::instrument(skip_all)]
pub(crate) async fn login(
    state: web::Data<AppState>,
    req: HttpRequest,
    csrf: CsrfToken,
    tr: Tr,
    CsrfForm(form): CsrfForm<LoginForm>,
) -> Result<HttpResponse, AppError> {
    let attempt = Attempt {
        typed_name: bounded(&form.username),
        password: form.password,
        address: client_address(&req),
        previous_session: session::session_hash(&req),
    };
    let settings = &state.settings;
    let outcome = log_in(
        &state.db,
        &settings.login_limits,
        settings.session_idle_timeout,
        attempt,
    )
    .await?;
    let refused = |status, error| {
        let page = LoginPage {
            error: Some(error),
            tr: tr.clone(),
            csrf_token: csrf.0.clone(),
            username: form.username.clone(),
            next: next_page(&form.next).to_string(),
            ended: false,
        };
        pages::html(status, &page)
    };
    match outcome {
        LoginOutcome::Throttled(wait) => {
            let minutes = wait.as_secs().div_ceil(60) as i64;
            let message = tr.t_count("login-wait", "minutes", minutes);
            let mut response = refused(StatusCode::TOO_MANY_REQUESTS, message)?;
            pages::retry_after(&mut response, wait.as_secs());
            Ok(response)
        }
        LoginOutcome::Refused => refused(StatusCode::UNAUTHORIZED, tr.t("login-wrong")),
        LoginOutcome::LoggedIn { session_id, .. } => {
            let onwards = pages::see_other(&next_page(&form.next));
            session::begin(onwards, session_id, settings.secure_cookies)
        }
    }
}

#[derive(Deserialize)]
pub(crate) struct NoFields {}

#[tracing::instrument(skip_all)]
pub(crate) async fn logout(
    state: web::Data<AppState>,
    req: HttpRequest,
    CsrfForm(_): CsrfForm<NoFields>,
) -> Result<HttpResponse, AppError> {
    if let Some(id_hash) = session::session_hash(&req) {
        let address = client_address(&req);
        state
            .db
            .write(move |conn| super::log_out(conn, &id_hash, &address))
            .await?;
    }
    let mut response = pages::see_other(&LocalPath::or_home("/"));
    let mut gone = Cookie::build(session::COOKIE, "").path("/").finish();
    gone.make_removal();
    response
        .add_cookie(&gone)
        .map_err(|e| anyhow::anyhow!("cannot clear the session cookie: {e}"))?;
    Ok(response)
}
