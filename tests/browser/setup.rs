//! An administrator sets up a process from the browser: loads a draft, checks the preview,
//! stores it, creates a consultation on it; a participant comments; the organiser exports.

use std::time::{Duration, Instant};

use fantoccini::Locator;
use serde_json::json;

use crate::harness::start;

const DRAFT: &str = "Draft convention on regional cooperation

Preamble

The Parties,

Recalling their common interests,

Have agreed as follows:

Article 1 — Purpose

1.\tThe Parties shall cooperate in good faith.
2.\tThe Parties shall report every year.

Article 2

Each Party shall designate a focal point.
";

#[tokio::test]
async fn an_administrator_loads_a_draft_sets_up_a_consultation_and_exports_what_was_said() {
    let Some(session) =
        start("an_administrator_loads_a_draft_sets_up_a_consultation_and_exports_what_was_said")
            .await
    else {
        return;
    };
    session.log_in_as_new_organiser("ada").await;
    session.click_link("Load a draft").await;
    session.wait_for_path("/admin/drafts/new").await;

    let files = tempfile::tempdir().unwrap();
    let draft = files.path().join("regional-cooperation.txt");
    std::fs::write(&draft, DRAFT).unwrap();
    session
        .field("Draft file")
        .await
        .send_keys(draft.to_str().unwrap())
        .await
        .unwrap();
    session
        .field("Address of the new process")
        .await
        .send_keys("regional-cooperation")
        .await
        .unwrap();
    session
        .field("Document symbol")
        .await
        .send_keys("RC/1")
        .await
        .unwrap();
    session
        .click_button(".setup-form button[type=submit]")
        .await;

    session.wait_for(".draft-structure").await;
    let rows = session
        .browser
        .find_all(Locator::Css(".draft-structure tbody tr"))
        .await
        .unwrap();
    assert_eq!(rows.len(), 2);
    assert!(
        session
            .text(".draft-structure tbody tr th")
            .await
            .contains("Purpose")
    );
    session.click_button(".actions .button-primary").await;
    session
        .wait_for_path("/processes/regional-cooperation")
        .await;
    assert_eq!(
        session.text("h1").await,
        "Draft convention on regional cooperation"
    );

    session.open("/admin").await;
    session.click_link("New consultation").await;
    session.wait_for_path("/admin/consultations/new").await;
    session
        .field("Address")
        .await
        .send_keys("dakar-2026")
        .await
        .unwrap();
    session
        .field("City or title")
        .await
        .send_keys("Dakar")
        .await
        .unwrap();
    session
        .field("Country")
        .await
        .send_keys("Senegal")
        .await
        .unwrap();
    session
        .field("Meeting held")
        .await
        .send_keys("2026-03")
        .await
        .unwrap();
    session
        .field("Process")
        .await
        .select_by_value("regional-cooperation")
        .await
        .unwrap();
    session
        .click_button(".setup-form button[type=submit]")
        .await;
    session.wait_for_path("/consultations/dakar-2026").await;
    assert!(session.text(".lede").await.contains("Open"));

    // A participant comments on the new draft.
    session.open("/consultations/dakar-2026/articles/1").await;
    session
        .field("Support as drafted")
        .await
        .click()
        .await
        .unwrap();
    session
        .field("Your comment")
        .await
        .send_keys("Yearly reports are too frequent for small States.")
        .await
        .unwrap();
    session.submit_feedback_form().await;
    session.wait_for_path("/feedback/").await;

    // The organiser downloads the process's feedback.
    let downloads = tempfile::tempdir().unwrap();
    session
        .devtools(
            "Browser.setDownloadBehavior",
            json!({"behavior": "allow", "downloadPath": downloads.path().to_str().unwrap()}),
        )
        .await;
    session.open("/admin?process=regional-cooperation").await;
    session.click_link("feedback.csv").await;
    let file = downloads.path().join("feedback.csv");
    let start = Instant::now();
    while !file.exists() {
        assert!(start.elapsed() < Duration::from_secs(10), "no download");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let csv = std::fs::read_to_string(&file).unwrap();
    assert!(
        csv.contains("Yearly reports are too frequent for small States."),
        "{csv}"
    );
    assert!(csv.contains("dakar-2026"));
    assert!(!csv.contains("suva-2015"));
    session.close().await;
}
