//! The rest of the organisers' desk: the tally page, opening and closing consultations, the
//! audit log, and exports filtered like the review page.

use reqwest::StatusCode;

use crate::helpers::{spawn_app, valid_feedback, with_field};

fn stance(value: &str) -> Vec<(&'static str, String)> {
    with_field(
        &with_field(&valid_feedback(), "stance", Some(value)),
        "paragraph",
        Some(""),
    )
}

#[tokio::test]
async fn the_tally_page_shows_the_matrix_and_labelled_charts() {
    let app = spawn_app().await;
    for (slug, value) in [
        ("suva-2015", "support"),
        ("suva-2015", "amend"),
        ("suva-2015", "oppose"),
        ("doha-2016", "question"),
    ] {
        app.submit_ok(slug, "4", &stance(value)).await;
    }
    app.log_in().await;
    let page = app.page("/admin/tally").await;
    page.assert_status(StatusCode::OK);
    assert_eq!(
        page.texts(".tally-matrix thead th")[1..].to_vec(),
        [
            "Geneva",
            "Addis Ababa",
            "Panama City",
            "Suva",
            "Doha",
            "All"
        ]
    );
    let row = page.texts("#tally-4 td .cell-total");
    assert_eq!(row, ["0", "0", "0", "3", "1", "4"]);
    assert_eq!(
        page.texts("#tally-4 .cell-all .cell-split"),
        ["1 / 1 / 1 / 1"]
    );
    // Two inline SVG charts, each titled, with their values written out.
    assert_eq!(page.count("svg[role=img] title"), 2 + 4);
    assert!(
        page.body
            .contains("4 in all: 1 support, 1 amend, 1 oppose, 1 question")
    );
    assert!(
        page.body.contains("67% of 3"),
        "Suva's share of support on Article 4"
    );
    assert!(
        page.body.contains("url(#fill-amend)"),
        "stances have patterns"
    );
    assert_eq!(page.count("script"), 0);
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
            &[("status", "closed".into())],
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

    assert_eq!(
        app.submit_feedback("panama-city-2015", "4", &valid_feedback())
            .await
            .status(),
        StatusCode::CONFLICT
    );
    assert_eq!(
        app.post(&private, &valid_feedback()).await.status(),
        StatusCode::CONFLICT
    );
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
                &[("status", status.into())],
            )
            .await;
        assert_eq!(response.status(), expected, "{slug} {status}");
    }
}

#[tokio::test]
async fn the_audit_log_lists_every_organiser_action_newest_first() {
    let app = spawn_app().await;
    app.submit_ok("suva-2015", "4", &valid_feedback()).await;
    app.add_organiser("alice", "correct horse battery staple");
    assert_eq!(
        app.try_log_in("alice", "wrong guess").await.status(),
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        app.try_log_in("alice", "correct horse battery staple")
            .await
            .status(),
        StatusCode::SEE_OTHER
    );
    app.moderate(1, Some("duplicate")).await;
    app.moderate(1, None).await;
    app.dispose(1, "noted", "Thank you").await;
    app.post(
        "/admin/consultations/suva-2015/status",
        &[("status", "closed".into())],
    )
    .await;
    app.post(
        "/admin/consultations/suva-2015/status",
        &[("status", "open".into())],
    )
    .await;
    app.get("/admin/exports/feedback.csv?consultation=suva-2015")
        .await;

    let page = app.page("/admin/audit").await;
    page.assert_status(StatusCode::OK);
    assert_eq!(
        page.attrs(".audit-action data", "value"),
        [
            "export",
            "open",
            "close",
            "disposition",
            "unhide",
            "hide",
            "login",
            "login-failed"
        ]
    );
    let first_row = page.texts(".audit tbody tr:first-child td");
    assert_eq!(first_row[1], "alice");
    assert_eq!(first_row[3], "feedback.csv");
    assert_eq!(first_row[4], "consultation=suva-2015");
    let failed = page.texts(".audit tbody tr:last-child td");
    assert_eq!(
        (failed[3].as_str(), failed[5].as_str()),
        ("alice", "127.0.0.1")
    );
}

#[tokio::test]
async fn every_export_takes_the_review_filters_on_the_web_and_the_command_line() {
    let app = spawn_app().await;
    app.submit_ok("suva-2015", "4", &stance("amend")).await;
    app.submit_ok("suva-2015", "7", &stance("amend")).await;
    app.submit_ok("doha-2016", "4", &stance("oppose")).await;
    let mut academic = stance("support");
    academic = with_field(&academic, "stakeholder_category", Some("Academia"));
    app.submit_ok("suva-2015", "4", &academic).await;
    app.log_in().await;

    let (_, rows) = app
        .export("/admin/exports/feedback.csv?consultation=suva-2015&article=4")
        .await;
    assert_eq!(
        rows.iter().map(|r| r[0].as_str()).collect::<Vec<_>>(),
        ["1", "4"]
    );
    let (_, tally) = app
        .export("/admin/exports/tally_by_article.csv?consultation=suva-2015&article=4")
        .await;
    assert_eq!(
        tally,
        [
            ["4", "suva-2015", "1", "1", "0", "0", "2"],
            ["4", "all", "1", "1", "0", "0", "2"]
        ]
    );
    let (header, by_category) = app
        .export("/admin/exports/tally_by_stakeholder.csv?article=4")
        .await;
    assert_eq!(
        header,
        [
            "article",
            "stakeholder_category",
            "support",
            "amend",
            "oppose",
            "question",
            "total"
        ]
    );
    assert_eq!(
        by_category,
        [
            [
                "4",
                "Intergovernmental organization",
                "0",
                "1",
                "1",
                "0",
                "2"
            ],
            ["4", "Academia", "1", "0", "0", "0", "1"]
        ]
    );
    let (_, disposition) = app
        .export("/admin/exports/disposition_of_comments.csv?stance=oppose")
        .await;
    assert_eq!(
        disposition
            .iter()
            .map(|r| r[6].as_str())
            .collect::<Vec<_>>(),
        ["3"]
    );

    let out = tempfile::tempdir().unwrap();
    let output = crate::helpers::consult_export(
        &app.db_path,
        out.path(),
        &["--consultation", "suva-2015", "--article", "4"],
    );
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    for file in [
        "feedback.csv",
        "tally_by_article.csv",
        "tally_by_stakeholder.csv",
        "disposition_of_comments.csv",
    ] {
        let written = std::fs::read(out.path().join(file)).unwrap();
        let downloaded = app
            .get(&format!(
                "/admin/exports/{file}?consultation=suva-2015&article=4"
            ))
            .await
            .bytes()
            .await
            .unwrap();
        assert_eq!(
            written,
            downloaded.to_vec(),
            "{file} differs between the command line and the web"
        );
    }
    let refused = crate::helpers::consult_export(&app.db_path, out.path(), &["--stance", "maybe"]);
    assert!(!refused.status.success());
    assert!(String::from_utf8_lossy(&refused.stderr).contains("no position “maybe”"));
}
