//! Building the application: database, shared state, and the one route table.

use std::net::TcpListener;

use actix_web::dev::Server;
use actix_web::middleware::{DefaultHeaders, from_fn};
use actix_web::{App, HttpServer, web};
use anyhow::Context;

use crate::configuration::Settings;
use crate::csrf::FormPolicy;
use crate::state::AppState;
use crate::{
    assets, audit, consultations, csrf, feedback, i18n, imports, lineage, organisers, pages,
    processes, recording, reports, review, tallies, workshops,
};

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
        if let Some(pack) = settings.room.clone() {
            // A room's new database is filled from its pack before anything opens it.
            let path = settings.database_path.clone();
            tokio::task::spawn_blocking(move || {
                let bytes = std::fs::read(&pack)
                    .with_context(|| format!("cannot read the room pack {}", pack.display()))?;
                crate::rooms::settle(&path, &bytes)
            })
            .await??;
        }
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

/// `GET` or `POST`, as actix-web's route builder.
macro_rules! method {
    (GET) => {
        web::get()
    };
    (POST) => {
        web::post()
    };
}

/// The one list of routes: it registers them, and it makes [`ROUTE_TABLE`], the list the
/// route-walking tests read (actix-web cannot list its routes), so a route is added in one
/// place. `desk` routes sit under `/admin`, behind the organisers' guard; `administration`
/// routes too, and their handlers take [`organisers::desk::AdminDesk`], which answers other
/// organisers 403 (the route walkers check it of every one listed).
macro_rules! route_table {
    (
        public { $( $pm:ident $pp:literal => $ph:path, )* }
        desk { $( $dm:ident $dp:literal => $dh:path, )* }
        administration { $( $am:ident $ap:literal => $ah:path, )* }
    ) => {
        /// Every route the application serves, as (method, pattern).
        pub const ROUTE_TABLE: &[(&str, &str)] = &[
            $( (stringify!($pm), $pp), )*
            $( (stringify!($dm), concat!("/admin", $dp)), )*
            $( (stringify!($am), concat!("/admin", $ap)), )*
        ];

        /// The routes only administrators may use, as (method, pattern).
        pub const ADMINISTRATION_ROUTES: &[(&str, &str)] = &[
            $( (stringify!($am), concat!("/admin", $ap)), )*
        ];

        /// Every route of the application.
        pub fn routes(cfg: &mut web::ServiceConfig) {
            let desk = web::scope("/admin")
                .wrap(from_fn(organisers::session::require_organiser))
                // Desk addresses carry no secret: a form sent from the desk names its
                // page, so that a login after a session ended can lead back there.
                .wrap(DefaultHeaders::new().add(("Referrer-Policy", "same-origin")))
                $( .route($dp, method!($dm).to($dh)) )*
                $( .route($ap, method!($am).to($ah)) )*;
            let desk = form_only_desk_addresses()
                .fold(desk, |desk, pattern| desk.route(pattern, web::get().to(page_above)));
            cfg $( .route($pp, method!($pm).to($ph)) )*
                .service(desk)
                .default_service(web::to(pages::not_found));
        }
    };
}

route_table! {
    public {
        GET "/" => processes::routes::home,
        GET "/processes/{process}" => processes::routes::show,
        GET "/processes/{process}/compare" => lineage::compare_routes::public_compare,
        GET "/static/{file}" => assets::stylesheet,
        GET "/consultations/{slug}" => consultations::routes::show,
        GET "/consultations/{slug}/articles/{article}" => feedback::routes::article_page,
        POST "/consultations/{slug}/articles/{article}/feedback" => feedback::routes::submit,
        GET "/invitations/{invitation}" => consultations::routes::follow_invitation,
        GET "/rapporteur/{rapporteur}" => workshops::groups_routes::link_page,
        POST "/rapporteur/{rapporteur}" => workshops::groups_routes::record_by_link,
        GET "/rapporteur/{rapporteur}/report" => workshops::groups_routes::link_report,
        GET "/feedback/{token}" => feedback::routes::private_page,
        POST "/feedback/{token}" => feedback::routes::edit,
        GET "/language/{code}" => i18n::routes::switch,
        GET "/login" => organisers::routes::login_page,
        POST "/login" => organisers::routes::login,
        POST "/logout" => organisers::routes::logout,
        GET "/password/{link}" => organisers::account_routes::set_password_page,
        POST "/password/{link}" => organisers::account_routes::set_password,
    }
    desk {
        GET "" => tallies::overview::overview,
        GET "/" => tallies::overview::overview,
        GET "/exports/{file}" => tallies::routes::download,
        GET "/articles/{article}" => review::routes::review_page,
        GET "/deleted" => review::deleted::deleted_page,
        GET "/compare" => lineage::compare_routes::desk_compare,
        GET "/comparative-table" => reports::routes::table_page,
        GET "/comparative-table.docx" => reports::routes::table_docx,
        GET "/comparative-table.csv" => reports::routes::table_csv,
        GET "/comparative-table.xlsx" => reports::routes::table_xlsx,
        GET "/report" => reports::routes::report_page,
        GET "/report.docx" => reports::routes::report_docx,
        GET "/areas" => workshops::areas_routes::areas_page,
        POST "/areas" => workshops::areas_routes::add_area,
        // Items are assigned from the review page, which shows a refused assignment.
        POST "/areas/assign" => review::routes::assign_to_area,
        POST "/areas/{id}/unassign" => review::routes::unassign_from_area,
        POST "/areas/{id}/retitle" => workshops::areas_routes::retitle_area,
        POST "/areas/{id}/change" => workshops::areas_routes::change_area,
        GET "/summary" => workshops::areas_routes::summary_page,
        GET "/summary.docx" => workshops::areas_routes::summary_docx,
        GET "/summary.xlsx" => workshops::areas_routes::summary_xlsx,
        GET "/groups/{id}" => workshops::groups_routes::group_page,
        POST "/groups/{id}/points" => workshops::groups_routes::record_by_desk,
        GET "/groups/{id}/report" => workshops::groups_routes::group_report,
        GET "/record" => recording::routes::record_page,
        POST "/record" => recording::routes::record,
        GET "/imports" => imports::routes::imports,
        POST "/imports" => imports::routes::upload,
        GET "/imports/template.xlsx" => imports::routes::template,
        GET "/imports/{id}" => imports::routes::preview,
        POST "/imports/{id}/confirm" => imports::routes::confirm,
        POST "/feedback/{id}/disposition" => review::routes::record_disposition,
        POST "/feedback/{id}/hide" => review::routes::hide,
        POST "/feedback/{id}/key" => review::routes::mark_key,
        POST "/feedback/{id}/apart" => review::routes::split_copy,
        POST "/feedback/{id}/unhide" => review::routes::unhide,
        POST "/consultations/{slug}/status" => consultations::routes::set_status,
        GET "/tally" => tallies::routes::tally_page,
        GET "/audit" => audit::routes::audit_page,
        GET "/account" => organisers::account_routes::account_page,
        POST "/account" => organisers::account_routes::change_password,
    }
    administration {
        GET "/organisers" => organisers::account_routes::organisers_page,
        POST "/organisers" => organisers::account_routes::add_organiser,
        POST "/organisers/{id}/role" => organisers::account_routes::change_role,
        POST "/organisers/{id}/disable" => organisers::account_routes::disable,
        POST "/organisers/{id}/enable" => organisers::account_routes::enable,
        POST "/organisers/{id}/link" => organisers::account_routes::issue_link,
        GET "/drafts/new" => processes::draft_routes::new_draft,
        POST "/drafts" => processes::draft_routes::upload_draft,
        GET "/drafts/{id}" => processes::draft_routes::preview,
        POST "/drafts/{id}/confirm" => processes::draft_routes::confirm,
        POST "/drafts/{id}/discard" => processes::draft_routes::discard,
        GET "/consultations/new" => processes::consultation_routes::new_consultation,
        POST "/consultations" => processes::consultation_routes::create_consultation,
        GET "/consultations/{slug}/edit" => processes::consultation_routes::edit_consultation,
        POST "/consultations/{slug}/edit" => processes::consultation_routes::update_consultation,
        GET "/consultations/{slug}/invitations" => processes::consultation_routes::invitations_page,
        POST "/consultations/{slug}/invitations" => processes::consultation_routes::create_invitation,
                POST "/consultations/{slug}/invitations/{id}/revoke" => processes::consultation_routes::revoke_invitation,
        GET "/consultations/{slug}/groups" => workshops::groups_routes::groups_page,
        POST "/consultations/{slug}/groups" => workshops::groups_routes::add_group,
        POST "/consultations/{slug}/groups/{id}/links" => workshops::groups_routes::issue_link,
        POST "/consultations/{slug}/groups/{id}/links/{link_id}/revoke" => workshops::groups_routes::revoke_link,
                GET "/questions" => workshops::questions_routes::questions_page,
        POST "/questions" => workshops::questions_routes::add_question,
        POST "/questions/{question}/reword" => workshops::questions_routes::reword_question,
        POST "/questions/{question}/change" => workshops::questions_routes::change_question,
        POST "/processes" => workshops::questions_routes::create_process,
        GET "/vocabularies" => processes::vocabulary_routes::vocabularies_page,
        POST "/vocabularies/{list}" => processes::vocabulary_routes::add_entry,
        POST "/vocabularies/{list}/rename" => processes::vocabulary_routes::rename_entry,
        POST "/vocabularies/{list}/change" => processes::vocabulary_routes::change_entry,
        GET "/lineage/{document}" => lineage::routes::lineage_page,
        POST "/lineage/{document}/link" => lineage::routes::correct,
        POST "/lineage/{document}/confirm" => lineage::routes::confirm,
    }
}

/// The desk's addresses that take forms and show no page (`/feedback/{id}/hide`), relative
/// to `/admin`.
fn form_only_desk_addresses() -> impl Iterator<Item = &'static str> {
    let is_page = |pattern: &str| ROUTE_TABLE.contains(&("GET", pattern));
    ROUTE_TABLE
        .iter()
        .filter(move |(method, pattern)| *method == "POST" && !is_page(pattern))
        .filter_map(|(_, pattern)| pattern.strip_prefix("/admin"))
}

/// A form's address asked for as a page leads to the nearest page above it: a refused form is
/// shown again at the address it was sent to, and a login after the session ended, a
/// bookmark or a copied address may then lead there (`/admin/areas/assign?process=p` leads to
/// `/admin/areas?process=p`, `/admin/lineage/2/link` to `/admin/lineage/2`).
async fn page_above(req: actix_web::HttpRequest) -> actix_web::HttpResponse {
    let is_page = |path: &str| {
        ROUTE_TABLE.iter().any(|(method, pattern)| {
            *method == "GET" && actix_web::dev::ResourceDef::new(*pattern).is_match(path)
        })
    };
    let mut above = req.path();
    while let Some(cut) = above.rfind('/') {
        above = &above[..cut];
        if is_page(above) {
            break;
        }
    }
    // The desk's process and version, and any filter, stay as the address gave them.
    let page = match req.query_string() {
        "" => above.to_string(),
        query => format!("{above}?{query}"),
    };
    pages::see_other(&pages::LocalPath::or_home(&page))
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
