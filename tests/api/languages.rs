//! Four languages: English, French, Spanish and Arabic, chosen by a switcher on every page,
//! remembered in a cookie, first guessed from Accept-Language; Arabic pages are right-to-left.

use std::collections::BTreeSet;

use reqwest::StatusCode;

use crate::helpers::{Page, TestApp, location, spawn_app, valid_feedback, with_field};

async fn page_in(app: &TestApp, path: &str, accept_language: &str) -> Page {
    let response = app
        .client
        .get(app.url(path))
        .header("accept-language", accept_language)
        .send()
        .await
        .unwrap();
    app.page_of(path, response).await
}

fn html_attr(page: &Page, name: &str) -> String {
    page.attrs("html", name).pop().unwrap_or_default()
}

#[tokio::test]
async fn accept_language_is_the_first_guess() {
    let app = spawn_app().await;
    for (header, lang, dir, title) in [
        (
            "fr-CH, fr;q=0.9, en;q=0.5",
            "fr",
            "ltr",
            "Consultations régionales",
        ),
        ("es-PA", "es", "ltr", "Consultas regionales"),
        ("ar-QA,ar;q=0.9", "ar", "rtl", "المشاورات الإقليمية"),
        ("de-DE", "en", "ltr", "Regional consultations"),
    ] {
        let page = page_in(&app, "/", header).await;
        assert_eq!(
            (html_attr(&page, "lang"), html_attr(&page, "dir")),
            (lang.to_string(), dir.to_string()),
            "{header}"
        );
        assert_eq!(page.text("h1"), title, "{header}");
    }
}

#[tokio::test]
async fn the_switcher_on_every_page_sets_a_cookie_and_comes_back() {
    let app = spawn_app().await;
    let article = "/consultations/doha-2016/articles/4?paragraph=2";
    let page = app.page(article).await;
    let links = page.attrs("nav.languages a", "href");
    assert_eq!(
        links.len(),
        3,
        "the current language is not a link: {links:?}"
    );
    let arabic = links
        .iter()
        .find(|l| l.starts_with("/language/ar"))
        .unwrap();
    let response = app.get(arabic).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&response), article);
    // The cookie now wins over Accept-Language.
    let page = page_in(&app, article, "en").await;
    assert_eq!(
        (html_attr(&page, "lang"), html_attr(&page, "dir")),
        ("ar".to_string(), "rtl".to_string())
    );
    assert_eq!(page.text("h1"), "المادة 4");
    // The draft keeps its own language and direction inside an Arabic page.
    assert_eq!(page.attrs("div.legal-text", "lang"), ["en"]);
    assert_eq!(page.attrs("div.legal-text", "dir"), ["ltr"]);
    assert_eq!(
        page.attrs("#field-paragraph option[selected]", "value"),
        ["2"]
    );
    assert_eq!(page.text("label[for=field-comment]"), "تعليقك إلزامي");
    for foreign in ["//evil.example/", "https://evil.example/"] {
        let response = app
            .get(&format!(
                "/language/fr?next={}",
                foreign.replace('/', "%2F").replace(':', "%3A")
            ))
            .await;
        assert_eq!(location(&response), "/", "{foreign}");
    }
    assert_eq!(
        app.get("/language/de").await.status(),
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn a_participant_can_submit_and_read_the_receipt_in_french() {
    let app = spawn_app().await;
    app.get("/language/fr?next=/").await;
    let refused = app
        .submit_feedback(
            "geneva-2015",
            "4",
            &with_field(&valid_feedback(), "stance", None),
        )
        .await;
    let page = app.page_of("refused", refused).await;
    page.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        page.text("#error-stance"),
        "Erreur : Indiquez votre position sur ce texte."
    );
    assert_eq!(
        page.text("#error-summary-title"),
        "Votre contribution n’a pas encore été envoyée : vérifiez ces champs"
    );
    let long = "x".repeat(10_001);
    let refused = app
        .submit_feedback(
            "geneva-2015",
            "4",
            &with_field(&valid_feedback(), "comment", Some(&long)),
        )
        .await;
    let page = app.page_of("long", refused).await;
    assert!(
        page.text("#error-comment")
            .contains("Ce texte compte 10 001 caractères ; la limite est de 10 000."),
        "{}",
        page.text("#error-comment")
    );

    assert!(
        page.body.contains("10\u{202F}001"),
        "French groups digits with a narrow no-break space"
    );
    let private = app.submit_ok("geneva-2015", "4", &valid_feedback()).await;
    let receipt = app.page(&format!("{private}?received=1")).await;
    assert_eq!(
        receipt.text("h1"),
        "Merci : votre contribution a bien été reçue"
    );
    assert_eq!(receipt.text("#stored-stance"), "Soutien avec modifications");
    assert_eq!(receipt.text("#stored-paragraph"), "Paragraphe 2");
    assert_eq!(
        receipt.text("#stored-category"),
        "Organisation intergouvernementale"
    );
    // The receipt's dates carry this month's name in French.
    const MONTHS: [&str; 12] = [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ];
    let month = MONTHS[u8::from(time::OffsetDateTime::now_utc().month()) as usize - 1];
    assert!(
        receipt.text("dl.facts").contains(month),
        "no {month} in {}",
        receipt.text("dl.facts")
    );
    let home = app.page("/").await;
    assert!(home.body.contains("avril 2015"));
}

#[tokio::test]
async fn error_pages_speak_the_visitors_language() {
    let app = spawn_app().await;
    let page = page_in(&app, "/consultations/atlantis", "es").await;
    page.assert_status(StatusCode::NOT_FOUND);
    assert_eq!(page.text("h1"), "No encontrado");
    assert_eq!(page.texts("main p")[0], "No se encontró esta consulta.");
    assert_eq!(page.texts("main p")[1], "Volver a las consultas");
    assert_eq!(html_attr(&page, "lang"), "es");
    let response = app
        .client
        .post(app.url("/consultations/suva-2015/articles/4/feedback"))
        .header("accept-language", "ar")
        .form(&[("comment", "x")])
        .send()
        .await
        .unwrap();
    let page = app.page_of("forbidden", response).await;
    page.assert_status(StatusCode::FORBIDDEN);
    assert_eq!(page.text("h1"), "انتهت صلاحية النموذج");
    assert_eq!(html_attr(&page, "dir"), "rtl");
    assert!(response_header_csp(&app).await);
}

#[tokio::test]
async fn the_organisers_desk_speaks_every_language() {
    let app = spawn_app().await;
    app.submit_ok("suva-2015", "4", &valid_feedback()).await;
    app.log_in().await;

    for (header, lang, dir, overview, awaiting) in [
        (
            "fr",
            "fr",
            "ltr",
            "Vue d’ensemble des consultations",
            "En attente de suite",
        ),
        (
            "es",
            "es",
            "ltr",
            "Resumen de las consultas",
            "Pendientes de decisión",
        ),
        ("ar", "ar", "rtl", "نظرة عامة على المشاورات", "بانتظار البت"),
        (
            "en",
            "en",
            "ltr",
            "Overview of the consultations",
            "Awaiting disposition",
        ),
    ] {
        let admin = page_in(&app, "/admin", header).await;
        assert_eq!(
            (html_attr(&admin, "lang"), html_attr(&admin, "dir")),
            (lang.to_string(), dir.to_string()),
            "{header}"
        );
        assert_eq!(admin.text("h1"), overview, "{header}");
        assert_eq!(admin.text(".overview thead th:last-child"), awaiting);
    }

    let review = page_in(&app, "/admin/articles/4", "ar").await;
    assert_eq!(html_attr(&review, "dir"), "rtl");
    assert_eq!(review.text("h1"), "مراجعة: المادة 4");
    assert_eq!(review.text("label[for=filter-stance]"), "الموقف");
    assert_eq!(review.text("#item-1 .stance"), "تأييد مع تعديلات");
    assert!(review.text("#result-count").starts_with("العناصر 1–1 من 1"));
    // The draft keeps its own language and direction inside the Arabic page.
    assert_eq!(review.attrs(".legal-text", "dir"), ["ltr"]);
    assert_eq!(review.attrs(".legal-text", "lang"), ["en"]);

    let tally = page_in(&app, "/admin/tally", "fr").await;
    assert_eq!(tally.text("h1"), "Décompte par article et par consultation");
    assert!(
        tally.body.contains("100\u{a0}% de 1"),
        "the share is French"
    );

    let unknown = page_in(&app, "/admin/articles/4?stance=maybe", "fr").await;
    unknown.assert_status(StatusCode::BAD_REQUEST);
    assert!(
        unknown
            .text("main")
            .contains("Il n’y a pas de position « maybe »"),
        "{}",
        unknown.text("main")
    );

    // The language chosen with the switcher holds for the forms the desk sends back.
    app.get("/language/es?next=/admin").await;
    let refused = app.dispose(1, "not-accepted", "").await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let refused = app.page_of("/admin/feedback/1/disposition", refused).await;
    assert_eq!(
        refused.text("#error-note-1"),
        "Error: Indique la justificación: el participante la leerá."
    );
    let audit = app.page("/admin/audit").await;
    assert_eq!(
        audit.text(".audit tbody tr:nth-last-child(2) .audit-action"),
        "Inicio de sesión"
    );
    assert_eq!(
        audit.attrs(
            ".audit tbody tr:nth-last-child(2) .audit-action data",
            "value"
        ),
        ["login"]
    );
}

async fn response_header_csp(app: &TestApp) -> bool {
    let response = app
        .client
        .get(app.url("/nowhere"))
        .header("accept-language", "fr")
        .send()
        .await
        .unwrap();
    response.headers().contains_key("content-security-policy")
}

/// Message ids of a Fluent file: lines `id = ...` at the start of a line.
fn keys_of(language: &str) -> BTreeSet<String> {
    let path = format!("{}/locales/{language}/main.ftl", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path)
        .unwrap()
        .lines()
        .filter_map(|l| l.split_once(" =").map(|(k, _)| k))
        .filter(|k| {
            !k.is_empty()
                && k.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        })
        .map(str::to_string)
        .collect()
}

fn sources() -> String {
    let mut all = String::new();
    for folder in ["src", "templates"] {
        let mut stack = vec![std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(folder)];
        while let Some(path) = stack.pop() {
            if path.is_dir() {
                stack.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
            } else {
                all.push_str(&std::fs::read_to_string(&path).unwrap_or_default());
            }
        }
    }
    all
}

#[test]
fn every_language_has_every_key_and_every_key_is_used() {
    let english = keys_of("en");
    assert!(english.len() > 150, "only {} keys", english.len());
    for language in ["fr", "es", "ar"] {
        let keys = keys_of(language);
        let missing: Vec<_> = english.difference(&keys).collect();
        let extra: Vec<_> = keys.difference(&english).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{language}: missing {missing:?}, not in English {extra:?}"
        );
    }
    // Keys built from data ("stance-" + a stance key) are used through their prefix.
    let sources = sources();
    let built = [
        "stance-",
        "type-",
        "theme-",
        "category-",
        "disposition-",
        "hide-reason-",
        "audit-action-",
        "month-",
        "column-about-",
        "channel-",
        "support-",
        "recorded-",
    ];
    let unused: Vec<_> = english
        .iter()
        .filter(|k| {
            !sources.contains(&format!("\"{k}\"")) && !built.iter().any(|p| k.starts_with(p))
        })
        .collect();
    assert!(unused.is_empty(), "keys no code uses: {unused:?}");
    // And every key the code names is in the catalogue: a missing one would show as "Unknown
    // localization key" (in an attribute, where no page test reads it).
    let named = [
        ".t(\"",
        ".t_text(\"",
        ".t_count(\"",
        ".t_text2(\"",
        // A form's label, which a recorded statement's form may word otherwise.
        ".label(\"",
        "Message::new(\"",
    ];
    let unknown: BTreeSet<&str> = named
        .iter()
        .flat_map(|call| sources.split(call).skip(1))
        .filter_map(|rest| rest.split('"').next())
        .filter(|key| {
            key.contains('-')
                && key
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        })
        .filter(|key| !english.contains(*key))
        .collect();
    assert!(unknown.is_empty(), "keys the catalogue lacks: {unknown:?}");
}

#[tokio::test]
async fn the_language_cookie_is_secure_when_cookies_are() {
    for secure in [false, true] {
        let app = crate::helpers::spawn_app_with(|s| s.secure_cookies = secure).await;
        let response = app.get("/language/ar?next=/").await;
        let cookie = crate::helpers::set_cookie(&response, "consult_lang").unwrap();
        assert_eq!(cookie.contains("; Secure"), secure, "{cookie}");
    }
}
