//! Organisers log in with a password, reach /admin, and log out.

use reqwest::StatusCode;

use crate::helpers::{location, new_client, set_cookie, spawn_app, valid_feedback};

#[tokio::test]
async fn admin_pages_send_anonymous_visitors_to_login_without_data() {
    let app = spawn_app().await;
    app.submit_ok("suva-2015", "4", &valid_feedback()).await;
    for path in [
        "/admin",
        "/admin/",
        "/admin/exports/feedback.csv",
        "/admin/exports/tally_by_article.csv",
        "/admin/anything",
    ] {
        let response = app.get(path).await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER, "{path}");
        let next: String = url::form_urlencoded::byte_serialize(path.as_bytes()).collect();
        assert_eq!(location(&response), format!("/login?next={next}"), "{path}");
        assert!(
            response.text().await.unwrap().is_empty(),
            "{path} sent a body"
        );
    }
}

/// A page asked for without a session (a bookmark, a session timed out) is where signing in
/// leads; never to another site, and a form sent without a session is not sent again.
#[tokio::test]
async fn signing_in_leads_to_the_page_asked_for() {
    let app = spawn_app().await;
    app.add_organiser("alice", "correct horse battery staple");
    let asked = app.get("/admin/articles/4?stance=oppose").await;
    let login = location(&asked);
    assert_eq!(
        login,
        "/login?next=%2Fadmin%2Farticles%2F4%3Fstance%3Doppose"
    );
    let page = app.page(&login).await;
    assert_eq!(
        page.attrs("input[name=next]", "value"),
        ["/admin/articles/4?stance=oppose"]
    );
    let sign_in = |password: &str, next: &str| {
        let fields = [
            ("username", "alice".to_string()),
            ("password", password.to_string()),
            ("next", next.to_string()),
        ];
        let app = &app;
        async move { app.post("/login", &fields).await }
    };
    // A wrong password keeps where to go.
    let refused = app
        .page_of(
            "/login",
            sign_in("wrong", "/admin/articles/4?stance=oppose").await,
        )
        .await;
    assert_eq!(
        refused.attrs("input[name=next]", "value"),
        ["/admin/articles/4?stance=oppose"]
    );
    let signed_in = sign_in(
        "correct horse battery staple",
        "/admin/articles/4?stance=oppose",
    )
    .await;
    assert_eq!(signed_in.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&signed_in), "/admin/articles/4?stance=oppose");
    for elsewhere in ["//evil.example/admin", "https://evil.example/", ""] {
        let signed_in = sign_in("correct horse battery staple", elsewhere).await;
        assert_eq!(location(&signed_in), "/admin", "{elsewhere}");
    }

    let visitor = new_client();
    let sent = app
        .post_with(&visitor, "/admin/feedback/1/key", &[("key", "yes".into())])
        .await;
    assert_eq!(location(&sent), "/login");
}

#[tokio::test]
async fn an_organiser_logs_in_and_sees_the_exports() {
    let app = spawn_app().await;
    app.log_in().await;
    let page = app.page("/admin").await;
    page.assert_status(StatusCode::OK);
    assert!(page.text(".admin-bar").contains("alice"));
    assert_eq!(
        page.attrs(".exports a", "href"),
        [
            "/admin/exports/feedback.csv",
            "/admin/exports/feedback.xlsx",
            "/admin/exports/tally_by_article.csv",
            "/admin/exports/tally_by_article.xlsx",
            "/admin/exports/tally_by_stakeholder.csv",
            "/admin/exports/tally_by_stakeholder.xlsx",
            "/admin/exports/tally_by_channel.csv",
            "/admin/exports/tally_by_channel.xlsx",
            "/admin/exports/disposition_of_comments.csv",
            "/admin/exports/disposition_of_comments.xlsx",
            "/admin/exports/consolidation.xlsx"
        ]
    );
}

#[tokio::test]
async fn the_session_cookie_is_http_only_and_same_site() {
    let app = spawn_app().await;
    app.add_organiser("bob", "a long enough password");
    let response = app
        .post(
            "/login",
            &[
                ("username", "bob".into()),
                ("password", "a long enough password".into()),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let cookie = set_cookie(&response, "consult_session").expect("a session cookie");
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"),
        "{cookie}"
    );
}

#[tokio::test]
async fn wrong_credentials_are_refused_alike() {
    let app = spawn_app().await;
    app.add_organiser("alice", "correct horse battery staple");
    for (case, username, password) in [
        ("wrong password", "alice", "correct horse battery stapler"),
        ("unknown user", "mallory", "correct horse battery staple"),
        ("empty", "", ""),
        ("malformed name", "alice'; --", "x"),
    ] {
        let response = app
            .post(
                "/login",
                &[("username", username.into()), ("password", password.into())],
            )
            .await;
        let page = app.page_of(case, response).await;
        page.assert_status(StatusCode::UNAUTHORIZED);
        assert_eq!(
            page.text("#login-error"),
            "The username or password is not correct.",
            "{case}"
        );
        assert_eq!(page.attrs("#field-username", "value"), [username], "{case}");
        assert_eq!(
            app.get("/admin").await.status(),
            StatusCode::SEE_OTHER,
            "{case} opened a session"
        );
    }
}

#[tokio::test]
async fn logout_ends_the_session_on_the_server() {
    let app = spawn_app().await;
    app.log_in().await;
    let cookies_before = app.get("/admin").await;
    assert_eq!(cookies_before.status(), StatusCode::OK);

    // Keep the session id, as an attacker who copied it would.
    let session: Vec<u8> = app
        .db()
        .query_row("SELECT id_hash FROM sessions", [], |r| r.get(0))
        .unwrap();
    assert_eq!(session.len(), 32);

    let response = app.post("/logout", &[]).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&response), "/");
    let remaining: i64 = app
        .db()
        .query_row("SELECT COUNT(*) FROM sessions", [], |r| r.get(0))
        .unwrap();
    assert_eq!(remaining, 0);
    assert_eq!(app.get("/admin").await.status(), StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn a_stolen_cookie_value_is_useless_after_logout() {
    let app = spawn_app().await;
    app.add_organiser("alice", "correct horse battery staple");
    let token = app.csrf_token().await;
    let response = app
        .post_raw(
            "/login",
            &[
                ("csrf_token", token),
                ("username", "alice".into()),
                ("password", "correct horse battery staple".into()),
            ],
        )
        .await;
    let session_cookie = set_cookie(&response, "consult_session")
        .expect("a session cookie")
        .split(';')
        .next()
        .unwrap()
        .to_string();
    let thief = new_client();
    let with_cookie = |client: &reqwest::Client| {
        client
            .get(app.url("/admin"))
            .header("cookie", session_cookie.clone())
            .send()
    };
    assert_eq!(with_cookie(&thief).await.unwrap().status(), StatusCode::OK);
    app.post("/logout", &[]).await;
    assert_eq!(
        with_cookie(&thief).await.unwrap().status(),
        StatusCode::SEE_OTHER
    );
}

#[tokio::test]
async fn each_login_gets_a_new_session_id_and_ends_the_old_one() {
    let app = spawn_app().await;
    app.log_in().await;
    let first: Vec<u8> = app
        .db()
        .query_row("SELECT id_hash FROM sessions", [], |r| r.get(0))
        .unwrap();
    let response = app
        .try_log_in("alice", "correct horse battery staple")
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let sessions: Vec<Vec<u8>> = app.column("SELECT id_hash FROM sessions");
    assert_eq!(sessions.len(), 1);
    assert_ne!(sessions[0], first);
}

#[tokio::test]
async fn an_idle_session_expires() {
    // Session times are stored to the second, so a session can look up to a second older
    // than it is: the timeout leaves room for that and for a loaded machine.
    let app = crate::helpers::spawn_app_with(|s| {
        s.session_idle_timeout = std::time::Duration::from_secs(3)
    })
    .await;
    app.log_in().await;
    assert_eq!(app.get("/admin").await.status(), StatusCode::OK);
    tokio::time::sleep(std::time::Duration::from_millis(4200)).await;
    let response = app.get("/admin").await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&response), "/login?next=%2Fadmin");
}

/// A form sent once its sender's session has ended is not saved: the login page says so, and
/// signing in leads back to the page the form was on.
#[tokio::test]
async fn a_form_sent_after_the_session_ended_is_said_to_be_lost() {
    let app = spawn_app().await;
    app.submit_ok("suva-2015", "4", &crate::helpers::valid_feedback())
        .await;
    app.log_in().await;
    let token = app.csrf_token().await;
    app.db().execute("DELETE FROM sessions", []).unwrap();
    let sent = app
        .client
        .post(app.url("/admin/feedback/1/disposition"))
        .header(
            "Referer",
            app.url("/admin/articles/4?consultation=suva-2015"),
        )
        .form(&[
            ("csrf_token", token.as_str()),
            ("disposition", "accepted"),
            ("note", "Taken into article 4."),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(sent.status(), StatusCode::SEE_OTHER);
    let login = location(&sent);
    assert_eq!(
        login,
        "/login?next=%2Fadmin%2Farticles%2F4%3Fconsultation%3Dsuva-2015&ended=1"
    );
    let page = app.page(&login).await;
    assert!(page.text("#session-ended").contains("was not saved"));
    assert_eq!(
        page.attrs("input[name=next]", "value"),
        ["/admin/articles/4?consultation=suva-2015"]
    );
    let decided: String = app
        .db()
        .query_row("SELECT disposition FROM feedback WHERE id = 1", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(decided, "pending");
    // Never signed in: the plain login page.
    assert_eq!(app.page("/login").await.count("#session-ended"), 0);
}
