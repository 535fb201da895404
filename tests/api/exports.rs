//! CSV exports that open correctly in a spreadsheet: BOM, RFC 4180, formula guard, exact text.

use reqwest::StatusCode;

use crate::helpers::{TestApp, parse_csv, spawn_app, valid_feedback, with_field};

async fn download(app: &TestApp, file: &str) -> Vec<u8> {
    app.export_bytes(&format!("/admin/exports/{file}")).await
}

#[tokio::test]
async fn feedback_csv_has_the_documented_columns_and_one_row_per_item() {
    let app = spawn_app().await;
    app.log_in().await;
    app.submit_ok("suva-2015", "4", &valid_feedback()).await;
    let mut published = with_field(&valid_feedback(), "paragraph", Some("3(a)"));
    published.push(("publish_name", "on".into()));
    app.submit_ok("geneva-2015", "1", &published).await;

    let (header, rows) = parse_csv(&download(&app, "feedback.csv").await);
    assert_eq!(
        header,
        [
            "id",
            "submitted_at",
            "updated_at",
            "consultation",
            "city",
            "document",
            "article",
            "paragraph",
            "stance",
            "comment_type",
            "themes",
            "comment",
            "proposed_text",
            "stakeholder_category",
            "organisation",
            "country",
            "participant_name",
            "status",
            "moderation_reason",
            "disposition",
            "disposition_note",
            "disposition_by",
            "disposition_at",
            "document_version",
            "current_article",
            "current_paragraph",
            "text_group",
            "text_group_size",
            "proposal_group",
            "proposal_group_size",
            "channel",
            "speaker",
            "session",
            "made_on",
            "source_reference",
            "recorded_by",
            "external_id",
            "import_file",
            "import_sha256",
            "read_in",
            "key_comment",
            "addressed_version",
            "addressed_in",
            "group_support"
        ]
    );
    assert_eq!(rows.len(), 2);
    // One version: every unit is where it was. The two comments say the same (one group of
    // two); the same wording proposed for two paragraphs is two proposals apart.
    assert_eq!(&rows[0][23..30], ["1", "4", "2", "1", "2", "2", "1"]);
    assert_eq!(&rows[1][23..30], ["1", "1", "3(a)", "1", "2", "3", "1"]);
    assert_eq!(
        &rows[0][30..],
        [
            "online", "", "", "", "", "", "", "", "", "en", "no", "", "", ""
        ],
        "sent online, reading the original; not a key comment, addressed nowhere yet, no group's point"
    );
    let first = &rows[0];
    assert_eq!(first[0], "1");
    assert!(
        consult::time_format::parse_rfc3339(&first[1]).is_some() && first[1].ends_with('Z'),
        "{}",
        first[1]
    );
    assert_eq!(first[1], first[2]);
    assert_eq!(
        &first[3..11],
        [
            "suva-2015",
            "Suva",
            "A/HRC/35/35",
            "4",
            "2",
            "amend",
            "drafting",
            "drafting;nature-of-right"
        ]
    );
    assert_eq!(
        first[11],
        "Paragraph 2 should name peoples as well as individuals."
    );
    assert_eq!(
        &first[13..16],
        [
            "Intergovernmental organization",
            "Pacific Islands Forum",
            "Fiji"
        ]
    );
    assert_eq!(first[16], "", "name exported without consent");
    assert_eq!(
        &rows[1][3..8],
        ["geneva-2015", "Geneva", "A/HRC/35/35", "1", "3(a)"]
    );
    assert_eq!(rows[1][16], "Mere Tuilagi");
}

#[tokio::test]
async fn email_addresses_are_never_exported() {
    let app = spawn_app().await;
    app.log_in().await;
    app.submit_ok("suva-2015", "4", &valid_feedback()).await;
    for file in ["feedback.csv", "tally_by_article.csv"] {
        let bytes = download(&app, file).await;
        assert!(
            !String::from_utf8_lossy(&bytes).contains("mere@example.org"),
            "{file}"
        );
    }
}

#[tokio::test]
async fn text_comes_back_exact_with_quoting_and_the_formula_guard() {
    let app = spawn_app().await;
    app.log_in().await;
    // (typed, exported): formula starts get a leading apostrophe, everything else is exact.
    let cases = [
        (
            "Line one\r\nline two, with \"quotes\"; and a comma",
            "Line one\r\nline two, with \"quotes\"; and a comma",
        ),
        (
            "=HYPERLINK(\"http://evil.example\",\"click\")",
            "'=HYPERLINK(\"http://evil.example\",\"click\")",
        ),
        ("+1 (555) 010", "'+1 (555) 010"),
        ("-2 is less", "'-2 is less"),
        ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
        ("\tindented", "'\tindented"),
        (
            "Égalité, solidarité — l'été à Genève",
            "Égalité, solidarité — l'été à Genève",
        ),
        (
            "التضامن الدولي حق من حقوق الإنسان",
            "التضامن الدولي حق من حقوق الإنسان",
        ),
        ("mixed עברית and English 123", "mixed עברית and English 123"),
        ("emoji 🌏 and CJK 国际团结", "emoji 🌏 and CJK 国际团结"),
    ];
    for (comment, _) in cases {
        let fields = with_field(&valid_feedback(), "comment", Some(comment));
        app.submit_ok("doha-2016", "4", &fields).await;
    }
    let bytes = download(&app, "feedback.csv").await;
    assert!(
        bytes.windows(2).any(|w| w == b"\r\n"),
        "no CRLF record ends"
    );
    let (_, rows) = parse_csv(&bytes);
    let exported: Vec<&str> = rows.iter().map(|r| r[11].as_str()).collect();
    let expected: Vec<&str> = cases.iter().map(|(_, e)| *e).collect();
    assert_eq!(exported, expected);
}

#[tokio::test]
async fn tally_by_article_counts_per_consultation_and_in_all_in_document_order() {
    let app = spawn_app().await;
    app.log_in().await;
    let submit = |slug: &'static str, article: &'static str, stance: &'static str| {
        let fields = with_field(
            &with_field(&valid_feedback(), "stance", Some(stance)),
            "paragraph",
            Some(""),
        );
        let app = &app;
        async move { app.submit_ok(slug, article, &fields).await }
    };
    submit("suva-2015", "4", "amend").await;
    submit("suva-2015", "4", "amend").await;
    submit("suva-2015", "4", "oppose").await;
    submit("doha-2016", "4", "support").await;
    submit("geneva-2015", "preamble", "question").await;

    let (header, rows) = parse_csv(&download(&app, "tally_by_article.csv").await);
    assert_eq!(
        header,
        [
            "article",
            "consultation",
            "support",
            "amend",
            "oppose",
            "question",
            "none",
            "total"
        ]
    );
    let find = |article: &str, consultation: &str| -> Vec<String> {
        rows.iter()
            .find(|r| r[0] == article && r[1] == consultation)
            .unwrap_or_else(|| panic!("no row {article} {consultation} in {rows:?}"))[2..]
            .to_vec()
    };
    assert_eq!(find("4", "suva-2015"), ["0", "2", "1", "0", "0", "3"]);
    assert_eq!(find("4", "doha-2016"), ["1", "0", "0", "0", "0", "1"]);
    assert_eq!(find("4", "all"), ["1", "2", "1", "0", "0", "4"]);
    assert_eq!(
        find("preamble", "geneva-2015"),
        ["0", "0", "0", "1", "0", "1"]
    );
    assert_eq!(find("10", "all"), ["0", "0", "0", "0", "0", "0"]);
    // Articles in document order, the title and the whole draft first; within an article,
    // consultations in their listed order, then "all".
    let order: Vec<(&str, &str)> = rows
        .iter()
        .map(|r| (r[0].as_str(), r[1].as_str()))
        .collect();
    assert_eq!(
        &order[..5],
        [
            ("title", "all"),
            ("whole", "all"),
            ("preamble", "geneva-2015"),
            ("preamble", "all"),
            ("1", "all")
        ]
    );
    let article_4: Vec<&str> = order
        .iter()
        .filter(|(a, _)| *a == "4")
        .map(|(_, c)| *c)
        .collect();
    assert_eq!(article_4, ["suva-2015", "doha-2016", "all"]);
    assert_eq!(rows.len(), 13 + 3);
}

#[tokio::test]
async fn unknown_export_names_get_404() {
    let app = spawn_app().await;
    app.log_in().await;
    for name in ["secrets.csv", "feedback", "..%2Fconsult.db"] {
        assert_eq!(
            app.get(&format!("/admin/exports/{name}")).await.status(),
            StatusCode::NOT_FOUND,
            "{name}"
        );
    }
}

/// The drafters' spreadsheet says which comments the organisers marked as key and where the
/// disposition says each was addressed.
#[tokio::test]
async fn feedback_csv_carries_the_key_mark_and_the_place_addressed() {
    let app = spawn_app().await;
    app.submit_ok("suva-2015", "4", &valid_feedback()).await;
    app.log_in().await;
    let marked = app
        .post("/admin/feedback/1/key", &[("key", "yes".into())])
        .await;
    assert_eq!(marked.status(), StatusCode::SEE_OTHER);
    let decided = app
        .post(
            "/admin/feedback/1/disposition",
            &[
                ("disposition", "accepted".into()),
                ("note", String::new()),
                ("addressed_in", "art 10".into()),
            ],
        )
        .await;
    assert_eq!(decided.status(), StatusCode::SEE_OTHER);
    let (header, rows) = parse_csv(&download(&app, "feedback.csv").await);
    let at = header.iter().position(|h| h == "key_comment").unwrap();
    assert_eq!(&rows[0][at..at + 3], ["yes", "1", "Art. 10"]);
}
