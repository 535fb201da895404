//! Setting up consultations from the desk and the command line: create one on a process's
//! draft, edit it, and a comment period that opens and closes by itself.

use reqwest::StatusCode;

use crate::helpers::{TestApp, consult_ok, location, spawn_app, valid_feedback};

/// A local time in Addis Ababa (UTC+3, no daylight saving), `hours` from now.
fn addis_in(hours: i64) -> String {
    let at =
        time::OffsetDateTime::now_utc() + time::Duration::hours(hours) + time::Duration::hours(3);
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}",
        at.year(),
        u8::from(at.month()),
        at.day(),
        at.hour(),
        at.minute()
    )
}

fn fields(slug: &str, opens: &str, closes: &str) -> Vec<(&'static str, String)> {
    vec![
        ("slug", slug.into()),
        ("city", "Addis Ababa".into()),
        ("country", "Ethiopia".into()),
        (
            "regional_groups",
            "African States\nEastern European States".into(),
        ),
        ("languages", "en, fr".into()),
        ("held", "2026-03".into()),
        ("process", "solidarity-declaration".into()),
        ("opens", opens.into()),
        ("closes", closes.into()),
        ("time_zone", "Africa/Addis_Ababa".into()),
    ]
}

async fn create(app: &TestApp, fields: &[(&str, String)]) -> reqwest::Response {
    app.post("/admin/consultations", fields).await
}

#[tokio::test]
async fn an_administrator_creates_a_consultation_that_takes_comments_within_its_period() {
    let app = spawn_app().await;
    app.log_in().await;
    app.page("/admin/consultations/new")
        .await
        .assert_status(StatusCode::OK);
    let response = create(&app, &fields("addis-2026", &addis_in(-24), &addis_in(24))).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&response), "/consultations/addis-2026");

    let page = app.page("/consultations/addis-2026").await;
    page.assert_status(StatusCode::OK);
    let lede = page.text(".lede");
    assert!(lede.contains("until"), "{lede}");
    assert!(lede.contains("(Africa/Addis_Ababa)"), "{lede}");
    assert!(
        lede.contains("African States; Eastern European States"),
        "{lede}"
    );
    let home = app.page("/").await;
    assert!(home.texts(".card h3").contains(&"Addis Ababa".to_string()));
    app.submit_ok("addis-2026", "4", &valid_feedback()).await;

    let stored: (String, String, String) = app
        .db()
        .query_row(
            "SELECT opens_at, closes_at, languages FROM consultations WHERE slug = 'addis-2026'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
    assert!(
        stored.0.ends_with('Z') && stored.1.ends_with('Z'),
        "{stored:?}"
    );
    assert_eq!(stored.2, r#"["en","fr"]"#);
    let audited: i64 = app
        .db()
        .query_row(
            "SELECT COUNT(*) FROM audit_log WHERE action = 'consultation-create' AND subject = 'addis-2026' AND actor = 'alice'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(audited, 1);
}

#[tokio::test]
async fn a_consultation_before_or_after_its_period_refuses_comments_and_says_when() {
    let app = spawn_app().await;
    app.log_in().await;
    create(&app, &fields("later-2026", &addis_in(48), &addis_in(72))).await;
    let page = app.page("/consultations/later-2026").await;
    assert!(
        page.text(".lede").contains("Not yet open"),
        "{}",
        page.text(".lede")
    );
    let refused = app
        .submit_feedback("later-2026", "4", &valid_feedback())
        .await;
    assert_eq!(refused.status(), StatusCode::CONFLICT);
    // Its article page says when it opens, not that it closed.
    let article = app.page("/consultations/later-2026/articles/4").await;
    let notice = article.text(".notice-closed");
    assert!(
        notice.starts_with("The Addis Ababa consultation opens for feedback on"),
        "{notice}"
    );
    // The desk offers to open it now, and comes back to the page it was on.
    let overview = app.page("/admin").await;
    assert_eq!(
        overview.text("#consultation-later-2026 button"),
        "Open Addis Ababa now"
    );
    let here = overview.attrs("#consultation-later-2026 input[name=return_to]", "value");
    assert_eq!(here, ["/admin"]);

    create(
        &app,
        &fields("earlier-2026", &addis_in(-72), &addis_in(-48)),
    )
    .await;
    let page = app.page("/consultations/earlier-2026").await;
    assert!(
        page.text(".lede").contains("comments ended"),
        "{}",
        page.text(".lede")
    );
    let refused = app
        .submit_feedback("earlier-2026", "4", &valid_feedback())
        .await;
    assert_eq!(refused.status(), StatusCode::CONFLICT);

    // Moving the period opens it at once; the form comes back with the times as typed.
    let edit = app.page("/admin/consultations/later-2026/edit").await;
    edit.assert_status(StatusCode::OK);
    assert_eq!(
        edit.attrs("#field-time_zone", "value"),
        ["Africa/Addis_Ababa"]
    );
    let typed_opens = edit.attrs("#field-opens", "value").pop().unwrap();
    assert_eq!(typed_opens, addis_in(48));
    let response = app
        .post(
            "/admin/consultations/later-2026/edit",
            &fields("ignored", &addis_in(-1), &addis_in(72)),
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    app.submit_ok("later-2026", "4", &valid_feedback()).await;
    // The slug stays, whatever the form says.
    let slugs: i64 = app
        .db()
        .query_row(
            "SELECT COUNT(*) FROM consultations WHERE slug = 'ignored'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(slugs, 0);
    let detail: String = app
        .db()
        .query_row(
            "SELECT detail FROM audit_log WHERE action = 'consultation-edit'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(detail.starts_with("opens: "), "{detail}");
    assert!(!detail.contains("city"), "{detail}");
}

#[tokio::test]
async fn a_refused_consultation_form_keeps_the_values_and_stores_nothing() {
    let app = spawn_app().await;
    app.log_in().await;
    let with = |name: &str, value: &str| -> Vec<(&'static str, String)> {
        fields("dakar-2026", "", "")
            .into_iter()
            .map(|(k, v)| {
                if k == name {
                    (k, value.to_string())
                } else {
                    (k, v)
                }
            })
            .collect()
    };
    let cases = [
        (
            with("slug", "suva-2015"),
            "slug",
            "A consultation with this address exists already.",
        ),
        (with("slug", "Dakar 2026"), "slug", "Use lower-case letters"),
        (with("city", " "), "city", "Give the city or a title."),
        (
            with("held", "March"),
            "held",
            "Give the month (2026-03) or the day (2026-03-14).",
        ),
        (
            with("languages", "French"),
            "languages",
            "Give language codes",
        ),
        (with("process", "nowhere"), "process", "Choose a process."),
        (
            with("time_zone", "Africa/Atlantis"),
            "time_zone",
            "Give a time zone",
        ),
        (with("opens", "soon"), "opens", "Give a date and time"),
        (
            fields("dakar-2026", "2026-03-10T09:00", "2026-03-01T09:00"),
            "closes",
            "The closing time must come after the opening time.",
        ),
    ];
    for (fields, field, message) in cases {
        let response = create(&app, &fields).await;
        let page = app.page_of("/admin/consultations", response).await;
        page.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            page.text(&format!("#error-{field}")).contains(message),
            "{field}: {}",
            page.text("main")
        );
        assert_eq!(page.attrs("#field-country", "value"), ["Ethiopia"]);
        assert_eq!(
            page.texts("#field-regional_groups"),
            ["African States Eastern European States"]
        );
    }
    // A list of regional groups too long: beside its field, tied to it, as typed.
    let long = "African States\n".repeat(70);
    let response = create(&app, &with("regional_groups", &long)).await;
    let page = app.page_of("/admin/consultations", response).await;
    page.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.text("#error-regional_groups").contains("1,000"));
    assert_eq!(
        page.attrs("#field-regional_groups", "aria-describedby"),
        ["groups-hint error-regional_groups"]
    );
    assert_eq!(
        page.attrs("#field-regional_groups", "aria-invalid"),
        ["true"]
    );
    let count: i64 = app
        .db()
        .query_row("SELECT COUNT(*) FROM consultations", [], |r| r.get(0))
        .unwrap();
    assert_eq!(count, 5);
}

#[tokio::test]
async fn a_consultation_with_feedback_stays_on_its_draft() {
    let app = spawn_app().await;
    app.submit_ok("suva-2015", "4", &valid_feedback()).await;
    app.log_in().await;
    crate::drafts::load_from_desk(&app, "other", "Other draft\n\nArticle 1\n\nText.\n").await;
    let moved: Vec<(&str, String)> = fields("suva-2015", "", "")
        .into_iter()
        .map(|(k, v)| {
            if k == "process" {
                (k, "other".to_string())
            } else {
                (k, v)
            }
        })
        .collect();
    let response = app
        .post("/admin/consultations/suva-2015/edit", &moved)
        .await;
    let page = app
        .page_of("/admin/consultations/suva-2015/edit", response)
        .await;
    page.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        page.text("#error-process")
            .contains("it stays on that draft"),
        "{}",
        page.text("main")
    );
    // Without feedback, a consultation moves to another draft.
    let response = create(&app, &fields("fresh-2026", "", "")).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let moved: Vec<(&str, String)> = fields("fresh-2026", "", "")
        .into_iter()
        .map(|(k, v)| {
            if k == "process" {
                (k, "other".to_string())
            } else {
                (k, v)
            }
        })
        .collect();
    let response = app
        .post("/admin/consultations/fresh-2026/edit", &moved)
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let page = app.page("/consultations/fresh-2026").await;
    assert!(page.body.contains("S/other"));
}

/// A revision of its draft leaves a consultation on the version it was set up on, and its
/// dates, place and languages can still be changed.
#[tokio::test]
async fn a_consultation_on_an_earlier_version_is_edited_on_that_version() {
    let app = crate::helpers::spawn_app_after(crate::process::revise_shipped_draft, |_| {}).await;
    app.submit_ok("suva-2015", "4", &valid_feedback()).await;
    app.log_in().await;
    let before: i64 =
        app.column("SELECT document_id FROM consultations WHERE slug = 'suva-2015'")[0];
    let edit = app.page("/admin/consultations/suva-2015/edit").await;
    edit.assert_status(StatusCode::OK);
    let mut changed = fields("suva-2015", "", &addis_in(24 * 30));
    changed.retain(|(k, _)| !["process", "held", "city", "country"].contains(k));
    changed.extend([
        ("process", "solidarity-declaration".to_string()),
        ("held", "2015-11".to_string()),
        ("city", "Suva".to_string()),
        ("country", "Fiji".to_string()),
    ]);
    let response = app
        .post("/admin/consultations/suva-2015/edit", &changed)
        .await;
    assert_eq!(
        response.status(),
        StatusCode::SEE_OTHER,
        "{}",
        response.text().await.unwrap()
    );
    let after: i64 =
        app.column("SELECT document_id FROM consultations WHERE slug = 'suva-2015'")[0];
    assert_eq!(after, before, "still on the version it was set up on");
    let closes: Vec<Option<String>> =
        app.column("SELECT closes_at FROM consultations WHERE slug = 'suva-2015'");
    assert!(closes[0].is_some(), "the new closing date is kept");
}

#[tokio::test]
async fn consultations_are_set_up_from_the_command_line() {
    let app = spawn_app().await;
    let output = consult_ok(
        [
            "consultation",
            "add",
            "fiji-2026",
            "--city",
            "Suva",
            "--country",
            "Fiji",
            "--regional-group",
            "Asia-Pacific States",
            "--languages",
            "en",
            "--held",
            "2026-05",
            "--process",
            "solidarity-declaration",
            "--closes",
            "2099-05-31T17:00",
            "--time-zone",
            "Pacific/Fiji",
        ],
        &app.db_path,
    );
    assert!(String::from_utf8_lossy(&output.stdout).contains("Added consultation fiji-2026."));
    let closes: String = app
        .db()
        .query_row(
            "SELECT closes_at FROM consultations WHERE slug = 'fiji-2026'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    // Fiji is UTC+12 in May.
    assert_eq!(closes, "2099-05-31T05:00:00Z");
    consult_ok(
        ["consultation", "edit", "fiji-2026", "--city", "Suva (Fiji)"],
        &app.db_path,
    );
    let listed = consult_ok(["consultation", "list"], &app.db_path);
    let listed = String::from_utf8_lossy(&listed.stdout);
    assert!(
        listed.contains(
            "fiji-2026\tSuva (Fiji)\t2026-05\topen\t- to 2099-05-31T05:00:00Z (Pacific/Fiji)"
        ),
        "{listed}"
    );

    let refused = std::process::Command::new(env!("CARGO_BIN_EXE_consult"))
        .args([
            "consultation",
            "add",
            "bad slug",
            "--held",
            "soon",
            "--process",
            "solidarity-declaration",
            "--city",
            "X",
            "--db",
        ])
        .arg(&app.db_path)
        .output()
        .unwrap();
    assert!(!refused.status.success());
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert!(
        stderr.contains("--slug: Use lower-case letters"),
        "{stderr}"
    );
    assert!(stderr.contains("--held: Give the month"), "{stderr}");
}
