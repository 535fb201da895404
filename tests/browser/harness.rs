//! The browser tests' harness: a Chromium session through chromedriver against the real
//! binary, with the steps the tests share.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::process::{Running, start_listening};
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::json;

const CHROMIUM: &str = "/usr/bin/chromium";

pub(crate) struct Session {
    pub(crate) browser: Client,
    pub(crate) base: String,
    pub(crate) db: std::path::PathBuf,
    pub(crate) _app: Running,
    pub(crate) _driver: Option<Running>,
    pub(crate) _dir: tempfile::TempDir,
}

fn chromedriver_path() -> Option<String> {
    let output = Command::new("which").arg("chromedriver").output().ok()?;
    output
        .status
        .success()
        .then(|| String::from_utf8_lossy(&output.stdout).trim().to_string())
}

/// Starts the app and a browser, or returns `None` (after saying so) when no browser is installed.
pub(crate) async fn start(test: &str) -> Option<Session> {
    start_after(test, |_| {}).await
}

/// [`start`] on a database that `prepare` has made or changed first (with the command line).
pub(crate) async fn start_after(
    test: &str,
    prepare: impl FnOnce(&std::path::Path),
) -> Option<Session> {
    let external = std::env::var("WEBDRIVER_URL").ok();
    let driver_binary = chromedriver_path();
    if (external.is_none() && driver_binary.is_none()) || !Path::new(CHROMIUM).exists() {
        if std::env::var("CONSULT_REQUIRE_BROWSER").is_ok_and(|v| v == "1") {
            panic!(
                "{test}: chromium and chromedriver are required (CONSULT_REQUIRE_BROWSER=1) but not installed"
            );
        }
        eprintln!(
            "SKIPPED {test}: browser tests need {CHROMIUM} and chromedriver (apt install chromium chromium-driver)"
        );
        return None;
    }
    let dir = tempfile::tempdir().unwrap();

    prepare(&dir.path().join("consult.db"));
    let (app, app_port) = crate::process::start_consult(&dir.path().join("consult.db"), false);

    let (driver, driver_url) = match external {
        Some(url) => (None, url),
        None => {
            let driver_binary = driver_binary.unwrap();
            let (driver, port) = start_listening(
                |port| {
                    let mut command = Command::new(&driver_binary);
                    command
                        .arg(format!("--port={port}"))
                        .arg("--allowed-ips=127.0.0.1")
                        .stdout(Stdio::null())
                        .stderr(Stdio::null());
                    command
                },
                Duration::from_secs(60),
            );
            (Some(driver), format!("http://127.0.0.1:{port}"))
        }
    };
    let profile = dir.path().join("chromium-profile");
    let capabilities = json!({
        "browserName": "chrome",
        "goog:chromeOptions": {
            "binary": CHROMIUM,
            "args": [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,1024",
                format!("--user-data-dir={}", profile.display()),
            ]
        }
    });
    let capabilities = match capabilities {
        serde_json::Value::Object(map) => map,
        _ => unreachable!(),
    };
    let browser = ClientBuilder::native()
        .capabilities(capabilities)
        .connect(&driver_url)
        .await
        .expect("a WebDriver session opens");
    Some(Session {
        browser,
        base: format!("http://127.0.0.1:{app_port}"),
        db: dir.path().join("consult.db"),
        _app: app,
        _driver: driver,
        _dir: dir,
    })
}

impl Session {
    /// Adds an organiser with the command line, then logs in through the English login form.
    pub(crate) async fn log_in_as_new_organiser(&self, name: &str) {
        let password = "drafting group 2017";
        let mut add = Command::new(env!("CARGO_BIN_EXE_consult"))
            .args(["organiser", "add", name, "--db"])
            .arg(&self.db)
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        std::io::Write::write_all(&mut add.stdin.take().unwrap(), password.as_bytes()).unwrap();
        let added = add.wait_with_output().unwrap();
        assert!(
            added.status.success(),
            "{}",
            String::from_utf8_lossy(&added.stderr)
        );

        self.open("/language/en?next=/login").await;
        self.field("Username").await.send_keys(name).await.unwrap();
        self.field("Password")
            .await
            .send_keys(password)
            .await
            .unwrap();
        self.click_button(".login-form button[type=submit]").await;
        self.wait_for_path("/admin").await;
    }

    pub(crate) async fn open(&self, path: &str) {
        self.browser
            .goto(&format!("{}{}", self.base, path))
            .await
            .unwrap();
    }

    /// The form control a visible label names, found through the label's `for`.
    pub(crate) async fn field(&self, label: &str) -> fantoccini::elements::Element {
        let xpath = format!("//label[starts-with(normalize-space(.), '{label}')]");
        let label_element = self
            .browser
            .find(Locator::XPath(&xpath))
            .await
            .unwrap_or_else(|e| panic!("no label {label:?}: {e}"));
        let target = label_element
            .attr("for")
            .await
            .unwrap()
            .unwrap_or_else(|| panic!("label {label:?} names no field"));
        self.browser.find(Locator::Id(&target)).await.unwrap()
    }

    pub(crate) async fn submit_feedback_form(&self) {
        let button = Locator::Css("form.feedback-form button[type=submit]");
        self.browser
            .find(button)
            .await
            .unwrap()
            .click()
            .await
            .unwrap();
    }

    /// Sends the form with a comment blank to the server (though not to the browser's own
    /// check of `required`) and waits for the page that refuses it.
    pub(crate) async fn send_blank_comment(&self) {
        self.field_by_id("field-comment")
            .await
            .send_keys("   ")
            .await
            .unwrap();
        self.submit_feedback_form().await;
        self.wait_for(".error-summary").await;
    }

    /// The element's text as a reader sees it, without Fluent's invisible isolation marks.
    pub(crate) async fn text(&self, css: &str) -> String {
        let text = self
            .browser
            .find(Locator::Css(css))
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        text.replace(['\u{2068}', '\u{2069}'], "")
    }

    /// A form field's current value.
    pub(crate) async fn value(&self, css: &str) -> String {
        self.browser
            .find(Locator::Css(css))
            .await
            .unwrap()
            .prop("value")
            .await
            .unwrap()
            .unwrap_or_default()
    }

    pub(crate) async fn wait_for_path(&self, prefix: &str) -> String {
        let start = Instant::now();
        loop {
            let url = self.browser.current_url().await.unwrap();
            if url.path().starts_with(prefix) {
                return url.path().to_string();
            }
            assert!(start.elapsed() < Duration::from_secs(10), "still at {url}");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    pub(crate) async fn field_by_id(&self, id: &str) -> fantoccini::elements::Element {
        self.browser.find(Locator::Id(id)).await.unwrap()
    }

    pub(crate) async fn click_link(&self, text: &str) {
        self.browser
            .find(Locator::LinkText(text))
            .await
            .unwrap()
            .click()
            .await
            .unwrap();
    }

    pub(crate) async fn click_button(&self, css: &str) {
        self.browser
            .find(Locator::Css(css))
            .await
            .unwrap()
            .click()
            .await
            .unwrap();
    }

    /// Fills the feedback form with a comment and sends it; returns the private link's path.
    pub(crate) async fn send_feedback(&self, slug: &str, comment: &str) -> String {
        self.open(&format!("/consultations/{slug}/articles/4"))
            .await;
        self.field("Support with amendments")
            .await
            .click()
            .await
            .unwrap();
        self.field("Your comment")
            .await
            .send_keys(comment)
            .await
            .unwrap();
        self.submit_feedback_form().await;
        self.wait_for_path("/feedback/").await
    }

    /// Sends the first disposition form on the page with `disposition` (its key) and `note`.
    pub(crate) async fn send_first_disposition(&self, disposition: &str, note: &str) {
        let form = self
            .browser
            .find(Locator::Css(".disposition-form"))
            .await
            .unwrap();
        form.find(Locator::Css("select"))
            .await
            .unwrap()
            .select_by_value(disposition)
            .await
            .unwrap();
        form.find(Locator::Css("textarea"))
            .await
            .unwrap()
            .send_keys(note)
            .await
            .unwrap();
        form.find(Locator::Css("button[type=submit]"))
            .await
            .unwrap()
            .click()
            .await
            .unwrap();
    }

    /// Waits (up to 10 s) until an element matches `css`.
    pub(crate) async fn wait_for(&self, css: &str) {
        let start = Instant::now();
        while self.browser.find(Locator::Css(css)).await.is_err() {
            assert!(
                start.elapsed() < Duration::from_secs(10),
                "{css} never appeared"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Whether the focused element matches `css`.
    pub(crate) async fn focused_matches(&self, css: &str) -> bool {
        self.browser
            .execute(
                "return document.activeElement.matches(arguments[0]);",
                vec![json!(css)],
            )
            .await
            .unwrap()
            == json!(true)
    }

    /// Presses `key` (or types text) where the focus is.
    pub(crate) async fn press(&self, key: &str) {
        self.browser
            .active_element()
            .await
            .unwrap()
            .send_keys(key)
            .await
            .unwrap();
    }

    /// Presses Tab until the focus is on an element matching `css`.
    pub(crate) async fn tab_to(&self, css: &str) {
        for _ in 0..150 {
            self.press(&fantoccini::key::Key::Tab.to_string()).await;
            if self.focused_matches(css).await {
                return;
            }
        }
        panic!("Tab never reached {css}");
    }

    /// A Chrome DevTools command, through chromedriver's `goog/cdp/execute`.
    pub(crate) async fn devtools(&self, cmd: &'static str, params: serde_json::Value) {
        self.browser
            .issue_cmd(DevTools { cmd, params })
            .await
            .unwrap_or_else(|e| panic!("{cmd}: {e}"));
    }

    pub(crate) async fn close(self) {
        self.browser.close().await.unwrap();
    }
}

#[derive(Debug)]
struct DevTools {
    cmd: &'static str,
    params: serde_json::Value,
}

impl fantoccini::wd::WebDriverCompatibleCommand for DevTools {
    fn endpoint(
        &self,
        base: &url::Url,
        session: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base.join(&format!(
            "session/{}/goog/cdp/execute",
            session.unwrap_or_default()
        ))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        let body = json!({ "cmd": self.cmd, "params": self.params });
        (http::Method::POST, Some(body.to_string()))
    }
}

/// A script's answer that should be a list of strings (problems found on the page, say).
pub(crate) fn strings_of(answer: serde_json::Value) -> Vec<String> {
    match answer {
        serde_json::Value::Array(items) => items
            .into_iter()
            .map(|v| v.as_str().unwrap_or_default().to_string())
            .collect(),
        other => vec![format!("unexpected answer: {other}")],
    }
}
