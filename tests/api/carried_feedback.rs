//! Feedback carried across versions: the desk of a revised draft shows, beside each unit's own
//! feedback, what was written on its antecedents in earlier versions, where and with what
//! disposition; nothing of the stored feedback changes.

use reqwest::StatusCode;

use crate::helpers::{TestApp, consult_ok, parse_csv, spawn_app_after, valid_feedback, with_field};
use crate::process::revise_shipped_draft;

const REVISION: &str = "A/HRC/35/35/Rev.test";

/// The desk of the revision at `article`, with `extra` query pairs.
fn revision_desk(article: &str, extra: &str) -> String {
    let version: String = url::form_urlencoded::byte_serialize(REVISION.as_bytes()).collect();
    format!("/admin/articles/{article}?version={version}{extra}")
}

/// The shipped draft revised, with a comment from Suva on Article 10 (Article 9 now), on
/// Article 8(2) (moved to 7(5)) and on Article 7(3) (deleted); an organiser logged in.
async fn revised_with_comments() -> (TestApp, [i64; 3]) {
    let app = spawn_app_after(revise_shipped_draft, |_| {}).await;
    let comment = |text: &str, paragraph: Option<&str>| {
        let fields = with_field(&valid_feedback(), "paragraph", paragraph);
        let fields = with_field(&fields, "comment", Some(text));
        with_field(&fields, "proposed_text", None)
    };
    app.submit_ok(
        "suva-2015",
        "10",
        &comment("Keep the review of implementation.", None),
    )
    .await;
    app.submit_ok(
        "suva-2015",
        "8",
        &comment("Name the financing duty here.", Some("2")),
    )
    .await;
    app.submit_ok(
        "suva-2015",
        "7",
        &comment("This paragraph repeats Article 6.", Some("3")),
    )
    .await;
    let ids: Vec<i64> = app.column("SELECT id FROM feedback ORDER BY id");
    app.log_in().await;
    (app, [ids[0], ids[1], ids[2]])
}

#[tokio::test]
async fn the_desk_of_a_revision_shows_earlier_feedback_where_its_text_is_now() {
    let (app, [on_10, on_8_2, on_7_3]) = revised_with_comments().await;
    app.dispose(on_10, "accepted", "").await;

    let article_9 = app.page(&revision_desk("9", "")).await;
    article_9.assert_status(StatusCode::OK);
    let item = format!("#item-{on_10}");
    assert_eq!(article_9.count(&item), 1, "{}", article_9.text("main"));
    assert_eq!(
        article_9.text(&format!("{item} .item-origin")),
        "Written on Article 10 of A/HRC/35/35 (Suva)"
    );
    assert_eq!(
        article_9.attrs(&format!("#disposition-{on_10} option[selected]"), "value"),
        ["accepted"]
    );

    // Moved to another article: under the paragraph it became.
    let article_7 = app.page(&revision_desk("7", "")).await;
    assert_eq!(article_7.count(&format!("#item-{on_8_2}")), 1);
    let group = article_7.text(&format!("section.review-group:has(#item-{on_8_2}) h2"));
    assert_eq!(group, "Paragraph 5");
    // Deleted text is carried nowhere in the revision.
    assert_eq!(article_7.count(&format!("#item-{on_7_3}")), 0);
    assert!(
        article_7.text("#result-count").contains("1 matching"),
        "{}",
        article_7.text("#result-count")
    );

    // This version only: none of it.
    let own = app.page(&revision_desk("9", "&versions=this")).await;
    own.assert_status(StatusCode::OK);
    assert_eq!(own.count(".review-item"), 0);
    assert_eq!(
        own.attrs("#filter-versions option[selected]", "value"),
        ["this"]
    );

    // The earlier version's desk is as it was.
    let first = app.page("/admin/articles/10").await;
    assert_eq!(first.count(&format!("#item-{on_10}")), 1);
    assert_eq!(first.count(".item-origin"), 0);
    assert_eq!(
        first.count("#filter-versions"),
        0,
        "a first version has nothing to carry"
    );
}

#[tokio::test]
async fn filters_apply_to_carried_feedback_and_links_keep_the_version() {
    let (app, [on_10, ..]) = revised_with_comments().await;
    let by_suva = app
        .page(&revision_desk("9", "&consultation=suva-2015"))
        .await;
    by_suva.assert_status(StatusCode::OK);
    assert_eq!(by_suva.count(&format!("#item-{on_10}")), 1);
    let by_stance = app.page(&revision_desk("9", "&stance=oppose")).await;
    assert_eq!(by_stance.count(".review-item"), 0);
    let searched = app.page(&revision_desk("9", "&q=implementation")).await;
    assert_eq!(searched.count(&format!("#item-{on_10}")), 1);
    // The forms and exports of the page stay on the revision.
    let version_field = searched.attrs("form.filters input[name=version]", "value");
    assert_eq!(version_field, [REVISION]);
    let return_to = searched.attrs(&format!("#item-{on_10} input[name=return_to]"), "value");
    assert!(return_to[0].contains("version="), "{return_to:?}");
}

#[tokio::test]
async fn an_unknown_version_or_choice_of_versions_is_refused() {
    let (app, _) = revised_with_comments().await;
    let unknown = app.get("/admin/articles/4?version=A%2FHRC%2F99%2F1").await;
    assert_eq!(unknown.status(), StatusCode::NOT_FOUND);
    let bad_choice = app.get(&revision_desk("4", "&versions=some")).await;
    assert_eq!(bad_choice.status(), StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn the_overview_switches_between_versions_and_its_links_stay_on_the_version_shown() {
    let (app, _) = revised_with_comments().await;
    let overview = app.page("/admin").await;
    assert_eq!(
        overview.texts(".version-switch li"),
        ["Version 1: A/HRC/35/35", "Version 2: A/HRC/35/35/Rev.test"]
    );
    // The consulted version is the default; the revision is a link away.
    assert_eq!(
        overview.text(".version-switch [aria-current=page]"),
        "Version 1: A/HRC/35/35"
    );
    let to_revision = overview.attrs(".version-switch a", "href");
    assert_eq!(to_revision, ["/admin?version=A%2FHRC%2F35%2F35%2FRev.test"]);
    let revision = app.page(&to_revision[0]).await;
    revision.assert_status(StatusCode::OK);
    assert!(revision.text(".lede").contains(REVISION));
    let article_links = revision.attrs("#overview-9 a", "href");
    assert_eq!(article_links, [revision_desk("9", "")]);
    // The consultations whose feedback it carries are listed, to open, close or edit.
    assert_eq!(revision.count("#consultation-suva-2015"), 1);
    let own = app.page(&format!("{}&versions=this", to_revision[0])).await;
    assert_eq!(own.count("#consultation-suva-2015"), 0);
    assert!(
        revision
            .attrs("ul.exports a", "href")
            .iter()
            .all(|href| href.contains("version=")),
    );
}

#[tokio::test]
async fn feedback_csv_says_where_each_comment_stands_in_the_newest_version() {
    let (app, [on_10, on_8_2, on_7_3]) = revised_with_comments().await;
    let place_of = |rows: &[Vec<String>], id: i64| -> Vec<String> {
        let row = rows
            .iter()
            .find(|r| r[0] == id.to_string())
            .unwrap_or_else(|| panic!("#{id} is not exported: {rows:?}"));
        row[23..26].to_vec()
    };
    // The desk's default version, the first: its own feedback, placed in the revision.
    let (header, first) = parse_csv(&app.export_bytes("/admin/exports/feedback.csv").await);
    assert_eq!(
        &header[23..26],
        ["document_version", "current_article", "current_paragraph"]
    );
    assert_eq!(first.len(), 3);
    assert_eq!(place_of(&first, on_10), ["1", "9", ""]);
    assert_eq!(place_of(&first, on_8_2), ["1", "7", "5"]);
    assert_eq!(place_of(&first, on_7_3), ["1", "", ""], "deleted");

    // The revision carries the earlier feedback; on its own it has none.
    let version: String = url::form_urlencoded::byte_serialize(REVISION.as_bytes()).collect();
    let carried = format!("/admin/exports/feedback.csv?version={version}");
    let (_, rows) = parse_csv(&app.export_bytes(&carried).await);
    assert_eq!(rows.len(), 3);
    let (_, own) = parse_csv(&app.export_bytes(&format!("{carried}&versions=this")).await);
    assert!(own.is_empty(), "{own:?}");
    // With an article: the feedback on the units that became it.
    let (_, article_7) = parse_csv(&app.export_bytes(&format!("{carried}&article=7")).await);
    let ids: Vec<&str> = article_7.iter().map(|r| r[0].as_str()).collect();
    assert_eq!(ids, [on_8_2.to_string()]);
}

#[tokio::test]
async fn comments_on_deleted_text_are_listed_with_their_dispositions() {
    let (app, [on_10, _, on_7_3]) = revised_with_comments().await;
    app.dispose(on_7_3, "not-accepted", "Article 6 says it.")
        .await;
    let version: String = url::form_urlencoded::byte_serialize(REVISION.as_bytes()).collect();
    let overview = app.page(&format!("/admin?version={version}")).await;
    let link = overview.attrs("#deleted-link", "href");
    assert_eq!(link, [format!("/admin/deleted?version={version}")]);

    let deleted = app.page(&link[0]).await;
    deleted.assert_status(StatusCode::OK);
    assert_eq!(deleted.count(".review-item"), 1);
    assert_eq!(deleted.count(&format!("#item-{on_7_3}")), 1);
    assert_eq!(deleted.count(&format!("#item-{on_10}")), 0);
    assert_eq!(
        deleted.text(".deleted-section h2"),
        "Article 7 of A/HRC/35/35"
    );
    assert_eq!(
        deleted.text(".deleted-section .review-group > h3"),
        "Paragraph 3"
    );
    assert_eq!(
        deleted.attrs(&format!("#disposition-{on_7_3} option[selected]"), "value"),
        ["not-accepted"]
    );
    assert!(deleted.text("#result-count").starts_with("One comment"));
    // The first version deleted nothing; its page says so.
    let first = app.page("/admin/deleted").await;
    first.assert_status(StatusCode::OK);
    assert_eq!(first.count(".review-item"), 0);
}

/// Three versions: the shipped draft, the test revision, and the shipped text again as a
/// second revision (so what the first revision added is deleted in the second); a
/// consultation on each revision.
fn three_versions(db: &std::path::Path) {
    revise_shipped_draft(db);
    consult_ok(
        [
            "consultation",
            "add",
            "expert-group-2017",
            "--city",
            "Geneva",
            "--held",
            "2017-02",
            "--process",
            "solidarity-declaration",
        ],
        db,
    );
    let shipped =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/draft-declaration-2017.json");
    consult_ok(
        [
            "document".as_ref(),
            "import".as_ref(),
            shipped.as_os_str(),
            "--revises".as_ref(),
            REVISION.as_ref(),
            "--symbol".as_ref(),
            "A/HRC/35/35/Rev.2".as_ref(),
            "--year".as_ref(),
            "2019".as_ref(),
        ],
        db,
    );
    consult_ok(
        [
            "consultation",
            "add",
            "council-2017",
            "--city",
            "Geneva",
            "--held",
            "2017-06",
            "--process",
            "solidarity-declaration",
        ],
        db,
    );
}

#[tokio::test]
async fn no_comment_is_ever_lost_across_versions() {
    let app = spawn_app_after(three_versions, |_| {}).await;
    let units = |document: i64| -> Vec<(String, String)> {
        app.db()
            .prepare("SELECT article, ref FROM units WHERE document_id = ?1 ORDER BY position")
            .unwrap()
            .query_map([document], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap()
    };
    // A comment on every unit of the first version and on every third unit of the others.
    for (consultation, document, step) in [
        ("suva-2015", 1, 1),
        ("expert-group-2017", 2, 3),
        ("council-2017", 3, 3),
    ] {
        for (article, reference) in units(document).into_iter().step_by(step) {
            let paragraph = (!reference.is_empty()).then_some(reference.as_str());
            let fields = with_field(&valid_feedback(), "paragraph", paragraph);
            let fields = with_field(&fields, "proposed_text", None);
            app.submit_ok(consultation, &article, &fields).await;
        }
    }
    let written: std::collections::BTreeSet<String> = app
        .db()
        .prepare("SELECT id FROM feedback")
        .unwrap()
        .query_map([], |r| r.get::<_, i64>(0))
        .unwrap()
        .map(|id| format!("item-{}", id.unwrap()))
        .collect();
    assert!(written.len() > 100, "{}", written.len());

    // Every item is on the newest version's desk, or among the comments on deleted text.
    app.log_in().await;
    let newest = "?version=A%2FHRC%2F35%2F35%2FRev.2";
    let mut pages: Vec<String> = units(3)
        .into_iter()
        .filter(|(_, reference)| reference.is_empty())
        .map(|(article, _)| format!("/admin/articles/{article}{newest}"))
        .collect();
    pages.push(format!("/admin/deleted{newest}"));
    let mut reached = std::collections::BTreeSet::new();
    let mut on_deleted_text = 0;
    for first in pages {
        let mut next = Some(first);
        while let Some(path) = next {
            let page = app.page(&path).await;
            page.assert_status(StatusCode::OK);
            let ids = page.attrs(".review-item", "id");
            if path.starts_with("/admin/deleted") {
                on_deleted_text += ids.len();
            }
            reached.extend(ids);
            next = page.attrs("a[rel=next]", "href").pop();
        }
    }
    let lost: Vec<&String> = written.difference(&reached).collect();
    assert!(lost.is_empty(), "lost: {lost:?}");
    assert!(
        on_deleted_text > 0,
        "the revisions deleted text that had comments"
    );
}

#[tokio::test]
async fn a_disposition_points_to_where_a_comment_was_addressed_and_its_author_reads_that_wording() {
    let app = spawn_app_after(revise_shipped_draft, |_| {}).await;
    let fields = with_field(&valid_feedback(), "paragraph", Some("2"));
    let private = app.submit_ok("suva-2015", "8", &fields).await;
    let id: i64 = app
        .db()
        .query_row("SELECT MAX(id) FROM feedback", [], |r| r.get(0))
        .unwrap();
    app.log_in().await;
    let desk = revision_desk("7", "");
    let decide = |place: &str| {
        let (app, desk, place) = (&app, desk.clone(), place.to_string());
        async move {
            app.post(
                &format!("/admin/feedback/{id}/disposition"),
                &[
                    ("disposition", "accepted".into()),
                    ("note", String::new()),
                    ("addressed_in", place),
                    ("return_to", desk),
                ],
            )
            .await
        }
    };

    // A place the newest version does not have: refused beside the field, what was typed kept.
    let refused = decide("Art. 70(5)").await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = app.page_of(&desk, refused).await;
    assert!(
        page.text(&format!("#error-addressed-{id}"))
            .contains("Art. 70(5)")
    );
    assert_eq!(
        page.attrs(&format!("#addressed-{id}"), "value"),
        ["Art. 70(5)"]
    );
    // Beside the field at fault, which says so; the page opens at the item.
    assert_eq!(
        page.attrs(&format!("#addressed-{id}"), "aria-invalid"),
        ["true"]
    );
    assert_eq!(page.count(&format!("#note-{id}[aria-invalid]")), 0);
    assert_eq!(
        page.attrs(&format!("#item-{id} .disposition-form"), "action"),
        [format!("/admin/feedback/{id}/disposition#item-{id}")]
    );
    assert_eq!(
        app.db()
            .query_row(
                "SELECT disposition FROM feedback WHERE id = ?1",
                [id],
                |r| r.get::<_, String>(0)
            )
            .unwrap(),
        "pending"
    );

    let recorded = decide("art 7 (5)").await;
    assert_eq!(recorded.status(), StatusCode::SEE_OTHER);
    let page = app.page(&desk).await;
    assert_eq!(
        page.attrs(&format!("#addressed-{id}"), "value"),
        ["Art. 7(5)"]
    );
    let audited: String = app
        .db()
        .query_row(
            "SELECT detail FROM audit_log WHERE action = 'disposition' ORDER BY id DESC",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(audited, "accepted -> 7:5");

    // The participant reads the wording it led to, the changes since their text marked.
    let mine = app.page(&private).await;
    assert_eq!(
        mine.text("#new-wording-title"),
        "Addressed in Article 7(5) of A/HRC/35/35/Rev.test:"
    );
    assert!(!mine.text("#new-wording").is_empty());
    assert_eq!(mine.attrs("#new-wording", "lang"), ["en"]);
}

#[tokio::test]
async fn a_participant_sees_where_the_text_they_commented_on_stands_in_a_later_version() {
    let app = spawn_app_after(revise_shipped_draft, |_| {}).await;
    let amended = with_field(&valid_feedback(), "paragraph", Some("2"));
    let on_amended = app.submit_ok("suva-2015", "1", &amended).await;
    let page = app.page(&on_amended).await;
    assert_eq!(
        page.text("#new-wording-title"),
        "The text you commented on is now Article 1(2) of A/HRC/35/35/Rev.test:"
    );
    assert!(
        page.count("#new-wording ins") + page.count("#new-wording del") > 0,
        "the revision amended it"
    );
    // Deleted text has no new wording; and a comment on the newest version needs none.
    let deleted = with_field(&valid_feedback(), "paragraph", Some("3"));
    let on_deleted = app.submit_ok("suva-2015", "7", &deleted).await;
    assert_eq!(app.page(&on_deleted).await.count(".new-wording"), 0);
}

#[tokio::test]
async fn the_overview_and_tally_of_a_revision_count_what_it_carries_unless_asked_not_to() {
    let (app, _) = revised_with_comments().await;
    let version: String = url::form_urlencoded::byte_serialize(REVISION.as_bytes()).collect();
    let total_of = |page: &crate::helpers::Page, article: &str| {
        page.texts(&format!("#overview-{article} td"))[5].clone()
    };
    let overview = app.page(&format!("/admin?version={version}")).await;
    // Article 10 (now 9) and Article 8(2) (now 7(5)) carried; Article 7(3) was deleted.
    assert_eq!(total_of(&overview, "9"), "1");
    assert_eq!(total_of(&overview, "7"), "1");
    assert!(overview.text("#counting").starts_with("The counts include"));
    let own_link = overview.attrs("#counting a", "href");
    assert_eq!(
        own_link,
        [format!("/admin?version={version}&versions=this")]
    );
    let own = app.page(&own_link[0]).await;
    assert_eq!(total_of(&own, "9"), "0");
    // The tally page counts the same way, with the earlier version's consultations.
    let tally = app.page(&format!("/admin/tally?version={version}")).await;
    tally.assert_status(StatusCode::OK);
    assert!(tally.text("#counting").starts_with("The counts include"));
    assert!(tally.body.contains("Suva"));
    // Its rows lead to the review pages of the version it shows.
    let links = tally.attrs("table a", "href");
    assert!(links.contains(&revision_desk("9", "")), "{links:?}");
    let first = app.page("/admin").await;
    assert_eq!(
        first.count("#counting"),
        0,
        "a first version carries nothing"
    );
    let bad = app
        .get(&format!("/admin?version={version}&versions=all"))
        .await;
    assert_eq!(bad.status(), StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn the_tally_export_of_a_revision_counts_what_it_carries() {
    let (app, _) = revised_with_comments().await;
    let version: String = url::form_urlencoded::byte_serialize(REVISION.as_bytes()).collect();
    let path = format!("/admin/exports/tally_by_article.csv?version={version}");
    let (_, rows) = parse_csv(&app.export_bytes(&path).await);
    let row = |article: &str, group: &str| {
        rows.iter()
            .find(|r| r[0] == article && r[1] == group)
            .cloned()
            .unwrap_or_default()
    };
    assert_eq!(row("9", "suva-2015")[2..], ["0", "1", "0", "0", "0", "1"]);
    assert_eq!(row("7", "all")[7], "1");
    let (_, own) = parse_csv(&app.export_bytes(&format!("{path}&versions=this")).await);
    assert!(own.iter().all(|r| r[7] == "0"), "{own:?}");
    // With the review page's filters too, as its export links give them.
    for filters in ["&article=9", "&consultation=suva-2015"] {
        let (_, filtered) = parse_csv(&app.export_bytes(&format!("{path}{filters}")).await);
        let suva = filtered
            .iter()
            .find(|r| r[0] == "9" && r[1] == "suva-2015")
            .unwrap_or_else(|| panic!("{filters}: {filtered:?}"));
        assert_eq!(suva[2..], ["0", "1", "0", "0", "0", "1"], "{filters}");
    }
}

#[tokio::test]
async fn every_export_of_a_revision_holds_what_it_carries() {
    let (app, _) = revised_with_comments().await;
    let version: String = url::form_urlencoded::byte_serialize(REVISION.as_bytes()).collect();
    let export = |file: &'static str, extra: &'static str| {
        let app = &app;
        let path = format!("/admin/exports/{file}?version={version}{extra}");
        async move { parse_csv(&app.export_bytes(&path).await) }
    };
    // Every comment written on the earlier version is to be answered, deleted text's too.
    let (header, rows) = export("disposition_of_comments.csv", "").await;
    let comment = header.iter().position(|c| c == "comment").unwrap();
    let mut comments: Vec<&str> = rows.iter().map(|r| r[comment].as_str()).collect();
    comments.sort();
    assert_eq!(
        comments,
        [
            "Keep the review of implementation.",
            "Name the financing duty here.",
            "This paragraph repeats Article 6."
        ]
    );
    // The counts by category and channel follow the text to where it now stands.
    let total = |rows: &[Vec<String>], article: &str| -> i64 {
        (rows.iter().filter(|r| r[0] == article))
            .map(|r| r[7].parse::<i64>().unwrap())
            .sum()
    };
    for file in ["tally_by_stakeholder.csv", "tally_by_channel.csv"] {
        let (_, rows) = export(file, "").await;
        assert_eq!(
            (total(&rows, "9"), total(&rows, "7")),
            (1, 1),
            "{file}: {rows:?}"
        );
        let (_, own) = export(file, "&versions=this").await;
        assert!(own.is_empty(), "{file}: {own:?}");
    }
    let (_, channels) = export("tally_by_channel.csv", "").await;
    assert!(channels.iter().all(|r| r[1] == "online"), "{channels:?}");
    let (_, own) = export("disposition_of_comments.csv", "&versions=this").await;
    assert!(own.is_empty(), "{own:?}");
}

#[tokio::test]
async fn a_corrected_lineage_carries_the_feedback_where_it_now_says() {
    let (app, [_, on_8_2, _]) = revised_with_comments().await;
    let item = format!("#item-{on_8_2}");
    assert_eq!(app.page(&revision_desk("7", "")).await.count(&item), 1);
    // The administrator says the old 8(2) was deleted after all.
    let corrected = app
        .post(
            "/admin/lineage/2/link",
            &[("from", "8:2".into()), ("to", String::new())],
        )
        .await;
    assert_eq!(corrected.status(), StatusCode::SEE_OTHER);
    assert_eq!(app.page(&revision_desk("7", "")).await.count(&item), 0);
    let version: String = url::form_urlencoded::byte_serialize(REVISION.as_bytes()).collect();
    let deleted = app.page(&format!("/admin/deleted?version={version}")).await;
    assert_eq!(deleted.count(&item), 1);
}
