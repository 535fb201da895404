//! Organiser accounts: administrators add organisers (who set their own password through a
//! one-time link), change roles, disable accounts; everyone changes their own password.

use reqwest::StatusCode;

use crate::helpers::{TestApp, location, new_client, spawn_app};

const PASSWORD: &str = "tamarind seven lanterns";

/// Adds `name` from the desk (the app's client is an administrator); returns the link's path.
async fn add_from_desk(app: &TestApp, name: &str, role: &str) -> String {
    let response = app
        .post(
            "/admin/organisers",
            &[("username", name.into()), ("role", role.into())],
        )
        .await;
    let page = app.page_of("/admin/organisers", response).await;
    page.assert_status(StatusCode::OK);
    let link = page
        .attrs("#password-link", "value")
        .pop()
        .expect("the link is shown");
    assert!(link.starts_with("/password/"), "{link}");
    link
}

/// A browser of its own that has set the password through `link` and logged in as `name`.
async fn sign_in_through(app: &TestApp, link: &str, name: &str) -> reqwest::Client {
    let client = new_client();
    let response = app
        .post_with(
            &client,
            link,
            &[("password", PASSWORD.into()), ("repeat", PASSWORD.into())],
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&response), "/login");
    let response = app
        .post_with(
            &client,
            "/login",
            &[("username", name.into()), ("password", PASSWORD.into())],
        )
        .await;
    assert_eq!(
        response.status(),
        StatusCode::SEE_OTHER,
        "{name} cannot log in"
    );
    client
}

fn audit_actions(app: &TestApp) -> Vec<(String, String, String)> {
    app.db()
        .prepare("SELECT actor, action, subject FROM audit_log WHERE action NOT LIKE 'login%' ORDER BY id")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

#[tokio::test]
async fn an_administrator_adds_a_reviewer_who_sets_a_password_and_reviews_but_cannot_administer() {
    let app = spawn_app().await;
    app.log_in().await;
    let link = add_from_desk(&app, "bruno", "reviewer").await;
    let listed = app.page("/admin/organisers").await;
    assert!(
        listed
            .texts("tbody tr")
            .iter()
            .any(|row| row.contains("bruno") && row.contains("Awaiting password"))
    );

    // Before a password is set, the account cannot log in with anything.
    let stranger = new_client();
    let response = app
        .post_with(
            &stranger,
            "/login",
            &[("username", "bruno".into()), ("password", "".into())],
        )
        .await;
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);

    let form = app.page_with(&stranger, &link).await;
    form.assert_status(StatusCode::OK);
    assert!(form.text("h1 + p").contains("bruno"));
    let reviewer = sign_in_through(&app, &link, "bruno").await;
    // The link works once.
    app.page_with(&new_client(), &link)
        .await
        .assert_status(StatusCode::NOT_FOUND);

    app.page_with(&reviewer, "/admin/articles/4")
        .await
        .assert_status(StatusCode::OK);
    let desk = app.page_with(&reviewer, "/admin").await;
    assert!(
        !desk
            .attrs(".admin-bar a", "href")
            .contains(&"/admin/organisers".to_string())
    );
    let refused = app.page_with(&reviewer, "/admin/organisers").await;
    refused.assert_status(StatusCode::FORBIDDEN);
    assert!(refused.body.contains("Only administrators may do this."));
    let response = app
        .post_with(
            &reviewer,
            "/admin/organisers",
            &[
                ("username", "mallory".into()),
                ("role", "administrator".into()),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    assert!(
        app.db()
            .query_row(
                "SELECT COUNT(*) = 0 FROM organisers WHERE username = 'mallory'",
                [],
                |r| r.get::<_, bool>(0)
            )
            .unwrap()
    );

    let actions = audit_actions(&app);
    assert!(
        actions.contains(&("alice".into(), "organiser-add".into(), "bruno".into())),
        "{actions:?}"
    );
    assert!(
        actions.contains(&("alice".into(), "password-link".into(), "bruno".into())),
        "{actions:?}"
    );
    assert!(
        actions.contains(&("bruno".into(), "password-set".into(), "bruno".into())),
        "{actions:?}"
    );
}

#[tokio::test]
async fn a_refused_account_form_keeps_what_was_typed_and_stores_nothing() {
    let app = spawn_app().await;
    app.log_in().await;
    let cases: &[(&str, &str, &str, &str)] = &[
        ("", "reviewer", "username", "A username has 1 to 64 letters"),
        (
            "two words",
            "reviewer",
            "username",
            "A username has 1 to 64 letters",
        ),
        (
            "alice",
            "reviewer",
            "username",
            "An organiser with this username exists already.",
        ),
        ("carla", "boss", "role", "Choose administrator or reviewer."),
    ];
    for (username, role, field, message) in cases {
        let response = app
            .post(
                "/admin/organisers",
                &[("username", (*username).into()), ("role", (*role).into())],
            )
            .await;
        let page = app.page_of("/admin/organisers", response).await;
        page.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            page.text(&format!("#error-{field}")).contains(message),
            "{username:?}: {}",
            page.body
        );
        assert_eq!(page.attrs("#field-username", "value"), [*username]);
        assert!(page.text("title").starts_with("Error:"));
        assert_eq!(
            page.attrs(&format!("#field-{field}"), "aria-invalid"),
            ["true"]
        );
    }
    let count: i64 = app
        .db()
        .query_row("SELECT COUNT(*) FROM organisers", [], |r| r.get(0))
        .unwrap();
    assert_eq!(count, 1);
    // In the desk's language.
    let response = app
        .client
        .get(app.url("/language/fr"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let response = app
        .post(
            "/admin/organisers",
            &[("username", "alice".into()), ("role", "reviewer".into())],
        )
        .await;
    let page = app.page_of("/admin/organisers", response).await;
    assert!(
        page.text("#error-username")
            .contains("Un organisateur porte déjà ce nom")
    );
}

#[tokio::test]
async fn setting_a_password_checks_length_and_repetition_and_an_expired_link_is_refused() {
    let app = spawn_app().await;
    app.log_in().await;
    let link = add_from_desk(&app, "dana", "reviewer").await;
    let client = new_client();
    for (password, repeat, field) in [
        ("short", "short", "password"),
        (PASSWORD, "something else entirely", "repeat"),
    ] {
        let response = app
            .post_with(
                &client,
                &link,
                &[("password", password.into()), ("repeat", repeat.into())],
            )
            .await;
        let page = app.page_of(&link, response).await;
        page.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(page.count(&format!("#error-{field}")), 1, "{}", page.body);
    }
    app.db()
        .execute(
            "UPDATE password_links SET expires_at = '2000-01-01T00:00:00Z'",
            [],
        )
        .unwrap();
    let response = app
        .post_with(
            &client,
            &link,
            &[("password", PASSWORD.into()), ("repeat", PASSWORD.into())],
        )
        .await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    // A new link replaces it.
    let id: i64 = app
        .db()
        .query_row(
            "SELECT id FROM organisers WHERE username = 'dana'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let response = app.post(&format!("/admin/organisers/{id}/link"), &[]).await;
    let page = app.page_of("/admin/organisers", response).await;
    let fresh = page.attrs("#password-link", "value").pop().unwrap();
    sign_in_through(&app, &fresh, "dana").await;
}

#[tokio::test]
async fn disabling_an_account_ends_its_sessions_at_once_and_enabling_restores_it() {
    let app = spawn_app().await;
    app.log_in().await;
    let link = add_from_desk(&app, "emil", "reviewer").await;
    let reviewer = sign_in_through(&app, &link, "emil").await;
    let id: i64 = app
        .db()
        .query_row(
            "SELECT id FROM organisers WHERE username = 'emil'",
            [],
            |r| r.get(0),
        )
        .unwrap();

    let response = app
        .post(&format!("/admin/organisers/{id}/disable"), &[])
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let response = reviewer.get(app.url("/admin")).send().await.unwrap();
    assert_eq!(location(&response), "/login?next=%2Fadmin");
    let response = app
        .post_with(
            &reviewer,
            "/login",
            &[("username", "emil".into()), ("password", PASSWORD.into())],
        )
        .await;
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);

    app.post(&format!("/admin/organisers/{id}/enable"), &[])
        .await;
    let response = app
        .post_with(
            &reviewer,
            "/login",
            &[("username", "emil".into()), ("password", PASSWORD.into())],
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let actions: Vec<String> = audit_actions(&app).into_iter().map(|(_, a, _)| a).collect();
    assert!(
        actions.ends_with(&["organiser-disable".into(), "organiser-enable".into()]),
        "{actions:?}"
    );
}

#[tokio::test]
async fn roles_change_and_the_last_administrator_stays() {
    let app = spawn_app().await;
    app.log_in().await;
    let alice: i64 = app
        .db()
        .query_row(
            "SELECT id FROM organisers WHERE username = 'alice'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    for (path, fields) in [
        (
            format!("/admin/organisers/{alice}/role"),
            vec![("role", "reviewer".to_string())],
        ),
        (format!("/admin/organisers/{alice}/disable"), vec![]),
    ] {
        let response = app.post(&path, &fields).await;
        let page = app.page_of(&path, response).await;
        page.assert_status(StatusCode::CONFLICT);
        assert!(
            page.body
                .contains("At least one enabled administrator must remain")
        );
    }
    let link = add_from_desk(&app, "farid", "reviewer").await;
    let farid = sign_in_through(&app, &link, "farid").await;
    let id: i64 = app
        .db()
        .query_row(
            "SELECT id FROM organisers WHERE username = 'farid'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    app.page_with(&farid, "/admin/organisers")
        .await
        .assert_status(StatusCode::FORBIDDEN);
    let response = app
        .post(
            &format!("/admin/organisers/{id}/role"),
            &[("role", "administrator".into())],
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    // The session in use sees the new role at its next request.
    app.page_with(&farid, "/admin/organisers")
        .await
        .assert_status(StatusCode::OK);
    // With two administrators, one may step down.
    let response = app
        .post(
            &format!("/admin/organisers/{alice}/role"),
            &[("role", "reviewer".into())],
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    app.page("/admin/organisers")
        .await
        .assert_status(StatusCode::FORBIDDEN);
    app.post(
        &format!("/admin/organisers/{id}/role"),
        &[("role", "chief".into())],
    )
    .await;
    let role: String = app
        .db()
        .query_row("SELECT role FROM organisers WHERE id = ?1", [id], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(role, "administrator");
}

#[tokio::test]
async fn an_organiser_changes_their_own_password_and_their_other_sessions_end() {
    let app = spawn_app().await;
    app.log_in().await;
    let other_browser = new_client();
    let response = app
        .post_with(
            &other_browser,
            "/login",
            &[
                ("username", "alice".into()),
                ("password", "correct horse battery staple".into()),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);

    let wrong = app
        .post(
            "/admin/account",
            &[
                ("current", "not it at all".into()),
                ("password", PASSWORD.into()),
                ("repeat", PASSWORD.into()),
            ],
        )
        .await;
    let page = app.page_of("/admin/account", wrong).await;
    page.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        page.text("#error-current")
            .contains("This is not your current password.")
    );

    let response = app
        .post(
            "/admin/account",
            &[
                ("current", "correct horse battery staple".into()),
                ("password", PASSWORD.into()),
                ("repeat", PASSWORD.into()),
            ],
        )
        .await;
    let page = app.page_of("/admin/account", response).await;
    page.assert_status(StatusCode::OK);
    assert!(page.body.contains("Your password was changed."));
    // This browser stays in; the other is out.
    app.page("/admin").await.assert_status(StatusCode::OK);
    let response = other_browser.get(app.url("/admin")).send().await.unwrap();
    assert_eq!(location(&response), "/login?next=%2Fadmin");
    let response = app
        .post_with(
            &new_client(),
            "/login",
            &[("username", "alice".into()), ("password", PASSWORD.into())],
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert!(
        audit_actions(&app)
            .iter()
            .any(|(_, a, s)| a == "password-change" && s == "alice")
    );
}
