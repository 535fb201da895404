//! Revised drafts: a new version of a process's draft, with its lineage proposed from the
//! version before; the earlier version, its consultations and feedback stay as they are.

use std::path::Path;

use reqwest::StatusCode;

use crate::drafts::import;
use crate::helpers::{TestApp, spawn_app, valid_feedback};

fn revised() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/lineage/revised-draft.json")
}

fn count(app: &TestApp, sql: &str) -> i64 {
    app.db().query_row(sql, [], |r| r.get(0)).unwrap()
}

#[tokio::test]
async fn a_revision_is_the_next_version_with_its_lineage_and_the_earlier_one_is_untouched() {
    let app = spawn_app().await;
    app.submit_ok("suva-2015", "4", &valid_feedback()).await;

    let dry = import(
        &app.db_path,
        &revised(),
        &["--revises", "A/HRC/35/35", "--dry-run"],
    );
    let printed = String::from_utf8_lossy(&dry.stdout);
    assert!(
        dry.status.success(),
        "{}",
        String::from_utf8_lossy(&dry.stderr)
    );
    assert!(printed.contains("Version 2: lineage proposed"), "{printed}");
    assert!(printed.contains("Nothing stored (--dry-run)."));
    assert_eq!(count(&app, "SELECT COUNT(*) FROM documents"), 1);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM unit_links"), 0);

    let stored = import(&app.db_path, &revised(), &["--revises", "A/HRC/35/35"]);
    let printed = String::from_utf8_lossy(&stored.stdout);
    assert!(
        stored.status.success(),
        "{}",
        String::from_utf8_lossy(&stored.stderr)
    );
    assert!(
        printed.contains("split      2") && printed.contains("merged     2"),
        "{printed}"
    );
    let (version, based_on): (i64, i64) = app
        .db()
        .query_row(
            "SELECT version, based_on FROM documents WHERE symbol = 'A/HRC/35/35/Rev.test'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!((version, based_on), (2, 1));
    // Every unit of both versions is in the stored lineage.
    let units = count(&app, "SELECT COUNT(*) FROM units");
    let linked = count(
        &app,
        r#"SELECT COUNT(*) FROM units u WHERE EXISTS (SELECT 1 FROM unit_links l WHERE
             (l.from_document = u.document_id AND l.from_article = u.article AND l.from_ref = u.ref)
             OR (l.to_document = u.document_id AND l.to_article = u.article AND l.to_ref = u.ref))"#,
    );
    assert_eq!(linked, units);
    assert_eq!(
        count(
            &app,
            "SELECT COUNT(*) FROM audit_log WHERE action = 'document-revise'"
        ),
        1
    );
    // The feedback on the first version is where it was, and its consultations still take comments.
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM feedback WHERE document_id = 1"),
        1
    );
    app.submit_ok("suva-2015", "4", &valid_feedback()).await;

    // Only the newest version is revised, and a revision is not older than its base.
    let again = import(
        &app.db_path,
        &revised(),
        &["--revises", "A/HRC/35/35", "--symbol", "X/2"],
    );
    assert!(
        String::from_utf8_lossy(&again.stderr)
            .contains("is not the newest version of its process: revise version 2")
    );
    let older = import(
        &app.db_path,
        &revised(),
        &[
            "--revises",
            "A/HRC/35/35/Rev.test",
            "--symbol",
            "X/3",
            "--year",
            "2016",
        ],
    );
    assert!(
        String::from_utf8_lossy(&older.stderr)
            .contains("a revision dated 2016 cannot follow a version dated 2018")
    );
    let nowhere = import(
        &app.db_path,
        &revised(),
        &["--revises", "Z/9", "--symbol", "X/4"],
    );
    assert!(
        String::from_utf8_lossy(&nowhere.stderr).contains("there is no document Z/9 to revise")
    );
    assert_eq!(count(&app, "SELECT COUNT(*) FROM documents"), 2);
}

#[tokio::test]
async fn a_revision_uploaded_on_the_desk_is_stored_with_its_lineage_and_the_desk_stays_on_the_consulted_version()
 {
    let app = spawn_app().await;
    app.log_in().await;
    let text = std::fs::read_to_string(revised()).unwrap();
    let response = crate::drafts::upload(
        &app,
        "revised.json",
        &text,
        &[
            ("target", "revision"),
            ("process", "solidarity-declaration"),
            ("symbol", ""),
            ("year", ""),
            ("language", ""),
        ],
    )
    .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let preview_path = crate::helpers::location(&response);
    let preview = app.page(&preview_path).await;
    assert!(
        preview
            .text(".lede")
            .contains("as the version after A/HRC/35/35"),
        "{}",
        preview.text(".lede")
    );
    let confirm = app.post(&format!("{preview_path}/confirm"), &[]).await;
    // Next: reviewing the lineage proposed.
    assert_eq!(crate::helpers::location(&confirm), "/admin/lineage/2");
    assert!(count(&app, "SELECT COUNT(*) FROM unit_links") >= 60);
    // The process shows its newest draft; the desk reviews the version consulted on.
    assert!(
        app.page("/processes/solidarity-declaration")
            .await
            .body
            .contains("A/HRC/35/35/Rev.test")
    );
    let desk = app.page("/admin").await;
    assert!(
        desk.text(".lede").contains("(A/HRC/35/35)"),
        "{}",
        desk.text(".lede")
    );
    app.page("/admin/articles/10")
        .await
        .assert_status(StatusCode::OK);
}

#[tokio::test]
async fn an_administrator_reviews_corrects_and_confirms_a_lineage() {
    let app = crate::helpers::spawn_app_after(
        |db| {
            let output = import(db, &revised(), &["--revises", "A/HRC/35/35"]);
            assert!(
                output.status.success(),
                "{}",
                String::from_utf8_lossy(&output.stderr)
            );
        },
        |_| {},
    )
    .await;
    app.log_in().await;
    let overview = app.page("/admin").await;
    assert!(
        overview
            .attrs("main a", "href")
            .contains(&"/admin/lineage/2".to_string())
    );
    let page = app.page("/admin/lineage/2").await;
    page.assert_status(StatusCode::OK);
    // The doubtful links come first.
    let rows = page.texts(".lineage tbody tr");
    let first_sure = rows.iter().position(|r| !r.contains("Check this")).unwrap();
    assert!(
        first_sure > 0 && rows[first_sure..].iter().all(|r| !r.contains("Check this")),
        "{rows:?}"
    );
    assert!(page.body.contains("Split") && page.body.contains("Merged"));

    // Old paragraph 7(3) was deleted; say it became the new 7(3) instead.
    let corrected = app
        .post(
            "/admin/lineage/2/link",
            &[("from", "7:3".into()), ("to", "7:3".into())],
        )
        .await;
    assert_eq!(corrected.status(), StatusCode::SEE_OTHER);
    let kind: String = app
        .db()
        .query_row(
            "SELECT kind FROM unit_links WHERE to_document = 2 AND from_article = '7' AND from_ref = '3'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(kind, "merged", "the new 7(3) now has two antecedents");
    // The new 7(3) keeps its other antecedent (old 7(4)); no unit is left out.
    let units = count(&app, "SELECT COUNT(*) FROM units");
    let linked = count(
        &app,
        r#"SELECT COUNT(*) FROM units u WHERE EXISTS (SELECT 1 FROM unit_links l WHERE
             (l.from_document = u.document_id AND l.from_article = u.article AND l.from_ref = u.ref)
             OR (l.to_document = u.document_id AND l.to_article = u.article AND l.to_ref = u.ref))"#,
    );
    assert_eq!(linked, units);
    let refused = app
        .post(
            "/admin/lineage/2/link",
            &[("from", "7:9".into()), ("to", "".into())],
        )
        .await;
    assert_eq!(refused.status(), StatusCode::BAD_REQUEST);
    let confirmed = app.post("/admin/lineage/2/confirm", &[]).await;
    assert_eq!(confirmed.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        count(
            &app,
            "SELECT COUNT(*) FROM unit_links WHERE confirmed_by IS NULL"
        ),
        0
    );
    assert!(
        app.page("/admin/lineage/2")
            .await
            .body
            .contains("The lineage is confirmed.")
    );
    assert_eq!(
        count(
            &app,
            "SELECT COUNT(*) FROM audit_log WHERE action IN ('lineage-correct', 'lineage-confirm')"
        ),
        2
    );
    app.page("/admin/lineage/1")
        .await
        .assert_status(StatusCode::NOT_FOUND);
}

fn kinds_from(app: &TestApp, article: &str, reference: &str) -> Vec<(String, String)> {
    app.db()
        .prepare(
            r#"SELECT COALESCE(to_article || ':' || to_ref, '-'), kind FROM unit_links
               WHERE to_document = 2 AND from_article = ?1 AND from_ref = ?2 ORDER BY id"#,
        )
        .unwrap()
        .query_map([article, reference], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

async fn revised_and_logged_in() -> TestApp {
    let app = crate::helpers::spawn_app_after(crate::process::revise_shipped_draft, |_| {}).await;
    app.log_in().await;
    app
}

#[tokio::test]
async fn a_correction_can_split_a_unit_and_the_kinds_around_it_follow() {
    let app = revised_and_logged_in().await;
    assert_eq!(kinds_from(&app, "8", "2"), [("7:5".into(), "moved".into())]);
    // The new 7(4) came from the old 7(5) alone.
    let into_7_4 = kinds_from(&app, "7", "5");
    assert_eq!(into_7_4.len(), 1);
    assert_eq!(into_7_4[0].0, "7:4");
    // Old 8(2) also became the new 7(4): a split, both its links named so.
    let split = app
        .post(
            "/admin/lineage/2/link",
            &[
                ("from", "8:2".into()),
                ("to", "7:4".into()),
                ("also", "yes".into()),
            ],
        )
        .await;
    assert_eq!(split.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        kinds_from(&app, "8", "2"),
        [
            ("7:5".into(), "split".into()),
            ("7:4".into(), "split".into())
        ]
    );
    // "Also" with nowhere to go is not a correction: refused beside that row's form, as
    // chosen, and nothing changed.
    let refused = app
        .post(
            "/admin/lineage/2/link",
            &[
                ("from", "8:2".into()),
                ("was", "7:4".into()),
                ("to", "".into()),
                ("also", "yes".into()),
            ],
        )
        .await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let refused = app.page_of("/admin/lineage/2", refused).await;
    let errors = refused.attrs(".field-error", "id");
    assert_eq!(errors.len(), 1, "{errors:?}");
    let row = errors[0].trim_start_matches("error-link-");
    assert_eq!(
        refused.attrs(&format!("#link-{row} input[name=from]"), "value"),
        ["8:2"]
    );
    // Old 8(2) has a row per descendant: only the one corrected says so.
    assert_eq!(
        refused.attrs(&format!("#link-{row} input[name=was]"), "value"),
        ["7:4"]
    );
    assert!(
        refused
            .text(&format!("#error-link-{row}"))
            .contains("cannot also lead elsewhere")
    );
    assert_eq!(
        refused.attrs(&format!("#to-{row}"), "aria-invalid"),
        ["true"]
    );
    assert_eq!(
        refused.attrs(&format!("#to-{row} option[selected]"), "value"),
        [""]
    );
    assert_eq!(
        refused.count(&format!("#link-{row} input[name=also][checked]")),
        1
    );
    assert_eq!(
        kinds_from(&app, "8", "2"),
        [
            ("7:5".into(), "split".into()),
            ("7:4".into(), "split".into())
        ]
    );
    // The new 7(4) now has two antecedents: its other link is a merge.
    assert_eq!(
        kinds_from(&app, "7", "5"),
        [("7:4".into(), "merged".into())]
    );
    // Back to one descendant: a move again, and the new 7(4) keeps only its own antecedent.
    app.post(
        "/admin/lineage/2/link",
        &[("from", "8:2".into()), ("to", "7:5".into())],
    )
    .await;
    assert_eq!(kinds_from(&app, "8", "2"), [("7:5".into(), "moved".into())]);
    assert_eq!(kinds_from(&app, "7", "5"), into_7_4, "as before the split");
    // Nor is a unit the new version does not have, or a mark that is not yes.
    for fields in [
        [
            ("from", "8:2".to_string()),
            ("to", "12:1".to_string()),
            ("also", String::new()),
        ],
        [
            ("from", "8:2".to_string()),
            ("to", "7:4".to_string()),
            ("also", "maybe".to_string()),
        ],
    ] {
        let refused = app.post("/admin/lineage/2/link", &fields).await;
        assert_eq!(refused.status(), StatusCode::BAD_REQUEST);
    }
    assert_eq!(kinds_from(&app, "8", "2"), [("7:5".into(), "moved".into())]);
}

#[tokio::test]
async fn a_lineage_with_contradicting_kinds_is_not_confirmed() {
    let app = revised_and_logged_in().await;
    // A new unit that also has an antecedent, as a stale link would leave it.
    app.db()
        .execute(
            r#"INSERT INTO unit_links (from_document, to_document, to_article, to_ref, kind,
                 similarity, doubtful) VALUES (1, 2, '4', '1', 'new', 0, 0)"#,
            [],
        )
        .unwrap();
    let refused = app.post("/admin/lineage/2/confirm", &[]).await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let refused = app.page_of("/admin/lineage/2", refused).await;
    assert!(
        refused
            .text("#confirm-form #error-confirm")
            .contains("new 4:1")
    );
    assert_eq!(
        count(
            &app,
            "SELECT COUNT(*) FROM unit_links WHERE confirmed_by IS NOT NULL"
        ),
        0,
        "nothing confirmed"
    );
    assert_eq!(
        count(
            &app,
            "SELECT COUNT(*) FROM audit_log WHERE action = 'lineage-confirm'"
        ),
        0
    );
}
