//! The drafting cycle in a browser: an administrator loads a revision and confirms its
//! lineage; a reviewer finds an earlier comment on the new version's desk, with where it was
//! written, and says where it was addressed; its author reads the new wording.

use std::time::{Duration, Instant};

use fantoccini::Locator;

use crate::harness::start;

#[tokio::test]
async fn a_comment_on_the_earlier_draft_follows_the_text_into_the_revision() {
    let Some(session) =
        start("a_comment_on_the_earlier_draft_follows_the_text_into_the_revision").await
    else {
        return;
    };
    // A participant in Suva comments on Article 10 of the 2017 draft.
    session.open("/consultations/suva-2015/articles/10").await;
    session
        .field("Support with amendments")
        .await
        .click()
        .await
        .unwrap();
    session
        .field("Your comment")
        .await
        .send_keys("Say who reviews the implementation.")
        .await
        .unwrap();
    session.submit_feedback_form().await;
    let private = session.wait_for_path("/feedback/").await;

    // An administrator loads the revision and confirms its lineage.
    session.log_in_as_new_organiser("ada").await;
    session.click_link("Load a draft").await;
    session.wait_for_path("/admin/drafts/new").await;
    let revision = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/lineage/revised-draft.json");
    session
        .field("Draft file")
        .await
        .send_keys(revision.to_str().unwrap())
        .await
        .unwrap();
    session
        .field_by_id("field-target-revision")
        .await
        .click()
        .await
        .unwrap();
    session
        .click_button(".setup-form button[type=submit]")
        .await;
    session.wait_for(".draft-structure").await;
    session.click_button(".actions .button-primary").await;
    session.wait_for_path("/admin/lineage/2").await;
    session
        .click_button("form.inline-form .button-primary")
        .await;
    session.wait_for(".notice[role=status]").await;
    assert!(
        session
            .text(".notice[role=status]")
            .await
            .starts_with("The lineage is confirmed.")
    );
    session
        .click_button(".admin-bar form button[type=submit]")
        .await;
    session.wait_for_path("/").await;

    // A reviewer opens the revision's desk: the comment is on Article 9, where its text is now.
    session.log_in_as_new_organiser("rosa").await;
    session.click_link("Version 2: A/HRC/35/35/Rev.test").await;
    session
        .wait_for(".version-switch [aria-current=page]")
        .await;
    session.click_link("Article 9").await;
    session.wait_for(".review-item").await;
    assert_eq!(
        session.text(".review-item .item-origin").await,
        "Written on Article 10 of A/HRC/35/35 (Suva)"
    );
    let id = session
        .browser
        .find(Locator::Css(".review-item"))
        .await
        .unwrap()
        .attr("id")
        .await
        .unwrap()
        .unwrap()
        .trim_start_matches("item-")
        .to_string();
    session
        .browser
        .find(Locator::Id(&format!("disposition-{id}")))
        .await
        .unwrap()
        .select_by_label("Accepted")
        .await
        .unwrap();
    session
        .field("Addressed in")
        .await
        .send_keys("Art. 9")
        .await
        .unwrap();
    session
        .click_button(&format!("#item-{id} .disposition-form button[type=submit]"))
        .await;
    // The page reloads after the POST; until it has, the field may be missing or stale.
    let start = Instant::now();
    loop {
        let field = Locator::Id(&format!("addressed-{id}"));
        let value = match session.browser.find(field).await {
            Ok(field) => field.prop("value").await.ok().flatten().unwrap_or_default(),
            Err(_) => String::new(),
        };
        if value == "Art. 9"
            && session
                .browser
                .current_url()
                .await
                .unwrap()
                .as_str()
                .contains("#item-")
        {
            break;
        }
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "the disposition was not recorded"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }

    // The participant reads the wording their comment led to.
    session.open(&private).await;
    assert_eq!(session.text("#outcome-disposition").await, "Accepted");
    assert_eq!(
        session.text("#new-wording-title").await,
        "Addressed in Article 9 of A/HRC/35/35/Rev.test:"
    );
    assert!(!session.text("#new-wording").await.is_empty());
    session.close().await;
}
