//! Importing a batch from the command line: a file checked whole, refused with each problem's
//! line named and nothing stored, stored all or nothing, and imported twice without adding
//! anything the second time.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use reqwest::StatusCode;

use crate::helpers::{TestApp, spawn_app};

const HEADER: &str = "external_id,article,paragraph,channel,session,made_on,speaker,source_reference,stance,comment_type,themes,comment,proposed_text,name,organisation,country,stakeholder_category,email,publish_name";

fn import(app: &TestApp, file: &Path, extra: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_consult"))
        .arg("import")
        .arg(file)
        .args(["--consultation", "suva-2015"])
        .args(extra)
        .arg("--db")
        .arg(&app.db_path)
        .output()
        .unwrap()
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

fn count(app: &TestApp) -> i64 {
    app.db()
        .query_row("SELECT COUNT(*) FROM feedback", [], |r| r.get(0))
        .unwrap()
}

/// external_id, article, ref, channel, speaker, made_on, import_file, whether a SHA-256 is kept.
type Imported = (String, String, String, String, String, String, String, bool);

const GOOD: &str = "\
S-1,4,2,statement,Panel 2,2015-11-19,Fiji,,amend,drafting,drafting,\"Name small island States, please.\",,,,,,,no
,4,,written-submission,,2015-11-18,Samoa,\"written submission of Samoa, p. 3\",support,general,,Supports the article as drafted.,,Tala Vaai,Samoa Red Cross,Samoa,,,yes
,preamble,3,paper-form,Panel 1,2015-11-19,,,question,general,,\"Two lines\nin one comment.\",,,,,,,
";

#[tokio::test]
async fn a_file_is_imported_with_its_provenance_and_a_second_import_adds_nothing() {
    let app = spawn_app().await;
    let dir = tempfile::tempdir().unwrap();
    let file = write(
        dir.path(),
        "suva-statements.csv",
        format!("{HEADER}\n{GOOD}").as_bytes(),
    );

    let dry = import(&app, &file, &["--dry-run"]);
    assert!(
        dry.status.success(),
        "{}",
        String::from_utf8_lossy(&dry.stderr)
    );
    assert!(String::from_utf8_lossy(&dry.stdout).contains("3 rows to add, 0 already stored"));
    assert_eq!(count(&app), 0, "a dry run stores nothing");

    let first = import(&app, &file, &[]);
    assert!(
        first.status.success(),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );
    assert!(
        String::from_utf8_lossy(&first.stdout)
            .contains("3 items added to suva-2015, 0 already stored")
    );
    let rows: Vec<Imported> = app
        .db()
        .prepare(
            r#"SELECT external_id, article, ref, channel, speaker, made_on, import_file,
                      import_sha256 <> '' FROM feedback ORDER BY id"#,
        )
        .unwrap()
        .query_map([], |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
                r.get(6)?,
                r.get(7)?,
            ))
        })
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(
        rows[0],
        (
            "S-1".into(),
            "4".into(),
            "2".into(),
            "statement".into(),
            "Fiji".into(),
            "2015-11-19".into(),
            "suva-statements.csv".into(),
            true
        )
    );
    assert_eq!(rows[1].3, "written-submission");
    assert_eq!(rows[2].1, "preamble");
    let comment: String = app
        .db()
        .query_row(
            "SELECT comment FROM feedback WHERE article = 'preamble'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(comment, "Two lines\nin one comment.");
    // Who imported it, from which file, on the desk and in the export.
    app.log_in().await;
    let review = app.page("/admin/articles/4").await;
    let provenance = review.texts(".item-provenance");
    // In reading order: the whole article's item, then paragraph 2's.
    assert!(
        provenance[1].starts_with("Statement in a meeting · by Fiji · Panel 2 · made 19 November 2015 · imported by command line")
            && provenance[1].contains("from suva-statements.csv (SHA-256 "),
        "{provenance:?}"
    );
    let (header, exported) = app.export("/admin/exports/feedback.csv").await;
    let at = |name: &str| header.iter().position(|h| h == name).unwrap();
    assert_eq!(exported[0][at("external_id")], "S-1");
    assert_eq!(exported[0][at("import_file")], "suva-statements.csv");
    assert_eq!(exported[0][at("import_sha256")].len(), 64);

    // The same file again, and the same rows in another file with one new row: only the new one.
    let again = import(&app, &file, &[]);
    assert!(again.status.success());
    assert!(
        String::from_utf8_lossy(&again.stdout)
            .contains("0 items added to suva-2015, 3 already stored")
    );
    let more = write(
        dir.path(),
        "more.csv",
        format!("{HEADER}\n{GOOD},4,1,email,,2015-11-20,Tonga,,oppose,general,,Delete the paragraph.,,,,,,,\n").as_bytes(),
    );
    let added = import(&app, &more, &[]);
    assert!(
        added.status.success(),
        "{}",
        String::from_utf8_lossy(&added.stderr)
    );
    assert!(
        String::from_utf8_lossy(&added.stdout)
            .contains("1 items added to suva-2015, 3 already stored")
    );
    assert_eq!(count(&app), 4);
    let audited: i64 = app
        .db()
        .query_row(
            "SELECT COUNT(*) FROM audit_log WHERE action = 'import'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(audited, 3);
}

#[tokio::test]
async fn a_file_with_any_problem_is_refused_whole_with_each_line_named() {
    let app = spawn_app().await;
    let dir = tempfile::tempdir().unwrap();
    let good_row = ",4,2,statement,Panel 2,2015-11-19,Fiji,,amend,drafting,,A good row.,,,,,,,";
    let long = "x".repeat(10_001);
    let cases: Vec<(&str, Vec<u8>, Vec<&str>)> = vec![
        (
            "a paragraph Article 4 does not have",
            format!("{HEADER}\n{good_row}\n,4,9,statement,,2015-11-19,,,amend,general,,Hello.,,,,,,,\n").into_bytes(),
            vec!["line 3, paragraph: found “9”"],
        ),
        (
            "an unknown stance and an unknown theme",
            format!("{HEADER}\n,4,2,statement,,2015-11-19,,,maybe,general,astrology,Hello.,,,,,,,\n").into_bytes(),
            vec!["line 2, stance: found “maybe”", "line 2, themes: found “astrology”"],
        ),
        (
            "a comment over 10,000 characters",
            format!("{HEADER}\n{good_row}\n,4,2,statement,,2015-11-19,,,amend,general,,{long},,,,,,,\n").into_bytes(),
            vec!["line 3, comment: found"],
        ),
        (
            "a row with too many values",
            format!("{HEADER}\n{good_row},surplus\n").into_bytes(),
            vec!["line 2, : found “20”"],
        ),
        (
            "an empty comment, said to be empty",
            format!("{HEADER}\n,4,2,statement,,2015-11-19,,,amend,general,,,,,,,,,\n").into_bytes(),
            vec!["line 2, comment: empty; "],
        ),
        (
            "a day that is not one",
            format!("{HEADER}\n,4,2,statement,,19/11/2015,,,amend,general,,Hello.,,,,,,,\n").into_bytes(),
            vec!["line 2, made_on: found “19/11/2015”"],
        ),
        (
            "an unknown article and channel",
            format!("{HEADER}\n,40,,statement,,2015-11-19,,,amend,general,,Hello.,,,,,,,\n,4,,pigeon,,2015-11-19,,,amend,general,,Hello.,,,,,,,\n").into_bytes(),
            vec!["line 2, article: found “40”", "line 3, channel: found “pigeon”"],
        ),
        (
            "every problem of one row, and of a row whose article is unknown",
            format!("{HEADER}\n,4,9,statement,,2015-11-19,,,maybe,general,,Hello.,,,,,,bad-email,perhaps\n,40,,fax,,2015-11-19,,,amend,general,,Hello.,,,,,,,perhaps\n").into_bytes(),
            vec![
                "line 2, paragraph: found “9”",
                "line 2, stance: found “maybe”; give one of support, amend, oppose, question.",
                "line 2, email: found “bad-email”",
                "line 2, publish_name: found “perhaps”",
                "line 3, article: found “40”",
                "line 3, channel: found “fax”",
                "line 3, publish_name: found “perhaps”",
            ],
        ),
        (
            "an unknown column and a missing one",
            b"article,stance,comment,channel,colour\n4,amend,Hi,statement,red\n".to_vec(),
            vec!["line 1, colour", "no made_on column"],
        ),
        (
            "text that is not UTF-8",
            [format!("{HEADER}\n{good_row}\n").as_bytes(), b",4,2,statement,,2015-11-19,,,amend,general,,caf\xe9,,,,,,,\n"].concat(),
            vec!["line 3", "not UTF-8"],
        ),
    ];
    for (what, bytes, expected) in cases {
        let file = write(dir.path(), "bad.csv", &bytes);
        let output = import(&app, &file, &[]);
        let said = String::from_utf8_lossy(&output.stderr).to_string();
        assert!(!output.status.success(), "{what}: accepted");
        assert!(said.contains("nothing was stored"), "{what}: {said}");
        for line in expected {
            assert!(said.contains(line), "{what}: {line:?} not in {said}");
        }
        assert_eq!(count(&app), 0, "{what}: something was stored");
    }
    let not_a_workbook = write(dir.path(), "bad.xlsx", b"this is no spreadsheet");
    let output = import(&app, &not_a_workbook, &[]);
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("not an .xlsx workbook"));
}

#[tokio::test]
async fn a_spreadsheet_is_read_as_its_cells_show() {
    let app = spawn_app().await;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("statements.xlsx");
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    for (column, name) in HEADER.split(',').enumerate() {
        sheet.write_string(0, column as u16, name).unwrap();
    }
    let column = |name: &str| HEADER.split(',').position(|c| c == name).unwrap() as u16;
    sheet
        .write_string(1, column("external_id"), "0012")
        .unwrap();
    sheet.write_number(1, column("article"), 4).unwrap();
    sheet.write_number(1, column("paragraph"), 2).unwrap();
    sheet
        .write_string(1, column("channel"), "paper-form")
        .unwrap();
    let day = rust_xlsxwriter::ExcelDateTime::from_ymd(2015, 11, 19).unwrap();
    let format = rust_xlsxwriter::Format::new().set_num_format("yyyy-mm-dd");
    sheet
        .write_datetime_with_format(1, column("made_on"), &day, &format)
        .unwrap();
    sheet.write_string(1, column("stance"), "support").unwrap();
    sheet
        .write_string(1, column("comment"), "مصر تؤيد هذه المادة.")
        .unwrap();
    sheet
        .write_boolean(1, column("publish_name"), true)
        .unwrap();
    sheet.write_string(1, column("name"), "Amal").unwrap();
    book.save(&path).unwrap();
    // A "date" no calendar holds is refused as not a day, never a crash.
    let broken = dir.path().join("broken.xlsx");
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    for (column, name) in HEADER.split(',').enumerate() {
        sheet.write_string(0, column as u16, name).unwrap();
    }
    sheet.write_number(1, column("article"), 4).unwrap();
    sheet
        .write_string(1, column("channel"), "paper-form")
        .unwrap();
    sheet
        .write_number_with_format(1, column("made_on"), 1e20, &format)
        .unwrap();
    sheet.write_string(1, column("stance"), "support").unwrap();
    sheet
        .write_string(1, column("comment"), "A day too far.")
        .unwrap();
    book.save(&broken).unwrap();
    let refused = import(&app, &broken, &[]);
    assert!(!refused.status.success());
    assert!(
        String::from_utf8_lossy(&refused.stderr)
            .contains("line 2, made_on: found “100000000000000000000”"),
        "{}",
        String::from_utf8_lossy(&refused.stderr)
    );

    let output = import(&app, &path, &[]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let row: (String, String, String, String, String, bool) = app
        .db()
        .query_row(
            "SELECT external_id, ref, made_on, channel, comment, publish_name FROM feedback",
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
        row,
        (
            "0012".into(),
            "2".into(),
            "2015-11-19".into(),
            "paper-form".into(),
            "مصر تؤيد هذه المادة.".into(),
            true
        )
    );
}

#[tokio::test]
async fn an_import_killed_at_any_moment_stores_all_of_the_file_or_none_of_it() {
    let app = spawn_app().await;
    let dir = tempfile::tempdir().unwrap();
    let rows: String = (0..20_000)
        .map(|i| format!("K-{i},4,2,statement,Panel 2,2015-11-19,Speaker {i},,amend,general,,Statement number {i} on the right to solidarity.,,,,,,,\n"))
        .collect();
    let file = write(
        dir.path(),
        "big.csv",
        format!("{HEADER}\n{rows}").as_bytes(),
    );
    let mut stored = false;
    for wait in [50, 150, 300, 600, 1200] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_consult"))
            .arg("import")
            .arg(&file)
            .args(["--consultation", "suva-2015", "--db"])
            .arg(&app.db_path)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(wait));
        let _ = child.kill(); // SIGKILL
        child.wait().unwrap();
        match count(&app) {
            0 => {}
            20_000 => {
                stored = true;
                break;
            }
            other => panic!("{other} of 20,000 rows stored after a kill at {wait} ms"),
        }
    }
    if !stored {
        assert!(import(&app, &file, &[]).status.success());
    }
    assert_eq!(count(&app), 20_000);
    // What a kill left to index and group is finished at the next opening (`app.db()`).
    let db = app.db();
    let (waiting, found): (i64, i64) = db
        .query_row(
            r#"SELECT (SELECT COUNT(*) FROM feedback_search_queue)
                        + (SELECT COUNT(*) FROM text_group_queue),
                      (SELECT COUNT(*) FROM feedback_search WHERE feedback_search MATCH 'solidarity')"#,
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!((waiting, found), (0, 20_000));
}

async fn upload(app: &TestApp, name: &str, bytes: &[u8]) -> reqwest::Response {
    let form = reqwest::multipart::Form::new()
        .text("csrf_token", app.csrf_token().await)
        .text("consultation", "suva-2015")
        .part(
            "file",
            reqwest::multipart::Part::bytes(bytes.to_vec()).file_name(name.to_string()),
        );
    app.client
        .post(app.url("/admin/imports"))
        .multipart(form)
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn the_desk_checks_a_file_shows_what_it_would_store_and_stores_it_on_confirmation() {
    let app = spawn_app().await;
    app.log_in().await;
    let page = app.page("/admin/imports").await;
    page.assert_status(StatusCode::OK);
    assert_eq!(
        page.attrs("#import-template", "href"),
        ["/admin/imports/template.xlsx?consultation="]
    );

    // A file with problems: each listed by line, the consultation kept, nothing stored.
    let bad = format!(
        "{HEADER}\n,4,2,statement,,2015-11-19,,,maybe,general,,Hello.,,,,,,,\n,40,,statement,,2015-11-19,,,amend,general,,Hello.,,,,,,,\n"
    );
    let refused = upload(&app, "bad.csv", bad.as_bytes()).await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = app.page_of("/admin/imports", refused).await;
    let problems = page.texts("#import-problems li");
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert!(
        problems[0].starts_with("line 2, stance: found “maybe”"),
        "{problems:?}"
    );
    assert!(
        problems[1].starts_with("line 3, article: found “40”"),
        "{problems:?}"
    );
    assert_eq!(
        page.attrs("#import-consultation option[selected]", "value"),
        ["suva-2015"]
    );
    assert_eq!(count(&app), 0);

    // A file over the size an upload takes: named beside the file field, the rest kept.
    let huge = vec![b'a'; 10 * 1024 * 1024 + 1];
    let refused = upload(&app, "huge.csv", &huge).await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = app.page_of("/admin/imports", refused).await;
    assert_eq!(
        page.text("#error-import-file"),
        "Error: The file is larger than 10 MB, the most an upload takes, so nothing was stored."
    );
    assert_eq!(
        page.attrs("#import-consultation option[selected]", "value"),
        ["suva-2015"]
    );
    assert_eq!(count(&app), 0);

    // A good file: what would be stored, then stored on confirmation.
    let good = format!("{HEADER}\n{GOOD}");
    let checked = upload(&app, "suva.csv", good.as_bytes()).await;
    assert_eq!(checked.status(), StatusCode::SEE_OTHER);
    let preview_path = crate::helpers::location(&checked);
    let preview = app.page(&preview_path).await;
    assert_eq!(
        preview.text("#import-summary"),
        "Every row can be taken: 3 to add, 0 already stored (skipped)."
    );
    assert_eq!(count(&app), 0, "nothing is stored before the confirmation");
    let confirm = preview.attrs("form[method=post]:not(.admin-bar form)", "action");
    let confirm = confirm
        .iter()
        .find(|a| a.ends_with("/confirm"))
        .expect("a confirmation form")
        .clone();
    let stored = app.post(&confirm, &[]).await;
    assert_eq!(stored.status(), StatusCode::SEE_OTHER);
    let done = app.page(&crate::helpers::location(&stored)).await;
    assert_eq!(
        done.text("#import-done"),
        "3 items added; 0 rows were already stored."
    );
    assert_eq!(count(&app), 3);
    assert_eq!(
        app.get(&preview_path).await.status(),
        StatusCode::NOT_FOUND,
        "a confirmed upload is gone"
    );
    // The same file again: nothing to add. Its preview has a number of its own, so the
    // confirmed file's page, left open in another tab, cannot confirm this one.
    let again = upload(&app, "suva.csv", good.as_bytes()).await;
    assert_ne!(crate::helpers::location(&again), preview_path);
    assert_eq!(
        app.post(&confirm, &[]).await.status(),
        StatusCode::NOT_FOUND
    );
    let preview = app.page(&crate::helpers::location(&again)).await;
    assert_eq!(
        preview.text("#import-summary"),
        "Every row can be taken: 0 to add, 3 already stored (skipped)."
    );
    assert_eq!(
        preview.text("#import-already"),
        "Already stored: lines 2, 3, 4."
    );
    assert_eq!(preview.count("#import-confirm"), 0, "nothing to confirm");

    // The template: the header, an example row, and the lists its drop-downs offer.
    let template = app
        .get("/admin/imports/template.xlsx?consultation=suva-2015")
        .await;
    assert_eq!(template.status(), StatusCode::OK);
    let bytes = template.bytes().await.unwrap();
    let mut book: calamine::Xlsx<_> =
        calamine::open_workbook_from_rs(std::io::Cursor::new(bytes.to_vec())).unwrap();
    use calamine::Reader;
    let sheet = book.worksheet_range("feedback").unwrap();
    let header: Vec<String> = sheet
        .rows()
        .next()
        .unwrap()
        .iter()
        .map(|c| c.to_string())
        .collect();
    assert_eq!(header.join(","), HEADER);
    let lists = book.worksheet_range("lists").unwrap();
    let stances: Vec<String> = lists
        .rows()
        .skip(1)
        .filter_map(|r| r.get(3).map(|c| c.to_string()))
        .filter(|s| !s.is_empty())
        .collect();
    // "No position" is for questions: a draft's template leaves it out.
    assert_eq!(stances, ["support", "amend", "oppose", "question"]);
    // The example row is never stored by mistake: a file that still has it is refused.
    let file = std::env::temp_dir().join(format!("template-{}.xlsx", std::process::id()));
    std::fs::write(&file, &bytes).unwrap();
    let output = import(&app, &file, &["--dry-run"]);
    let _ = std::fs::remove_file(&file);
    assert!(!output.status.success());
    assert!(
        String::from_utf8_lossy(&output.stderr).contains("the template’s example row"),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

#[tokio::test]
async fn an_imported_file_is_searchable_and_its_copies_grouped_once_the_import_ends() {
    let app = spawn_app().await;
    let dir = tempfile::tempdir().unwrap();
    let letter = "We ask that Article 4 name the peoples of small island States among the holders of the right to international solidarity.";
    let mut rows = vec![HEADER.to_string()];
    for i in 0..30 {
        let words = match i % 3 {
            0 => letter.to_string(),
            1 => letter.to_uppercase(),
            _ => format!("Statement {i} on another matter entirely, about financing and debt {i}."),
        };
        rows.push(format!(
            "L-{i},4,2,statement,Panel 1,2015-11-19,Speaker {i},,amend,general,,\"{words}\",,,,,,,no"
        ));
    }
    let file = write(dir.path(), "letters.csv", rows.join("\n").as_bytes());
    let output = import(&app, &file, &[]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let db = app.db();
    let waiting: i64 = db
        .query_row("SELECT COUNT(*) FROM text_group_queue", [], |r| r.get(0))
        .unwrap();
    assert_eq!(
        waiting, 0,
        "every imported item is grouped when the command ends"
    );
    let (groups, largest): (i64, i64) = db
        .query_row(
            r#"SELECT COUNT(DISTINCT comment_group),
                      (SELECT MAX(n) FROM (SELECT COUNT(*) AS n FROM feedback GROUP BY comment_group))
               FROM feedback"#,
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!(
        largest, 20,
        "the letter and its upper-case copies are one group"
    );
    assert_eq!(groups, 11);
    let (waiting, found): (i64, i64) = db
        .query_row(
            r#"SELECT (SELECT COUNT(*) FROM feedback_search_queue),
                      (SELECT COUNT(*) FROM feedback_search WHERE feedback_search MATCH 'island')"#,
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!(
        (waiting, found),
        (0, 20),
        "every imported item is found by the search"
    );
    app.log_in().await;
    let page = app.page("/admin/articles/4?q=financing").await;
    assert_eq!(page.count(".review-item"), 10, "{}", page.body);
}
