//! Workshops: a process's discussion questions, asked with or without a draft, offered by a
//! consultation of kind workshop and answered with the participants' form; answers go through
//! the desk, the tallies and the exports like comments on articles.

use reqwest::StatusCode;

use crate::helpers::{TestApp, location, spawn_app, stance, with_field};

const FIRST: &str =
    "What is the relationship between international solidarity and international cooperation?";
const SECOND: &str = "Which duties of States follow from the right to international solidarity?";

async fn ask(app: &TestApp, process: &str, text: &str, label: &str) -> reqwest::Response {
    let path = match process {
        "" => "/admin/questions".to_string(),
        process => format!("/admin/questions?process={process}"),
    };
    app.post(&path, &[("text", text.into()), ("label", label.into())])
        .await
}

fn workshop(slug: &str, process: &str, offers: &str) -> Vec<(&'static str, String)> {
    vec![
        ("slug", slug.into()),
        ("city", "Geneva".into()),
        ("country", "Switzerland".into()),
        (
            "regional_groups",
            "Western European and other States".into(),
        ),
        ("languages", "en".into()),
        ("held", "2012-06".into()),
        ("process", process.into()),
        ("time_zone", "Europe/Zurich".into()),
        ("offers", offers.into()),
    ]
}

/// An answer without a position: the field is left as the form leaves it.
fn answer(text: &str) -> Vec<(&'static str, String)> {
    let fields = with_field(&stance("support"), "stance", None);
    let fields = with_field(&fields, "comment", Some(text));
    with_field(&fields, "proposed_text", None)
}

#[tokio::test]
async fn an_administrator_asks_questions_that_a_workshop_offers_and_participants_answer() {
    let app = spawn_app().await;
    app.log_in().await;
    let page = app.page("/admin/questions").await;
    page.assert_status(StatusCode::OK);
    assert!(page.text("main").contains("asks no questions yet"));

    // An empty question is refused beside its field, with the label typed kept.
    let refused = ask(&app, "", "  ", "Cooperation").await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let refused = app.page_of("/admin/questions", refused).await;
    assert_eq!(
        refused.text("#error-question-text"),
        "Error: Write the question."
    );
    assert_eq!(
        refused.attrs("#field-question-label", "value"),
        ["Cooperation"]
    );

    for (text, label) in [(FIRST, "Solidarity and cooperation"), (SECOND, "")] {
        let response = ask(&app, "", text, label).await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER);
        assert_eq!(location(&response), "/admin/questions");
    }
    let page = app.page("/admin/questions").await;
    assert_eq!(
        page.texts(".question-row h2"),
        ["Question 1 · Solidarity and cooperation", "Question 2"]
    );

    // A workshop on the questions alone, beside the shipped consultations on the draft.
    let response = app
        .post(
            "/admin/consultations",
            &workshop("geneva-2012", "solidarity-declaration", "questions"),
        )
        .await;
    assert_eq!(
        response.status(),
        StatusCode::SEE_OTHER,
        "{}",
        response.text().await.unwrap()
    );
    let toc = app.page("/consultations/geneva-2012").await;
    assert_eq!(toc.text("h1"), "Geneva workshop");
    assert_eq!(
        toc.texts(".toc-questions .toc-entry > a"),
        ["Question 1", "Question 2"]
    );
    assert_eq!(toc.texts(".toc-questions .opening")[0], FIRST);
    assert_eq!(
        toc.count(".toc-part"),
        0,
        "no draft in a workshop on questions alone"
    );
    app.get("/consultations/geneva-2012/articles/1")
        .await
        .status()
        .eq(&StatusCode::NOT_FOUND)
        .then_some(())
        .expect("the draft is not offered");
    assert_eq!(
        app.get("/consultations/suva-2015/articles/q1")
            .await
            .status(),
        StatusCode::NOT_FOUND,
        "a consultation on the draft offers no questions"
    );

    // The position is optional on a question: "No position" is chosen until another is.
    let form = app.page("/consultations/geneva-2012/articles/q1").await;
    form.assert_status(StatusCode::OK);
    assert_eq!(form.text(".legal-text .paragraph"), FIRST);
    assert_eq!(form.attrs("input[name=stance][checked]", "value"), ["none"]);
    assert_eq!(form.count("input[name=stance][required]"), 0);
    assert_eq!(form.count("input[name=stance]"), 5);
    // An answer's words, not a draft's: no paragraph to choose, positions as one answers.
    assert_eq!(form.count("#field-paragraph"), 0);
    assert_eq!(
        form.texts("#field-stance label"),
        [
            "I agree",
            "I agree in part",
            "I disagree",
            "A question or comment",
            "No position"
        ]
    );
    let private = app
        .submit_ok(
            "geneva-2012",
            "q1",
            &answer("Cooperation is between States; solidarity goes further."),
        )
        .await;
    let sent = app.page(&private).await;
    assert_eq!(sent.count("#stored-paragraph"), 0);
    assert_eq!(sent.text("#stored-stance"), "No position");
    assert!(
        sent.texts("dt").contains(&"Question".to_string()),
        "{:?}",
        sent.texts("dt")
    );
    assert!(!sent.texts("dt").contains(&"Article".to_string()));
    app.submit_ok(
        "geneva-2012",
        "q1",
        &with_field(
            &with_field(
                &stance("support"),
                "comment",
                Some("Solidarity is the value."),
            ),
            "proposed_text",
            None,
        ),
    )
    .await;
    // On the draft's articles a position is still required and "none" is not one.
    let refused = app
        .submit_feedback(
            "suva-2015",
            "4",
            &with_field(&stance("support"), "stance", Some("none")),
        )
        .await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);

    // The desk reviews the answers as it reviews comments, and counts "no position" apart.
    let desk = app.page("/admin/articles/q1").await;
    desk.assert_status(StatusCode::OK);
    assert_eq!(desk.count(".review-item"), 2);
    // The workshop the desk offers as a filter filters.
    assert_eq!(
        desk.attrs("select[name=consultation] option", "value"),
        ["", "geneva-2012"]
    );
    let filtered = app
        .page("/admin/articles/q1?consultation=geneva-2012")
        .await;
    filtered.assert_status(StatusCode::OK);
    assert_eq!(filtered.count(".review-item"), 2);
    let overview = app.page("/admin").await;
    // Support, amend, oppose, question, no position, total, awaiting.
    assert_eq!(
        overview.texts("#overview-q1 td"),
        ["1", "0", "0", "0", "1", "2", "2"]
    );
    let questions_desk = overview.attrs("#questions-desk-link", "href");
    assert_eq!(
        questions_desk,
        ["/admin?version=solidarity-declaration%2Fquestions"]
    );
    // The desk's exports follow the version it shows: the questions have theirs.
    let (header, rows) = app
        .export("/admin/exports/feedback.csv?version=solidarity-declaration%2Fquestions")
        .await;
    let (article, position) = (
        header.iter().position(|h| h == "article").unwrap(),
        header.iter().position(|h| h == "stance").unwrap(),
    );
    let mut answers: Vec<(&str, &str)> = rows
        .iter()
        .map(|r| (r[article].as_str(), r[position].as_str()))
        .collect();
    answers.sort();
    assert_eq!(answers, [("q1", "none"), ("q1", "support")]);
    let (_, tally) = app
        .export("/admin/exports/tally_by_article.csv?version=solidarity-declaration%2Fquestions")
        .await;
    let all_q1 = tally
        .iter()
        .find(|r| r[0] == "q1" && r[1] == "all")
        .unwrap();
    assert_eq!(all_q1[2..], ["1", "0", "0", "0", "1", "2"]);

    // Search, dispositions and moderation serve answers as they serve comments.
    let found = app.page("/admin/articles/q1?q=further").await;
    assert_eq!(found.count(".review-item"), 1);
    assert!(found.text(".review-item mark").contains("further"));
    let ids: Vec<i64> = app.column("SELECT id FROM feedback WHERE article = 'q1' ORDER BY id");
    assert_eq!(
        app.dispose(ids[0], "noted", "Taken into the summary.")
            .await
            .status(),
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        app.moderate(ids[1], Some("off-topic")).await.status(),
        StatusCode::SEE_OTHER
    );
    let overview = app.page("/admin").await;
    // The hidden answer leaves the counts; the decided one no longer awaits a disposition.
    assert_eq!(
        overview.texts("#overview-q1 td"),
        ["0", "0", "0", "0", "1", "1", "0"]
    );
}

#[tokio::test]
async fn a_question_is_reworded_until_answered_then_retired_not_deleted() {
    let app = spawn_app().await;
    app.log_in().await;
    ask(&app, "", FIRST, "").await;
    ask(&app, "", SECOND, "").await;
    app.post(
        "/admin/consultations",
        &workshop("geneva-2012", "solidarity-declaration", "both"),
    )
    .await;
    // A workshop on both: its questions, then the draft.
    let toc = app.page("/consultations/geneva-2012").await;
    assert_eq!(toc.count(".toc-questions .toc-entry"), 2);
    assert!(toc.count(".toc-part") > 0);
    app.submit_ok("geneva-2012", "q1", &answer("An answer."))
        .await;
    app.submit_ok("geneva-2012", "4", &stance("support")).await;
    // The rapporteur's page records on the questions and on the draft's articles.
    let record = app
        .page("/admin/record?consultation=geneva-2012&article=q1")
        .await;
    record.assert_status(StatusCode::OK);
    let offered = record.attrs("#record-article option", "value");
    assert_eq!(offered[..3], ["q1", "q2", "title"]);
    assert_eq!(
        record.attrs("#record-article option[selected]", "value"),
        ["q1"]
    );
    let said = [
        ("consultation", "geneva-2012"),
        ("article", "q1"),
        ("channel", "statement"),
        ("session", "Plenary"),
        ("made_on", "2012-06-07"),
        ("speaker", "Fiji"),
        ("paragraph", ""),
        ("comment_type", "general"),
        (
            "comment",
            "Fiji said solidarity is owed between peoples too.",
        ),
    ]
    .map(|(k, v)| (k, v.to_string()));
    let recorded = app.post("/admin/record", &said).await;
    assert_eq!(recorded.status(), StatusCode::SEE_OTHER);
    let (kind, stance_key): (String, String) = app
        .db()
        .query_row(
            r#"SELECT d.kind, f.stance FROM feedback f JOIN documents d ON d.id = f.document_id
               WHERE f.speaker = 'Fiji'"#,
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!((kind.as_str(), stance_key.as_str()), ("questions", "none"));

    let reword = |question: &'static str, text: &'static str| {
        let app = &app;
        async move {
            app.post(
                &format!("/admin/questions/{question}/reword"),
                &[("text", text.into()), ("label", String::new())],
            )
            .await
        }
    };
    let refused = reword("q1", "Another question?").await;
    assert_eq!(refused.status(), StatusCode::CONFLICT);
    let refused = app.page_of("/admin/questions", refused).await;
    assert!(
        refused
            .text(".notice-refused")
            .contains("Question 1 has answers")
    );
    assert_eq!(refused.text("#kept-question-q1"), "Another question?");
    // A refused rewording is answered beside its own fields, the add form left untouched.
    let refused = reword("q2", "   ").await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let refused = app.page_of("/admin/questions", refused).await;
    assert_eq!(
        refused.text("#question-q2 #error-reworded-text"),
        "Error: Write the question."
    );
    assert_eq!(
        refused.attrs("#question-q2 textarea", "aria-invalid"),
        ["true"]
    );
    assert_eq!(
        refused.attrs(".error-summary a", "href"),
        ["#field-reworded-text"]
    );
    assert_eq!(refused.count("#field-reworded-text"), 1);
    assert_eq!(refused.count("#error-question-text"), 0);
    assert_eq!(refused.count("#field-question-text[aria-invalid]"), 0);
    assert_eq!(
        reword("q2", "Which duties follow?").await.status(),
        StatusCode::SEE_OTHER
    );
    let form = app.page("/consultations/geneva-2012/articles/q2").await;
    assert_eq!(form.text(".legal-text .paragraph"), "Which duties follow?");

    let change = |question: &'static str, change: &'static str| {
        let app = &app;
        async move {
            app.post(
                &format!("/admin/questions/{question}/change"),
                &[("change", change.into())],
            )
            .await
        }
    };
    assert_eq!(change("q1", "delete").await.status(), StatusCode::CONFLICT);
    assert_eq!(change("q2", "up").await.status(), StatusCode::SEE_OTHER);
    let toc = app.page("/consultations/geneva-2012").await;
    assert_eq!(
        toc.texts(".toc-questions .toc-entry > a"),
        ["Question 2", "Question 1"]
    );
    assert_eq!(change("q1", "retire").await.status(), StatusCode::SEE_OTHER);
    let toc = app.page("/consultations/geneva-2012").await;
    assert_eq!(toc.texts(".toc-questions .toc-entry > a"), ["Question 2"]);
    // Retired: its page and answers stay, it takes no more.
    let retired = app.page("/consultations/geneva-2012/articles/q1").await;
    retired.assert_status(StatusCode::OK);
    assert_eq!(retired.count("textarea[name=comment]"), 0);
    // An answer typed before the question was retired comes back to be kept.
    let before = app.count_feedback();
    let late = app
        .submit_feedback("geneva-2012", "q1", &answer("Late."))
        .await;
    assert_eq!(late.status(), StatusCode::CONFLICT);
    let late = app
        .page_of("/consultations/geneva-2012/articles/q1", late)
        .await;
    assert_eq!(late.text("h1"), "Question no longer asked");
    assert_eq!(late.text("#kept-comment"), "Late.");
    assert_eq!(app.count_feedback(), before);
    // The answer and the statement recorded on it stay on the desk.
    assert_eq!(
        app.page("/admin/articles/q1").await.count(".review-item"),
        2
    );
    assert_eq!(change("q2", "delete").await.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        app.get("/consultations/geneva-2012/articles/q2")
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
    // A deleted question's number is never given again.
    ask(&app, "", "A third question?", "").await;
    let page = app.page("/admin/questions").await;
    assert!(
        page.texts(".question-row h2")
            .contains(&"Question 3".to_string())
    );
    assert_eq!(
        app.get("/consultations/geneva-2012/articles/q2")
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        change("q1", "restore").await.status(),
        StatusCode::SEE_OTHER
    );
    let audit = app.page("/admin/audit").await;
    let text = audit.text("main");
    for action in [
        "Question added",
        "Question moved",
        "Question retired",
        "Question deleted",
    ] {
        assert!(text.contains(action), "no {action:?} in the audit log");
    }
}

#[tokio::test]
async fn a_process_without_a_draft_runs_a_workshop_on_its_questions() {
    let app = spawn_app().await;
    app.log_in().await;
    let process = |slug: &'static str, title: &'static str| {
        let app = &app;
        async move {
            app.post(
                "/admin/processes",
                &[("title", title.into()), ("slug", slug.into())],
            )
            .await
        }
    };
    let refused = process("Expert workshop", "").await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let refused = app.page_of("/admin/questions", refused).await;
    assert_eq!(refused.count("#error-process-slug"), 1);
    assert_eq!(
        refused.attrs("#field-process-slug", "value"),
        ["Expert workshop"]
    );
    let made = process(
        "expert-workshop-2012",
        "Expert workshop on international solidarity",
    )
    .await;
    assert_eq!(made.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        location(&made),
        "/admin/questions?process=expert-workshop-2012"
    );
    let taken = process("expert-workshop-2012", "Again").await;
    assert_eq!(taken.status(), StatusCode::UNPROCESSABLE_ENTITY);

    assert_eq!(
        ask(&app, "expert-workshop-2012", FIRST, "").await.status(),
        StatusCode::SEE_OTHER
    );
    // It has no draft: the new consultation's form proposes its questions; a consultation
    // on a draft is refused, a workshop on questions is not.
    let form = app
        .page("/admin/consultations/new?process=expert-workshop-2012")
        .await;
    assert_eq!(
        form.attrs("input[name=offers][checked]", "value"),
        ["questions"]
    );
    let refused = app
        .post(
            "/admin/consultations",
            &workshop("geneva-2012", "expert-workshop-2012", "draft"),
        )
        .await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let made = app
        .post(
            "/admin/consultations",
            &workshop("geneva-2012", "expert-workshop-2012", "questions"),
        )
        .await;
    assert_eq!(made.status(), StatusCode::SEE_OTHER);
    app.submit_ok(
        "geneva-2012",
        "q1",
        &answer("Solidarity goes beyond cooperation."),
    )
    .await;

    // The questions' internal symbol is never shown as if it were a document's.
    let contents = app.page("/consultations/geneva-2012").await;
    assert_eq!(contents.count(".symbol"), 0);
    let question = app.page("/consultations/geneva-2012/articles/q1").await;
    assert_eq!(question.count(".symbol"), 0);
    assert!(!question.body.contains("expert-workshop-2012/questions"));

    let overview = app.page("/admin?process=expert-workshop-2012").await;
    overview.assert_status(StatusCode::OK);
    assert_eq!(overview.texts("#overview-q1 td")[5], "1");
    let desk = app
        .page("/admin/articles/q1?process=expert-workshop-2012")
        .await;
    assert_eq!(desk.count(".review-item"), 1);
    // An answer is decided on as a comment is, with no draft to address it in.
    let answer_id: i64 = app.column("SELECT MAX(id) FROM feedback")[0];
    let decided = app
        .post(
            &format!("/admin/feedback/{answer_id}/disposition"),
            &[
                ("disposition", "noted".into()),
                ("note", "Taken into the summary.".into()),
                (
                    "return_to",
                    "/admin/articles/q1?process=expert-workshop-2012".into(),
                ),
            ],
        )
        .await;
    assert_eq!(decided.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        app.column::<String>(&format!(
            "SELECT disposition FROM feedback WHERE id = {answer_id}"
        )),
        ["noted"]
    );

    // The command line sets up workshops too, with the desk's checks.
    crate::helpers::consult_ok(
        [
            "consultation",
            "add",
            "suva-2012",
            "--city",
            "Suva",
            "--held",
            "2012-07",
            "--process",
            "expert-workshop-2012",
            "--offers",
            "questions",
        ],
        &app.db_path,
    );
    let toc = app.page("/consultations/suva-2012").await;
    assert_eq!(toc.count(".toc-questions .toc-entry"), 1);
    let refused = std::process::Command::new(env!("CARGO_BIN_EXE_consult"))
        .args([
            "consultation",
            "add",
            "nadi-2012",
            "--city",
            "Nadi",
            "--held",
            "2012-07",
        ])
        .args([
            "--process",
            "expert-workshop-2012",
            "--offers",
            "draft",
            "--db",
        ])
        .arg(&app.db_path)
        .output()
        .unwrap();
    assert!(!refused.status.success());
    assert!(String::from_utf8_lossy(&refused.stderr).contains("--process"));
}
