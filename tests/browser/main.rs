//! Real-browser tests: Chromium through WebDriver drives the real binary.
//!
//! They run when `chromium` and `chromedriver` are installed and say plainly that they were
//! skipped when not. With `CONSULT_REQUIRE_BROWSER=1` (as CI sets it) a missing browser fails.

mod accessibility;
mod keyboard;
mod layout;
#[path = "../support/process.rs"]
mod process;

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder, Locator};
use process::{Running, free_port, wait_for_port};
use serde_json::json;

const CHROMIUM: &str = "/usr/bin/chromium";

struct Session {
    browser: Client,
    base: String,
    db: std::path::PathBuf,
    _app: Running,
    _driver: Option<Running>,
    _dir: tempfile::TempDir,
}

fn chromedriver_path() -> Option<String> {
    let output = Command::new("which").arg("chromedriver").output().ok()?;
    output
        .status
        .success()
        .then(|| String::from_utf8_lossy(&output.stdout).trim().to_string())
}

/// Starts the app and a browser, or returns `None` (after saying so) when no browser is installed.
async fn start(test: &str) -> Option<Session> {
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

    let (app, app_port) = process::start_consult(&dir.path().join("consult.db"), false);

    let (driver, driver_url) = match external {
        Some(url) => (None, url),
        None => {
            let port = free_port();
            let driver = Running(
                Command::new(driver_binary.unwrap())
                    .arg(format!("--port={port}"))
                    .arg("--allowed-ips=127.0.0.1")
                    .stdout(Stdio::null())
                    .stderr(Stdio::null())
                    .spawn()
                    .expect("chromedriver starts"),
            );
            wait_for_port(port, Duration::from_secs(60));
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
    async fn log_in_as_new_organiser(&self, name: &str) {
        let password = "drafting group 2017";
        let mut add = Command::new(env!("CARGO_BIN_EXE_consult"))
            .args(["organiser", "add", name, "--db"])
            .arg(&self.db)
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .spawn()
            .unwrap();
        std::io::Write::write_all(&mut add.stdin.take().unwrap(), password.as_bytes()).unwrap();
        assert!(add.wait().unwrap().success());

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

    async fn open(&self, path: &str) {
        self.browser
            .goto(&format!("{}{}", self.base, path))
            .await
            .unwrap();
    }

    /// The form control a visible label names, found through the label's `for`.
    async fn field(&self, label: &str) -> fantoccini::elements::Element {
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

    async fn submit_feedback_form(&self) {
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
    async fn send_blank_comment(&self) {
        self.field_by_id("field-comment")
            .await
            .send_keys("   ")
            .await
            .unwrap();
        self.submit_feedback_form().await;
        self.wait_for(".error-summary").await;
    }

    /// The element's text as a reader sees it, without Fluent's invisible isolation marks.
    async fn text(&self, css: &str) -> String {
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

    async fn wait_for_path(&self, prefix: &str) -> String {
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

    async fn field_by_id(&self, id: &str) -> fantoccini::elements::Element {
        self.browser.find(Locator::Id(id)).await.unwrap()
    }

    async fn click_link(&self, text: &str) {
        self.browser
            .find(Locator::LinkText(text))
            .await
            .unwrap()
            .click()
            .await
            .unwrap();
    }

    async fn click_button(&self, css: &str) {
        self.browser
            .find(Locator::Css(css))
            .await
            .unwrap()
            .click()
            .await
            .unwrap();
    }

    /// Fills the feedback form with a comment and sends it; returns the private link's path.
    async fn send_feedback(&self, slug: &str, comment: &str) -> String {
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
    async fn send_first_disposition(&self, disposition: &str, note: &str) {
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
    async fn wait_for(&self, css: &str) {
        let start = Instant::now();
        while self.browser.find(Locator::Css(css)).await.is_err() {
            assert!(
                start.elapsed() < Duration::from_secs(10),
                "{css} never appeared"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// A Chrome DevTools command, through chromedriver's `goog/cdp/execute`.
    async fn devtools(&self, cmd: &'static str, params: serde_json::Value) {
        self.browser
            .issue_cmd(DevTools { cmd, params })
            .await
            .unwrap_or_else(|e| panic!("{cmd}: {e}"));
    }

    async fn close(self) {
        self.browser.close().await.unwrap();
    }
}

#[tokio::test]
async fn a_participant_fills_the_form_by_its_labels_and_gets_a_receipt() {
    let Some(session) =
        start("a_participant_fills_the_form_by_its_labels_and_gets_a_receipt").await
    else {
        return;
    };
    session.open("/consultations/suva-2015").await;
    session.click_link("Article 4").await;
    assert_eq!(session.text("h1").await, "Article 4");

    session
        .field("Paragraph")
        .await
        .select_by_label("Paragraph 2")
        .await
        .unwrap();
    session
        .field("Support with amendments")
        .await
        .click()
        .await
        .unwrap();
    session
        .field("Type of comment")
        .await
        .select_by_label("Drafting / editorial")
        .await
        .unwrap();
    session
        .field("Drafting, structure and wording")
        .await
        .click()
        .await
        .unwrap();
    let comment = "Name peoples as well as individuals — « solidarité » matters.";
    session
        .field("Your comment")
        .await
        .send_keys(comment)
        .await
        .unwrap();
    session
        .field("Proposed wording")
        .await
        .send_keys("Individuals and peoples have the right to international solidarity.")
        .await
        .unwrap();
    session
        .field("Organisation")
        .await
        .send_keys("University of the South Pacific")
        .await
        .unwrap();
    session
        .field("Stakeholder category")
        .await
        .select_by_label("Academia")
        .await
        .unwrap();
    session.submit_feedback_form().await;

    let path = session.wait_for_path("/feedback/").await;
    assert!(
        session
            .text("h1")
            .await
            .contains("your feedback was received")
    );
    assert_eq!(session.text("#stored-paragraph").await, "Paragraph 2");
    assert_eq!(
        session.text("#stored-stance").await,
        "Support with amendments"
    );
    assert_eq!(session.text("#stored-comment").await, comment);
    // Relative, since this server has no --base-url: request headers never make the link.
    let link = session.text("#private-link").await;
    assert_eq!(link, path);

    // The private link opens the same feedback again.
    session.open(&path).await;
    assert_eq!(session.text("h1").await, "Your feedback");
    assert_eq!(
        session.text("#stored-organisation").await,
        "University of the South Pacific"
    );
    session.close().await;
}

#[tokio::test]
async fn a_rejected_form_comes_back_with_the_message_and_the_text_in_place() {
    let Some(session) =
        start("a_rejected_form_comes_back_with_the_message_and_the_text_in_place").await
    else {
        return;
    };
    session.open("/consultations/doha-2016/articles/7").await;
    session
        .field("Oppose / delete")
        .await
        .click()
        .await
        .unwrap();
    // Blank comment: the browser lets it through ("required" accepts spaces), the server does not.
    session
        .field("Your comment")
        .await
        .send_keys("   ")
        .await
        .unwrap();
    let proposal = "يجب حذف هذه الفقرة";
    session
        .field("Proposed wording")
        .await
        .send_keys(proposal)
        .await
        .unwrap();
    session
        .field("Email")
        .await
        .send_keys("someone@example.org")
        .await
        .unwrap();
    session.submit_feedback_form().await;
    session
        .wait_for_path("/consultations/doha-2016/articles/7/feedback")
        .await;
    assert!(
        session
            .text("#error-comment")
            .await
            .ends_with("Please write your comment.")
    );
    assert_eq!(
        session
            .field("Proposed wording")
            .await
            .prop("value")
            .await
            .unwrap()
            .unwrap(),
        proposal
    );
    assert_eq!(
        session
            .field("Email")
            .await
            .prop("value")
            .await
            .unwrap()
            .unwrap(),
        "someone@example.org"
    );
    assert!(
        session
            .field("Oppose / delete")
            .await
            .is_selected()
            .await
            .unwrap()
    );
    session.close().await;
}

#[tokio::test]
async fn an_organiser_filters_an_article_records_a_disposition_and_the_participant_sees_it() {
    let Some(session) =
        start("an_organiser_filters_an_article_records_a_disposition_and_the_participant_sees_it")
            .await
    else {
        return;
    };
    let private = session
        .send_feedback("suva-2015", "Please name peoples in paragraph 2.")
        .await;
    session
        .send_feedback("doha-2016", "A comment from Doha.")
        .await;

    session.log_in_as_new_organiser("rosa").await;

    session.click_link("Article 4").await;
    session.wait_for_path("/admin/articles/4").await;
    assert!(session.text("#result-count").await.contains("out of 2"));
    session
        .field("Consultation")
        .await
        .select_by_label("Suva")
        .await
        .unwrap();
    session
        .click_button("form.filters button[type=submit]")
        .await;
    let start = Instant::now();
    while !session
        .browser
        .current_url()
        .await
        .unwrap()
        .as_str()
        .contains("consultation=suva-2015")
    {
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "the filter was not applied"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(
        session
            .text("#result-count")
            .await
            .contains("1 matching, out of 2")
    );

    let item = session
        .browser
        .find(Locator::Css(".review-item"))
        .await
        .unwrap();
    let id = item
        .attr("id")
        .await
        .unwrap()
        .unwrap()
        .trim_start_matches("item-")
        .to_string();
    session
        .browser
        .find(Locator::Id(&format!("disposition-{id}")))
        .await
        .unwrap()
        .select_by_label("Not accepted")
        .await
        .unwrap();
    session
        .browser
        .find(Locator::Id(&format!("note-{id}")))
        .await
        .unwrap()
        .send_keys("Paragraph 1 already names peoples.")
        .await
        .unwrap();
    session
        .click_button(&format!("#item-{id} .disposition-form button[type=submit]"))
        .await;
    // The page reloads after the POST; until it has, the element may be missing or stale.
    let start = Instant::now();
    loop {
        let checked = Locator::Css(&format!("#disposition-{id} option:checked"));
        let selected = match session.browser.find(checked).await {
            Ok(option) => option.text().await.unwrap_or_default(),
            Err(_) => String::new(),
        };
        if selected == "Not accepted" {
            break;
        }
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "the disposition was not recorded"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let url = session.browser.current_url().await.unwrap();
    assert!(
        url.as_str().contains("consultation=suva-2015"),
        "the filter was lost: {url}"
    );

    session.open(&private).await;
    assert_eq!(session.text("#outcome-disposition").await, "Not accepted");
    assert_eq!(
        session.text("#outcome-note").await,
        "Paragraph 1 already names peoples."
    );
    session.close().await;
}

#[tokio::test]
async fn a_participant_switches_to_arabic_fills_the_form_and_reads_the_receipt_right_to_left() {
    let Some(session) = start(
        "a_participant_switches_to_arabic_fills_the_form_and_reads_the_receipt_right_to_left",
    )
    .await
    else {
        return;
    };
    session.open("/consultations/doha-2016/articles/7").await;
    session.click_link("العربية").await;
    session.wait_for("html[dir=rtl]").await;
    assert_eq!(session.text("h1").await, "المادة 7");
    let direction = session
        .browser
        .execute(
            "return getComputedStyle(document.querySelector('main')).direction",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(direction, serde_json::json!("rtl"));
    let legal = session
        .browser
        .execute(
            "return getComputedStyle(document.querySelector('div.legal-text')).direction",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(
        legal,
        serde_json::json!("ltr"),
        "the draft's English text keeps its direction"
    );

    session
        .field("الفقرة")
        .await
        .select_by_value("2")
        .await
        .unwrap();
    session
        .field("تأييد مع تعديلات")
        .await
        .click()
        .await
        .unwrap();
    let comment = "ينبغي ذكر الشعوب صراحةً في هذه الفقرة (paragraph 2).";
    session
        .field("تعليقك")
        .await
        .send_keys(comment)
        .await
        .unwrap();
    session.submit_feedback_form().await;
    session.wait_for_path("/feedback/").await;
    assert_eq!(session.text("h1").await, "شكرًا لك: وصلتنا مساهمتك");
    assert_eq!(session.text("#stored-stance").await, "تأييد مع تعديلات");
    assert_eq!(session.text("#stored-comment").await, comment);
    session.wait_for("html[lang=ar][dir=rtl]").await;
    session.close().await;
}

#[tokio::test]
async fn a_participant_in_spanish_is_told_what_to_fix_and_reads_the_receipt_in_spanish() {
    let Some(session) =
        start("a_participant_in_spanish_is_told_what_to_fix_and_reads_the_receipt_in_spanish")
            .await
    else {
        return;
    };
    session
        .open("/consultations/panama-city-2015/articles/4")
        .await;
    session.click_link("Español").await;
    session.wait_for("html[lang=es][dir=ltr]").await;
    assert_eq!(session.text("h1").await, "Artículo 4");
    session
        .field("Párrafo")
        .await
        .select_by_value("2")
        .await
        .unwrap();
    session
        .field("Apoyo con enmiendas")
        .await
        .click()
        .await
        .unwrap();
    // Blank to the server, though not to the browser's own check of `required`.
    session
        .field("Su comentario")
        .await
        .send_keys("   ")
        .await
        .unwrap();
    session.submit_feedback_form().await;
    session.wait_for(".error-summary").await;
    assert_eq!(
        session.text("#error-summary-title").await,
        "Su contribución aún no se ha enviado: revise estos campos"
    );
    assert!(
        session
            .text("#error-comment")
            .await
            .ends_with("Escriba su comentario."),
        "the message sits beside the comment field"
    );

    let comment = "Conviene nombrar a los pueblos en el párrafo 2.";
    session
        .field("Su comentario")
        .await
        .send_keys(comment)
        .await
        .unwrap();
    session.submit_feedback_form().await;
    session.wait_for_path("/feedback/").await;
    assert_eq!(
        session.text("h1").await,
        "Gracias: hemos recibido su contribución"
    );
    assert_eq!(session.text("#stored-stance").await, "Apoyo con enmiendas");
    assert_eq!(session.text("#stored-comment").await.trim(), comment);
    session.wait_for("html[lang=es][dir=ltr]").await;
    session.close().await;
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
fn strings_of(answer: serde_json::Value) -> Vec<String> {
    match answer {
        serde_json::Value::Array(items) => items
            .into_iter()
            .map(|v| v.as_str().unwrap_or_default().to_string())
            .collect(),
        other => vec![format!("unexpected answer: {other}")],
    }
}
