//! Every kind of page, participants' and organisers', in every language, is valid HTML for the
//! Nu HTML Checker (vnu): no error and no warning.
//!
//! vnu is a Java program: the test runs when `CONSULT_VNU_JAR` names the jar (`.ci/vnu-jar`
//! fetches it) and says plainly that it was skipped when not. With `CONSULT_REQUIRE_VNU=1`, as
//! CI sets it, a missing checker fails the test.

use std::path::PathBuf;
use std::process::Command;

use reqwest::StatusCode;

use crate::helpers::{TestApp, valid_feedback, with_field};

fn checker() -> Option<PathBuf> {
    let jar = std::env::var_os("CONSULT_VNU_JAR").map(PathBuf::from);
    match jar {
        Some(jar) if jar.is_file() => Some(jar),
        _ if std::env::var("CONSULT_REQUIRE_VNU").is_ok_and(|v| v == "1") => {
            panic!("CONSULT_REQUIRE_VNU=1 but CONSULT_VNU_JAR names no file (run .ci/vnu-jar)")
        }
        _ => {
            eprintln!("SKIPPED valid_html: set CONSULT_VNU_JAR to the Nu HTML Checker's vnu.jar");
            None
        }
    }
}

/// Uploads `form` to `path`; the preview it leads to, or the page that refused it.
async fn upload_and_follow(
    app: &TestApp,
    path: &str,
    form: reqwest::multipart::Form,
) -> (StatusCode, String) {
    let response = app
        .client
        .post(app.url(path))
        .multipart(form)
        .send()
        .await
        .unwrap();
    if response.status() == StatusCode::SEE_OTHER {
        let preview = app.get(&crate::helpers::location(&response)).await;
        (preview.status(), preview.text().await.unwrap())
    } else {
        (response.status(), response.text().await.unwrap())
    }
}

/// Every page this client can reach in its current language, by name, with its status.
async fn pages_in(app: &TestApp, lang: &str) -> Vec<(String, StatusCode, String)> {
    app.get(&format!("/language/{lang}?next=/")).await;
    let mut pages = Vec::new();
    for path in [
        "/",
        "/processes/solidarity-declaration",
        "/consultations/doha-2016",
        "/consultations/doha-2016/articles/preamble",
        "/consultations/doha-2016/articles/4?paragraph=2",
        "/consultations/doha-2016/articles/4?text=fr",
        "/consultations/doha-2016/articles/preamble?text=en&beside=fr",
        "/nowhere",
        "/admin",
        "/admin/articles/4",
        "/admin/articles/4?consultation=suva-2015&q=cooperation",
        "/admin/articles/4?stance=maybe",
        "/admin/articles/4?copies=one",
        "/admin/record?consultation=suva-2015&article=4&channel=statement&saved=1",
        "/admin/imports?consultation=suva-2015&added=3&already=1",
        "/admin/tally",
        "/admin/audit",
        "/admin/organisers",
        "/admin/account",
        "/admin/drafts/new",
        "/admin/consultations/new",
        "/admin/consultations/doha-2016/edit",
        "/admin/consultations/doha-2016/invitations",
        "/admin/vocabularies",
        "/admin/questions",
        "/admin/consultations/geneva-2012/groups",
        "/admin/groups/1",
        "/admin/groups/1?saved=2&question=q1&made_on=2012-06-07",
        "/admin/groups/1/report",
        "/admin/areas",
        "/admin/summary",
        "/consultations/geneva-2012",
        "/consultations/geneva-2012/articles/q1",
        "/admin/articles/q1",
        "/admin?version=solidarity-declaration%2Fquestions",
        "/admin/lineage/2",
        "/admin?version=A%2FHRC%2F35%2F35%2FRev.test",
        "/admin/articles/7?version=A%2FHRC%2F35%2F35%2FRev.test",
        "/admin/deleted?version=A%2FHRC%2F35%2F35%2FRev.test",
        "/admin/compare",
        "/admin/comparative-table",
        "/admin/report?article=4",
        "/admin/articles/4?version=A%2FHRC%2F35%2F35&text=fr",
        "/admin/report?article=4&version=A%2FHRC%2F35%2F35&text=fr",
        "/processes/solidarity-declaration/compare",
        "/login?next=%2Fadmin&ended=1",
    ] {
        let response = app.get(path).await;
        pages.push((
            path.to_string(),
            response.status(),
            response.text().await.unwrap(),
        ));
    }
    let rejected = app
        .submit_feedback(
            "doha-2016",
            "4",
            &with_field(&valid_feedback(), "comment", Some("   ")),
        )
        .await;
    pages.push((
        "a rejected form".into(),
        rejected.status(),
        rejected.text().await.unwrap(),
    ));
    // The setup forms, refused and done: an account refused, one added (its link shown once),
    // its password page refused, and a wrong current password.
    for (name, path, fields) in [
        (
            "a refused question",
            "/admin/questions".to_string(),
            vec![("text", " ".to_string()), ("label", "x".repeat(121))],
        ),
        (
            "a refused point",
            "/admin/groups/1/points".to_string(),
            vec![
                ("question", "q9".to_string()),
                ("support", "all".to_string()),
            ],
        ),
        (
            "a refused area",
            "/admin/areas".to_string(),
            vec![("title", String::new())],
        ),
        (
            "a refused rewording",
            "/admin/questions/q2/reword".to_string(),
            vec![("text", " ".to_string()), ("label", String::new())],
        ),
        (
            "a refused theme name",
            "/admin/vocabularies/themes/rename".to_string(),
            vec![("key", "drafting".to_string()), ("label", " ".to_string())],
        ),
        (
            "a refused process",
            "/admin/processes".to_string(),
            vec![("title", String::new()), ("slug", "Two words".to_string())],
        ),
        (
            "a refused account",
            "/admin/organisers".to_string(),
            vec![
                ("username", "two words".to_string()),
                ("role", "reviewer".to_string()),
            ],
        ),
        (
            "an added account",
            "/admin/organisers".to_string(),
            vec![
                ("username", format!("new-{lang}")),
                ("role", "reviewer".to_string()),
            ],
        ),
        (
            "a refused password change",
            "/admin/account".to_string(),
            vec![
                ("current", "wrong".to_string()),
                ("password", "short".to_string()),
                ("repeat", "".to_string()),
            ],
        ),
    ] {
        let response = app.post(&path, &fields).await;
        let status = response.status();
        let body = response.text().await.unwrap();
        if let Some(link) = body
            .split("id=\"password-link\" class=\"private-link-field\" value=\"")
            .nth(1)
        {
            let link = link.split('"').next().unwrap().to_string();
            let page = app.get(&link).await;
            pages.push((
                "a password link".into(),
                page.status(),
                page.text().await.unwrap(),
            ));
            let refused = app
                .post(
                    &link,
                    &[("password", "short".into()), ("repeat", "".into())],
                )
                .await;
            pages.push((
                "a refused password".into(),
                refused.status(),
                refused.text().await.unwrap(),
            ));
        }
        pages.push((name.into(), status, body));
    }
    let refused_consultation = app
        .post(
            "/admin/consultations",
            &[
                ("slug", "Bad Slug".into()),
                ("city", "".into()),
                ("held", "soon".into()),
                ("time_zone", "Nowhere/Else".into()),
            ],
        )
        .await;
    let invitation = app
        .post(
            "/admin/consultations/doha-2016/invitations",
            &[("label", format!("group {lang}"))],
        )
        .await;
    pages.push((
        "an invitation made".into(),
        invitation.status(),
        invitation.text().await.unwrap(),
    ));
    pages.push((
        "a refused consultation".into(),
        refused_consultation.status(),
        refused_consultation.text().await.unwrap(),
    ));
    // A draft uploaded and previewed, and one refused with the lines of its problems.
    let draft = "Projet\n\nArticle premier — Objet\n\n1.\tTexte.[^1]\n\t(a)\tun ;\n\t(b)\tdeux.\n\nArticle 3\n\nTexte.\n";
    for (name, text) in [
        (
            "a draft preview",
            draft.replace("Article 3", "Article 2").replace("[^1]", ""),
        ),
        ("a refused draft", draft.to_string()),
    ] {
        let form = reqwest::multipart::Form::new()
            .text("csrf_token", app.csrf_token().await)
            .part(
                "file",
                reqwest::multipart::Part::bytes(text.into_bytes()).file_name("projet.txt"),
            )
            .text("target", "new")
            .text("new_slug", format!("checked-{lang}"))
            .text("symbol", format!("C/{lang}"))
            .text("year", "2026")
            .text("language", "fr");
        let (status, body) = upload_and_follow(app, "/admin/drafts", form).await;
        pages.push((name.into(), status, body));
    }
    // A batch uploaded and previewed, and one refused with the lines of its problems.
    for (name, rows) in [
        (
            "an import preview",
            "2015-11-19,amend,Name small island States.",
        ),
        (
            "a refused import",
            "19 November,maybe,Name small island States.",
        ),
    ] {
        let file = format!("article,channel,made_on,stance,comment\n4,statement,{rows}\n");
        let form = reqwest::multipart::Form::new()
            .text("csrf_token", app.csrf_token().await)
            .text("consultation", "suva-2015")
            .part(
                "file",
                reqwest::multipart::Part::bytes(file.into_bytes()).file_name("statements.csv"),
            );
        let (status, body) = upload_and_follow(app, "/admin/imports", form).await;
        assert!(
            body.contains("import-summary") || body.contains("import-problems"),
            "{name}: {body}"
        );
        pages.push((name.into(), status, body));
    }
    let private = app.submit_ok("doha-2016", "4", &valid_feedback()).await;
    let receipt = app.get(&format!("{private}?received=1")).await;
    pages.push((
        "a receipt".into(),
        receipt.status(),
        receipt.text().await.unwrap(),
    ));
    let refused = app.dispose(1, "not-accepted", "").await;
    pages.push((
        "a refused disposition".into(),
        refused.status(),
        refused.text().await.unwrap(),
    ));
    let refused = app
        .post(
            "/admin/feedback/1/hide",
            &[
                ("reason", String::new()),
                ("return_to", "/admin/articles/4".into()),
            ],
        )
        .await;
    pages.push((
        "a refused hiding".into(),
        refused.status(),
        refused.text().await.unwrap(),
    ));
    let edited = with_field(&valid_feedback(), "stance", Some("oppose"));
    assert_eq!(
        app.post(&private, &edited).await.status(),
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        app.dispose(1, "accepted", "").await.status(),
        StatusCode::SEE_OTHER
    );
    for (name, path) in [
        ("a review page with an edited item", "/admin/articles/4"),
        ("a decided item's private page", private.as_str()),
    ] {
        let response = app.get(path).await;
        pages.push((
            name.into(),
            response.status(),
            response.text().await.unwrap(),
        ));
    }
    pages
}

#[tokio::test]
async fn every_page_is_valid_html_in_every_language() {
    let Some(jar) = checker() else {
        return;
    };
    // With a revised draft, so the lineage review page has a version to show.
    let app =
        crate::helpers::spawn_app_after(crate::process::revise_and_translate_shipped_draft, |_| {})
            .await;
    app.submit_ok("suva-2015", "4", &valid_feedback()).await;
    // Carried into the revision's Article 7, and on text the revision deleted.
    for paragraph in ["2", "3"] {
        let fields = with_field(&valid_feedback(), "paragraph", Some(paragraph));
        let article = if paragraph == "2" { "8" } else { "7" };
        app.submit_ok("suva-2015", article, &fields).await;
    }
    // Shown on the login page before logging in, in English.
    let login = app.get("/login").await.text().await.unwrap();
    app.log_in().await;
    // A workshop on discussion questions and the draft, with an answer.
    app.post(
        "/admin/questions",
        &[
            ("text", "What is solidarity?".into()),
            ("label", "Nature".into()),
        ],
    )
    .await;
    let workshop = [
        ("slug", "geneva-2012"),
        ("city", "Geneva"),
        ("held", "2012-06"),
        ("process", "solidarity-declaration"),
        ("offers", "both"),
    ]
    .map(|(k, v)| (k, v.to_string()));
    app.post("/admin/consultations", &workshop).await;
    let answer = with_field(&valid_feedback(), "stance", Some("none"));
    app.submit_ok(
        "geneva-2012",
        "q1",
        &with_field(&answer, "paragraph", Some("")),
    )
    .await;
    // A breakout group with a point and a divergent one.
    let group = [("name", "Group A"), ("questions", "q1")].map(|(k, v)| (k, v.to_string()));
    app.post("/admin/consultations/geneva-2012/groups", &group)
        .await;
    for (text, support, divergent) in [("Broader.", "consensus", false), ("The same.", "one", true)]
    {
        let earlier: Option<i64> = app
            .db()
            .query_row("SELECT MAX(feedback_id) FROM group_points", [], |r| {
                r.get(0)
            })
            .unwrap();
        let diverges = earlier
            .filter(|_| divergent)
            .map(|id| id.to_string())
            .unwrap_or_default();
        let point = [
            ("question", "q1"),
            ("point", text),
            ("support", support),
            ("made_on", "2012-06-07"),
            ("diverges_from", &diverges),
        ]
        .map(|(k, v)| (k, v.to_string()));
        let saved = app.post("/admin/groups/1/points", &point).await;
        assert_eq!(saved.status(), StatusCode::SEE_OTHER);
    }
    // A thematic area holding every answer and point: the summary shows a divergent view.
    app.post("/admin/areas", &[("title", "Nature of solidarity".into())])
        .await;
    let mut assign = vec![("area", "1".to_string())];
    let answers: Vec<i64> = app.column("SELECT id FROM feedback WHERE article = 'q1'");
    assign.extend(answers.iter().map(|id| ("ids", id.to_string())));
    let assigned = app.post("/admin/areas/assign", &assign).await;
    assert_eq!(assigned.status(), StatusCode::SEE_OTHER);

    let dir = tempfile::tempdir().unwrap();
    let mut names = vec![(dir.path().join("login.html"), "en /login".to_string())];
    std::fs::write(&names[0].0, login).unwrap();
    for lang in ["en", "fr", "es", "ar"] {
        for (i, (name, status, body)) in pages_in(&app, lang).await.into_iter().enumerate() {
            assert!(!status.is_server_error(), "{lang} {name}: {status}\n{body}");
            let file = dir.path().join(format!("{lang}-{i}.html"));
            std::fs::write(&file, body).unwrap();
            names.push((file, format!("{lang} {name} ({status})")));
        }
    }

    let output = Command::new("java")
        .arg("-jar")
        .arg(&jar)
        .args(["--format", "json", "--stdout"])
        .args(names.iter().map(|(file, _)| file))
        .output()
        .expect("java runs (apt install default-jre-headless)");
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap_or_else(|e| {
        panic!(
            "vnu gave no JSON ({e}):\n{}",
            String::from_utf8_lossy(&output.stderr)
        )
    });
    let errors: Vec<String> = report["messages"]
        .as_array()
        .expect("vnu lists its messages")
        .iter()
        .filter(|m| m["type"] == "error" || m["subType"] == "fatal" || m["subType"] == "warning")
        // vnu guesses a page's language from its text; a review page is mostly the English
        // draft and English comments (marked `lang="en"`) whatever the desk's language.
        .filter(|m| {
            !m["message"]
                .as_str()
                .is_some_and(|text| text.contains("appears to be written in"))
        })
        .map(|m| {
            let url = m["url"].as_str().unwrap_or_default();
            let page = names
                .iter()
                .find(|(file, _)| url.ends_with(&*file.to_string_lossy()))
                .map_or(url, |(_, name)| name.as_str());
            format!(
                "{page}, line {}: {}",
                m["lastLine"],
                m["message"].as_str().unwrap_or_default()
            )
        })
        .collect();
    assert!(
        errors.is_empty(),
        "{} pages checked; vnu found:\n{}",
        names.len(),
        errors.join("\n")
    );
    assert!(names.len() > 50, "only {} pages were checked", names.len());
}
