//! A summary by theme: organisers define a process's thematic areas, assign points and
//! comments to them several at once from the review desk, and read the summary (a page, a
//! Word file, a workbook) with each area's items by degree of support and divergent views
//! together.

use std::io::Cursor;

use calamine::{Data, Reader, Xlsx, open_workbook_from_rs};
use reqwest::StatusCode;

use crate::helpers::{
    TestApp, assert_word_directions, location, spawn_app, stance, with_field, word_part,
};

/// A workshop on one question with a group's three points (the second disagreeing with the
/// first) and a participant's answer; an organiser logged in. Returns the ids: consensus,
/// one participant, most participants, the answer.
async fn distilled() -> (TestApp, [i64; 4]) {
    let app = spawn_app().await;
    app.log_in().await;
    app.set_up_workshop(&["What is the relationship between solidarity and cooperation?"])
        .await;
    let group = [("name", "Group A"), ("questions", "q1")].map(|(k, v)| (k, v.to_string()));
    app.post("/admin/consultations/geneva-2012/groups", &group)
        .await;
    let mut ids: Vec<i64> = Vec::new();
    for (text, support, diverges) in [
        ("Solidarity is broader than cooperation.", "consensus", None),
        ("Solidarity and cooperation are the same.", "one", Some(0)),
        ("Solidarity is a value, cooperation a means.", "most", None),
    ] {
        let mut point = vec![
            ("question", "q1".to_string()),
            ("point", text.to_string()),
            ("support", support.to_string()),
            ("made_on", "2012-06-07".to_string()),
        ];
        if let Some(i) = diverges {
            point.push(("diverges_from", ids[i].to_string()));
        }
        let saved = app.post("/admin/groups/1/points", &point).await;
        assert_eq!(saved.status(), StatusCode::SEE_OTHER);
        ids.push(
            app.db()
                .query_row("SELECT MAX(id) FROM feedback", [], |r| r.get(0))
                .unwrap(),
        );
    }
    let answer = with_field(
        &stance("support"),
        "comment",
        Some("Cooperation follows from solidarity."),
    );
    app.submit_ok(
        "geneva-2012",
        "q1",
        &with_field(&answer, "proposed_text", None),
    )
    .await;
    ids.push(
        app.db()
            .query_row("SELECT MAX(id) FROM feedback", [], |r| r.get(0))
            .unwrap(),
    );
    (app, [ids[0], ids[1], ids[2], ids[3]])
}

#[tokio::test]
async fn organisers_assign_items_to_areas_and_the_summary_groups_divergent_views() {
    let (app, [consensus, one, most, answer]) = distilled().await;
    let refused = app.post("/admin/areas", &[("title", "   ".into())]).await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let refused = app.page_of("/admin/areas", refused).await;
    assert_eq!(refused.count("#error-area-title"), 1);
    for title in [
        "Content, nature and added value of international solidarity",
        "Other areas",
    ] {
        let made = app.post("/admin/areas", &[("title", title.into())]).await;
        assert_eq!(made.status(), StatusCode::SEE_OTHER);
    }
    let areas: Vec<i64> = app.column("SELECT id FROM thematic_areas ORDER BY position");
    // A new title of spaces only: refused beside that area's field, as typed.
    let refused = app
        .post(
            &format!("/admin/areas/{}/retitle", areas[1]),
            &[("title", "   ".into())],
        )
        .await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let refused = app.page_of("/admin/areas", refused).await;
    assert_eq!(
        refused.count(&format!("#area-{} #error-retitle-title", areas[1])),
        1
    );
    assert_eq!(
        refused.attrs("#field-retitle-title", "aria-invalid"),
        ["true"]
    );
    assert_eq!(refused.attrs("#field-retitle-title", "value"), ["   "]);
    assert_eq!(refused.count("#error-area-title, .notice-refused"), 0);
    assert_eq!(
        app.column::<String>("SELECT title FROM thematic_areas ORDER BY position"),
        [
            "Content, nature and added value of international solidarity",
            "Other areas"
        ]
    );

    // From the review desk: tick several items, choose the area, assign; back to the desk.
    let desk = app.page("/admin/articles/q1").await;
    assert_eq!(desk.count("input[name=ids][form=assign-form]"), 4);
    // Nothing ticked: the desk comes back saying so beside the form, the area kept.
    let none = app
        .post(
            "/admin/areas/assign",
            &[
                ("area", areas[1].to_string()),
                (
                    "return_to",
                    "/admin/articles/q1?consultation=geneva-2012".to_string(),
                ),
            ],
        )
        .await;
    assert_eq!(none.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let none = app.page_of("/admin/articles/q1", none).await;
    assert_eq!(
        none.attrs("select[name=consultation] option[selected]", "value"),
        ["geneva-2012"],
        "the desk's filters are kept"
    );
    assert!(none.text("#error-assign").starts_with("Error: Tick"));
    assert_eq!(
        none.attrs("#assign-area option[selected]", "value"),
        [areas[1].to_string()]
    );
    assert_eq!(none.attrs("#assign-area", "aria-invalid"), ["true"]);
    assert_eq!(
        app.column::<i64>("SELECT feedback_id FROM feedback_areas")
            .len(),
        0
    );
    let mut fields = vec![
        ("area", areas[0].to_string()),
        ("return_to", "/admin/articles/q1".to_string()),
    ];
    fields.extend([consensus, one, most, answer].map(|id| ("ids", id.to_string())));
    let assigned = app.post("/admin/areas/assign", &fields).await;
    assert_eq!(assigned.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&assigned), "/admin/articles/q1");
    let also = app
        .post(
            "/admin/areas/assign",
            &[("area", areas[1].to_string()), ("ids", answer.to_string())],
        )
        .await;
    assert_eq!(also.status(), StatusCode::SEE_OTHER);
    // An assignment made by mistake is taken back from the desk, where each item says its areas.
    let by_mistake = app
        .post(
            "/admin/areas/assign",
            &[("area", areas[1].to_string()), ("ids", most.to_string())],
        )
        .await;
    assert_eq!(by_mistake.status(), StatusCode::SEE_OTHER);
    let desk = app.page("/admin/articles/q1").await;
    assert_eq!(
        desk.texts(&format!("#item-{most} .item-areas form span")),
        [
            "Content, nature and added value of international solidarity",
            "Other areas"
        ]
    );
    let action = desk.attrs(&format!("#item-{most} .item-areas form"), "action")[1].clone();
    let taken_out = app
        .post(
            &action,
            &[
                ("item", most.to_string()),
                (
                    "return_to",
                    "/admin/articles/q1?consultation=geneva-2012".into(),
                ),
            ],
        )
        .await;
    assert_eq!(taken_out.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        location(&taken_out),
        format!("/admin/articles/q1?consultation=geneva-2012#item-{most}")
    );
    let desk = app.page("/admin/articles/q1").await;
    assert_eq!(desk.count(&format!("#item-{most} .item-areas form")), 1);
    assert_eq!(
        app.column::<String>("SELECT detail FROM audit_log WHERE action = 'area-unassign'"),
        [format!("#{most}")]
    );
    // Once only: an item not in the area is not found there.
    assert_eq!(
        app.post(&action, &[("item", most.to_string())])
            .await
            .status(),
        StatusCode::NOT_FOUND
    );

    let summary = app.page("/admin/summary").await;
    summary.assert_status(StatusCode::OK);
    assert_eq!(
        summary.texts(".summary-area h2"),
        [
            "A. Content, nature and added value of international solidarity",
            "B. Other areas"
        ]
    );
    let first = ".summary-area:first-of-type";
    // Held alone, the most widely held first; a participant's comment after the points.
    let alone: Vec<String> = summary.attrs(&format!("{first} .summary-items li"), "id");
    assert_eq!(
        alone,
        [
            format!("summary-item-{most}"),
            format!("summary-item-{answer}")
        ]
    );
    assert_eq!(
        summary.text(&format!("#summary-item-{most} .support")),
        "Most participants"
    );
    assert!(
        summary
            .text(&format!("#summary-item-{most}"))
            .contains("(Group A, Question 1)")
    );
    // The participant did not publish their name: the organisation stands for them.
    assert!(
        summary
            .text(&format!("{first} #summary-item-{answer}"))
            .contains("Pacific Islands Forum")
    );
    // The two that disagree stand together.
    assert_eq!(
        summary.attrs(&format!("{first} .divergent-views li"), "id"),
        [
            format!("summary-item-{consensus}"),
            format!("summary-item-{one}")
        ]
    );
    assert!(
        !summary.body.contains("mere@example.org"),
        "no email in the summary"
    );

    // An area with items is retired, not deleted; retired, it leaves the summary.
    let change = |area: i64, change: &'static str| {
        let app = &app;
        async move {
            app.post(
                &format!("/admin/areas/{area}/change"),
                &[("change", change.into())],
            )
            .await
        }
    };
    assert_eq!(
        change(areas[0], "delete").await.status(),
        StatusCode::CONFLICT
    );
    assert_eq!(change(areas[1], "up").await.status(), StatusCode::SEE_OTHER);
    let summary = app.page("/admin/summary").await;
    assert_eq!(summary.texts(".summary-area h2")[0], "A. Other areas");
    assert_eq!(
        change(areas[1], "retire").await.status(),
        StatusCode::SEE_OTHER
    );
    let summary = app.page("/admin/summary").await;
    assert_eq!(summary.count(".summary-area"), 1);

    // The Word file and the workbook hold what the page holds.
    let docx = app.get("/admin/summary.docx").await;
    assert_eq!(docx.status(), StatusCode::OK);
    assert_eq!(
        docx.headers()["content-disposition"],
        "attachment; filename=\"summary-solidarity-declaration.docx\""
    );
    let bytes = docx.bytes().await.unwrap();
    let xml = word_part(&bytes, "word/document.xml");
    for text in [
        "A. Content, nature and added value of international solidarity",
        "Divergent views",
        "Solidarity and cooperation are the same.",
        "One participant",
    ] {
        assert!(xml.contains(text), "the Word file lacks {text:?}");
    }
    let xlsx = app.get("/admin/summary.xlsx").await;
    assert_eq!(xlsx.status(), StatusCode::OK);
    let mut book: Xlsx<_> =
        open_workbook_from_rs(Cursor::new(xlsx.bytes().await.unwrap().to_vec())).unwrap();
    let sheet = book.worksheet_range("summary").unwrap();
    let rows: Vec<Vec<Data>> = sheet.rows().map(|r| r.to_vec()).collect();
    assert_eq!(rows.len(), 5, "a header and four items");
    assert!(rows.iter().any(|r| r[1] == Data::Float(one as f64)
        && r[4] == Data::String("one".into())
        && r[6] == Data::String(format!("#{consensus}"))));
    // Named as `feedback.csv` names them, the degree of support by its key in any language.
    let header: Vec<String> = rows[0].iter().map(|c| c.to_string()).collect();
    assert_eq!(
        header,
        [
            "area",
            "id",
            "article",
            "said_by",
            "group_support",
            "comment",
            "divergent_with"
        ]
    );
    // The article column gives keys, as its note on the Columns sheet says.
    assert!(
        rows[1..].iter().all(|r| r[2] == Data::String("q1".into())),
        "{rows:?}"
    );

    // In French, the summary speaks French.
    app.get("/language/fr?next=/admin").await;
    let french = app.page("/admin/summary").await;
    assert!(
        french
            .text(&format!("#summary-item-{one}"))
            .contains("Un participant")
    );
    let audit = app.page("/admin/audit").await.text("main");
    assert!(audit.contains("Domaine thématique ajouté") && audit.contains("Éléments attribués"));
    // In Arabic, the Word file reads from the right.
    assert_eq!(assert_word_directions(&xml, false).0, 0);
    app.get("/language/ar?next=/admin").await;
    let arabic = app.get("/admin/summary.docx").await.bytes().await.unwrap();
    let xml = word_part(&arabic, "word/document.xml");
    let (from_right, from_left) = assert_word_directions(&xml, true);
    assert!(from_right > 0 && from_left > 0, "{from_right} {from_left}");
    assert!(!xml.contains(['\u{2068}', '\u{2069}']), "{xml}");
}
