//! The consolidated report for the expert group: per article, its text, counts by consultation
//! and stakeholder category, proposed wordings compared with the text, key comments and
//! dispositions; never an email address, a name only where its author published it.

use reqwest::StatusCode;

use crate::helpers::{spawn_app, valid_feedback, with_field};

#[tokio::test]
async fn the_report_holds_each_articles_input_and_nothing_private() {
    let app = spawn_app().await;
    let mut published = with_field(&valid_feedback(), "email", Some("mere@example.org"));
    published.push(("publish_name", "on".into()));
    app.submit_ok("suva-2015", "4", &published).await;
    let private = with_field(&valid_feedback(), "email", Some("hidden@example.org"));
    let private = with_field(&private, "name", Some("Unpublished Person"));
    let private = with_field(&private, "organisation", Some(""));
    app.submit_ok("doha-2016", "4", &private).await;
    app.log_in().await;
    let ids: Vec<i64> = app
        .db()
        .prepare("SELECT id FROM feedback ORDER BY id")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    for id in &ids {
        let marked = app
            .post(
                &format!("/admin/feedback/{id}/key"),
                &[("key", "yes".into()), ("return_to", String::new())],
            )
            .await;
        assert_eq!(marked.status(), StatusCode::SEE_OTHER);
    }
    app.dispose(ids[0], "accepted", "").await;

    let overview = app.page("/admin").await;
    assert_eq!(overview.attrs("#report-link", "href"), ["/admin/report"]);
    let report = app.page("/admin/report").await;
    report.assert_status(StatusCode::OK);
    assert_eq!(report.text("h1"), "Consolidated report on A/HRC/35/35");
    // Every article has its section, with its text.
    assert_eq!(report.count(".report-article"), 11);
    assert!(report.text("#report-4 .legal-text").contains("2."));
    let counts = report.texts("#report-4 .report-counts:first-of-type tbody tr");
    assert_eq!(counts.len(), 2, "{counts:?}");
    assert!(
        counts[0].starts_with("Suva") && counts[0].ends_with("1"),
        "{counts:?}"
    );
    // The proposed wording, compared with the paragraph it answers.
    assert!(report.count("#report-4 .report-wordings ins") > 0);
    assert!(
        report
            .text("#report-4 .report-wordings")
            .contains("proposed 2 times")
    );
    // Key comments: a name only where published, never an email.
    let quoted = report.texts("#report-4 .report-key-comments li");
    assert_eq!(quoted.len(), 2);
    assert!(quoted[0].contains("Mere Tuilagi"), "{quoted:?}");
    assert!(quoted[0].ends_with("(Accepted)"), "{quoted:?}");
    assert!(!report.body.contains("Unpublished Person"));
    assert!(!report.body.contains("@example.org"));
    assert!(
        report
            .text("#report-4 .report-dispositions")
            .contains("Accepted: 1")
    );
    // An article without comments says so.
    assert_eq!(report.text("#report-1 .report-none"), "No comments.");

    // One article alone; an unknown one is not found.
    let one = app.page("/admin/report?article=4").await;
    assert_eq!(one.count(".report-article"), 1);
    assert_eq!(
        app.get("/admin/report?article=99").await.status(),
        StatusCode::NOT_FOUND
    );
}
