//! The `consult` binary: it serves from any folder, adds organisers and writes exports.

use std::io::Write;
use std::process::{Command, Stdio};
use std::time::Duration;

use reqwest::StatusCode;

use crate::helpers::{new_client, spawn_app, valid_feedback, with_field};
use crate::process::{Running, free_port, wait_for_port};

fn consult() -> Command {
    Command::new(env!("CARGO_BIN_EXE_consult"))
}

fn add_organiser(db: &std::path::Path, name: &str, password: &str) -> std::process::Output {
    let mut child = consult()
        .args(["organiser", "add", name, "--db"])
        .arg(db)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(password.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

#[tokio::test]
async fn an_organiser_added_from_the_command_line_can_log_in() {
    let app = spawn_app().await;
    let output = add_organiser(&app.db_path, "carmen", "solidaridad internacional\n");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let hash: String = app
        .db()
        .query_row(
            "SELECT password_hash FROM organisers WHERE username = 'carmen'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(hash.starts_with("$argon2id$"), "{hash}");
    let response = app
        .post(
            "/login",
            &[
                ("username", "carmen".into()),
                ("password", "solidaridad internacional".into()),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
}

#[test]
fn weak_passwords_bad_names_and_duplicates_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("consult.db");
    for (case, name, password) in [
        ("short password", "dana", "eleven char"),
        ("bad name", "dana smith", "long enough password"),
    ] {
        let output = add_organiser(&db, name, password);
        assert!(!output.status.success(), "{case} accepted");
        assert!(
            !String::from_utf8_lossy(&output.stderr).contains(password),
            "{case}: password echoed"
        );
    }
    assert!(
        add_organiser(&db, "dana", "long enough password")
            .status
            .success()
    );
    let again = add_organiser(&db, "dana", "another long password");
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("already exists"));
    // A password is one line: two differing lines, or more, are not one password.
    for (input, said) in [
        (
            "long enough password\nanother long password\n",
            "the two passwords differ",
        ),
        ("long enough\npassword\nin three lines\n", "on one line"),
    ] {
        let refused = add_organiser(&db, "erin", input);
        assert!(!refused.status.success(), "{input:?} accepted");
        let stderr = String::from_utf8_lossy(&refused.stderr);
        assert!(stderr.contains(said), "{stderr}");
    }
}

/// Piped twice, as a terminal asks for it, a password is the line given twice.
#[tokio::test]
async fn a_password_piped_twice_is_the_password() {
    let app = spawn_app().await;
    let output = add_organiser(
        &app.db_path,
        "fatima",
        "solidarity between peoples\r\nsolidarity between peoples\r\n",
    );
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let response = app
        .post(
            "/login",
            &[
                ("username", "fatima".into()),
                ("password", "solidarity between peoples".into()),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
}

fn run(db: &std::path::Path, args: &[&str], stdin: &str) -> std::process::Output {
    let mut child = consult()
        .args(args)
        .arg("--db")
        .arg(db)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

#[tokio::test]
async fn the_first_organiser_administers_and_accounts_are_listed_disabled_and_reset() {
    let app = spawn_app().await;
    let db = &app.db_path;
    let first = add_organiser(db, "ana", "first organiser password");
    assert!(
        String::from_utf8_lossy(&first.stdout).contains("Added organiser ana (administrator).")
    );
    let second = add_organiser(db, "ben", "second organiser password");
    assert!(String::from_utf8_lossy(&second.stdout).contains("Added organiser ben (reviewer)."));
    let third = run(
        db,
        &["organiser", "add", "cleo", "--admin"],
        "third organiser password",
    );
    assert!(String::from_utf8_lossy(&third.stdout).contains("(administrator)"));
    let listed = run(db, &["organiser", "list"], "");
    assert_eq!(
        String::from_utf8_lossy(&listed.stdout),
        "ana\tadministrator\tactive\nben\treviewer\tactive\ncleo\tadministrator\tactive\n"
    );

    // Ben is logged in; disabling him on the command line ends his session at once.
    let ben = new_client();
    let response = app
        .post_with(
            &ben,
            "/login",
            &[
                ("username", "ben".into()),
                ("password", "second organiser password".into()),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert!(
        run(db, &["organiser", "disable", "ben"], "")
            .status
            .success()
    );
    let response = ben.get(app.url("/admin")).send().await.unwrap();
    assert_eq!(crate::helpers::location(&response), "/login?next=%2Fadmin");
    assert!(
        String::from_utf8_lossy(&run(db, &["organiser", "list"], "").stdout)
            .contains("ben\treviewer\tdisabled")
    );

    let reset = run(
        db,
        &["organiser", "passwd", "ana"],
        "a brand new password\n",
    );
    assert!(
        reset.status.success(),
        "{}",
        String::from_utf8_lossy(&reset.stderr)
    );
    assert_eq!(
        app.try_log_in("ana", "first organiser password")
            .await
            .status(),
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        app.try_log_in("ana", "a brand new password").await.status(),
        StatusCode::SEE_OTHER
    );
    let nobody = run(db, &["organiser", "disable", "zed"], "");
    assert!(String::from_utf8_lossy(&nobody.stderr).contains("there is no organiser named zed"));
}

#[tokio::test]
async fn consult_export_writes_the_same_files_as_the_downloads() {
    let app = spawn_app().await;
    app.log_in().await;
    app.submit_ok("suva-2015", "4", &valid_feedback()).await;
    app.submit_ok(
        "doha-2016",
        "9",
        &with_field(&valid_feedback(), "paragraph", Some("1(d)")),
    )
    .await;
    let out = tempfile::tempdir().unwrap();
    let output = crate::helpers::consult_export(&app.db_path, out.path(), &[]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let printed = String::from_utf8_lossy(&output.stdout);
    for file in ["feedback.csv", "tally_by_article.csv"] {
        assert!(
            printed.contains(file),
            "did not say it wrote {file}: {printed}"
        );
        let written = std::fs::read(out.path().join(file)).unwrap();
        let downloaded = app
            .get(&format!("/admin/exports/{file}"))
            .await
            .bytes()
            .await
            .unwrap();
        assert_eq!(written, downloaded.to_vec(), "{file} differs");
    }
    let leftovers: Vec<_> = std::fs::read_dir(out.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.contains("partial"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[tokio::test]
async fn the_binary_serves_from_any_folder_with_everything_built_in() {
    let folder = tempfile::tempdir().unwrap();
    let port = free_port();
    let _server = Running(
        consult()
            .current_dir(folder.path())
            .env("CONSULT_BIND", format!("127.0.0.1:{port}"))
            .env_remove("CONSULT_DB")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );
    wait_for_port(port, Duration::from_secs(10));
    let response = new_client()
        .get(format!(
            "http://127.0.0.1:{port}/consultations/suva-2015/articles/4"
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let body = response.text().await.unwrap();
    assert!(body.contains("Article 4"));
    assert!(
        folder.path().join("consult.db").exists(),
        "the default database is consult.db in the current folder"
    );
}

#[test]
fn long_commands_show_progress_on_a_terminal_and_stay_quiet_otherwise() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("consult.db");
    let out = dir.path().join("exports");
    let quiet = crate::helpers::consult_export(&db, &out, &[]);
    assert!(quiet.status.success());
    let log = String::from_utf8_lossy(&quiet.stderr);
    assert!(
        !log.contains("writing ") && !log.contains('\r'),
        "no progress when not on a terminal: {log}"
    );
    // `script` gives the command a terminal, as a person at a shell would.
    let command = format!(
        "{} export --db {} --out {}",
        env!("CARGO_BIN_EXE_consult"),
        db.display(),
        out.display()
    );
    let on_terminal = std::process::Command::new("script")
        .args(["-qec", &command, "/dev/null"])
        .output()
        .expect("script(1), from util-linux, runs");
    let shown = String::from_utf8_lossy(&on_terminal.stdout);
    assert!(on_terminal.status.success(), "{shown}");
    assert!(shown.contains("writing feedback.csv"), "{shown}");
    assert!(shown.contains("wrote "), "{shown}");
}

#[test]
fn mail_needs_a_base_url_and_its_password_never_shows() {
    let refused = consult()
        .args(["serve", "--smtp-url", "smtp://127.0.0.1:2525"])
        .args([
            "--mail-from",
            "consult@example.org",
            "--bind",
            "127.0.0.1:0",
        ])
        .output()
        .unwrap();
    assert!(!refused.status.success());
    assert!(
        String::from_utf8_lossy(&refused.stderr).contains("--base-url"),
        "{}",
        String::from_utf8_lossy(&refused.stderr)
    );
    let help = consult()
        .args(["serve", "--help"])
        .env("CONSULT_SMTP_URL", "smtp://user:s3cret@mail.example.org")
        .output()
        .unwrap();
    assert!(help.status.success());
    assert!(!String::from_utf8_lossy(&help.stdout).contains("s3cret"));
    let settings = consult::mail::MailSettings {
        url: "smtps://user:s3cret@mail.example.org".into(),
        from: "consult@example.org".parse().unwrap(),
    };
    assert!(!format!("{settings:?}").contains("s3cret"));
}
