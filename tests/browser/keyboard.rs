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
    let press = |key: Key| {
        let session = &session;
        async move { session.press(&key.to_string()).await }
    };
    let focused_matches = |css: &'static str| session.focused_matches(css);
    let tab_to = |css: &'static str| session.tab_to(css);

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

#[tokio::test]
async fn a_rapporteur_records_two_statements_with_the_keyboard_alone() {
    let Some(session) = start("a_rapporteur_records_two_statements_with_the_keyboard_alone").await
    else {
        return;
    };
    session.log_in_as_new_organiser("rapporteur").await;
    session
        .open("/admin/record?consultation=suva-2015&article=4&channel=statement&session=Panel+2&made_on=2015-11-19")
        .await;
    session.wait_for("#field-speaker").await;
    for (speaker, said) in [
        ("Fiji", "Name small island States."),
        ("Samoa", "Speak of climate change."),
    ] {
        if !session.focused_matches("#field-speaker").await {
            session.tab_to("#field-speaker").await;
        }
        session.press(speaker).await;
        session.tab_to("input[name=stance]").await;
        session.press(&Key::Space.to_string()).await;
        session.tab_to("#field-comment").await;
        session.press(said).await;
        session
            .tab_to("form.feedback-form button[type=submit]")
            .await;
        session.press(&Key::Enter.to_string()).await;
        session.wait_for("#record-saved").await;
        // The next statement starts where the last left off: the cursor on the speaker.
        let started = Instant::now();
        while !session.focused_matches("#field-speaker").await {
            assert!(
                started.elapsed() < Duration::from_secs(5),
                "the cursor is not on the speaker after saving"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        assert_eq!(session.value("#field-session").await, "Panel 2");
        assert_eq!(session.value("#field-comment").await, "");
    }
    assert!(
        session
            .text("#record-saved")
            .await
            .starts_with("Saved as #2")
    );
    session.open("/admin/articles/4?channel=statement").await;
    session.wait_for(".item-provenance").await;
    let provenance = session
        .text(".review-item:last-of-type .item-provenance")
        .await;
    assert!(provenance.contains("by Samoa"), "{provenance}");
    session.close().await;
}
