//! Hiding an item: it leaves every tally and the participants' counts, stays in feedback.csv
//! marked hidden, and is shown greyed to organisers; unhiding puts it back.

use reqwest::StatusCode;

use crate::helpers::{location, spawn_app, valid_feedback, with_field};

#[tokio::test]
async fn a_hidden_item_leaves_every_tally_and_comes_back_when_unhidden() {
    let app = spawn_app().await;
    let amend = with_field(&valid_feedback(), "paragraph", Some(""));
    app.submit_ok("suva-2015", "4", &amend).await;
    app.submit_ok(
        "suva-2015",
        "4",
        &with_field(&amend, "comment", Some("Buy cheap watches")),
    )
    .await;
    app.log_in().await;

    let response = app.moderate(2, Some("off-topic")).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&response), "/admin/articles/4#item-2");

    // Participants' count, the overview, the tally page and both tally exports: one item.
    assert_eq!(
        app.page("/consultations/suva-2015")
            .await
            .text(".count[data-article='4']"),
        "1 comment"
    );
    assert_eq!(
        app.page("/").await.text(".card:nth-child(4) dd:last-child"),
        "1"
    );
    let overview = app.page("/admin").await;
    assert_eq!(overview.texts("#overview-4 td")[5], "1");
    let tally = app.page("/admin/tally").await;
    assert_eq!(tally.texts("#tally-4 .cell-all .cell-total"), ["1"]);
    let (_, by_article) = app.export("/admin/exports/tally_by_article.csv").await;
    let all_4 = by_article
        .iter()
        .find(|r| r[0] == "4" && r[1] == "all")
        .unwrap();
    assert_eq!(all_4[7], "1");
    let (_, by_stakeholder) = app.export("/admin/exports/tally_by_stakeholder.csv").await;
    assert_eq!(
        by_stakeholder
            .iter()
            .filter(|r| r[0] == "4")
            .map(|r| r[7].as_str())
            .collect::<Vec<_>>(),
        ["1"]
    );
    let (_, disposition) = app
        .export("/admin/exports/disposition_of_comments.csv")
        .await;
    assert_eq!(
        disposition.len(),
        1,
        "a hidden item is in the disposition of comments"
    );
    let conn = app.db();
    assert_eq!(
        consult::tallies::repo::tally_cells(&conn, None).unwrap(),
        consult::tallies::repo::tally_cells_counted(&conn, &Default::default()).unwrap()
    );

    // Still in feedback.csv, marked; greyed on the review page.
    let (header, rows) = app.export("/admin/exports/feedback.csv").await;
    let status = header.iter().position(|h| h == "status").unwrap();
    assert_eq!(
        (rows[1][status].as_str(), rows[1][status + 1].as_str()),
        ("hidden", "off-topic")
    );
    assert_eq!(rows[0][status], "visible");
    let review = app.page("/admin/articles/4").await;
    assert_eq!(review.attrs(".review-item.is-hidden", "id"), ["item-2"]);
    assert!(
        review
            .text("#result-count")
            .contains("of 2 matching, out of 2"),
        "hidden items are still listed"
    );
    let suva_amend = app
        .page("/admin/articles/4?consultation=suva-2015&stance=amend")
        .await;
    assert!(
        suva_amend.text("#result-count").contains("of 2 matching"),
        "{}",
        suva_amend.text("#result-count")
    );
    assert!(review.text("#item-2 .hidden-mark").contains("Off-topic"));

    assert_eq!(app.moderate(2, None).await.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        app.page("/consultations/suva-2015")
            .await
            .text(".count[data-article='4']"),
        "2 comments"
    );
    let (_, rows) = app.export("/admin/exports/feedback.csv").await;
    assert_eq!(
        (rows[1][status].as_str(), rows[1][status + 1].as_str()),
        ("visible", "")
    );

    let actions: Vec<String> = app
        .page("/admin/audit")
        .await
        .attrs(".audit-action data", "value");
    assert_eq!(&actions[..4], ["export", "unhide", "export", "export"]);
    assert!(actions.contains(&"hide".to_string()));
}

#[tokio::test]
async fn hiding_needs_a_known_reason_and_an_existing_item() {
    let app = spawn_app().await;
    app.submit_ok("suva-2015", "4", &valid_feedback()).await;
    app.log_in().await;
    // No reason chosen (or one not offered): the desk comes back, the message beside the
    // item's choice of reasons, and nothing is hidden.
    for reason in ["", "boring"] {
        let refused = app
            .post(
                "/admin/feedback/1/hide",
                &[
                    ("reason", reason.into()),
                    (
                        "return_to",
                        "/admin/articles/4?consultation=suva-2015".into(),
                    ),
                ],
            )
            .await;
        assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let page = app.page_of("/admin/articles/4", refused).await;
        assert!(
            page.text("#error-reason-1")
                .starts_with("Error: Choose why this item is hidden"),
            "{}",
            page.text("#error-reason-1")
        );
        assert_eq!(page.attrs("#reason-1", "aria-invalid"), ["true"]);
        assert_eq!(page.count(".review-item.is-hidden"), 0);
        assert_eq!(
            page.attrs("select[name=consultation] option[selected]", "value"),
            ["suva-2015"],
            "the desk's filters are kept"
        );
    }
    assert_eq!(
        app.moderate(99, Some("duplicate")).await.status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.page("/consultations/suva-2015")
            .await
            .text(".count[data-article='4']"),
        "1 comment"
    );
}

#[tokio::test]
async fn hiding_starts_on_no_reason_which_must_be_chosen() {
    let app = spawn_app().await;
    app.submit_ok("suva-2015", "4", &valid_feedback()).await;
    app.log_in().await;
    let review = app.page("/admin/articles/4").await;
    assert_eq!(review.attrs("#reason-1[required] option", "value")[0], "");
    assert_eq!(review.attrs("#reason-1 option[selected]", "value").len(), 0);
}
