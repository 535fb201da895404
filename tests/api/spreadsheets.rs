//! Every export as an `.xlsx` workbook that opens right: read back with calamine (which the
//! project does not write with), participants' text is text exactly as sent, counts are
//! numbers, times are date-times, and a sheet documents the columns in the desk's language.

use std::io::Cursor;

use calamine::{Data, Reader, Xlsx, open_workbook_from_rs};
use reqwest::StatusCode;

use crate::helpers::{TestApp, spawn_app, valid_feedback, with_field};

/// The values a spreadsheet's guessing would change, each sent as a comment.
fn hard_values() -> Vec<String> {
    vec![
        "0012".into(),
        "3e5".into(),
        "2015-04-01".into(),
        "1/2".into(),
        "TRUE".into(),
        "=HYPERLINK(\"http://example.org\",\"click\")".into(),
        "'my own apostrophe".into(),
        "التضامن الدولي حق 🌍🤝".into(),
        "line one\r\nline two".into(),
        "solidarity ".repeat(818).trim_end().to_string(),
        "12345678901234567890".into(),
    ]
}

fn workbook(bytes: &[u8]) -> Xlsx<Cursor<Vec<u8>>> {
    open_workbook_from_rs(Cursor::new(bytes.to_vec())).expect("an xlsx calamine can read")
}

async fn with_hard_values() -> TestApp {
    let app = spawn_app().await;
    for value in hard_values() {
        let fields = with_field(&valid_feedback(), "comment", Some(&value));
        let fields = with_field(
            &fields,
            "organisation",
            Some(&value.chars().take(200).collect::<String>()),
        );
        app.submit_ok("suva-2015", "4", &fields).await;
    }
    app.log_in().await;
    app
}

#[tokio::test]
async fn feedback_xlsx_keeps_every_hard_value_exact_and_types_its_cells() {
    let app = with_hard_values().await;
    let response = app.get("/admin/exports/feedback.xlsx").await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        response.headers()["content-type"],
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    );
    assert_eq!(
        response.headers()["content-disposition"],
        "attachment; filename=\"feedback.xlsx\""
    );
    let mut book = workbook(&response.bytes().await.unwrap());
    assert_eq!(book.sheet_names(), ["feedback", "Columns"]);
    let sheet = book.worksheet_range("feedback").unwrap();
    let rows: Vec<&[Data]> = sheet.rows().collect();
    let header: Vec<String> = rows[0].iter().map(|c| c.to_string()).collect();
    assert_eq!(header[..3], ["id", "submitted_at", "updated_at"]);
    assert_eq!(header.len(), 44);
    let column = |name: &str| header.iter().position(|h| h == name).unwrap();
    let stored: Vec<(i64, String, String)> = app
        .db()
        .prepare("SELECT id, comment, organisation FROM feedback ORDER BY id")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(rows.len() - 1, stored.len());
    for (row, (id, comment, organisation)) in rows[1..].iter().zip(&stored) {
        // Text cells, exactly as stored: no number, date, boolean, formula or lost digit.
        assert_eq!(
            row[column("comment")],
            Data::String(comment.clone()),
            "#{id}"
        );
        assert_eq!(
            row[column("organisation")],
            Data::String(organisation.clone()),
            "#{id}"
        );
        assert_eq!(row[column("paragraph")], Data::String("2".into()));
        // Counts are numbers, times date-times.
        assert_eq!(row[column("id")], Data::Float(*id as f64));
        assert_eq!(row[column("document_version")], Data::Float(1.0));
        assert_eq!(row[column("key_comment")], Data::String("no".into()));
        assert!(
            matches!(row[column("submitted_at")], Data::DateTime(_)),
            "{:?}",
            row[1]
        );
    }
    // What was sent, including the apostrophe a participant typed and the CRLF.
    let comments: Vec<String> = stored.iter().map(|s| s.1.clone()).collect();
    for value in hard_values() {
        assert!(
            comments.contains(&value),
            "{value:?} was not stored as sent"
        );
    }
}

#[tokio::test]
async fn every_export_has_a_workbook_with_its_columns_documented_in_the_desks_language() {
    let app = with_hard_values().await;
    app.get("/language/fr?next=/admin").await;
    for (name, columns) in [
        ("feedback", 44),
        ("tally_by_article", 8),
        ("tally_by_stakeholder", 8),
        ("tally_by_channel", 8),
        ("disposition_of_comments", 8),
    ] {
        let response = app
            .get(&format!("/admin/exports/{name}.xlsx?article=4"))
            .await;
        assert_eq!(response.status(), StatusCode::OK, "{name}");
        let mut book = workbook(&response.bytes().await.unwrap());
        assert_eq!(book.sheet_names(), [name, "Colonnes"]);
        let about = book.worksheet_range("Colonnes").unwrap();
        assert_eq!(about.height(), columns, "{name}");
        for row in about.rows() {
            assert!(
                matches!(&row[1], Data::String(s) if !s.is_empty()),
                "{name}: {row:?}"
            );
        }
    }
    // The tally's counts are numbers.
    let tally = app
        .get("/admin/exports/tally_by_article.xlsx?article=4")
        .await;
    let mut book = workbook(&tally.bytes().await.unwrap());
    let sheet = book.worksheet_range("tally_by_article").unwrap();
    let all = sheet
        .rows()
        .find(|r| r[1] == Data::String("all".into()))
        .unwrap();
    assert_eq!(
        all[0],
        Data::String("4".into()),
        "an article number stays text"
    );
    assert_eq!(all[3], Data::Float(hard_values().len() as f64), "amend");
    // The overview offers both formats of every export.
    let overview = app.page("/admin").await;
    let links = overview.attrs("ul.exports a", "href");
    assert!(
        links.contains(&"/admin/exports/feedback.xlsx".to_string()),
        "{links:?}"
    );
    assert_eq!(
        links.len(),
        11,
        "five exports in two formats, and the consolidation"
    );
    assert_eq!(
        app.get("/admin/exports/feedback.ods").await.status(),
        StatusCode::NOT_FOUND
    );
    // In Arabic the columns sheet reads from the right, as its words do; the table, whose
    // columns are named in keys, stays left to right.
    app.get("/language/ar?next=/admin").await;
    let arabic = app.get("/admin/exports/feedback.xlsx").await;
    let bytes = arabic.bytes().await.unwrap();
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes.to_vec())).unwrap();
    let sheet = |zip: &mut zip::ZipArchive<Cursor<Vec<u8>>>, n: usize| {
        let mut xml = String::new();
        std::io::Read::read_to_string(
            &mut zip.by_name(&format!("xl/worksheets/sheet{n}.xml")).unwrap(),
            &mut xml,
        )
        .unwrap();
        xml
    };
    assert!(!sheet(&mut zip, 1).contains("rightToLeft"));
    assert!(sheet(&mut zip, 2).contains(r#"rightToLeft="1""#));
    assert_eq!(workbook(&bytes).sheet_names(), ["feedback", "الأعمدة"]);
    // A sheet named after an article is named as typed: "المادة 4", without the invisible
    // marks that keep the number in place on a page.
    let consolidation = app.get("/admin/exports/consolidation.xlsx").await;
    let names = workbook(&consolidation.bytes().await.unwrap()).sheet_names();
    assert!(names.contains(&"المادة 4".to_string()), "{names:?}");
}

#[tokio::test]
async fn the_command_line_writes_every_export_as_a_workbook() {
    let app = with_hard_values().await;
    let out = tempfile::tempdir().unwrap();
    let written = crate::helpers::consult_ok(
        [
            "export".as_ref(),
            "--format".as_ref(),
            "xlsx".as_ref(),
            "--out".as_ref(),
            out.path().as_os_str(),
        ],
        &app.db_path,
    );
    let printed = String::from_utf8_lossy(&written.stdout);
    for name in [
        "feedback",
        "tally_by_article",
        "tally_by_stakeholder",
        "disposition_of_comments",
    ] {
        let bytes = std::fs::read(out.path().join(format!("{name}.xlsx"))).unwrap();
        let book = workbook(&bytes);
        assert_eq!(book.sheet_names(), [name, "Columns"], "{printed}");
    }
    let mut feedback = workbook(&std::fs::read(out.path().join("feedback.xlsx")).unwrap());
    let rows = feedback.worksheet_range("feedback").unwrap().height();
    assert_eq!(rows - 1, hard_values().len());
}

#[tokio::test]
async fn the_consolidation_workbook_has_a_sheet_per_article_then_the_tally_and_the_dispositions() {
    let app = spawn_app().await;
    let on = |paragraph: &str, comment: &str| {
        let fields = with_field(&valid_feedback(), "paragraph", Some(paragraph));
        with_field(&fields, "comment", Some(comment))
    };
    app.submit_ok("suva-2015", "4", &on("2", "second paragraph, first sent"))
        .await;
    app.submit_ok("doha-2016", "4", &on("1", "first paragraph, sent later"))
        .await;
    app.submit_ok("geneva-2015", "preamble", &on("3", "on the preamble"))
        .await;
    app.submit_ok("suva-2015", "4", &on("2", "buy cheap watches"))
        .await;
    app.log_in().await;
    // What moderation hid is left out, as the tally sheet leaves it out.
    let hidden = app.moderate(4, Some("abusive")).await;
    assert_eq!(hidden.status(), StatusCode::SEE_OTHER);
    let overview = app.page("/admin").await;
    let link = overview.attrs("#consolidation-link", "href");
    assert_eq!(link, ["/admin/exports/consolidation.xlsx"]);
    let response = app.get(&link[0]).await;
    assert_eq!(response.status(), StatusCode::OK);
    let mut book = workbook(&response.bytes().await.unwrap());
    let names = book.sheet_names();
    assert_eq!(
        names[..3],
        ["The title", "The draft as a whole", "Preamble"]
    );
    assert_eq!(names[6], "Article 4");
    assert_eq!(
        names[names.len() - 3..],
        ["tally_by_article", "disposition_of_comments", "Columns"]
    );
    // An article's sheet holds its feedback in reading order.
    let article_4 = book.worksheet_range("Article 4").unwrap();
    let comments: Vec<String> = article_4
        .rows()
        .skip(1)
        .map(|r| r[11].to_string())
        .collect();
    assert_eq!(
        comments,
        [
            "first paragraph, sent later",
            "second paragraph, first sent"
        ]
    );
    assert_eq!(
        book.worksheet_range("Article 1").unwrap().height(),
        1,
        "the header alone"
    );
    let tally = book.worksheet_range("tally_by_article").unwrap();
    assert!(tally.rows().any(|r| r[0] == Data::String("4".into())
        && r[1] == Data::String("all".into())
        && r[7] == Data::Float(2.0)));
    assert_eq!(
        book.worksheet_range("disposition_of_comments")
            .unwrap()
            .height(),
        4
    );
    // Audited like every export.
    let audited: String = app
        .db()
        .query_row(
            "SELECT subject FROM audit_log WHERE action = 'export' ORDER BY id DESC",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(audited, "consolidation.xlsx");
}
