//! Too many failed logins, for one username or from one address, and further attempts wait.

use std::time::Duration;

use reqwest::StatusCode;

use crate::helpers::{spawn_app, spawn_app_with};
use crate::process::{start_consult, stop_and_read_log};

const PASSWORD: &str = "correct horse battery staple";

#[tokio::test]
async fn five_failures_for_a_username_make_even_the_right_password_wait() {
    let app = spawn_app().await;
    app.add_organiser("alice", PASSWORD);
    for attempt in 1..=5 {
        let response = app.try_log_in("alice", "guess").await;
        assert_eq!(
            response.status(),
            StatusCode::UNAUTHORIZED,
            "attempt {attempt}"
        );
    }
    let response = app.try_log_in("alice", PASSWORD).await;
    assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
    let retry_after: u64 = response.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(
        (800..=901).contains(&retry_after),
        "Retry-After {retry_after}"
    );
    let page = app.page_of("/login", response).await;
    assert!(
        page.text("#login-error").contains("wait 15 minutes"),
        "{}",
        page.text("#login-error")
    );
    assert_eq!(
        app.get("/admin").await.status(),
        StatusCode::SEE_OTHER,
        "a session was opened"
    );
    // Another organiser is not held up by alice's failures.
    app.add_organiser("bob", PASSWORD);
    assert_eq!(
        app.try_log_in("bob", PASSWORD).await.status(),
        StatusCode::SEE_OTHER
    );
}

#[tokio::test]
async fn a_successful_login_resets_the_count_for_that_username() {
    let app = spawn_app().await;
    app.add_organiser("alice", PASSWORD);
    for round in 0..2 {
        for _ in 0..4 {
            assert_eq!(
                app.try_log_in("alice", "guess").await.status(),
                StatusCode::UNAUTHORIZED
            );
        }
        let response = app.try_log_in("alice", PASSWORD).await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER, "round {round}");
    }
}

#[tokio::test]
async fn twenty_failures_from_one_address_hold_every_username() {
    let app = spawn_app().await;
    app.add_organiser("alice", PASSWORD);
    for n in 0..20 {
        let response = app.try_log_in(&format!("user{n}"), "guess").await;
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED, "attempt {n}");
    }
    assert_eq!(
        app.try_log_in("alice", PASSWORD).await.status(),
        StatusCode::TOO_MANY_REQUESTS
    );
}

#[tokio::test]
async fn attempts_are_allowed_again_once_the_window_has_passed() {
    let app = spawn_app_with(|s| s.login_limits.window = Duration::from_secs(2)).await;
    app.add_organiser("alice", PASSWORD);
    for _ in 0..5 {
        app.try_log_in("alice", "guess").await;
    }
    let held = app.try_log_in("alice", PASSWORD).await;
    assert_eq!(held.status(), StatusCode::TOO_MANY_REQUESTS);
    let retry_after: u64 = held.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(retry_after <= 3, "Retry-After {retry_after}");
    tokio::time::sleep(Duration::from_secs(retry_after)).await;
    assert_eq!(
        app.try_log_in("alice", PASSWORD).await.status(),
        StatusCode::SEE_OTHER
    );
}

#[tokio::test]
async fn failed_logins_are_recorded_and_logged_without_the_password() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("consult.db");
    let (server, port) = start_consult(&db, true);
    let client = crate::helpers::new_client();
    let base = format!("http://127.0.0.1:{port}");
    let token = crate::helpers::login_token(&client, &base).await;
    let secret = "Tr0ub4dor&3-never-log-me";
    let response = client
        .post(format!("{base}/login"))
        .form(&[
            ("csrf_token", token.as_str()),
            ("username", "mallory"),
            ("password", secret),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);

    let log = stop_and_read_log(server);
    assert!(log.contains("failed login"), "no log line:\n{log}");
    assert!(
        log.contains("mallory"),
        "the username is not in the log:\n{log}"
    );
    assert!(!log.contains(secret), "the password is in the log");

    let conn = rusqlite::Connection::open(&db).unwrap();
    let (subject, address, everything): (String, String, String) = conn
        .query_row(
            "SELECT subject, address, group_concat(at || actor || action || subject || detail || address)
             FROM audit_log WHERE action = 'login-failed'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
    assert_eq!(
        (subject.as_str(), address.as_str()),
        ("mallory", "127.0.0.1")
    );
    assert!(!everything.contains(secret));
}

/// Sends `attempts` wrong passwords at once from `from` (a loopback address), each as its own
/// browser; returns how many were checked (401) and how many held back (429).
async fn parallel_wrong_passwords(
    base: &str,
    from: std::net::IpAddr,
    attempts: usize,
    username: impl Fn(usize) -> String,
) -> (usize, usize) {
    let mut tasks = Vec::new();
    for n in 0..attempts {
        let client = reqwest::Client::builder()
            .cookie_store(true)
            .local_address(from)
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap();
        let (base, name) = (base.to_string(), username(n));
        tasks.push(tokio::spawn(async move {
            let token = crate::helpers::login_token(&client, &base).await;
            client
                .post(format!("{base}/login"))
                .form(&[
                    ("csrf_token", token.as_str()),
                    ("username", name.as_str()),
                    ("password", "wrong password, again"),
                ])
                .send()
                .await
                .unwrap()
                .status()
        }));
    }
    let (mut checked, mut held) = (0, 0);
    for task in tasks {
        match task.await.unwrap() {
            StatusCode::UNAUTHORIZED => checked += 1,
            StatusCode::TOO_MANY_REQUESTS => held += 1,
            other => panic!("unexpected answer {other}"),
        }
    }
    (checked, held)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn parallel_wrong_passwords_check_at_most_the_limit_and_memory_stays_bounded() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("consult.db");
    {
        let conn = consult::storage::open_direct(&db).unwrap();
        let name = consult::organisers::Username::parse("alice").unwrap();
        let password = consult::organisers::NewPassword::parse(PASSWORD.into()).unwrap();
        consult::organisers::accounts::add_with_password(
            &conn,
            &name,
            &password,
            consult::organisers::Role::Administrator,
            "test",
        )
        .unwrap();
    }
    let (server, port) = start_consult(&db, false);
    let base = format!("http://127.0.0.1:{port}");

    let one_user =
        parallel_wrong_passwords(&base, [127, 0, 0, 1].into(), 60, |_| "alice".into()).await;
    assert!(one_user.0 <= 5, "60 at once for one user: {one_user:?}");
    assert_eq!(one_user.0 + one_user.1, 60);

    // A flood of unknown names from four addresses: each address is held to its limit, and
    // the checks that do run wait their turn instead of each taking its memory at once.
    for last in 2..=5u8 {
        let (checked, held) = parallel_wrong_passwords(&base, [127, 0, 0, last].into(), 60, |n| {
            format!("nobody{n}")
        })
        .await;
        assert!(
            checked <= 20,
            "60 unknown names from 127.0.0.{last}: {checked} checked"
        );
        assert_eq!(checked + held, 60);
    }
    let peak = crate::process::peak_memory(&server);
    assert!(
        peak < 300 * 1024 * 1024,
        "the server held {} MB at its peak",
        peak / 1024 / 1024
    );
}

#[tokio::test]
async fn failures_in_the_same_second_as_a_login_still_count() {
    let app = spawn_app().await;
    app.add_organiser("alice", PASSWORD);
    assert_eq!(
        app.try_log_in("alice", PASSWORD).await.status(),
        StatusCode::SEE_OTHER
    );
    for attempt in 1..=5 {
        let status = app.try_log_in("alice", "guess").await.status();
        assert_eq!(status, StatusCode::UNAUTHORIZED, "attempt {attempt}");
    }
    // As if all five had come within the second of the login: the clock cannot order them.
    app.db()
        .execute(
            "UPDATE audit_log SET at = (SELECT at FROM audit_log WHERE action = 'login')",
            [],
        )
        .unwrap();
    assert_eq!(
        app.try_log_in("alice", PASSWORD).await.status(),
        StatusCode::TOO_MANY_REQUESTS
    );
}
