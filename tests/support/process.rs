//! Child processes for tests: the `consult` binary and chromedriver.

// Shared by several test binaries; each uses a part of it.
#![allow(dead_code)]

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::process::Child;
use std::time::{Duration, Instant};

/// Kills the child when dropped, so a failing test leaves no process behind.
pub struct Running(pub Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// Waits until something accepts connections on `port`; panics after `limit`.
pub fn wait_for_port(port: u16, limit: Duration) {
    let address = SocketAddr::from(([127, 0, 0, 1], port));
    let start = Instant::now();
    while TcpStream::connect_timeout(&address, Duration::from_millis(100)).is_err() {
        assert!(
            start.elapsed() < limit,
            "nothing listens on port {port} after {limit:?}"
        );
        std::thread::sleep(Duration::from_millis(25));
    }
}

/// Starts what `command(port)` builds on a free port and waits until it listens. A free port
/// can be taken by another test before the process binds it; a process that exits before it
/// listens is started again on another port.
pub fn start_listening(
    command: impl Fn(u16) -> std::process::Command,
    limit: Duration,
) -> (Running, u16) {
    for _ in 0..5 {
        let port = free_port();
        let mut running = Running(command(port).spawn().expect("the process starts"));
        let address = SocketAddr::from(([127, 0, 0, 1], port));
        let start = Instant::now();
        loop {
            if let Ok(Some(_)) = running.0.try_wait() {
                break;
            }
            if TcpStream::connect_timeout(&address, Duration::from_millis(100)).is_ok() {
                return (running, port);
            }
            assert!(
                start.elapsed() < limit,
                "nothing listens on port {port} after {limit:?}"
            );
            std::thread::sleep(Duration::from_millis(25));
        }
    }
    panic!("the process exited five times before listening");
}

/// Waits until the server on `port` answers a request. It accepts connections as soon as it
/// has bound its port, before its workers are ready: a debug build's first answer came a
/// third of a second later, which a test that kills the server at a chosen moment counted as
/// serving time.
fn wait_until_answering(port: u16, limit: Duration) {
    let start = Instant::now();
    loop {
        if let Ok(mut stream) = TcpStream::connect(("127.0.0.1", port)) {
            let _ = stream.set_read_timeout(Some(limit));
            let mut status = [0u8; 5];
            if stream.write_all(b"GET / HTTP/1.0\r\n\r\n").is_ok()
                && stream.read_exact(&mut status).is_ok()
                && &status == b"HTTP/"
            {
                return;
            }
        }
        assert!(
            start.elapsed() < limit,
            "the server on port {port} does not answer after {limit:?}"
        );
        std::thread::sleep(Duration::from_millis(25));
    }
}

/// Where the log of each server started with `capture_log` goes, by process id. A file, not a
/// pipe: a pipe read only at the end fills up with a verbose log and the server stops mid-request.
fn log_files() -> &'static std::sync::Mutex<std::collections::HashMap<u32, std::path::PathBuf>> {
    static FILES: std::sync::OnceLock<
        std::sync::Mutex<std::collections::HashMap<u32, std::path::PathBuf>>,
    > = std::sync::OnceLock::new();
    FILES.get_or_init(Default::default)
}

/// Starts `consult serve` on a free port with the database at `db`; when `capture_log`, its
/// log is kept (beside the database) for [`stop_and_read_log`].
pub fn start_consult(db: &std::path::Path, capture_log: bool) -> (Running, u16) {
    start_consult_with(db, capture_log, &[])
}

/// [`start_consult`] with extra environment variables, e.g. `RUST_LOG`.
pub fn start_consult_with(
    db: &std::path::Path,
    capture_log: bool,
    env: &[(&str, &str)],
) -> (Running, u16) {
    let command = |port: u16| {
        let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_consult"));
        command
            .envs(env.iter().copied())
            .args(["serve", "--db"])
            .arg(db)
            .args(["--bind", &format!("127.0.0.1:{port}")])
            .stdout(std::process::Stdio::null())
            .stderr(if capture_log {
                let file = std::fs::File::create(log_path(db, port)).expect("the log file opens");
                std::process::Stdio::from(file)
            } else {
                std::process::Stdio::null()
            });
        command
    };
    // Generous: nine browser tests start their servers and browsers at once on two cores.
    let limit = Duration::from_secs(60);
    let (running, port) = start_listening(command, limit);
    wait_until_answering(port, limit);
    if capture_log {
        log_files()
            .lock()
            .unwrap()
            .insert(running.0.id(), log_path(db, port));
    }
    (running, port)
}

fn log_path(db: &std::path::Path, port: u16) -> std::path::PathBuf {
    db.with_extension(format!("{port}.log"))
}

/// Sends `signal` (e.g. "TERM") to the process.
pub fn signal(process: &Running, signal: &str) {
    let status = std::process::Command::new("kill")
        .arg(format!("-{signal}"))
        .arg(process.0.id().to_string())
        .status()
        .unwrap();
    assert!(status.success(), "kill -{signal} failed");
}

/// The whole log of a server started with `capture_log`, after stopping it with SIGTERM.
pub fn stop_and_read_log(mut process: Running) -> String {
    signal(&process, "TERM");
    let _ = process.0.wait();
    let path = log_files()
        .lock()
        .unwrap()
        .remove(&process.0.id())
        .expect("the log was captured");
    std::fs::read_to_string(path).expect("the log is readable")
}

/// The most memory the process has held at once (VmHWM), in bytes.
pub fn peak_memory(process: &Running) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{}/status", process.0.id())).unwrap();
    let line = status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))
        .unwrap_or_else(|| panic!("no VmHWM in:\n{status}"));
    let kib: u64 = line
        .split_whitespace()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap();
    kib * 1024
}

/// The Python that has the SMTP server for the tests (Debian's `python3-aiosmtpd`), or `None`
/// when there is none, in which case the mail tests skip (and fail in CI).
pub fn python_with_aiosmtpd() -> Option<&'static str> {
    ["/usr/bin/python3", "python3"].into_iter().find(|python| {
        std::process::Command::new(python)
            .args(["-c", "import aiosmtpd"])
            .output()
            .is_ok_and(|o| o.status.success())
    })
}

/// A local SMTP server on `port` that prints each message it takes as a JSON line.
pub fn start_smtp_sink(
    python: &str,
    port: u16,
) -> (Running, std::io::BufReader<std::process::ChildStdout>) {
    let mut child = std::process::Command::new(python)
        .arg(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/support/smtp_sink.py"
        ))
        .arg(port.to_string())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("the SMTP sink starts");
    let stdout = child.stdout.take().unwrap();
    let mut lines = std::io::BufReader::new(stdout);
    let mut ready = String::new();
    std::io::BufRead::read_line(&mut lines, &mut ready).unwrap();
    assert_eq!(ready.trim(), "ready", "the SMTP sink did not start");
    (Running(child), lines)
}

/// Stores the revision of the 2017 draft made for the tests as its second version (document 2),
/// with the command line, as an administrator would.
pub fn revise_shipped_draft(db: &std::path::Path) {
    let revised = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/lineage/revised-draft.json");
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_consult"))
        .args(["document", "import"])
        .arg(&revised)
        .args(["--revises", "A/HRC/35/35", "--db"])
        .arg(db)
        .output()
        .expect("the binary runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

/// Loads the shipped draft's own JSON as its French version (the same words, marked French):
/// a version whose every unit aligns, for pages that show versions.
pub fn translate_shipped_draft(db: &std::path::Path) {
    let draft =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/draft-declaration-2017.json");
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_consult"))
        .args(["document", "import"])
        .arg(&draft)
        .args([
            "--translation-of",
            "A/HRC/35/35",
            "--language",
            "fr",
            "--db",
        ])
        .arg(db)
        .output()
        .expect("the binary runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

/// A revised shipped draft, and a French version of the first.
pub fn revise_and_translate_shipped_draft(db: &std::path::Path) {
    revise_shipped_draft(db);
    translate_shipped_draft(db);
}
