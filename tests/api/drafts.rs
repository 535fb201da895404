//! Loading a draft from a file: `consult document import`, processes side by side on the
//! home page, and a commented draft never altered.

use std::path::Path;
use std::process::{Command, Output};

use reqwest::StatusCode;

use crate::helpers::{spawn_app, spawn_app_after, valid_feedback};

const FRENCH_DRAFT: &str = "Projet de déclaration sur la coopération régionale

Préambule

L’Assemblée générale,

Guidée par la Charte des Nations Unies,[^1]

Déclare ce qui suit :

Article premier — Objet

La coopération régionale est l’expression d’un esprit d’unité.

Article 2

1.\tLes États coopèrent.
2.\tLes États s’engagent à :
\t(a)\tpromouvoir la paix ;
\t(b)\trespecter les droits.

[^1]: Voir la Charte, préambule.
";

pub fn import(db: &Path, file: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_consult"))
        .args(["document", "import"])
        .arg(file)
        .args(args)
        .arg("--db")
        .arg(db)
        .output()
        .unwrap()
}

fn write_beside(db: &Path, name: &str, text: &str) -> std::path::PathBuf {
    let path = db.with_file_name(name);
    std::fs::write(&path, text).unwrap();
    path
}

fn succeeded(output: &Output) -> String {
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout.clone()).unwrap()
}

const FRENCH_FACTS: [&str; 6] = ["--symbol", "R/2026/1", "--language", "fr", "--year", "2026"];

#[tokio::test]
async fn a_draft_imported_from_the_command_line_is_a_new_process_on_the_home_page() {
    let mut printed = String::new();
    let app = spawn_app_after(
        |db| {
            let file = write_beside(db, "projet.txt", FRENCH_DRAFT);
            let mut args = vec!["--new-process", "cooperation-regionale"];
            args.extend(FRENCH_FACTS);
            printed = succeeded(&import(db, &file, &args));
        },
        |_| {},
    )
    .await;
    assert!(
        printed.contains("Article 1 — Objet: 0 numbered paragraphs, 0 items"),
        "{printed}"
    );
    assert!(
        printed.contains("Article 2: 2 numbered paragraphs, 2 items"),
        "{printed}"
    );
    assert!(
        printed.contains("Created process cooperation-regionale"),
        "{printed}"
    );

    let home = app.page("/").await;
    home.assert_status(StatusCode::OK);
    assert_eq!(
        home.texts("section.process h2"),
        [
            "Draft declaration on the right to international solidarity",
            "Projet de déclaration sur la coopération régionale"
        ]
    );
    assert_eq!(
        home.attrs("section.process h2 a", "href"),
        [
            "/processes/solidarity-declaration",
            "/processes/cooperation-regionale"
        ]
    );
    // The process, named after its draft, is marked with the draft's language, not the page's.
    assert_eq!(home.attrs("section.process h2 a", "lang"), ["en", "fr"]);

    let process = app.page("/processes/cooperation-regionale").await;
    process.assert_status(StatusCode::OK);
    assert_eq!(
        process.text("h1"),
        "Projet de déclaration sur la coopération régionale"
    );
    assert!(
        process.body.contains("No consultation yet."),
        "{}",
        process.body
    );
    assert!(process.text(".lede").contains("no consultation open"));
    app.page("/processes/nowhere")
        .await
        .assert_status(StatusCode::NOT_FOUND);

    // The shipped cycle is untouched: its consultations still comment on its draft.
    let suva = app.page("/consultations/suva-2015").await;
    assert!(suva.body.contains("A/HRC/35/35"));
    let shipped = app.page("/processes/solidarity-declaration").await;
    assert_eq!(shipped.count(".card"), 5);

    let audit: Vec<(String, String, String)> = app
        .db()
        .prepare("SELECT actor, action, subject FROM audit_log ORDER BY id")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let expected = |action: &str| {
        (
            "command line".to_string(),
            action.to_string(),
            "cooperation-regionale".to_string(),
        )
    };
    assert_eq!(
        audit,
        [expected("process-create"), expected("document-load")]
    );
}

#[tokio::test]
async fn a_draft_without_parts_is_listed_whole_and_read_in_its_language() {
    let app = spawn_app_after(
        |db| {
            let file = write_beside(db, "projet.txt", FRENCH_DRAFT);
            let mut args = vec!["--new-process", "cooperation-regionale"];
            args.extend(FRENCH_FACTS);
            succeeded(&import(db, &file, &args));
            // A consultation on it, until consultations are set up from the desk.
            let conn = consult::storage::open_direct(db).unwrap();
            conn.execute(
                r#"INSERT INTO consultations
                     (slug, position, city, country, held, regional_groups, languages, status, document_id)
                   SELECT 'dakar-2026', 9, 'Dakar', 'Sénégal', '2026-03', '[]', '["fr"]', 'open', id
                   FROM documents WHERE symbol = 'R/2026/1'"#,
                [],
            )
            .unwrap();
        },
        |_| {},
    )
    .await;
    let page = app.page("/consultations/dakar-2026").await;
    page.assert_status(StatusCode::OK);
    assert_eq!(
        page.attrs(".toc-entry > a", "href"),
        [
            "/consultations/dakar-2026/articles/title",
            "/consultations/dakar-2026/articles/whole",
            "/consultations/dakar-2026/articles/preamble",
            "/consultations/dakar-2026/articles/1",
            "/consultations/dakar-2026/articles/2"
        ]
    );
    // An article's title stands for it in the table of contents.
    assert_eq!(page.texts(".toc-entry .opening")[3], "Objet");
    assert_eq!(page.attrs(".toc-entry .opening", "lang")[0], "fr");
    // The draft as a whole is described in the reader's language, not the draft's.
    assert_eq!(
        page.texts(".toc-entry .opening")[1],
        "Its structure, its length, its balance, what it leaves out"
    );
    assert_eq!(page.attrs(".toc-entry .opening", "lang").len(), 4);

    let article = app.page("/consultations/dakar-2026/articles/2").await;
    article.assert_status(StatusCode::OK);
    assert_eq!(article.attrs(".legal-text", "lang"), ["fr"]);
    assert_eq!(
        article.texts(".items .item-text"),
        ["promouvoir la paix ;", "respecter les droits."]
    );
    let first = app.page("/consultations/dakar-2026/articles/1").await;
    assert_eq!(first.text(".article-title"), "Objet");
}

#[tokio::test]
async fn an_arabic_draft_is_marked_right_to_left() {
    let arabic = "مشروع إعلان

المادة 1

نص المادة.
";
    let app = spawn_app_after(
        |db| {
            let file = write_beside(db, "mashrou.txt", arabic);
            let args = [
                "--new-process",
                "ilan",
                "--symbol",
                "A/1",
                "--language",
                "ar",
                "--year",
                "2026",
            ];
            succeeded(&import(db, &file, &args));
        },
        |_| {},
    )
    .await;
    let home = app.page("/").await;
    assert_eq!(home.attrs("h2 a[lang=ar]", "dir"), ["rtl"]);
}

#[tokio::test]
async fn a_dry_run_or_a_malformed_file_stores_nothing() {
    let app = spawn_app().await;
    let file = write_beside(&app.db_path, "projet.txt", FRENCH_DRAFT);
    let mut args = vec!["--new-process", "essai", "--dry-run"];
    args.extend(FRENCH_FACTS);
    let printed = succeeded(&import(&app.db_path, &file, &args));
    assert!(printed.contains("Nothing stored (--dry-run)."), "{printed}");
    assert!(printed.contains("Preamble: 1 paragraphs"), "{printed}");

    let broken = FRENCH_DRAFT
        .replace("Article 2", "Article 3")
        .replace("\n[^1]: Voir la Charte, préambule.\n", "\n");
    let file = write_beside(&app.db_path, "casse.txt", &broken);
    let mut args = vec!["--new-process", "essai"];
    args.extend(FRENCH_FACTS);
    let output = import(&app.db_path, &file, &args);
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("nothing was stored"), "{stderr}");
    assert!(
        stderr.contains("line 15: expected article 2, found article 3"),
        "{stderr}"
    );
    assert!(
        stderr.contains("line 7: footnote marker [^1] has no text"),
        "{stderr}"
    );

    let without_symbol = import(
        &app.db_path,
        &write_beside(&app.db_path, "p.txt", FRENCH_DRAFT),
        &["--new-process", "essai"],
    );
    assert!(
        String::from_utf8_lossy(&without_symbol.stderr).contains("the document symbol is missing")
    );
    let nowhere = import(&app.db_path, &file, &FRENCH_FACTS);
    assert!(
        String::from_utf8_lossy(&nowhere.stderr)
            .contains("--process SLUG, --new-process SLUG or --revises SYMBOL")
    );
    let odd_name = write_beside(&app.db_path, "projet.rtf", FRENCH_DRAFT);
    let output = import(&app.db_path, &odd_name, &["--dry-run"]);
    assert!(
        String::from_utf8_lossy(&output.stderr).contains("give a .txt, .md, .docx or .json file")
    );

    let processes: i64 = app
        .db()
        .query_row("SELECT COUNT(*) FROM processes", [], |r| r.get(0))
        .unwrap();
    let documents: i64 = app
        .db()
        .query_row("SELECT COUNT(*) FROM documents", [], |r| r.get(0))
        .unwrap();
    assert_eq!((processes, documents), (1, 1));
}

#[tokio::test]
async fn a_commented_draft_is_never_replaced_and_an_uncommented_one_is() {
    let app = spawn_app().await;
    app.submit_ok("suva-2015", "4", &valid_feedback()).await;
    let annex = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/a-hrc-35-35-annex.txt");
    let facts = [
        "--symbol",
        "A/HRC/35/35",
        "--year",
        "2017",
        "--language",
        "en",
    ];
    let mut args = vec!["--process", "solidarity-declaration"];
    args.extend(facts);
    let output = import(&app.db_path, &annex, &args);
    assert!(!output.status.success());
    assert!(
        String::from_utf8_lossy(&output.stderr)
            .contains("has feedback: a commented draft is never altered or deleted"),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    // The same draft cannot be stored twice either.
    let mut args = vec!["--new-process", "copy"];
    args.extend(facts);
    let output = import(&app.db_path, &annex, &args);
    assert!(String::from_utf8_lossy(&output.stderr).contains("is stored already"));

    let file = write_beside(&app.db_path, "projet.txt", FRENCH_DRAFT);
    let mut args = vec!["--new-process", "essai"];
    args.extend(FRENCH_FACTS);
    succeeded(&import(&app.db_path, &file, &args));
    let revised = FRENCH_DRAFT.replace("Les États coopèrent.", "Les États coopèrent étroitement.");
    let file = write_beside(&app.db_path, "revise.txt", &revised);
    let mut args = vec!["--process", "essai"];
    args.extend(FRENCH_FACTS);
    let printed = succeeded(&import(&app.db_path, &file, &args));
    assert!(
        printed.contains("Replaced the draft of process essai"),
        "{printed}"
    );
    let texts: Vec<String> = app
        .db()
        .prepare("SELECT text FROM units JOIN documents d ON d.id = document_id WHERE d.symbol = 'R/2026/1' AND article = '2' AND ref = '1'")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(texts, ["Les États coopèrent étroitement."]);
    let shipped_units: i64 = app
        .db()
        .query_row("SELECT COUNT(*) FROM units JOIN documents d ON d.id = document_id WHERE d.symbol = 'A/HRC/35/35'", [], |r| r.get(0))
        .unwrap();
    assert!(shipped_units > 50);
}

/// Uploads `text` as `file_name` from the desk with these form fields; returns the answer.
pub async fn upload(
    app: &crate::helpers::TestApp,
    file_name: &str,
    text: &str,
    fields: &[(&str, &str)],
) -> reqwest::Response {
    let mut form = reqwest::multipart::Form::new()
        .text("csrf_token", app.csrf_token().await)
        .part(
            "file",
            reqwest::multipart::Part::bytes(text.as_bytes().to_vec())
                .file_name(file_name.to_string()),
        );
    for (name, value) in fields {
        form = form.text(name.to_string(), value.to_string());
    }
    app.client
        .post(app.url("/admin/drafts"))
        .multipart(form)
        .send()
        .await
        .unwrap()
}

/// Loads `text` from the desk as the draft of a new process `slug` (symbol `S/slug`) and
/// confirms it, as an administrator would.
pub async fn load_from_desk(app: &crate::helpers::TestApp, slug: &str, text: &str) {
    let symbol = format!("S/{slug}");
    let response = upload(
        app,
        "draft.txt",
        text,
        &[
            ("target", "new"),
            ("new_slug", slug),
            ("symbol", &symbol),
            ("year", "2026"),
            ("language", "en"),
        ],
    )
    .await;
    let preview = crate::helpers::location(&response);
    let confirmed = app.post(&format!("{preview}/confirm"), &[]).await;
    assert_eq!(
        confirmed.status(),
        StatusCode::SEE_OTHER,
        "the draft of {slug} is stored"
    );
}

const DESK_FIELDS: [(&str, &str); 5] = [
    ("target", "new"),
    ("new_slug", "cooperation-regionale"),
    ("symbol", "R/2026/1"),
    ("year", "2026"),
    ("language", "fr"),
];

#[tokio::test]
async fn an_administrator_uploads_a_draft_checks_the_preview_and_stores_it() {
    let app = spawn_app().await;
    app.log_in().await;
    app.page("/admin/drafts/new")
        .await
        .assert_status(StatusCode::OK);
    let response = upload(&app, "projet.txt", FRENCH_DRAFT, &DESK_FIELDS).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let preview_path = crate::helpers::location(&response);
    assert!(preview_path.starts_with("/admin/drafts/"), "{preview_path}");

    let preview = app.page(&preview_path).await;
    preview.assert_status(StatusCode::OK);
    assert_eq!(preview.count(".draft-structure tbody tr"), 2);
    assert!(
        preview
            .text(".draft-structure tbody tr:first-child th")
            .contains("Objet")
    );
    assert_eq!(
        preview.texts(".draft-structure tbody tr:last-child td"),
        ["", "2", "2"]
    );
    assert!(preview.body.contains("R/2026/1"));
    // Nothing is stored before the preview is confirmed.
    let processes = || -> i64 {
        app.db()
            .query_row("SELECT COUNT(*) FROM processes", [], |r| r.get(0))
            .unwrap()
    };
    assert_eq!(processes(), 1);

    let confirm = app.post(&format!("{preview_path}/confirm"), &[]).await;
    assert_eq!(confirm.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        crate::helpers::location(&confirm),
        "/processes/cooperation-regionale"
    );
    assert_eq!(processes(), 2);
    // The running server shows it at once.
    let page = app.page("/processes/cooperation-regionale").await;
    page.assert_status(StatusCode::OK);
    assert_eq!(page.attrs("h1", "lang"), ["fr"]);
    // The preview was used up.
    app.page(&preview_path)
        .await
        .assert_status(StatusCode::NOT_FOUND);
    let audit: Vec<(String, String)> = app
        .db()
        .prepare("SELECT actor, action FROM audit_log WHERE action IN ('process-create', 'document-load') ORDER BY id")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(
        audit,
        [
            ("alice".into(), "process-create".into()),
            ("alice".into(), "document-load".into())
        ]
    );
}

#[tokio::test]
async fn a_discarded_upload_stores_nothing_and_a_commented_draft_cannot_be_replaced_from_the_desk()
{
    let app = spawn_app().await;
    app.log_in().await;
    let response = upload(&app, "projet.txt", FRENCH_DRAFT, &DESK_FIELDS).await;
    let preview_path = crate::helpers::location(&response);
    let discard = app.post(&format!("{preview_path}/discard"), &[]).await;
    assert_eq!(crate::helpers::location(&discard), "/admin/drafts/new");
    app.page(&preview_path)
        .await
        .assert_status(StatusCode::NOT_FOUND);

    let fields = [
        ("target", "existing"),
        ("process", "solidarity-declaration"),
        ("symbol", "R/2026/1"),
        ("year", "2026"),
        ("language", "fr"),
    ];
    // Feedback arriving while the preview waits: its confirmation is refused.
    let response = upload(&app, "projet.txt", FRENCH_DRAFT, &fields).await;
    let preview_path = crate::helpers::location(&response);
    app.submit_ok("suva-2015", "4", &valid_feedback()).await;
    let refused = app.post(&format!("{preview_path}/confirm"), &[]).await;
    let page = app.page_of(&preview_path, refused).await;
    page.assert_status(StatusCode::CONFLICT);
    assert!(
        page.body
            .contains("a commented draft is never altered or deleted")
    );
    // Said at the upload, beside the process chosen, not once the preview is confirmed.
    let refused = upload(&app, "projet.txt", FRENCH_DRAFT, &fields).await;
    let page = app.page_of("/admin/drafts", refused).await;
    page.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        page.text("#error-process")
            .contains("a commented draft is never altered or deleted")
    );
    assert_eq!(page.attrs("#field-symbol", "value"), ["R/2026/1"]);
    let documents: i64 = app
        .db()
        .query_row("SELECT COUNT(*) FROM documents", [], |r| r.get(0))
        .unwrap();
    assert_eq!(documents, 1);
}

#[tokio::test]
async fn a_refused_upload_names_each_problem_keeps_the_fields_and_stores_nothing() {
    let app = spawn_app().await;
    app.log_in().await;
    let with = |name: &'static str, value: &'static str| -> Vec<(&'static str, &'static str)> {
        DESK_FIELDS
            .iter()
            .map(|(k, v)| if *k == name { (*k, value) } else { (*k, *v) })
            .collect()
    };
    type Case = (
        &'static str,
        Vec<(&'static str, &'static str)>,
        &'static str,
        &'static str,
    );
    let cases: Vec<Case> = vec![
        (
            "projet.rtf",
            DESK_FIELDS.to_vec(),
            "file",
            "Choose a .txt, .md, .docx or .json file.",
        ),
        (
            "projet.txt",
            with("new_slug", "Not A Slug"),
            "new_slug",
            "Use lower-case letters",
        ),
        (
            "projet.txt",
            with("new_slug", "solidarity-declaration"),
            "new_slug",
            "A process with this address exists already.",
        ),
        (
            "projet.txt",
            with("symbol", ""),
            "symbol",
            "Give the document symbol.",
        ),
        (
            "projet.txt",
            with("year", "20x6"),
            "year",
            "Give a year from 1945 to 2200.",
        ),
        (
            "projet.txt",
            with("language", "French"),
            "language",
            "Give a language code",
        ),
        (
            "projet.txt",
            with("process", "nowhere")
                .into_iter()
                .map(|(k, v)| {
                    if k == "target" {
                        (k, "existing")
                    } else {
                        (k, v)
                    }
                })
                .collect(),
            "process",
            "Choose a process.",
        ),
    ];
    for (file_name, fields, field, message) in cases {
        let response = upload(&app, file_name, FRENCH_DRAFT, &fields).await;
        let page = app.page_of("/admin/drafts", response).await;
        page.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            page.text(&format!("#error-{field}")).contains(message),
            "{field}: {}",
            page.text("main")
        );
        assert!(page.text("title").starts_with("Error:"));
    }
    // A file over the size an upload takes: said beside the file field, the rest kept.
    let huge = "a".repeat(10 * 1024 * 1024 + 1);
    let response = upload(&app, "projet.txt", &huge, &DESK_FIELDS).await;
    let page = app.page_of("/admin/drafts", response).await;
    page.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        page.text("#error-file")
            .contains("larger than 10 MB, the most an upload takes")
    );
    assert_eq!(page.attrs("#field-symbol", "value"), ["R/2026/1"]);
    // What was typed comes back.
    let response = upload(&app, "projet.txt", FRENCH_DRAFT, &with("year", "20x6")).await;
    let page = app.page_of("/admin/drafts", response).await;
    assert_eq!(page.attrs("#field-symbol", "value"), ["R/2026/1"]);
    assert_eq!(
        page.attrs("#field-new_slug", "value"),
        ["cooperation-regionale"]
    );
    // The kind of draft chosen comes back chosen, and alone.
    let revision = with("target", "revision");
    let response = upload(&app, "projet.txt", FRENCH_DRAFT, &revision).await;
    let page = app.page_of("/admin/drafts", response).await;
    page.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        page.attrs("input[name=target][checked]", "value"),
        ["revision"]
    );

    // A file that is not a draft: every problem, with its line, in the desk's language.
    let broken = FRENCH_DRAFT
        .replace("Article 2", "Article 3")
        .replace("\n[^1]: Voir la Charte, préambule.\n", "\n");
    let response = upload(&app, "projet.txt", &broken, &DESK_FIELDS).await;
    let page = app.page_of("/admin/drafts", response).await;
    page.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        page.texts(".draft-problems li"),
        [
            "Line 7: Footnote marker [^1] has no text; add a line “[^1]: text”.",
            "Line 15: Expected article 2, found article 3: article numbers must not skip or repeat."
        ]
    );
    app.get("/language/fr?next=/admin").await;
    let response = upload(&app, "projet.txt", &broken, &DESK_FIELDS).await;
    let page = app.page_of("/admin/drafts", response).await;
    assert!(
        page.texts(".draft-problems li")[1]
            .starts_with("Ligne 15 : Article 2 attendu, article 3 trouvé"),
        "{:?}",
        page.texts(".draft-problems li")
    );
    // A JSON file that is not a draft is said so in the desk's language, not the parser's.
    let response = upload(&app, "projet.json", "{}", &DESK_FIELDS).await;
    let page = app.page_of("/admin/drafts", response).await;
    assert_eq!(
        page.texts(".draft-problems li"),
        ["Ligne 1 : Le JSON n’a pas « title », que tout projet comporte."]
    );
    let pending: i64 = app
        .db()
        .query_row("SELECT COUNT(*) FROM draft_uploads", [], |r| r.get(0))
        .unwrap();
    let processes: i64 = app
        .db()
        .query_row("SELECT COUNT(*) FROM processes", [], |r| r.get(0))
        .unwrap();
    assert_eq!((pending, processes), (0, 1));
}
