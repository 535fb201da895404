//! The receipt by email: sent through a real SMTP server the test starts, in the page's
//! language, with the private link on the configured address; never holding up the page, and
//! retried while the server is down.

use std::io::BufRead;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use reqwest::StatusCode;
use serde_json::Value;

use crate::helpers::{TestApp, spawn_app, spawn_app_with, valid_feedback};
use crate::process::{free_port, python_with_aiosmtpd, start_smtp_sink};

/// The Python with the SMTP server, or `None` to skip (CI sets `CONSULT_REQUIRE_SMTP=1`,
/// and then a missing server fails the test).
fn smtp_python(test: &str) -> Option<&'static str> {
    let python = python_with_aiosmtpd();
    if python.is_none() {
        assert!(
            std::env::var("CONSULT_REQUIRE_SMTP").as_deref() != Ok("1"),
            "{test}: python3-aiosmtpd is required (CONSULT_REQUIRE_SMTP=1) but not installed"
        );
        eprintln!(
            "SKIPPED {test}: the mail tests need python3-aiosmtpd (apt install python3-aiosmtpd)"
        );
    }
    python
}

async fn app_mailing_to(port: u16) -> TestApp {
    spawn_app_with(|s| {
        s.mail = Some(consult::mail::MailSettings {
            url: format!("smtp://127.0.0.1:{port}"),
            from: "Consultations <consult@example.org>".parse().unwrap(),
        });
        s.base_url =
            Some(consult::configuration::BaseUrl::parse("https://consult.example.org").unwrap());
    })
    .await
}

/// The messages the sink prints, as they come.
fn messages(lines: std::io::BufReader<std::process::ChildStdout>) -> mpsc::Receiver<Value> {
    let (sender, receiver) = mpsc::channel();
    std::thread::spawn(move || {
        for line in lines.lines().map_while(Result::ok) {
            if let Ok(message) = serde_json::from_str(&line) {
                if sender.send(message).is_err() {
                    break;
                }
            }
        }
    });
    receiver
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_participant_who_gives_an_email_gets_the_receipt_in_the_pages_language() {
    let Some(python) = smtp_python("receipt_email") else {
        return;
    };
    let port = free_port();
    let (_sink, lines) = start_smtp_sink(python, port);
    let received = messages(lines);
    let app = app_mailing_to(port).await;
    let form = app.page("/consultations/suva-2015/articles/4").await;
    assert!(
        form.text("#hint-email").contains("We mail you the receipt"),
        "{}",
        form.text("#hint-email")
    );

    app.get("/language/fr?next=/").await;
    let private = app.submit_ok("suva-2015", "4", &valid_feedback()).await;
    let mail = tokio::task::spawn_blocking(move || received.recv_timeout(Duration::from_secs(20)))
        .await
        .unwrap()
        .expect("the receipt arrives");
    assert_eq!(mail["to"], serde_json::json!(["mere@example.org"]));
    assert_eq!(mail["from"], "Consultations <consult@example.org>");
    let subject = mail["subject"].as_str().unwrap();
    assert_eq!(
        subject,
        "Votre contribution à la consultation de Suva (référence 1)"
    );
    let link = format!("https://consult.example.org{private}");
    for part in ["text", "html"] {
        let body = mail[part].as_str().unwrap();
        assert!(body.contains(&link), "{part} has no private link:\n{body}");
        assert!(
            body.contains("Paragraph 2 should name peoples as well as individuals."),
            "{part} does not hold the comment:\n{body}"
        );
        assert!(
            body.contains("Votre lien privé"),
            "{part} is not in French:\n{body}"
        );
    }
    assert!(
        mail["html"]
            .as_str()
            .unwrap()
            .contains(&format!("href=\"{link}\""))
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_receipt_never_holds_up_the_page_and_is_retried_while_the_server_is_down() {
    let Some(python) = smtp_python("receipt_email_retry") else {
        return;
    };
    let port = free_port();
    let app = app_mailing_to(port).await;
    let started = Instant::now();
    let private = app.submit_ok("suva-2015", "4", &valid_feedback()).await;
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "the receipt waited for the mail server"
    );
    let page = app.page(&format!("{private}?received=1")).await;
    page.assert_status(StatusCode::OK);

    // The server comes up after the first attempt failed.
    let (_sink, lines) = start_smtp_sink(python, port);
    let received = messages(lines);
    let mail = tokio::task::spawn_blocking(move || received.recv_timeout(Duration::from_secs(30)))
        .await
        .unwrap()
        .expect("the receipt arrives once the server is up");
    assert!(mail["text"].as_str().unwrap().contains(&private));
}

#[tokio::test]
async fn without_a_mail_server_the_form_promises_no_email() {
    let app = spawn_app().await;
    let form = app.page("/consultations/suva-2015/articles/4").await;
    let hint = form.text("#hint-email");
    assert!(!hint.contains("mail you"), "{hint}");
    assert!(hint.contains("Only the organisers see it"), "{hint}");
}
