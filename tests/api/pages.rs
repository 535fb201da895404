//! The participant's pages: consultations, the draft's structure, each article.

use reqwest::StatusCode;

use crate::helpers::spawn_app;

#[tokio::test]
async fn home_lists_the_five_consultations_all_open() {
    let app = spawn_app().await;
    let page = app.page("/").await;
    page.assert_status(StatusCode::OK);
    assert_eq!(
        page.texts(".card h3"),
        ["Geneva", "Addis Ababa", "Panama City", "Suva", "Doha"]
    );
    let body = &page.body;
    for fact in [
        "Western European and other States; Eastern European States",
        "African States",
        "Latin American and Caribbean States",
        "Asia-Pacific States",
        "Middle East and North African States",
        "April 2015",
        "January 2016",
    ] {
        assert!(body.contains(fact), "home page lacks {fact:?}");
    }
    assert_eq!(page.texts(".status-open").len(), 5);
}

#[tokio::test]
async fn a_consultation_page_shows_the_structure_of_the_draft() {
    let app = spawn_app().await;
    let page = app.page("/consultations/suva-2015").await;
    page.assert_status(StatusCode::OK);
    assert_eq!(page.texts(".toc-part h3").len(), 3);
    let links = page.attrs(".toc-entry > a", "href");
    let mut expected: Vec<String> = ["title", "whole", "preamble"]
        .iter()
        .map(|a| format!("/consultations/suva-2015/articles/{a}"))
        .collect();
    expected.extend((1..=10).map(|n| format!("/consultations/suva-2015/articles/{n}")));
    assert_eq!(links, expected);
    assert!(
        page.text(".toc > .toc-entry:nth-child(3) .opening")
            .starts_with("Guided by the Charter")
    );
    assert!(page.texts(".count").iter().all(|c| c == "0 comments"));
}

#[tokio::test]
async fn an_article_page_shows_numbered_paragraphs_items_and_footnotes() {
    let app = spawn_app().await;
    let page = app.page("/consultations/suva-2015/articles/1").await;
    page.assert_status(StatusCode::OK);
    assert_eq!(page.text("h1"), "Article 1");
    assert_eq!(page.texts(".paragraph-number"), ["1.", "2.", "3."]);
    assert_eq!(
        page.texts("#p-3 .item-letter"),
        ["(a)", "(b)", "(c)", "(d)", "(e)"]
    );
    // Items 3(b) and 3(e) cite footnotes 14 and 15, listed below the text.
    assert_eq!(page.attrs(".footnotes li", "id"), ["fn-14", "fn-15"]);
    assert_eq!(page.attrs("#p-3\\(b\\) .note-ref a", "href"), ["#fn-14"]);
    assert_eq!(
        page.attrs("a[rel=prev]", "href"),
        ["/consultations/suva-2015/articles/preamble"]
    );
    assert_eq!(
        page.attrs("a[rel=next]", "href"),
        ["/consultations/suva-2015/articles/2"]
    );
}

#[tokio::test]
async fn the_preamble_has_its_chapeau_eighteen_paragraphs_and_closing() {
    let app = spawn_app().await;
    let page = app
        .page("/consultations/geneva-2015/articles/preamble")
        .await;
    page.assert_status(StatusCode::OK);
    assert_eq!(page.text(".chapeau"), "The General Assembly,");
    assert_eq!(page.count(".paragraph"), 18);
    assert_eq!(page.text(".closing"), "Declares the following:");
    assert_eq!(
        page.attrs("a[rel=prev]", "href"),
        ["/consultations/geneva-2015/articles/whole"]
    );
    let options = page.texts("#field-paragraph option");
    assert_eq!(options.len(), 19);
    assert_eq!(options[0], "Whole preamble");
    assert_eq!(options[18], "Preambular paragraph 18");
}

#[tokio::test]
async fn unnumbered_articles_offer_their_lettered_items() {
    let app = spawn_app().await;
    let page = app.page("/consultations/doha-2016/articles/2").await;
    page.assert_status(StatusCode::OK);
    assert!(page.texts(".paragraph-number").is_empty());
    assert_eq!(
        page.attrs("#field-paragraph option", "value"),
        ["", "(a)", "(b)", "(c)"]
    );
    assert!(
        page.attrs("a[rel=next]", "href")
            .contains(&"/consultations/doha-2016/articles/3".to_string())
    );
    let last = app.page("/consultations/doha-2016/articles/10").await;
    assert!(last.attrs("a[rel=next]", "href").is_empty());
}

#[tokio::test]
async fn every_form_field_has_a_visible_label() {
    let app = spawn_app().await;
    let page = app.page("/consultations/suva-2015/articles/4").await;
    let label_targets = page.attrs("form.feedback-form label", "for");
    let fields = page.attrs(
        "form.feedback-form input:not([type=hidden]), form.feedback-form select, form.feedback-form textarea",
        "id",
    );
    assert!(fields.len() >= 20, "only {} fields", fields.len());
    for id in &fields {
        assert!(label_targets.contains(id), "field #{id} has no label");
    }
    let names: Vec<String> = page.attrs("form.feedback-form [name]", "name");
    for name in [
        "paragraph",
        "stance",
        "comment_type",
        "themes",
        "comment",
        "proposed_text",
        "name",
        "organisation",
        "country",
        "stakeholder_category",
        "email",
        "publish_name",
    ] {
        assert!(names.iter().any(|n| n == name), "no field named {name}");
    }
    assert_eq!(
        page.texts("#field-stance label"),
        [
            "Support as drafted",
            "Support with amendments",
            "Oppose / delete",
            "Question or comment only"
        ]
    );
    assert!(
        page.attrs("#field-publish_name", "checked").is_empty(),
        "publish_name is on by default"
    );
}

#[tokio::test]
async fn a_paragraph_link_preselects_that_paragraph() {
    let app = spawn_app().await;
    let page = app
        .page("/consultations/suva-2015/articles/4?paragraph=2")
        .await;
    page.assert_status(StatusCode::OK);
    assert_eq!(
        page.attrs("#field-paragraph option[selected]", "value"),
        ["2"]
    );
}

#[tokio::test]
async fn unknown_places_get_a_404_page_that_links_back() {
    let app = spawn_app().await;
    for path in [
        "/consultations/atlantis-2015",
        "/consultations/suva-2015/articles/11",
        "/consultations/suva-2015/articles/0",
        "/consultations/suva-2015/articles/04",
        "/consultations/suva-2015/articles/Preamble",
        "/consultations/suva-2015/articles/4?paragraph=7",
        "/consultations/suva-2015/articles/1?paragraph=3(z)",
        "/consultations/atlantis-2015/articles/4",
        "/no/such/page",
        "/feedback/not-a-token",
    ] {
        let page = app.page(path).await;
        assert_eq!(
            page.status,
            StatusCode::NOT_FOUND,
            "{path} answered {}",
            page.status
        );
        assert!(
            page.attrs("main a", "href").contains(&"/".to_string()),
            "{path}: no link back"
        );
    }
}

#[tokio::test]
async fn the_stylesheet_is_built_in_and_cached_for_a_year() {
    let app = spawn_app().await;
    let page = app.page("/").await;
    let href = page.attrs("link[rel=stylesheet]", "href").pop().unwrap();
    assert!(
        href.starts_with("/static/style.") && href.ends_with(".css"),
        "{href}"
    );
    let css = app.get(&href).await;
    assert_eq!(css.status(), StatusCode::OK);
    assert_eq!(
        css.headers()["cache-control"],
        "public, max-age=31536000, immutable"
    );
    assert!(css.text().await.unwrap().contains(".legal-text"));
    assert_eq!(
        app.get("/static/style.0000.css").await.status(),
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn the_desk_has_its_own_stylesheet_that_participants_never_download() {
    let app = spawn_app().await;
    let participant = app.page("/consultations/suva-2015/articles/4").await;
    assert_eq!(participant.attrs("link[rel=stylesheet]", "href").len(), 1);
    app.log_in().await;
    let desk = app.page("/admin/articles/4").await;
    let sheets = desk.attrs("link[rel=stylesheet]", "href");
    assert_eq!(sheets.len(), 2, "{sheets:?}");
    assert!(sheets[1].starts_with("/static/desk."), "{sheets:?}");
    let css = app.get(&sheets[1]).await;
    assert_eq!(css.status(), StatusCode::OK);
    assert!(css.text().await.unwrap().contains(".review-item"));
}

#[tokio::test]
async fn every_kind_of_answer_carries_the_security_headers() {
    let app = spawn_app().await;
    let private = app
        .submit_ok("suva-2015", "4", &crate::helpers::valid_feedback())
        .await;
    let anonymous = crate::helpers::new_client();
    let mut answers = vec![
        (
            "article page",
            app.get("/consultations/suva-2015/articles/4").await,
        ),
        ("private page", app.get(&private).await),
        ("404 page", app.get("/nowhere").await),
        ("403 page", app.post_raw("/logout", &[]).await),
        (
            "login redirect",
            anonymous.get(app.url("/admin")).send().await.unwrap(),
        ),
    ];
    app.log_in().await;
    answers.push(("admin page", app.get("/admin").await));
    answers.push(("export", app.get("/admin/exports/feedback.csv").await));
    for (what, response) in answers {
        let headers = response.headers();
        let csp = headers["content-security-policy"].to_str().unwrap();
        for directive in [
            "default-src 'self'",
            "script-src 'none'",
            "frame-ancestors 'none'",
        ] {
            assert!(
                csp.contains(directive),
                "{what}: CSP lacks {directive}: {csp}"
            );
        }
        assert!(!csp.contains("unsafe-inline"), "{what}");
        assert_eq!(headers["x-content-type-options"], "nosniff", "{what}");
        // Only the desk's pages name themselves to the desk (see the login after a session
        // ended); no page names itself to another site.
        let policy = if ["admin page", "export", "login redirect"].contains(&what) {
            "same-origin"
        } else {
            "no-referrer"
        };
        assert_eq!(headers["referrer-policy"], policy, "{what}");
        assert_eq!(headers["cache-control"], "no-store", "{what}");
    }
}

#[tokio::test]
async fn the_article_page_is_light() {
    let app = spawn_app().await;
    for article in ["preamble", "1", "7", "9"] {
        let page = app
            .page(&format!("/consultations/suva-2015/articles/{article}"))
            .await;
        let css = app
            .get(&page.attrs("link[rel=stylesheet]", "href")[0])
            .await
            .bytes()
            .await
            .unwrap();
        let total = page.body.len() + css.len();
        assert!(
            total < 40 * 1024,
            "article {article}: {total} bytes of HTML and CSS"
        );
        assert_eq!(page.count("script"), 0);
    }
}
