//! Redirect targets from requests (`next`, `return_to`) lead only to pages of this site, and a
//! hostile one never breaks the answer.

use reqwest::StatusCode;

use crate::helpers::{location, spawn_app, valid_feedback};

/// Targets that must not be followed, as sent in a query (percent-encoded) and as typed.
const HOSTILE: &[(&str, &str)] = &[
    ("a tab browsers strip", "/%09/evil.example"),
    ("a line feed", "/%0A"),
    ("a line break", "/%0D%0A"),
    ("DEL", "/%7F"),
    ("NUL", "/%00"),
    ("scheme-relative", "//evil.example"),
    ("a backslash", "/%5Cevil.example"),
    ("absolute", "https://evil.example/"),
    ("a leading space", "%20//evil.example"),
    ("a tab first", "%09//evil.example"),
    ("dot segments", "/..//evil.example"),
    ("encoded dot segments", "/%252e%252e//evil.example"),
];

#[tokio::test]
async fn the_language_switcher_follows_only_paths_on_this_site() {
    let app = spawn_app().await;
    for (case, next) in HOSTILE {
        let response = app.get(&format!("/language/fr?next={next}")).await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER, "{case}");
        assert_eq!(location(&response), "/", "{case}");
    }
    let response = app
        .get("/language/fr?next=/consultations/doha-2016%3Fa%3D1")
        .await;
    assert_eq!(location(&response), "/consultations/doha-2016?a=1");
}

#[tokio::test]
async fn organisers_actions_go_back_only_to_a_page_of_this_site() {
    let app = spawn_app().await;
    app.submit_ok("suva-2015", "4", &valid_feedback()).await;
    app.log_in().await;
    let hostile_targets = [
        ("DEL", "/admin/articles/4\u{7f}"),
        ("DEL in the query", "/admin/articles/4?stance=amend\u{7f}"),
        (
            "a line break in the query",
            "/admin/articles/4?q=a\r\nSet-Cookie:%20x=1",
        ),
        ("a tab in the fragment", "/admin/articles/4?page=1#\t"),
        ("a backslash in the query", "/admin/articles/4?q=\\"),
        ("a tab", "/\t/evil.example"),
        ("a line break", "/admin/articles/4\r\nSet-Cookie: x=1"),
        ("scheme-relative", "//evil.example/admin/articles/4"),
        ("another site", "https://evil.example/admin/articles/4"),
    ];
    for (case, target) in hostile_targets {
        for (action, fields) in [
            (
                "disposition",
                vec![
                    ("disposition", "noted".to_string()),
                    ("note", "Seen.".into()),
                ],
            ),
            ("hide", vec![("reason", "duplicate".to_string())]),
            ("unhide", vec![]),
        ] {
            let mut fields = fields;
            fields.push(("return_to", target.to_string()));
            let response = app
                .post(&format!("/admin/feedback/1/{action}"), &fields)
                .await;
            assert_eq!(response.status(), StatusCode::SEE_OTHER, "{action}, {case}");
            assert_eq!(
                location(&response),
                "/admin/articles/4#item-1",
                "{action}, {case}"
            );
        }
    }
    let response = app
        .post(
            "/admin/feedback/1/unhide",
            &[("return_to", "/admin/articles/4?stance=amend&page=1".into())],
        )
        .await;
    assert_eq!(
        location(&response),
        "/admin/articles/4?stance=amend&page=1#item-1",
        "a review page of this site is where it goes"
    );
}
