//! A workshop from the browser: an administrator asks questions and sets up three breakout
//! groups of two questions each; two rapporteurs (one on the desk, one through a link) record
//! points with degrees of support and a divergent pair; a participant answers online; an
//! organiser assigns everything to thematic areas and prints the summary.

use fantoccini::Locator;

use crate::harness::{Session, start};

const QUESTIONS: [&str; 3] = [
    "What is the relationship between international solidarity and international cooperation?",
    "Which duties of States follow from the right to international solidarity?",
    "How should the declaration treat non-State actors?",
];

async fn type_into(session: &Session, id: &str, text: &str) {
    let field = session.field_by_id(id).await;
    field.clear().await.unwrap();
    field.send_keys(text).await.unwrap();
}

/// Waits (up to 10 s) until the database answers `sql` with `expected`: a form posted to the
/// page it came from leaves nothing on screen to wait for.
async fn wait_for_count(session: &Session, sql: &str, expected: i64) {
    let start = std::time::Instant::now();
    loop {
        let count: i64 = rusqlite::Connection::open(&session.db)
            .and_then(|conn| conn.query_row(sql, [], |r| r.get(0)))
            .unwrap_or(-1);
        if count == expected {
            return;
        }
        assert!(
            start.elapsed() < std::time::Duration::from_secs(10),
            "{sql} answered {count}, not {expected}"
        );
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
}

/// Records a point on the rapporteur's page open in the browser.
async fn record_point(
    session: &Session,
    question: &str,
    text: &str,
    support: &str,
    diverges: Option<&str>,
    recorded: i64,
) {
    session
        .field_by_id("field-question")
        .await
        .select_by_value(question)
        .await
        .unwrap();
    type_into(session, "field-point", text).await;
    session
        .field_by_id(&format!("field-support-{support}"))
        .await
        .click()
        .await
        .unwrap();
    if let Some(id) = diverges {
        session
            .field_by_id("field-diverges_from")
            .await
            .select_by_value(id)
            .await
            .unwrap();
    }
    session
        .click_button("#point-form button[type=submit]")
        .await;
    // The page comes back listing the new point.
    wait_for_count(session, "SELECT COUNT(*) FROM group_points", recorded).await;
    let id: i64 = rusqlite::Connection::open(&session.db)
        .unwrap()
        .query_row("SELECT MAX(feedback_id) FROM group_points", [], |r| {
            r.get(0)
        })
        .unwrap();
    session.wait_for(&format!("#point-{id}")).await;
}

/// Ticks every item on the review desk of `article` and assigns them to the area `value`.
async fn assign_all(session: &Session, article: &str, value: &str, assigned: i64) {
    session.open(&format!("/admin/articles/{article}")).await;
    session.wait_for("#assign-form").await;
    for tick in session
        .browser
        .find_all(Locator::Css("input[name=ids]"))
        .await
        .unwrap()
    {
        tick.click().await.unwrap();
    }
    session
        .field_by_id("assign-area")
        .await
        .select_by_value(value)
        .await
        .unwrap();
    session
        .click_button("#assign-form button[type=submit]")
        .await;
    wait_for_count(session, "SELECT COUNT(*) FROM feedback_areas", assigned).await;
}

#[tokio::test]
async fn a_workshop_runs_from_questions_to_a_printed_summary_by_theme() {
    let Some(session) = start("a_workshop_runs_from_questions_to_a_printed_summary_by_theme").await
    else {
        return;
    };
    session.log_in_as_new_organiser("ada").await;
    session.click_link("Questions").await;
    session.wait_for_path("/admin/questions").await;
    for (asked, question) in (1..).zip(QUESTIONS) {
        type_into(&session, "field-question-text", question).await;
        session
            .click_button("form[aria-labelledby=add-question-title] button[type=submit]")
            .await;
        wait_for_count(&session, "SELECT COUNT(*) FROM questions", asked).await;
        session
            .wait_for(&format!(".question-row:nth-of-type({asked})"))
            .await;
    }
    assert_eq!(
        session
            .browser
            .find_all(Locator::Css(".question-row"))
            .await
            .unwrap()
            .len(),
        3
    );

    // The workshop, on the questions alone.
    session.open("/admin/consultations/new").await;
    type_into(&session, "field-slug", "geneva-2012").await;
    type_into(&session, "field-city", "Geneva").await;
    type_into(&session, "field-held", "2012-06").await;
    session
        .field_by_id("field-offers-questions")
        .await
        .click()
        .await
        .unwrap();
    session
        .click_button(".setup-form button[type=submit]")
        .await;
    session.wait_for_path("/consultations/geneva-2012").await;

    // Three groups of two questions each; Group A's rapporteur is ada.
    session
        .open("/admin/consultations/geneva-2012/groups")
        .await;
    for (made, (letter, questions)) in (1..).zip([
        ("A", ["q1", "q2"]),
        ("B", ["q2", "q3"]),
        ("C", ["q1", "q3"]),
    ]) {
        assert_eq!(
            session.value("#field-group-name").await,
            format!("Group {letter}")
        );
        for q in questions {
            session
                .field_by_id(&format!("field-group-question-{q}"))
                .await
                .click()
                .await
                .unwrap();
        }
        if letter == "A" {
            let rapporteur = session.field_by_id("field-group-rapporteur").await;
            rapporteur.select_by_label("ada").await.unwrap();
        }
        session
            .click_button("form[aria-labelledby=add-group-title] button[type=submit]")
            .await;
        wait_for_count(&session, "SELECT COUNT(*) FROM workshop_groups", made).await;
        session
            .wait_for(&format!(".group-row:nth-of-type({made})"))
            .await;
    }
    assert_eq!(
        session
            .browser
            .find_all(Locator::Css(".group-row"))
            .await
            .unwrap()
            .len(),
        3
    );
    // Group B's rapporteur gets a link.
    let b_label = session
        .browser
        .find(Locator::XPath(
            "//section[.//h2[normalize-space(.)='Group B']]//input[@name='label']",
        ))
        .await
        .unwrap();
    b_label.send_keys("Ms Okafor").await.unwrap();
    session
        .browser
        .find(Locator::XPath(
            "//section[.//h2[normalize-space(.)='Group B']]//form[.//input[@name='label']]//button",
        ))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    session.wait_for("#new-rapporteur-link").await;
    let link = session.text("#new-rapporteur-link code").await;
    let link_path = link[link.find("/rapporteur/").unwrap()..].to_string();

    // Group A on the desk: a consensus and a point some held.
    session.click_link("Record the points of Group A").await;
    session.wait_for("#point-form").await;
    record_point(
        &session,
        "q1",
        "Solidarity is broader than cooperation.",
        "consensus",
        None,
        1,
    )
    .await;
    let consensus = session
        .value("#field-diverges_from option:last-child")
        .await;
    record_point(
        &session,
        "q2",
        "States owe assistance when asked.",
        "some",
        None,
        2,
    )
    .await;
    // Group B through its link: one participant disagrees with Group A's consensus.
    session.open(&link_path).await;
    assert_eq!(session.text("h1").await, "Points of Group B");
    record_point(
        &session,
        "q2",
        "Solidarity is cooperation by another name.",
        "one",
        Some(&consensus),
        3,
    )
    .await;

    // A participant answers a question online, without a position.
    session.open("/consultations/geneva-2012/articles/q3").await;
    type_into(
        &session,
        "field-comment",
        "Companies have duties of solidarity too.",
    )
    .await;
    session.submit_feedback_form().await;
    session.wait_for_path("/feedback/").await;

    // Thematic areas, then everything assigned from the desk.
    session.open("/admin/areas").await;
    for (made, title) in (1..).zip([
        "Content, nature and added value of international solidarity",
        "Other areas",
    ]) {
        type_into(&session, "field-area-title", title).await;
        session
            .click_button("form[aria-labelledby=add-area-title] button[type=submit]")
            .await;
        wait_for_count(&session, "SELECT COUNT(*) FROM thematic_areas", made).await;
        session
            .wait_for(&format!(".vocabulary tbody tr:nth-of-type({made})"))
            .await;
    }
    session.open("/admin/articles/q1").await;
    let first_area = session.value("#assign-area option:first-child").await;
    let other_area = session.value("#assign-area option:last-child").await;
    assign_all(&session, "q1", &first_area, 1).await;
    assign_all(&session, "q2", &first_area, 3).await;
    assign_all(&session, "q3", &other_area, 4).await;

    // The summary: the areas in order, the divergent pair together; printed to PDF.
    session.open("/admin/summary").await;
    assert_eq!(
        session.text(".summary-area:first-of-type h2").await,
        "A. Content, nature and added value of international solidarity"
    );
    let divergent = session
        .text(".summary-area:first-of-type .divergent-views")
        .await;
    assert!(
        divergent.contains("Solidarity is broader than cooperation."),
        "{divergent}"
    );
    assert!(
        divergent.contains("Solidarity is cooperation by another name."),
        "{divergent}"
    );
    let pdf = session
        .browser
        .print(fantoccini::wd::PrintConfiguration::default())
        .await
        .unwrap();
    let document = lopdf::Document::load_mem(&pdf).unwrap();
    let text: String = document
        .get_pages()
        .keys()
        .map(|page| document.extract_text(&[*page]).unwrap_or_default())
        .collect();
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for expected in [
        "Divergent views",
        "B. Other areas",
        "Companies have duties of solidarity too.",
    ] {
        assert!(
            flat.contains(expected),
            "the printed summary lacks {expected:?}: {flat}"
        );
    }
    // The downloads and the desk's bar are the screen's, not the paper's.
    for control in ["Download the table", "Log out"] {
        assert!(!flat.contains(control), "{control:?} on paper: {flat}");
    }
    session.close().await;
}
