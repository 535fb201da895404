//! Keyboard only: the skip link comes first, and a participant reaches, fills and submits the
//! feedback form with Tab, the arrow keys, Space and Enter, seeing where the focus is.

use std::time::{Duration, Instant};

use fantoccini::key::Key;
use serde_json::json;

use super::start;

#[tokio::test]
async fn a_participant_sends_feedback_with_the_keyboard_alone() {
    let Some(session) = start("a_participant_sends_feedback_with_the_keyboard_alone").await else {
        return;
    };
    let focused_matches = |css: &'static str| {
        let browser = session.browser.clone();
        async move {
            browser
                .execute(
                    "return document.activeElement.matches(arguments[0]);",
                    vec![json!(css)],
                )
                .await
                .unwrap()
                == json!(true)
        }
    };
    let press = |key: Key| {
        let browser = session.browser.clone();
        async move {
            browser
                .active_element()
                .await
                .unwrap()
                .send_keys(&key.to_string())
                .await
                .unwrap();
        }
    };
    let tab_to = |css: &'static str| {
        let press = &press;
        let focused_matches = &focused_matches;
        async move {
            for _ in 0..150 {
                press(Key::Tab).await;
                if focused_matches(css).await {
                    return;
                }
            }
            panic!("Tab never reached {css}");
        }
    };

    session.open("/consultations/suva-2015/articles/4").await;
    press(Key::Tab).await;
    assert!(
        focused_matches(".skip-link").await,
        "the skip link is not the first stop"
    );
    press(Key::Enter).await;
    assert!(
        focused_matches("#main").await,
        "the skip link does not move the focus to the content"
    );

    tab_to("input[name=stance]").await;
    press(Key::Space).await;
    press(Key::Down).await;
    let chosen = session
        .browser
        .execute(
            "return document.querySelector('input[name=stance]:checked').value;",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(chosen, json!("amend"));

    tab_to("#field-comment").await;
    session
        .browser
        .active_element()
        .await
        .unwrap()
        .send_keys("Typed without a mouse.")
        .await
        .unwrap();
    tab_to("form.feedback-form button[type=submit]").await;
    let outline = session
        .browser
        .execute(
            "return getComputedStyle(document.activeElement).outlineStyle;",
            vec![],
        )
        .await
        .unwrap();
    assert_ne!(
        outline,
        json!("none"),
        "the focused button shows no focus indicator"
    );
    press(Key::Enter).await;

    let started = Instant::now();
    while !session
        .browser
        .current_url()
        .await
        .unwrap()
        .path()
        .starts_with("/feedback/")
    {
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "the form was not sent"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(
        session.text("#stored-comment").await,
        "Typed without a mouse."
    );
    assert_eq!(
        session.text("#stored-stance").await,
        "Support with amendments"
    );
    session.close().await;
}
