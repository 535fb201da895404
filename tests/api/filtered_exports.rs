//! Exports filtered like the review page, on the web and on the command line.

use crate::helpers::{spawn_app, stance, with_field};

#[tokio::test]
async fn every_export_takes_the_review_filters_on_the_web_and_the_command_line() {
    let app = spawn_app().await;
    app.submit_ok("suva-2015", "4", &stance("amend")).await;
    app.submit_ok("suva-2015", "7", &stance("amend")).await;
    app.submit_ok("doha-2016", "4", &stance("oppose")).await;
    let mut academic = stance("support");
    academic = with_field(&academic, "stakeholder_category", Some("Academia"));
    app.submit_ok("suva-2015", "4", &academic).await;
    app.log_in().await;

    let (_, rows) = app
        .export("/admin/exports/feedback.csv?consultation=suva-2015&article=4")
        .await;
    assert_eq!(
        rows.iter().map(|r| r[0].as_str()).collect::<Vec<_>>(),
        ["1", "4"]
    );
    let (_, tally) = app
        .export("/admin/exports/tally_by_article.csv?consultation=suva-2015&article=4")
        .await;
    assert_eq!(
        tally,
        [
            ["4", "suva-2015", "1", "1", "0", "0", "0", "2"],
            ["4", "all", "1", "1", "0", "0", "0", "2"]
        ]
    );
    let (header, by_category) = app
        .export("/admin/exports/tally_by_stakeholder.csv?article=4")
        .await;
    assert_eq!(
        header,
        [
            "article",
            "stakeholder_category",
            "support",
            "amend",
            "oppose",
            "question",
            "none",
            "total"
        ]
    );
    assert_eq!(
        by_category,
        [
            [
                "4",
                "Intergovernmental organization",
                "0",
                "1",
                "1",
                "0",
                "0",
                "2"
            ],
            ["4", "Academia", "1", "0", "0", "0", "0", "1"]
        ]
    );
    let (_, disposition) = app
        .export("/admin/exports/disposition_of_comments.csv?stance=oppose")
        .await;
    assert_eq!(
        disposition
            .iter()
            .map(|r| r[6].as_str())
            .collect::<Vec<_>>(),
        ["3"]
    );

    let out = tempfile::tempdir().unwrap();
    let output = crate::helpers::consult_export(
        &app.db_path,
        out.path(),
        &["--consultation", "suva-2015", "--article", "4"],
    );
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    for file in [
        "feedback.csv",
        "tally_by_article.csv",
        "tally_by_stakeholder.csv",
        "disposition_of_comments.csv",
    ] {
        let written = std::fs::read(out.path().join(file)).unwrap();
        let downloaded = app
            .get(&format!(
                "/admin/exports/{file}?consultation=suva-2015&article=4"
            ))
            .await
            .bytes()
            .await
            .unwrap();
        assert_eq!(
            written,
            downloaded.to_vec(),
            "{file} differs between the command line and the web"
        );
    }
    let refused = crate::helpers::consult_export(&app.db_path, out.path(), &["--stance", "maybe"]);
    assert!(!refused.status.success());
    assert!(String::from_utf8_lossy(&refused.stderr).contains("no position “maybe”"));
}
