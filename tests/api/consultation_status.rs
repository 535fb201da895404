//! Opening and closing a consultation from the desk.

use reqwest::StatusCode;

use crate::helpers::{spawn_app, valid_feedback};

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
