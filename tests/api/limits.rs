//! Oversized and malformed request bodies: a clear refusal, nothing stored.

use reqwest::StatusCode;

use crate::helpers::{spawn_app, spawn_app_with, valid_feedback, with_field};

#[tokio::test]
async fn a_body_over_the_limit_gets_413_with_the_limit_stated() {
    let app = spawn_app_with(|s| s.max_body_bytes = 64 * 1024).await;
    let huge = "x".repeat(70 * 1024);
    let response = app
        .submit_feedback(
            "suva-2015",
            "4",
            &with_field(&valid_feedback(), "comment", Some(&huge)),
        )
        .await;
    let page = app.page_of("oversized", response).await;
    page.assert_status(StatusCode::PAYLOAD_TOO_LARGE);
    assert!(
        page.text("main").contains("more than 64 KB"),
        "{}",
        page.text("main")
    );
    assert_eq!(app.count_feedback(), 0);
}

#[tokio::test]
async fn the_default_limit_takes_both_long_fields_at_their_limits_in_arabic() {
    let app = spawn_app().await;
    let arabic = "ت".repeat(10_000);
    let fields = with_field(&valid_feedback(), "comment", Some(&arabic));
    let fields = with_field(&fields, "proposed_text", Some(&arabic));
    let private = app.submit_ok("doha-2016", "4", &fields).await;
    assert!(!private.is_empty());
    assert_eq!(app.stored_comments(), [arabic]);
}

#[tokio::test]
async fn invalid_utf8_or_a_nul_byte_gets_400_and_nothing_is_stored() {
    let app = spawn_app().await;
    let token = app.csrf_token().await;
    for (case, comment) in [
        ("invalid UTF-8", "caf%E9"),
        ("lone continuation byte", "%80abc"),
        ("NUL byte", "before%00after"),
    ] {
        let body = format!(
            "csrf_token={token}&paragraph=&stance=support&comment_type=general&comment={comment}"
        );
        let response = app
            .client
            .post(app.url("/consultations/suva-2015/articles/4/feedback"))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body)
            .send()
            .await
            .unwrap();
        let page = app.page_of(case, response).await;
        page.assert_status(StatusCode::BAD_REQUEST);
        assert!(page.text("main").contains("nothing was saved"), "{case}");
    }
    assert_eq!(app.count_feedback(), 0);
}

#[tokio::test]
async fn a_body_that_never_finishes_arriving_is_cut_off_with_408() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let app = spawn_app_with(|s| s.body_timeout = std::time::Duration::from_secs(1)).await;
    let port: u16 = app.address.rsplit(':').next().unwrap().parse().unwrap();
    let mut stream = tokio::net::TcpStream::connect(("127.0.0.1", port))
        .await
        .unwrap();
    stream
        .write_all(
            b"POST /login HTTP/1.1\r\nHost: 127.0.0.1\r\n\
              Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\nusername=a",
        )
        .await
        .unwrap();
    let mut answer = vec![0u8; 4096];
    let read = tokio::time::timeout(std::time::Duration::from_secs(10), stream.read(&mut answer))
        .await
        .expect("the server gives up on the body")
        .unwrap();
    let head = String::from_utf8_lossy(&answer[..read]);
    assert!(head.starts_with("HTTP/1.1 408"), "{head}");
    assert_eq!(app.count_feedback(), 0);
}
