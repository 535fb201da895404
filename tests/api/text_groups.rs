//! Text groups: identical and near-identical comments gathered on the desk, in the tallies and
//! in the exports, kept up to date as items arrive and are edited, never hidden or deleted.

use std::collections::HashMap;

use reqwest::StatusCode;

use crate::helpers::{TestApp, spawn_app, valid_feedback, with_field};

const LETTER: &str = "We the undersigned call on the drafters to recognise the right to \
    international solidarity as a human right of individuals and peoples, and to make the duty \
    of States to cooperate binding in every article of the declaration, so that no community is \
    left without help when disaster strikes.";

/// Submits `comment` on Article 4 from `slug`; returns the item's id and private page.
async fn comment(app: &TestApp, slug: &str, comment: &str) -> (i64, String) {
    let fields = with_field(&valid_feedback(), "comment", Some(comment));
    let private = app.submit_ok(slug, "4", &fields).await;
    let id = app
        .db()
        .query_row("SELECT MAX(id) FROM feedback", [], |r| r.get(0))
        .unwrap();
    (id, private)
}

/// Each item's comment group.
fn groups(app: &TestApp) -> HashMap<i64, i64> {
    app.db()
        .prepare("SELECT id, comment_group FROM feedback")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

#[tokio::test]
async fn copies_and_near_copies_share_a_group_that_the_desk_shows_once_with_its_size() {
    let app = spawn_app().await;
    let elsewhere = with_field(&valid_feedback(), "comment", Some(LETTER));
    let elsewhere = with_field(&elsewhere, "paragraph", Some(""));
    app.submit_ok("suva-2015", "1", &elsewhere).await;
    let (first, _) = comment(&app, "suva-2015", LETTER).await;
    let shouted = LETTER.to_uppercase().replace(", ", " ; ");
    let (copy, _) = comment(&app, "suva-2015", &shouted).await;
    let signed = format!("Dear drafters, {LETTER} With thanks, Amina Diallo, Dakar.");
    let (near, _) = comment(&app, "geneva-2015", &signed).await;
    let (other, _) = comment(
        &app,
        "geneva-2015",
        "The preamble should recall the Charter before it speaks of solidarity.",
    )
    .await;
    let groups = groups(&app);
    assert_eq!(groups[&first], groups[&copy], "an exact copy");
    assert_eq!(groups[&first], groups[&near], "a copy with personal edits");
    assert_ne!(groups[&first], groups[&other], "another text");

    app.log_in().await;
    let page = app.page("/admin/articles/4").await;
    assert_eq!(
        page.count(".item-copies"),
        3,
        "the lone comment has no group line"
    );
    assert_eq!(
        page.text(&format!("#item-{first} .item-copies")),
        "This text and 3 identical or near-identical copies, from 2 consultations · Show the group"
    );
    let group_link = page.attrs(&format!("#item-{first} .item-copies a"), "href")[0].clone();
    assert_eq!(
        group_link,
        format!("/admin/articles/4?group={}", groups[&first])
    );
    let group = app.page(&group_link).await;
    assert_eq!(group.count(".review-item"), 3);
    assert_eq!(group.count(&format!("#item-{other}")), 0);
    assert!(group.text(".group-only").contains("Show every item"));

    // One per group: the group at its first item, with the lone comment.
    let once = app.page("/admin/articles/4?copies=one").await;
    let shown: Vec<String> = once.attrs(".review-item", "id");
    assert_eq!(shown, [format!("item-{first}"), format!("item-{other}")]);
    assert_eq!(
        once.text("#result-count"),
        "Items 1–2 of 2 matching, out of 4 on Article 4."
    );
    assert_eq!(
        once.attrs("#filter-copies option[selected]", "value"),
        ["one"]
    );
    // With another filter, the first of the group among what it keeps.
    let geneva = app
        .page("/admin/articles/4?copies=one&consultation=geneva-2015")
        .await;
    assert_eq!(
        geneva.attrs(".review-item", "id"),
        [format!("item-{near}"), format!("item-{other}")]
    );
    assert_eq!(
        app.get("/admin/articles/4?copies=some").await.status(),
        StatusCode::BAD_REQUEST
    );

    // With a search, the group's first item on this article is the one shown, though a copy
    // on another article came earlier.
    let searched = app.page("/admin/articles/4?copies=one&q=undersigned").await;
    assert_eq!(
        searched.attrs(".review-item", "id"),
        [format!("item-{first}")]
    );

    // The command line's export takes "one per group" as a flag.
    let out = tempfile::tempdir().unwrap();
    let written = crate::helpers::consult_export(
        &app.db_path,
        out.path(),
        &["--article", "4", "--one-per-group"],
    );
    assert!(
        written.status.success(),
        "{}",
        String::from_utf8_lossy(&written.stderr)
    );
    let (_, exported) =
        crate::helpers::parse_csv(&std::fs::read(out.path().join("feedback.csv")).unwrap());
    let ids: Vec<&str> = exported.iter().map(|r| r[0].as_str()).collect();
    assert_eq!(ids, [first.to_string(), other.to_string()]);

    // Tallies: items and distinct texts side by side.
    let overview = app.page("/admin").await;
    assert_eq!(overview.text("#overview-4 .distinct"), "2");
    assert_eq!(overview.text("#overview-5 .distinct"), "0");

    // The export carries each item's group and its size.
    let (header, rows) = app.export("/admin/exports/feedback.csv").await;
    let column = |name: &str| header.iter().position(|h| h == name).unwrap();
    let (id, group, size) = (
        column("id"),
        column("text_group"),
        column("text_group_size"),
    );
    let by_id: HashMap<String, (String, String)> = rows
        .iter()
        .map(|r| (r[id].clone(), (r[group].clone(), r[size].clone())))
        .collect();
    // Its copy on Article 1 included: comments are grouped across the process.
    assert_eq!(
        by_id[&first.to_string()],
        (groups[&first].to_string(), "4".to_string())
    );
    assert_eq!(by_id[&other.to_string()].1, "1");

    // One per group in a tally counts the visible items: with the group's first hidden, its
    // copies still count once.
    assert_eq!(
        app.moderate(first, Some("duplicate")).await.status(),
        StatusCode::SEE_OTHER
    );
    let (_, tally) = app
        .export("/admin/exports/tally_by_article.csv?article=4&copies=one")
        .await;
    let all = tally.iter().find(|r| r[1] == "all").unwrap();
    assert_eq!(all[7], "2", "{tally:?}");
}

#[tokio::test]
async fn an_edit_moves_an_item_out_of_its_group_and_an_organiser_can_split_one_out() {
    let app = spawn_app().await;
    let (first, first_private) = comment(&app, "suva-2015", LETTER).await;
    let (second, _) = comment(&app, "suva-2015", LETTER).await;
    let (third, third_private) = comment(&app, "doha-2016", LETTER).await;
    let letter_group = groups(&app)[&first];

    // The author of the first rewrites it: it leaves, and the group goes on without it.
    let rewritten = with_field(
        &valid_feedback(),
        "comment",
        Some("On reflection I would rather the article spoke of peoples first."),
    );
    let edited = app.post(&first_private, &rewritten).await;
    assert_eq!(edited.status(), StatusCode::SEE_OTHER);
    let now = groups(&app);
    assert_ne!(now[&first], letter_group);
    assert_eq!(now[&second], letter_group);
    let size: i64 = app
        .db()
        .query_row(
            "SELECT size FROM text_groups WHERE id = ?1",
            [letter_group],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(size, 2);

    // An organiser decides the third is not a copy: it stands alone, audited, and a new copy
    // of the letter still joins the letter's group, not the one split out.
    app.log_in().await;
    let split = app
        .post(
            &format!("/admin/feedback/{third}/apart"),
            &[("return_to", "/admin/articles/4".into())],
        )
        .await;
    assert_eq!(split.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        crate::helpers::location(&split),
        format!("/admin/articles/4#item-{third}")
    );
    let (fourth, _) = comment(&app, "suva-2015", LETTER).await;
    let now = groups(&app);
    assert_ne!(now[&third], letter_group);
    assert_eq!(now[&fourth], letter_group);
    let page = app.page("/admin/articles/4").await;
    assert_eq!(page.count(&format!("#item-{third} .item-copies")), 0);
    assert_eq!(page.count(&format!("#item-{third} .split-form")), 0);
    assert!(
        page.text(&format!("#item-{second} .item-copies"))
            .starts_with(
                "This text and one identical or near-identical copy, from one consultation"
            )
    );
    let audited: String = app
        .db()
        .query_row(
            "SELECT action || ' ' || detail FROM audit_log WHERE subject = ?1",
            [format!("#{third}")],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(
        audited,
        format!("split-copy out of text group {letter_group}")
    );

    // The split stands when its author then corrects the comment, even into the letter's
    // exact words: only an organiser decides it is a copy.
    let apart_group = groups(&app)[&third];
    let corrected = with_field(
        &valid_feedback(),
        "comment",
        Some(&LETTER.replace("strikes.", "strikes!")),
    );
    let edited = app.post(&third_private, &corrected).await;
    assert_eq!(edited.status(), StatusCode::SEE_OTHER);
    assert_eq!(groups(&app)[&third], apart_group);
    let sizes: (i64, i64) = app
        .db()
        .query_row(
            r#"SELECT (SELECT size FROM text_groups WHERE id = ?1),
                      (SELECT size FROM text_groups WHERE id = ?2)"#,
            [apart_group, letter_group],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!(
        sizes,
        (1, 2),
        "the one split out; the second and the fourth"
    );

    // Hidden items leave the article's distinct texts, as they leave its tally.
    let distinct = |app: &TestApp| -> i64 {
        app.db()
            .query_row(
                "SELECT texts FROM distinct_tally WHERE document_id = 1 AND article = '4'",
                [],
                |r| r.get(0),
            )
            .unwrap()
    };
    assert_eq!(
        distinct(&app),
        3,
        "the letter, the rewrite, the one split out"
    );
    assert_eq!(
        app.moderate(third, Some("off-topic")).await.status(),
        StatusCode::SEE_OTHER
    );
    assert_eq!(distinct(&app), 2);
    app.moderate(third, None).await;
    assert_eq!(distinct(&app), 3);
}

#[tokio::test]
async fn similar_proposed_wordings_for_the_same_paragraph_are_grouped() {
    let app = spawn_app().await;
    let propose = |paragraph: &'static str, wording: &'static str| {
        let app = &app;
        async move {
            let fields = with_field(&valid_feedback(), "proposed_text", Some(wording));
            let fields = with_field(&fields, "paragraph", Some(paragraph));
            app.submit_ok("panama-city-2015", "4", &fields).await;
            app.db()
                .query_row(
                    "SELECT proposal_group FROM feedback WHERE id = (SELECT MAX(id) FROM feedback)",
                    [],
                    |r| r.get::<_, Option<i64>>(0),
                )
                .unwrap()
        }
    };
    let should = "States should cooperate with each other to realise the right to international \
                  solidarity of individuals and peoples everywhere.";
    let a = propose("2", should).await;
    let b = propose(
        "2",
        "States should cooperate with each other to realise the right to \
                           international solidarity of individuals and peoples everywhere!",
    )
    .await;
    let elsewhere = propose("1", should).await;
    let none = propose("2", "").await;
    assert!(a.is_some());
    assert_eq!(a, b);
    assert_ne!(
        a, elsewhere,
        "another paragraph's proposals are grouped apart"
    );
    assert_eq!(none, None);
}

/// A generated campaign, stored directly and grouped as the writer groups: form letters with
/// personal edits and exact copies among distinct comments. Every copy must find its letter's
/// group and no distinct comment may join another's (the benchmark measures it at 1,000,000).
#[tokio::test]
async fn a_campaign_is_grouped_with_high_precision_and_recall() {
    let app = spawn_app().await;
    let conn = app.db();
    // Form letters run to a few paragraphs; a personal edit is a greeting, a signature and
    // a word changed.
    let letters = [
        format!("{LETTER} {LETTER}"),
        "As a teacher I ask that the declaration name the duty of every State to share \
         knowledge and technology with the countries that need them most, without conditions. \
         Children in my class learn that solidarity means sharing what we know, and States \
         should learn it too. The draft must say clearly that scientific progress belongs to \
         everyone, and that no patent or trade rule may stand between a people and the \
         medicines, seeds and tools it needs to live in dignity."
            .to_string(),
        "Our network of cooperatives urges the Council to protect the right of peoples to \
         development and to end unilateral coercive measures that harm the poorest communities. \
         Farmers, fishers and small traders in our villages pay the price of sanctions decided \
         far away. International solidarity must mean that such measures are never taken \
         without weighing their cost to ordinary people, and that the declaration names this \
         duty among the first obligations of every State."
            .to_string(),
    ];
    let words = [
        "water", "river", "school", "market", "harvest", "clinic", "bridge", "village", "road",
        "forest", "island", "drought", "flood", "library", "choir", "festival", "mine", "port",
    ];
    let mut truth: Vec<(i64, usize)> = Vec::new(); // item, its true family
    let mut seed = 7u64;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let tx = conn.unchecked_transaction().unwrap();
    for i in 0..1_500usize {
        let r = next();
        let (family, text) = match i % 3 {
            // A distinct comment: its own words.
            0 => {
                let own: Vec<&str> = (0..12)
                    .map(|_| words[(next() % words.len() as u64) as usize])
                    .collect();
                (usize::MAX - i, format!("Comment {i}: {}", own.join(" ")))
            }
            // An exact copy of a letter.
            1 => ((r % 3) as usize, letters[(r % 3) as usize].clone()),
            // A letter with a greeting, a signature and one word changed.
            _ => {
                let letter = &letters[(r % 3) as usize];
                let edited =
                    letter.replacen(" the ", &format!(" {} ", words[(next() % 18) as usize]), 1);
                (
                    (r % 3) as usize,
                    format!("Hello, {edited} Signed, {} {i}.", words[i % 18]),
                )
            }
        };
        tx.execute(
            r#"INSERT INTO feedback (consultation_id, document_id, article, ref, stance, comment_type,
                 comment, token_hash, created_at, updated_at, ref_position)
               VALUES (1 + ?1 % 5, 1, '4', '2', 'amend', 'drafting', ?2, ?3, 'now', 'now',
                       (SELECT position FROM units WHERE document_id = 1 AND article = '4' AND ref = '2'))"#,
            rusqlite::params![i as i64, text, format!("token-{i}").into_bytes()],
        )
        .unwrap();
        truth.push((tx.last_insert_rowid(), family));
    }
    consult::storage::finish_write(&tx).unwrap();
    tx.commit().unwrap();

    let found = groups(&app);
    // Pairs of items: same group (predicted) against same family (true).
    let (mut both, mut predicted, mut actual) = (0u64, 0u64, 0u64);
    for (n, (a, fa)) in truth.iter().enumerate() {
        for (b, fb) in &truth[n + 1..] {
            let same_group = found[a] == found[b];
            let same_family = fa == fb;
            both += (same_group && same_family) as u64;
            predicted += same_group as u64;
            actual += same_family as u64;
        }
    }
    let (precision, recall) = (both as f64 / predicted as f64, both as f64 / actual as f64);
    assert!(precision >= 0.99, "precision {precision}");
    assert!(recall >= 0.95, "recall {recall}");
}

#[tokio::test]
async fn a_group_still_finds_its_copies_after_its_first_items_are_split_out_one_by_one() {
    let app = spawn_app().await;
    let mut ids = Vec::new();
    for _ in 0..11 {
        ids.push(comment(&app, "suva-2015", LETTER).await.0);
    }
    let letter_group = groups(&app)[&ids[10]];
    app.log_in().await;
    // Each split leaves the next earliest member as the group's anchor.
    for id in &ids[..9] {
        let split = app
            .post(
                &format!("/admin/feedback/{id}/apart"),
                &[("return_to", "/admin/articles/4".into())],
            )
            .await;
        assert_eq!(split.status(), StatusCode::SEE_OTHER);
    }
    let (copy, _) = comment(&app, "suva-2015", LETTER).await;
    assert_eq!(groups(&app)[&copy], letter_group);
}
