//! Exports stream from a budget of their own: downloads that stall cannot starve the
//! participants' pages, a download beyond the budget is asked to retry, and a stalled one is
//! cut off so its slot frees.

use std::time::{Duration, Instant};

use reqwest::StatusCode;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use crate::helpers::{TestApp, set_cookie, spawn_app_with, valid_feedback};

const SLOTS: usize = 8;

/// Enough feedback that one `feedback.csv` outgrows every buffer between server and client
/// (about 24 MB), so a client that reads nothing holds its download open.
fn fill_with_feedback(app: &TestApp) {
    let conn = app.db();
    conn.execute_batch(
        r#"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 6000)
           INSERT INTO feedback (consultation_id, document_id, article, ref, ref_position, stance,
                                 comment_type, comment, token_hash, created_at, updated_at)
           SELECT f.consultation_id, f.document_id, f.article, f.ref, f.ref_position, f.stance,
                  f.comment_type, printf('%d %.4000c', i, 'x'), randomblob(32), f.created_at, f.updated_at
           FROM n, (SELECT * FROM feedback LIMIT 1) f"#,
    )
    .unwrap();
}

/// Asks for an export on a raw connection and never reads the answer.
async fn stalled_download(port: u16, session: &str) -> TcpStream {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).await.unwrap();
    let request = format!(
        "GET /admin/exports/feedback.csv HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: {session}\r\n\r\n"
    );
    stream.write_all(request.as_bytes()).await.unwrap();
    stream
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stalled_exports_never_starve_the_participants_pages() {
    let app = spawn_app_with(|s| {
        s.export_streams = SLOTS;
        s.export_stall_timeout = Duration::from_secs(3);
    })
    .await;
    app.submit_ok("suva-2015", "4", &valid_feedback()).await;
    fill_with_feedback(&app);
    app.add_organiser("alice", "correct horse battery staple");
    let login = app
        .try_log_in("alice", "correct horse battery staple")
        .await;
    let session = set_cookie(&login, "consult_session").unwrap();
    let session = session.split(';').next().unwrap().to_string();
    let port: u16 = app.address.rsplit(':').next().unwrap().parse().unwrap();

    let mut stalled = Vec::new();
    for _ in 0..SLOTS {
        stalled.push(stalled_download(port, &session).await);
    }
    // Each stalled download has taken its slot once its first bytes are on the wire.
    for stream in &mut stalled {
        let mut first = [0u8; 12];
        stream.read_exact(&mut first).await.unwrap();
        assert_eq!(&first, b"HTTP/1.1 200");
    }
    for extra in 0..2 {
        let mut stream = stalled_download(port, &session).await;
        let mut answer = vec![0u8; 4096];
        let read = tokio::time::timeout(Duration::from_secs(5), stream.read(&mut answer))
            .await
            .expect("a download beyond the budget is answered at once")
            .unwrap();
        let head = String::from_utf8_lossy(&answer[..read]).to_lowercase();
        assert!(head.starts_with("http/1.1 503"), "extra {extra}: {head}");
        assert!(head.contains("retry-after: "), "extra {extra}: {head}");
    }

    let participant = crate::helpers::new_client();
    for path in ["/", "/consultations/suva-2015/articles/4", "/login"] {
        let started = Instant::now();
        let response = tokio::time::timeout(
            Duration::from_secs(5),
            participant.get(app.url(path)).send(),
        )
        .await
        .unwrap_or_else(|_| panic!("{path} did not answer with every export slot stalled"))
        .unwrap();
        assert_eq!(response.status(), StatusCode::OK, "{path}");
        assert!(started.elapsed() < Duration::from_secs(5), "{path}");
    }

    // Cut off after the stall timeout, the stalled downloads free their slots.
    let started = Instant::now();
    let response = loop {
        let response = app.get("/admin/exports/tally_by_article.csv").await;
        if response.status() != StatusCode::SERVICE_UNAVAILABLE
            || started.elapsed() > Duration::from_secs(30)
        {
            break response;
        }
        tokio::time::sleep(Duration::from_millis(250)).await;
    };
    assert_eq!(response.status(), StatusCode::OK, "no slot freed");
    assert!(!response.bytes().await.unwrap().is_empty());
    drop(stalled);
}
