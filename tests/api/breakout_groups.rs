//! Breakout groups: an administrator sets up a workshop's groups with their questions and
//! rapporteurs; rapporteurs record the group's points with their degree of support and mark
//! divergent views, on the desk or through a link that reaches that group alone; each group's
//! report to the plenary lists its points per question.

use reqwest::StatusCode;

use crate::helpers::{TestApp, location, new_client, spawn_app, with_field};

const FIRST: &str =
    "What is the relationship between international solidarity and international cooperation?";
const SECOND: &str = "Which duties of States follow from the right to international solidarity?";

/// A workshop `geneva-2012` on two questions, an administrator logged in.
async fn workshop() -> TestApp {
    let app = spawn_app().await;
    app.log_in().await;
    app.set_up_workshop(&[FIRST, SECOND]).await;
    app
}

fn group(name: &str, questions: &[&str], rapporteur: &str) -> Vec<(&'static str, String)> {
    let mut fields = vec![
        ("name", name.to_string()),
        ("rapporteur", rapporteur.to_string()),
    ];
    fields.extend(questions.iter().map(|q| ("questions", q.to_string())));
    fields
}

fn point(
    question: &str,
    text: &str,
    support: &str,
    diverges: &[i64],
) -> Vec<(&'static str, String)> {
    let mut fields = vec![
        ("question", question.to_string()),
        ("point", text.to_string()),
        ("support", support.to_string()),
        ("made_on", "2012-06-07".to_string()),
    ];
    fields.extend(diverges.iter().map(|id| ("diverges_from", id.to_string())));
    fields
}

fn saved_id(response: &reqwest::Response) -> i64 {
    let at = location(response);
    let query = at.split('?').nth(1).unwrap_or_default();
    query
        .split('&')
        .find_map(|pair| pair.strip_prefix("saved="))
        .and_then(|id| id.split('#').next())
        .and_then(|id| id.parse().ok())
        .unwrap_or_else(|| panic!("no saved point in {at}"))
}

#[tokio::test]
async fn rapporteurs_record_points_with_their_support_and_the_plenary_hears_each_group() {
    let app = workshop().await;
    assert_eq!(
        app.get("/admin/consultations/suva-2015/groups")
            .await
            .status(),
        StatusCode::NOT_FOUND,
        "a consultation on the draft has no groups"
    );
    let page = app.page("/admin/consultations/geneva-2012/groups").await;
    page.assert_status(StatusCode::OK);
    assert_eq!(page.attrs("#field-group-name", "value"), ["Group A"]);

    // A group needs a question; what was typed comes back.
    let refused = app
        .post(
            "/admin/consultations/geneva-2012/groups",
            &group("Group A", &[], ""),
        )
        .await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let refused = app
        .page_of("/admin/consultations/geneva-2012/groups", refused)
        .await;
    assert_eq!(refused.count("#error-group-questions"), 1);
    assert_eq!(refused.attrs("#field-group-name", "value"), ["Group A"]);

    let alice: i64 = app
        .db()
        .query_row(
            "SELECT id FROM organisers WHERE username = 'alice'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    for fields in [
        group("Group A", &["q1", "q2"], &alice.to_string()),
        group("Group B", &["q1"], ""),
    ] {
        let made = app
            .post("/admin/consultations/geneva-2012/groups", &fields)
            .await;
        assert_eq!(made.status(), StatusCode::SEE_OTHER);
    }
    let taken = app
        .post(
            "/admin/consultations/geneva-2012/groups",
            &group("Group B", &["q2"], ""),
        )
        .await;
    assert_eq!(taken.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let ids: Vec<i64> = app.column("SELECT id FROM workshop_groups ORDER BY position");
    let (a, b) = (ids[0], ids[1]);

    // The day proposed is today where the workshop is held (here eleven hours behind UTC,
    // where the day is never that of the easternmost zone).
    app.db()
        .execute(
            "UPDATE consultations SET time_zone = 'Pacific/Pago_Pago' WHERE slug = 'geneva-2012'",
            [],
        )
        .unwrap();
    let there = jiff::tz::TimeZone::get("Pacific/Pago_Pago").unwrap();
    let today = jiff::Timestamp::now().to_zoned(there).date().to_string();
    let first = app.page(&format!("/admin/groups/{a}")).await;
    assert_eq!(first.attrs("#field-made_on", "value"), [today]);
    // The desk's links stay in the workshop's process, and lead back to its groups.
    assert!(
        first
            .attrs(".admin-bar a", "href")
            .contains(&"/admin?process=solidarity-declaration".to_string())
    );
    assert_eq!(
        first.attrs("#all-groups-link", "href"),
        ["/admin/consultations/geneva-2012/groups"]
    );

    // Group A's rapporteur records on the desk.
    let saved = app
        .post(
            &format!("/admin/groups/{a}/points"),
            &point(
                "q1",
                "It was generally accepted that solidarity is broader than cooperation.",
                "consensus",
                &[],
            ),
        )
        .await;
    assert_eq!(saved.status(), StatusCode::SEE_OTHER);
    let accepted = saved_id(&saved);
    let next = app.page(&location(&saved)).await;
    assert_eq!(
        next.attrs("#field-question option[selected]", "value"),
        ["q1"]
    );
    assert_eq!(next.attrs("#field-made_on", "value"), ["2012-06-07"]);
    // A day cleared comes back cleared beside its message, not replaced by today.
    let undated = with_field(&point("q1", "Undated.", "one", &[]), "made_on", Some(""));
    let refused = app
        .post(&format!("/admin/groups/{a}/points"), &undated)
        .await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let refused = app.page_of(&format!("/admin/groups/{a}"), refused).await;
    assert_eq!(refused.attrs("#field-made_on", "value"), [""]);
    assert_eq!(refused.attrs("#field-made_on", "aria-invalid"), ["true"]);
    assert_eq!(refused.text("#field-point"), "Undated.");

    // Group B's rapporteur has a link: it opens that group's page, and nothing of the desk.
    let made = app
        .post(
            &format!("/admin/consultations/geneva-2012/groups/{b}/links"),
            &[("label", "Ms Rapporteur".into())],
        )
        .await;
    let made = app
        .page_of("/admin/consultations/geneva-2012/groups", made)
        .await;
    let link = made.text("#new-rapporteur-link code");
    assert!(
        made.texts(&format!("#group-{b} p"))
            .contains(&"Rapporteur: Through a rapporteur link (below)".to_string()),
        "{:?}",
        made.texts(&format!("#group-{b} p"))
    );
    let path = link[link.find("/rapporteur/").unwrap()..].to_string();
    let rapporteur = new_client();
    let page = app.page_with(&rapporteur, &path).await;
    page.assert_status(StatusCode::OK);
    assert_eq!(page.text("h1"), "Points of Group B");
    assert_eq!(page.count(".admin-bar"), 0);
    assert_eq!(page.attrs("#field-question option", "value"), ["q1"]);
    let divergent = app
        .post_with(
            &rapporteur,
            &path,
            &point(
                "q1",
                "One participant held that the two are the same.",
                "one",
                &[accepted],
            ),
        )
        .await;
    assert_eq!(divergent.status(), StatusCode::SEE_OTHER);
    let divergent = saved_id(&divergent);
    // Another group's question, an unknown degree: refused beside their fields, text kept.
    let refused = app
        .post_with(
            &rapporteur,
            &path,
            &point("q2", "Duties of States.", "all", &[]),
        )
        .await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let refused = app.page_of(&path, refused).await;
    assert_eq!(refused.count("#error-question"), 1);
    assert_eq!(refused.count("#error-support"), 1);
    assert_eq!(refused.text("#field-point"), "Duties of States.");
    for (method, desk_path) in [
        ("GET", "/admin".to_string()),
        ("GET", format!("/admin/groups/{a}")),
        ("POST", format!("/admin/groups/{a}/points")),
    ] {
        let response = match method {
            "GET" => rapporteur.get(app.url(&desk_path)).send().await.unwrap(),
            _ => {
                app.post_with(&rapporteur, &desk_path, &point("q1", "x", "one", &[]))
                    .await
            }
        };
        assert!(
            matches!(
                response.status(),
                StatusCode::SEE_OTHER | StatusCode::FORBIDDEN | StatusCode::UNAUTHORIZED
            ),
            "{method} {desk_path}: {}",
            response.status()
        );
    }

    // The report to the plenary: each question, its points with their degree of support, and
    // the divergent views named on both sides.
    let report = app.page(&format!("/admin/groups/{a}/report")).await;
    report.assert_status(StatusCode::OK);
    assert_eq!(report.text("h1"), "Group A: report to the plenary");
    assert!(report.text(".report-back").contains(FIRST));
    assert!(report.text(".report-back").contains(SECOND));
    assert_eq!(
        report.text(&format!("#point-{accepted} .support")),
        "Consensus"
    );
    assert_eq!(
        report.text(&format!("#point-{accepted} .divergent")),
        format!("Divergent views: #{divergent} (Group B)")
    );
    let theirs = app.page_with(&rapporteur, &format!("{path}/report")).await;
    assert_eq!(
        theirs.text(&format!("#point-{divergent} .support")),
        "One participant"
    );
    assert_eq!(
        theirs.count(&format!("#point-{accepted}")),
        0,
        "only its own group's points"
    );

    // Points are statements of the group on its question: the desk reviews them.
    let desk = app.page("/admin/articles/q1").await;
    assert_eq!(desk.count(".review-item"), 2);
    // Each with its degree of support.
    assert_eq!(
        desk.text(&format!("#item-{accepted} h3 .support")),
        "Consensus"
    );
    assert_eq!(
        desk.text(&format!("#item-{divergent} h3 .support")),
        "One participant"
    );
    // Said by the group, named once; no participant to name.
    assert!(
        !desk
            .text(&format!("#item-{accepted}"))
            .contains("(no name)")
    );
    assert_eq!(
        desk.text(&format!("#item-{accepted} .item-provenance")),
        "Statement in a meeting · by Group A · made 7 June 2012 · recorded by alice"
    );
    let speakers: Vec<String> = app
        .column("SELECT speaker || ' ' || channel || ' ' || recorded_by FROM feedback ORDER BY id");
    assert_eq!(
        speakers,
        ["Group A statement alice", "Group B statement Ms Rapporteur"]
    );
    // The question's export from its desk, and the exports of the questions' overview, carry
    // the points with their group (as speaker) and its degree of support.
    app.submit_ok("suva-2015", "4", &crate::helpers::valid_feedback())
        .await;
    let on_question = desk.attrs(".export-links a", "href");
    let questions_desk = app
        .page("/admin")
        .await
        .attrs("#questions-desk-link", "href");
    let on_questions = app
        .page(&questions_desk[0])
        .await
        .attrs(".exports a", "href");
    for (links, items) in [(on_question, 2), (on_questions, 2)] {
        let link = links.iter().find(|l| l.contains("feedback.csv")).unwrap();
        let csv = app.get(link).await;
        let (header, rows) = crate::helpers::parse_csv(&csv.bytes().await.unwrap());
        assert_eq!(rows.len(), items, "{link}");
        let column = |name: &str| header.iter().position(|c| c == name).unwrap();
        let points: Vec<[&str; 3]> = rows
            .iter()
            .filter(|r| r[column("article")] == "q1")
            .map(|r| {
                [
                    r[column("speaker")].as_str(),
                    r[column("group_support")].as_str(),
                    r[column("current_article")].as_str(),
                ]
            })
            .collect();
        assert_eq!(
            points,
            [["Group A", "consensus", "q1"], ["Group B", "one", "q1"]],
            "{link}"
        );
    }

    // A question a group discusses is retired, not deleted.
    let in_group = app
        .post("/admin/questions/q2/change", &[("change", "delete".into())])
        .await;
    assert_eq!(in_group.status(), StatusCode::CONFLICT);
    let in_group = app.page_of("/admin/questions", in_group).await;
    assert!(
        in_group
            .text(".notice-refused")
            .contains("A breakout group discusses Question 2")
    );
    // What moderation hid stays on the desk: a link holder neither sees it nor answers it.
    assert_eq!(
        app.moderate(accepted, Some("off-topic")).await.status(),
        StatusCode::SEE_OTHER
    );
    let theirs = app.page_with(&rapporteur, &path).await;
    assert_eq!(
        theirs.count(&format!("#field-diverges_from option[value='{accepted}']")),
        0
    );
    // Nor is it named as the view another point diverges from, there or in the report.
    assert_eq!(theirs.count(&format!("#point-{divergent} .divergent")), 0);
    let their_report = app.page_with(&rapporteur, &format!("{path}/report")).await;
    assert_eq!(
        their_report.count(&format!("#point-{divergent} .divergent")),
        0
    );
    let on_desk = app.page(&format!("/admin/groups/{b}/report")).await;
    assert_eq!(on_desk.count(&format!("#point-{divergent} .divergent")), 0);
    let desk = app.page(&format!("/admin/groups/{b}")).await;
    assert_eq!(
        desk.count(&format!("#field-diverges_from option[value='{accepted}']")),
        1
    );
    // A point short enough is offered whole, with no mark of a cut.
    assert_eq!(
        desk.text(&format!("#field-diverges_from option[value='{accepted}']")),
        format!(
            "#{accepted} (Group A): It was generally accepted that solidarity is broader than cooperation."
        )
    );
    let hidden = app
        .post_with(
            &rapporteur,
            &path,
            &point("q1", "Against it.", "one", &[accepted]),
        )
        .await;
    assert_eq!(hidden.status(), StatusCode::UNPROCESSABLE_ENTITY);
    // A closed workshop takes no more points through a link.
    app.close("geneva-2012");
    let before = app.count_feedback();
    let closed = app
        .post_with(&rapporteur, &path, &point("q1", "Late.", "one", &[]))
        .await;
    assert_eq!(closed.status(), StatusCode::CONFLICT);
    assert_eq!(app.count_feedback(), before);
    // The point sent comes back to be kept, and the page offers no form that would fail.
    let closed = app.page_of(&path, closed).await;
    assert_eq!(closed.text("#kept-point"), "Late.");
    assert!(closed.text("#group-closed").contains("workshop is closed"));
    assert_eq!(closed.count("#point-form"), 0);
    let empty = app
        .post_with(&rapporteur, &path, &point("q1", "", "one", &[]))
        .await;
    assert_eq!(
        empty.status(),
        StatusCode::CONFLICT,
        "closed, whatever was sent"
    );
    let theirs = app.page_with(&rapporteur, &path).await;
    theirs.assert_status(StatusCode::OK);
    assert_eq!(theirs.count("#group-closed"), 1);
    assert_eq!(
        (theirs.count("#point-form"), theirs.count("#kept-point")),
        (0, 0)
    );
    // The desk still records (a rapporteur's notes typed up later).
    let desk = app.page(&format!("/admin/groups/{b}")).await;
    assert_eq!(
        (desk.count("#point-form"), desk.count("#group-closed")),
        (1, 0)
    );

    // A revoked link opens nothing.
    let link_id: i64 = app
        .db()
        .query_row("SELECT id FROM rapporteur_links", [], |r| r.get(0))
        .unwrap();
    let revoked = app
        .post(
            &format!("/admin/consultations/geneva-2012/groups/{b}/links/{link_id}/revoke"),
            &[],
        )
        .await;
    assert_eq!(revoked.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        rapporteur
            .get(app.url(&path))
            .send()
            .await
            .unwrap()
            .status(),
        StatusCode::NOT_FOUND
    );
    let audit = app.page("/admin/audit").await.text("main");
    for action in [
        "Breakout group added",
        "Rapporteur link made",
        "Rapporteur link revoked",
    ] {
        assert!(audit.contains(action), "no {action:?} in the audit log");
    }
}
