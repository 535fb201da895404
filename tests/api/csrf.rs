//! Every POST form needs its CSRF token; without a valid one: 403, nothing stored.

use reqwest::StatusCode;

use crate::helpers::{new_client, set_cookie, spawn_app, valid_feedback};

#[tokio::test]
async fn every_form_carries_a_csrf_token() {
    let app = spawn_app().await;
    app.log_in().await;
    let private = app.submit_ok("suva-2015", "4", &valid_feedback()).await;
    for path in [
        "/consultations/suva-2015/articles/4",
        "/login",
        "/admin",
        private.as_str(),
    ] {
        let page = app.page(path).await;
        let forms = page.count("form[method=post]");
        assert!(forms > 0, "{path} has no form");
        assert_eq!(
            page.count("form[method=post] input[name=csrf_token]"),
            forms,
            "{path}"
        );
    }
}

#[tokio::test]
async fn posts_without_a_valid_token_are_refused_and_store_nothing() {
    let app = spawn_app().await;
    let private = app.submit_ok("suva-2015", "4", &valid_feedback()).await;
    // A token made for another browser's cookie.
    let other = app.csrf_token_with(&new_client()).await;
    let submit = "/consultations/suva-2015/articles/4/feedback";
    for (case, token) in [
        ("no token", None),
        ("empty token", Some(String::new())),
        ("garbage", Some("abc".into())),
        ("another browser's token", Some(other)),
    ] {
        for path in [submit, private.as_str(), "/login", "/logout"] {
            let mut fields = valid_feedback();
            fields.push(("username", "alice".into()));
            if let Some(token) = &token {
                fields.push(("csrf_token", token.clone()));
            }
            let response = app.post_raw(path, &fields).await;
            assert_eq!(response.status(), StatusCode::FORBIDDEN, "{case} on {path}");
        }
    }
    assert_eq!(app.count_feedback(), 1);
    assert_eq!(
        app.stored_comments(),
        ["Paragraph 2 should name peoples as well as individuals."]
    );
}

#[tokio::test]
async fn a_browser_without_the_cookie_cannot_post_even_with_a_token() {
    let app = spawn_app().await;
    let token = app.csrf_token().await;
    let stranger = new_client();
    let mut fields = valid_feedback();
    fields.push(("csrf_token", token));
    let response = stranger
        .post(app.url("/consultations/suva-2015/articles/4/feedback"))
        .form(&fields)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    assert_eq!(app.count_feedback(), 0);
}

#[tokio::test]
async fn the_csrf_cookie_is_http_only_and_same_site() {
    let app = spawn_app().await;
    let response = new_client().get(app.url("/")).send().await.unwrap();
    let cookie = set_cookie(&response, "consult_csrf").expect("a CSRF cookie is set");
    assert!(cookie.contains("HttpOnly"), "{cookie}");
    assert!(cookie.contains("SameSite=Lax"), "{cookie}");
}

#[tokio::test]
async fn a_body_sent_as_anything_but_a_form_gets_415_and_stores_nothing() {
    let app = spawn_app().await;
    let token = app.csrf_token().await;
    let body =
        format!("csrf_token={token}&paragraph=&stance=support&comment_type=general&comment=Hello");
    for (case, content_type) in [
        ("plain text", Some("text/plain")),
        ("JSON", Some("application/json")),
        ("multipart", Some("multipart/form-data; boundary=x")),
        ("none", None),
    ] {
        let mut request = app
            .client
            .post(app.url("/consultations/suva-2015/articles/4/feedback"))
            .body(body.clone());
        if let Some(content_type) = content_type {
            request = request.header("content-type", content_type);
        }
        let response = request.send().await.unwrap();
        let page = app.page_of(case, response).await;
        page.assert_status(StatusCode::UNSUPPORTED_MEDIA_TYPE);
        assert!(page.text("main").contains("nothing was saved"), "{case}");
    }
    let response = app
        .client
        .post(app.url("/consultations/suva-2015/articles/4/feedback"))
        .header(
            "content-type",
            "Application/X-WWW-Form-Urlencoded; charset=UTF-8",
        )
        .body(body)
        .send()
        .await
        .unwrap();
    assert_eq!(
        response.status(),
        StatusCode::SEE_OTHER,
        "a form, however spelled"
    );
    assert_eq!(app.count_feedback(), 1);
}
