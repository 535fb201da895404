//! The draft in the reader's language: language versions of one text, aligned unit by unit,
//! read in the interface's language with the original a click away, and feedback counted on
//! the same unit whatever language it was read in.

use std::path::Path;

use reqwest::StatusCode;

use crate::helpers::{TestApp, consult_ok, valid_feedback, with_field};

const ENGLISH: &str = "Declaration on the rights of all (test)

The General Assembly,

Recalling the Charter of the United Nations,

Noting the work of the Human Rights Council,

Proclaims:

Article 1

1.\tAll human beings are born free and equal in dignity.

2.\tThey are endowed with reason:
\t(a)\tand with conscience;
\t(b)\tand with a spirit of solidarity.

Article 2

Everyone is entitled to all the rights set forth in this Declaration.
";

const FRENCH: &str = "Déclaration sur les droits de tous (essai)

L’Assemblée générale,

Rappelant la Charte des Nations Unies,

Notant les travaux du Conseil des droits de l’homme,

Proclame :

Article premier

1.\tTous les êtres humains naissent libres et égaux en dignité.

2.\tIls sont doués de raison :
\t(a)\tet de conscience ;
\t(b)\tet d’un esprit de solidarité.

Article 2

Chacun peut se prévaloir de tous les droits proclamés dans la présente Déclaration.
";

const SPANISH: &str = "Declaración sobre los derechos de todos (prueba)

La Asamblea General,

Recordando la Carta de las Naciones Unidas,

Observando la labor del Consejo de Derechos Humanos,

Proclama:

Artículo 1

1.\tTodos los seres humanos nacen libres e iguales en dignidad.

2.\tEstán dotados de razón:
\t(a)\ty de conciencia;
\t(b)\ty de un espíritu de solidaridad.

Artículo 2

Toda persona tiene todos los derechos proclamados en esta Declaración.
";

const ARABIC: &str = "إعلان بشأن حقوق الجميع (تجربة)

إن الجمعية العامة،

إذ تشير إلى ميثاق الأمم المتحدة،

وإذ تلاحظ أعمال مجلس حقوق الإنسان،

تعلن:

المادة 1

1.\tيولد جميع الناس أحرارًا ومتساوين في الكرامة.

2.\tوقد وهبوا عقلًا:
\t(a)\tوضميرًا؛
\t(b)\tوروح تضامن.

المادة 2

لكل إنسان التمتع بجميع الحقوق المذكورة في هذا الإعلان.
";

fn write(dir: &Path, name: &str, text: &str) -> std::path::PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

fn import_version(db: &Path, file: &Path, language: &str) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_consult"))
        .args(["document", "import"])
        .arg(file)
        .args(["--translation-of", "T/1", "--language", language, "--db"])
        .arg(db)
        .output()
        .unwrap()
}

/// The English original `T/1` in a process of its own, `rights`, with a consultation on it.
fn load_original(files: &Path, db: &Path) {
    let original = write(files, "original.txt", ENGLISH);
    consult_ok(
        [
            std::ffi::OsStr::new("document"),
            "import".as_ref(),
            original.as_os_str(),
            "--new-process".as_ref(),
            "rights".as_ref(),
            "--symbol".as_ref(),
            "T/1".as_ref(),
            "--language".as_ref(),
            "en".as_ref(),
            "--year".as_ref(),
            "2026".as_ref(),
        ],
        db,
    );
    consult_ok(
        [
            "consultation",
            "add",
            "doha-rights",
            "--city",
            "Doha",
            "--held",
            "2026-05",
            "--process",
            "rights",
        ],
        db,
    );
}

/// The English original in a process of its own with a consultation, and its French,
/// Spanish and Arabic versions, all loaded from the command line before the server starts.
async fn four_languages() -> (TestApp, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let files = dir.path().to_path_buf();
    let app = crate::helpers::spawn_app_after(
        move |db| {
            load_original(&files, db);
            for (name, text, language) in [
                ("fr.txt", FRENCH, "fr"),
                ("es.txt", SPANISH, "es"),
                ("ar.txt", ARABIC, "ar"),
            ] {
                let file = write(&files, name, text);
                let output = import_version(db, &file, language);
                assert!(
                    output.status.success(),
                    "{language}: {}",
                    String::from_utf8_lossy(&output.stderr)
                );
                assert!(String::from_utf8_lossy(&output.stdout).contains(&format!(
                    "Stored the {language} version of T/1: 11 units aligned"
                )));
            }
        },
        |_| {},
    )
    .await;
    (app, dir)
}

#[tokio::test]
async fn a_reader_reads_the_draft_in_their_language_and_comments_on_the_same_unit() {
    let (app, _dir) = four_languages().await;
    let article = "/consultations/doha-rights/articles/1";

    // In English: the original, with the other versions offered by their own names (in the
    // order of their language codes).
    let english = app.page(article).await;
    english.assert_status(StatusCode::OK);
    assert_eq!(english.attrs(".legal-text", "lang"), ["en"]);
    assert_eq!(
        english.texts(".text-versions a:not(.text-beside)"),
        ["العربية", "Español", "Français"]
    );
    assert_eq!(
        english.attrs(".text-versions a:not(.text-beside)", "hreflang"),
        ["ar", "es", "fr"]
    );
    // And each beside the original, paragraph by paragraph.
    assert_eq!(
        english.attrs(".text-beside", "href")[0],
        format!("{article}?text=en&beside=ar")
    );
    let beside = app.page(&format!("{article}?text=en&beside=ar")).await;
    assert_eq!(
        beside.attrs(".side-by-side .side-cell", "lang"),
        ["en", "ar", "en", "ar"],
        "the article's two paragraphs, each with its Arabic"
    );
    assert_eq!(
        beside.attrs(".side-by-side .side-cell[lang=ar]", "dir"),
        ["rtl", "rtl"]
    );
    assert_eq!(beside.count("#p-2"), 1, "anchors once, on the text read");
    // The original is marked authoritative on whichever side it is.
    assert_eq!(
        beside.texts(".column-label"),
        ["English (the original, authoritative text)", "العربية"]
    );
    let other_way = app.page(&format!("{article}?text=ar&beside=en")).await;
    assert_eq!(
        other_way.texts(".column-label"),
        ["العربية", "English (the original, authoritative text)"]
    );

    // In Arabic: the Arabic version, right to left, the original a click away.
    app.get("/language/ar?next=/").await;
    let arabic = app.page(article).await;
    assert_eq!(arabic.attrs(".legal-text", "lang"), ["ar"]);
    assert_eq!(arabic.attrs(".legal-text", "dir"), ["rtl"]);
    assert!(
        arabic
            .text(".legal-text")
            .contains("يولد جميع الناس أحرارًا"),
        "{}",
        arabic.body
    );
    assert_eq!(
        arabic.attrs(".text-original", "href"),
        [format!("{article}?text=en")]
    );
    assert_eq!(arabic.attrs("input[name=read_in]", "value"), ["ar"]);
    let original = app.page(&format!("{article}?text=en")).await;
    assert_eq!(original.attrs(".legal-text", "lang"), ["en"]);
    assert!(original.text(".legal-text").contains("born free and equal"));
    let french = app.page(&format!("{article}?text=fr")).await;
    assert!(
        french
            .text(".legal-text")
            .contains("naissent libres et égaux")
    );
    // The consultation's contents are in the reader's language too.
    app.get("/language/fr?next=/").await;
    let contents = app.page("/consultations/doha-rights").await;
    assert!(
        contents
            .text("main")
            .contains("Déclaration sur les droits de tous"),
        "{}",
        contents.text("main")
    );
    assert!(contents.text("main").contains("Chacun peut se prévaloir"));
    app.get("/language/en?next=/").await;

    // A comment read in Arabic and one read in English count on the same paragraph.
    let mut read_in_arabic = with_field(&valid_feedback(), "paragraph", Some("2"));
    read_in_arabic.push(("read_in", "ar".into()));
    read_in_arabic = with_field(&read_in_arabic, "themes", None);
    read_in_arabic = with_field(&read_in_arabic, "stakeholder_category", Some(""));
    app.submit_ok("doha-rights", "1", &read_in_arabic).await;
    app.get("/language/en?next=/").await;
    let mut read_in_english = read_in_arabic.clone();
    read_in_english = with_field(&read_in_english, "read_in", Some("en"));
    app.submit_ok("doha-rights", "1", &read_in_english).await;
    // A language the draft has no version in is recorded as the original's.
    let unknown = with_field(&read_in_arabic, "read_in", Some("xx"));
    app.submit_ok("doha-rights", "1", &unknown).await;

    app.log_in().await;
    let (header, rows) = app
        .export("/admin/exports/feedback.csv?process=rights")
        .await;
    let at = |name: &str| header.iter().position(|h| h == name).unwrap();
    let mut seen: Vec<(String, String, String)> = rows
        .iter()
        .map(|r| {
            (
                r[at("article")].clone(),
                r[at("paragraph")].clone(),
                r[at("read_in")].clone(),
            )
        })
        .collect();
    seen.sort();
    assert_eq!(
        seen,
        [
            ("1".into(), "2".into(), "ar".into()),
            ("1".into(), "2".into(), "en".into()),
            ("1".into(), "2".into(), "en".into()),
        ]
    );
    let (_, tally) = app
        .export("/admin/exports/tally_by_article.csv?process=rights")
        .await;
    let amend: Vec<&str> = tally
        .iter()
        .filter(|r| r[0] == "1" && r[1] == "doha-rights")
        .map(|r| r[3].as_str())
        .collect();
    assert_eq!(amend, ["3"], "one unit, one count: {tally:?}");
}

/// A process named after its draft is named in the reader's language where the draft has a
/// version in it, on the home page and its own page.
#[tokio::test]
async fn a_process_is_named_in_the_readers_language() {
    let (app, _dir) = four_languages().await;
    let home = app.page("/").await;
    assert!(
        home.texts("h2")
            .contains(&"Declaration on the rights of all (test)".to_string()),
        "{:?}",
        home.texts("h2")
    );
    app.get("/language/fr?next=/").await;
    let home = app.page("/").await;
    assert!(
        home.texts("h2")
            .contains(&"Déclaration sur les droits de tous (essai)".to_string()),
        "{:?}",
        home.texts("h2")
    );
    assert_eq!(home.attrs("#process-rights a", "lang"), ["fr"]);
    let page = app.page("/processes/rights").await;
    assert_eq!(
        page.text("h1"),
        "Déclaration sur les droits de tous (essai)"
    );
}

#[tokio::test]
async fn a_version_that_does_not_align_is_refused_with_its_line_and_nothing_is_stored() {
    let (app, dir) = four_languages().await;
    // The Spanish version without paragraph 2 of Article 1 (and so its items).
    let short = SPANISH.replace(
        "2.\tEstán dotados de razón:\n\t(a)\ty de conciencia;\n\t(b)\ty de un espíritu de solidaridad.\n",
        "",
    );
    let file = write(dir.path(), "es-short.txt", &short);
    let output = import_version(&app.db_path, &file, "es");
    assert!(!output.status.success());
    let said = String::from_utf8_lossy(&output.stderr);
    assert!(said.contains("nothing was stored"), "{said}");
    assert!(
        said.contains("line 11: the original's Article 1, paragraph 2 is missing here"),
        "{said}"
    );
    assert!(
        said.contains("line 11: the original's Article 1, item 2(a) is missing here"),
        "{said}"
    );
    // The Spanish version stored before is still the one shown.
    app.get("/language/es?next=/").await;
    let page = app.page("/consultations/doha-rights/articles/1").await;
    assert!(page.text(".legal-text").contains("Están dotados de razón"));

    // A version in the original's own language is not a version.
    let same = import_version(&app.db_path, &write(dir.path(), "en.txt", ENGLISH), "en");
    assert!(!same.status.success());
    assert!(String::from_utf8_lossy(&same.stderr).contains("is itself in en"));
}

#[tokio::test]
async fn a_version_is_replaced_until_someone_comments_reading_it() {
    let (app, dir) = four_languages().await;
    let corrected = FRENCH.replace("naissent libres", "naissent et demeurent libres");
    let file = write(dir.path(), "fr-2.txt", &corrected);
    let replaced = import_version(&app.db_path, &file, "fr");
    assert!(
        String::from_utf8_lossy(&replaced.stdout).contains("Replaced the fr version of T/1"),
        "{}",
        String::from_utf8_lossy(&replaced.stderr)
    );
    let mut read_in_french = with_field(&valid_feedback(), "themes", None);
    read_in_french = with_field(&read_in_french, "stakeholder_category", Some(""));
    read_in_french.push(("read_in", "fr".into()));
    app.submit_ok("doha-rights", "1", &read_in_french).await;
    let refused = import_version(&app.db_path, &write(dir.path(), "fr-3.txt", FRENCH), "fr");
    assert!(!refused.status.success());
    assert!(
        String::from_utf8_lossy(&refused.stderr)
            .contains("Participants have commented reading this language version"),
        "{}",
        String::from_utf8_lossy(&refused.stderr)
    );
    // The original is never changed by a version.
    let db = app.db();
    let original: String = db
        .query_row(
            "SELECT text FROM units u JOIN documents d ON d.id = u.document_id WHERE d.symbol = 'T/1' AND u.article = '1' AND u.ref = '1'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(
        original,
        "All human beings are born free and equal in dignity."
    );
}

#[tokio::test]
async fn a_room_reads_the_draft_in_every_language_the_centre_has() {
    let (centre, dir) = four_languages().await;
    let pack = dir.path().join("doha.room");
    consult_ok(
        [
            std::ffi::OsStr::new("room"),
            "pack".as_ref(),
            "--consultation".as_ref(),
            "doha-rights".as_ref(),
            "--out".as_ref(),
            pack.as_os_str(),
        ],
        &centre.db_path,
    );
    let room = crate::helpers::spawn_app_with(move |s| s.room = Some(pack)).await;
    room.get("/language/ar?next=/").await;
    let page = room.page("/consultations/doha-rights/articles/1").await;
    assert_eq!(page.attrs(".legal-text", "dir"), ["rtl"]);
    assert!(page.text(".legal-text").contains("يولد جميع الناس أحرارًا"));
}

#[tokio::test]
async fn the_desk_and_the_report_show_the_original_and_any_version_on_request() {
    let (app, _dir) = four_languages().await;
    app.log_in().await;
    let desk = app.page("/admin/articles/1?process=rights").await;
    desk.assert_status(StatusCode::OK);
    assert_eq!(desk.attrs(".current-text .legal-text", "lang"), ["en"]);
    assert_eq!(
        desk.attrs("#filter-text option", "value"),
        ["en", "ar", "es", "fr"]
    );
    let arabic = app.page("/admin/articles/1?process=rights&text=ar").await;
    assert_eq!(arabic.attrs(".current-text .legal-text", "dir"), ["rtl"]);
    assert!(
        arabic
            .text(".current-text .legal-text")
            .contains("يولد جميع الناس أحرارًا")
    );
    assert_eq!(
        arabic.attrs("#filter-text option[selected]", "value"),
        ["ar"]
    );

    let report = app
        .page("/admin/report?process=rights&article=1&text=fr")
        .await;
    report.assert_status(StatusCode::OK);
    assert_eq!(report.attrs(".legal-text", "lang"), ["fr"]);
    assert!(
        report
            .text(".legal-text")
            .contains("naissent libres et égaux")
    );
    let word = report.attrs("a[href*='report.docx']", "href");
    assert!(
        !word.is_empty() && word.iter().all(|href| href.contains("text=fr")),
        "the Word file is in the same language: {word:?}"
    );
}

async fn upload_version(
    app: &TestApp,
    name: &str,
    text: &str,
    language: &str,
) -> reqwest::Response {
    let form = reqwest::multipart::Form::new()
        .text("csrf_token", app.csrf_token().await)
        .part(
            "file",
            reqwest::multipart::Part::bytes(text.as_bytes().to_vec()).file_name(name.to_string()),
        )
        .text("target", "translation")
        .text("process", "rights")
        .text("language", language.to_string());
    app.client
        .post(app.url("/admin/drafts"))
        .multipart(form)
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn an_administrator_uploads_a_language_version_from_the_desk() {
    let dir = tempfile::tempdir().unwrap();
    let files = dir.path().to_path_buf();
    let app = crate::helpers::spawn_app_after(
        move |db| {
            load_original(&files, db);
        },
        |_| {},
    )
    .await;
    app.log_in().await;

    // A version lacking a paragraph: refused, the line named, nothing kept.
    let short = SPANISH.replace("2.\tEstán dotados de razón:\n\t(a)\ty de conciencia;\n\t(b)\ty de un espíritu de solidaridad.\n", "");
    let refused = upload_version(&app, "es.txt", &short, "es").await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = app.page_of("/admin/drafts", refused).await;
    assert!(
        page.body
            .contains("Line 11: The original’s Article 1, paragraph 2 is missing here"),
        "{}",
        page.body
    );
    // The draft's own language is not a version.
    let same = upload_version(&app, "en.txt", ENGLISH, "en").await;
    assert_eq!(same.status(), StatusCode::UNPROCESSABLE_ENTITY);

    let checked = upload_version(&app, "ar.txt", ARABIC, "ar").await;
    assert_eq!(checked.status(), StatusCode::SEE_OTHER);
    let preview = app.page(&crate::helpers::location(&checked)).await;
    preview.assert_status(StatusCode::OK);
    assert!(preview.body.contains("T/1 (ar)"), "{}", preview.body);
    let confirm = preview.attrs("form[action$='/confirm']", "action");
    let stored = app.post(&confirm[0], &[]).await;
    assert_eq!(stored.status(), StatusCode::SEE_OTHER);

    // Shown at once, without a restart.
    app.get("/language/ar?next=/").await;
    let article = app.page("/consultations/doha-rights/articles/1").await;
    assert_eq!(article.attrs(".legal-text", "dir"), ["rtl"]);
    assert!(
        article
            .text(".legal-text")
            .contains("يولد جميع الناس أحرارًا")
    );
}

#[tokio::test]
async fn the_comparative_table_reads_both_versions_in_a_language_they_share() {
    let (app, dir) = four_languages().await;
    let revised = ENGLISH.replace(
        "born free and equal in dignity",
        "born free and equal in dignity and rights",
    );
    let french = FRENCH.replace("égaux en dignité", "égaux en dignité et en droits");
    let file = write(dir.path(), "revised.txt", &revised);
    consult_ok(
        [
            std::ffi::OsStr::new("document"),
            "import".as_ref(),
            file.as_os_str(),
            "--revises".as_ref(),
            "T/1".as_ref(),
            "--symbol".as_ref(),
            "T/2".as_ref(),
            "--language".as_ref(),
            "en".as_ref(),
            "--year".as_ref(),
            "2026".as_ref(),
        ],
        &app.db_path,
    );
    let file = write(dir.path(), "revised-fr.txt", &french);
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_consult"))
        .args(["document", "import"])
        .arg(&file)
        .args(["--translation-of", "T/2", "--language", "fr", "--db"])
        .arg(&app.db_path)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    // The server reads the library again when it starts; here a desk upload would reload it.
    let app = crate::helpers::spawn_app_after(
        {
            let from = app.db_path.clone();
            move |db| consult::db::backup(&from, db).unwrap()
        },
        |_| {},
    )
    .await;
    app.log_in().await;
    let table = app.page("/admin/comparative-table?process=rights").await;
    table.assert_status(StatusCode::OK);
    assert_eq!(
        table.texts(".table-languages a, .table-languages strong"),
        ["English", "Français"]
    );
    let in_french = app
        .page("/admin/comparative-table?process=rights&text=fr")
        .await;
    assert_eq!(in_french.attrs("#table-1-1 .new-text", "lang"), ["fr"]);
    assert!(
        in_french
            .text("#table-1-1 .new-text")
            .contains("et en droits")
    );
    assert!(
        in_french
            .text("#table-1-1 .old-text")
            .contains("naissent libres")
    );
    assert!(
        in_french.attrs("#table-docx", "href")[0].contains("text=fr"),
        "the downloads are in the same language"
    );
    // The desk's kept lineage stays in the originals' words.
    let again = app.page("/admin/comparative-table?process=rights").await;
    assert_eq!(again.attrs("#table-1-1 .new-text", "lang"), ["en"]);
    let desk = app.page("/admin/articles/1?process=rights").await;
    assert_eq!(desk.attrs(".current-text .legal-text", "lang"), ["en"]);
}

#[tokio::test]
async fn a_draft_without_a_version_in_the_reader_s_language_says_so_and_shows_the_original() {
    let app = crate::helpers::spawn_app().await;
    app.get("/language/fr?next=/").await;
    let page = app.page("/consultations/doha-2016/articles/4").await;
    assert_eq!(page.attrs(".legal-text", "lang"), ["en"]);
    assert_eq!(
        page.text(".text-versions"),
        "Ce projet n’a pas encore de version dans votre langue : voici l’original."
    );
    // In the original's own language nothing needs saying.
    app.get("/language/en?next=/").await;
    let page = app.page("/consultations/doha-2016/articles/4").await;
    assert_eq!(page.count(".text-versions"), 0);
}

/// The reader's choice of languages for the text goes with them from article to article.
#[tokio::test]
async fn the_next_article_keeps_the_languages_chosen_for_the_text() {
    let app = crate::helpers::spawn_app().await;
    let article = "/consultations/doha-2016/articles/4";
    let french = app.page(&format!("{article}?text=fr")).await;
    assert_eq!(
        french.attrs(".pager-previous, .pager-next", "href"),
        [
            "/consultations/doha-2016/articles/3?text=fr",
            "/consultations/doha-2016/articles/5?text=fr"
        ]
    );
    let beside = app.page(&format!("{article}?text=en&beside=fr")).await;
    assert_eq!(
        beside.attrs(".pager-next", "href"),
        ["/consultations/doha-2016/articles/5?text=en&beside=fr"]
    );
    // Without a choice the text follows the interface's language, and so do the links.
    let plain = app.page(article).await;
    assert_eq!(
        plain.attrs(".pager-next", "href"),
        ["/consultations/doha-2016/articles/5"]
    );
}
