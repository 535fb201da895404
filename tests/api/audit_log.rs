//! The audit log: every organiser action, newest first.

use reqwest::StatusCode;

use crate::helpers::{spawn_app, valid_feedback};

#[tokio::test]
async fn the_audit_log_lists_every_organiser_action_newest_first() {
    let app = spawn_app().await;
    app.submit_ok("suva-2015", "4", &valid_feedback()).await;
    app.add_organiser("alice", "correct horse battery staple");
    assert_eq!(
        app.try_log_in("alice", "wrong guess").await.status(),
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        app.try_log_in("alice", "correct horse battery staple")
            .await
            .status(),
        StatusCode::SEE_OTHER
    );
    app.moderate(1, Some("duplicate")).await;
    app.moderate(1, None).await;
    app.dispose(1, "noted", "Thank you").await;
    app.post(
        "/admin/consultations/suva-2015/status",
        &[("status", "closed".into()), ("confirm", "yes".into())],
    )
    .await;
    app.post(
        "/admin/consultations/suva-2015/status",
        &[("status", "open".into())],
    )
    .await;
    app.get("/admin/exports/feedback.csv?consultation=suva-2015")
        .await;

    let page = app.page("/admin/audit").await;
    page.assert_status(StatusCode::OK);
    assert_eq!(
        page.attrs(".audit-action data", "value"),
        [
            "export",
            "open",
            "close",
            "disposition",
            "unhide",
            "hide",
            "login",
            "login-failed",
            "organiser-add"
        ]
    );
    let first_row = page.texts(".audit tbody tr:first-child td");
    assert_eq!(first_row[1], "alice");
    assert_eq!(first_row[3], "feedback.csv");
    assert_eq!(first_row[4], "consultation=suva-2015");
    // The oldest entry is the account's creation; the failed login comes after it.
    let failed = page.texts(".audit tbody tr:nth-last-child(2) td");
    assert_eq!(
        (failed[3].as_str(), failed[5].as_str()),
        ("alice", "127.0.0.1")
    );
}

/// The command line's exports are audited as the desk's are, and the command line is named in
/// the reader's language, with the system user who ran it.
#[tokio::test]
async fn the_command_line_is_named_in_the_readers_language() {
    let app = spawn_app().await;
    app.log_in().await;
    let out = tempfile::tempdir().unwrap();
    let exported = crate::helpers::consult_export(&app.db_path, out.path(), &[]);
    assert!(exported.status.success());
    app.get("/language/ar?next=/admin").await;
    let page = app.page("/admin/audit").await;
    let newest = page.texts(".audit tbody tr:first-child td");
    let who: String = newest[1]
        .chars()
        .filter(|c| !matches!(c, '\u{2068}' | '\u{2069}'))
        .collect();
    assert_eq!(who, "سطر الأوامر (ines)");
    let (actor, action): (String, String) = app
        .db()
        .query_row(
            "SELECT actor, action FROM audit_log ORDER BY id DESC LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!(
        (actor.as_str(), action.as_str()),
        ("command line (ines)", "export")
    );
}
