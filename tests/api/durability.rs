//! Nothing lost: acknowledged submissions survive SIGKILL, a live backup holds everything
//! acknowledged before it began, and SIGTERM lets requests in flight finish.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use reqwest::StatusCode;

use crate::helpers::{location, new_client, spawn_app, valid_feedback, with_field};
use crate::process::{signal, start_consult};

/// (private token, comment) of every submission answered with its 303.
type Acknowledged = Arc<Mutex<Vec<(String, String)>>>;

/// Submits in a loop until `stop`, or until the server stops answering.
async fn submitter(base: String, name: String, stop: Arc<AtomicBool>, acknowledged: Acknowledged) {
    let client = new_client();
    let Ok(login) = client.get(format!("{base}/login")).send().await else {
        return;
    };
    let Ok(page) = login.text().await else { return };
    let Some(token) = page
        .split("name=\"csrf_token\" value=\"")
        .nth(1)
        .and_then(|t| t.split('"').next())
    else {
        return;
    };
    let token = token.to_string();
    let mut seq = 0;
    while !stop.load(Ordering::Relaxed) {
        seq += 1;
        let comment = format!("{name} #{seq}: التضامن — solidarité\r\nline two");
        let mut fields = with_field(&valid_feedback(), "comment", Some(&comment));
        fields.push(("csrf_token", token.clone()));
        let url = format!("{base}/consultations/suva-2015/articles/4/feedback");
        match client.post(url).form(&fields).send().await {
            Ok(response) if response.status() == StatusCode::SEE_OTHER => {
                let private = location(&response);
                let token = private
                    .trim_start_matches("/feedback/")
                    .split('?')
                    .next()
                    .unwrap()
                    .to_string();
                acknowledged.lock().unwrap().push((token, comment));
            }
            // The server died mid-request: that submission was never acknowledged.
            _ => return,
        }
    }
}

/// A small xorshift generator seeded from the clock: kill moments differ from run to run.
struct Jitter(u64);

impl Jitter {
    fn new() -> Self {
        Self(
            SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .unwrap()
                .as_nanos() as u64
                | 1,
        )
    }

    fn millis(&mut self, low: u64, high: u64) -> Duration {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        Duration::from_millis(low + self.0 % (high - low))
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn every_acknowledged_submission_survives_sigkill() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("consult.db");
    let acknowledged: Acknowledged = Arc::default();
    let mut jitter = Jitter::new();
    const KILLS: usize = 12;
    for round in 0..KILLS {
        let (mut server, port) = start_consult(&db, false);
        let stop = Arc::new(AtomicBool::new(false));
        let clients: Vec<_> = (0..6)
            .map(|c| {
                tokio::spawn(submitter(
                    format!("http://127.0.0.1:{port}"),
                    format!("round {round} client {c}"),
                    stop.clone(),
                    acknowledged.clone(),
                ))
            })
            .collect();
        tokio::time::sleep(jitter.millis(200, 700)).await;
        server.0.kill().unwrap(); // SIGKILL: no chance to flush or clean up.
        server.0.wait().unwrap();
        stop.store(true, Ordering::Relaxed);
        for client in clients {
            client.await.unwrap();
        }
    }

    let acknowledged = acknowledged.lock().unwrap();
    assert!(
        acknowledged.len() > 100,
        "only {} submissions were acknowledged",
        acknowledged.len()
    );
    let conn = rusqlite::Connection::open(&db).unwrap();
    let check: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(check, "ok");
    for (token, comment) in acknowledged.iter() {
        let stored: Option<String> = conn
            .query_row(
                "SELECT comment FROM feedback WHERE token_hash = ?1",
                [consult::tokens::private_link_key(token)],
                |r| r.get(0),
            )
            .ok();
        assert_eq!(
            stored.as_deref(),
            Some(comment.as_str()),
            "acknowledged submission lost"
        );
    }
    let (kept, recounted) = (
        consult::tallies::repo::tally_cells(&conn, None).unwrap(),
        consult::tallies::repo::tally_cells_counted(&conn, &Default::default()).unwrap(),
    );
    assert_eq!(kept, recounted, "the tally drifted from the feedback");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_backup_taken_while_serving_holds_everything_acknowledged_before_it() {
    let app = spawn_app().await;
    let mut before = Vec::new();
    for n in 0..30 {
        let comment = format!("before the backup {n}");
        let private = app
            .submit_ok(
                "geneva-2015",
                "7",
                &with_field(&valid_feedback(), "comment", Some(&comment)),
            )
            .await;
        before.push((private, comment));
    }
    // Submissions keep arriving while the backup runs.
    let stop = Arc::new(AtomicBool::new(false));
    let acknowledged: Acknowledged = Arc::default();
    let writers: Vec<_> = (0..4)
        .map(|c| {
            tokio::spawn(submitter(
                app.address.clone(),
                format!("during {c}"),
                stop.clone(),
                acknowledged.clone(),
            ))
        })
        .collect();
    tokio::time::sleep(Duration::from_millis(200)).await;

    let copy = app.db_path.with_file_name("copy.db");
    crate::helpers::consult_ok(
        [std::ffi::OsStr::new("backup"), copy.as_os_str()],
        &app.db_path,
    );
    tokio::time::sleep(Duration::from_millis(200)).await;
    stop.store(true, Ordering::Relaxed);
    for writer in writers {
        writer.await.unwrap();
    }
    assert!(
        acknowledged.lock().unwrap().len() > 10,
        "submissions did not go on during the backup"
    );

    // Restore: serve the copy and open the private links from before the backup.
    let (_server, port) = start_consult(&copy, false);
    let client = new_client();
    for (private, comment) in &before {
        let response = client
            .get(format!("http://127.0.0.1:{port}{private}"))
            .send()
            .await
            .unwrap();
        assert_eq!(
            response.status(),
            StatusCode::OK,
            "{private} missing from the backup"
        );
        assert!(response.text().await.unwrap().contains(comment.as_str()));
    }
    let conn = rusqlite::Connection::open(&copy).unwrap();
    let check: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(check, "ok");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigterm_lets_a_request_in_flight_finish() {
    let dir = tempfile::tempdir().unwrap();
    let (mut server, port) = start_consult(&dir.path().join("consult.db"), false);
    let base = format!("http://127.0.0.1:{port}");
    // A CSRF cookie and token, as a browser would have them.
    let response = new_client()
        .get(format!("{base}/login"))
        .send()
        .await
        .unwrap();
    let cookie = response.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_string();
    let page = response.text().await.unwrap();
    let token = crate::helpers::csrf_field(&page);

    let body = format!(
        "csrf_token={token}&paragraph=&stance=support&comment_type=general&comment=sent+across+a+shutdown"
    );
    let (first, rest) = body.split_at(body.len() / 2);
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    write!(
        stream,
        "POST /consultations/suva-2015/articles/4/feedback HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: {cookie}\r\n\
         Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{first}",
        body.len()
    )
    .unwrap();
    stream.flush().unwrap();
    tokio::time::sleep(Duration::from_millis(300)).await;

    signal(&server, "TERM");
    tokio::time::sleep(Duration::from_millis(300)).await;
    stream.write_all(rest.as_bytes()).unwrap();
    let mut answer = String::new();
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    stream.read_to_string(&mut answer).unwrap();
    assert!(
        answer.starts_with("HTTP/1.1 303"),
        "the request in flight got: {answer}"
    );

    let status = tokio::task::spawn_blocking(move || server.0.wait().unwrap())
        .await
        .unwrap();
    assert!(
        status.success(),
        "the server did not stop cleanly: {status}"
    );
    let conn = rusqlite::Connection::open(dir.path().join("consult.db")).unwrap();
    let comment: String = conn
        .query_row("SELECT comment FROM feedback", [], |r| r.get(0))
        .unwrap();
    assert_eq!(comment, "sent across a shutdown");
}

/// Every feedback row as stored, in one string: what no revision may change.
fn feedback_fingerprint(db: &rusqlite::Connection) -> String {
    db.query_row(
        r#"SELECT group_concat(id || '|' || document_id || '|' || article || '|' || ref || '|'
                  || stance || '|' || comment || '|' || disposition, char(10))
           FROM (SELECT * FROM feedback ORDER BY id)"#,
        [],
        |r| r.get(0),
    )
    .unwrap()
}

#[tokio::test]
async fn a_revision_killed_at_any_moment_leaves_the_feedback_and_the_versions_whole() {
    let app = spawn_app().await;
    for article in ["4", "7", "10"] {
        let fields = with_field(&valid_feedback(), "paragraph", None);
        app.submit_ok("suva-2015", article, &fields).await;
    }
    let before = feedback_fingerprint(&app.db());
    let revision = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/lineage/revised-draft.json");
    let import = || {
        std::process::Command::new(env!("CARGO_BIN_EXE_consult"))
            .args(["document", "import"])
            .arg(&revision)
            .args(["--revises", "A/HRC/35/35", "--db"])
            .arg(&app.db_path)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap()
    };
    let mut jitter = Jitter::new();
    let mut stored = false;
    for _ in 0..8 {
        let mut child = import();
        std::thread::sleep(jitter.millis(0, 60));
        let _ = child.kill();
        child.wait().unwrap();
        let db = app.db();
        // All of the revision, with its whole lineage, or none of it; the feedback as it was.
        let (versions, links, units_linked, units): (i64, i64, i64, i64) = db
            .query_row(
                r#"SELECT (SELECT COUNT(*) FROM documents), (SELECT COUNT(*) FROM unit_links),
                          (SELECT COUNT(*) FROM units u WHERE u.document_id = 2 AND EXISTS (
                             SELECT 1 FROM unit_links l WHERE l.to_document = 2
                               AND l.to_article = u.article AND l.to_ref = u.ref)),
                          (SELECT COUNT(*) FROM units WHERE document_id = 2)"#,
                [],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
            )
            .unwrap();
        assert_eq!(feedback_fingerprint(&db), before);
        match versions {
            1 => assert_eq!((links, units), (0, 0), "a revision half stored"),
            2 => {
                assert!(units > 0 && units_linked == units, "a lineage half stored");
                stored = true;
                break;
            }
            other => panic!("{other} versions"),
        }
    }
    if !stored {
        assert!(import().wait().unwrap().success());
    }
    assert_eq!(feedback_fingerprint(&app.db()), before);
}

/// A backup never takes the database's own place: the running server would go on writing to
/// a file no longer there.
#[tokio::test]
async fn a_backup_over_the_database_itself_is_refused() {
    let app = spawn_app().await;
    app.submit_ok("suva-2015", "4", &valid_feedback()).await;
    let live = std::fs::metadata(&app.db_path).unwrap();
    let dotted = app
        .db_path
        .parent()
        .unwrap()
        .join(".")
        .join(app.db_path.file_name().unwrap());
    let mut log = app.db_path.clone().into_os_string();
    log.push("-wal");
    for target in [app.db_path.clone(), dotted, log.into()] {
        let refused = std::process::Command::new(env!("CARGO_BIN_EXE_consult"))
            .arg("backup")
            .arg(&target)
            .arg("--db")
            .arg(&app.db_path)
            .output()
            .unwrap();
        assert!(!refused.status.success(), "{}", target.display());
        assert!(String::from_utf8_lossy(&refused.stderr).contains("the database itself"));
    }
    use std::os::unix::fs::MetadataExt;
    assert_eq!(
        std::fs::metadata(&app.db_path).unwrap().ino(),
        live.ino(),
        "the same file"
    );
    assert_eq!(app.count_feedback(), 1);
}
