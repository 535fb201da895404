//! The disposition of comments: recorded per item with its rationale, shown to the
//! participant, exported in the ISO commenting template's columns.

use reqwest::StatusCode;

use crate::helpers::{location, spawn_app, valid_feedback, with_field};

#[tokio::test]
async fn a_disposition_is_shown_on_the_review_page_and_to_the_participant() {
    let app = spawn_app().await;
    let private = app.submit_ok("suva-2015", "4", &valid_feedback()).await;
    let before = app.page(&private).await;
    assert_eq!(
        before.count("#outcome-title"),
        0,
        "a pending item shows an outcome"
    );
    app.log_in().await;

    let response = app
        .dispose(1, "partially-accepted", "Peoples added; the rest kept.")
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&response), "/admin/articles/4#item-1");

    let review = app.page("/admin/articles/4").await;
    assert_eq!(
        review.attrs("#disposition-1 option[selected]", "value"),
        ["partially-accepted"]
    );
    assert_eq!(review.raw_text("#note-1"), "Peoples added; the rest kept.");
    assert!(review.text("#item-1").contains("Recorded by alice"));

    let page = app.page(&private).await;
    assert_eq!(page.text("#outcome-disposition"), "Partially accepted");
    assert_eq!(page.text("#outcome-note"), "Peoples added; the rest kept.");

    let (header, rows) = app.export("/admin/exports/feedback.csv").await;
    let at = header.iter().position(|h| h == "disposition").unwrap();
    assert_eq!(
        &rows[0][at..at + 3],
        [
            "partially-accepted",
            "Peoples added; the rest kept.",
            "alice"
        ]
    );
    assert!(consult::time_format::parse_rfc3339(&rows[0][at + 3]).is_some());
}

#[tokio::test]
async fn a_rationale_is_required_except_for_pending_and_accepted() {
    let app = spawn_app().await;
    app.submit_ok("suva-2015", "4", &valid_feedback()).await;
    app.log_in().await;
    for disposition in ["partially-accepted", "not-accepted", "noted"] {
        let response = app.dispose(1, disposition, "   ").await;
        let page = app.page_of(disposition, response).await;
        page.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            page.text("#error-note-1").contains("rationale"),
            "{disposition}"
        );
        assert_eq!(
            page.attrs("#disposition-1 option[selected]", "value"),
            [disposition],
            "choice kept"
        );
        assert_eq!(page.attrs("#note-1", "aria-invalid"), ["true"]);
    }
    // Every field at fault is named at once, each beside its own field.
    let both = app
        .post(
            "/admin/feedback/1/disposition",
            &[
                ("disposition", "noted".into()),
                ("note", String::new()),
                ("addressed_in", "Art. 99".into()),
            ],
        )
        .await;
    let page = app.page_of("both", both).await;
    page.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.text("#error-note-1").contains("rationale"));
    assert!(page.text("#error-addressed-1").contains("Art. 99"));
    assert_eq!(page.attrs("#addressed-1", "value"), ["Art. 99"]);
    let stored: String = app
        .db()
        .query_row("SELECT disposition FROM feedback", [], |r| r.get(0))
        .unwrap();
    assert_eq!(stored, "pending");
    for disposition in ["accepted", "pending"] {
        assert_eq!(
            app.dispose(1, disposition, "").await.status(),
            StatusCode::SEE_OTHER,
            "{disposition}"
        );
    }
    let refused = app.dispose(1, "maybe", "").await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn a_refused_disposition_comes_back_on_the_same_filtered_page() {
    let app = spawn_app().await;
    app.submit_ok("suva-2015", "4", &valid_feedback()).await;
    app.submit_ok("doha-2016", "4", &valid_feedback()).await;
    app.log_in().await;
    let response = app
        .post(
            "/admin/feedback/2/disposition",
            &[
                ("disposition", "noted".into()),
                ("note", String::new()),
                (
                    "return_to",
                    "/admin/articles/4?consultation=doha-2016".into(),
                ),
            ],
        )
        .await;
    let page = app.page_of("refused", response).await;
    page.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        page.attrs(".review-item", "id"),
        ["item-2"],
        "the filter was lost"
    );
    assert_eq!(
        page.attrs("#filter-consultation option[selected]", "value"),
        ["doha-2016"]
    );
}

#[tokio::test]
async fn the_disposition_of_comments_follows_the_iso_template() {
    let app = spawn_app().await;
    let with = |paragraph: &str, kind: &str, organisation: &str| {
        let fields = with_field(&valid_feedback(), "paragraph", Some(paragraph));
        let fields = with_field(&fields, "comment_type", Some(kind));
        with_field(&fields, "organisation", Some(organisation))
    };
    app.submit_ok(
        "suva-2015",
        "4",
        &with("2", "drafting", "Pacific Islands Forum"),
    )
    .await;
    app.submit_ok("geneva-2015", "1", &with("3(a)", "substantive", ""))
        .await;
    app.submit_ok("doha-2016", "preamble", &with("12", "general", ""))
        .await;
    app.submit_ok("doha-2016", "2", &with("(b)", "general", ""))
        .await;
    app.submit_ok("doha-2016", "5", &with("", "general", ""))
        .await;
    app.log_in().await;
    app.dispose(1, "not-accepted", "=cmd| outside the mandate")
        .await;
    app.dispose(3, "accepted", "").await;

    let (header, rows) = app
        .export("/admin/exports/disposition_of_comments.csv")
        .await;
    assert_eq!(
        header,
        [
            "originator",
            "clause",
            "type",
            "comment",
            "proposed_change",
            "observations",
            "id",
            "consultation"
        ]
    );
    let brief: Vec<(&str, &str, &str, &str, &str)> = rows
        .iter()
        .map(|r| {
            (
                r[0].as_str(),
                r[1].as_str(),
                r[2].as_str(),
                r[6].as_str(),
                r[7].as_str(),
            )
        })
        .collect();
    // In document order: preamble, then articles 1, 2, 4, 5.
    assert_eq!(
        brief,
        [
            (
                "Intergovernmental organization",
                "PP 12",
                "ge",
                "3",
                "doha-2016"
            ),
            (
                "Intergovernmental organization",
                "Art. 1(3)(a)",
                "te",
                "2",
                "geneva-2015"
            ),
            (
                "Intergovernmental organization",
                "Art. 2(b)",
                "ge",
                "4",
                "doha-2016"
            ),
            ("Pacific Islands Forum", "Art. 4(2)", "ed", "1", "suva-2015"),
            (
                "Intergovernmental organization",
                "Art. 5",
                "ge",
                "5",
                "doha-2016"
            ),
        ]
    );
    assert_eq!(rows[3][5], "Not accepted: =cmd| outside the mandate");
    assert_eq!(rows[0][5], "Accepted");
    assert_eq!(rows[1][5], "Pending");
    assert_eq!(
        rows[3][4],
        "Individuals and peoples have the right to international solidarity."
    );
}

#[tokio::test]
async fn a_rationale_over_ten_thousand_characters_is_refused_and_comes_back() {
    let app = spawn_app().await;
    app.submit_ok("suva-2015", "4", &valid_feedback()).await;
    app.log_in().await;
    // 200,000 plain letters still fit in a request body; the rationale's own limit refuses them.
    for (letter, length) in [("é", 10_001), ("x", 200_000)] {
        let note = letter.repeat(length);
        let response = app.dispose(1, "noted", &note).await;
        let page = app.page_of("long rationale", response).await;
        page.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            page.text("#error-note-1").contains("the limit is 10,000"),
            "{length}: {}",
            page.text("#error-note-1")
        );
        assert_eq!(
            page.raw_text("#note-1"),
            note,
            "{length}: the typed rationale comes back"
        );
    }
    let stored: (String, String) = app
        .db()
        .query_row(
            "SELECT disposition, disposition_note FROM feedback",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!(stored, ("pending".to_string(), String::new()));
    let at_limit = app.dispose(1, "noted", &"é".repeat(10_000)).await;
    assert_eq!(at_limit.status(), StatusCode::SEE_OTHER);
}

/// Where an organiser says a comment was addressed, its author reads that wording; the words
/// are marked as changed only against the text they commented on, never against another
/// place's.
#[tokio::test]
async fn a_comment_addressed_elsewhere_reads_that_wording_alone() {
    let app = spawn_app().await;
    let fields = with_field(&valid_feedback(), "paragraph", Some("1"));
    let private = app.submit_ok("suva-2015", "4", &fields).await;
    app.log_in().await;
    let addressed_in = |place: &str| {
        let (app, place) = (&app, place.to_string());
        async move {
            app.post(
                "/admin/feedback/1/disposition",
                &[
                    ("disposition", "accepted".into()),
                    ("note", String::new()),
                    ("addressed_in", place),
                    ("return_to", "/admin/articles/4".into()),
                ],
            )
            .await
        }
    };

    assert_eq!(
        addressed_in("Art. 10").await.status(),
        StatusCode::SEE_OTHER
    );
    let page = app.page(&private).await;
    assert!(page.text("#new-wording-title").contains("Article 10"));
    assert!(!page.text("#new-wording").is_empty());
    assert_eq!(
        page.count("#new-wording ins") + page.count("#new-wording del"),
        0,
        "Article 10 is not the paragraph commented on, rewritten"
    );
    assert_eq!(page.count(".new-wording .hint"), 0);

    // Its own place, unchanged: its words, nothing marked.
    assert_eq!(
        addressed_in("Art. 4(1)").await.status(),
        StatusCode::SEE_OTHER
    );
    let page = app.page(&private).await;
    assert!(page.text("#new-wording-title").contains("Article 4(1)"));
    assert_eq!(
        page.count("#new-wording ins") + page.count("#new-wording del"),
        0
    );
    assert_eq!(page.count(".new-wording .hint"), 0);
}
