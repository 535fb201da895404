//! The comparative table for the drafters: a row per paragraph of the later version with the
//! earlier text, the consultations' input on it, the new text and the dispositions; as a
//! printable page, a Word file and a CSV file.

use reqwest::StatusCode;

use crate::helpers::{
    TestApp, assert_word_directions, parse_csv, spawn_app_after, valid_feedback, with_field,
    word_part,
};
use crate::process::revise_shipped_draft;

/// The revised draft with two comments from Suva on Article 8(2) (now 7(5)), one proposing a
/// wording and accepted, and one on Article 10 as a whole (now Article 9).
async fn table_app() -> (TestApp, i64) {
    let app = spawn_app_after(revise_shipped_draft, |_| {}).await;
    let on_8_2 = with_field(&valid_feedback(), "paragraph", Some("2"));
    let on_8_2 = with_field(
        &on_8_2,
        "proposed_text",
        Some("States shall cooperate to finance the realization of the right."),
    );
    app.submit_ok("suva-2015", "8", &on_8_2).await;
    app.submit_ok("suva-2015", "8", &on_8_2).await;
    let whole = with_field(&valid_feedback(), "paragraph", None);
    app.submit_ok(
        "suva-2015",
        "10",
        &with_field(&whole, "proposed_text", None),
    )
    .await;
    let accepted: i64 = app
        .db()
        .query_row("SELECT MIN(id) FROM feedback", [], |r| r.get(0))
        .unwrap();
    app.log_in().await;
    app.dispose(accepted, "accepted", "").await;
    (app, accepted)
}

#[tokio::test]
async fn the_table_has_a_row_per_paragraph_with_the_input_on_the_text_it_came_from() {
    let (app, accepted) = table_app().await;
    let overview = app.page("/admin").await;
    assert_eq!(
        overview.attrs("#table-link", "href"),
        ["/admin/comparative-table"]
    );
    let page = app.page("/admin/comparative-table").await;
    page.assert_status(StatusCode::OK);
    assert_eq!(
        page.text("h1"),
        "Comparative table: A/HRC/35/35 to A/HRC/35/35/Rev.test"
    );
    assert_eq!(
        page.text("#table-heading-9"),
        "Article 9 (formerly Article 10)"
    );
    let row = "#table-7-5";
    assert!(
        page.text(&format!("{row} .old-text"))
            .contains("formerly Article 8(2)")
    );
    assert_eq!(page.text(&format!("{row} .counts")), "Suva: 2 Amend");
    assert_eq!(
        page.text(&format!("{row} .proposals")),
        "States shall cooperate to finance the realization of the right. (2)"
    );
    assert!(
        page.text(&format!("{row} .key-comments"))
            .starts_with(&format!("#{accepted} ("))
    );
    assert_eq!(
        page.text(&format!("{row} .dispositions")),
        "Pending: 1Accepted: 1"
    );
    // The comment on Article 10 as a whole has a row of its own on Article 9.
    assert_eq!(page.text("#table-9-whole .counts"), "Suva: 1 Amend");
    // A paragraph nobody commented on says so.
    assert_eq!(page.text("#table-4-1 .input"), "No comments.");
}

#[tokio::test]
async fn the_table_downloads_as_a_landscape_word_table_and_as_csv() {
    let (app, _) = table_app().await;
    let docx = app.get("/admin/comparative-table.docx").await;
    assert_eq!(docx.status(), StatusCode::OK);
    assert_eq!(
        docx.headers()["content-disposition"],
        "attachment; filename=\"comparative-table-A-HRC-35-35-A-HRC-35-35-Rev.test.docx\""
    );
    let bytes = docx.bytes().await.unwrap();
    // Read as a Word processor would: the zip's document part, as XML.
    let xml = word_part(&bytes, "word/document.xml");
    assert!(xml.contains(r#"w:orient="landscape""#), "landscape");
    let articles: i64 = app
        .db()
        .query_row(
            "SELECT COUNT(DISTINCT article) FROM units WHERE document_id = 2",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(
        xml.matches("<w:tbl>").count() as i64,
        articles + 1,
        "a table per article, and one of the text deleted"
    );
    assert!(
        xml.contains("<w:br w:type=\"page\" />"),
        "a page per article"
    );
    assert!(xml.contains("States shall cooperate to finance the realization of the right."));
    // In Arabic every paragraph reads from the right, in the tables' cells too.
    assert_eq!(assert_word_directions(&xml, false).0, 0);
    app.get("/language/ar?next=/admin").await;
    let arabic = app.get("/admin/comparative-table.docx").await;
    let arabic = word_part(&arabic.bytes().await.unwrap(), "word/document.xml");
    let (from_right, from_left) = assert_word_directions(&arabic, true);
    assert!(from_right > 0 && from_left > 0, "{from_right} {from_left}");
    // Places as a reader filters on them, without a page's invisible marks.
    assert!(!arabic.contains(['\u{2068}', '\u{2069}']));
    let csv = app.get("/admin/comparative-table.csv").await;
    let (_, rows) = parse_csv(&csv.bytes().await.unwrap());
    assert!(
        rows.iter().any(|r| r[2] == "الفقرة 1 من الديباجة"),
        "{rows:?}"
    );
    assert!(
        rows.iter()
            .flatten()
            .all(|cell| !cell.contains(['\u{2068}', '\u{2069}'])),
        "{rows:?}"
    );
    app.get("/language/en?next=/admin").await;

    let csv = app.get("/admin/comparative-table.csv").await;
    assert_eq!(csv.status(), StatusCode::OK);
    let (header, rows) = parse_csv(&csv.bytes().await.unwrap());
    assert_eq!(
        header,
        [
            "article",
            "paragraph",
            "place",
            "earlier_text",
            "input",
            "new_text",
            "dispositions"
        ]
    );
    let moved = rows.iter().find(|r| r[0] == "7" && r[1] == "5").unwrap();
    assert!(moved[4].starts_with("Suva: 2 Amend\n"), "{:?}", moved[4]);
    assert_eq!(moved[6], "Pending: 1\nAccepted: 1");
}

#[tokio::test]
async fn the_table_downloads_as_a_workbook_with_its_texts_as_text() {
    use calamine::{Data, Reader, Xlsx, open_workbook_from_rs};
    let (app, _) = table_app().await;
    let page = app.page("/admin/comparative-table").await;
    let link = page.attrs("#table-xlsx", "href");
    let response = app.get(&link[0]).await;
    assert_eq!(response.status(), StatusCode::OK);
    let bytes = response.bytes().await.unwrap().to_vec();
    let mut book: Xlsx<_> = open_workbook_from_rs(std::io::Cursor::new(bytes)).unwrap();
    assert_eq!(book.sheet_names(), ["comparative-table", "Columns"]);
    let sheet = book.worksheet_range("comparative-table").unwrap();
    let moved = sheet
        .rows()
        .find(|r| r[0] == Data::String("7".into()) && r[1] == Data::String("5".into()))
        .unwrap();
    assert!(matches!(&moved[4], Data::String(s) if s.starts_with("Suva: 2 Amend\n")));
    assert_eq!(moved[6], Data::String("Pending: 1\nAccepted: 1".into()));
}

/// Text the revision deleted has its rows too, last: its earlier text, the input on it and
/// the dispositions, on the page and in every download.
#[tokio::test]
async fn deleted_text_is_listed_with_the_input_on_it() {
    let (app, _) = table_app().await;
    let on_7_3 = with_field(&valid_feedback(), "paragraph", Some("3"));
    let on_7_3 = with_field(&on_7_3, "proposed_text", None);
    let on_7_3 = with_field(
        &on_7_3,
        "comment",
        Some("This paragraph repeats Article 6."),
    );
    app.submit_ok("suva-2015", "7", &on_7_3).await;
    let id: i64 = app.column("SELECT MAX(id) FROM feedback")[0];
    app.dispose(id, "noted", "Merged into Article 6.").await;

    let page = app.page("/admin/comparative-table").await;
    assert_eq!(
        page.text("#table-heading-deleted"),
        "Deleted from A/HRC/35/35"
    );
    let row = "#table-deleted-7-3";
    assert!(
        page.text(&format!("{row} .old-text"))
            .starts_with("Article 7(3) of A/HRC/35/35 (deleted)"),
        "{}",
        page.text(&format!("{row} .old-text"))
    );
    assert_eq!(page.text(&format!("{row} .counts")), "Suva: 1 Amend");
    assert_eq!(page.text(&format!("{row} .new-text")), "Deleted");
    assert_eq!(page.text(&format!("{row} .dispositions")), "Noted: 1");

    let (_, rows) = parse_csv(
        &app.get("/admin/comparative-table.csv")
            .await
            .bytes()
            .await
            .unwrap(),
    );
    let deleted = rows
        .iter()
        .find(|r| r[2] == "Article 7(3) of A/HRC/35/35 (deleted)");
    let deleted = deleted.unwrap_or_else(|| panic!("{rows:?}"));
    assert_eq!((deleted[0].as_str(), deleted[1].as_str()), ("7", "3"));
    assert!(deleted[4].starts_with("Suva: 1 Amend"), "{:?}", deleted[4]);
    assert_eq!(deleted[5], "");
    assert_eq!(deleted[6], "Noted: 1");

    let docx = app
        .get("/admin/comparative-table.docx")
        .await
        .bytes()
        .await
        .unwrap();
    let xml = word_part(&docx, "word/document.xml");
    assert!(xml.contains("Deleted from A/HRC/35/35"));
    let deleted = xml.split("Article 7(3) of A/HRC/35/35 (deleted)").nth(1);
    let deleted = deleted.unwrap_or_else(|| panic!("no deleted row in {xml}"));
    assert!(deleted.contains("Suva: 1 Amend"));
    assert!(deleted.contains("Noted: 1"));

    use calamine::{Data, Reader, Xlsx, open_workbook_from_rs};
    let bytes = app.get("/admin/comparative-table.xlsx").await.bytes().await;
    let mut book: Xlsx<_> =
        open_workbook_from_rs(std::io::Cursor::new(bytes.unwrap().to_vec())).unwrap();
    let sheet = book.worksheet_range("comparative-table").unwrap();
    let deleted = sheet
        .rows()
        .find(|r| r[2] == Data::String("Article 7(3) of A/HRC/35/35 (deleted)".into()));
    let deleted = deleted.unwrap_or_else(|| panic!("{sheet:?}"));
    assert_eq!(deleted[6], Data::String("Noted: 1".into()));
}
