//! Starts the real application on a free port with a fresh database, and talks to it.

use std::path::PathBuf;

use consult::configuration::Settings;
use consult::startup::Application;
use reqwest::StatusCode;
use reqwest::redirect::Policy;
use scraper::{Html, Selector};

pub struct TestApp {
    pub address: String,
    pub client: reqwest::Client,
    pub db_path: PathBuf,
    _dir: tempfile::TempDir,
}

/// A fetched page: status, body and parsed document, for checks by CSS selector.
pub struct Page {
    pub path: String,
    pub status: StatusCode,
    pub body: String,
}

impl Page {
    fn html(&self) -> Html {
        Html::parse_document(&self.body)
    }

    /// Texts of the elements matching `css`, whitespace collapsed.
    pub fn texts(&self, css: &str) -> Vec<String> {
        let selector = Selector::parse(css).unwrap_or_else(|e| panic!("bad selector {css}: {e:?}"));
        self.html()
            .select(&selector)
            .map(|e| {
                // Without the invisible isolation marks Fluent puts around placeables.
                let text: String = e
                    .text()
                    .collect::<String>()
                    .replace(['\u{2068}', '\u{2069}'], "");
                text.split_whitespace().collect::<Vec<_>>().join(" ")
            })
            .collect()
    }

    /// The text of the one element matching `css`.
    pub fn text(&self, css: &str) -> String {
        let texts = self.texts(css);
        assert_eq!(
            texts.len(),
            1,
            "{} matches {} elements on {}:\n{}",
            css,
            texts.len(),
            self.path,
            self.body
        );
        texts.into_iter().next().unwrap()
    }

    /// The raw (unnormalised) text of the one element matching `css`.
    pub fn raw_text(&self, css: &str) -> String {
        let selector = Selector::parse(css).unwrap();
        let html = self.html();
        let found: Vec<String> = html.select(&selector).map(|e| e.text().collect()).collect();
        assert_eq!(found.len(), 1, "{css} on {}:\n{}", self.path, self.body);
        found.into_iter().next().unwrap()
    }

    /// Values of `attribute` on the elements matching `css`.
    pub fn attrs(&self, css: &str, attribute: &str) -> Vec<String> {
        let selector = Selector::parse(css).unwrap();
        self.html()
            .select(&selector)
            .filter_map(|e| e.value().attr(attribute).map(str::to_string))
            .collect()
    }

    pub fn count(&self, css: &str) -> usize {
        let selector = Selector::parse(css).unwrap();
        self.html().select(&selector).count()
    }

    pub fn assert_status(&self, expected: StatusCode) -> &Self {
        assert_eq!(
            self.status, expected,
            "{} answered {}:\n{}",
            self.path, self.status, self.body
        );
        self
    }
}

pub async fn spawn_app() -> TestApp {
    spawn_app_with(|_| {}).await
}

/// Starts the app with settings changed by `adjust`.
pub async fn spawn_app_with(adjust: impl FnOnce(&mut Settings)) -> TestApp {
    spawn_app_after(|_| {}, adjust).await
}

/// Starts the app on a database that `prepare` has made or changed first (for example with
/// the command line), given its path.
pub async fn spawn_app_after(
    prepare: impl FnOnce(&std::path::Path),
    adjust: impl FnOnce(&mut Settings),
) -> TestApp {
    // `TEST_LOG=1 cargo test NAME` shows the app's log (at the `RUST_LOG` level) while tests run.
    if std::env::var_os("TEST_LOG").is_some() {
        consult::telemetry::init();
    }
    let dir = tempfile::tempdir().expect("a temporary folder");
    let db_path = dir.path().join("consult.db");
    prepare(&db_path);
    let mut settings = Settings::new(db_path.clone(), "127.0.0.1:0".into());
    settings.workers = Some(1);
    adjust(&mut settings);
    let application = Application::build(settings)
        .await
        .expect("the application starts");
    let address = format!("http://127.0.0.1:{}", application.port());
    tokio::spawn(application.run_until_stopped());
    TestApp {
        address,
        client: new_client(),
        db_path,
        _dir: dir,
    }
}

/// A browser-like client: keeps cookies, does not follow redirects (tests check them).
pub fn new_client() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(Policy::none())
        .cookie_store(true)
        .build()
        .unwrap()
}

/// The fields of a valid submission on Article 4.
pub fn valid_feedback() -> Vec<(&'static str, String)> {
    vec![
        ("paragraph", "2".into()),
        ("stance", "amend".into()),
        ("comment_type", "drafting".into()),
        ("themes", "nature-of-right".into()),
        ("themes", "drafting".into()),
        (
            "comment",
            "Paragraph 2 should name peoples as well as individuals.".into(),
        ),
        (
            "proposed_text",
            "Individuals and peoples have the right to international solidarity.".into(),
        ),
        ("name", "Mere Tuilagi".into()),
        ("organisation", "Pacific Islands Forum".into()),
        ("country", "Fiji".into()),
        (
            "stakeholder_category",
            "Intergovernmental organization".into(),
        ),
        ("email", "mere@example.org".into()),
    ]
}

/// A valid submission on the whole article with position `value`.
pub fn stance(value: &str) -> Vec<(&'static str, String)> {
    with_field(
        &with_field(&valid_feedback(), "stance", Some(value)),
        "paragraph",
        Some(""),
    )
}

/// `fields` with every value of `name` replaced by `value` (or removed when `None`).
pub fn with_field(
    fields: &[(&'static str, String)],
    name: &str,
    value: Option<&str>,
) -> Vec<(&'static str, String)> {
    let mut out: Vec<_> = fields.iter().filter(|(k, _)| *k != name).cloned().collect();
    if let Some(value) = value {
        let key = fields
            .iter()
            .find(|(k, _)| *k == name)
            .map(|(k, _)| *k)
            .unwrap_or("extra");
        out.push((key, value.to_string()));
    }
    out
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.address, path)
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client
            .get(self.url(path))
            .send()
            .await
            .expect("GET is answered")
    }

    pub async fn page(&self, path: &str) -> Page {
        let response = self.get(path).await;
        Page {
            path: path.to_string(),
            status: response.status(),
            body: response.text().await.unwrap(),
        }
    }

    pub async fn page_of(&self, path: &str, response: reqwest::Response) -> Page {
        Page {
            path: path.to_string(),
            status: response.status(),
            body: response.text().await.unwrap(),
        }
    }

    /// The CSRF token the app puts in this client's forms.
    pub async fn csrf_token(&self) -> String {
        self.csrf_token_with(&self.client).await
    }

    /// The CSRF token the app puts in `client`'s forms.
    pub async fn csrf_token_with(&self, client: &reqwest::Client) -> String {
        let response = client.get(self.url("/login")).send().await.unwrap();
        let page = self.page_of("/login", response).await;
        page.attrs("input[name=csrf_token]", "value")
            .pop()
            .unwrap_or_else(|| panic!("no CSRF field on /login:\n{}", page.body))
    }

    /// POSTs `fields` as a form from another browser, `client`, with its CSRF token.
    pub async fn post_with(
        &self,
        client: &reqwest::Client,
        path: &str,
        fields: &[(&str, String)],
    ) -> reqwest::Response {
        let mut all = vec![("csrf_token", self.csrf_token_with(client).await)];
        all.extend(fields.iter().map(|(k, v)| (*k, v.clone())));
        client
            .post(self.url(path))
            .form(&all)
            .send()
            .await
            .expect("POST is answered")
    }

    /// A page as another browser, `client`, sees it.
    pub async fn page_with(&self, client: &reqwest::Client, path: &str) -> Page {
        let response = client.get(self.url(path)).send().await.unwrap();
        self.page_of(path, response).await
    }

    /// POSTs `fields` as a form, without adding a CSRF token.
    pub async fn post_raw(&self, path: &str, fields: &[(&str, String)]) -> reqwest::Response {
        self.client
            .post(self.url(path))
            .form(fields)
            .send()
            .await
            .expect("POST is answered")
    }

    /// POSTs `fields` as a form with this client's CSRF token.
    pub async fn post(&self, path: &str, fields: &[(&str, String)]) -> reqwest::Response {
        let mut all = vec![("csrf_token", self.csrf_token().await)];
        all.extend(fields.iter().map(|(k, v)| (*k, v.clone())));
        self.post_raw(path, &all).await
    }

    pub async fn submit_feedback(
        &self,
        slug: &str,
        article: &str,
        fields: &[(&str, String)],
    ) -> reqwest::Response {
        self.post(
            &format!("/consultations/{slug}/articles/{article}/feedback"),
            fields,
        )
        .await
    }

    /// Submits and returns the private path `/feedback/{token}` the receipt redirects to.
    pub async fn submit_ok(&self, slug: &str, article: &str, fields: &[(&str, String)]) -> String {
        let response = self.submit_feedback(slug, article, fields).await;
        let status = response.status();
        let location = location(&response);
        let body = response.text().await.unwrap();
        assert_eq!(status, StatusCode::SEE_OTHER, "submission refused:\n{body}");
        location.split('?').next().unwrap().to_string()
    }

    pub fn db(&self) -> rusqlite::Connection {
        consult::storage::open_direct(&self.db_path).expect("the test database opens")
    }

    /// The stored comments, in id order.
    pub fn stored_comments(&self) -> Vec<String> {
        self.db()
            .prepare("SELECT comment FROM feedback ORDER BY id")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap()
    }

    /// The first column of every row `sql` reads from the test database.
    pub fn column<T: rusqlite::types::FromSql>(&self, sql: &str) -> Vec<T> {
        self.db()
            .prepare(sql)
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap()
    }

    pub fn count_feedback(&self) -> i64 {
        self.db()
            .query_row("SELECT COUNT(*) FROM feedback", [], |r| r.get(0))
            .unwrap()
    }

    /// Closes the consultation `slug` behind the desk's back (no audit entry).
    pub fn close(&self, slug: &str) {
        consult::consultations::repo::close(&self.db(), slug).unwrap();
    }

    pub fn add_organiser(&self, name: &str, password: &str) {
        let username = consult::organisers::Username::parse(name).unwrap();
        let password = consult::organisers::NewPassword::parse(password.to_string()).unwrap();
        consult::organisers::accounts::add_with_password(
            &self.db(),
            &username,
            &password,
            consult::organisers::Role::Administrator,
            "test",
        )
        .unwrap();
    }

    /// Tries to log in; returns the answer.
    pub async fn try_log_in(&self, username: &str, password: &str) -> reqwest::Response {
        self.post(
            "/login",
            &[("username", username.into()), ("password", password.into())],
        )
        .await
    }

    /// As the logged-in administrator: asks `questions` on the shipped process and sets up
    /// `geneva-2012`, a workshop on them alone.
    pub async fn set_up_workshop(&self, questions: &[&str]) {
        self.set_up_workshop_offering("questions", questions).await;
    }

    /// As [`Self::set_up_workshop`], the workshop offering `offers`: `questions` alone, or
    /// `both` the draft and the questions.
    pub async fn set_up_workshop_offering(&self, offers: &str, questions: &[&str]) {
        for text in questions {
            let asked = self
                .post(
                    "/admin/questions",
                    &[("text", text.to_string()), ("label", String::new())],
                )
                .await;
            assert_eq!(asked.status(), StatusCode::SEE_OTHER);
        }
        let fields = [
            ("slug", "geneva-2012"),
            ("city", "Geneva"),
            ("held", "2012-06"),
            ("process", "solidarity-declaration"),
            ("offers", offers),
        ]
        .map(|(k, v)| (k, v.to_string()));
        let made = self.post("/admin/consultations", &fields).await;
        assert_eq!(made.status(), StatusCode::SEE_OTHER);
    }

    /// Adds an organiser, `alice`, and logs this client in.
    pub async fn log_in(&self) {
        self.add_organiser("alice", "correct horse battery staple");
        let response = self
            .try_log_in("alice", "correct horse battery staple")
            .await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER, "login failed");
        assert_eq!(location(&response), "/admin");
    }
}

/// The `Set-Cookie` header for cookie `name`, whole (with its attributes).
pub fn set_cookie(response: &reqwest::Response, name: &str) -> Option<String> {
    response
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_string())
        .find(|c| c.starts_with(&format!("{name}=")))
}

/// A fresh browser's CSRF token from a server started without a `TestApp` (its cookie stays
/// in `client`).
pub async fn login_token(client: &reqwest::Client, base: &str) -> String {
    let page = client
        .get(format!("{base}/login"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    csrf_field(&page)
}

/// Runs `consult export --db DB --out OUT` with extra filter flags.
/// Runs the `consult` binary with `args` on the database at `db`, and fails the test with
/// what it wrote to stderr unless it succeeds.
pub fn consult_ok(
    args: impl IntoIterator<Item = impl AsRef<std::ffi::OsStr>>,
    db: &std::path::Path,
) -> std::process::Output {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_consult"))
        .args(args)
        .arg("--db")
        .arg(db)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    output
}

pub fn consult_export(
    db: &std::path::Path,
    out: &std::path::Path,
    filters: &[&str],
) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_consult"))
        .arg("export")
        .args(filters)
        // The system user the command line's audit entries name.
        .env("USER", "ines")
        .arg("--db")
        .arg(db)
        .arg("--out")
        .arg(out)
        .output()
        .unwrap()
}

/// The CSRF token in a page's raw HTML, for tests that talk to a server without a `TestApp`.
/// One part of a Word file (`word/document.xml`), as its XML.
pub fn word_part(bytes: &[u8], part: &str) -> String {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes.to_vec())).unwrap();
    let mut xml = String::new();
    std::io::Read::read_to_string(&mut archive.by_name(part).unwrap(), &mut xml).unwrap();
    xml
}

/// Each paragraph of a Word part's XML: whether it reads from the right, and its text.
pub fn word_paragraphs(xml: &str) -> Vec<(bool, String)> {
    xml.split("</w:p>")
        .filter_map(|chunk| {
            let start = [chunk.rfind("<w:p>"), chunk.rfind("<w:p ")]
                .into_iter()
                .flatten()
                .max()?;
            let paragraph = &chunk[start..];
            let text: String = (paragraph.split("<w:t").skip(1))
                .filter_map(|run| {
                    let run = &run[run.find('>')? + 1..];
                    Some(run[..run.find("</w:t>")?].to_string())
                })
                .collect();
            Some((paragraph.contains("<w:bidi />"), text))
        })
        .collect()
}

/// Checks that each paragraph of a Word part reads from the right exactly when its first
/// letter is Arabic, letters within isolation marks (a message's arguments) left aside, and a
/// paragraph without such letters as `neutral_from_right` says; returns how many read from
/// the right and how many from the left.
pub fn assert_word_directions(xml: &str, neutral_from_right: bool) -> (usize, usize) {
    let paragraphs = word_paragraphs(xml);
    for (from_right, text) in &paragraphs {
        let mut isolated = 0_usize;
        let first_letter = text.chars().find(|c| {
            match c {
                '\u{2068}' => isolated += 1,
                '\u{2069}' => isolated = isolated.saturating_sub(1),
                _ => {}
            }
            isolated == 0 && c.is_alphabetic()
        });
        let expected = first_letter.map_or(neutral_from_right, |c| {
            ('\u{0600}'..='\u{06FF}').contains(&c)
        });
        assert_eq!(*from_right, expected, "the paragraph {text:?}");
    }
    let from_right = paragraphs.iter().filter(|(r, _)| *r).count();
    (from_right, paragraphs.len() - from_right)
}

pub fn csrf_field(html: &str) -> String {
    html.split("name=\"csrf_token\" value=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap_or_else(|| panic!("no CSRF field in:\n{html}"))
        .to_string()
}

pub fn location(response: &reqwest::Response) -> String {
    response
        .headers()
        .get("location")
        .map(|v| v.to_str().unwrap().to_string())
        .unwrap_or_default()
}

impl TestApp {
    /// Records a disposition as the logged-in organiser; returns the answer.
    pub async fn dispose(&self, id: i64, disposition: &str, note: &str) -> reqwest::Response {
        self.post(
            &format!("/admin/feedback/{id}/disposition"),
            &[
                ("disposition", disposition.into()),
                ("note", note.into()),
                ("return_to", "/admin/articles/4".into()),
            ],
        )
        .await
    }

    /// Hides (with `reason`) or unhides an item as the logged-in organiser.
    pub async fn moderate(&self, id: i64, reason: Option<&str>) -> reqwest::Response {
        let (action, reason) = match reason {
            Some(reason) => ("hide", reason),
            None => ("unhide", ""),
        };
        self.post(
            &format!("/admin/feedback/{id}/{action}"),
            &[("reason", reason.into()), ("return_to", String::new())],
        )
        .await
    }

    /// Downloads an export, checking it is served as a CSV attachment with a byte-order mark.
    pub async fn export_bytes(&self, path: &str) -> Vec<u8> {
        let response = self.get(path).await;
        assert_eq!(response.status(), StatusCode::OK, "{path}");
        let file = path.rsplit('/').next().unwrap().split('?').next().unwrap();
        assert_eq!(
            response.headers()["content-type"],
            "text/csv; charset=utf-8",
            "{path}"
        );
        assert_eq!(
            response.headers()["content-disposition"],
            format!("attachment; filename=\"{file}\"").as_str(),
            "{path}"
        );
        let bytes = response.bytes().await.unwrap().to_vec();
        assert!(
            bytes.starts_with(b"\xEF\xBB\xBF"),
            "{path}: no byte-order mark"
        );
        bytes
    }

    /// Downloads an export and parses it: header and rows.
    pub async fn export(&self, path: &str) -> (Vec<String>, Vec<Vec<String>>) {
        parse_csv(&self.export_bytes(path).await)
    }
}

/// An export's header and rows, after its byte-order mark.
pub fn parse_csv(bytes: &[u8]) -> (Vec<String>, Vec<Vec<String>>) {
    let mut reader = csv::Reader::from_reader(&bytes[3..]);
    let header = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_string)
        .collect();
    let rows = reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect();
    (header, rows)
}
