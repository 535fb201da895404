//! An unexpected error shows an apology and a reference, never internals; the log has both.

use reqwest::StatusCode;

use crate::process::{start_consult, stop_and_read_log};

#[tokio::test]
async fn an_unexpected_error_shows_a_reference_that_the_log_explains() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("consult.db");
    let (server, port) = start_consult(&db, true);
    let base = format!("http://127.0.0.1:{port}");
    let client = crate::helpers::new_client();
    let token = crate::helpers::login_token(&client, &base).await;
    let mut fields = crate::helpers::valid_feedback();
    fields.push(("csrf_token", token.to_string()));
    let submitted = client
        .post(format!(
            "{base}/consultations/suva-2015/articles/4/feedback"
        ))
        .form(&fields)
        .send()
        .await
        .unwrap();
    let private = crate::helpers::location(&submitted);
    // Break the database under the running server: the private page reads theme labels.
    rusqlite::Connection::open(&db)
        .unwrap()
        .execute_batch("PRAGMA foreign_keys = OFF; DROP TABLE process_themes")
        .unwrap();

    let response = client.get(format!("{base}{private}")).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::INTERNAL_SERVER_ERROR);
    let body = response.text().await.unwrap();
    let reference = body
        .split("<code>")
        .nth(1)
        .and_then(|r| r.split("</code>").next())
        .unwrap_or_else(|| panic!("no reference on the page:\n{body}"))
        .to_string();
    assert_eq!(reference.len(), 10, "{reference}");
    assert!(body.contains("Sorry, something went wrong"));
    for internal in [
        "process_themes",
        "no such table",
        "rusqlite",
        "SELECT",
        "src/",
    ] {
        assert!(
            !body.contains(internal),
            "the page shows {internal:?}:\n{body}"
        );
    }

    let log = stop_and_read_log(server);
    let line = log
        .lines()
        .find(|l| l.contains(&reference))
        .unwrap_or_else(|| panic!("reference {reference} not in the log:\n{log}"));
    assert!(
        line.contains("no such table: process_themes"),
        "the log line lacks the cause: {line}"
    );
    let token = private
        .trim_start_matches("/feedback/")
        .split('?')
        .next()
        .unwrap();
    assert!(
        !log.contains(token),
        "a private feedback token reached the log"
    );
}
