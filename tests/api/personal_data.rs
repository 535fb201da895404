//! `consult forget`: a participant's personal details are erased; their comment still counts.

use crate::helpers::{consult_ok, spawn_app, valid_feedback, with_field};

#[tokio::test]
async fn forget_erases_the_person_keeps_the_comment_and_is_audited() {
    let app = spawn_app().await;
    app.log_in().await;
    let mut mere = with_field(&valid_feedback(), "email", Some("Mere@Example.org"));
    mere.push(("publish_name", "on".into()));
    let first = app.submit_ok("suva-2015", "4", &mere).await;
    app.submit_ok(
        "doha-2016",
        "7",
        &with_field(&mere, "email", Some("mere@example.org")),
    )
    .await;
    let other = with_field(&valid_feedback(), "email", Some("someone.else@example.org"));
    let other = with_field(&other, "name", Some("Keep Me"));
    let other = with_field(&other, "organisation", Some("Kept Org"));
    let mut other = with_field(&other, "country", Some("Kept Country"));
    other.push(("publish_name", "on".into()));
    app.submit_ok("suva-2015", "4", &other).await;

    let output = consult_ok(["forget", "--email", "MERE@example.org"], &app.db_path);
    assert!(String::from_utf8_lossy(&output.stdout).contains("2 feedback items"));

    // No trace of the person in any export; the comments are still there and still counted.
    for file in ["feedback.csv", "tally_by_article.csv"] {
        let text = app
            .get(&format!("/admin/exports/{file}"))
            .await
            .text()
            .await
            .unwrap();
        for trace in [
            "Mere Tuilagi",
            "Pacific Islands Forum",
            "Fiji",
            "mere@example.org",
            "Mere@Example.org",
        ] {
            assert!(!text.contains(trace), "{file} still holds {trace:?}");
        }
    }
    let csv = app
        .get("/admin/exports/feedback.csv")
        .await
        .text()
        .await
        .unwrap();
    assert!(
        csv.contains("Keep Me") && csv.contains("Kept Org"),
        "another participant was erased"
    );
    assert_eq!(app.count_feedback(), 3);
    assert_eq!(
        app.page("/consultations/suva-2015")
            .await
            .text(".count[data-article='4']"),
        "2 comments"
    );
    let page = app.page(&first).await;
    assert_eq!(
        page.text("#stored-comment"),
        "Paragraph 2 should name peoples as well as individuals."
    );
    assert_eq!(
        page.text("#stored-email"),
        "None",
        "erased, it reads as any empty fact"
    );

    let (actor, subject, detail): (String, String, String) = app
        .db()
        .query_row(
            "SELECT actor, subject, detail FROM audit_log WHERE action = 'forget'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
    assert_eq!(actor, "command line");
    assert_eq!(subject, "#1 #2");
    assert!(detail.contains("2 feedback items"));
    assert!(
        !format!("{subject}{detail}").to_lowercase().contains("mere"),
        "the audit log names the person"
    );
    // One item is said as one.
    let output = consult_ok(
        ["forget", "--email", "someone.else@example.org"],
        &app.db_path,
    );
    assert!(
        String::from_utf8_lossy(&output.stdout).contains("of 1 feedback item."),
        "{}",
        String::from_utf8_lossy(&output.stdout)
    );
}
