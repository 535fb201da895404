//! The title and the draft as a whole are places to comment, before the preamble: on the form,
//! the desk, the tallies and every export, and carried to the next version like any unit.

use reqwest::StatusCode;

use crate::helpers::{TestApp, spawn_app, spawn_app_after, stance, with_field};
use crate::process::revise_shipped_draft;

fn on(comment: &str) -> Vec<(&'static str, String)> {
    with_field(
        &with_field(&stance("amend"), "comment", Some(comment)),
        "proposed_text",
        None,
    )
}

async fn comment_on_title_and_whole(app: &TestApp) {
    app.submit_ok("suva-2015", "title", &on("The title could be simplified."))
        .await;
    app.submit_ok("geneva-2015", "whole", &on("Fewer articles, one per duty."))
        .await;
}

#[tokio::test]
async fn the_title_and_the_whole_draft_come_before_the_preamble_and_take_comments() {
    let app = spawn_app().await;
    let toc = app.page("/consultations/suva-2015").await;
    assert_eq!(
        toc.texts(".toc > .toc-entry > a")[..3],
        ["The title", "The draft as a whole", "Preamble"]
    );

    let title = app.page("/consultations/suva-2015/articles/title").await;
    title.assert_status(StatusCode::OK);
    assert_eq!(title.text("h1"), "The title");
    assert!(
        title
            .text(".legal-text")
            .contains("Draft declaration on the right to international solidarity")
    );
    assert!(
        title
            .text(".feedback")
            .contains("Comment on the draft's title")
    );
    assert_eq!(title.texts("#field-paragraph option"), ["The title"]);
    assert_eq!(
        title.attrs("a[rel=next]", "href"),
        ["/consultations/suva-2015/articles/whole"]
    );

    let whole = app.page("/consultations/suva-2015/articles/whole").await;
    whole.assert_status(StatusCode::OK);
    assert_eq!(whole.text("h1"), "The draft as a whole");
    // Inside a sentence, named as a sentence names it.
    assert_eq!(
        whole.text("#feedback-title"),
        "Your feedback on the draft as a whole"
    );
    assert!(
        whole
            .text(".feedback")
            .contains("its structure, its length")
    );
    assert_eq!(
        whole.attrs("a[rel=next]", "href"),
        ["/consultations/suva-2015/articles/preamble"]
    );

    comment_on_title_and_whole(&app).await;
    let toc = app.page("/consultations/suva-2015").await;
    assert_eq!(
        toc.attrs(".count[data-article=title]", "data-article")
            .len(),
        1
    );
    assert_eq!(toc.text(".count[data-article=title]"), "1 comment");

    // A French reader sees both in French.
    app.get("/language/fr?next=/").await;
    let french = app.page("/consultations/suva-2015").await;
    assert_eq!(
        french.texts(".toc > .toc-entry > a")[..2],
        ["Le titre", "Le projet dans son ensemble"]
    );
}

#[tokio::test]
async fn the_desk_the_tallies_and_the_exports_have_their_own_rows() {
    let app = spawn_app().await;
    comment_on_title_and_whole(&app).await;
    app.log_in().await;

    let desk = app.page("/admin/articles/title").await;
    desk.assert_status(StatusCode::OK);
    assert_eq!(desk.count(".review-item"), 1);
    assert!(
        desk.text(".review-item")
            .contains("The title could be simplified.")
    );
    let desk = app.page("/admin/articles/whole").await;
    assert_eq!(desk.count(".review-item"), 1);
    assert!(
        desk.text("main")
            .contains("The current text of the draft as a whole"),
        "{}",
        desk.text("main")
    );
    assert!(desk.text(".review-item").contains("Fewer articles"));
    let overview = app.page("/admin").await;
    assert_eq!(
        overview.attrs("[id^=overview-]", "id")[..3],
        ["overview-title", "overview-whole", "overview-preamble"]
    );

    let (header, rows) = app.export("/admin/exports/feedback.csv").await;
    let article = header.iter().position(|h| h == "article").unwrap();
    let mut articles: Vec<&str> = rows.iter().map(|r| r[article].as_str()).collect();
    articles.sort();
    assert_eq!(articles, ["title", "whole"]);

    let (_, tally) = app.export("/admin/exports/tally_by_article.csv").await;
    let row = |article: &str, consultation: &str| -> Vec<String> {
        tally
            .iter()
            .find(|r| r[0] == article && r[1] == consultation)
            .unwrap_or_else(|| panic!("no row {article} {consultation}"))[2..]
            .to_vec()
    };
    // Columns: support, amend, oppose, question, no position, total.
    assert_eq!(row("title", "suva-2015"), ["0", "1", "0", "0", "0", "1"]);
    assert_eq!(row("whole", "geneva-2015"), ["0", "1", "0", "0", "0", "1"]);
    assert_eq!(tally[0][0], "title");

    // The disposition of comments reads the draft in the same order: a comment on the
    // preamble, sent first, comes after those on the title and the whole draft.
    app.submit_ok("doha-2016", "preamble", &on("The preamble is long."))
        .await;
    let (header, dispositions) = app
        .export("/admin/exports/disposition_of_comments.csv")
        .await;
    let comment = header.iter().position(|h| h == "comment").unwrap();
    let comments: Vec<&str> = dispositions.iter().map(|r| r[comment].as_str()).collect();
    assert_eq!(
        comments,
        [
            "The title could be simplified.",
            "Fewer articles, one per duty.",
            "The preamble is long."
        ]
    );
}

#[tokio::test]
async fn a_comment_on_the_title_is_carried_to_the_revised_title() {
    let app = spawn_app_after(revise_shipped_draft, |_| {}).await;
    app.submit_ok("suva-2015", "title", &on("The title could be simplified."))
        .await;
    app.log_in().await;
    let revision: String =
        url::form_urlencoded::byte_serialize("A/HRC/35/35/Rev.test".as_bytes()).collect();
    let desk = app
        .page(&format!("/admin/articles/title?version={revision}"))
        .await;
    desk.assert_status(StatusCode::OK);
    assert_eq!(desk.count(".review-item"), 1, "{}", desk.text("main"));
    assert_eq!(
        desk.text(".review-item .item-origin"),
        "Written on The title of A/HRC/35/35 (Suva)"
    );
    // The lineage says the title was amended between the two versions.
    let kind: String = app
        .db()
        .query_row(
            "SELECT kind FROM unit_links WHERE to_article = 'title' AND to_document = 2",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(kind, "amended");
}
