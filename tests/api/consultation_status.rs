//! Opening and closing a consultation from the desk.

use reqwest::StatusCode;

use crate::helpers::{spawn_app, valid_feedback, with_field};

fn valid_feedback_comment() -> String {
    valid_feedback()
        .into_iter()
        .find(|(k, _)| *k == "comment")
        .map(|(_, v)| v)
        .unwrap()
}

#[tokio::test]
async fn closing_a_consultation_stops_submissions_at_once_and_reopening_restores_them() {
    let app = spawn_app().await;
    let private = app
        .submit_ok("panama-city-2015", "4", &valid_feedback())
        .await;
    app.log_in().await;
    let close = app
        .post(
            "/admin/consultations/panama-city-2015/status",
            &[("status", "closed".into()), ("confirm", "yes".into())],
        )
        .await;
    assert_eq!(close.status(), StatusCode::SEE_OTHER);
    let admin = app.page("/admin").await;
    assert_eq!(
        admin.text("#consultation-panama-city-2015 .status-cell"),
        "Closed"
    );
    assert!(
        admin
            .text("#consultation-panama-city-2015 button")
            .starts_with("Reopen")
    );

    // Nothing is stored, and what was typed comes back to be kept, not lost with the form.
    let refused = app
        .submit_feedback("panama-city-2015", "4", &valid_feedback())
        .await;
    assert_eq!(refused.status(), StatusCode::CONFLICT);
    let page = app
        .page_of(
            "/consultations/panama-city-2015/articles/4/feedback",
            refused,
        )
        .await;
    assert_eq!(
        page.text("#kept-comment"),
        "Paragraph 2 should name peoples as well as individuals."
    );
    let changed = with_field(&valid_feedback(), "comment", Some("A later thought."));
    let refused = app.post(&private, &changed).await;
    assert_eq!(refused.status(), StatusCode::CONFLICT);
    let page = app.page_of(&private, refused).await;
    assert_eq!(page.text("#kept-comment"), "A later thought.");
    assert_eq!(app.count_feedback(), 1);
    assert_eq!(app.stored_comments()[0], valid_feedback_comment());
    assert_eq!(app.page(&private).await.count("form.feedback-form"), 0);

    let reopen = app
        .post(
            "/admin/consultations/panama-city-2015/status",
            &[("status", "open".into())],
        )
        .await;
    assert_eq!(reopen.status(), StatusCode::SEE_OTHER);
    app.submit_ok("panama-city-2015", "4", &valid_feedback())
        .await;
    assert_eq!(app.count_feedback(), 2);

    for (slug, status, expected) in [
        ("atlantis", "closed", StatusCode::NOT_FOUND),
        ("suva-2015", "paused", StatusCode::BAD_REQUEST),
    ] {
        let response = app
            .post(
                &format!("/admin/consultations/{slug}/status"),
                &[("status", status.into()), ("confirm", "yes".into())],
            )
            .await;
        assert_eq!(response.status(), expected, "{slug} {status}");
    }
}

#[tokio::test]
async fn closing_asks_to_be_confirmed_and_without_it_nothing_changes() {
    let app = spawn_app().await;
    app.log_in().await;
    let overview = app.page("/admin").await;
    assert_eq!(
        overview.attrs(
            "#consultation-suva-2015 input[name=confirm][required]",
            "value"
        ),
        ["yes"],
        "the close form asks to tick a confirmation"
    );
    let response = app
        .post(
            "/admin/consultations/suva-2015/status",
            &[("status", "closed".into())],
        )
        .await;
    let page = app.page_of("unconfirmed", response).await;
    page.assert_status(StatusCode::BAD_REQUEST);
    assert!(
        page.text("main").contains("Nothing was changed"),
        "{}",
        page.text("main")
    );
    let still = app.page("/admin").await;
    assert_eq!(
        still.text("#consultation-suva-2015 .status-cell"),
        "Open for feedback until the organisers close it"
    );
    let response = app
        .post(
            "/admin/consultations/suva-2015/status",
            &[("status", "closed".into()), ("confirm", "yes".into())],
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let closed = app.page("/admin").await;
    assert_eq!(
        closed.text("#consultation-suva-2015 .status-cell"),
        "Closed"
    );
    assert_eq!(
        closed.count("#consultation-suva-2015 input[name=confirm]"),
        0,
        "reopening needs no confirmation"
    );
}

/// "Reopen" on a consultation whose closing time has passed (or whose opening time is still
/// ahead) opens it now: the schedule that kept it shut is taken away, and the audit log says so.
#[tokio::test]
async fn reopening_a_consultation_whose_period_ended_opens_it_now() {
    let app = spawn_app().await;
    app.db()
        .execute(
            "UPDATE consultations SET closes_at = '2020-01-01T00:00:00Z' WHERE slug = 'suva-2015'",
            [],
        )
        .unwrap();
    app.db()
        .execute(
            "UPDATE consultations SET opens_at = '2999-01-01T00:00:00Z' WHERE slug = 'doha-2016'",
            [],
        )
        .unwrap();
    app.log_in().await;
    for slug in ["suva-2015", "doha-2016"] {
        assert_eq!(
            app.submit_feedback(slug, "4", &valid_feedback())
                .await
                .status(),
            StatusCode::CONFLICT,
            "{slug}"
        );
        let admin = app.page("/admin").await;
        // One that ended is reopened; one not yet open is opened now.
        let offered = match slug {
            "suva-2015" => "Reopen Suva",
            _ => "Open Doha now",
        };
        assert_eq!(
            admin.text(&format!("#consultation-{slug} button")),
            offered,
            "{slug}"
        );
        let reopen = app
            .post(
                &format!("/admin/consultations/{slug}/status"),
                &[("status", "open".into())],
            )
            .await;
        assert_eq!(reopen.status(), StatusCode::SEE_OTHER);
        let admin = app.page("/admin").await;
        assert_eq!(
            admin.text(&format!("#consultation-{slug} .status-cell")),
            "Open for feedback until the organisers close it",
            "{slug}"
        );
        app.submit_ok(slug, "4", &valid_feedback()).await;
    }
    let details: Vec<String> = app.column(
        "SELECT subject || ': ' || detail FROM audit_log WHERE action = 'open' ORDER BY id",
    );
    assert_eq!(
        details,
        [
            "suva-2015: closing time 2020-01-01T00:00:00Z taken away",
            "doha-2016: opening time 2999-01-01T00:00:00Z taken away"
        ]
    );
}

/// Opening or closing from the desk comes back to the desk page the form was on (its process
/// and version), never to another site.
#[tokio::test]
async fn the_desk_comes_back_to_the_page_the_status_form_was_on() {
    let app = spawn_app().await;
    app.log_in().await;
    let desk = "/admin?process=solidarity-declaration&versions=this";
    let forms = app.page(desk).await;
    let return_to = forms.attrs("#consultation-suva-2015 input[name=return_to]", "value");
    assert_eq!(return_to, [desk]);
    for (return_to, back) in [
        (desk, desk),
        (
            "/admin?process=solidarity-declaration",
            "/admin?process=solidarity-declaration",
        ),
        ("//evil.example/admin", "/admin"),
        ("/consultations/suva-2015", "/admin"),
    ] {
        let closed = app
            .post(
                "/admin/consultations/suva-2015/status",
                &[
                    ("status", "closed".into()),
                    ("confirm", "yes".into()),
                    ("return_to", return_to.into()),
                ],
            )
            .await;
        assert_eq!(crate::helpers::location(&closed), back, "{return_to}");
    }
}
