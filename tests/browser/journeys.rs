//! Whole journeys: a participant sends feedback (by labels, in Arabic, in Spanish, refused
//! then fixed), and an organiser filters, decides, and the participant sees it.

use std::time::{Duration, Instant};

use fantoccini::Locator;

use crate::harness::start;

#[tokio::test]
async fn a_participant_fills_the_form_by_its_labels_and_gets_a_receipt() {
    let Some(session) =
        start("a_participant_fills_the_form_by_its_labels_and_gets_a_receipt").await
    else {
        return;
    };
    session.open("/consultations/suva-2015").await;
    session.click_link("Article 4").await;
    assert_eq!(session.text("h1").await, "Article 4");

    session
        .field("Paragraph")
        .await
        .select_by_label("Paragraph 2")
        .await
        .unwrap();
    session
        .field("Support with amendments")
        .await
        .click()
        .await
        .unwrap();
    session
        .field("Type of comment")
        .await
        .select_by_label("Drafting / editorial")
        .await
        .unwrap();
    session
        .field("Drafting, structure and wording")
        .await
        .click()
        .await
        .unwrap();
    let comment = "Name peoples as well as individuals — « solidarité » matters.";
    session
        .field("Your comment")
        .await
        .send_keys(comment)
        .await
        .unwrap();
    session
        .field("Proposed wording")
        .await
        .send_keys("Individuals and peoples have the right to international solidarity.")
        .await
        .unwrap();
    session
        .field("Organisation")
        .await
        .send_keys("University of the South Pacific")
        .await
        .unwrap();
    session
        .field("Stakeholder category")
        .await
        .select_by_label("Academia")
        .await
        .unwrap();
    session.submit_feedback_form().await;

    let path = session.wait_for_path("/feedback/").await;
    assert!(
        session
            .text("h1")
            .await
            .contains("your feedback was received")
    );
    assert_eq!(session.text("#stored-paragraph").await, "Paragraph 2");
    assert_eq!(
        session.text("#stored-stance").await,
        "Support with amendments"
    );
    assert_eq!(session.text("#stored-comment").await, comment);
    // Relative, since this server has no --base-url: request headers never make the link.
    let link = session.value("#private-link").await;
    assert_eq!(link, path);

    // The private link opens the same feedback again.
    session.open(&path).await;
    assert_eq!(session.text("h1").await, "Your feedback");
    assert_eq!(
        session.text("#stored-organisation").await,
        "University of the South Pacific"
    );
    session.close().await;
}

#[tokio::test]
async fn a_rejected_form_comes_back_with_the_message_and_the_text_in_place() {
    let Some(session) =
        start("a_rejected_form_comes_back_with_the_message_and_the_text_in_place").await
    else {
        return;
    };
    session.open("/consultations/doha-2016/articles/7").await;
    session
        .field("Oppose / delete")
        .await
        .click()
        .await
        .unwrap();
    // Blank comment: the browser lets it through ("required" accepts spaces), the server does not.
    session
        .field("Your comment")
        .await
        .send_keys("   ")
        .await
        .unwrap();
    let proposal = "يجب حذف هذه الفقرة";
    session
        .field("Proposed wording")
        .await
        .send_keys(proposal)
        .await
        .unwrap();
    session
        .field("Email")
        .await
        .send_keys("someone@example.org")
        .await
        .unwrap();
    session.submit_feedback_form().await;
    session
        .wait_for_path("/consultations/doha-2016/articles/7/feedback")
        .await;
    assert!(
        session
            .text("#error-comment")
            .await
            .ends_with("Please write your comment.")
    );
    assert_eq!(
        session
            .field("Proposed wording")
            .await
            .prop("value")
            .await
            .unwrap()
            .unwrap(),
        proposal
    );
    assert_eq!(
        session
            .field("Email")
            .await
            .prop("value")
            .await
            .unwrap()
            .unwrap(),
        "someone@example.org"
    );
    assert!(
        session
            .field("Oppose / delete")
            .await
            .is_selected()
            .await
            .unwrap()
    );
    session.close().await;
}

#[tokio::test]
async fn an_organiser_filters_an_article_records_a_disposition_and_the_participant_sees_it() {
    let Some(session) =
        start("an_organiser_filters_an_article_records_a_disposition_and_the_participant_sees_it")
            .await
    else {
        return;
    };
    let private = session
        .send_feedback("suva-2015", "Please name peoples in paragraph 2.")
        .await;
    session
        .send_feedback("doha-2016", "A comment from Doha.")
        .await;

    session.log_in_as_new_organiser("rosa").await;

    session.click_link("Article 4").await;
    session.wait_for_path("/admin/articles/4").await;
    assert!(session.text("#result-count").await.contains("out of 2"));
    session
        .field("Consultation")
        .await
        .select_by_label("Suva")
        .await
        .unwrap();
    session
        .click_button("form.filters button[type=submit]")
        .await;
    let start = Instant::now();
    while !session
        .browser
        .current_url()
        .await
        .unwrap()
        .as_str()
        .contains("consultation=suva-2015")
    {
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "the filter was not applied"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(
        session
            .text("#result-count")
            .await
            .contains("1 matching, out of 2")
    );

    let item = session
        .browser
        .find(Locator::Css(".review-item"))
        .await
        .unwrap();
    let id = item
        .attr("id")
        .await
        .unwrap()
        .unwrap()
        .trim_start_matches("item-")
        .to_string();
    session
        .browser
        .find(Locator::Id(&format!("disposition-{id}")))
        .await
        .unwrap()
        .select_by_label("Not accepted")
        .await
        .unwrap();
    session
        .browser
        .find(Locator::Id(&format!("note-{id}")))
        .await
        .unwrap()
        .send_keys("Paragraph 1 already names peoples.")
        .await
        .unwrap();
    session
        .click_button(&format!("#item-{id} .disposition-form button[type=submit]"))
        .await;
    // The page reloads after the POST; until it has, the element may be missing or stale.
    let start = Instant::now();
    loop {
        let checked = Locator::Css(&format!("#disposition-{id} option:checked"));
        let selected = match session.browser.find(checked).await {
            Ok(option) => option.text().await.unwrap_or_default(),
            Err(_) => String::new(),
        };
        if selected == "Not accepted" {
            break;
        }
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "the disposition was not recorded"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let url = session.browser.current_url().await.unwrap();
    assert!(
        url.as_str().contains("consultation=suva-2015"),
        "the filter was lost: {url}"
    );

    session.open(&private).await;
    assert_eq!(session.text("#outcome-disposition").await, "Not accepted");
    assert_eq!(
        session.text("#outcome-note").await,
        "Paragraph 1 already names peoples."
    );
    session.close().await;
}

#[tokio::test]
async fn a_participant_switches_to_arabic_fills_the_form_and_reads_the_receipt_right_to_left() {
    let Some(session) = start(
        "a_participant_switches_to_arabic_fills_the_form_and_reads_the_receipt_right_to_left",
    )
    .await
    else {
        return;
    };
    session.open("/consultations/doha-2016/articles/7").await;
    session.click_link("العربية").await;
    session.wait_for("html[dir=rtl]").await;
    assert_eq!(session.text("h1").await, "المادة 7");
    let direction = session
        .browser
        .execute(
            "return getComputedStyle(document.querySelector('main')).direction",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(direction, serde_json::json!("rtl"));
    let legal = session
        .browser
        .execute(
            "return getComputedStyle(document.querySelector('div.legal-text')).direction",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(
        legal,
        serde_json::json!("ltr"),
        "the draft's English text keeps its direction"
    );

    session
        .field("الفقرة")
        .await
        .select_by_value("2")
        .await
        .unwrap();
    session
        .field("تأييد مع تعديلات")
        .await
        .click()
        .await
        .unwrap();
    let comment = "ينبغي ذكر الشعوب صراحةً في هذه الفقرة (paragraph 2).";
    session
        .field("تعليقك")
        .await
        .send_keys(comment)
        .await
        .unwrap();
    session.submit_feedback_form().await;
    session.wait_for_path("/feedback/").await;
    assert_eq!(session.text("h1").await, "شكرًا لك: وصلتنا مساهمتك");
    assert_eq!(session.text("#stored-stance").await, "تأييد مع تعديلات");
    assert_eq!(session.text("#stored-comment").await, comment);
    session.wait_for("html[lang=ar][dir=rtl]").await;
    session.close().await;
}

#[tokio::test]
async fn a_participant_in_spanish_is_told_what_to_fix_and_reads_the_receipt_in_spanish() {
    let Some(session) =
        start("a_participant_in_spanish_is_told_what_to_fix_and_reads_the_receipt_in_spanish")
            .await
    else {
        return;
    };
    session
        .open("/consultations/panama-city-2015/articles/4")
        .await;
    session.click_link("Español").await;
    session.wait_for("html[lang=es][dir=ltr]").await;
    assert_eq!(session.text("h1").await, "Artículo 4");
    session
        .field("Párrafo")
        .await
        .select_by_value("2")
        .await
        .unwrap();
    session
        .field("Apoyo con enmiendas")
        .await
        .click()
        .await
        .unwrap();
    // Blank to the server, though not to the browser's own check of `required`.
    session
        .field("Su comentario")
        .await
        .send_keys("   ")
        .await
        .unwrap();
    session.submit_feedback_form().await;
    session.wait_for(".error-summary").await;
    assert_eq!(
        session.text("#error-summary-title").await,
        "Su contribución aún no se ha enviado: revise estos campos"
    );
    assert!(
        session
            .text("#error-comment")
            .await
            .ends_with("Escriba su comentario."),
        "the message sits beside the comment field"
    );

    let comment = "Conviene nombrar a los pueblos en el párrafo 2.";
    session
        .field("Su comentario")
        .await
        .send_keys(comment)
        .await
        .unwrap();
    session.submit_feedback_form().await;
    session.wait_for_path("/feedback/").await;
    assert_eq!(
        session.text("h1").await,
        "Gracias: hemos recibido su contribución"
    );
    assert_eq!(session.text("#stored-stance").await, "Apoyo con enmiendas");
    assert_eq!(session.text("#stored-comment").await.trim(), comment);
    session.wait_for("html[lang=es][dir=ltr]").await;
    session.close().await;
}
