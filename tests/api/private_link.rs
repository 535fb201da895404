//! The private link: the author sees their feedback and edits it while the consultation is open.

use reqwest::StatusCode;

use crate::helpers::{location, spawn_app, valid_feedback, with_field};

#[tokio::test]
async fn the_private_page_shows_the_feedback_and_an_edit_form_filled_with_it() {
    let app = spawn_app().await;
    let private = app.submit_ok("suva-2015", "4", &valid_feedback()).await;
    let page = app.page(&private).await;
    page.assert_status(StatusCode::OK);
    assert_eq!(page.text("h1"), "Your feedback");
    assert_eq!(page.text("#stored-organisation"), "Pacific Islands Forum");
    assert_eq!(page.text("#stored-email"), "mere@example.org");
    assert_eq!(
        page.attrs("form.feedback-form", "action"),
        [format!("{private}#error-summary")],
        "a refused edit comes back at the summary of what to fix"
    );
    assert_eq!(page.attrs("#field-stance-amend", "checked").len(), 1);
    assert_eq!(
        page.attrs("#field-comment_type option[selected]", "value"),
        ["drafting"]
    );
    assert_eq!(
        page.raw_text("#field-comment"),
        "Paragraph 2 should name peoples as well as individuals."
    );
}

#[tokio::test]
async fn the_author_can_edit_and_the_tally_follows_the_new_stance() {
    let app = spawn_app().await;
    let private = app.submit_ok("suva-2015", "4", &valid_feedback()).await;
    let mut edited = with_field(&valid_feedback(), "stance", Some("oppose"));
    edited = with_field(
        &edited,
        "comment",
        Some("On reflection, delete paragraph 2."),
    );
    edited = with_field(&edited, "paragraph", Some(""));
    edited = with_field(&edited, "themes", None);
    let response = app.post(&private, &edited).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&response), format!("{private}?saved=1"));

    let page = app.page(&format!("{private}?saved=1")).await;
    assert!(page.text(".notice-success").contains("saved"));
    assert_eq!(page.text("#stored-stance"), "Oppose / delete");
    assert_eq!(page.text("#stored-paragraph"), "Whole article");
    assert_eq!(page.text("#stored-themes"), "None");
    assert_eq!(
        page.text("#stored-comment"),
        "On reflection, delete paragraph 2."
    );

    let tally: Vec<(String, i64)> = app
        .db()
        .prepare("SELECT stance, count FROM tally WHERE count > 0")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(tally, [("oppose".to_string(), 1)]);
    assert_eq!(app.count_feedback(), 1);
}

#[tokio::test]
async fn an_invalid_edit_comes_back_with_the_message_and_changes_nothing() {
    let app = spawn_app().await;
    let private = app.submit_ok("suva-2015", "4", &valid_feedback()).await;
    let mut edited = with_field(&valid_feedback(), "comment", Some("New words"));
    edited = with_field(&edited, "email", Some("nope"));
    let response = app.post(&private, &edited).await;
    let page = app.page_of(&private, response).await;
    page.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(page.count("#error-email"), 1);
    assert_eq!(page.raw_text("#field-comment"), "New words");
    assert_eq!(page.attrs("#field-email", "value"), ["nope"]);
    // The stored version is still the old one.
    assert_eq!(
        page.text("#stored-comment"),
        "Paragraph 2 should name peoples as well as individuals."
    );
}

#[tokio::test]
async fn links_are_kept_in_the_order_they_were_given_and_those_given_before_still_open() {
    let app = spawn_app().await;
    let first = app.submit_ok("suva-2015", "4", &valid_feedback()).await;
    let second = app.submit_ok("suva-2015", "4", &valid_feedback()).await;
    let token = |path: &str| path.trim_start_matches("/feedback/").to_string();
    let kept: Vec<Vec<u8>> = app.column("SELECT token_hash FROM feedback ORDER BY id");
    assert_eq!(
        kept,
        [
            consult::tokens::private_link_key(&token(&first)),
            consult::tokens::private_link_key(&token(&second))
        ]
    );
    assert!(kept[0] < kept[1], "the later link's key sorts after");
    // An item stored before links were ordered is kept under the link's plain hash.
    app.db()
        .execute(
            "UPDATE feedback SET token_hash = ?1 WHERE token_hash = ?2",
            rusqlite::params![consult::tokens::token_hash(&token(&first)), kept[0]],
        )
        .unwrap();
    let page = app.page(&first).await;
    page.assert_status(StatusCode::OK);
    assert_eq!(
        page.raw_text("#field-comment"),
        "Paragraph 2 should name peoples as well as individuals."
    );
    app.page(&second).await.assert_status(StatusCode::OK);
}

#[tokio::test]
async fn unknown_and_malformed_tokens_get_404() {
    let app = spawn_app().await;
    app.submit_ok("suva-2015", "4", &valid_feedback()).await;
    let unknown = "A".repeat(43);
    for token in [unknown.as_str(), "short", "%00", "../../etc/passwd"] {
        let path = format!("/feedback/{token}");
        assert_eq!(
            app.get(&path).await.status(),
            StatusCode::NOT_FOUND,
            "GET {path}"
        );
        let response = app.post(&path, &valid_feedback()).await;
        assert_eq!(response.status(), StatusCode::NOT_FOUND, "POST {path}");
    }
}

#[tokio::test]
async fn after_closing_the_link_shows_the_feedback_read_only_and_refuses_edits() {
    let app = spawn_app().await;
    let private = app
        .submit_ok("panama-city-2015", "7", &valid_feedback())
        .await;
    app.close("panama-city-2015");
    let page = app.page(&private).await;
    page.assert_status(StatusCode::OK);
    assert_eq!(page.count("form.feedback-form"), 0);
    assert_eq!(
        page.text("#stored-comment"),
        "Paragraph 2 should name peoples as well as individuals."
    );
    assert!(
        page.text(".notice-closed")
            .contains("can no longer be changed")
    );

    let edited = with_field(&valid_feedback(), "comment", Some("Too late"));
    let response = app.post(&private, &edited).await;
    assert_eq!(response.status(), StatusCode::CONFLICT);
    assert_eq!(
        app.stored_comments(),
        ["Paragraph 2 should name peoples as well as individuals."]
    );
}

#[tokio::test]
async fn the_private_link_never_comes_from_request_headers() {
    let app = spawn_app().await;
    let response = app
        .client
        .post(app.url("/consultations/suva-2015/articles/4/feedback"))
        .header("X-Forwarded-Host", "evil.example")
        .header("X-Forwarded-Proto", "https")
        .header("Forwarded", "host=evil.example;proto=https")
        .form(
            &[("csrf_token", app.csrf_token().await)]
                .into_iter()
                .chain(valid_feedback())
                .collect::<Vec<_>>(),
        )
        .send()
        .await
        .unwrap();
    let receipt = location(&response);
    let page = app
        .page_of(
            &receipt,
            app.client
                .get(app.url(&receipt))
                .header("X-Forwarded-Host", "evil.example")
                .header("Host", "evil.example")
                .send()
                .await
                .unwrap(),
        )
        .await;
    let link = page.attrs("#private-link", "value").pop().unwrap();
    assert!(link.starts_with("/feedback/"), "{link}");
    assert!(!page.body.contains("evil.example"));
}

#[tokio::test]
async fn with_a_base_url_the_private_link_is_absolute_on_it() {
    let app = crate::helpers::spawn_app_with(|s| {
        s.base_url =
            Some(consult::configuration::BaseUrl::parse("https://consult.example.org/").unwrap())
    })
    .await;
    let private = app.submit_ok("suva-2015", "4", &valid_feedback()).await;
    let page = app
        .page_of(
            &private,
            app.client
                .get(app.url(&private))
                .header("X-Forwarded-Host", "evil.example")
                .send()
                .await
                .unwrap(),
        )
        .await;
    assert_eq!(
        page.attrs("#private-link", "value"),
        [format!("https://consult.example.org{private}")]
    );
}

#[tokio::test]
async fn the_receipt_gives_a_reference_every_empty_fact_the_same_word_and_a_link_to_copy_whole() {
    let app = spawn_app().await;
    // Another consultation's item first, so the number is not this consultation's count.
    app.submit_ok("suva-2015", "4", &valid_feedback()).await;
    let mut fields = valid_feedback();
    for field in [
        "organisation",
        "country",
        "email",
        "stakeholder_category",
        "proposed_text",
    ] {
        fields = with_field(&fields, field, None);
    }
    let private = app.submit_ok("doha-2016", "4", &fields).await;
    let receipt = app.page(&format!("{private}?received=1")).await;
    assert!(
        receipt
            .text(".notice-success p")
            .contains("reference 2 in the Doha consultation"),
        "{}",
        receipt.text(".notice-success p")
    );
    for fact in [
        "#stored-organisation",
        "#stored-country",
        "#stored-email",
        "#stored-category",
    ] {
        assert_eq!(receipt.text(fact), "None", "{fact}");
    }
    assert_eq!(
        receipt.attrs("input#private-link[readonly]", "value"),
        std::slice::from_ref(&private)
    );
    assert_eq!(receipt.count("label[for=private-link]"), 1);
    assert_eq!(receipt.attrs("#private-link-bookmark", "href"), [private]);
}
