//! The review desk of each process: its overview, review pages, tally and exports show its
//! own draft and consultations; addresses without a process serve the first, as before.

use reqwest::StatusCode;

use crate::helpers::{TestApp, consult_export, spawn_app, valid_feedback};

const OTHER_DRAFT: &str = "Draft convention on regional cooperation

Article 1

1.\tStates shall cooperate.
2.\tStates shall report.

Article 2

Each State shall designate a focal point.
";

/// The shipped cycle plus a second process, `other`, with its consultation `dakar-2026`; one
/// comment in each.
async fn two_processes() -> TestApp {
    let app = spawn_app().await;
    app.log_in().await;
    crate::drafts::load_from_desk(&app, "other", OTHER_DRAFT).await;
    let consultation = [
        ("slug", "dakar-2026".to_string()),
        ("city", "Dakar".to_string()),
        ("held", "2026-03".to_string()),
        ("process", "other".to_string()),
        ("time_zone", "UTC".to_string()),
    ];
    assert_eq!(
        app.post("/admin/consultations", &consultation)
            .await
            .status(),
        StatusCode::SEE_OTHER
    );
    let on_other = [
        ("paragraph", "2".to_string()),
        ("stance", "support".to_string()),
        ("comment_type", "general".to_string()),
        ("comment", "Reporting should be yearly.".to_string()),
    ];
    app.submit_ok("dakar-2026", "1", &on_other).await;
    app.submit_ok("suva-2015", "4", &valid_feedback()).await;
    app
}

async fn body(app: &TestApp, path: &str) -> String {
    let response = app.get(path).await;
    assert_eq!(response.status(), StatusCode::OK, "{path}");
    response.text().await.unwrap()
}

#[tokio::test]
async fn each_process_has_its_own_overview_review_tally_and_exports() {
    let app = two_processes().await;

    let first = app.page("/admin").await;
    assert_eq!(
        first.texts(".process-switch li"),
        [
            "Draft declaration on the right to international solidarity",
            "Draft convention on regional cooperation"
        ]
    );
    assert_eq!(
        first.attrs(".process-switch a", "href"),
        ["/admin?process=other"]
    );
    assert_eq!(first.count("[id^=consultation-]"), 5);
    assert_eq!(first.count("[id^=overview-]"), 13);

    let other = app.page("/admin?process=other").await;
    other.assert_status(StatusCode::OK);
    assert!(other.text(".lede").contains("S/other"));
    assert_eq!(other.count("[id^=consultation-]"), 1);
    assert_eq!(other.texts("#overview-1 td")[0], "1");
    assert_eq!(
        other.attrs("#overview-1 a", "href"),
        ["/admin/articles/1?process=other"]
    );
    assert!(
        other
            .attrs(".exports a", "href")
            .contains(&"/admin/exports/feedback.csv?process=other".to_string())
    );
    // The desk's own links stay in the process, a new consultation's form included.
    assert!(
        other
            .attrs(".admin-bar a", "href")
            .contains(&"/admin/tally?process=other".to_string())
    );
    assert!(
        other
            .attrs("a", "href")
            .contains(&"/admin/consultations/new?process=other".to_string())
    );
    assert!(
        !other.text(".site-footer").contains("solidarity"),
        "every page's footer speaks of every process"
    );
    // A consultation without country or regional groups says nothing of them.
    let dakar = app.page("/consultations/dakar-2026").await;
    assert!(
        dakar.text(".lede").starts_with("March 2026 ·"),
        "{}",
        dakar.text(".lede")
    );
    let form = app.page("/admin/consultations/new?process=other").await;
    assert_eq!(
        form.attrs("#field-process option[selected]", "value"),
        ["other"]
    );

    let review = app.page("/admin/articles/1?process=other").await;
    review.assert_status(StatusCode::OK);
    assert!(review.body.contains("Reporting should be yearly."));
    assert_eq!(
        review.attrs("#filter-consultation option[value=dakar-2026]", "value"),
        ["dakar-2026"]
    );
    assert_eq!(
        review.count("#filter-consultation option[value=suva-2015]"),
        0
    );
    assert_eq!(review.attrs("input[name=process]", "value"), ["other"]);
    let shipped_review = app.page("/admin/articles/1").await;
    assert!(!shipped_review.body.contains("Reporting should be yearly."));

    let other_csv = body(&app, "/admin/exports/feedback.csv?process=other").await;
    assert!(
        other_csv.contains("dakar-2026") && !other_csv.contains("suva-2015"),
        "{other_csv}"
    );
    let shipped_csv = body(&app, "/admin/exports/feedback.csv").await;
    assert!(
        shipped_csv.contains("suva-2015") && !shipped_csv.contains("dakar-2026"),
        "{shipped_csv}"
    );

    let tally = app.page("/admin/tally?process=other").await;
    tally.assert_status(StatusCode::OK);
    assert!(tally.body.contains("Dakar") && !tally.body.contains("Suva"));

    // A consultation of another process is not a filter here; an unknown process is nothing.
    app.page("/admin/articles/4?process=other&consultation=suva-2015")
        .await
        .assert_status(StatusCode::BAD_REQUEST);
    app.page("/admin?process=atlantis")
        .await
        .assert_status(StatusCode::NOT_FOUND);
    app.page("/admin/exports/feedback.csv?process=atlantis")
        .await
        .assert_status(StatusCode::NOT_FOUND);

    let out = tempfile::tempdir().unwrap();
    let output = consult_export(&app.db_path, out.path(), &["--process", "other"]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let written = std::fs::read_to_string(out.path().join("feedback.csv")).unwrap();
    assert_eq!(written, other_csv);
    let unknown = consult_export(&app.db_path, out.path(), &["--process", "atlantis"]);
    assert!(!unknown.status.success());
    let said = String::from_utf8_lossy(&unknown.stderr);
    assert!(said.contains(r#"there is no process "atlantis""#), "{said}");
}
