//! Two versions of a draft compared, article by article, on the desk and for participants:
//! renumbering and moves said in words, changes marked with <ins> and <del>.

use reqwest::StatusCode;

use crate::helpers::{TestApp, spawn_app, spawn_app_after};
use crate::process::revise_shipped_draft;

async fn revised() -> TestApp {
    spawn_app_after(revise_shipped_draft, |_| {}).await
}

#[tokio::test]
async fn participants_compare_the_versions_of_a_process_article_by_article() {
    let app = revised().await;
    let process = app.page("/processes/solidarity-declaration").await;
    let link = process.attrs("#compare-link", "href");
    assert_eq!(link, ["/processes/solidarity-declaration/compare"]);

    let page = app.page(&link[0]).await;
    page.assert_status(StatusCode::OK);
    assert_eq!(
        page.text("h1"),
        "A/HRC/35/35 compared with A/HRC/35/35/Rev.test"
    );
    // Renumbered, merged, new: said in words.
    assert_eq!(
        page.text("#compare-title-9 .compare-note"),
        "formerly Article 10"
    );
    assert_eq!(
        page.text("#compare-title-2 .compare-note"),
        "formerly Article 2; Article 3"
    );
    assert_eq!(page.text("#compare-title-3 .compare-note"), "New");
    // Moved text is compared with where it came from, not shown as new.
    assert_eq!(
        page.text("#compare-7-5 th .compare-note"),
        "formerly Article 8(2)"
    );
    assert!(!page.text("#compare-7-5 .old-text").is_empty());
    // An amended paragraph marks what changed; an unchanged one says so.
    assert!(
        page.count("#compare-1-2 .new-text ins") + page.count("#compare-1-2 .new-text del") > 0
    );
    assert_eq!(page.count("#compare-4-1 .new-text ins"), 0);
    assert!(page.text("#compare-4-1 .new-text").ends_with("Unchanged"));
    // Deleted text is listed, struck through.
    assert_eq!(page.count("li[id='deleted-7:3'] del"), 1);
    // No script, and the texts carry their language.
    assert_eq!(page.count("script"), 0);
    assert_eq!(page.attrs("#compare-4-1 .new-text", "lang"), ["en"]);
}

#[tokio::test]
async fn the_desk_compares_any_two_versions_and_refuses_what_cannot_be_compared() {
    let app = revised().await;
    app.log_in().await;
    let overview = app.page("/admin").await;
    assert_eq!(overview.attrs("#compare-link", "href"), ["/admin/compare"]);
    let page = app.page("/admin/compare").await;
    page.assert_status(StatusCode::OK);
    assert_eq!(
        page.attrs("#compare-from option[selected]", "value"),
        ["A/HRC/35/35"]
    );
    assert_eq!(
        page.attrs("#compare-to option[selected]", "value"),
        ["A/HRC/35/35/Rev.test"]
    );
    // The later version first: refused, with what to do.
    let backwards = app
        .get("/admin/compare?from=A%2FHRC%2F35%2F35%2FRev.test&to=A%2FHRC%2F35%2F35")
        .await;
    assert_eq!(backwards.status(), StatusCode::BAD_REQUEST);
    assert!(
        backwards
            .text()
            .await
            .unwrap()
            .contains("is not an earlier version")
    );
    let unknown = app.get("/admin/compare?from=A%2FHRC%2F1").await;
    assert_eq!(unknown.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_draft_with_one_version_has_nothing_to_compare() {
    let app = spawn_app().await;
    let process = app.page("/processes/solidarity-declaration").await;
    assert_eq!(process.count("#compare-link"), 0);
    let page = app.get("/processes/solidarity-declaration/compare").await;
    assert_eq!(page.status(), StatusCode::NOT_FOUND);
}
