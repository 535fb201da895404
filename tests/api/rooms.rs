//! Rooms that work offline: a consultation packed at the centre, served from a laptop's own
//! database, exported and merged back; merging is idempotent and refuses what it cannot trust.

use std::path::{Path, PathBuf};

use reqwest::StatusCode;

use crate::helpers::{
    TestApp, consult_ok, location, spawn_app, spawn_app_with, stance, valid_feedback, with_field,
};

const PASSWORD: &str = "correct horse battery staple";

/// Packs `slug` at the centre into `dir`, then serves the pack from a database of its own.
async fn room(centre: &TestApp, slug: &str, dir: &Path, name: &str) -> (TestApp, PathBuf) {
    let pack = dir.join(format!("{name}.room"));
    consult_ok(
        ["room", "pack", "--consultation", slug, "--out"]
            .map(std::ffi::OsStr::new)
            .into_iter()
            .chain([pack.as_os_str()]),
        &centre.db_path,
    );
    let served = pack.clone();
    let app = spawn_app_with(move |s| s.room = Some(served)).await;
    (app, pack)
}

fn export(room: &TestApp, out: &Path) {
    consult_ok(
        ["room", "export", "--out"]
            .map(std::ffi::OsStr::new)
            .into_iter()
            .chain([out.as_os_str()]),
        &room.db_path,
    );
}

/// Merges `file` at the centre; returns what the command printed.
fn merge(centre: &TestApp, file: &Path) -> String {
    let output = consult_ok(
        [
            std::ffi::OsStr::new("room"),
            "merge".as_ref(),
            file.as_os_str(),
        ],
        &centre.db_path,
    );
    String::from_utf8(output.stdout).unwrap()
}

/// Runs `consult room merge` expecting a refusal; returns what it said.
fn merge_refused(centre: &TestApp, file: &Path, extra: &[&str]) -> String {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_consult"))
        .args(["room", "merge"])
        .arg(file)
        .args(extra)
        .arg("--db")
        .arg(&centre.db_path)
        .output()
        .unwrap();
    assert!(!output.status.success(), "{} was merged", file.display());
    String::from_utf8(output.stderr).unwrap()
}

/// Item `id`'s disposition and its note.
fn decision_of(app: &TestApp, id: i64) -> (String, String) {
    app.db()
        .query_row(
            "SELECT disposition, disposition_note FROM feedback WHERE id = ?1",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap()
}

fn id_of(app: &TestApp, comment: &str) -> i64 {
    app.db()
        .query_row(
            "SELECT id FROM feedback WHERE comment = ?1",
            [comment],
            |r| r.get(0),
        )
        .unwrap_or_else(|e| panic!("no item says {comment:?}: {e}"))
}

/// What a meeting does, in a room or on one server: three comments, one edited through its
/// private link, one decided and one hidden by an organiser (this client, logged in).
/// Returns the private link of the edited comment.
async fn meeting(app: &TestApp, slug: &str, who: &str) -> String {
    let first = format!("{who}: paragraph 2 should name peoples.");
    let private = app
        .submit_ok(
            slug,
            "4",
            &with_field(&valid_feedback(), "comment", Some(&first)),
        )
        .await;
    let second = format!("{who}: support the definition.");
    app.submit_ok(
        slug,
        "1",
        &with_field(&stance("support"), "comment", Some(&second)),
    )
    .await;
    let third = format!("{who}: buy cheap watches.");
    app.submit_ok(
        slug,
        "6",
        &with_field(&stance("oppose"), "comment", Some(&third)),
    )
    .await;
    let edited = with_field(
        &valid_feedback(),
        "comment",
        Some(&format!(
            "{who}: paragraph 2 should name peoples and individuals."
        )),
    );
    assert_eq!(
        app.post(&private, &edited).await.status(),
        StatusCode::SEE_OTHER
    );
    let decided = app
        .dispose(id_of(app, &second), "accepted", &format!("{who}: kept"))
        .await;
    assert_eq!(decided.status(), StatusCode::SEE_OTHER);
    let hidden = app.moderate(id_of(app, &third), Some("off-topic")).await;
    assert_eq!(hidden.status(), StatusCode::SEE_OTHER);
    private
}

async fn log_in_to_room(room: &TestApp) {
    let response = room.try_log_in("alice", PASSWORD).await;
    assert_eq!(
        location(&response),
        "/admin",
        "the centre's organiser logs in to the room"
    );
}

/// `feedback.csv` without what differs between any two servers taking the same actions
/// (numbers, times, group numbers), rows in a stable order.
async fn comparable_feedback(app: &TestApp) -> Vec<Vec<String>> {
    let (header, rows) = app.export("/admin/exports/feedback.csv").await;
    let dropped = [
        "id",
        "submitted_at",
        "updated_at",
        "disposition_at",
        "text_group",
        "proposal_group",
    ];
    let kept: Vec<usize> = (0..header.len())
        .filter(|i| !dropped.contains(&header[*i].as_str()))
        .collect();
    let mut rows: Vec<Vec<String>> = rows
        .iter()
        .map(|row| kept.iter().map(|i| row[*i].clone()).collect())
        .collect();
    rows.sort();
    rows
}

fn revisions(app: &TestApp) -> Vec<(String, String)> {
    app.db()
        .prepare(
            r#"SELECT f.comment, r.comment FROM feedback_revisions r
               JOIN feedback f ON f.id = r.feedback_id ORDER BY f.comment, r.replaced_at"#,
        )
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

#[tokio::test]
async fn two_rooms_merged_twice_in_either_order_hold_what_one_server_would() {
    let dir = tempfile::tempdir().unwrap();
    let centre = spawn_app().await;
    centre.log_in().await;
    // Closed at the centre: the room takes comments all the same, on its own network.
    centre.close("suva-2015");
    let (room_a, _) = room(&centre, "suva-2015", dir.path(), "a").await;
    let (room_b, _) = room(&centre, "suva-2015", dir.path(), "b").await;
    let home = room_a.page("/").await;
    assert!(
        home.count("a[href^='/consultations/suva-2015']") > 0,
        "{}",
        home.body
    );
    assert_eq!(
        home.count("a[href^='/consultations/']"),
        home.count("a[href^='/consultations/suva-2015']"),
        "the room serves its consultation alone:\n{}",
        home.body
    );
    log_in_to_room(&room_a).await;
    log_in_to_room(&room_b).await;
    let (link_a, _) = tokio::join!(
        meeting(&room_a, "suva-2015", "A"),
        meeting(&room_b, "suva-2015", "B")
    );

    let one_server = spawn_app().await;
    one_server.log_in().await;
    meeting(&one_server, "suva-2015", "A").await;
    meeting(&one_server, "suva-2015", "B").await;

    let (file_a, file_b) = (dir.path().join("a.export"), dir.path().join("b.export"));
    export(&room_a, &file_a);
    export(&room_b, &file_b);
    let first = merge(&centre, &file_a);
    assert!(first.contains("3 added, 0 updated, 0 skipped"), "{first}");
    merge(&centre, &file_b);
    let again = merge(&centre, &file_b);
    assert!(again.contains("0 added, 0 updated, 3 skipped"), "{again}");
    merge(&centre, &file_a);

    assert_eq!(centre.count_feedback(), 6);
    assert_eq!(
        comparable_feedback(&centre).await,
        comparable_feedback(&one_server).await
    );
    assert_eq!(
        centre.export("/admin/exports/tally_by_article.csv").await,
        one_server
            .export("/admin/exports/tally_by_article.csv")
            .await
    );
    assert_eq!(revisions(&centre), revisions(&one_server));
    // The link the participant got in the room opens their comment at the centre.
    let private = centre.page(&link_a).await;
    private.assert_status(StatusCode::OK);
    assert!(
        private
            .body
            .contains("A: paragraph 2 should name peoples and individuals."),
        "{}",
        private.body
    );
    let audit = centre.page("/admin/audit").await;
    assert_eq!(
        audit
            .attrs(".audit-action data", "value")
            .iter()
            .filter(|a| *a == "room-merge")
            .count(),
        4
    );
    assert_eq!(
        audit
            .attrs(".audit-action data", "value")
            .iter()
            .filter(|a| *a == "room-pack")
            .count(),
        2
    );
}

#[tokio::test]
async fn an_item_changed_in_the_room_and_at_the_centre_keeps_the_later_change() {
    let dir = tempfile::tempdir().unwrap();
    let centre = spawn_app().await;
    centre.log_in().await;
    let (room, _) = room(&centre, "suva-2015", dir.path(), "r").await;
    let link = room.submit_ok("suva-2015", "4", &valid_feedback()).await;
    let file = dir.path().join("r.export");
    export(&room, &file);
    merge(&centre, &file);
    let edit = |words: &str| with_field(&valid_feedback(), "comment", Some(words));
    let second = std::time::Duration::from_millis(1100);

    // The room first, the centre later: the centre's stands, the room's is a revision.
    assert_eq!(
        room.post(&link, &edit("Edited in the room."))
            .await
            .status(),
        StatusCode::SEE_OTHER
    );
    tokio::time::sleep(second).await;
    assert_eq!(
        centre
            .post(&link, &edit("Edited at the centre."))
            .await
            .status(),
        StatusCode::SEE_OTHER
    );
    export(&room, &file);
    let printed = merge(&centre, &file);
    assert!(
        printed.contains("0 added, 1 updated, 0 skipped"),
        "{printed}"
    );
    assert_eq!(centre.stored_comments(), ["Edited at the centre."]);
    assert!(
        revisions(&centre)
            .iter()
            .any(|(_, was)| was == "Edited in the room."),
        "{:?}",
        revisions(&centre)
    );

    // The centre first, the room later: the room's stands, the centre's is a revision.
    tokio::time::sleep(second).await;
    centre.post(&link, &edit("The centre again.")).await;
    tokio::time::sleep(second).await;
    room.post(&link, &edit("The room, last.")).await;
    export(&room, &file);
    merge(&centre, &file);
    assert_eq!(centre.stored_comments(), ["The room, last."]);
    assert!(
        revisions(&centre)
            .iter()
            .any(|(_, was)| was == "The centre again."),
        "{:?}",
        revisions(&centre)
    );
    // A disposition made at the centre after the merge is not undone by the room's next export.
    let id = id_of(&centre, "The room, last.");
    centre.dispose(id, "noted", "Seen at the centre").await;
    export(&room, &file);
    merge(&centre, &file);
    assert_eq!(
        decision_of(&centre, id),
        ("noted".to_string(), "Seen at the centre".to_string())
    );
}

#[tokio::test]
async fn overlapping_exports_of_one_room_add_each_item_once_and_an_older_one_undoes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let centre = spawn_app().await;
    centre.log_in().await;
    let (room, _) = room(&centre, "doha-2016", dir.path(), "r").await;
    log_in_to_room(&room).await;
    room.submit_ok(
        "doha-2016",
        "4",
        &with_field(&valid_feedback(), "comment", Some("First.")),
    )
    .await;
    room.submit_ok(
        "doha-2016",
        "4",
        &with_field(&valid_feedback(), "comment", Some("Second.")),
    )
    .await;
    let earlier = dir.path().join("earlier.export");
    export(&room, &earlier);
    room.submit_ok(
        "doha-2016",
        "4",
        &with_field(&valid_feedback(), "comment", Some("Third.")),
    )
    .await;
    room.moderate(id_of(&room, "First."), Some("off-topic"))
        .await;
    let later = dir.path().join("later.export");
    export(&room, &later);

    let printed = merge(&centre, &later);
    assert!(printed.contains("3 added"), "{printed}");
    let printed = merge(&centre, &earlier);
    assert!(
        printed.contains("0 added, 0 updated, 2 skipped"),
        "{printed}"
    );
    assert_eq!(centre.count_feedback(), 3);
    let status: String = centre
        .db()
        .query_row(
            "SELECT status FROM feedback WHERE comment = 'First.'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(status, "hidden");
}

#[tokio::test]
async fn a_room_file_that_cannot_be_trusted_is_refused_whole() {
    let dir = tempfile::tempdir().unwrap();
    let centre = spawn_app().await;
    centre.log_in().await;
    let (room, pack) = room(&centre, "suva-2015", dir.path(), "r").await;
    room.submit_ok("suva-2015", "4", &valid_feedback()).await;
    let good = dir.path().join("r.export");
    export(&room, &good);
    let text = std::fs::read_to_string(&good).unwrap();
    let written = serde_json::from_str::<serde_json::Value>(&text).unwrap()["format"]
        .as_u64()
        .unwrap();
    let write = |name: &str, contents: &str| {
        let path = dir.path().join(name);
        std::fs::write(&path, contents).unwrap();
        path
    };

    // Another centre packed a room for the same consultation; its export is not for here.
    let elsewhere = spawn_app().await;
    elsewhere.log_in().await;
    let (stranger, _) = self::room(&elsewhere, "suva-2015", dir.path(), "s").await;
    stranger
        .submit_ok("suva-2015", "4", &valid_feedback())
        .await;
    let foreign = dir.path().join("s.export");
    export(&stranger, &foreign);

    // Signed with the room's real key (as only someone holding the pack could), but for
    // another consultation than the room was packed for.
    let key: serde_json::Value = serde_json::from_slice(&std::fs::read(&pack).unwrap()).unwrap();
    let key = base64_decode(key["key"].as_str().unwrap());
    let payload: serde_json::Value = serde_json::from_str(&text).unwrap();
    let mut other: consult::rooms::RoomExport =
        serde_json::from_value(payload["payload"].clone()).unwrap();
    other.consultation_id += 1;
    other.consultation = "geneva-2015".into();
    let forged = consult::rooms::file::seal(&other, &key).unwrap();
    let forged = write("forged.export", std::str::from_utf8(&forged).unwrap());
    // Signed by the room, with an item this draft or these lists do not have.
    let signed_with = |name: &str, change: &dyn Fn(&mut consult::rooms::RoomItem)| {
        let mut export: consult::rooms::RoomExport =
            serde_json::from_value(payload["payload"].clone()).unwrap();
        change(&mut export.items[0]);
        let sealed = consult::rooms::file::seal(&export, &key).unwrap();
        write(name, std::str::from_utf8(&sealed).unwrap())
    };
    let no_such_paragraph = signed_with("paragraph.export", &|item| {
        item.content.said.reference = "9(z)".into()
    });
    let invented_theme = signed_with("theme.export", &|item| {
        item.content.said.themes = vec!["invented-in-the-room".into()]
    });
    let invented_category = signed_with("category.export", &|item| {
        item.content.author.stakeholder_category = "Invented in the room".into()
    });

    let cases: Vec<(PathBuf, Vec<&str>, &str)> = vec![
        (
            write(
                "altered.export",
                &text.replace("Mere Tuilagi", "Mere Tuilagj"),
            ),
            vec![],
            "altered or damaged",
        ),
        (
            write(
                "newer.export",
                &text.replacen(
                    &format!("\"format\":{written}"),
                    &format!("\"format\":{}", written + 1),
                    1,
                ),
            ),
            vec![],
            "later version of consult",
        ),
        (foreign, vec![], "was not packed from this database"),
        (
            no_such_paragraph,
            vec![],
            "which the draft here does not have",
        ),
        (invented_theme, vec![], "the theme \"invented-in-the-room\""),
        (
            invented_category,
            vec![],
            "the stakeholder category \"Invented in the room\"",
        ),
        (
            forged,
            vec![],
            "for the consultation geneva-2015, not suva-2015",
        ),
        (
            good.clone(),
            vec!["--consultation", "doha-2016"],
            "not doha-2016",
        ),
        (
            write("feedback.csv", "id,comment\n1,hello\n"),
            vec![],
            "not a consult-room-export file",
        ),
        (pack.clone(), vec![], "not a consult-room-export file"),
    ];
    for (file, extra, expected) in cases {
        let said = merge_refused(&centre, &file, &extra);
        assert!(said.contains(expected), "{}: {said}", file.display());
        assert!(said.contains("nothing was stored"), "{said}");
        assert_eq!(centre.count_feedback(), 0, "{}", file.display());
    }
    // The good file, named for its own consultation, goes in.
    let said = consult_ok(
        [
            std::ffi::OsStr::new("room"),
            "merge".as_ref(),
            good.as_os_str(),
            "--consultation".as_ref(),
            "suva-2015".as_ref(),
        ],
        &centre.db_path,
    );
    assert!(String::from_utf8_lossy(&said.stdout).contains("1 added"));
}

fn base64_decode(text: &str) -> Vec<u8> {
    use base64::Engine;
    base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(text)
        .unwrap()
}

#[tokio::test]
async fn a_room_starts_only_on_a_new_database_or_its_own() {
    let dir = tempfile::tempdir().unwrap();
    let centre = spawn_app().await;
    let pack = dir.path().join("r.room");
    consult_ok(
        [
            std::ffi::OsStr::new("room"),
            "pack".as_ref(),
            "--consultation".as_ref(),
            "suva-2015".as_ref(),
            "--out".as_ref(),
            pack.as_os_str(),
        ],
        &centre.db_path,
    );
    let bytes = std::fs::read(&pack).unwrap();
    // A database holding the shipped data (or anything else) is not made a room.
    let refused = consult::rooms::settle(&centre.db_path, &bytes).unwrap_err();
    assert!(
        refused
            .to_string()
            .contains("a room needs a new database file"),
        "{refused}"
    );

    // The room's own database is served again as it is, after a restart.
    let room_db = dir.path().join("room.db");
    consult::rooms::settle(&room_db, &bytes).unwrap();
    let stored: (i64, i64) = consult::storage::open_direct(&room_db)
        .unwrap()
        .query_row(
            "SELECT (SELECT COUNT(*) FROM documents), (SELECT COUNT(*) FROM consultations)",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!(
        stored,
        (1, 1),
        "the room holds its draft and consultation alone"
    );
    consult::rooms::settle(&room_db, &bytes).unwrap();

    // Another room's pack does not take over a room's database.
    let other = dir.path().join("other.room");
    consult_ok(
        [
            std::ffi::OsStr::new("room"),
            "pack".as_ref(),
            "--consultation".as_ref(),
            "suva-2015".as_ref(),
            "--out".as_ref(),
            other.as_os_str(),
        ],
        &centre.db_path,
    );
    let refused = consult::rooms::settle(&room_db, &std::fs::read(&other).unwrap()).unwrap_err();
    assert!(
        refused.to_string().contains("give a new database file"),
        "{refused}"
    );

    // A pack from a later schema is refused before anything is written.
    let newer = String::from_utf8(bytes).unwrap().replacen(
        &format!("\"schema\":{}", consult::db::schema_version()),
        "\"schema\":999",
        1,
    );
    let fresh = dir.path().join("fresh.db");
    let refused = consult::rooms::settle(&fresh, newer.as_bytes()).unwrap_err();
    assert!(
        refused.to_string().contains("later version of consult"),
        "{refused}"
    );

    // Only a room's database has a room export.
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_consult"))
        .args(["room", "export", "--out"])
        .arg(dir.path().join("x.export"))
        .arg("--db")
        .arg(&centre.db_path)
        .output()
        .unwrap();
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("not a room's"));
}

#[tokio::test]
async fn the_binary_serves_a_room_from_its_pack() {
    let dir = tempfile::tempdir().unwrap();
    let centre = spawn_app().await;
    let pack = dir.path().join("r.room");
    consult_ok(
        [
            std::ffi::OsStr::new("room"),
            "pack".as_ref(),
            "--consultation".as_ref(),
            "doha-2016".as_ref(),
            "--out".as_ref(),
            pack.as_os_str(),
        ],
        &centre.db_path,
    );
    let room_db = dir.path().join("room.db");
    let (_server, port) = crate::process::start_listening(
        |port| {
            let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_consult"));
            command
                .args(["serve", "--room"])
                .arg(&pack)
                .arg("--db")
                .arg(&room_db)
                .args(["--bind", &format!("127.0.0.1:{port}")])
                .stderr(std::process::Stdio::null());
            command
        },
        std::time::Duration::from_secs(20),
    );
    let page = reqwest::get(format!(
        "http://127.0.0.1:{port}/consultations/doha-2016/articles/4"
    ))
    .await
    .unwrap();
    assert_eq!(page.status(), StatusCode::OK);
    let missing = reqwest::get(format!(
        "http://127.0.0.1:{port}/consultations/suva-2015/articles/4"
    ))
    .await
    .unwrap();
    assert_eq!(missing.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_decision_made_at_the_centre_keeps_its_words_and_the_later_decision_stands() {
    let dir = tempfile::tempdir().unwrap();
    let centre = spawn_app().await;
    centre.log_in().await;
    let (room, _) = room(&centre, "suva-2015", dir.path(), "r").await;
    log_in_to_room(&room).await;
    let link = room.submit_ok("suva-2015", "4", &valid_feedback()).await;
    let file = dir.path().join("r.export");
    export(&room, &file);
    merge(&centre, &file);
    let at_centre = id_of(
        &centre,
        "Paragraph 2 should name peoples as well as individuals.",
    );
    let in_room = id_of(
        &room,
        "Paragraph 2 should name peoples as well as individuals.",
    );
    let second = std::time::Duration::from_millis(1100);

    centre
        .dispose(at_centre, "noted", "Seen at the centre")
        .await;
    tokio::time::sleep(second).await;
    // The participant edits in the room, where the item is still undecided.
    let edited = with_field(&valid_feedback(), "comment", Some("Reworded in the room."));
    assert_eq!(
        room.post(&link, &edited).await.status(),
        StatusCode::SEE_OTHER
    );
    room.post(
        &format!("/admin/feedback/{in_room}/key"),
        &[
            ("key", "yes".into()),
            ("return_to", "/admin/articles/4".into()),
        ],
    )
    .await;
    export(&room, &file);
    let printed = merge(&centre, &file);
    assert!(printed.contains("changed both"), "{printed}");
    let (comment, disposition, key): (String, String, bool) = centre
        .db()
        .query_row(
            "SELECT comment, disposition, key_comment FROM feedback WHERE id = ?1",
            [at_centre],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
    assert_eq!(
        (comment.as_str(), disposition.as_str(), key),
        (
            "Paragraph 2 should name peoples as well as individuals.",
            "noted",
            true
        ),
        "the decided words stay; the room's mark comes"
    );
    assert!(
        revisions(&centre)
            .iter()
            .any(|(_, was)| was == "Reworded in the room."),
        "{:?}",
        revisions(&centre)
    );

    // The room decides later: its decision stands.
    tokio::time::sleep(second).await;
    room.dispose(in_room, "accepted", "Taken in the room").await;
    export(&room, &file);
    merge(&centre, &file);
    assert_eq!(
        decision_of(&centre, at_centre),
        ("accepted".to_string(), "Taken in the room".to_string())
    );
}

#[tokio::test]
async fn details_erased_at_the_centre_never_come_back_from_a_room() {
    let dir = tempfile::tempdir().unwrap();
    let centre = spawn_app().await;
    let (room, _) = room(&centre, "suva-2015", dir.path(), "r").await;
    let link = room.submit_ok("suva-2015", "4", &valid_feedback()).await;
    let file = dir.path().join("r.export");
    export(&room, &file);
    merge(&centre, &file);
    consult_ok(["forget", "--email", "mere@example.org"], &centre.db_path);
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    // In the room the details are still there; the participant edits there.
    let edited = with_field(
        &with_field(
            &valid_feedback(),
            "comment",
            Some("Edited after the erasure."),
        ),
        "organisation",
        Some("Pacific Islands Forum Secretariat"),
    );
    assert_eq!(
        room.post(&link, &edited).await.status(),
        StatusCode::SEE_OTHER
    );
    export(&room, &file);
    merge(&centre, &file);
    let (comment, name, organisation, email): (String, String, String, String) = centre
        .db()
        .query_row(
            "SELECT comment, name, organisation, email FROM feedback",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .unwrap();
    assert_eq!(comment, "Edited after the erasure.");
    assert_eq!(
        (name.as_str(), organisation.as_str(), email.as_str()),
        ("", "", "")
    );
    let remembered: String = centre
        .db()
        .query_row("SELECT merged FROM room_items", [], |r| r.get(0))
        .unwrap();
    assert!(remembered.contains("\"author\":\"erased\""), "{remembered}");
}

#[tokio::test]
async fn a_row_imported_both_in_a_room_and_at_the_centre_is_one_item() {
    let dir = tempfile::tempdir().unwrap();
    let centre = spawn_app().await;
    let (room, _) = room(&centre, "suva-2015", dir.path(), "r").await;
    let file = dir.path().join("statements.csv");
    std::fs::write(
        &file,
        "external_id,article,paragraph,channel,made_on,speaker,stance,comment\n\
         S-1,4,2,statement,2015-11-19,Fiji,amend,Name small island States.\n\
         ,4,,statement,2015-11-19,Samoa,support,Supports the article.\n",
    )
    .unwrap();
    for db in [&room.db_path, &centre.db_path] {
        consult_ok(
            [
                std::ffi::OsStr::new("import"),
                file.as_os_str(),
                "--consultation".as_ref(),
                "suva-2015".as_ref(),
            ],
            db,
        );
    }
    room.submit_ok("suva-2015", "4", &valid_feedback()).await;
    let export_file = dir.path().join("r.export");
    export(&room, &export_file);
    let printed = merge(&centre, &export_file);
    assert!(
        printed.contains("1 added, 0 updated, 2 skipped"),
        "{printed}"
    );
    assert_eq!(centre.count_feedback(), 3);
}

#[tokio::test]
async fn a_copy_of_a_room_s_database_that_went_its_own_way_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let centre = spawn_app().await;
    let (room, _) = room(&centre, "suva-2015", dir.path(), "r").await;
    room.submit_ok("suva-2015", "4", &valid_feedback()).await;
    let file = dir.path().join("r.export");
    export(&room, &file);
    merge(&centre, &file);
    // The same database copied to a second laptop before any item: its item 1 is another.
    let copy = dir.path().join("copy.db");
    consult_ok(
        [std::ffi::OsStr::new("backup"), copy.as_os_str()],
        &room.db_path,
    );
    let db = rusqlite::Connection::open(&copy).unwrap();
    db.execute(
        "UPDATE feedback SET token_hash = randomblob(32), comment = 'Another'",
        [],
    )
    .unwrap();
    db.execute("UPDATE this_room SET exports = exports + 5", [])
        .unwrap();
    drop(db);
    let other = dir.path().join("copy.export");
    export_db(&copy, &other);
    let said = merge_refused(&centre, &other, &[]);
    assert!(
        said.contains("is not the item merged from it before"),
        "{said}"
    );
    assert_eq!(
        centre.stored_comments(),
        ["Paragraph 2 should name peoples as well as individuals."]
    );
}

fn export_db(db: &Path, out: &Path) {
    consult_ok(
        [
            std::ffi::OsStr::new("room"),
            "export".as_ref(),
            "--out".as_ref(),
            out.as_os_str(),
        ],
        db,
    );
}

/// A workshop on questions alone runs in a room as at the centre: its questions, its
/// breakout groups and their rapporteurs. The points recorded there come back with their
/// group, their degree of support and the views they diverge from; a group set up in the
/// room is set up at the centre.
#[tokio::test]
async fn a_workshop_room_brings_back_its_groups_points_with_their_support_and_divergences() {
    let dir = tempfile::tempdir().unwrap();
    let centre = spawn_app().await;
    centre.log_in().await;
    centre
        .set_up_workshop(&[
            "What is international solidarity?",
            "Which duties follow from it?",
            "Is solidarity a right?",
        ])
        .await;
    // The questions travel in their order, a retired one retired.
    for (question, change) in [("q2", "up"), ("q3", "retire")] {
        let changed = centre
            .post(
                &format!("/admin/questions/{question}/change"),
                &[("change", change.into())],
            )
            .await;
        assert_eq!(changed.status(), StatusCode::SEE_OTHER);
    }
    let group = |name: &str, questions: &[&str], rapporteur: &str| {
        let mut fields = vec![
            ("name", name.to_string()),
            ("rapporteur", rapporteur.to_string()),
        ];
        fields.extend(questions.iter().map(|q| ("questions", q.to_string())));
        fields
    };
    let made = centre
        .post(
            "/admin/consultations/geneva-2012/groups",
            &group("Group A", &["q1", "q2"], "1"),
        )
        .await;
    assert_eq!(made.status(), StatusCode::SEE_OTHER);
    // A group whose rapporteur's account was disabled since travels without a rapporteur;
    // the account does not travel.
    centre.add_organiser("bob", PASSWORD);
    let bob: i64 = centre.column("SELECT id FROM organisers WHERE username = 'bob'")[0];
    let made = centre
        .post(
            "/admin/consultations/geneva-2012/groups",
            &group("Group C", &["q2"], &bob.to_string()),
        )
        .await;
    assert_eq!(made.status(), StatusCode::SEE_OTHER);
    let disabled = centre
        .post(&format!("/admin/organisers/{bob}/disable"), &[])
        .await;
    assert_eq!(disabled.status(), StatusCode::SEE_OTHER);
    let (room, pack) = room(&centre, "geneva-2012", dir.path(), "geneva").await;
    let toc = room.page("/consultations/geneva-2012").await;
    assert_eq!(
        toc.texts(".toc-questions .toc-entry > a"),
        ["Question 2", "Question 1"]
    );
    log_in_to_room(&room).await;
    let groups = room.page("/admin/consultations/geneva-2012/groups").await;
    groups.assert_status(StatusCode::OK);
    assert!(groups.text("main").contains("Group A"));
    assert!(groups.text("main").contains("Group C"));
    let rapporteurs: Vec<Option<i64>> =
        room.column("SELECT rapporteur_id FROM workshop_groups ORDER BY position");
    assert_eq!(rapporteurs, [Some(1), None]);
    let bob_in_room = crate::helpers::new_client();
    let refused = room
        .post_with(
            &bob_in_room,
            "/login",
            &[("username", "bob".into()), ("password", PASSWORD.into())],
        )
        .await;
    assert_eq!(
        refused.status(),
        StatusCode::UNAUTHORIZED,
        "a disabled account does not travel"
    );
    let made = room
        .post(
            "/admin/consultations/geneva-2012/groups",
            &group("Group B", &["q1"], ""),
        )
        .await;
    assert_eq!(made.status(), StatusCode::SEE_OTHER);
    let group_id = |name: &str| -> i64 {
        room.db()
            .query_row(
                "SELECT id FROM workshop_groups WHERE name = ?1",
                [name],
                |r| r.get(0),
            )
            .unwrap()
    };
    let point = |text: &str, support: &str, diverges: Option<i64>| {
        let mut fields = vec![
            ("question", "q1".to_string()),
            ("point", text.to_string()),
            ("support", support.to_string()),
            ("made_on", "2012-06-07".to_string()),
        ];
        fields.extend(diverges.map(|id| ("diverges_from", id.to_string())));
        fields
    };
    let broader = "Solidarity is broader than cooperation.";
    let recorded = room
        .post(
            &format!("/admin/groups/{}/points", group_id("Group A")),
            &point(broader, "consensus", None),
        )
        .await;
    assert_eq!(recorded.status(), StatusCode::SEE_OTHER);
    let same = "The two are the same.";
    let recorded = room
        .post(
            &format!("/admin/groups/{}/points", group_id("Group B")),
            &point(same, "one", Some(id_of(&room, broader))),
        )
        .await;
    assert_eq!(recorded.status(), StatusCode::SEE_OTHER);
    // A participant in the room answers the second question.
    let answer = "Duties of cooperation.";
    room.submit_ok(
        "geneva-2012",
        "q2",
        &with_field(
            &with_field(&stance("support"), "comment", Some(answer)),
            "proposed_text",
            None,
        ),
    )
    .await;

    let file = dir.path().join("geneva.export");
    export(&room, &file);
    // Signed by the room, but a point's degree of support is none the centre knows: the
    // file is refused whole, its groups and items with it.
    let key: serde_json::Value = serde_json::from_slice(&std::fs::read(&pack).unwrap()).unwrap();
    let key = base64_decode(key["key"].as_str().unwrap());
    let sealed: serde_json::Value = serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
    let mut unknown: consult::rooms::RoomExport =
        serde_json::from_value(sealed["payload"].clone()).unwrap();
    let point = (unknown.items.iter_mut())
        .find_map(|item| item.point.as_mut())
        .unwrap();
    point.support = "lots".into();
    let unknown_support = dir.path().join("support.export");
    std::fs::write(
        &unknown_support,
        consult::rooms::file::seal(&unknown, &key).unwrap(),
    )
    .unwrap();
    let said = merge_refused(&centre, &unknown_support, &[]);
    assert!(said.contains("support"), "{said}");
    assert!(said.contains("nothing was stored"), "{said}");
    assert_eq!(centre.count_feedback(), 0);
    let groups: i64 = centre.column::<i64>("SELECT COUNT(*) FROM workshop_groups")[0];
    assert_eq!(groups, 2, "Group B is not set up");
    let printed = merge(&centre, &file);
    assert!(printed.contains("3 added"), "{printed}");
    assert!(printed.contains("set up here: Group B"), "{printed}");
    // At the centre, each group's report to the plenary holds its point, its degree of
    // support and the view it diverges from.
    let (a, b): (i64, i64) = centre
        .db()
        .query_row(
            r#"SELECT (SELECT id FROM workshop_groups WHERE name = 'Group A'),
                      (SELECT id FROM workshop_groups WHERE name = 'Group B')"#,
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    let (broader_here, same_here) = (id_of(&centre, broader), id_of(&centre, same));
    let report = centre.page(&format!("/admin/groups/{a}/report")).await;
    assert_eq!(
        report.text(&format!("#point-{broader_here} .support")),
        "Consensus"
    );
    assert_eq!(
        report.text(&format!("#point-{broader_here} .divergent")),
        format!("Divergent views: #{same_here} (Group B)")
    );
    let report = centre.page(&format!("/admin/groups/{b}/report")).await;
    assert_eq!(
        report.text(&format!("#point-{same_here} .support")),
        "One participant"
    );
    let questions: Vec<String> = centre.column(&format!(
        "SELECT article FROM group_questions WHERE group_id = {b}"
    ));
    assert_eq!(questions, ["q1"]);
    // The participant's answer is an answer, not a point.
    let points: Vec<i64> = centre.column("SELECT feedback_id FROM group_points ORDER BY 1");
    assert_eq!(points, [broader_here, same_here]);
    assert_eq!(id_of(&centre, answer), same_here + 1);
    // Merged again, nothing changes.
    let printed = merge(&centre, &file);
    assert!(printed.contains("0 added"), "{printed}");
    let groups: i64 = centre.column::<i64>("SELECT COUNT(*) FROM workshop_groups")[0];
    assert_eq!(groups, 3);
    let pairs: i64 = centre.column::<i64>("SELECT COUNT(*) FROM divergent_points")[0];
    assert_eq!(pairs, 1);
}

/// A pack or an export with nothing of a workshop (nor private links of the third layout) is
/// written in the first layout, without the later tables, so a laptop or a centre with an
/// earlier `consult` still reads it; a later pack missing one of them is refused.
#[tokio::test]
async fn a_room_without_a_workshop_travels_in_the_first_layout() {
    let dir = tempfile::tempdir().unwrap();
    let centre = spawn_app().await;
    let (room, pack) = room(&centre, "suva-2015", dir.path(), "suva").await;
    let json: serde_json::Value = serde_json::from_slice(&std::fs::read(&pack).unwrap()).unwrap();
    assert_eq!(json["format"], 1);
    let tables: Vec<&str> = (json["tables"].as_array().unwrap().iter())
        .map(|t| t["table"].as_str().unwrap())
        .collect();
    // The first layout's tables, which earlier versions read, and none of the later ones.
    assert_eq!(tables.len(), 15, "{tables:?}");
    for later in ["questions", "workshop_groups", "group_questions"] {
        assert!(!tables.contains(&later), "{later}");
    }
    let link = room.submit_ok("suva-2015", "4", &valid_feedback()).await;
    // Its private link is kept under a key that begins with when it was drawn, which a
    // centre of an earlier layout would not look it up by: the export says so.
    let file = dir.path().join("suva.export");
    export(&room, &file);
    let sealed: serde_json::Value = serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
    assert_eq!(sealed["format"], 3);
    // An item kept under its link's plain hash (stored before) travels in the first layout.
    let token = link.trim_start_matches("/feedback/");
    room.db()
        .execute(
            "UPDATE feedback SET token_hash = ?1",
            [consult::tokens::token_hash(token)],
        )
        .unwrap();
    let file = dir.path().join("suva-plain.export");
    export(&room, &file);
    let sealed: serde_json::Value = serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
    assert_eq!(sealed["format"], 1);
    assert!(
        !sealed["payload"]
            .as_object()
            .unwrap()
            .contains_key("groups")
    );
    assert!(merge(&centre, &file).contains("1 added"));
    centre.page(&link).await.assert_status(StatusCode::OK);

    let mut later = json.clone();
    later["format"] = 2.into();
    let refused = consult::rooms::settle(
        &dir.path().join("later.db"),
        &serde_json::to_vec(&later).unwrap(),
    )
    .unwrap_err();
    assert!(
        refused.to_string().contains("the table questions once"),
        "{refused}"
    );
}

/// A workshop that also offers the draft is packed on the draft: its questions and so its
/// groups stay at the centre.
#[tokio::test]
async fn a_workshop_on_the_draft_and_questions_packs_no_groups() {
    let dir = tempfile::tempdir().unwrap();
    let centre = spawn_app().await;
    centre.log_in().await;
    centre
        .set_up_workshop_offering("both", &["What is solidarity?"])
        .await;
    let made = centre
        .post(
            "/admin/consultations/geneva-2012/groups",
            &[
                ("name", "Group A".into()),
                ("rapporteur", String::new()),
                ("questions", "q1".into()),
            ],
        )
        .await;
    assert_eq!(made.status(), StatusCode::SEE_OTHER);
    let (room, _) = room(&centre, "geneva-2012", dir.path(), "geneva").await;
    let groups: i64 = room.column::<i64>("SELECT COUNT(*) FROM workshop_groups")[0];
    assert_eq!(groups, 0);
    // The room takes comments on the draft.
    room.submit_ok("geneva-2012", "4", &valid_feedback()).await;
}
