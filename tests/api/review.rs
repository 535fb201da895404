//! The review page of an article: all its feedback, grouped by paragraph, filtered, searched,
//! paged, with proposed wording compared word by word.

use reqwest::StatusCode;

use crate::helpers::{TestApp, spawn_app, valid_feedback, with_field};

/// Indexes what a test wrote to the database directly, as the app's writer does at the end of
/// each write.
fn index_written_directly(app: &TestApp) {
    consult::storage::finish_write(&app.db()).unwrap();
}

/// Submits a comment on Article 4 with the given fields changed.
async fn comment(app: &TestApp, slug: &str, changes: &[(&str, &str)]) -> String {
    let mut fields = valid_feedback();
    for (name, value) in changes {
        fields = with_field(&fields, name, Some(value));
    }
    app.submit_ok(slug, "4", &fields).await
}

#[tokio::test]
async fn the_review_page_groups_all_consultations_feedback_by_paragraph_in_order() {
    let app = spawn_app().await;
    comment(
        &app,
        "suva-2015",
        &[("paragraph", "2"), ("comment", "on two from Suva")],
    )
    .await;
    comment(
        &app,
        "doha-2016",
        &[("paragraph", ""), ("comment", "on the whole from Doha")],
    )
    .await;
    comment(
        &app,
        "geneva-2015",
        &[("paragraph", "1"), ("comment", "on one from Geneva")],
    )
    .await;
    comment(
        &app,
        "geneva-2015",
        &[("paragraph", "2"), ("comment", "on two from Geneva")],
    )
    .await;
    app.submit_ok(
        "suva-2015",
        "5",
        &with_field(&valid_feedback(), "paragraph", Some("")),
    )
    .await;
    app.log_in().await;

    let page = app.page("/admin/articles/4").await;
    page.assert_status(StatusCode::OK);
    assert_eq!(page.text("h1"), "Review: Article 4");
    assert!(
        page.text(".current-text")
            .contains("The right to international solidarity is a human right")
    );
    assert_eq!(
        page.texts(".review-group h2"),
        ["Whole article", "Paragraph 1", "Paragraph 2"]
    );
    assert_eq!(
        page.texts(".review-item .comment"),
        [
            "on the whole from Doha",
            "on one from Geneva",
            "on two from Suva",
            "on two from Geneva"
        ]
    );
    assert!(
        page.text("#result-count")
            .contains("of 4 matching, out of 4"),
        "{}",
        page.text("#result-count")
    );
}

#[tokio::test]
async fn filters_combine_with_search_and_are_kept_in_links_and_exports() {
    let app = spawn_app().await;
    comment(
        &app,
        "suva-2015",
        &[
            ("stance", "amend"),
            ("comment", "Add climate finance to paragraph 2."),
        ],
    )
    .await;
    comment(
        &app,
        "suva-2015",
        &[
            ("stance", "oppose"),
            ("comment", "Climate is out of scope."),
        ],
    )
    .await;
    comment(
        &app,
        "suva-2015",
        &[("stance", "amend"), ("comment", "Mention migration.")],
    )
    .await;
    comment(
        &app,
        "doha-2016",
        &[
            ("stance", "amend"),
            ("comment", "Climate adaptation matters."),
        ],
    )
    .await;
    comment(
        &app,
        "suva-2015",
        &[
            ("stance", "amend"),
            ("comment_type", "general"),
            ("comment", "climatic events"),
        ],
    )
    .await;
    app.log_in().await;

    let page = app
        .page("/admin/articles/4?consultation=suva-2015&stance=amend&q=climat")
        .await;
    page.assert_status(StatusCode::OK);
    let comments = page.texts(".review-item .comment");
    assert_eq!(
        comments,
        ["Add climate finance to paragraph 2.", "climatic events"]
    );
    assert!(page.text("#result-count").contains("2 matching, out of 5"));
    assert_eq!(
        page.texts(".review-item .comment mark"),
        ["climate", "climatic"]
    );
    assert_eq!(
        page.attrs("#filter-consultation option[selected]", "value"),
        ["suva-2015"]
    );
    assert_eq!(page.attrs("#filter-q", "value"), ["climat"]);
    let exports = page.attrs(".export-links a", "href");
    assert!(
        exports.contains(
            &"/admin/exports/feedback.csv?article=4&consultation=suva-2015&stance=amend&q=climat"
                .to_string()
        ),
        "{exports:?}"
    );

    // The export of a filtered view holds exactly what the page shows.
    let (_, rows) = app
        .export(
            "/admin/exports/feedback.csv?article=4&consultation=suva-2015&stance=amend&q=climat",
        )
        .await;
    let exported: Vec<&str> = rows.iter().map(|r| r[11].as_str()).collect();
    assert_eq!(
        exported,
        ["Add climate finance to paragraph 2.", "climatic events"]
    );

    let typed = app
        .page("/admin/articles/4?comment_type=general&stance=amend")
        .await;
    assert_eq!(typed.texts(".review-item .comment"), ["climatic events"]);
}

#[tokio::test]
async fn search_handles_accents_other_scripts_and_query_syntax() {
    let app = spawn_app().await;
    comment(
        &app,
        "geneva-2015",
        &[("comment", "La solidarité internationale est essentielle.")],
    )
    .await;
    comment(&app, "doha-2016", &[("comment", "التضامن الدولي حق أساسي")]).await;
    comment(&app, "suva-2015", &[("comment", "Nothing to see")]).await;
    comment(&app, "suva-2015", &[("comment", "Lawyers disagree")]).await;
    comment(&app, "suva-2015", &[("comment", "The law applies")]).await;
    app.log_in().await;
    for (q, expected) in [
        (
            "solidarite",
            "La solidarité internationale est essentielle.",
        ),
        ("essentiel", "La solidarité internationale est essentielle."),
        ("التضامن", "التضامن الدولي حق أساسي"),
        ("law", "The law applies"),
        ("lawy", "Lawyers disagree"),
        ("\"unbalanced OR NEAR(", ""),
        ("OR", ""),
    ] {
        let page = app
            .page(&format!("/admin/articles/4?q={}", urlencode(q)))
            .await;
        page.assert_status(StatusCode::OK);
        let found = page.texts(".review-item .comment");
        if expected.is_empty() {
            assert!(found.is_empty(), "{q:?} found {found:?}");
        } else {
            assert_eq!(found, [expected], "{q:?}");
        }
    }
}

#[tokio::test]
async fn a_prefix_finds_every_word_it_begins_however_many_and_follows_edits() {
    let app = spawn_app().await;
    // More words beginning with "tide" than a prefix is looked for as one by one.
    let many: Vec<String> = (0..40).map(|n| format!("tide{n:02}")).collect();
    comment(&app, "suva-2015", &[("comment", &many.join(" "))]).await;
    let tidewater = comment(&app, "doha-2016", &[("comment", "Tidewater and tidal")]).await;
    comment(
        &app,
        "geneva-2015",
        &[("comment", "Tides, TIDESCAPE, marée")],
    )
    .await;
    comment(&app, "suva-2015", &[("comment", "Nothing to see")]).await;
    app.log_in().await;
    let found = |page: &crate::helpers::Page| page.texts(".review-item .comment").len();
    for (q, expected) in [
        ("tide", 3),
        ("TIDES", 1),
        ("tidew", 1),
        ("tide07", 1),
        ("tidal", 1),
        ("maree", 1),
        ("tidx", 0),
        ("tidal tidewater", 1),
        ("TIDES maree", 1),
        ("tide07 tide08 tide", 1),
        ("tidal tides", 0),
    ] {
        let page = app
            .page(&format!("/admin/articles/4?q={}", urlencode(q)))
            .await;
        page.assert_status(StatusCode::OK);
        assert_eq!(found(&page), expected, "{q}");
    }

    let edited = with_field(&valid_feedback(), "comment", Some("Tidelands only"));
    assert_eq!(
        app.post(&tidewater, &edited).await.status(),
        StatusCode::SEE_OTHER
    );
    assert_eq!(found(&app.page("/admin/articles/4?q=tidew").await), 0);
    assert_eq!(found(&app.page("/admin/articles/4?q=tidel").await), 1);
}

/// `text` as a query-string value.
fn urlencode(text: &str) -> String {
    let encoded = reqwest::Url::parse_with_params("http://x/", &[("q", text)]).unwrap();
    encoded
        .query()
        .unwrap()
        .trim_start_matches("q=")
        .to_string()
}

#[tokio::test]
async fn fifty_items_a_page_with_pagination_that_keeps_the_filters() {
    let app = spawn_app().await;
    for n in 0..120 {
        let stance = if n % 2 == 0 { "amend" } else { "support" };
        comment(
            &app,
            "suva-2015",
            &[("stance", stance), ("comment", &format!("item {n}"))],
        )
        .await;
    }
    app.log_in().await;
    let first = app.page("/admin/articles/4?stance=amend").await;
    assert_eq!(first.count(".review-item"), 50);
    assert!(
        first
            .text("#result-count")
            .contains("Items 1–50 of 60 matching, out of 120"),
        "{}",
        first.text("#result-count")
    );
    let next = first
        .attrs(".pagination a[rel=next]", "href")
        .pop()
        .unwrap();
    assert_eq!(next, "/admin/articles/4?stance=amend&page=2");
    let second = app.page(&next).await;
    assert_eq!(second.count(".review-item"), 10);
    assert!(second.text("#result-count").contains("Items 51–60 of 60"));
    assert_eq!(second.text(".pagination [aria-current=page]"), "2");
}

#[tokio::test]
async fn a_search_with_many_matches_is_counted_up_to_a_limit_and_pages_on() {
    let app = spawn_app().await;
    comment(
        &app,
        "suva-2015",
        &[("comment", "Climate finance matters.")],
    )
    .await;
    // 1,100 copies written straight to the database and indexed as the writer indexes any
    // submission, so the test does not wait on 1,100 HTTP submissions.
    app.db()
        .execute_batch(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1100)
             INSERT INTO feedback (consultation_id, document_id, article, ref, ref_position, stance,
                                   comment_type, comment, token_hash, created_at, updated_at)
             SELECT consultation_id, document_id, article, ref, ref_position, stance,
                    comment_type, comment, randomblob(32), created_at, updated_at
             FROM feedback, n WHERE feedback.id = 1",
        )
        .unwrap();
    index_written_directly(&app);
    app.log_in().await;

    let all = app.page("/admin/articles/4").await;
    assert!(
        all.text("#result-count")
            .starts_with("Items 1–50 of 1,101 matching"),
        "without a search the count is exact: {}",
        all.text("#result-count")
    );
    let search = app.page("/admin/articles/4?q=climate").await;
    assert_eq!(
        search.text("#result-count"),
        "Items 1–50 of more than 1,000 matching, out of 1,101 on Article 4."
    );
    assert_eq!(
        search.texts(".pagination li"),
        ["1", "2", "3", "…", "20", "…"],
        "pages up to the count, then a gap for those beyond it"
    );
    let page_21 = app.page("/admin/articles/4?q=climate&page=21").await;
    assert!(
        page_21
            .text("#result-count")
            .starts_with("Items 1,001–1,050 of more than 1,050 matching"),
        "{}",
        page_21.text("#result-count")
    );
    assert_eq!(page_21.count(".pagination a[rel=next]"), 1);
    let last = app.page("/admin/articles/4?q=climate&page=23").await;
    assert!(
        last.text("#result-count")
            .starts_with("Items 1,101–1,101 of 1,101 matching"),
        "near the end the count is exact again: {}",
        last.text("#result-count")
    );
    assert_eq!(last.count(".review-item"), 1);
    assert_eq!(last.count(".pagination a[rel=next]"), 0);
}

#[tokio::test]
async fn a_proposed_wording_is_compared_word_by_word_with_the_paragraph() {
    let app = spawn_app().await;
    // Article 4(1) begins "The right to international solidarity is a human right by which
    // individuals and peoples..."; the proposal adds "fundamental" and rewrites the end.
    comment(
        &app,
        "suva-2015",
        &[
            ("paragraph", "1"),
            ("proposed_text", "The right to international solidarity is a fundamental human right by which individuals and peoples are entitled to participate in a social and international order."),
        ],
    )
    .await;
    app.log_in().await;
    let page = app.page("/admin/articles/4").await;
    let inserted = page.texts(".diff ins");
    let deleted = page.texts(".diff del");
    assert!(
        inserted.iter().any(|t| t.contains("fundamental")),
        "ins: {inserted:?}"
    );
    assert!(!deleted.is_empty(), "nothing marked deleted");
    // The comparison keeps every word of the proposal, in order.
    let proposal_words: String = page
        .text(".diff")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(proposal_words.contains("fundamental"));
}

#[tokio::test]
async fn unknown_filters_and_articles_are_refused_clearly() {
    let app = spawn_app().await;
    app.log_in().await;
    for (path, status) in [
        (
            "/admin/articles/4?consultation=atlantis",
            StatusCode::BAD_REQUEST,
        ),
        (
            "/admin/articles/4?disposition=maybe",
            StatusCode::BAD_REQUEST,
        ),
        ("/admin/articles/4?theme=astrology", StatusCode::BAD_REQUEST),
        ("/admin/articles/11", StatusCode::NOT_FOUND),
        (
            "/admin/exports/feedback.csv?stance=perhaps",
            StatusCode::BAD_REQUEST,
        ),
    ] {
        let page = app.page(path).await;
        assert_eq!(page.status, status, "{path}");
        assert!(page.count("main a[href='/']") > 0, "{path}: no way back");
    }
}

#[tokio::test]
async fn the_overview_counts_stances_and_items_awaiting_a_disposition_per_article() {
    let app = spawn_app().await;
    comment(&app, "suva-2015", &[("stance", "amend")]).await;
    comment(&app, "doha-2016", &[("stance", "oppose")]).await;
    // On another paragraph: the kept tally counts paragraphs apart, the overview adds them.
    comment(
        &app,
        "geneva-2015",
        &[("stance", "amend"), ("paragraph", "1")],
    )
    .await;
    app.submit_ok(
        "suva-2015",
        "preamble",
        &with_field(&valid_feedback(), "paragraph", Some("3")),
    )
    .await;
    app.log_in().await;
    assert_eq!(
        app.dispose(1, "accepted", "").await.status(),
        StatusCode::SEE_OTHER
    );
    let page = app.page("/admin").await;
    let row = |article: &str| page.texts(&format!("#overview-{article} td"));
    // Support, amend, oppose, question, no position, total, distinct texts, awaiting: the
    // three comments
    // on Article 4 say the same.
    assert_eq!(row("4"), ["0", "2", "1", "0", "0", "3", "1", "2"]);
    assert_eq!(row("preamble"), ["0", "1", "0", "0", "0", "1", "1", "1"]);
    assert_eq!(row("10"), ["0", "0", "0", "0", "0", "0", "0", "0"]);
}

#[tokio::test]
async fn search_follows_edits_and_stays_within_the_article() {
    let app = spawn_app().await;
    let private = comment(
        &app,
        "suva-2015",
        &[("comment", "About fisheries and oceans")],
    )
    .await;
    app.submit_ok(
        "suva-2015",
        "5",
        &with_field(
            &with_field(&valid_feedback(), "paragraph", Some("")),
            "comment",
            Some("Oceans matter here too"),
        ),
    )
    .await;
    app.log_in().await;
    let found = |page: &crate::helpers::Page| page.texts(".review-item .comment");
    assert_eq!(
        found(&app.page("/admin/articles/4?q=oceans").await),
        ["About fisheries and oceans"]
    );
    assert_eq!(
        found(&app.page("/admin/articles/5?q=oceans").await),
        ["Oceans matter here too"]
    );

    let edited = with_field(&valid_feedback(), "comment", Some("Now about coral reefs"));
    assert_eq!(
        app.post(&private, &edited).await.status(),
        StatusCode::SEE_OTHER
    );
    assert!(
        found(&app.page("/admin/articles/4?q=fisheries").await).is_empty(),
        "the old text is still indexed"
    );
    assert_eq!(
        found(&app.page("/admin/articles/4?q=coral").await),
        ["Now about coral reefs"]
    );
    let page = app.page("/admin/articles/4?q=coral").await;
    assert!(page.text("#result-count").contains("1 matching, out of 1"));
}

#[tokio::test]
async fn search_matches_come_paragraph_by_paragraph_and_follow_a_move_to_another_paragraph() {
    let app = spawn_app().await;
    let moved = comment(
        &app,
        "suva-2015",
        &[("paragraph", "2"), ("comment", "Climate, first sent")],
    )
    .await;
    for (slug, paragraph, text) in [
        ("doha-2016", "1", "Climate from Doha on one"),
        ("suva-2015", "", "Climate on the whole"),
        ("doha-2016", "2", "Climate from Doha on two"),
        ("suva-2015", "1", "Climate from Suva on one"),
        ("suva-2015", "1", "Nothing to find here"),
    ] {
        comment(&app, slug, &[("paragraph", paragraph), ("comment", text)]).await;
    }
    app.log_in().await;
    let found = |page: &crate::helpers::Page| page.texts(".review-item .comment");

    assert_eq!(
        found(&app.page("/admin/articles/4?q=climate").await),
        [
            "Climate on the whole",
            "Climate from Doha on one",
            "Climate from Suva on one",
            "Climate, first sent",
            "Climate from Doha on two"
        ],
        "reading order: the whole article, then each paragraph in order of sending"
    );
    assert_eq!(
        found(
            &app.page("/admin/articles/4?q=climate&consultation=doha-2016")
                .await
        ),
        ["Climate from Doha on one", "Climate from Doha on two"]
    );

    let to_paragraph_1 = with_field(
        &with_field(&valid_feedback(), "paragraph", Some("1")),
        "comment",
        Some("Climate, moved to one"),
    );
    assert_eq!(
        app.post(&moved, &to_paragraph_1).await.status(),
        StatusCode::SEE_OTHER
    );
    let after = app.page("/admin/articles/4?q=climate").await;
    assert_eq!(
        found(&after),
        [
            "Climate on the whole",
            "Climate, moved to one",
            "Climate from Doha on one",
            "Climate from Suva on one",
            "Climate from Doha on two"
        ],
        "an item moved to paragraph 1 is found there once, in order of sending"
    );
    assert!(after.text("#result-count").contains("5 matching, out of 6"));

    // Past one page, the page is the first fifty in reading order, not any fifty.
    app.db()
        .execute_batch(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 60)
             INSERT INTO feedback (consultation_id, document_id, article, ref, ref_position, stance,
                                   comment_type, comment, token_hash, created_at, updated_at)
             SELECT consultation_id, document_id, article, ref, ref_position, stance,
                    comment_type, 'Climate again on two', randomblob(32), created_at, updated_at
             FROM feedback, n WHERE feedback.comment = 'Climate from Doha on two'",
        )
        .unwrap();
    index_written_directly(&app);
    let first_page = found(&app.page("/admin/articles/4?q=climate").await);
    assert_eq!(first_page.len(), 50);
    assert_eq!(
        first_page[..2],
        ["Climate on the whole", "Climate, moved to one"]
    );
    let second_page = found(&app.page("/admin/articles/4?q=climate&page=2").await);
    assert_eq!(second_page, vec!["Climate again on two"; 15]);
}

#[tokio::test]
async fn pages_out_of_range_are_not_found_never_negative_figures() {
    let app = spawn_app().await;
    app.submit_ok("suva-2015", "4", &valid_feedback()).await;
    app.log_in().await;
    let first = app.page("/admin/articles/4?page=1").await;
    first.assert_status(StatusCode::OK);
    assert!(first.text("#result-count").contains("Items 1–1 of 1"));
    for page in [
        "9223372036854775807",
        "-9223372036854775808",
        "0",
        "-1",
        "2",
        "185000000000000000",
    ] {
        let path = format!("/admin/articles/4?page={page}");
        let answer = app.page(&path).await;
        answer.assert_status(StatusCode::NOT_FOUND);
        assert!(!answer.body.contains("Items -"), "{path}");
    }
}

#[tokio::test]
async fn a_short_proposal_on_the_whole_article_is_shown_alone_not_struck_through() {
    let app = spawn_app().await;
    comment(
        &app,
        "suva-2015",
        &[("paragraph", ""), ("proposed_text", "Delete this article.")],
    )
    .await;
    app.log_in().await;
    let page = app.page("/admin/articles/4").await;
    assert_eq!(
        page.count("#item-1 .proposal del"),
        0,
        "a wall of strike-through"
    );
    assert_eq!(page.text("#item-1 .proposal-alone"), "Delete this article.");
    assert!(page.text("#item-1 .new-wording").contains("new wording"));
}

#[tokio::test]
async fn a_long_comment_is_folded_after_its_opening_and_kept_whole_inside() {
    let app = spawn_app().await;
    let long = "Solidarity must be binding on every State. ".repeat(210);
    comment(&app, "suva-2015", &[("comment", long.trim_end())]).await;
    app.log_in().await;
    let page = app.page("/admin/articles/4").await;
    let preview = page.text("#item-1 .comment-preview");
    assert!(preview.len() < 600 && preview.ends_with('…'), "{preview}");
    assert_eq!(
        page.text("#item-1 details.long-comment summary"),
        "Read the whole comment (9,029 characters)"
    );
    assert_eq!(
        page.raw_text("#item-1 details.long-comment .comment"),
        long.trim_end()
    );
}

/// Reviewers see whose names they may quote: a name sent for publication says so, and one
/// kept private says that.
#[tokio::test]
async fn the_desk_says_whether_each_name_may_be_published() {
    let app = spawn_app().await;
    app.submit_ok("suva-2015", "4", &valid_feedback()).await;
    let mut published = valid_feedback();
    published.push(("publish_name", "on".into()));
    app.submit_ok("suva-2015", "4", &published).await;
    let anonymous = with_field(&valid_feedback(), "name", None);
    app.submit_ok("suva-2015", "4", &anonymous).await;
    app.log_in().await;
    let page = app.page("/admin/articles/4").await;
    assert_eq!(
        page.texts(".review-item .name-publication"),
        ["(not published)", "(published with the comment)"]
    );
}
