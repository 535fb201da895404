//! A participant sends feedback on an article and gets a receipt with a private link.

use reqwest::StatusCode;

use crate::helpers::{location, spawn_app, valid_feedback, with_field};

#[tokio::test]
async fn a_valid_submission_is_stored_and_answered_with_a_receipt() {
    let app = spawn_app().await;
    let response = app
        .submit_feedback("suva-2015", "4", &valid_feedback())
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let receipt_path = location(&response);
    assert!(
        receipt_path.starts_with("/feedback/") && receipt_path.ends_with("?received=1"),
        "{receipt_path}"
    );

    let receipt = app.page(&receipt_path).await;
    receipt.assert_status(StatusCode::OK);
    assert!(receipt.text("h1").contains("your feedback was received"));
    assert_eq!(receipt.text("#stored-paragraph"), "Paragraph 2");
    assert_eq!(receipt.text("#stored-stance"), "Support with amendments");
    assert_eq!(receipt.text("#stored-comment-type"), "Drafting / editorial");
    assert_eq!(
        receipt.text("#stored-themes"),
        "Conceptualization and nature of the right; Drafting, structure and wording"
    );
    assert_eq!(
        receipt.text("#stored-comment"),
        "Paragraph 2 should name peoples as well as individuals."
    );
    let private_path = receipt_path.trim_end_matches("?received=1");
    assert_eq!(
        receipt.attrs("#private-link", "value"),
        [private_path],
        "relative without a configured base URL"
    );

    let stored: (String, String, String, String, String, i64) = app
        .db()
        .query_row(
            "SELECT c.slug, f.article, f.ref, f.stance, f.comment_type, f.publish_name
             FROM feedback f JOIN consultations c ON c.id = f.consultation_id",
            [],
            |r| {
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    r.get(2)?,
                    r.get(3)?,
                    r.get(4)?,
                    r.get(5)?,
                ))
            },
        )
        .unwrap();
    assert_eq!(
        stored,
        (
            "suva-2015".into(),
            "4".into(),
            "2".into(),
            "amend".into(),
            "drafting".into(),
            0
        )
    );
}

#[tokio::test]
async fn the_private_link_has_208_random_bits_and_only_its_hash_is_stored() {
    let app = spawn_app().await;
    let first = app.submit_ok("suva-2015", "4", &valid_feedback()).await;
    let second = app.submit_ok("suva-2015", "4", &valid_feedback()).await;
    let token = first.trim_start_matches("/feedback/");
    assert_ne!(first, second);
    assert_eq!(token.len(), 43, "32 bytes in unpadded base64url: {token}");
    assert_ne!(
        &first[18..],
        &second[18..],
        "past when it was drawn, random"
    );
    let conn = app.db();
    let hash: Vec<u8> = conn
        .query_row("SELECT token_hash FROM feedback WHERE id = 1", [], |r| {
            r.get(0)
        })
        .unwrap();
    // When it was drawn (six bytes), then the hash of the whole link.
    assert_eq!(hash[6..], consult::tokens::token_hash(token)[..]);
    assert_eq!(hash, consult::tokens::private_link_key(token));
    let dump: String = conn
        .query_row(
            "SELECT group_concat(quote(token_hash) || comment) FROM feedback",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(!dump.contains(token), "the token itself is stored");
}

#[tokio::test]
async fn the_consultation_page_counts_the_comments_of_that_consultation_only() {
    let app = spawn_app().await;
    app.submit_ok("suva-2015", "4", &valid_feedback()).await;
    app.submit_ok(
        "suva-2015",
        "4",
        &with_field(&valid_feedback(), "paragraph", Some("")),
    )
    .await;
    app.submit_ok("doha-2016", "4", &valid_feedback()).await;
    let suva = app.page("/consultations/suva-2015").await;
    assert_eq!(suva.text(".count[data-article='4']"), "2 comments");
    assert_eq!(suva.text(".count[data-article='5']"), "0 comments");
    let doha = app.page("/consultations/doha-2016").await;
    assert_eq!(doha.text(".count[data-article='4']"), "1 comment");
}

#[tokio::test]
async fn preamble_paragraphs_and_lettered_items_can_be_commented_on() {
    let app = spawn_app().await;
    for (article, paragraph) in [
        ("preamble", "18"),
        ("preamble", ""),
        ("1", "3(a)"),
        ("2", "(c)"),
        ("10", ""),
    ] {
        let fields = with_field(&valid_feedback(), "paragraph", Some(paragraph));
        let response = app.submit_feedback("geneva-2015", article, &fields).await;
        assert_eq!(
            response.status(),
            StatusCode::SEE_OTHER,
            "article {article} paragraph {paragraph:?}"
        );
    }
    assert_eq!(app.count_feedback(), 5);
}

/// What a case is called, the form it sends, and the field its message must stand beside.
type RejectedForm = (&'static str, Vec<(&'static str, String)>, &'static str);

#[tokio::test]
async fn an_invalid_submission_comes_back_with_messages_beside_fields_and_values_kept() {
    let app = spawn_app().await;
    let long = "x".repeat(10_001);
    let cases: Vec<RejectedForm> = vec![
        (
            "no stance",
            with_field(&valid_feedback(), "stance", None),
            "stance",
        ),
        (
            "unknown stance",
            with_field(&valid_feedback(), "stance", Some("perhaps")),
            "stance",
        ),
        (
            "no comment",
            with_field(&valid_feedback(), "comment", Some("")),
            "comment",
        ),
        (
            "blank comment",
            with_field(&valid_feedback(), "comment", Some("   \r\n ")),
            "comment",
        ),
        (
            "long comment",
            with_field(&valid_feedback(), "comment", Some(&long)),
            "comment",
        ),
        (
            "long proposal",
            with_field(&valid_feedback(), "proposed_text", Some(&long)),
            "proposed_text",
        ),
        (
            "bad email",
            with_field(&valid_feedback(), "email", Some("mere at example")),
            "email",
        ),
        (
            "unknown type",
            with_field(&valid_feedback(), "comment_type", Some("rant")),
            "comment_type",
        ),
        (
            "unknown theme",
            with_field(&valid_feedback(), "themes", Some("astrology")),
            "themes",
        ),
        (
            "unknown category",
            with_field(&valid_feedback(), "stakeholder_category", Some("Pirates")),
            "stakeholder_category",
        ),
    ];
    for (case, fields, field) in cases {
        let response = app.submit_feedback("suva-2015", "4", &fields).await;
        let page = app.page_of(case, response).await;
        assert_eq!(
            page.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{case}: {}",
            page.status
        );
        assert_eq!(
            page.count(&format!("#error-{field}")),
            1,
            "{case}: no message beside {field}"
        );
        assert_eq!(
            page.count(".field-error"),
            1,
            "{case}: other fields flagged"
        );
        assert_eq!(
            page.attrs(".error-summary a", "href"),
            [format!("#field-{field}")],
            "{case}"
        );
        // What the participant typed is all still there.
        if field != "name" {
            assert_eq!(
                page.attrs("#field-name", "value"),
                ["Mere Tuilagi"],
                "{case}"
            );
        }
        if field != "comment" {
            assert_eq!(
                page.raw_text("#field-comment"),
                "Paragraph 2 should name peoples as well as individuals.",
                "{case}"
            );
        }
        if field != "proposed_text" {
            assert!(
                page.raw_text("#field-proposed_text")
                    .starts_with("Individuals and peoples"),
                "{case}"
            );
        }
        if field != "themes" {
            assert_eq!(
                page.attrs("input[name=themes][checked]", "value"),
                ["nature-of-right", "drafting"],
                "{case}"
            );
        }
        assert_eq!(
            page.attrs("#field-paragraph option[selected]", "value"),
            ["2"],
            "{case}"
        );
    }
    assert_eq!(app.count_feedback(), 0);
}

#[tokio::test]
async fn a_rejected_form_keeps_the_text_exactly_as_typed() {
    let app = spawn_app().await;
    let typed = "  <b>Bold?</b> & \"quotes\"\r\nلا نوافق — déjà vu  ";
    let mut fields = with_field(&valid_feedback(), "comment", Some(typed));
    fields = with_field(&fields, "stance", None);
    let response = app.submit_feedback("suva-2015", "4", &fields).await;
    let page = app.page_of("rejected", response).await;
    page.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    // A textarea drops one leading newline only; the rest comes back byte for byte.
    assert_eq!(page.raw_text("#field-comment"), typed.replace("\r\n", "\n"));
    assert!(
        !page.body.contains("<b>Bold?</b>"),
        "typed HTML was not escaped"
    );
}

#[tokio::test]
async fn a_paragraph_the_article_does_not_have_gets_404_with_the_text_kept() {
    let app = spawn_app().await;
    let fields = with_field(&valid_feedback(), "paragraph", Some("9"));
    let response = app.submit_feedback("suva-2015", "4", &fields).await;
    let page = app.page_of("paragraph 9", response).await;
    page.assert_status(StatusCode::NOT_FOUND);
    assert_eq!(page.count("#error-paragraph"), 1);
    assert_eq!(
        page.raw_text("#field-comment"),
        "Paragraph 2 should name peoples as well as individuals."
    );
    assert_eq!(app.count_feedback(), 0);
}

#[tokio::test]
async fn posting_to_an_unknown_consultation_or_article_gets_404() {
    let app = spawn_app().await;
    for (slug, article) in [
        ("atlantis-2015", "4"),
        ("suva-2015", "11"),
        ("suva-2015", "four"),
    ] {
        let response = app.submit_feedback(slug, article, &valid_feedback()).await;
        assert_eq!(response.status(), StatusCode::NOT_FOUND, "{slug} {article}");
    }
    assert_eq!(app.count_feedback(), 0);
}

#[tokio::test]
async fn a_closed_consultation_shows_no_form_and_refuses_posts() {
    let app = spawn_app().await;
    app.close("doha-2016");
    let page = app.page("/consultations/doha-2016/articles/4").await;
    page.assert_status(StatusCode::OK);
    assert_eq!(page.count("form.feedback-form"), 0);
    assert!(page.text(".notice-closed").contains("closed"));
    assert!(app.page("/").await.body.contains("status-closed"));

    let response = app
        .submit_feedback("doha-2016", "4", &valid_feedback())
        .await;
    let refused = app.page_of("closed", response).await;
    refused.assert_status(StatusCode::CONFLICT);
    assert!(refused.text("h1").contains("closed"));
    assert_eq!(app.count_feedback(), 0);
    // Other consultations stay open.
    app.submit_ok("suva-2015", "4", &valid_feedback()).await;
}

#[tokio::test]
async fn publish_name_is_off_unless_ticked() {
    let app = spawn_app().await;
    app.submit_ok("suva-2015", "4", &valid_feedback()).await;
    let mut ticked = valid_feedback();
    ticked.push(("publish_name", "on".into()));
    app.submit_ok("suva-2015", "4", &ticked).await;
    let flags: Vec<i64> = app.column("SELECT publish_name FROM feedback ORDER BY id");
    assert_eq!(flags, [0, 1]);
}

#[tokio::test]
async fn the_kept_tally_matches_a_recount_from_feedback() {
    let app = spawn_app().await;
    let stances = ["support", "amend", "oppose", "question"];
    for (i, slug) in ["geneva-2015", "suva-2015", "doha-2016"].iter().enumerate() {
        for (j, article) in ["preamble", "4", "7"].iter().enumerate() {
            let mut fields = with_field(&valid_feedback(), "stance", Some(stances[(i + j) % 4]));
            fields = with_field(&fields, "paragraph", Some(""));
            app.submit_ok(slug, article, &fields).await;
        }
    }
    let conn = app.db();
    let kept = consult::tallies::repo::tally_cells(&conn, None).unwrap();
    let recounted =
        consult::tallies::repo::tally_cells_counted(&conn, &Default::default()).unwrap();
    assert_eq!(kept.len(), 9);
    let mut kept = kept;
    let mut recounted = recounted;
    kept.sort_by(|a, b| (&a.article, &a.group, &a.stance).cmp(&(&b.article, &b.group, &b.stance)));
    recounted
        .sort_by(|a, b| (&a.article, &a.group, &a.stance).cmp(&(&b.article, &b.group, &b.stance)));
    assert_eq!(kept, recounted);
}

#[tokio::test]
async fn an_acknowledged_submission_is_on_disk() {
    let app = spawn_app().await;
    let path = app.submit_ok("suva-2015", "4", &valid_feedback()).await;
    // A new connection, opened after the 303, sees the row: it was committed before the answer.
    let conn = rusqlite::Connection::open(&app.db_path).unwrap();
    let token_hash = consult::tokens::private_link_key(path.trim_start_matches("/feedback/"));
    let found: i64 = conn
        .query_row(
            "SELECT COUNT(*) FROM feedback WHERE token_hash = ?1",
            [token_hash],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(found, 1);
}

#[tokio::test]
async fn a_refused_form_says_error_in_its_title_and_lands_at_its_summary() {
    let app = spawn_app().await;
    let article = app.page("/consultations/suva-2015/articles/4").await;
    assert_eq!(
        article.attrs("form.feedback-form", "action"),
        ["/consultations/suva-2015/articles/4/feedback#error-summary"],
        "the browser opens the answer at the summary"
    );
    assert!(!article.text("title").starts_with("Error"));
    for (lang, prefix) in [("en", "Error: "), ("fr", "Erreur : "), ("ar", "خطأ: ")] {
        app.get(&format!("/language/{lang}?next=/")).await;
        let response = app
            .submit_feedback(
                "suva-2015",
                "4",
                &with_field(&valid_feedback(), "comment", Some("   ")),
            )
            .await;
        let refused = app.page_of(lang, response).await;
        refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            refused.text("title").starts_with(prefix),
            "{lang}: {}",
            refused.text("title")
        );
        assert_eq!(
            refused.count("#error-summary a[href='#field-comment']"),
            1,
            "{lang}"
        );
    }
    app.get("/language/en?next=/").await;
    let private = app.submit_ok("suva-2015", "4", &valid_feedback()).await;
    let response = app
        .post(
            &private,
            &with_field(&valid_feedback(), "stance", Some("maybe")),
        )
        .await;
    let refused = app.page_of("edit", response).await;
    assert!(
        refused.text("title").starts_with("Error: Your feedback"),
        "{}",
        refused.text("title")
    );
    assert_eq!(refused.count("#error-summary"), 1);
}

#[tokio::test]
async fn the_kept_tally_follows_each_unit_when_a_comment_moves_to_another_paragraph() {
    let app = spawn_app().await;
    let on = |paragraph: &str| with_field(&valid_feedback(), "paragraph", Some(paragraph));
    let private = app.submit_ok("suva-2015", "7", &on("1")).await;
    app.submit_ok("suva-2015", "7", &on("2")).await;
    let moved = app.post(&private, &on("3")).await;
    assert_eq!(moved.status(), StatusCode::SEE_OTHER);
    let rows = |sql: &str| -> Vec<(String, i64, i64)> {
        app.db()
            .prepare(sql)
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap()
    };
    let kept = rows(
        "SELECT article, ref_position, count FROM tally WHERE count > 0 ORDER BY article, ref_position",
    );
    let recounted = rows(
        r#"SELECT article, ref_position, COUNT(*) FROM feedback WHERE status = 'visible'
           GROUP BY article, ref_position ORDER BY article, ref_position"#,
    );
    assert_eq!(kept, recounted);
    assert_eq!(
        kept.len(),
        2,
        "paragraphs 2 and 3, none left on 1: {kept:?}"
    );
}
