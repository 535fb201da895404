//! Every route in the route table: /admin never answers without a live session, and no POST
//! is accepted without a valid CSRF token.

use std::collections::{BTreeSet, VecDeque};
use std::time::Duration;

use consult::startup::ROUTE_TABLE;
use reqwest::StatusCode;

use crate::helpers::{TestApp, location, new_client, spawn_app, spawn_app_with, valid_feedback};

/// The token of a password link that [`store_password_link`] makes valid.
const PASSWORD_LINK: &str = "linklinklinklinklinklinklinklinklinklinklin";

/// Makes [`PASSWORD_LINK`] a working link for the first organiser.
fn store_password_link(app: &TestApp) {
    app.db()
        .execute(
            r#"INSERT INTO password_links (token_hash, organiser_id, created_by, created_at, expires_at)
               VALUES (?1, 1, 'test', '2026-01-01T00:00:00Z', '2999-01-01T00:00:00Z')"#,
            [consult::tokens::token_hash(PASSWORD_LINK)],
        )
        .unwrap();
}

/// The token of an invitation to suva-2015 that [`store_invitation`] makes, as id 1.
const INVITATION: &str = "invitinvitinvitinvitinvitinvitinvitinvitinv";

fn store_invitation(app: &TestApp) {
    app.db()
        .execute(
            r#"INSERT INTO invitations (id, consultation_id, token_hash, label, created_by, created_at)
               SELECT 1, id, ?1, 'walkers', 'test', '2026-01-01T00:00:00Z' FROM consultations
               WHERE slug = 'suva-2015'"#,
            [consult::tokens::token_hash(INVITATION)],
        )
        .unwrap();
}

/// The token of the rapporteur link of group 1 that [`store_workshop`] makes, as link 1.
const RAPPORTEUR: &str = "rapporrapporrapporrapporrapporrapporrappor1";

/// Makes suva-2015 a workshop on a question (q1) and the draft, with a group 1 on q1 and its
/// rapporteur link 1 ([`RAPPORTEUR`]). The organiser is logged in.
async fn store_workshop(app: &TestApp) {
    let asked = app
        .post(
            "/admin/questions",
            &[
                ("text", "What is solidarity?".into()),
                ("label", String::new()),
            ],
        )
        .await;
    assert_eq!(asked.status(), StatusCode::SEE_OTHER);
    app.db()
        .execute_batch(
            r#"UPDATE consultations SET kind = 'workshop' WHERE slug = 'suva-2015';
               INSERT INTO workshop_groups (id, consultation_id, name, position, created_at)
               SELECT 1, id, 'Group A', 0, '2026-01-01T00:00:00Z' FROM consultations
               WHERE slug = 'suva-2015';
               INSERT INTO group_questions (group_id, article, position) VALUES (1, 'q1', 0);"#,
        )
        .unwrap();
    app.db()
        .execute(
            r#"INSERT INTO rapporteur_links (id, group_id, token_hash, label, created_by, created_at)
               VALUES (1, 1, ?1, 'walkers', 'test', '2026-01-01T00:00:00Z')"#,
            [consult::tokens::token_hash(RAPPORTEUR)],
        )
        .unwrap();
}

/// Keeps an uploaded draft waiting for its preview, as id 1, so `/admin/drafts/{id}` exists.
fn store_pending_draft(app: &TestApp) {
    let draft =
        consult::document::source::SourceDocument::parse(consult::seed::DRAFT_2017).unwrap();
    let target = consult::processes::DraftTarget::NewProcess(
        consult::processes::ProcessSlug::parse("walked").unwrap(),
    );
    let id = consult::processes::repo::insert_pending_draft(
        &app.db(),
        1,
        "draft.json",
        &target,
        &draft,
        &[],
    )
    .unwrap();
    assert_eq!(id, 1);
}

/// An import file waiting for its confirmation, as upload 1.
fn store_pending_import(app: &TestApp) {
    let file = "external_id,article,paragraph,channel,session,made_on,speaker,source_reference,\
stance,comment_type,themes,comment,proposed_text,name,organisation,country,stakeholder_category,\
email,publish_name
S-1,4,2,statement,Panel 2,2015-11-19,Fiji,,amend,drafting,,Name small island States.,,,,,,,no
";
    app.db()
        .execute(
            r#"INSERT INTO import_uploads (id, consultation_id, file_name, sha256, bytes, uploaded_by, uploaded_at)
               SELECT 1, id, 'walked.csv', '', ?1, 'alice', '2026-01-01T00:00:00Z' FROM consultations
               WHERE slug = 'suva-2015'"#,
            [file.as_bytes()],
        )
        .unwrap();
}

/// The app on a database whose draft has a second version (document 2) with its lineage.
async fn spawn_app_with_revision() -> TestApp {
    crate::helpers::spawn_app_after(crate::process::revise_shipped_draft, |_| {}).await
}

/// A concrete path for a route pattern, with parameters that exist.
fn fill(pattern: &str, private: &str, stylesheet: &str) -> String {
    pattern
        .replace("{process}", consult::processes::SHIPPED_PROCESS_SLUG)
        .replace("{link}", PASSWORD_LINK)
        .replace("{invitation}", INVITATION)
        .replace("{rapporteur}", RAPPORTEUR)
        .replace("{link_id}", "1")
        .replace("{list}", "themes")
        .replace("{document}", "2")
        .replace("{slug}", "suva-2015")
        .replace("{article}", "4")
        .replace("{token}", private.trim_start_matches("/feedback/"))
        .replace("/static/{file}", stylesheet)
        .replace("{file}", "feedback.csv")
        .replace("{id}", "1")
        .replace("{code}", "fr")
}

/// Whether `path` matches `pattern` (segments in braces match any one segment).
fn matches(pattern: &str, path: &str) -> bool {
    let path = path.split(['?', '#']).next().unwrap();
    let (p, q): (Vec<&str>, Vec<&str>) = (pattern.split('/').collect(), path.split('/').collect());
    p.len() == q.len() && p.iter().zip(&q).all(|(a, b)| a.starts_with('{') || a == b)
}

async fn stylesheet(app: &TestApp) -> String {
    app.page("/")
        .await
        .attrs("link[rel=stylesheet]", "href")
        .pop()
        .unwrap()
}

#[tokio::test]
async fn the_route_table_lists_every_route_the_pages_link_or_post_to() {
    let app = spawn_app().await;
    app.submit_ok("suva-2015", "4", &valid_feedback()).await;
    app.log_in().await;
    let mut seen = BTreeSet::new();
    let mut queue = VecDeque::from(["/".to_string(), "/admin".to_string()]);
    let mut unlisted = Vec::new();
    while let Some(path) = queue.pop_front() {
        if !seen.insert(path.clone()) || seen.len() > 400 {
            continue;
        }
        let page = app.page(&path).await;
        let mut targets = page.attrs("a[href]", "href");
        targets.extend(page.attrs("link[href]", "href"));
        let posts = page.attrs("form[method=post]", "action");
        for target in targets.iter().chain(&posts) {
            let target = target.strip_prefix(&app.address).unwrap_or(target);
            if !target.starts_with('/') {
                continue;
            }
            let method = if posts.iter().any(|p| p == target) {
                "POST"
            } else {
                "GET"
            };
            if !ROUTE_TABLE
                .iter()
                .any(|(m, p)| *m == method && matches(p, target))
            {
                unlisted.push(format!("{method} {target} (linked from {path})"));
            }
            if method == "GET" && !target.ends_with(".csv") && !target.ends_with(".css") {
                queue.push_back(target.split('#').next().unwrap().to_string());
            }
        }
    }
    assert!(seen.len() > 60, "the crawl saw only {} pages", seen.len());
    assert!(
        unlisted.is_empty(),
        "routes missing from ROUTE_TABLE: {unlisted:#?}"
    );
}

#[tokio::test]
async fn every_listed_route_exists() {
    let app = spawn_app_with_revision().await;
    let private = app.submit_ok("suva-2015", "4", &valid_feedback()).await;
    let css = stylesheet(&app).await;
    app.log_in().await;
    store_password_link(&app);
    store_pending_draft(&app);
    store_invitation(&app);
    store_workshop(&app).await;
    for (method, pattern) in ROUTE_TABLE {
        let path = fill(pattern, &private, &css);
        let status = match *method {
            "GET" => app.get(&path).await.status(),
            _ => app.post(&path, &valid_feedback()).await.status(),
        };
        assert!(
            status != StatusCode::NOT_FOUND
                && status != StatusCode::METHOD_NOT_ALLOWED
                && !status.is_server_error(),
            "{method} {path} answered {status}"
        );
    }
}

/// A refused form is shown again at the address it was sent to, so a login after the session
/// ended, a bookmark or a copied address may ask for that address as a page: it leads to the
/// nearest page above it, never to an error.
#[tokio::test]
async fn every_form_only_desk_address_asked_for_as_a_page_leads_to_the_page_above_it() {
    let app = spawn_app_with_revision().await;
    let private = app.submit_ok("suva-2015", "4", &valid_feedback()).await;
    let css = stylesheet(&app).await;
    app.log_in().await;
    store_pending_draft(&app);
    store_pending_import(&app);
    store_workshop(&app).await;
    let is_page = |pattern: &str| ROUTE_TABLE.contains(&("GET", pattern));
    let form_only = ROUTE_TABLE
        .iter()
        .filter(|(method, pattern)| *method == "POST" && pattern.starts_with("/admin/"))
        .filter(|(_, pattern)| !is_page(pattern));
    let mut walked = 0;
    for (_, pattern) in form_only {
        let path = fill(pattern, &private, &css);
        let asked = app.get(&path).await;
        assert_eq!(asked.status(), StatusCode::SEE_OTHER, "GET {path}");
        let above = location(&asked);
        assert!(
            path.starts_with(&above) && above.len() < path.len(),
            "GET {path} led to {above}"
        );
        let page = app.get(&above).await;
        assert_eq!(page.status(), StatusCode::OK, "GET {path} led to {above}");
        walked += 1;
    }
    assert!(walked > 20, "{walked} addresses");
    // The nearest page, not the desk's front page, where there is one above.
    let lineage = app.get("/admin/lineage/2/link").await;
    assert_eq!(location(&lineage), "/admin/lineage/2");
    let renamed = app.get("/admin/vocabularies/themes/rename").await;
    assert_eq!(location(&renamed), "/admin/vocabularies");
    // With the desk's process, as the form's address named it.
    let assigned = app
        .get("/admin/areas/assign?process=solidarity-declaration")
        .await;
    assert_eq!(
        location(&assigned),
        "/admin/areas?process=solidarity-declaration"
    );
    // Still behind the login, like the rest of the desk.
    let anonymous = new_client()
        .get(app.url("/admin/vocabularies/themes/rename"))
        .send()
        .await
        .unwrap();
    assert!(location(&anonymous).starts_with("/login"));
}

async fn assert_admin_routes_closed(
    app: &TestApp,
    client: &reqwest::Client,
    private: &str,
    css: &str,
    who: &str,
) {
    for (method, pattern) in ROUTE_TABLE.iter().filter(|(_, p)| p.starts_with("/admin")) {
        let path = fill(pattern, private, css);
        let request = match *method {
            "GET" => client.get(app.url(&path)),
            _ => client.post(app.url(&path)),
        };
        let response = request.send().await.unwrap();
        assert_eq!(
            response.status(),
            StatusCode::SEE_OTHER,
            "{who}: {method} {path}"
        );
        // A page asked for is where signing in leads; a form is not sent again, and one sent
        // once its session had ended is said to be lost (no page sent it here: no `next`).
        let login = match *method {
            "GET" => format!(
                "/login?next={}",
                url::form_urlencoded::byte_serialize(path.as_bytes()).collect::<String>()
            ),
            _ if who == "expired session" => "/login?next=&ended=1".to_string(),
            _ => "/login".to_string(),
        };
        assert_eq!(location(&response), login, "{who}: {method} {path}");
        assert!(
            response.bytes().await.unwrap().is_empty(),
            "{who}: {method} {path} sent data"
        );
    }
}

#[tokio::test]
async fn no_admin_route_answers_an_anonymous_visitor_with_data() {
    let app = spawn_app().await;
    let private = app.submit_ok("suva-2015", "4", &valid_feedback()).await;
    let css = stylesheet(&app).await;
    assert_admin_routes_closed(&app, &new_client(), &private, &css, "anonymous").await;
}

#[tokio::test]
async fn no_admin_route_answers_an_expired_session_with_data() {
    let app = spawn_app_with(|s| s.session_idle_timeout = Duration::from_secs(1)).await;
    let private = app.submit_ok("suva-2015", "4", &valid_feedback()).await;
    let css = stylesheet(&app).await;
    app.log_in().await;
    tokio::time::sleep(Duration::from_millis(2100)).await;
    assert_admin_routes_closed(&app, &app.client, &private, &css, "expired session").await;
}

#[tokio::test]
async fn no_post_route_accepts_a_request_without_a_valid_csrf_token() {
    let app = spawn_app().await;
    let private = app.submit_ok("suva-2015", "4", &valid_feedback()).await;
    let css = stylesheet(&app).await;
    app.log_in().await;
    let before = app.count_feedback();
    for (_, pattern) in ROUTE_TABLE.iter().filter(|(m, _)| *m == "POST") {
        let path = fill(pattern, &private, &css);
        for (case, token) in [("none", None), ("forged", Some("A".repeat(43)))] {
            let mut fields = valid_feedback();
            fields.push(("username", "alice".into()));
            fields.push(("password", "correct horse battery staple".into()));
            if let Some(token) = &token {
                fields.push(("csrf_token", token.clone()));
            }
            let response = app.post_raw(&path, &fields).await;
            assert_eq!(
                response.status(),
                StatusCode::FORBIDDEN,
                "POST {path} with {case} token"
            );
        }
    }
    assert_eq!(app.count_feedback(), before);
    // The session survived: logout without a token did not end it.
    assert_eq!(app.get("/admin").await.status(), StatusCode::OK);
}

#[tokio::test]
async fn every_administration_route_refuses_a_reviewer_and_admits_an_administrator() {
    use consult::startup::ADMINISTRATION_ROUTES;
    let app = spawn_app_with_revision().await;
    let private = app.submit_ok("suva-2015", "4", &valid_feedback()).await;
    let css = stylesheet(&app).await;
    app.log_in().await;
    let reviewer_name = consult::organisers::Username::parse("rita").unwrap();
    let password = consult::organisers::NewPassword::parse("reviewer password 1".into()).unwrap();
    consult::organisers::accounts::add_with_password(
        &app.db(),
        &reviewer_name,
        &password,
        consult::organisers::Role::Reviewer,
        "test",
    )
    .unwrap();
    store_pending_draft(&app);
    store_workshop(&app).await;
    let reviewer = new_client();
    let response = app
        .post_with(
            &reviewer,
            "/login",
            &[
                ("username", "rita".into()),
                ("password", "reviewer password 1".into()),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert!(!ADMINISTRATION_ROUTES.is_empty());
    for (method, pattern) in ADMINISTRATION_ROUTES {
        assert!(ROUTE_TABLE.contains(&(method, pattern)));
        let path = fill(pattern, &private, &css);
        let status = match *method {
            "GET" => app.page_with(&reviewer, &path).await.status,
            _ => app.post_with(&reviewer, &path, &[]).await.status(),
        };
        assert_eq!(status, StatusCode::FORBIDDEN, "a reviewer: {method} {path}");
        if *method == "GET" {
            app.page(&path).await.assert_status(StatusCode::OK);
        }
    }
}
