//! Feedback the organisers have decided on stays as they decided on it: its author can no
//! longer change it, and every earlier edit is shown to the organisers.

use reqwest::StatusCode;

use crate::helpers::{spawn_app, valid_feedback, with_field};

#[tokio::test]
async fn a_decided_comment_cannot_be_changed_by_its_author() {
    let app = spawn_app().await;
    let private = app.submit_ok("suva-2015", "4", &valid_feedback()).await;
    app.log_in().await;
    let decided = app.dispose(1, "accepted", "").await;
    assert_eq!(decided.status(), StatusCode::SEE_OTHER);

    let author = app.page(&private).await;
    author.assert_status(StatusCode::OK);
    assert_eq!(
        author.count("form.feedback-form"),
        0,
        "an edit form is offered"
    );
    assert!(
        author
            .text("#change-decided")
            .contains("can no longer be changed"),
        "{}",
        author.body
    );

    let rewrite = with_field(
        &valid_feedback(),
        "comment",
        Some("Delete article 7 entirely."),
    );
    let rewrite = with_field(&rewrite, "stance", Some("oppose"));
    let response = app.post(&private, &rewrite).await;
    let refused = app.page_of(&private, response).await;
    refused.assert_status(StatusCode::CONFLICT);
    assert!(refused.text("main").contains("nothing was saved"));
    assert_eq!(refused.text("#kept-comment"), "Delete article 7 entirely.");
    assert_eq!(
        app.stored_comments(),
        ["Paragraph 2 should name peoples as well as individuals."]
    );
    let (_, rows) = app
        .export("/admin/exports/disposition_of_comments.csv")
        .await;
    assert_eq!(
        rows[0][3],
        "Paragraph 2 should name peoples as well as individuals."
    );
    let revisions: i64 = app
        .db()
        .query_row("SELECT COUNT(*) FROM feedback_revisions", [], |r| r.get(0))
        .unwrap();
    assert_eq!(revisions, 0);
}

#[tokio::test]
async fn back_to_pending_the_author_may_edit_again_and_organisers_see_each_change() {
    let app = spawn_app().await;
    let private = app.submit_ok("suva-2015", "4", &valid_feedback()).await;
    app.log_in().await;
    app.dispose(1, "noted", "Seen.").await;
    app.dispose(1, "pending", "").await;

    let first = with_field(
        &valid_feedback(),
        "comment",
        Some("Paragraph 2 should name peoples and communities as well as individuals."),
    );
    assert_eq!(
        app.post(&private, &first).await.status(),
        StatusCode::SEE_OTHER
    );
    let second = with_field(&first, "stance", Some("oppose"));
    assert_eq!(
        app.post(&private, &second).await.status(),
        StatusCode::SEE_OTHER
    );

    let review = app.page("/admin/articles/4").await;
    assert_eq!(
        review.text("#item-1 .edits summary"),
        "Changed by its author 2 times"
    );
    assert_eq!(review.texts("#item-1 .edits li").len(), 2);
    assert_eq!(
        review.texts("#item-1 .edits li:first-child .edit-comment ins"),
        ["and communities"]
    );
    // Each compared text says which it is.
    assert_eq!(
        review.texts("#item-1 .edits li:first-child .edit-field"),
        ["Comment:"]
    );
    assert_eq!(
        review.count("#item-1 .edits li:first-child .edit-stance"),
        0
    );
    assert_eq!(
        review.text("#item-1 .edits li:last-child .edit-stance"),
        "Position: Support with amendments → Oppose / delete"
    );
    assert_eq!(
        review.count("#item-1 .edits li:last-child .edit-comment"),
        0
    );
}
