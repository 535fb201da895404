//! The `consult` benchmark: builds a database of N feedback items, runs the real server on it,
//! and measures submissions, the export, page reads under write load and start-up, each beside
//! its floor (the same work done directly through rusqlite). It prints figures; it asserts none.
//!
//!     cargo bench --bench consult-bench -- [--n 1000000] [--runs 3] [--seconds 10] [--markdown]
//!                                          [--db PATH]   (reuse a database built before)
//!                                          [--build-only] (build the database at --db, then stop)
//!                                          [--import-only] (only the import figures; with
//!                                          --db, a batch is imported into a copy of it)
//!                                          [--pages-only] (only start-up, submissions and the
//!                                          pages under load)
//!                                          [--submissions-only] (only start-up and
//!                                          submissions; the server's process is named, to
//!                                          profile it)
//!                                          [--exports-only] (only start-up and the two
//!                                          feedback exports, each beside its floor)
//!                                          [--campaign-only] (only the grouping of a
//!                                          generated campaign of --n items)
//!                                          [--server PATH] (measure another build of the
//!                                          server, to compare two in one session)

use std::io::{Read, Write as _};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use rusqlite::{Connection, params};
use sha2::{Digest, Sha256};

struct Options {
    n: u64,
    runs: usize,
    seconds: u64,
    markdown: bool,
    db: Option<PathBuf>,
    build_only: bool,
    import_only: bool,
    campaign_only: bool,
    pages_only: bool,
    submissions_only: bool,
    exports_only: bool,
}

/// The server binary measured: this build's, or the one `--server` names.
static SERVER: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();

fn consult() -> Command {
    Command::new(SERVER.get_or_init(|| PathBuf::from(env!("CARGO_BIN_EXE_consult"))))
}

fn options() -> Options {
    let mut o = Options {
        n: 1_000_000,
        runs: 3,
        seconds: 10,
        markdown: false,
        db: None,
        build_only: false,
        import_only: false,
        campaign_only: false,
        pages_only: false,
        submissions_only: false,
        exports_only: false,
    };
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut i = 0;
    while i < args.len() {
        let value = || args.get(i + 1).cloned().unwrap_or_default();
        match args[i].as_str() {
            "--n" => {
                o.n = value()
                    .replace('_', "")
                    .parse()
                    .expect("--n takes a number")
            }
            "--runs" => o.runs = value().parse().expect("--runs takes a number"),
            "--seconds" => o.seconds = value().parse().expect("--seconds takes a number"),
            "--db" => o.db = Some(PathBuf::from(value())),
            "--markdown" => {
                o.markdown = true;
                i -= 1;
            }
            "--build-only" => {
                o.build_only = true;
                i -= 1;
            }
            "--import-only" => {
                o.import_only = true;
                i -= 1;
            }
            "--campaign-only" => {
                o.campaign_only = true;
                i -= 1;
            }
            "--pages-only" => {
                o.pages_only = true;
                i -= 1;
            }
            "--submissions-only" => {
                o.pages_only = true;
                o.submissions_only = true;
                i -= 1;
            }
            "--exports-only" => {
                o.exports_only = true;
                i -= 1;
            }
            "--server" => {
                let _ = SERVER.set(PathBuf::from(value()));
            }
            "--bench" => i -= 1, // passed by cargo bench
            other => panic!("unknown option {other}"),
        }
        i += 2;
    }
    o
}

/// Deterministic xorshift: the same N gives the same database.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// The most frequent words of any comment, in order of frequency.
const FUNCTION_WORDS: &[&str] = &[
    "the", "of", "and", "to", "in", "a", "is", "that", "for", "be", "should", "this", "with", "as",
    "de", "la", "et", "le", "des", "y", "el", "en", "los", "في", "من", "على", "أن",
];
/// Words of the subject, spread among the rarer ranks like real topical vocabulary.
const TOPIC_WORDS: &[&str] = &[
    "international",
    "solidarity",
    "right",
    "States",
    "peoples",
    "cooperation",
    "development",
    "human",
    "rights",
    "obligations",
    "paragraph",
    "article",
    "draft",
    "declaration",
    "climate",
    "finance",
    "debt",
    "trade",
    "migration",
    "refugees",
    "health",
    "food",
    "security",
    "private",
    "sector",
    "civil",
    "society",
    "propose",
    "delete",
    "replace",
    "clarify",
    "wording",
    "principle",
    "equity",
    "justice",
    "accountability",
    "extraterritorial",
    "non-State",
    "actors",
    "assistance",
    "solidarité",
    "internationale",
    "droit",
    "peuples",
    "coopération",
    "développement",
    "États",
    "solidaridad",
    "derecho",
    "pueblos",
    "cooperación",
    "desarrollo",
    "obligaciones",
    "Estados",
    "التضامن",
    "الدولي",
    "حق",
    "الشعوب",
    "التعاون",
    "التنمية",
    "الدول",
    "حقوق",
    "الإنسان",
];
const SYLLABLES: &[&str] = &[
    "ka", "lo", "mi", "ren", "sta", "tu", "vel", "dor", "an", "pre", "con", "ti", "ma", "ri", "so",
    "ne", "gra", "lu", "pe", "ol", "ist", "ur", "ba", "ze", "qui", "fo", "har", "mon", "el", "ys",
];
const VOCABULARY_SIZE: usize = 3000;

/// A vocabulary in frequency order: function words first, then invented words with the
/// subject's words spread among them every forty ranks.
fn vocabulary() -> Vec<String> {
    let mut words: Vec<String> = FUNCTION_WORDS.iter().map(|w| w.to_string()).collect();
    let mut rng = Rng(0xD1B54A32D192ED03);
    let mut topics = TOPIC_WORDS.iter();
    while words.len() < VOCABULARY_SIZE {
        if words.len() % 40 == 0
            && let Some(topic) = topics.next()
        {
            words.push(topic.to_string());
            continue;
        }
        let syllables = 2 + rng.below(3);
        words.push(
            (0..syllables)
                .map(|_| SYLLABLES[rng.below(SYLLABLES.len() as u64) as usize])
                .collect(),
        );
    }
    words
}

const STANCES: [&str; 4] = ["support", "amend", "oppose", "question"];
const KINDS: [&str; 3] = ["general", "substantive", "drafting"];
const THEMES: [&str; 9] = [
    "legal-framework",
    "nature-of-right",
    "extraterritorial",
    "non-state-actors",
    "development",
    "trade-finance",
    "climate-environment",
    "migration-conflict",
    "drafting",
];
const CATEGORIES: [&str; 9] = [
    "Member State",
    "Intergovernmental organization",
    "United Nations agency",
    "Regional economic commission",
    "National human rights institution",
    "Civil society / NGO",
    "Private sector",
    "Academia",
    "Independent expert",
];

/// Text of 50 to 3,000 characters, most of it short, as real comments are; words drawn with
/// a log-uniform rank, which gives Zipf's law (frequent words common, topical words rare).
fn text(rng: &mut Rng, words: &[String]) -> String {
    let target = 50 + (rng.unit().powi(4) * 2950.0) as usize;
    let mut out = String::with_capacity(target * 2);
    let mut length = 0;
    while length < target {
        if length > 0 {
            out.push(' ');
            length += 1;
        }
        let rank = ((words.len() as f64).powf(rng.unit()) as usize).saturating_sub(1);
        out.push_str(&words[rank]);
        length += words[rank].chars().count();
    }
    out.push('.');
    out
}

/// A proposed wording as participants write one: the current text with some words changed,
/// dropped or added.
fn edit(rng: &mut Rng, current: &str, words: &[String]) -> String {
    let mut out: Vec<&str> = Vec::new();
    for word in current.split_whitespace() {
        match rng.below(20) {
            0 => {}
            1 => out.push(&words[rng.below(words.len() as u64) as usize]),
            2 => {
                out.push(word);
                out.push(&words[rng.below(words.len() as u64) as usize]);
            }
            _ => out.push(word),
        }
    }
    out.join(" ")
}

/// One generated feedback item, as the bulk load inserts it.
struct Item {
    consultation_id: i64,
    article: String,
    reference: String,
    position: i64,
    stance: &'static str,
    kind: &'static str,
    comment: String,
    proposal: String,
    name: String,
    organisation: String,
    category: &'static str,
    publish_name: i64,
    token_hash: Vec<u8>,
    disposition: &'static str,
    themes: Vec<&'static str>,
}

/// The `n` items of the benchmark database, 50,000 at a time, always the same for the same
/// `n`: generated on a thread of their own while the other core inserts.
fn generate(
    n: u64,
    units: Vec<(String, String, i64, String)>,
) -> std::sync::mpsc::Receiver<Vec<Item>> {
    let (sender, receiver) = std::sync::mpsc::sync_channel(2);
    std::thread::spawn(move || {
        let mut rng = Rng(0x9E3779B97F4A7C15);
        let words = vocabulary();
        let mut done = 0u64;
        while done < n {
            let size = (n - done).min(50_000);
            let mut items = Vec::with_capacity(size as usize);
            for _ in 0..size {
                let (article, reference, position, current) =
                    &units[rng.below(units.len() as u64) as usize];
                let proposal = match rng.below(100) {
                    0..36 => edit(&mut rng, current, &words),
                    36..40 => text(&mut rng, &words),
                    _ => String::new(),
                };
                let disposition = if rng.below(4) == 0 {
                    "accepted"
                } else {
                    "pending"
                };
                let consultation_id = 1 + rng.below(5) as i64;
                let stance = STANCES[rng.below(4) as usize];
                let kind = KINDS[rng.below(3) as usize];
                let comment = text(&mut rng, &words);
                let organisation = format!("Organisation {}", rng.below(500));
                let category = CATEGORIES[rng.below(9) as usize];
                let publish_name = rng.below(2) as i64;
                let themes = (0..rng.below(3))
                    .map(|_| THEMES[rng.below(9) as usize])
                    .collect();
                items.push(Item {
                    consultation_id,
                    article: article.clone(),
                    reference: reference.clone(),
                    position: *position,
                    stance,
                    kind,
                    comment,
                    proposal,
                    name: format!("Participant {done}"),
                    organisation,
                    category,
                    publish_name,
                    token_hash: Sha256::digest(done.to_le_bytes()).to_vec(),
                    disposition,
                    themes,
                });
                done += 1;
            }
            if sender.send(items).is_err() {
                return;
            }
        }
    });
    receiver
}

/// Fills the database at `path` with `n` feedback items through the app's own schema, as a
/// bulk load would: the triggers keep the tally and queue each item for the search index as
/// they do for every submission, and the queue is indexed once at the end, as the app's writer
/// does at the end of each transaction. Durability is relaxed while loading (no journal,
/// `synchronous=OFF`); rows go in 50,000 to a transaction.
fn build(path: &Path, n: u64) -> Duration {
    let started = Instant::now();
    drop(consult::storage::open_direct(path).expect("the schema is created"));
    let mut conn = Connection::open(path).unwrap();
    conn.execute_batch(
        "PRAGMA synchronous = OFF; PRAGMA cache_size = -200000;
         PRAGMA journal_mode = DELETE; PRAGMA journal_mode = OFF;",
    )
    .unwrap();
    let units: Vec<(String, String, i64, String)> = conn
        .prepare("SELECT article, ref, position, text FROM units WHERE document_id = 1")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    for items in generate(n, units) {
        let tx = conn.transaction().unwrap();
        {
            let mut insert = tx
                .prepare(
                    r#"INSERT INTO feedback (consultation_id, document_id, article, ref, stance, comment_type,
                         comment, proposed_text, name, organisation, country, stakeholder_category, email,
                         publish_name, token_hash, created_at, updated_at, ref_position, disposition)
                       VALUES (?1, 1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 'Fiji', ?10, '', ?11, ?12,
                               '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', ?13, ?14)"#,
                )
                .unwrap();
            let mut theme = tx
                .prepare(
                    "INSERT OR IGNORE INTO feedback_themes (feedback_id, theme) VALUES (?1, ?2)",
                )
                .unwrap();
            for item in items {
                insert
                    .execute(params![
                        item.consultation_id,
                        item.article,
                        item.reference,
                        item.stance,
                        item.kind,
                        item.comment,
                        item.proposal,
                        item.name,
                        item.organisation,
                        item.category,
                        item.publish_name,
                        item.token_hash,
                        item.position,
                        item.disposition
                    ])
                    .unwrap();
                let id = tx.last_insert_rowid();
                for t in item.themes {
                    theme.execute(params![id, t]).unwrap();
                }
            }
        }
        tx.commit().unwrap();
    }
    // With FTS5's default buffer, as the server indexes. A 256 MB buffer halved this step but
    // left a few huge segments where FTS5 puts new ones, and a later small write merged them
    // all at once: a 6-second stall of the server's submissions (seen in a profile).
    // One transaction, as the writer's: with each of grouping's statements committing on its
    // own, building a million items took 27 minutes, most of them grouping.
    let tx = conn.transaction().unwrap();
    consult::storage::finish_write(&tx).unwrap();
    tx.commit().unwrap();
    conn.execute_batch("PRAGMA journal_mode = WAL;").unwrap();
    started.elapsed()
}

fn count_rows(db: &Path) -> u64 {
    let n: i64 = Connection::open(db)
        .unwrap()
        .query_row("SELECT COUNT(*) FROM feedback", [], |r| r.get(0))
        .unwrap();
    n as u64
}

struct Server {
    child: Child,
    port: u16,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// Starts the release server on `db`; returns it and how long until it answered.
fn start(db: &Path) -> (Server, Duration) {
    let port = free_port();
    let started = Instant::now();
    let child = consult()
        .args(["serve", "--db"])
        .arg(db)
        .args(["--bind", &format!("127.0.0.1:{port}")])
        .env("RUST_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let server = Server { child, port };
    loop {
        if let Ok(mut stream) = TcpStream::connect(("127.0.0.1", port)) {
            stream
                .write_all(b"GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                .unwrap();
            let mut answer = String::new();
            let _ = stream.read_to_string(&mut answer);
            if answer.starts_with("HTTP/1.1 200") {
                return (server, started.elapsed());
            }
        }
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "the server did not start"
        );
        std::thread::sleep(Duration::from_millis(2));
    }
}

/// A keep-alive HTTP/1.1 connection that sends prepared requests and reads the answers.
struct Connection_ {
    stream: TcpStream,
    buffer: Vec<u8>,
}

impl Connection_ {
    fn open(port: u16) -> Self {
        let stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
        stream.set_nodelay(true).unwrap();
        Self {
            stream,
            buffer: Vec::with_capacity(64 * 1024),
        }
    }

    /// Sends `request`; returns the status and how many body bytes came back.
    fn exchange(&mut self, request: &[u8]) -> (u16, u64) {
        self.stream.write_all(request).unwrap();
        self.buffer.clear();
        let mut chunk = [0u8; 64 * 1024];
        let header_end = loop {
            let read = self.stream.read(&mut chunk).unwrap();
            assert!(read > 0, "the server closed the connection");
            self.buffer.extend_from_slice(&chunk[..read]);
            if let Some(at) = self.buffer.windows(4).position(|w| w == b"\r\n\r\n") {
                break at + 4;
            }
        };
        let head = String::from_utf8_lossy(&self.buffer[..header_end]).to_lowercase();
        let status: u16 = head[9..12].parse().unwrap();
        let mut body = (self.buffer.len() - header_end) as u64;
        if let Some(length) = head.split("content-length:").nth(1) {
            let length: u64 = length
                .trim_start()
                .split('\r')
                .next()
                .unwrap()
                .trim()
                .parse()
                .unwrap();
            while body < length {
                let read = self.stream.read(&mut chunk).unwrap();
                assert!(read > 0);
                body += read as u64;
            }
        } else if head.contains("transfer-encoding: chunked") {
            // Read to the closing zero-length chunk.
            let mut tail = self.buffer[header_end..].to_vec();
            while !tail.ends_with(b"\r\n0\r\n\r\n") && tail != b"0\r\n\r\n" {
                let read = self.stream.read(&mut chunk).unwrap();
                assert!(read > 0);
                body += read as u64;
                tail.extend_from_slice(&chunk[..read]);
                if tail.len() > 16 {
                    tail.drain(..tail.len() - 16);
                }
            }
        }
        (status, body)
    }
}

/// The cookie and CSRF token of one browser session, optionally logged in.
struct Identity {
    cookie: String,
    token: String,
}

fn get_page(port: u16, path: &str, cookie: &str) -> (String, String) {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: x\r\nCookie: {cookie}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).unwrap();
    let cookies: Vec<String> = answer
        .lines()
        .filter_map(|l| {
            l.strip_prefix("set-cookie: ")
                .or_else(|| l.strip_prefix("Set-Cookie: "))
        })
        .map(|c| c.split(';').next().unwrap().to_string())
        .collect();
    (answer, cookies.join("; "))
}

fn token_in(page: &str) -> String {
    page.split("name=\"csrf_token\" value=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_string()
}

fn anonymous(port: u16) -> Identity {
    let (page, cookie) = get_page(port, "/login", "");
    Identity {
        token: token_in(&page),
        cookie,
    }
}

fn organiser(port: u16, db: &Path) -> Identity {
    let mut add = consult()
        .args(["organiser", "add", "bench", "--db"])
        .arg(db)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    add.stdin
        .take()
        .unwrap()
        .write_all(b"benchmark password")
        .unwrap();
    add.wait().unwrap(); // fails harmlessly when the organiser exists from an earlier run
    let visitor = anonymous(port);
    let body = format!(
        "csrf_token={}&username=bench&password=benchmark+password",
        visitor.token
    );
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    write!(
        stream,
        "POST /login HTTP/1.1\r\nHost: x\r\nCookie: {}\r\nContent-Type: application/x-www-form-urlencoded\r\n\
         Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
        visitor.cookie,
        body.len()
    )
    .unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).unwrap();
    assert!(answer.starts_with("HTTP/1.1 303"), "login failed: {answer}");
    let session: Vec<String> = answer
        .lines()
        .filter_map(|l| l.strip_prefix("set-cookie: "))
        .map(|c| c.split(';').next().unwrap().to_string())
        .collect();
    let cookie = session.join("; ");
    let (page, _) = get_page(port, "/admin", &cookie);
    Identity {
        token: token_in(&page),
        cookie,
    }
}

fn submission(identity: &Identity, serial: u64) -> Vec<u8> {
    let body = format!(
        "csrf_token={}&paragraph=2&stance=amend&comment_type=drafting&themes=drafting&comment=\
         Benchmark+comment+{serial}+on+international+solidarity+%E2%80%94+solidarit%C3%A9&\
         proposed_text=Individuals+and+peoples+have+the+right+to+international+solidarity.&\
         organisation=Bench&country=Fiji&stakeholder_category=Academia",
        identity.token
    );
    format!(
        "POST /consultations/suva-2015/articles/4/feedback HTTP/1.1\r\nHost: x\r\nCookie: {}\r\n\
         Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\r\n{body}",
        identity.cookie,
        body.len()
    )
    .into_bytes()
}

fn percentile(sorted: &[u32], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let at = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[at] as f64 / 1000.0
}

/// The number that makes each submitted comment a text never sent before, in this run or any
/// earlier one on the same database: a repeated text is an exact copy, which the writer
/// groups without filing new keys or words, and would flatter the rate.
static NEXT_SERIAL: std::sync::LazyLock<AtomicU64> = std::sync::LazyLock::new(|| {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap();
    AtomicU64::new(now.as_micros() as u64)
});

/// `writers` connections submit until `stop`; returns each acknowledged submission's latency (µs).
fn submit_until(
    port: u16,
    identity: &Arc<Identity>,
    writers: usize,
    stop: &Arc<AtomicBool>,
) -> Vec<std::thread::JoinHandle<Vec<u32>>> {
    (0..writers)
        .map(|_| {
            let (identity, stop) = (identity.clone(), stop.clone());
            std::thread::spawn(move || {
                let mut connection = Connection_::open(port);
                let mut latencies = Vec::new();
                while !stop.load(Ordering::Relaxed) {
                    let serial = NEXT_SERIAL.fetch_add(1, Ordering::Relaxed);
                    let request = submission(&identity, serial);
                    let sent = Instant::now();
                    let (status, _) = connection.exchange(&request);
                    if status == 303 {
                        latencies.push(sent.elapsed().as_micros() as u32);
                    }
                }
                latencies
            })
        })
        .collect()
}

struct Figure {
    what: String,
    value: String,
    floor: String,
    ratio: String,
    target: String,
}

fn median(mut values: Vec<f64>) -> (f64, f64, f64) {
    values.sort_by(|a, b| a.partial_cmp(b).unwrap());
    (
        values[values.len() / 2],
        values[0],
        values[values.len() - 1],
    )
}

fn spread((median, min, max): (f64, f64, f64), unit: &str) -> String {
    format!("{median:.1}{unit} (min {min:.1}, max {max:.1})")
}

fn peak_rss_kb(pid: u32, field: &str) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .unwrap_or_default()
        .lines()
        .find(|l| l.starts_with(field))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(0)
}

fn main() {
    let options = options();
    let scratch = tempfile::tempdir().unwrap();
    let mut figures: Vec<Figure> = Vec::new();
    if options.campaign_only {
        // --campaign-only: the grouping of a generated campaign of --n items.
        print_plain(&campaign_figures(scratch.path(), &options));
        return;
    }

    if !options.pages_only && !options.exports_only {
        figures.push(import_figure(scratch.path(), options.runs));
        figures.push(lineage_figure(scratch.path(), options.runs));
        let base = options.db.as_deref().filter(|db| db.exists());
        figures.extend(batch_import_figures(scratch.path(), options.runs, base));
    }
    if options.import_only {
        // --import-only: the figures about loading drafts and importing a batch.
        print_plain(&figures);
        return;
    }

    let db = match &options.db {
        Some(path) if path.exists() => path.clone(),
        other => {
            let path = other
                .clone()
                .unwrap_or_else(|| scratch.path().join("bench.db"));
            let took = build(&path, options.n);
            let rate = options.n as f64 / took.as_secs_f64();
            eprintln!("built {} items in {:.1} s", options.n, took.as_secs_f64());
            if options.build_only {
                return;
            }
            figures.push(Figure {
                what: format!("build {} items", options.n),
                value: format!("{:.1} s ({rate:.0} items/s)", took.as_secs_f64()),
                floor: "-".into(),
                ratio: "-".into(),
                target: "well under 60 s".into(),
            });
            path
        }
    };
    revise_draft(&db);
    let rows = count_rows(&db);
    let db_mb = std::fs::metadata(&db)
        .map(|m| m.len() / 1_000_000)
        .unwrap_or(0);
    eprintln!("database: {rows} items, {db_mb} MB");

    // Start-up on the existing database.
    let mut starts = Vec::new();
    for _ in 0..options.runs {
        let (server, took) = start(&db);
        drop(server);
        starts.push(took.as_secs_f64() * 1000.0);
    }
    figures.push(Figure {
        what: format!("start, serving at {rows} rows"),
        value: spread(median(starts), " ms"),
        floor: "-".into(),
        ratio: "-".into(),
        target: "< 1000 ms".into(),
    });

    let (server, _) = start(&db);
    let port = server.port;
    let pid = server.child.id();
    eprintln!("measuring the server on port {port}, process {pid}");
    let visitor = Arc::new(anonymous(port));

    // 1. Submissions over HTTP: 64 connections, each counted on its 303.
    if !options.exports_only {
        submissions(&options, port, &visitor, scratch.path(), &mut figures);
        if options.submissions_only {
            // --submissions-only: the writes alone, for profiling the server they name.
            print_plain(&figures);
            return;
        }
    }
    let admin = organiser(port, &db);
    if !options.pages_only {
        // 2. The export, streamed; the server's resident memory sampled while it runs.
        exports(&options, (port, pid), &admin, &db, &mut figures);
        if options.exports_only {
            print_plain(&figures);
            return;
        }
    }

    // 3. Pages under 16 concurrent readers while 16 writers go on submitting.
    let revision = format!("version={REVISION_QUERY}");
    let pages: [(&str, String); 8] = [
        ("tally page", "/admin/tally".into()),
        ("admin overview", "/admin".into()),
        ("review page, article 4", "/admin/articles/4".into()),
        (
            "revision's review page, article 4, carrying the first version's",
            format!("/admin/articles/4?{revision}"),
        ),
        (
            "revision's review page, article 7, carrying parts of articles 7 and 8",
            format!("/admin/articles/7?{revision}"),
        ),
        (
            "review page, article 4, search",
            "/admin/articles/4?q=climate".into(),
        ),
        (
            "review page, article 4, search \"international\"",
            "/admin/articles/4?q=international".into(),
        ),
        (
            "participant article page",
            "/consultations/suva-2015/articles/4".into(),
        ),
    ];
    for (name, path) in pages {
        figures.push(page_figure(
            port,
            pid,
            &visitor,
            &admin.cookie,
            name,
            &path,
            &options,
        ));
    }
    let (page, _) = get_page(port, "/consultations/suva-2015/articles/4", "");
    let html = page.len() - page.find("\r\n\r\n").unwrap() - 4;
    let css_path = page
        .split("rel=\"stylesheet\" href=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_string();
    let (css, _) = get_page(port, &css_path, "");
    let css = css.len() - css.find("\r\n\r\n").unwrap() - 4;
    figures.push(Figure {
        what: "article page over the wire (HTML + CSS)".into(),
        value: format!(
            "{:.1} KB ({:.1} + {:.1})",
            (html + css) as f64 / 1024.0,
            html as f64 / 1024.0,
            css as f64 / 1024.0
        ),
        floor: "-".into(),
        ratio: "-".into(),
        target: "< 40 KB".into(),
    });
    drop(server);
    if !options.pages_only {
        figures.extend(campaign_figures(scratch.path(), &options));
    }
    report(&options, &figures, rows, db_mb);
}

/// A page's p50 and p99 under 16 concurrent readers while 16 writers go on submitting; its
/// floor is what one request costs the server alone.
fn page_figure(
    port: u16,
    pid: u32,
    visitor: &Arc<Identity>,
    cookie: &str,
    name: &str,
    path: &str,
    options: &Options,
) -> Figure {
    let mut p50s = Vec::new();
    let mut p99s = Vec::new();
    for _ in 0..options.runs {
        let stop = Arc::new(AtomicBool::new(false));
        let writers = submit_until(port, visitor, 16, &stop);
        let request = format!("GET {path} HTTP/1.1\r\nHost: x\r\nCookie: {cookie}\r\n\r\n");
        let readers: Vec<_> = (0..16)
            .map(|_| {
                let (request, stop) = (request.clone(), stop.clone());
                std::thread::spawn(move || {
                    let mut connection = Connection_::open(port);
                    let mut latencies = Vec::new();
                    while !stop.load(Ordering::Relaxed) {
                        let sent = Instant::now();
                        let (status, _) = connection.exchange(request.as_bytes());
                        assert_eq!(status, 200);
                        latencies.push(sent.elapsed().as_micros() as u32);
                    }
                    latencies
                })
            })
            .collect();
        std::thread::sleep(Duration::from_secs(options.seconds.min(5)));
        stop.store(true, Ordering::Relaxed);
        let mut latencies: Vec<u32> = readers
            .into_iter()
            .flat_map(|r| r.join().unwrap())
            .collect();
        for writer in writers {
            writer.join().unwrap();
        }
        latencies.sort_unstable();
        p50s.push(percentile(&latencies, 0.5));
        p99s.push(percentile(&latencies, 0.99));
    }
    let p99 = median(p99s);
    let alone = cpu_per_request(port, pid, cookie, path);
    eprintln!(
        "{name}: p50 {:.1} ms, p99 {:.1} ms, {alone:.2} ms of CPU a request alone",
        median(p50s.clone()).0,
        p99.0
    );
    Figure {
        what: format!("{name}, p50 / p99"),
        value: format!(
            "{:.1} / {:.1} ms (p99 min {:.1}, max {:.1})",
            median(p50s).0,
            p99.0,
            p99.1,
            p99.2
        ),
        floor: format!("{alone:.2} ms of CPU a request alone"),
        ratio: "-".into(),
        target: "p99 < 50 ms".into(),
    }
}

/// The server's CPU time (user and system, all its threads) per request, over 300 requests
/// for `path` made one at a time on the otherwise idle server. Unlike a latency, CPU time is
/// not lengthened by the hypervisor taking the cores (`steal`), so builds measured hours
/// apart compare. With 16 readers on two cores, a page's p50 is near 16 / 2 times this.
fn cpu_per_request(port: u16, pid: u32, cookie: &str, path: &str) -> f64 {
    const REQUESTS: u32 = 300;
    // Clock ticks of the process so far: fields 14 and 15 of /proc/PID/stat, after the name.
    let ticks = || -> u64 {
        let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
        let after_name = stat.rsplit(')').next().unwrap_or_default();
        let fields: Vec<u64> = after_name
            .split_whitespace()
            .skip(11)
            .take(2)
            .filter_map(|f| f.parse().ok())
            .collect();
        fields.iter().sum()
    };
    // The writes of the load before are still being copied from the log: wait until the
    // server has been idle for a tenth of a second (or five seconds have passed).
    for _ in 0..50 {
        let idle_from = ticks();
        std::thread::sleep(Duration::from_millis(100));
        if ticks() == idle_from {
            break;
        }
    }
    let request = format!("GET {path} HTTP/1.1\r\nHost: x\r\nCookie: {cookie}\r\n\r\n");
    let mut connection = Connection_::open(port);
    for _ in 0..10 {
        connection.exchange(request.as_bytes());
    }
    let before = ticks();
    for _ in 0..REQUESTS {
        let (status, _) = connection.exchange(request.as_bytes());
        assert_eq!(status, 200);
    }
    // Linux reports CPU time in ticks of 1/100 s (USER_HZ).
    (ticks() - before) as f64 * 10.0 / f64::from(REQUESTS)
}

/// Downloads `/admin/exports/{file}` `runs` times, sampling the server's resident memory;
/// returns the rates (rows a second) and the peak in MB.
fn measure_export(
    port: u16,
    pid: u32,
    cookie: &str,
    file: &str,
    rows: u64,
    runs: usize,
) -> (Vec<f64>, u64) {
    let mut rates = Vec::new();
    let mut peak_mb = 0u64;
    for run in 0..runs {
        let sampling = Arc::new(AtomicBool::new(true));
        let sampler = {
            let sampling = sampling.clone();
            std::thread::spawn(move || {
                let mut peak = 0;
                while sampling.load(Ordering::Relaxed) {
                    peak = peak.max(peak_rss_kb(pid, "VmRSS:"));
                    std::thread::sleep(Duration::from_millis(20));
                }
                peak
            })
        };
        let request =
            format!("GET /admin/exports/{file} HTTP/1.1\r\nHost: x\r\nCookie: {cookie}\r\n\r\n");
        let started = Instant::now();
        let (status, bytes) = Connection_::open(port).exchange(request.as_bytes());
        let took = started.elapsed().as_secs_f64();
        sampling.store(false, Ordering::Relaxed);
        let peak = sampler.join().unwrap();
        assert_eq!(status, 200);
        let rate = rows as f64 / took;
        eprintln!(
            "{file} run {run}: {rows} rows, {} MB in {took:.2} s: {rate:.0} rows/s, peak RSS {} MB",
            bytes / 1_000_000,
            peak / 1024
        );
        rates.push(rate);
        peak_mb = peak_mb.max(peak / 1024);
    }
    (rates, peak_mb)
}

/// Submissions over HTTP, 64 connections, each a new text, counted on its 303.
fn submissions(
    options: &Options,
    port: u16,
    visitor: &Arc<Identity>,
    scratch: &Path,
    figures: &mut Vec<Figure>,
) {
    let mut rates = Vec::new();
    let mut p50s = Vec::new();
    let mut p99s = Vec::new();
    for run in 0..options.runs {
        let stop = Arc::new(AtomicBool::new(false));
        let started = Instant::now();
        let writers = submit_until(port, visitor, 64, &stop);
        std::thread::sleep(Duration::from_secs(options.seconds));
        stop.store(true, Ordering::Relaxed);
        let mut latencies: Vec<u32> = writers
            .into_iter()
            .flat_map(|w| w.join().unwrap())
            .collect();
        let elapsed = started.elapsed().as_secs_f64();
        latencies.sort_unstable();
        let rate = latencies.len() as f64 / elapsed;
        eprintln!(
            "submissions run {run}: {rate:.0}/s, p50 {:.1} ms, p99 {:.1} ms",
            percentile(&latencies, 0.5),
            percentile(&latencies, 0.99)
        );
        rates.push(rate);
        p50s.push(percentile(&latencies, 0.5));
        p99s.push(percentile(&latencies, 0.99));
    }
    let floor_single = floor_inserts(scratch, 1);
    let floor_batched = floor_inserts(scratch, 64);
    let submit_rate = median(rates.clone());
    figures.push(Figure {
        what: "submissions/s, 64 clients over HTTP".into(),
        value: spread(submit_rate, "/s"),
        floor: format!("{floor_single:.0}/s one txn per row; {floor_batched:.0}/s batches of 64"),
        ratio: format!("{:.2} of batched", submit_rate.0 / floor_batched),
        target: ">= 5000/s".into(),
    });
    figures.push(Figure {
        what: "submission latency p50 / p99".into(),
        value: format!(
            "{:.1} / {:.1} ms (p99 min {:.1}, max {:.1})",
            median(p50s).0,
            median(p99s.clone()).0,
            median(p99s.clone()).1,
            median(p99s).2
        ),
        floor: "-".into(),
        ratio: "-".into(),
        target: "p99 < 50 ms".into(),
    });
}

/// `feedback.csv` and `feedback.xlsx`, streamed, the server's resident memory sampled as it goes.
fn exports(
    options: &Options,
    (port, pid): (u16, u32),
    admin: &Identity,
    db: &Path,
    figures: &mut Vec<Figure>,
) {
    let exported_rows = count_rows(db);
    /// An export measured, with its floor and its targets.
    struct Export {
        file: &'static str,
        floor: fn(&Path) -> f64,
        floor_is: &'static str,
        rate_target: &'static str,
        memory_target: &'static str,
    }
    // The workbook in constant memory: a sheet holds 1,048,575 rows, more go on the next.
    let exports = [
        Export {
            file: "feedback.csv",
            floor: floor_export,
            floor_is: "SQLite query to CSV",
            rate_target: ">= 250000 rows/s",
            memory_target: "< 100 MB",
        },
        Export {
            file: "feedback.xlsx",
            floor: floor_export_xlsx,
            floor_is: "the workbook writer alone",
            rate_target: ">= 100000 rows/s",
            memory_target: "< 200 MB",
        },
    ];
    for Export {
        file,
        floor: floor_of,
        floor_is,
        rate_target,
        memory_target,
    } in exports
    {
        let rss_before = peak_rss_kb(pid, "VmRSS:");
        let (rates, peak_mb) =
            measure_export(port, pid, &admin.cookie, file, exported_rows, options.runs);
        let floor = floor_of(db);
        let rate = median(rates);
        figures.push(Figure {
            what: format!("export {file}, {exported_rows} rows"),
            value: spread(rate, " rows/s"),
            floor: format!("{floor:.0} rows/s ({floor_is})"),
            ratio: format!("{:.2}", rate.0 / floor),
            target: rate_target.into(),
        });
        figures.push(Figure {
            what: format!("server peak RSS during the {file} export"),
            value: format!("{peak_mb} MB (before: {} MB)", rss_before / 1024),
            floor: "-".into(),
            ratio: "-".into(),
            target: memory_target.into(),
        });
    }
}

/// The revision of the shipped draft the benchmark's desk also reviews, as a query value.
const REVISION_QUERY: &str = "A%2FHRC%2F35%2F35%2FRev.test";

/// Stores the test revision of the shipped draft (renumbered, split, merged and deleted
/// articles) as the draft's second version, once: its review pages carry the first version's
/// items through the lineage.
fn revise_draft(db: &Path) {
    let revision =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/lineage/revised-draft.json");
    let output = consult()
        .args(["document", "import"])
        .arg(&revision)
        .args(["--revises", "A/HRC/35/35", "--db"])
        .arg(db)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    // A database reused from an earlier run has it already.
    assert!(
        output.status.success() || stderr.contains("newest"),
        "the revision was not stored: {stderr}"
    );
}

/// The floor for submissions: the same row and theme inserts straight through rusqlite, with
/// `synchronous=FULL` in WAL mode, `batch` rows per transaction, for a few seconds.
fn floor_inserts(dir: &Path, batch: usize) -> f64 {
    let path = dir.join(format!("floor-{batch}.db"));
    drop(consult::storage::open_direct(&path).unwrap());
    let conn = Connection::open(&path).unwrap();
    conn.execute_batch("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;")
        .unwrap();
    let started = Instant::now();
    let mut rows = 0u64;
    while started.elapsed() < Duration::from_secs(3) {
        conn.execute_batch("BEGIN IMMEDIATE").unwrap();
        for _ in 0..batch {
            rows += 1;
            conn.prepare_cached(
                r#"INSERT INTO feedback (consultation_id, document_id, article, ref, stance, comment_type, comment,
                     proposed_text, organisation, country, stakeholder_category, token_hash, created_at, updated_at,
                     ref_position)
                   VALUES (4, 1, '4', '2', 'amend', 'drafting', ?1, 'Individuals and peoples have the right.',
                           'Bench', 'Fiji', 'Academia', ?2, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z',
                           (SELECT position FROM units WHERE document_id = 1 AND article = '4' AND ref = '2'))"#,
            )
            .unwrap()
            .execute(params![format!("Benchmark comment {rows} on international solidarity"), Sha256::digest(rows.to_le_bytes()).to_vec()])
            .unwrap();
            conn.prepare_cached("INSERT INTO feedback_themes (feedback_id, theme) VALUES (last_insert_rowid(), 'drafting')")
                .unwrap()
                .execute([])
                .unwrap();
        }
        conn.execute_batch("COMMIT").unwrap();
    }
    rows as f64 / started.elapsed().as_secs_f64()
}

/// The floor for the export: every row's columns straight from SQLite into CSV, no HTTP.
fn floor_export(db: &Path) -> f64 {
    let conn = Connection::open(db).unwrap();
    let started = Instant::now();
    let mut csv = csv::Writer::from_writer(std::io::sink());
    let mut statement = conn
        .prepare(
            "SELECT id, created_at, updated_at, consultation_id, article, ref, stance, comment_type, comment,
                    proposed_text, stakeholder_category, organisation, country, name, status, disposition
             FROM feedback",
        )
        .unwrap();
    let mut rows = statement.query([]).unwrap();
    let mut count = 0u64;
    while let Some(row) = rows.next().unwrap() {
        let record: Vec<String> = (0..16)
            .map(|i| match row.get_ref(i).unwrap() {
                rusqlite::types::ValueRef::Text(t) => String::from_utf8_lossy(t).into_owned(),
                rusqlite::types::ValueRef::Integer(n) => n.to_string(),
                _ => String::new(),
            })
            .collect();
        csv.write_record(&record).unwrap();
        count += 1;
    }
    csv.flush().unwrap();
    count as f64 / started.elapsed().as_secs_f64()
}

/// The most a workbook export can reach here: the workbook writer alone, on one thread, writing
/// the first 300,000 rows of `feedback.xlsx`, the export's own cells read into memory first
/// (its 44 columns, typed as the export types them: text, numbers, date-times), to a
/// constant-memory sheet, then saving the file at the export's compression level. The reading
/// is left out because the export reads on one core while its sheet is written on another, so
/// the writer's own rate bounds the export's.
fn floor_export_xlsx(db: &Path) -> f64 {
    use consult::tallies::table::{Cell, Table};
    const ROWS: usize = 300_000;
    enum Value {
        Text(String),
        Number(f64),
        Time(String),
        Empty,
    }
    /// The export's rows, kept.
    struct Kept(Vec<Vec<Value>>);
    /// What stops the export once `ROWS` rows are kept.
    #[derive(Debug)]
    struct Enough;
    impl std::fmt::Display for Enough {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            write!(f, "{ROWS} rows kept")
        }
    }
    impl std::error::Error for Enough {}
    impl Table for Kept {
        fn row(&mut self, cells: &[Cell<'_>]) -> anyhow::Result<()> {
            if self.0.len() == ROWS {
                return Err(Enough.into());
            }
            self.0.push(
                cells
                    .iter()
                    .map(|cell| match *cell {
                        Cell::Text("") | Cell::Time("") => Value::Empty,
                        Cell::Text(text) => Value::Text(text.to_string()),
                        Cell::Count(n) => Value::Number(n as f64),
                        Cell::Time(stamp) => Value::Time(stamp.to_string()),
                    })
                    .collect(),
            );
            Ok(())
        }
    }
    let conn = consult::storage::open_direct(db).unwrap();
    let library = consult::document::repo::load_library(&conn).unwrap();
    let (_, filter) =
        consult::review::desk_filter_read(&conn, &library, &Default::default()).unwrap();
    let mut kept = Kept(Vec::with_capacity(ROWS));
    match consult::tallies::export::write_rows(
        consult::tallies::ExportFile::Feedback,
        &conn,
        &library,
        &filter,
        &mut kept,
    ) {
        Ok(_) => {}
        Err(stop) if stop.is::<Enough>() => {}
        Err(error) => panic!("the export's rows: {error}"),
    }
    let rows = kept.0;
    assert!(!rows.is_empty(), "the export has no rows");
    let started = Instant::now();
    let mut workbook = rust_xlsxwriter::Workbook::new();
    workbook.set_zip_compression_level(1);
    let time = rust_xlsxwriter::Format::new().set_num_format("yyyy-mm-dd hh:mm:ss");
    let sheet = workbook.add_worksheet_with_constant_memory().unwrap();
    // Times formatted by their column, as the export formats them.
    for (c, cell) in rows[0].iter().enumerate() {
        if let Value::Time(_) = cell {
            sheet.set_column_format(c as u16, &time).unwrap();
        }
    }
    for (r, cells) in rows.iter().enumerate() {
        for (c, cell) in cells.iter().enumerate() {
            let (r, c) = (r as u32 + 1, c as u16);
            match cell {
                Value::Text(text) => sheet.write_string(r, c, text).map(|_| ()),
                Value::Number(n) => sheet.write_number(r, c, *n).map(|_| ()),
                Value::Time(stamp) => match rust_xlsxwriter::ExcelDateTime::parse_from_str(stamp) {
                    Ok(datetime) => sheet.write_datetime(r, c, &datetime).map(|_| ()),
                    Err(_) => sheet.write_string(r, c, stamp).map(|_| ()),
                },
                Value::Empty => Ok(()),
            }
            .unwrap();
        }
    }
    workbook.save_to_writer(std::io::sink()).unwrap();
    rows.len() as f64 / started.elapsed().as_secs_f64()
}

/// The figures of a partial run, a line each.
fn print_plain(figures: &[Figure]) {
    for f in figures {
        match f.floor.as_str() {
            "-" => println!("{}: {} (target {})", f.what, f.value, f.target),
            floor => println!(
                "{}: {} (floor {floor}; app / floor {}; target {})",
                f.what, f.value, f.ratio, f.target
            ),
        }
    }
}

fn report(options: &Options, figures: &[Figure], rows: u64, db_mb: u64) {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .unwrap_or_default()
        .lines()
        .find(|l| l.starts_with("model name"))
        .and_then(|l| l.split(':').nth(1))
        .map(|s| s.trim().to_string())
        .unwrap_or_else(|| "unknown CPU".into());
    let cores = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(0);
    let memory = std::fs::read_to_string("/proc/meminfo")
        .unwrap_or_default()
        .lines()
        .next()
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|kb| kb.parse::<u64>().ok())
        .map_or(0, |kb| kb / 1024 / 1024);
    let machine = format!(
        "{cores} cores ({cpu}), {memory} GiB; database of {rows} items, {db_mb} MB; {} runs of {} s",
        options.runs, options.seconds
    );
    if options.markdown {
        println!("Machine: {machine}\n");
        println!("| measure | figure | floor | app / floor | target |");
        println!("|---|---|---|---|---|");
        for f in figures {
            println!(
                "| {} | {} | {} | {} | {} |",
                f.what, f.value, f.floor, f.ratio, f.target
            );
        }
    } else {
        println!("{machine}");
        for f in figures {
            println!(
                "{:<45} {:<45} floor: {:<40} ratio: {:<12} target: {}",
                f.what, f.value, f.floor, f.ratio, f.target
            );
        }
    }
}

/// A draft of 1,000 articles (about 1 MB of text), each with three numbered paragraphs and two
/// lettered items, as UN documents print it.
fn thousand_article_draft() -> String {
    let sentence = "States shall cooperate in good faith, with international organizations and civil society, to realize the right to international solidarity";
    let mut text = String::from("A draft of a thousand articles\n\nThe General Assembly,\n\n");
    for n in 1..=20 {
        text.push_str(&format!("Recalling resolution {n} and {sentence},\n"));
    }
    text.push_str("\nDeclares the following:\n\n");
    for article in 1..=1000 {
        text.push_str(&format!("Article {article}\n\n"));
        for paragraph in 1..=3 {
            text.push_str(&format!(
                "{paragraph}.\t{sentence} (article {article}, paragraph {paragraph}):\n"
            ));
        }
        text.push_str(&format!("\t(a)\t{sentence};\n\t(b)\t{sentence}.\n\n"));
    }
    text
}

/// Reading a 1,000-article draft from text and storing it as a new process, the whole of
/// `consult document import` but the process start.
fn import_figure(scratch: &Path, runs: usize) -> Figure {
    use consult::document::import::{DraftFacts, Format, read};
    use consult::processes::{DraftTarget, ProcessSlug, load_draft};

    let text = thousand_article_draft();
    let facts = DraftFacts {
        symbol: Some("B/1".into()),
        year: Some(2026),
        language: Some("en".into()),
        title: None,
    };
    let mut times = Vec::new();
    for run in 0..runs.max(1) {
        let db = scratch.join(format!("import-{run}.db"));
        let mut conn = consult::storage::open_direct(&db).unwrap();
        let started = Instant::now();
        let reading = read(text.as_bytes(), Format::Text, &facts).expect("the draft reads");
        let target = DraftTarget::NewProcess(ProcessSlug::parse("big").unwrap());
        consult::storage::write(&mut conn, |conn| {
            Ok(load_draft(conn, &target, &reading.draft, "bench")?)
        })
        .unwrap();
        times.push(started.elapsed().as_secs_f64() * 1000.0);
    }
    Figure {
        what: format!("import a 1,000-article draft ({} KB)", text.len() / 1000),
        value: spread(median(times), " ms"),
        floor: "-".into(),
        ratio: "-".into(),
        target: "< 1000 ms".into(),
    }
}

/// A draft of `articles` articles of three paragraphs and two items each (six units an
/// article); the revision drops every tenth article (renumbering those after it) and amends
/// every fourth paragraph.
fn unit_draft(articles: usize, revised: bool) -> String {
    let mut text = String::from(
        "A draft of regional cooperation\n\nThe Parties,\n\nRecalling their commitments,\n\nHave agreed as follows:\n\n",
    );
    let mut number = 0;
    for article in 1..=articles {
        if revised && article % 10 == 0 {
            continue;
        }
        number += 1;
        text.push_str(&format!("Article {number}\n\n"));
        for paragraph in 1..=3 {
            let verb = if revised && (article + paragraph) % 4 == 0 {
                "should endeavour to"
            } else {
                "shall"
            };
            text.push_str(&format!(
                "{paragraph}.\tThe Parties {verb} cooperate on matter {article}-{paragraph} through the bodies set up under article {article} and report on it:\n"
            ));
        }
        text.push_str(&format!("\t(a)\tevery year, on the measures {article} taken;\n\t(b)\tevery five years, on the results {article} reached.\n\n"));
    }
    text
}

/// Storing a revision of a draft of about 1,000 units and proposing its lineage.
fn lineage_figure(scratch: &Path, runs: usize) -> Figure {
    use consult::document::import::{DraftFacts, Format, read};
    use consult::processes::{DraftTarget, ProcessSlug, load_draft};

    let facts = |symbol: &str| DraftFacts {
        symbol: Some(symbol.into()),
        year: Some(2026),
        language: Some("en".into()),
        title: None,
    };
    let base = read(
        unit_draft(166, false).as_bytes(),
        Format::Text,
        &facts("L/1"),
    )
    .expect("the draft reads");
    let revision = read(
        unit_draft(166, true).as_bytes(),
        Format::Text,
        &facts("L/2"),
    )
    .expect("the revision reads");
    let units = base.draft.units().map(|u| u.len()).unwrap_or(0);
    let mut times = Vec::new();
    for run in 0..runs.max(1) {
        let db = scratch.join(format!("lineage-{run}.db"));
        let mut conn = consult::storage::open_direct(&db).unwrap();
        let target = DraftTarget::NewProcess(ProcessSlug::parse("cooperation").unwrap());
        consult::storage::write(&mut conn, |conn| {
            Ok(load_draft(conn, &target, &base.draft, "bench")?)
        })
        .unwrap();
        let started = Instant::now();
        let target = DraftTarget::Revision("L/1".into());
        consult::storage::write(&mut conn, |conn| {
            Ok(load_draft(conn, &target, &revision.draft, "bench")?)
        })
        .unwrap();
        times.push(started.elapsed().as_secs_f64() * 1000.0);
    }
    Figure {
        what: format!("store a revision and propose its lineage ({units} units)"),
        value: spread(median(times), " ms"),
        floor: "-".into(),
        ratio: "-".into(),
        target: "< 2000 ms".into(),
    }
}

/// What a campaign item is, for measuring the grouping against the truth.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Distinct,
    Exact,
    Edited,
}

/// A generated campaign on Article 4 of one consultation: `n` items, of which half are copies
/// of five form letters with small personal edits (a greeting, a signature, a word or two
/// changed), a tenth exact copies of them, the rest distinct comments. Stored as `build`
/// stores, then grouped as the app's writer groups; returns each item's letter (or `None`)
/// and kind, by id, and how long grouping took.
fn build_campaign(path: &Path, n: u64) -> (Vec<(Option<usize>, Kind)>, Duration) {
    drop(consult::storage::open_direct(path).expect("the schema is created"));
    let mut conn = Connection::open(path).unwrap();
    conn.set_prepared_statement_cache_capacity(128);
    conn.set_db_config(
        rusqlite::config::DbConfig::SQLITE_DBCONFIG_ENABLE_QPSG,
        true,
    )
    .unwrap();
    conn.execute_batch(
        "PRAGMA synchronous = OFF; PRAGMA cache_size = -200000;
         PRAGMA journal_mode = DELETE; PRAGMA journal_mode = OFF;",
    )
    .unwrap();
    let units: Vec<(String, i64)> = conn
        .prepare("SELECT ref, position FROM units WHERE document_id = 1 AND article = '4'")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let words = vocabulary();
    let mut rng = Rng(0xC0FFEE);
    // Letters of 1,200 characters or more, as campaigns write them.
    let letters: Vec<String> = (0..5)
        .map(|_| {
            let mut letter = String::new();
            while letter.len() < 1_200 {
                letter.push_str(&text(&mut rng, &words));
                letter.push(' ');
            }
            letter
        })
        .collect();
    let mut truth = Vec::with_capacity(n as usize);
    let mut done = 0u64;
    while done < n {
        let tx = conn.transaction().unwrap();
        {
            let mut insert = tx
                .prepare(
                    r#"INSERT INTO feedback (consultation_id, document_id, article, ref, stance, comment_type,
                         comment, token_hash, created_at, updated_at, ref_position)
                       VALUES (4, 1, '4', ?1, 'support', 'general', ?2, ?3,
                               '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', ?4)"#,
                )
                .unwrap();
            for _ in 0..(n - done).min(50_000) {
                let letter = rng.below(5) as usize;
                let (comment, item) = match rng.below(10) {
                    0..5 => {
                        let mut words_of: Vec<String> =
                            letters[letter].split(' ').map(str::to_string).collect();
                        for _ in 0..=rng.below(2) {
                            let at = rng.below(words_of.len() as u64) as usize;
                            words_of[at] = words[rng.below(words.len() as u64) as usize].clone();
                        }
                        (
                            format!(
                                "Dear drafters, {} Yours, Participant {done} of {}.",
                                words_of.join(" "),
                                words[rng.below(200) as usize]
                            ),
                            (Some(letter), Kind::Edited),
                        )
                    }
                    5 => (letters[letter].clone(), (Some(letter), Kind::Exact)),
                    _ => (text(&mut rng, &words), (None, Kind::Distinct)),
                };
                let (reference, position) = &units[rng.below(units.len() as u64) as usize];
                insert
                    .execute(params![
                        reference,
                        comment,
                        Sha256::digest(done.to_le_bytes()).to_vec(),
                        position
                    ])
                    .unwrap();
                truth.push(item);
                done += 1;
            }
        }
        tx.commit().unwrap();
    }
    // What the writer does at the end of each transaction: the search index, then the groups.
    consult::review::repo::index_queued(&conn).unwrap();
    let started = Instant::now();
    let tx = conn.transaction().unwrap();
    consult::text_groups::repo::group_queued(&tx).unwrap();
    tx.commit().unwrap();
    let grouping = started.elapsed();
    conn.execute_batch("PRAGMA journal_mode = WAL;").unwrap();
    (truth, grouping)
}

/// Pairwise precision and recall of the groups found against the letters, over the items of
/// `kind` and the distinct comments (which may wrongly join a letter's group, or each other).
fn pair_scores(truth: &[(Option<usize>, Kind)], groups: &[i64], kind: Kind) -> (f64, f64) {
    use std::collections::HashMap;
    let pairs = |n: u64| n * n.saturating_sub(1) / 2;
    let (mut by_group, mut by_family, mut by_both) =
        (HashMap::new(), HashMap::new(), HashMap::new());
    for (i, (letter, item_kind)) in truth.iter().enumerate() {
        if *item_kind != kind && *item_kind != Kind::Distinct {
            continue;
        }
        // A distinct comment is a family of its own.
        let family = letter.map_or(i as i64 + 10, |l| l as i64);
        *by_group.entry(groups[i]).or_insert(0u64) += 1;
        *by_family.entry(family).or_insert(0u64) += 1;
        *by_both.entry((groups[i], family)).or_insert(0u64) += 1;
    }
    let both: u64 = by_both.values().map(|n| pairs(*n)).sum();
    let predicted: u64 = by_group.values().map(|n| pairs(*n)).sum();
    let actual: u64 = by_family.values().map(|n| pairs(*n)).sum();
    (both as f64 / predicted as f64, both as f64 / actual as f64)
}

/// The campaign's figures: grouping precision and recall for exact and for edited copies,
/// the rate of grouping, and the review page showing one item per group under load.
fn campaign_figures(scratch: &Path, options: &Options) -> Vec<Figure> {
    let path = scratch.join("campaign.db");
    let (truth, grouping) = build_campaign(&path, options.n);
    let groups: Vec<i64> = Connection::open(&path)
        .unwrap()
        .prepare("SELECT comment_group FROM feedback ORDER BY id")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let n = truth.len();
    let mut figures = Vec::new();
    for (kind, name, target) in [
        (Kind::Exact, "exact copies", ">= 0.99 / 0.99"),
        (Kind::Edited, "copies with personal edits", ">= 0.95 / 0.95"),
    ] {
        let (precision, recall) = pair_scores(&truth, &groups, kind);
        let count = truth.iter().filter(|t| t.1 == kind).count();
        eprintln!("campaign, {name}: precision {precision:.4}, recall {recall:.4}");
        figures.push(Figure {
            what: format!("campaign of {n}: grouping of {count} {name}, precision / recall"),
            value: format!("{precision:.4} / {recall:.4}"),
            floor: "-".into(),
            ratio: "-".into(),
            target: target.into(),
        });
    }
    figures.push(Figure {
        what: format!("campaign of {n}: grouping every item"),
        value: format!(
            "{:.1} s ({:.0} items/s)",
            grouping.as_secs_f64(),
            n as f64 / grouping.as_secs_f64()
        ),
        floor: "-".into(),
        ratio: "-".into(),
        target: "-".into(),
    });
    let (server, _) = start(&path);
    let visitor = Arc::new(anonymous(server.port));
    let admin = organiser(server.port, &path);
    figures.push(page_figure(
        server.port,
        server.child.id(),
        &visitor,
        &admin.cookie,
        "campaign: review page, article 4, one per group",
        "/admin/articles/4?copies=one",
        options,
    ));
    drop(server);
    let _ = std::fs::remove_file(&path);
    figures
}

/// `consult import` of 100,000 generated rows (the benchmark's comments: 50 to 3,000
/// characters from its mixed-language Zipf vocabulary), as an organiser would run it, into a
/// copy of `base` (the benchmark's database) or a fresh one, while the server runs on the same
/// database with a participant submitting a comment every 100 ms and another reading an
/// article page every 50 ms: when the rows are stored (visible to every reader), when the
/// command ends (its items indexed for search and grouped), its peak resident memory, and
/// what the participants saw meanwhile.
fn batch_import_figures(scratch: &Path, runs: usize, base: Option<&Path>) -> Vec<Figure> {
    const ROWS: usize = 100_000;
    let mut rng = Rng(0xBA7C4);
    let words = vocabulary();
    let file = scratch.join("batch.csv");
    {
        let mut out = std::io::BufWriter::new(std::fs::File::create(&file).unwrap());
        writeln!(
            out,
            "external_id,article,paragraph,channel,session,made_on,speaker,stance,comment"
        )
        .unwrap();
        let mut row = csv::Writer::from_writer(Vec::new());
        for i in 0..ROWS {
            let comment = text(&mut rng, &words);
            row.write_record([
                format!("B-{i}"),
                "4".into(),
                "2".into(),
                "statement".into(),
                format!("Panel {}", i % 7),
                "2015-11-19".into(),
                format!("Speaker {}", i % 300),
                STANCES[rng.below(4) as usize].into(),
                comment,
            ])
            .unwrap();
        }
        out.write_all(&row.into_inner().unwrap()).unwrap();
    }
    let megabytes = std::fs::metadata(&file)
        .map(|m| m.len() / 1_000_000)
        .unwrap_or(0);
    if let Some(base) = base {
        // Migrated once, so each copy opens at once.
        drop(consult::storage::open_direct(base).unwrap());
    }
    let (mut stored, mut finished, mut peaks) = (Vec::new(), Vec::new(), Vec::new());
    let (mut submissions, mut pages, mut refused) = (Vec::new(), Vec::new(), 0usize);
    let mut items_before = 0;
    for run in 0..runs.max(1) {
        let db = scratch.join(format!("batch-{run}.db"));
        match base {
            Some(base) => consult::db::backup(base, &db).unwrap(),
            None => drop(consult::storage::open_direct(&db).unwrap()),
        }
        items_before = count_rows(&db);
        let (server, _) = start(&db);
        let stop = Arc::new(AtomicBool::new(false));
        let participant = Arc::new(anonymous(server.port));
        let writer = {
            let (stop, participant, port) = (stop.clone(), participant.clone(), server.port);
            std::thread::spawn(move || {
                let mut connection = Connection_::open(port);
                let (mut latencies, mut refused, mut serial) = (Vec::new(), 0usize, 0u64);
                while !stop.load(Ordering::Relaxed) {
                    serial += 1;
                    let sent = Instant::now();
                    let (status, _) = connection.exchange(&submission(&participant, serial));
                    if status == 303 {
                        latencies.push(sent.elapsed().as_micros() as u32);
                    } else {
                        refused += 1;
                    }
                    std::thread::sleep(Duration::from_millis(100));
                }
                (latencies, refused)
            })
        };
        let reader = {
            let (stop, port) = (stop.clone(), server.port);
            std::thread::spawn(move || {
                let mut connection = Connection_::open(port);
                let request =
                    b"GET /consultations/suva-2015/articles/4 HTTP/1.1\r\nHost: x\r\n\r\n".to_vec();
                let mut latencies = Vec::new();
                while !stop.load(Ordering::Relaxed) {
                    let sent = Instant::now();
                    let (status, _) = connection.exchange(&request);
                    assert_eq!(status, 200);
                    latencies.push(sent.elapsed().as_micros() as u32);
                    std::thread::sleep(Duration::from_millis(50));
                }
                latencies
            })
        };
        let started = Instant::now();
        let mut child = consult()
            .arg("import")
            .arg(&file)
            .args(["--consultation", "suva-2015", "--db"])
            .arg(&db)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut peak = 0;
        let mut visible = None;
        let reading = Connection::open(&db).unwrap();
        while child.try_wait().unwrap().is_none() {
            peak = peak.max(peak_rss_kb(child.id(), "VmHWM:"));
            if visible.is_none() {
                let n: i64 = reading
                    .query_row(
                        "SELECT COUNT(*) FROM feedback WHERE import_file = 'batch.csv'",
                        [],
                        |r| r.get(0),
                    )
                    .unwrap_or(0);
                if n as usize >= ROWS {
                    visible = Some(started.elapsed().as_secs_f64());
                }
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        finished.push(started.elapsed().as_secs_f64());
        stored.push(visible.unwrap_or(f64::NAN));
        peaks.push(peak as f64 / 1024.0);
        stop.store(true, Ordering::Relaxed);
        let (latencies, failed) = writer.join().unwrap();
        submissions.extend(latencies);
        refused += failed;
        pages.extend(reader.join().unwrap());
        drop(server);
        let _ = std::fs::remove_file(&db);
    }
    let _ = std::fs::remove_file(&file);
    submissions.sort_unstable();
    pages.sort_unstable();
    let into = if base.is_some() {
        format!("into {items_before} items")
    } else {
        "fresh database".into()
    };
    vec![
        Figure {
            what: format!("consult import of {ROWS} rows ({megabytes} MB CSV) {into}: stored"),
            value: spread(median(stored), " s"),
            floor: "-".into(),
            ratio: "-".into(),
            target: "< 10 s (into 1,000,000 items)".into(),
        },
        Figure {
            what: "consult import: searchable and grouped (the command ends)".into(),
            value: spread(median(finished), " s"),
            floor: "-".into(),
            ratio: "-".into(),
            target: "-".into(),
        },
        Figure {
            what: "consult import peak RSS".into(),
            value: spread(median(peaks), " MB"),
            floor: "-".into(),
            ratio: "-".into(),
            target: "flat".into(),
        },
        Figure {
            what: format!(
                "a participant's submissions during the import: p50 / max ({} sent, {refused} refused)",
                submissions.len() + refused
            ),
            value: format!(
                "{:.1} / {:.1} ms",
                percentile(&submissions, 0.5),
                percentile(&submissions, 1.0)
            ),
            floor: "-".into(),
            ratio: "-".into(),
            target: "answered".into(),
        },
        Figure {
            what: "article page during the import: p50 / p99".into(),
            value: format!(
                "{:.1} / {:.1} ms",
                percentile(&pages, 0.5),
                percentile(&pages, 0.99)
            ),
            floor: "-".into(),
            ratio: "-".into(),
            target: "answered".into(),
        },
    ]
}
