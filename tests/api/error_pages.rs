//! An unexpected error shows an apology and a reference, never internals; the log has both.

use reqwest::StatusCode;

use crate::process::{start_consult, stop_and_read_log};

#[tokio::test]
async fn an_unexpected_error_shows_a_reference_that_the_log_explains() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("consult.db");
    let (server, port) = start_consult(&db, true);
    // Break the database under the running server.
    rusqlite::Connection::open(&db)
        .unwrap()
        .execute_batch("DROP TABLE tally")
        .unwrap();

    let response = reqwest::get(format!("http://127.0.0.1:{port}/consultations/suva-2015"))
        .await
        .unwrap();
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
    for internal in ["tally", "no such table", "rusqlite", "SELECT", "src/"] {
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
        line.contains("no such table: tally"),
        "the log line lacks the cause: {line}"
    );
}
