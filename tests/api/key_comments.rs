//! Key comments: an organiser marks the comments the expert group must read, from the review
//! desk; the mark is shown, can be taken away, and both are audited.

use reqwest::StatusCode;

use crate::helpers::{spawn_app, valid_feedback};

#[tokio::test]
async fn an_organiser_marks_a_key_comment_and_takes_the_mark_away() {
    let app = spawn_app().await;
    app.submit_ok("suva-2015", "4", &valid_feedback()).await;
    app.log_in().await;
    let id: i64 = app
        .db()
        .query_row("SELECT id FROM feedback", [], |r| r.get(0))
        .unwrap();
    let page = app.page("/admin/articles/4").await;
    let item = format!("#item-{id}");
    assert_eq!(page.count(&format!("{item} .key-mark")), 0);
    assert_eq!(
        page.attrs(&format!("{item} .key-form input[name=key]"), "value"),
        ["yes"]
    );

    let mark = |key: &str| {
        let (app, key) = (&app, key.to_string());
        async move {
            app.post(
                &format!("/admin/feedback/{id}/key"),
                &[("key", key), ("return_to", "/admin/articles/4".into())],
            )
            .await
        }
    };
    let marked = mark("yes").await;
    assert_eq!(marked.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        crate::helpers::location(&marked),
        format!("/admin/articles/4#item-{id}")
    );
    let page = app.page("/admin/articles/4").await;
    assert_eq!(page.text(&format!("{item} .key-mark")), "Key comment");
    assert_eq!(
        page.attrs(&format!("{item} .key-form button"), "aria-pressed"),
        ["true"]
    );
    assert_eq!(mark("no").await.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        app.page("/admin/articles/4")
            .await
            .count(&format!("{item} .key-mark")),
        0
    );
    let audited: Vec<String> = app
        .db()
        .prepare("SELECT action FROM audit_log WHERE subject = ?1 ORDER BY id")
        .unwrap()
        .query_map([format!("#{id}")], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(audited, ["key-mark", "key-unmark"]);

    assert_eq!(mark("maybe").await.status(), StatusCode::BAD_REQUEST);
    let nowhere = app
        .post(
            "/admin/feedback/99999/key",
            &[("key", "yes".into()), ("return_to", String::new())],
        )
        .await;
    assert_eq!(nowhere.status(), StatusCode::NOT_FOUND);
}
