//! Each process's themes and stakeholder categories, edited by administrators: add, rename
//! (the key stays), reorder, retire and restore; nothing used is deleted.

use reqwest::StatusCode;

use crate::helpers::{TestApp, spawn_app, valid_feedback};

const FORM: &str = "/consultations/suva-2015/articles/4";

async fn offered_themes(app: &TestApp) -> Vec<String> {
    app.page(FORM).await.attrs("input[name=themes]", "value")
}

async fn change(app: &TestApp, list: &str, key: &str, change: &str) -> StatusCode {
    app.post(
        &format!("/admin/vocabularies/{list}/change"),
        &[("key", key.into()), ("change", change.into())],
    )
    .await
    .status()
}

#[tokio::test]
async fn themes_are_added_renamed_reordered_retired_and_restored() {
    let app = spawn_app().await;
    app.log_in().await;
    let page = app.page("/admin/vocabularies").await;
    page.assert_status(StatusCode::OK);
    assert_eq!(page.count("#themes-title ~ .table-scroll tbody tr"), 9);

    let added = app
        .post(
            "/admin/vocabularies/themes",
            &[("label", "Climate finance".into()), ("key", "".into())],
        )
        .await;
    assert_eq!(added.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        offered_themes(&app).await.last().unwrap(),
        "climate-finance"
    );

    // A participant comments on the trade theme; then it is retired.
    let mut fields = valid_feedback();
    fields.retain(|(k, _)| *k != "themes");
    fields.push(("themes", "trade-finance".into()));
    let private = app.submit_ok("suva-2015", "4", &fields).await;
    assert_eq!(
        change(&app, "themes", "trade-finance", "retire").await,
        StatusCode::SEE_OTHER
    );
    assert!(
        !offered_themes(&app)
            .await
            .contains(&"trade-finance".to_string())
    );
    // The item keeps it: shown on its own page and the desk, and still a filter.
    assert!(app.page(&private).await.body.contains("Trade, investment"));
    let filtered = app.page("/admin/articles/4?theme=trade-finance").await;
    filtered.assert_status(StatusCode::OK);
    assert!(filtered.body.contains("Paragraph 2 should name peoples"));
    let export = app
        .get("/admin/exports/feedback.csv")
        .await
        .text()
        .await
        .unwrap();
    assert!(export.contains("trade-finance"));
    assert_eq!(
        change(&app, "themes", "trade-finance", "restore").await,
        StatusCode::SEE_OTHER
    );
    assert!(
        offered_themes(&app)
            .await
            .contains(&"trade-finance".to_string())
    );

    // Renamed, a shipped theme shows its new name in every language; its key stays.
    let renamed = app
        .post(
            "/admin/vocabularies/themes/rename",
            &[
                ("key", "development".into()),
                ("label", "Development and the 2030 Agenda".into()),
            ],
        )
        .await;
    assert_eq!(renamed.status(), StatusCode::SEE_OTHER);
    app.get("/language/fr?next=/").await;
    let french = app.page(FORM).await;
    assert_eq!(
        french.text("label[for=field-theme-development]"),
        "Development and the 2030 Agenda"
    );
    assert!(
        french
            .text("label[for=field-theme-legal-framework]")
            .contains("Préambule"),
        "the others stay translated"
    );
    app.get("/language/en?next=/").await;

    assert_eq!(
        change(&app, "themes", "nature-of-right", "up").await,
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        &offered_themes(&app).await[..2],
        ["nature-of-right", "legal-framework"]
    );

    let actions: Vec<String> =
        app.column("SELECT action FROM audit_log WHERE action LIKE 'vocabulary-%' ORDER BY id");
    assert_eq!(
        actions,
        [
            "vocabulary-add",
            "vocabulary-retire",
            "vocabulary-restore",
            "vocabulary-rename",
            "vocabulary-move"
        ]
    );
}

#[tokio::test]
async fn categories_are_added_and_retired_and_a_refused_entry_keeps_what_was_typed() {
    let app = spawn_app().await;
    app.log_in().await;
    app.post(
        "/admin/vocabularies/categories",
        &[("label", "Parliament".into())],
    )
    .await;
    assert_eq!(
        change(&app, "categories", "Private sector", "retire").await,
        StatusCode::SEE_OTHER
    );
    let form = app.page(FORM).await;
    let offered = form.attrs("#field-stakeholder_category option", "value");
    assert!(offered.contains(&"Parliament".to_string()), "{offered:?}");
    assert!(
        !offered.contains(&"Private sector".to_string()),
        "{offered:?}"
    );

    type Case<'a> = (&'a str, &'a [(&'a str, &'a str)], &'a str, &'a str);
    let cases: &[Case] = &[
        (
            "themes",
            &[("label", " "), ("key", "")],
            "theme-label",
            "Give a name.",
        ),
        (
            "themes",
            &[("label", "Climate"), ("key", "Climate Change")],
            "theme-key",
            "Give a key of lower-case letters, digits and hyphens.",
        ),
        (
            "themes",
            &[("label", "التضامن"), ("key", "")],
            "theme-key",
            "Give a key of lower-case letters, digits and hyphens: the name gives none.",
        ),
        (
            "themes",
            &[("label", "Something"), ("key", "drafting")],
            "theme-key",
            "An entry of this list has this key already.",
        ),
        (
            "categories",
            &[("label", "Academia")],
            "category-label",
            "An entry of this list has this name already.",
        ),
    ];
    for (list, fields, field, message) in cases {
        let fields: Vec<(&str, String)> = fields.iter().map(|(k, v)| (*k, v.to_string())).collect();
        let response = app
            .post(&format!("/admin/vocabularies/{list}"), &fields)
            .await;
        let page = app.page_of("/admin/vocabularies", response).await;
        page.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            page.text(&format!("#error-{field}")).contains(message),
            "{field}: {}",
            page.text("main")
        );
        let label = fields
            .iter()
            .find(|(k, _)| *k == "label")
            .unwrap()
            .1
            .clone();
        let id = if *list == "themes" {
            "#field-theme-label"
        } else {
            "#field-category-label"
        };
        assert_eq!(page.attrs(id, "value"), [label]);
    }
    let themes: i64 = app
        .db()
        .query_row("SELECT COUNT(*) FROM process_themes", [], |r| r.get(0))
        .unwrap();
    assert_eq!(themes, 9);
    let refused = app
        .post(
            "/admin/vocabularies/themes/rename",
            &[("key", "drafting".into()), ("label", "".into())],
        )
        .await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    // A name taken by another theme: refused beside that row's field, with the name typed.
    let taken = "Development cooperation, 2030 Agenda, poverty, food security, health";
    let refused = app
        .post(
            "/admin/vocabularies/themes/rename",
            &[("key", "drafting".into()), ("label", taken.into())],
        )
        .await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = app.page_of("/admin/vocabularies", refused).await;
    assert_eq!(
        page.text("#error-rename-label"),
        "Error: An entry of this list has this name already."
    );
    assert_eq!(page.attrs("#field-rename-label", "value"), [taken]);
    assert_eq!(page.attrs("#field-rename-label", "aria-invalid"), ["true"]);
    assert!(
        page.text("label[for=field-rename-label]")
            .contains("drafting")
    );
    assert_eq!(
        page.attrs(".error-summary a", "href"),
        ["#field-rename-label"]
    );
    assert_eq!(page.count(".notice-refused"), 0);
    assert_eq!(
        app.column::<String>("SELECT label FROM process_themes WHERE key = 'drafting'"),
        ["Drafting, structure and wording"]
    );
    assert_eq!(
        change(&app, "themes", "nowhere", "retire").await,
        StatusCode::NOT_FOUND
    );
    let renamed = app
        .post(
            "/admin/vocabularies/themes/rename",
            &[("key", "nowhere".into()), ("label", "Anything".into())],
        )
        .await;
    assert_eq!(renamed.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_new_process_starts_with_the_first_ones_lists_and_edits_its_own() {
    let app = spawn_app().await;
    app.log_in().await;
    crate::drafts::load_from_desk(&app, "other", "Other draft\n\nArticle 1\n\nText.\n").await;
    let other = app.page("/admin/vocabularies?process=other").await;
    assert_eq!(other.count("#themes-title ~ .table-scroll tbody tr"), 9);
    let added = app
        .post(
            "/admin/vocabularies/themes?process=other",
            &[("label", "Ports".into()), ("key", "".into())],
        )
        .await;
    assert_eq!(
        crate::helpers::location(&added),
        "/admin/vocabularies?process=other"
    );
    assert!(
        !offered_themes(&app).await.contains(&"ports".to_string()),
        "the first process is untouched"
    );
    let count: i64 = app
        .db()
        .query_row(
            "SELECT COUNT(*) FROM process_themes WHERE key = 'ports'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(count, 1);
}
