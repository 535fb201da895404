//! The rapporteur's page: statements and submissions recorded by an organiser with their
//! provenance, kept like any item, shown, filtered and exported with where they came from.

use reqwest::StatusCode;

use crate::helpers::{TestApp, location, spawn_app, valid_feedback};

/// A statement from Fiji in Panel 2 of the Suva meeting, on Article 4(2), with `changes`.
fn statement(changes: &[(&'static str, &str)]) -> Vec<(&'static str, String)> {
    let mut fields: Vec<(&'static str, String)> = vec![
        ("consultation", "suva-2015".into()),
        ("article", "4".into()),
        ("channel", "statement".into()),
        ("session", "Panel 2".into()),
        ("made_on", "2015-11-19".into()),
        ("speaker", "Fiji".into()),
        ("source_reference", String::new()),
        ("paragraph", "2".into()),
        ("stance", "amend".into()),
        ("comment_type", "substantive".into()),
        (
            "comment",
            "Fiji asked that the paragraph name small island States.".into(),
        ),
    ];
    for (name, value) in changes {
        fields.retain(|(k, _)| k != name);
        fields.push((name, value.to_string()));
    }
    fields
}

fn stored(app: &TestApp) -> Vec<(String, String, String, String, String, String)> {
    app.db()
        .prepare(
            r#"SELECT channel, speaker, meeting_session, made_on, recorded_by, comment
               FROM feedback ORDER BY id"#,
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
            ))
        })
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

#[tokio::test]
async fn a_rapporteur_records_statements_one_after_another_on_a_closed_consultation() {
    let app = spawn_app().await;
    app.submit_ok("geneva-2015", "4", &valid_feedback()).await;
    app.close("suva-2015");
    app.log_in().await;

    let page = app
        .page("/admin/record?consultation=suva-2015&article=4")
        .await;
    page.assert_status(StatusCode::OK);
    assert_eq!(page.text("h1"), "Record statements and submissions: Suva");
    assert_eq!(
        page.attrs("#field-channel option", "value"),
        ["statement", "written-submission", "email", "paper-form"]
    );
    // The form speaks of the speaker, not to the organiser as a participant.
    assert!(
        page.texts("legend")
            .iter()
            .any(|l| l.starts_with("Their position"))
    );
    assert!(page.text("main").contains("Who said it"));
    assert!(!page.text("main").contains("Your position"));
    let own = app.page("/consultations/geneva-2015/articles/4").await;
    assert!(own.text("main").contains("Your position"));

    let saved = app.post("/admin/record", &statement(&[])).await;
    assert_eq!(saved.status(), StatusCode::SEE_OTHER);
    let id: i64 = app
        .db()
        .query_row("SELECT MAX(id) FROM feedback", [], |r| r.get(0))
        .unwrap();
    let next = location(&saved);
    assert_eq!(
        next,
        format!(
            "/admin/record?consultation=suva-2015&article=4&channel=statement&session=Panel+2\
             &made_on=2015-11-19&saved={id}#field-speaker"
        )
    );
    // The next statement: same place, session, day and channel; the rest cleared, the cursor
    // on the speaker, the session's speakers offered.
    let page = app.page(next.split('#').next().unwrap()).await;
    assert_eq!(
        page.text("#record-saved"),
        format!("Saved as #{id}. The form is ready for the next.")
    );
    assert_eq!(page.attrs("#field-session", "value"), ["Panel 2"]);
    assert_eq!(page.attrs("#field-made_on", "value"), ["2015-11-19"]);
    assert_eq!(
        page.attrs("#field-channel option[selected]", "value"),
        ["statement"]
    );
    assert_eq!(page.attrs("#field-speaker", "value"), [""]);
    assert_eq!(page.count("#field-speaker[autofocus]"), 1);
    assert_eq!(page.attrs("#session-speakers option", "value"), ["Fiji"]);
    assert_eq!(page.text("#field-comment"), "");
    let written = statement(&[
        ("channel", "written-submission"),
        ("speaker", "Samoa"),
        ("source_reference", "written submission of Samoa, p. 3"),
    ]);
    assert_eq!(
        app.post("/admin/record", &written).await.status(),
        StatusCode::SEE_OTHER
    );

    let rows = stored(&app);
    assert_eq!(rows.len(), 3);
    assert_eq!(rows[0].0, "online");
    assert_eq!(
        rows[1],
        (
            "statement".to_string(),
            "Fiji".to_string(),
            "Panel 2".to_string(),
            "2015-11-19".to_string(),
            "alice".to_string(),
            "Fiji asked that the paragraph name small island States.".to_string()
        )
    );
    assert_eq!(rows[2].0, "written-submission");

    // On the desk: where it came from, and a filter by channel.
    let review = app.page("/admin/articles/4").await;
    assert_eq!(
        review.text(&format!("#item-{id} .item-provenance")),
        "Statement in a meeting · by Fiji · Panel 2 · made 19 November 2015 · recorded by alice"
    );
    let statements = app.page("/admin/articles/4?channel=statement").await;
    assert_eq!(
        statements.attrs(".review-item", "id"),
        [format!("item-{id}")]
    );
    assert_eq!(
        app.get("/admin/articles/4?channel=pigeon").await.status(),
        StatusCode::BAD_REQUEST
    );

    // In the exports: the provenance columns, and the tally split by channel.
    let (header, rows) = app.export("/admin/exports/feedback.csv").await;
    assert_eq!(
        &header[30..36],
        [
            "channel",
            "speaker",
            "session",
            "made_on",
            "source_reference",
            "recorded_by"
        ]
    );
    assert_eq!(&rows[0][30..36], ["online", "", "", "", "", ""]);
    assert_eq!(
        &rows[2][30..36],
        [
            "written-submission",
            "Samoa",
            "Panel 2",
            "2015-11-19",
            "written submission of Samoa, p. 3",
            "alice"
        ]
    );
    // The command line's export takes the channel as a flag.
    let out = tempfile::tempdir().unwrap();
    let written =
        crate::helpers::consult_export(&app.db_path, out.path(), &["--channel", "statement"]);
    assert!(
        written.status.success(),
        "{}",
        String::from_utf8_lossy(&written.stderr)
    );
    let (_, exported) =
        crate::helpers::parse_csv(&std::fs::read(out.path().join("feedback.csv")).unwrap());
    assert_eq!(exported.len(), 1);
    assert_eq!(exported[0][0], id.to_string());
    // By email: its key sorts before the others', the channel comes after them.
    let emailed = statement(&[("channel", "email"), ("speaker", "Tonga")]);
    assert_eq!(
        app.post("/admin/record", &emailed).await.status(),
        StatusCode::SEE_OTHER
    );
    let (header, tally) = app
        .export("/admin/exports/tally_by_channel.csv?article=4")
        .await;
    assert_eq!(header[1], "channel");
    let channels: Vec<(&str, &str)> = tally
        .iter()
        .map(|r| (r[1].as_str(), r[7].as_str()))
        .collect();
    assert_eq!(
        channels,
        [
            ("online", "1"),
            ("statement", "1"),
            ("written-submission", "1"),
            ("email", "1")
        ]
    );
}

#[tokio::test]
async fn a_refused_statement_comes_back_with_each_problem_beside_its_field_and_nothing_stored() {
    let app = spawn_app().await;
    app.log_in().await;
    let bad = statement(&[
        ("channel", "online"),
        ("made_on", "19/11/2015"),
        ("comment", ""),
        ("speaker", "Tonga"),
    ]);
    let refused = app.post("/admin/record", &bad).await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = app.page_of("/admin/record", refused).await;
    // Written for the organiser recording, not for a participant.
    assert_eq!(
        page.text("#error-summary-title"),
        "Nothing was saved yet: please check these fields"
    );
    assert!(page.text("#error-channel").contains("Choose how it came"));
    assert!(
        page.text("#error-made_on")
            .contains("“19/11/2015” is not a day")
    );
    assert_eq!(page.count("#error-comment"), 1);
    // What was typed comes back.
    assert_eq!(page.attrs("#field-speaker", "value"), ["Tonga"]);
    assert_eq!(page.attrs("#field-made_on", "value"), ["19/11/2015"]);
    assert_eq!(page.attrs("#field-session", "value"), ["Panel 2"]);
    assert!(stored(&app).is_empty());

    // The day after the latest day anywhere on Earth (UTC+14) is in the future everywhere.
    let tomorrow =
        (consult::feedback::provenance::latest_day() + time::Duration::days(1)).to_string();
    let future = app
        .post("/admin/record", &statement(&[("made_on", &tomorrow)]))
        .await;
    assert_eq!(future.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(stored(&app).is_empty());

    // An article the draft lacks: the page starts at the first; a statement for it is refused.
    let page = app
        .page("/admin/record?consultation=suva-2015&article=99")
        .await;
    page.assert_status(StatusCode::OK);
    assert_eq!(
        page.attrs("#record-article option[selected]", "value"),
        ["preamble"]
    );
    assert_eq!(
        app.post("/admin/record", &statement(&[("article", "99")]))
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
    assert!(stored(&app).is_empty());

    // Only organisers record.
    let visitor = crate::helpers::new_client()
        .get(app.url("/admin/record"))
        .send()
        .await
        .unwrap();
    assert_ne!(visitor.status(), StatusCode::OK);
}
