//! Building the application: database, shared state, and the one route table.

use std::net::TcpListener;

use actix_web::dev::Server;
use actix_web::middleware::{DefaultHeaders, from_fn};
use actix_web::{App, HttpServer, web};
use anyhow::Context;

use crate::configuration::Settings;
use crate::csrf::FormPolicy;
use crate::state::AppState;
use crate::{assets, audit, consultations, csrf, feedback, organisers, pages, review, tallies};

pub struct Application {
    port: u16,
    server: Server,
}

impl Application {
    pub async fn build(settings: Settings) -> anyhow::Result<Self> {
        let listener = TcpListener::bind(&settings.bind)
            .with_context(|| format!("cannot listen on {}", settings.bind))?;
        let port = listener.local_addr()?.port();
        let workers = settings.workers;
        let state = web::Data::new(AppState::load(settings).await?);
        // The forms' guard reads only its own policy, not the whole state.
        let forms = web::Data::new(FormPolicy {
            key: state.csrf.clone(),
            secure_cookies: state.settings.secure_cookies,
            max_body_bytes: state.settings.max_body_bytes,
            body_timeout: state.settings.body_timeout,
        });
        let mut server = HttpServer::new(move || {
            App::new()
                .wrap(from_fn(csrf::ensure_cookie))
                .wrap(from_fn(crate::error::localize))
                .wrap(security_headers())
                .wrap(from_fn(crate::telemetry::log_requests))
                .app_data(state.clone())
                .app_data(forms.clone())
                .app_data(web::PayloadConfig::new(state.settings.max_body_bytes))
                .configure(routes)
        })
        .listen(listener)?;
        if let Some(workers) = workers {
            server = server.workers(workers);
        }
        Ok(Self {
            port,
            server: server.run(),
        })
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        self.server.await
    }
}

/// Every route the application serves, as (method, pattern). The route-walking tests read it
/// (actix-web cannot list its routes), and a crawl of the pages fails on any link or form
/// that matches none of them, so a route added below without a line here is caught.
pub const ROUTE_TABLE: &[(&str, &str)] = &[
    ("GET", "/"),
    ("GET", "/static/{file}"),
    ("GET", "/consultations/{slug}"),
    ("GET", "/consultations/{slug}/articles/{article}"),
    ("POST", "/consultations/{slug}/articles/{article}/feedback"),
    ("GET", "/feedback/{token}"),
    ("POST", "/feedback/{token}"),
    ("GET", "/language/{code}"),
    ("GET", "/login"),
    ("POST", "/login"),
    ("POST", "/logout"),
    ("GET", "/admin"),
    ("GET", "/admin/exports/{file}"),
    ("GET", "/admin/articles/{article}"),
    ("POST", "/admin/feedback/{id}/disposition"),
    ("POST", "/admin/feedback/{id}/hide"),
    ("POST", "/admin/feedback/{id}/unhide"),
    ("POST", "/admin/consultations/{slug}/status"),
    ("GET", "/admin/tally"),
    ("GET", "/admin/audit"),
];

/// Every route of the application.
pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/static/{file}", web::get().to(assets::stylesheet))
        .configure(consultations::routes::configure)
        .configure(feedback::routes::configure)
        .configure(organisers::routes::configure)
        .configure(crate::i18n::routes::configure)
        .service(
            web::scope("/admin")
                .wrap(from_fn(organisers::session::require_organiser))
                .configure(organisers::routes::configure_admin)
                .configure(review::routes::configure_admin)
                .configure(consultations::routes::configure_admin)
                .configure(audit::routes::configure_admin)
                .configure(tallies::routes::configure_admin),
        )
        .default_service(web::to(pages::not_found));
}

fn security_headers() -> DefaultHeaders {
    DefaultHeaders::new()
        .add((
            "Content-Security-Policy",
            "default-src 'self'; script-src 'none'; object-src 'none'; base-uri 'none'; \
             form-action 'self'; frame-ancestors 'none'",
        ))
        .add(("X-Content-Type-Options", "nosniff"))
        .add(("Referrer-Policy", "no-referrer"))
        // Pages carry CSRF tokens and private data: no cache keeps them. The stylesheet sets
        // its own long-lived header, which this default does not override.
        .add(("Cache-Control", "no-store"))
}
