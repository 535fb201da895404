//! The consolidated report for the expert group: per article, its text, counts by consultation
//! and stakeholder category, proposed wordings compared with the text, key comments and
//! dispositions; never an email address, a name only where its author published it.

use reqwest::StatusCode;

use crate::helpers::{
    assert_word_directions, spawn_app, valid_feedback, with_field, word_paragraphs, word_part,
};

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
    let ids: Vec<i64> = app.column("SELECT id FROM feedback ORDER BY id");
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
    // Every article has its section, with its text, after the title and the whole draft.
    assert_eq!(report.count(".report-article"), 13);
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

/// The text of a part of a Word file, as a word processor reads it: the zip's XML.
#[tokio::test]
async fn the_report_charts_positions_groups_near_identical_wordings_and_downloads_as_word() {
    let app = spawn_app().await;
    let wording = "Individuals and peoples have the right to international solidarity.";
    app.submit_ok("suva-2015", "4", &valid_feedback()).await;
    let shouted = with_field(
        &valid_feedback(),
        "proposed_text",
        Some(&wording.to_uppercase().replace('.', "!")),
    );
    app.submit_ok("geneva-2015", "4", &shouted).await;
    let opposed = with_field(&valid_feedback(), "stance", Some("oppose"));
    let opposed = with_field(&opposed, "email", Some("private@example.org"));
    let opposed = with_field(&opposed, "stakeholder_category", None);
    app.submit_ok("geneva-2015", "4", &opposed).await;
    app.log_in().await;

    let report = app.page("/admin/report?article=4").await;
    // Those who gave no category come last, named as the form names them.
    let categories = report.texts("#report-4 table.report-counts:last-of-type tbody th");
    assert_eq!(
        categories.last().map(String::as_str),
        Some("Not stated"),
        "{categories:?}"
    );
    assert!(categories.len() > 1, "{categories:?}");
    // A bar per consultation, a segment per position it took, values written beside.
    let labels = report.texts("#report-4 svg.chart .chart-label");
    assert_eq!(labels, ["Geneva", "Suva"]);
    assert_eq!(report.count("#report-4 svg.chart rect title"), 3);
    let values = report.texts("#report-4 svg.chart .chart-value");
    assert!(
        values[0].starts_with("2") && values[1].starts_with("1"),
        "{values:?}"
    );
    // The same wording in other case and punctuation is one wording, proposed three times.
    assert_eq!(report.count("#report-4 .report-wordings li"), 1);
    assert!(
        report
            .text("#report-4 .report-wordings")
            .contains("proposed 3 times")
    );
    let word_link = report.attrs("#report-word", "href")[0].clone();
    assert_eq!(word_link, "/admin/report.docx?process=&version=&article=4");

    let docx = app.get(&word_link).await;
    assert_eq!(docx.status(), StatusCode::OK);
    assert_eq!(
        docx.headers()["content-type"],
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    );
    assert_eq!(
        docx.headers()["content-disposition"],
        "attachment; filename=\"report-A-HRC-35-35.docx\""
    );
    let bytes = docx.bytes().await.unwrap();
    let body = word_part(&bytes, "word/document.xml");
    for expected in [
        "Consolidated report on A/HRC/35/35",
        "Article 4",
        "Positions by consultation",
        "Geneva",
        "proposed 3 times",
        "By stakeholder category",
    ] {
        assert!(
            body.contains(expected),
            "{expected} is not in the Word file"
        );
    }
    assert!(!body.contains("@example.org"));
    assert!(
        !body.contains("Mere Tuilagi"),
        "a name its author did not publish"
    );
    let header = word_part(&bytes, "word/header1.xml");
    assert!(header.contains("A/HRC/35/35"), "{header}");
    assert_eq!(
        assert_word_directions(&body, false).0,
        0,
        "English reads from the left"
    );
    // In Arabic each paragraph reads in its own direction, as a page's `dir="auto"`: the
    // labels from the right, the English draft's text from the left.
    app.get("/language/ar?next=/admin").await;
    let arabic = app.get(&word_link).await.bytes().await.unwrap();
    let body = word_part(&arabic, "word/document.xml");
    let (from_right, from_left) = assert_word_directions(&body, true);
    assert!(from_right > 10 && from_left > 0, "{from_right} {from_left}");
    assert!(
        word_paragraphs(&body)
            .iter()
            .any(|(from_right, text)| !from_right && text.contains("is a human right by which")),
        "the draft's text reads from the left"
    );
    assert_word_directions(&word_part(&arabic, "word/header1.xml"), true);
    // Stakeholder categories in the reader's language, on the page and in the Word file.
    assert!(body.contains("منظمة حكومية دولية"), "{body}");
    assert!(!body.contains("Intergovernmental organization"));
    let page = app.page("/admin/report?article=4").await;
    assert!(page.text("#report-4").contains("منظمة حكومية دولية"));
    // Headings as a reader searches for them: "المادة 4", without a page's invisible marks.
    assert!(body.contains("المادة 4"), "{body}");
    assert!(!body.contains(['\u{2068}', '\u{2069}']));
    // Dated when made.
    let core = word_part(&arabic, "docProps/core.xml");
    assert!(
        !core.contains("1970") && core.contains("<dcterms:created"),
        "{core}"
    );
    // Only organisers download it.
    let anonymous = crate::helpers::new_client()
        .get(app.url(&word_link))
        .send()
        .await
        .unwrap();
    assert_ne!(anonymous.status(), StatusCode::OK);
}
