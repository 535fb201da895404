//! Login, logout and the organisers' home page.

use actix_web::cookie::Cookie;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::{Organiser, Username, password, repo, session};
use crate::consultations::Consultation;
use crate::csrf::{CsrfForm, CsrfToken};
use crate::error::AppError;
use crate::pages;
use crate::startup::AppState;
use crate::tallies::ExportFile;
use crate::tokens;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/login", web::get().to(login_page))
        .route("/login", web::post().to(login))
        .route("/logout", web::post().to(logout));
}

pub fn configure_admin(cfg: &mut web::ServiceConfig) {
    cfg.route("", web::get().to(admin_home))
        .route("/", web::get().to(admin_home));
}

#[derive(Template)]
#[template(path = "organisers/login.html")]
struct LoginPage {
    csrf_token: String,
    username: String,
    error: Option<&'static str>,
}

async fn login_page(csrf: CsrfToken) -> Result<HttpResponse, AppError> {
    pages::ok(&LoginPage {
        csrf_token: csrf.0,
        username: String::new(),
        error: None,
    })
}

#[derive(Deserialize)]
struct LoginForm {
    #[serde(default)]
    username: String,
    #[serde(default)]
    password: String,
}

#[tracing::instrument(skip_all, fields(username = %form.username))]
async fn login(
    state: web::Data<AppState>,
    csrf: CsrfToken,
    CsrfForm(form): CsrfForm<LoginForm>,
) -> Result<HttpResponse, AppError> {
    let username = Username::parse(&form.username).ok();
    let lookup = username.clone();
    let credentials = state
        .db
        .read(move |conn| match lookup {
            Some(name) => Ok(repo::find_credentials(conn, name.as_str())?),
            None => Ok(None),
        })
        .await?;
    let password_attempt = form.password;
    let (organiser, stored_hash) = credentials.unzip();
    let verified = tokio::task::spawn_blocking(move || {
        password::verify(stored_hash.as_deref(), &password_attempt)
    })
    .await
    .map_err(|e| anyhow::anyhow!("password check failed: {e}"))?;
    let organiser = match organiser {
        Some(organiser) if verified => organiser,
        _ => {
            tracing::warn!("failed login");
            let page = LoginPage {
                csrf_token: csrf.0,
                username: form.username,
                error: Some("The username or password is not correct."),
            };
            return pages::html(StatusCode::UNAUTHORIZED, &page);
        }
    };

    let session_id = tokens::new_token();
    let id_hash = tokens::token_hash(&session_id);
    let organiser_id = organiser.id;
    state
        .db
        .write(move |conn| {
            let now = crate::time_format::now_rfc3339();
            Ok(repo::insert_session(conn, &id_hash, organiser_id, &now)?)
        })
        .await?;
    tracing::info!(organiser = %organiser.username, "logged in");
    let secure = state.settings.secure_cookies;
    let mut response = pages::see_other("/admin");
    response
        .add_cookie(&session::cookie(session_id, secure))
        .map_err(|e| anyhow::anyhow!("cannot set the session cookie: {e}"))?;
    // A fresh CSRF cookie too, so no token seen before login is valid after it.
    response
        .add_cookie(&crate::csrf::cookie(tokens::new_token(), secure))
        .map_err(|e| anyhow::anyhow!("cannot set the CSRF cookie: {e}"))?;
    Ok(response)
}

#[derive(Deserialize)]
struct NoFields {}

async fn logout(
    state: web::Data<AppState>,
    req: HttpRequest,
    CsrfForm(_): CsrfForm<NoFields>,
) -> Result<HttpResponse, AppError> {
    if let Some(id_hash) = session::session_hash(&req) {
        state
            .db
            .write(move |conn| Ok(repo::delete_session(conn, &id_hash)?))
            .await?;
    }
    let mut response = pages::see_other("/");
    let mut gone = Cookie::build(session::COOKIE, "").path("/").finish();
    gone.make_removal();
    response
        .add_cookie(&gone)
        .map_err(|e| anyhow::anyhow!("cannot clear the session cookie: {e}"))?;
    Ok(response)
}

#[derive(Template)]
#[template(path = "organisers/admin.html")]
struct AdminPage {
    organiser: Organiser,
    csrf_token: String,
    exports: &'static [ExportFile],
    consultations: Vec<(Consultation, i64)>,
}

async fn admin_home(
    state: web::Data<AppState>,
    organiser: web::ReqData<Organiser>,
    csrf: CsrfToken,
) -> Result<HttpResponse, AppError> {
    let consultations = crate::consultations::routes::list_with_totals(&state).await?;
    pages::ok(&AdminPage {
        organiser: organiser.into_inner(),
        csrf_token: csrf.0,
        exports: ExportFile::ALL,
        consultations,
    })
}
