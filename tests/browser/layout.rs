//! Layout beyond the desktop screen: the article page and its form reflow at 320 CSS pixels
//! (a 1280-pixel window at 400%) and at 200% zoom without sideways scrolling (WCAG 1.4.10),
//! in a left-to-right and a right-to-left language; and the pages print as documents.

use serde_json::json;

use super::{Session, start, strings_of};

/// What sticks out of the viewport on the open page: the page itself scrolling sideways, or a
/// visible element of the main content reaching past either edge. Tables may scroll inside
/// their own box, as WCAG allows for data tables.
const OVERFLOW: &str = r#"
const width = document.documentElement.clientWidth;
const found = [];
if (document.documentElement.scrollWidth > width) {
  found.push(`the page is ${document.documentElement.scrollWidth} px wide in a ${width} px viewport`);
}
for (const el of document.querySelectorAll('main *')) {
  const r = el.getBoundingClientRect();
  if ((r.width === 0 && r.height === 0) || el.closest('.table-scroll, .visually-hidden')) continue;
  if (r.left < -1 || r.right > width + 1) {
    const name = el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.className ? '.' + String(el.className).split(' ').join('.') : '');
    found.push(`${name} spans ${Math.round(r.left)}..${Math.round(r.right)}`);
  }
}
return found.slice(0, 8);
"#;

async fn overflow(session: &Session) -> Vec<String> {
    strings_of(session.browser.execute(OVERFLOW, vec![]).await.unwrap())
}

async fn viewport_width(session: &Session) -> i64 {
    session
        .browser
        .execute("return document.documentElement.clientWidth;", vec![])
        .await
        .unwrap()
        .as_i64()
        .unwrap()
}

#[tokio::test]
async fn the_article_page_and_form_reflow_at_320_px_and_at_200_percent_zoom() {
    let Some(session) =
        start("the_article_page_and_form_reflow_at_320_px_and_at_200_percent").await
    else {
        return;
    };
    let mut failures = Vec::new();
    // A 1280 x 1024 window at 400% and at 200%: the CSS viewport and the pixel ratio zoom gives.
    for (width, height, scale) in [(320, 256, 4), (640, 512, 2)] {
        session
            .devtools(
                "Emulation.setDeviceMetricsOverride",
                json!({ "width": width, "height": height, "deviceScaleFactor": scale, "mobile": false }),
            )
            .await;
        for lang in ["en", "ar"] {
            session.open(&format!("/language/{lang}?next=/")).await;
            session.wait_for(&format!("html[lang={lang}]")).await;
            assert!(
                viewport_width(&session).await <= width,
                "the emulated viewport is {width} px"
            );
            let mut check = async |what: &str| {
                for problem in overflow(&session).await {
                    failures.push(format!("{width} px, {lang}, {what}: {problem}"));
                }
            };
            session.open("/consultations/doha-2016").await;
            check("consultation").await;
            session.open("/consultations/doha-2016/articles/4").await;
            check("article and form").await;

            session
                .field_by_id("field-stance-amend")
                .await
                .click()
                .await
                .unwrap();
            session
                .field_by_id("field-proposed_text")
                .await
                .send_keys("States shall cooperate with one another, fully and without delay.")
                .await
                .unwrap();
            session.send_blank_comment().await;
            check("rejected form").await;

            session
                .field_by_id("field-comment")
                .await
                .send_keys("A comment typed on a small screen.")
                .await
                .unwrap();
            session.submit_feedback_form().await;
            session.wait_for_path("/feedback/").await;
            check("receipt").await;
        }
    }
    session.close().await;
    assert!(
        failures.is_empty(),
        "content wider than the screen:\n{}",
        failures.join("\n")
    );
}

/// Whether each selector's first element is rendered, on the open page.
async fn rendered(session: &Session, selectors: &[&str]) -> Vec<(String, bool)> {
    let found = session
        .browser
        .execute(
            "return arguments[0].map(s => { const e = document.querySelector(s);
               return !!e && getComputedStyle(e).display !== 'none' && e.getClientRects().length > 0; });",
            vec![json!(selectors)],
        )
        .await
        .unwrap();
    selectors
        .iter()
        .zip(found.as_array().unwrap())
        .map(|(s, v)| (s.to_string(), v.as_bool().unwrap()))
        .collect()
}

#[tokio::test]
async fn an_article_with_its_feedback_prints_as_a_document() {
    let Some(session) = start("an_article_with_its_feedback_prints_as_a_document").await else {
        return;
    };
    session
        .send_feedback("suva-2015", "Name the peoples in paragraph 2.")
        .await;
    session.log_in_as_new_organiser("paula").await;
    session.open("/admin/articles/4").await;
    session
        .send_first_disposition("partially-accepted", "Peoples are named in article 1.")
        .await;
    session.wait_for(".disposition-form textarea").await;

    // Controls and navigation are for the screen; the paper keeps the text and the decisions.
    let screen_only = [
        ".skip-link",
        ".site-header",
        ".admin-bar",
        ".filters",
        ".item-actions",
        ".export-links",
    ];
    let paper = [
        "h1",
        ".result-count",
        ".group-text",
        ".review-item h3",
        ".review-item .comment",
        ".print-disposition",
    ];
    let on_screen = rendered(&session, &screen_only[1..]).await;
    assert!(on_screen.iter().all(|(_, shown)| *shown), "{on_screen:?}");

    session
        .devtools("Emulation.setEmulatedMedia", json!({ "media": "print" }))
        .await;
    session.open("/admin/articles/4").await;
    let printed = rendered(&session, &screen_only).await;
    assert!(
        printed.iter().all(|(_, shown)| !shown),
        "printed: {printed:?}"
    );
    let kept = rendered(&session, &paper).await;
    assert!(kept.iter().all(|(_, shown)| *shown), "left out: {kept:?}");
    assert_eq!(
        session.text(".print-disposition").await,
        "Disposition: Partially accepted. Peoples are named in article 1."
    );
    assert!(overflow(&session).await.is_empty());

    // The participants' article page prints as the text, without the form or the links.
    session.open("/consultations/suva-2015/articles/4").await;
    let printed = rendered(
        &session,
        &[
            ".feedback-form",
            ".comment-link",
            ".languages",
            ".legal-text",
        ],
    )
    .await;
    assert_eq!(
        printed.iter().map(|(_, shown)| *shown).collect::<Vec<_>>(),
        [false, false, false, true],
        "{printed:?}"
    );

    let pdf = session
        .browser
        .print(fantoccini::wd::PrintConfiguration::default())
        .await
        .unwrap();
    assert!(pdf.starts_with(b"%PDF"), "a PDF comes out");
    session.close().await;
}

#[tokio::test]
async fn the_report_prints_an_article_a_page_with_its_running_header() {
    let Some(session) = start("the_report_prints_an_article_a_page_with_its_running_header").await
    else {
        return;
    };
    session.log_in_as_new_organiser("ines").await;
    session
        .devtools("Emulation.setEmulatedMedia", json!({ "media": "print" }))
        .await;
    session.open("/admin/report").await;
    session.wait_for(".report-article").await;
    let printed = session
        .browser
        .execute(
            "const header = getComputedStyle(document.querySelector('.running-header'));
             const articles = [...document.querySelectorAll('.report-article')];
             return {
               header: header.display + ' ' + header.position,
               breaks: articles.map(a => getComputedStyle(a).breakBefore),
               headings: articles.map(a => a.querySelector('h2').textContent),
               bar: getComputedStyle(document.querySelector('.admin-bar')).display,
             };",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(printed["header"], "block fixed", "on every printed page");
    assert_eq!(printed["bar"], "none", "no desk controls on paper");
    let breaks = printed["breaks"].as_array().unwrap();
    assert_eq!(breaks.len(), 13);
    assert!(breaks.iter().all(|b| b == "page"), "{breaks:?}");
    let headings = printed["headings"].as_array().unwrap();
    assert_eq!(
        headings[..3],
        ["The title", "The draft as a whole", "Preamble"]
    );
    assert_eq!(headings[6], "Article 4");

    // Printed to PDF by the browser and read back page by page with a PDF reader: the title
    // page, then a page (or more) per article, each article's first page opening with its
    // heading under the running header.
    let pdf = session
        .browser
        .print(fantoccini::wd::PrintConfiguration::default())
        .await
        .unwrap();
    let document = lopdf::Document::load_mem(&pdf).unwrap();
    let pages: Vec<u32> = document.get_pages().keys().copied().collect();
    assert!(pages.len() >= 14, "{} pages", pages.len());
    let texts: Vec<String> = pages
        .iter()
        .map(|page| document.extract_text(&[*page]).unwrap_or_default())
        .collect();
    assert!(texts[0].contains("Consolidated report"), "{:?}", texts[0]);
    let mut from = 1;
    for heading in headings {
        let heading = heading.as_str().unwrap();
        let at = (from..texts.len())
            .find(|&i| texts[i].contains(heading))
            .unwrap_or_else(|| panic!("no page after page {from} holds {heading}"));
        assert!(
            texts[at].contains("A/HRC/35/35"),
            "page {at} has no running header"
        );
        from = at + 1;
    }
    session.close().await;
}

#[tokio::test]
async fn two_language_versions_stand_side_by_side_on_a_wide_screen_and_stack_on_a_phone() {
    let Some(session) = crate::harness::start_after(
        "two_language_versions_stand_side_by_side",
        crate::process::translate_shipped_draft,
    )
    .await
    else {
        return;
    };
    // One click from the article page shows the French version beside the original.
    session.open("/consultations/doha-2016/articles/4").await;
    session.click_button(".text-beside").await;
    session.wait_for(".side-by-side .side-cell").await;
    let mut failures = Vec::new();
    for (width, height, mobile) in [(1280, 900, false), (390, 844, true)] {
        session
            .devtools(
                "Emulation.setDeviceMetricsOverride",
                json!({ "width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile }),
            )
            .await;
        session
            .open("/consultations/doha-2016/articles/4?text=en&beside=fr")
            .await;
        session.wait_for(".side-by-side .side-cell").await;
        let cells = session
            .browser
            .execute(
                r#"const c = document.querySelectorAll('.side-by-side .side-cell');
                   const a = c[0].getBoundingClientRect(), b = c[1].getBoundingClientRect();
                   return [a.top, a.bottom, a.left, b.top, b.left, c.length,
                           c[0].lang, c[1].lang];"#,
                vec![],
            )
            .await
            .unwrap();
        let cells = cells.as_array().unwrap();
        let number = |i: usize| cells[i].as_f64().unwrap();
        let (a_top, a_bottom, a_left, b_top, b_left) =
            (number(0), number(1), number(2), number(3), number(4));
        assert_eq!(cells[6], "en");
        assert_eq!(cells[7], "fr");
        if mobile {
            if b_top < a_bottom - 1.0 {
                failures.push(format!(
                    "{width} px: the French paragraph is not below the English one ({b_top} < {a_bottom})"
                ));
            }
        } else if (a_top - b_top).abs() > 2.0 || b_left <= a_left {
            failures.push(format!(
                "{width} px: the paragraphs are not side by side (tops {a_top}, {b_top}; lefts {a_left}, {b_left})"
            ));
        }
        for problem in overflow(&session).await {
            failures.push(format!("{width} px: {problem}"));
        }
    }
    session.close().await;
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
