//! WCAG 2.1 A and AA: every main page, the participants' and the organisers', in every language,
//! passes axe-core with no serious or critical violation. axe is injected through WebDriver, which the pages' CSP
//! (no script at all) does not govern.

use super::{Session, strings_of};

const AXE: &str = include_str!("../fixtures/axe.min.js");

/// Serious and critical violations on the page now open, as "rule: elements".
async fn violations(session: &Session) -> Vec<String> {
    session
        .browser
        .execute(&format!("{AXE}\nreturn true;"), vec![])
        .await
        .expect("axe loads");
    let found = session
        .browser
        .execute_async(
            r#"const done = arguments[arguments.length - 1];
               axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
                 .then(r => done(r.violations
                   .filter(v => v.impact === 'serious' || v.impact === 'critical')
                   .map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(', '))))
                 .catch(e => done(['axe failed: ' + e]));"#,
            vec![],
        )
        .await
        .expect("axe runs");
    strings_of(found)
}

#[tokio::test]
async fn the_main_pages_pass_axe_in_every_language() {
    // With a revised draft, so the lineage review page has a version to show.
    let Some(session) = crate::harness::start_after(
        "the_main_pages_pass_axe_in_every_language",
        crate::process::revise_and_translate_shipped_draft,
    )
    .await
    else {
        return;
    };
    let mut failures = Vec::new();
    for lang in ["en", "fr", "es", "ar"] {
        session.open(&format!("/language/{lang}?next=/")).await;
        session.wait_for(&format!("html[lang={lang}]")).await;
        let mut pages = vec![
            "/".to_string(),
            "/processes/solidarity-declaration".to_string(),
            "/consultations/doha-2016".to_string(),
            "/consultations/doha-2016/articles/preamble".to_string(),
            "/consultations/doha-2016/articles/1".to_string(),
            "/consultations/doha-2016/articles/1?text=fr".to_string(),
            "/consultations/doha-2016/articles/4?text=en&beside=fr".to_string(),
            "/login".to_string(),
            "/nowhere".to_string(),
            "/processes/solidarity-declaration/compare".to_string(),
        ];
        // A rejected form (messages beside fields, the summary at the top), then a receipt.
        session.open("/consultations/doha-2016/articles/4").await;
        session
            .field_by_id("field-stance-amend")
            .await
            .click()
            .await
            .unwrap();
        session.send_blank_comment().await;
        for violation in violations(&session).await {
            failures.push(format!("{lang} rejected form: {violation}"));
        }
        session
            .field_by_id("field-comment")
            .await
            .send_keys("A real comment.")
            .await
            .unwrap();
        session.submit_feedback_form().await;
        session.wait_for_path("/feedback/").await;
        pages.push(
            session
                .browser
                .current_url()
                .await
                .unwrap()
                .path()
                .to_string(),
        );
        for page in pages {
            session.open(&page).await;
            session.wait_for(&format!("html[lang={lang}]")).await;
            for violation in violations(&session).await {
                failures.push(format!("{lang} {page}: {violation}"));
            }
        }
    }

    session.log_in_as_new_organiser("axel").await;
    let files = tempfile::tempdir().unwrap();
    for lang in ["en", "fr", "es", "ar"] {
        session.open(&format!("/language/{lang}?next=/admin")).await;
        session.wait_for(&format!("html[lang={lang}]")).await;
        for page in [
            "/admin",
            "/admin/articles/4",
            "/admin/articles/4?consultation=doha-2016&q=comment",
            "/admin/tally",
            "/admin/audit",
            "/admin/organisers",
            "/admin/account",
            "/admin/drafts/new",
            "/admin/consultations/new",
            "/admin/consultations/doha-2016/invitations",
            "/admin/vocabularies",
            "/admin/questions",
            "/admin/areas",
            "/admin/summary",
            "/admin/lineage/2",
            "/admin?version=A%2FHRC%2F35%2F35%2FRev.test",
            "/admin/articles/4?version=A%2FHRC%2F35%2F35%2FRev.test",
            "/admin/deleted?version=A%2FHRC%2F35%2F35%2FRev.test",
            "/admin/compare",
            "/admin/comparative-table",
            "/admin/report?article=4",
            "/admin/articles/4?version=A%2FHRC%2F35%2F35&text=fr",
            "/admin/record?consultation=doha-2016&article=4&channel=statement&session=Panel+1",
            "/admin/imports",
        ] {
            session.open(page).await;
            session.wait_for(&format!("html[lang={lang}]")).await;
            for violation in violations(&session).await {
                failures.push(format!("{lang} {page}: {violation}"));
            }
        }
        // An import checked: its preview, and a refused file with the lines of its problems.
        for (name, rows, shown) in [
            ("good.csv", "2015-11-19,amend", "#import-summary"),
            ("bad.csv", "19 November,maybe", "#import-problems"),
        ] {
            let file = files.path().join(format!("{lang}-{name}"));
            std::fs::write(
                &file,
                format!(
                    "article,channel,made_on,stance,comment\n4,statement,{rows},Name small island States.\n"
                ),
            )
            .unwrap();
            session.open("/admin/imports").await;
            session
                .field_by_id("import-file")
                .await
                .send_keys(file.to_str().unwrap())
                .await
                .unwrap();
            session
                .click_button(".import-form button[type=submit]")
                .await;
            session.wait_for(shown).await;
            for violation in violations(&session).await {
                failures.push(format!("{lang} import {name}: {violation}"));
            }
        }
        // A refused disposition: the message beside its field.
        session.open("/admin/articles/4").await;
        session.send_first_disposition("not-accepted", "").await;
        session.wait_for(".disposition-form .field-error").await;
        for violation in violations(&session).await {
            failures.push(format!("{lang} refused disposition: {violation}"));
        }
    }
    session.close().await;
    assert!(failures.is_empty(), "axe found:\n{}", failures.join("\n"));
}
