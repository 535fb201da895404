//! The database: migrations, one writer thread with group commit, a checkpointer, a pool of
//! readers.
//!
//! SQLite allows one writer at a time and each durable commit costs an fsync. So one thread
//! owns the only connection that writes; handlers send it jobs. It takes every job waiting (up
//! to a cap), runs each inside its own SAVEPOINT so a failing job fails alone, commits once
//! with `synchronous=FULL`, and only then answers them all. A caller that got `Ok` knows its
//! write is on disk; under load one fsync carries many writes. Another thread copies the
//! write-ahead log into the database file beside the writer ([`CHECKPOINTS`]).
//!
//! This module knows no domain: what fills an empty database and what finishes every write
//! transaction (the search index) come in as [`Hooks`], registered by `storage.rs`; the error
//! type handlers use comes in as `Db`'s parameter.

use std::panic::AssertUnwindSafe;
use std::path::{Path, PathBuf};
use std::sync::mpsc;

use anyhow::Context;
use r2d2_sqlite::SqliteConnectionManager;
use rusqlite::config::DbConfig;
use rusqlite::{Connection, OpenFlags};
use rusqlite_migration::{M, Migrations};
use tokio::sync::oneshot;

use std::marker::PhantomData;

/// Jobs taken into one transaction at most; bounds how long any caller waits for a commit.
const MAX_BATCH: usize = 256;
/// When the write-ahead log is copied into the database file (a checkpoint), as the server runs.
/// SQLite's own rule, 1,000 pages copied by the writer as it commits, put every copy in the
/// way of the submissions waiting for that commit, and copied a page written by many
/// transactions as many times. Past [`Checkpoints::beside_writer`] pages a thread of its own
/// copies the log while the writer goes on; past [`Checkpoints::by_writer`] the writer copies
/// what is left, between two transactions, so the log can start again from its beginning
/// (which it can only do once copied whole, and a copy made beside a busy writer seldom ends
/// whole). The writer's copy holds up the submissions waiting for the next commit: at four
/// times the other's threshold the thread beside it has usually copied the log whole by then,
/// and the writer's copies are rarer and shorter (a submission's p99 halved at a million
/// items). The log file stays under 150 MB.
const CHECKPOINTS: Checkpoints = Checkpoints {
    beside_writer: 8_192,
    by_writer: 32_768,
};
/// Connections for pages and other short reads.
const READERS: u32 = 8;
/// Prepared statements a connection keeps. The writer's end of every transaction (search
/// index, text groups) alone runs some thirty: with rusqlite's default of 16, they pushed each
/// other out and every item re-parsed its SQL.
const STATEMENT_CACHE: usize = 128;

pub type ReadPool = r2d2::Pool<SqliteConnectionManager>;
type Reply = Box<dyn FnOnce(Result<(), String>) + Send>;
type Job = Box<dyn FnOnce(&Connection) -> (bool, Reply) + Send>;

/// The database for callers whose errors are `E`.
pub struct Db<E> {
    readers: ReadPool,
    long_reads: LongReads,
    writer: mpsc::Sender<Job>,
    error: PhantomData<fn() -> E>,
}

impl<E> Clone for Db<E> {
    fn clone(&self) -> Self {
        Self {
            readers: self.readers.clone(),
            long_reads: self.long_reads.clone(),
            writer: self.writer.clone(),
            error: PhantomData,
        }
    }
}

/// What the application runs around the database's own work.
#[derive(Clone, Copy)]
pub struct Hooks {
    /// Runs at every open, after the migrations: fills an empty database.
    pub prepare: fn(&mut Connection) -> anyhow::Result<()>,
    /// Runs inside every write transaction, just before it commits.
    pub before_commit: fn(&Connection) -> rusqlite::Result<()>,
}

/// Connections for reads that last as long as a client takes to download (streamed exports),
/// in a pool of their own: however many such reads stall, the pages keep their connections.
#[derive(Clone)]
struct LongReads {
    pool: ReadPool,
    slots: std::sync::Arc<tokio::sync::Semaphore>,
}

/// The right to one long read; the slot frees when this is dropped.
pub struct LongReadSlot {
    pool: ReadPool,
    _permit: tokio::sync::OwnedSemaphorePermit,
}

impl LongReadSlot {
    /// The slot's connection; call from a blocking thread.
    pub fn connection(&self) -> anyhow::Result<r2d2::PooledConnection<SqliteConnectionManager>> {
        Ok(self.pool.get()?)
    }
}

/// A pool of `size` read-only connections, opening at least `min_idle` at once.
fn reader_pool(path: &Path, size: u32, min_idle: Option<u32>) -> anyhow::Result<ReadPool> {
    let manager = SqliteConnectionManager::file(path)
        .with_flags(OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX)
        .with_init(|c| {
            c.set_prepared_statement_cache_capacity(STATEMENT_CACHE);
            c.set_db_config(DbConfig::SQLITE_DBCONFIG_ENABLE_QPSG, true)?;
            c.execute_batch("PRAGMA busy_timeout = 10000;")
        });
    r2d2::Pool::builder()
        .max_size(size)
        .min_idle(min_idle)
        // A connection to a local file does not go stale; the check ran a statement on every
        // request.
        .test_on_check_out(false)
        .build(manager)
        .context("cannot open a reader pool")
}

/// Every migration, in order; the schema's version is how many have run.
const MIGRATIONS: &[M<'static>] = &[
    M::up(include_str!("../migrations/0001_core.sql")),
    M::up(include_str!("../migrations/0002_audit.sql")),
    M::up(include_str!("../migrations/0003_review.sql")),
    M::up(include_str!("../migrations/0004_hidden_index.sql")),
    M::up(include_str!(
        "../migrations/0005_search_in_reading_order.sql"
    )),
    M::up(include_str!(
        "../migrations/0006_reading_order_covers_filters.sql"
    )),
    M::up(include_str!("../migrations/0007_feedback_revisions.sql")),
    M::up(include_str!("../migrations/0008_processes.sql")),
    M::up(include_str!("../migrations/0009_organiser_accounts.sql")),
    M::up(include_str!("../migrations/0010_draft_uploads.sql")),
    M::up(include_str!("../migrations/0011_consultation_schedule.sql")),
    M::up(include_str!("../migrations/0012_invitations.sql")),
    M::up(include_str!("../migrations/0013_process_vocabularies.sql")),
    M::up(include_str!("../migrations/0014_versions.sql")),
    M::up(include_str!("../migrations/0015_addressed_in.sql")),
    M::up(include_str!("../migrations/0016_tally_by_unit.sql")),
    M::up(include_str!("../migrations/0017_hidden_by_unit.sql")),
    M::up(include_str!("../migrations/0018_key_comments.sql")),
    M::up(include_str!("../migrations/0019_text_groups.sql")),
    M::up(include_str!("../migrations/0020_provenance.sql")),
    M::up(include_str!("../migrations/0021_imports.sql")),
    M::up(include_str!("../migrations/0022_import_uploads.sql")),
    M::up(include_str!("../migrations/0023_rooms.sql")),
    M::up(include_str!("../migrations/0024_deferred_indexing.sql")),
    M::up(include_str!("../migrations/0025_translations.sql")),
    M::up(include_str!("../migrations/0026_translation_uploads.sql")),
    M::up(include_str!("../migrations/0027_title_and_whole.sql")),
    M::up(include_str!("../migrations/0028_discussion_questions.sql")),
    M::up(include_str!("../migrations/0029_breakout_groups.sql")),
    M::up(include_str!("../migrations/0030_thematic_areas.sql")),
    M::up(include_str!("../migrations/0031_search_words.sql")),
    M::up(include_str!("../migrations/0032_uploads_numbered_once.sql")),
    M::up(include_str!("../migrations/0033_keys_filed_in_sweeps.sql")),
    M::up(include_str!(
        "../migrations/0034_group_keys_name_items_loosely.sql"
    )),
];

fn migrations() -> Migrations<'static> {
    Migrations::from_slice(MIGRATIONS)
}

/// How many migrations this build knows: a file made by a build with a newer schema is
/// refused rather than half understood.
pub fn schema_version() -> usize {
    MIGRATIONS.len()
}

/// An empty database in memory with every migration applied, for unit tests.
#[cfg(test)]
pub fn migrated_in_memory() -> Connection {
    let mut conn = Connection::open_in_memory().expect("an in-memory database");
    conn.pragma_update(None, "foreign_keys", "OFF")
        .expect("a pragma");
    migrations()
        .to_latest(&mut conn)
        .expect("the migrations apply");
    conn
}

fn configure(conn: &Connection) -> rusqlite::Result<()> {
    conn.set_prepared_statement_cache_capacity(STATEMENT_CACHE);
    // Plans that never depend on bound values. Otherwise SQLite weighs each `?` against the
    // partial indexes' conditions and prepares a statement again whenever a new value is
    // bound: a third of the time of grouping texts went on parsing the same SQL.
    conn.set_db_config(DbConfig::SQLITE_DBCONFIG_ENABLE_QPSG, true)?;
    conn.execute_batch(
        "PRAGMA foreign_keys = ON;
         PRAGMA busy_timeout = 10000;
         PRAGMA synchronous = FULL;",
    )
}

impl<E: From<anyhow::Error> + Send + 'static> Db<E> {
    /// Opens (or creates) the database, applies pending migrations, loads the seed data into an
    /// empty database, then starts the writer thread and the reader pools, with `long_reads`
    /// slots for long reads.
    #[tracing::instrument(skip_all, fields(path = %path.display()))]
    pub fn open(path: &Path, long_reads: usize, hooks: Hooks) -> anyhow::Result<Self> {
        Self::open_with(path, long_reads, hooks, CHECKPOINTS)
    }

    fn open_with(
        path: &Path,
        long_reads: usize,
        hooks: Hooks,
        checkpoints: Checkpoints,
    ) -> anyhow::Result<Self> {
        let conn = open_writing(path, &hooks, TempStore::Memory)?;
        let readers = reader_pool(path, READERS, None)?;
        let long_reads = long_reads.max(1);
        let long_reads = LongReads {
            // Opened on demand: an idle server holds none of the long-read pool.
            pool: reader_pool(path, u32::try_from(long_reads)?, Some(0))?,
            slots: std::sync::Arc::new(tokio::sync::Semaphore::new(long_reads)),
        };

        let checkpointer = Checkpointer::start(path, &conn, checkpoints)?;
        let (sender, receiver) = mpsc::channel::<Job>();
        std::thread::Builder::new()
            .name("db-writer".into())
            .spawn(move || run_writer(conn, receiver, hooks.before_commit, checkpointer))
            .context("cannot start the database writer")?;
        Ok(Db {
            readers,
            long_reads,
            writer: sender,
            error: PhantomData,
        })
    }

    /// Runs `f` on a read-only connection, off the async threads, in one read transaction: a
    /// page's statements see one state of the database (its counts agree with its items),
    /// and the connection keeps the pages it read between them, where a commit between two
    /// statements made it read them all again.
    pub async fn read<T, F>(&self, f: F) -> Result<T, E>
    where
        F: FnOnce(&Connection) -> Result<T, E> + Send + 'static,
        T: Send + 'static,
    {
        let pool = self.readers.clone();
        tokio::task::spawn_blocking(move || {
            let mut conn = pool.get().map_err(|e| E::from(e.into()))?;
            // Ended when dropped, should `f` fail or panic, before the connection is reused.
            let snapshot = conn
                .transaction_with_behavior(rusqlite::TransactionBehavior::Deferred)
                .map_err(|e| E::from(e.into()))?;
            f(&snapshot)
        })
        .await
        .map_err(|e| E::from(anyhow::anyhow!("reader task failed: {e}")))?
    }

    /// A slot for a long read such as a streamed export, or `None` when every slot is taken.
    pub fn long_read_slot(&self) -> Option<LongReadSlot> {
        let permit = self.long_reads.slots.clone().try_acquire_owned().ok()?;
        Some(LongReadSlot {
            pool: self.long_reads.pool.clone(),
            _permit: permit,
        })
    }

    /// Runs `f` in the writer's next transaction; answers once that transaction is committed.
    /// If `f` fails, its own changes are rolled back and the others in the batch still commit.
    pub async fn write<T, F>(&self, f: F) -> Result<T, E>
    where
        F: FnOnce(&Connection) -> Result<T, E> + Send + 'static,
        T: Send + 'static,
    {
        let (reply_to, answer) = oneshot::channel::<Result<T, E>>();
        let job: Job = Box::new(move |conn| {
            let outcome = std::panic::catch_unwind(AssertUnwindSafe(|| f(conn)))
                .unwrap_or_else(|_| Err(anyhow::anyhow!("a database job panicked").into()));
            let succeeded = outcome.is_ok();
            let reply: Reply = Box::new(move |commit| {
                let result = match commit {
                    Ok(()) => outcome,
                    Err(e) => outcome.and(Err(anyhow::anyhow!("commit failed: {e}").into())),
                };
                let _ = reply_to.send(result);
            });
            (succeeded, reply)
        });
        self.writer
            .send(job)
            .map_err(|_| anyhow::anyhow!("the database writer has stopped"))?;
        answer
            .await
            .map_err(|_| anyhow::anyhow!("the database writer dropped a job"))?
    }
}

/// Log sizes, in pages, at which the log is copied into the database (see [`CHECKPOINTS`]).
#[derive(Debug, Clone, Copy)]
struct Checkpoints {
    beside_writer: i32,
    by_writer: i32,
}

// rusqlite's `wal_hook` takes a plain `fn`, which cannot hold the writer's state: the count
// passes through the writer thread's own cell, read back after each commit on that thread.
thread_local! {
    /// Pages in the write-ahead log after the last commit on this thread, as SQLite reports it.
    static LOG_PAGES: std::cell::Cell<i32> = const { std::cell::Cell::new(0) };
}

fn note_log_pages(_: &rusqlite::hooks::Wal, pages: std::ffi::c_int) -> rusqlite::Result<()> {
    LOG_PAGES.set(pages);
    Ok(())
}

/// Copies the write-ahead log into the database, beside the writer or, past a size, by it.
struct Checkpointer {
    nudge: mpsc::SyncSender<()>,
    at: Checkpoints,
}

impl Checkpointer {
    /// Takes over the checkpoints of `writer` (SQLite's automatic ones stop) with a thread and
    /// a connection of its own.
    fn start(path: &Path, writer: &Connection, at: Checkpoints) -> anyhow::Result<Self> {
        let conn = Connection::open(path)
            .with_context(|| format!("cannot open the database {}", path.display()))?;
        configure(&conn)?;
        // One nudge waiting is enough: a copy takes every page committed before it starts.
        let (nudge, nudged) = mpsc::sync_channel::<()>(1);
        std::thread::Builder::new()
            .name("db-checkpointer".into())
            .spawn(move || {
                while nudged.recv().is_ok() {
                    checkpoint(&conn);
                }
            })
            .context("cannot start the database checkpointer")?;
        writer.wal_hook(Some(note_log_pages));
        Ok(Self { nudge, at })
    }

    /// Called by the writer after each commit.
    fn after_commit(&self, writer: &Connection) {
        let pages = LOG_PAGES.take();
        if pages >= self.at.by_writer {
            checkpoint(writer);
        } else if pages >= self.at.beside_writer {
            // Full: a copy is already asked for.
            let _ = self.nudge.try_send(());
        }
    }
}

/// Copies what it can of the log into the database, waiting for no reader or writer. A copy
/// that fails is only logged: the next commit past the threshold asks again.
fn checkpoint(conn: &Connection) {
    if let Err(e) = conn.query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |_| Ok(())) {
        tracing::warn!(error = %e, "cannot copy the log into the database");
    }
}

fn run_writer(
    conn: Connection,
    jobs: mpsc::Receiver<Job>,
    before_commit: fn(&Connection) -> rusqlite::Result<()>,
    checkpointer: Checkpointer,
) {
    while let Ok(first) = jobs.recv() {
        let mut batch = vec![first];
        while batch.len() < MAX_BATCH {
            match jobs.try_recv() {
                Ok(job) => batch.push(job),
                Err(_) => break,
            }
        }
        let size = batch.len();
        if let Err(e) = conn.execute_batch("BEGIN IMMEDIATE") {
            tracing::error!(error = %e, "cannot begin a write transaction");
            // Each job still runs and answers, failing on its own statements; nothing commits.
        }
        let mut replies = Vec::with_capacity(size);
        for job in batch {
            let savepoint = conn.execute_batch("SAVEPOINT job");
            let (succeeded, reply) = job(&conn);
            if savepoint.is_ok() {
                let end = if succeeded {
                    "RELEASE job"
                } else {
                    "ROLLBACK TO job; RELEASE job"
                };
                if let Err(e) = conn.execute_batch(end) {
                    tracing::error!(error = %e, "cannot close a savepoint");
                }
            }
            replies.push(reply);
        }
        // Inside the same transaction, once a batch: what the hook derives from the batch's
        // writes (the search index) commits with them.
        let commit = before_commit(&conn)
            .and_then(|()| conn.execute_batch("COMMIT"))
            .map_err(|e| e.to_string());
        if let Err(e) = &commit {
            tracing::error!(error = %e, jobs = size, "commit failed");
            let _ = conn.execute_batch("ROLLBACK");
        }
        tracing::trace!(jobs = size, "committed");
        for reply in replies {
            reply(commit.clone());
        }
        checkpointer.after_commit(&conn);
    }
}

/// `ids` as one bound value, for `IN (SELECT value FROM json_each(?))`: a statement with a
/// placeholder per id is prepared anew for every count, and preparing was a twentieth of a
/// review page's time.
pub fn id_list(ids: &[i64]) -> String {
    serde_json::Value::from(ids).to_string()
}

/// Opens a read-write connection for the command line, with migrations applied and the
/// `prepare` hook run. Write with [`write_direct`], so every write ends as the server's do.
pub fn open_direct(path: &Path, hooks: &Hooks) -> anyhow::Result<Connection> {
    open_writing(path, hooks, TempStore::Default)
}

/// Where a writing connection keeps its temporary tables.
enum TempStore {
    /// SQLite's default: a file, so the command line's large sorts stay on disk.
    Default,
    /// Memory, with their journal: the server's writer keeps the text groups' keys waiting
    /// for their sweep in a temporary table (`text_groups::repo::RecentKeys`), and a file
    /// journal made and emptied at every commit was a tenth of its time.
    Memory,
}

fn open_writing(path: &Path, hooks: &Hooks, temp_store: TempStore) -> anyhow::Result<Connection> {
    let mut conn = Connection::open(path)
        .with_context(|| format!("cannot open the database {}", path.display()))?;
    conn.pragma_update(None, "journal_mode", "WAL")?;
    // Migrations that rebuild a table run with foreign keys off, as SQLite asks; the whole
    // database is checked once they have run (only then: the check reads every table, more
    // than a second at a million items).
    conn.pragma_update(None, "foreign_keys", "OFF")?;
    let before = migrations().current_version(&conn)?;
    migrations()
        .to_latest(&mut conn)
        .context("cannot apply the database migrations")?;
    if migrations().current_version(&conn)? != before {
        let broken: i64 =
            conn.query_row("SELECT COUNT(*) FROM pragma_foreign_key_check", [], |r| {
                r.get(0)
            })?;
        anyhow::ensure!(
            broken == 0,
            "the database has {broken} broken references after migrating"
        );
    }
    configure(&conn)?;
    // Before anything makes a temporary table: changing the store drops them.
    if let TempStore::Memory = temp_store {
        conn.pragma_update(None, "temp_store", "MEMORY")?;
    }
    (hooks.prepare)(&mut conn)?;
    Ok(conn)
}

/// Runs `f` in a transaction of its own on a direct connection, then the `before_commit` hook,
/// then commits: the command line's writes end exactly as the server's writer ends its own.
pub fn write_direct<T>(
    conn: &mut Connection,
    hooks: &Hooks,
    f: impl FnOnce(&Connection) -> anyhow::Result<T>,
) -> anyhow::Result<T> {
    // Immediate: the write lock is taken (waiting out the server's writer) before anything is
    // read, so what was read cannot be overtaken by a commit in between.
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    let outcome = f(&tx)?;
    (hooks.before_commit)(&tx)?;
    tx.commit()?;
    Ok(outcome)
}

/// Copies the database at `source` to `target` with SQLite's online backup, while a server may
/// be writing to it. The copy is one consistent snapshot: the whole database is copied in a
/// single step under one read transaction (in WAL mode this does not block the writer). It is
/// written beside `target`, checked, and renamed into place.
#[tracing::instrument(skip_all, fields(source = %source.display(), target = %target.display()))]
pub fn backup(source: &Path, target: &Path) -> anyhow::Result<()> {
    // A copy over the database itself would replace the file under the server, which would
    // go on writing to the file it had open while the copy took its name: refused.
    let same_file = |a: &Path, b: &Path| match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    };
    let beside = |suffix: &str| {
        let mut name = source.as_os_str().to_owned();
        name.push(suffix);
        PathBuf::from(name)
    };
    anyhow::ensure!(
        !same_file(source, target)
            && !same_file(&beside("-wal"), target)
            && !same_file(&beside("-shm"), target),
        "{} is the database itself: give the backup another path",
        target.display()
    );
    let from = Connection::open_with_flags(source, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .with_context(|| format!("cannot open {}", source.display()))?;
    from.execute_batch("PRAGMA busy_timeout = 10000;")?;
    let file_name = target
        .file_name()
        .ok_or_else(|| anyhow::anyhow!("{} is not a file path", target.display()))?;
    let partial = target.with_file_name(format!(".{}.partial", file_name.to_string_lossy()));
    let _ = std::fs::remove_file(&partial);
    {
        let mut to = Connection::open(&partial)
            .with_context(|| format!("cannot create {}", partial.display()))?;
        let copy = rusqlite::backup::Backup::new(&from, &mut to)?;
        // -1: every page in one step, so the copy is a single snapshot.
        while copy.step(-1)? != rusqlite::backup::StepResult::Done {
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        drop(copy);
        let check: String = to.query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
        anyhow::ensure!(check == "ok", "the copy fails its integrity check: {check}");
        // One self-contained file: fold any WAL content in before renaming.
        to.pragma_update(None, "journal_mode", "DELETE")?;
    }
    std::fs::rename(&partial, target)
        .with_context(|| format!("cannot move the copy to {}", target.display()))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_are_valid() {
        migrations().validate().unwrap();
    }

    #[test]
    fn a_database_made_before_processes_gets_its_draft_as_the_first_process() {
        let mut conn = Connection::open_in_memory().unwrap();
        migrations().to_version(&mut conn, 7).unwrap();
        conn.execute(
            "INSERT INTO documents (symbol, title, year, language) VALUES ('S/1', 'A draft', 2017, 'en')",
            [],
        )
        .unwrap();
        migrations().to_latest(&mut conn).unwrap();
        let process: (i64, String, String) = conn
            .query_row("SELECT id, slug, title FROM processes", [], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?))
            })
            .unwrap();
        assert_eq!(
            process,
            (
                1,
                crate::processes::SHIPPED_PROCESS_SLUG.into(),
                "A draft".into()
            )
        );
        let of_document: i64 = conn
            .query_row("SELECT process_id FROM documents", [], |r| r.get(0))
            .unwrap();
        assert_eq!(of_document, 1);
    }
}

#[cfg(test)]
mod writer_tests {
    use super::*;

    fn open_temp() -> (tempfile::TempDir, Db<anyhow::Error>) {
        let (dir, _, db) = open_in_folder(crate::storage::hooks(), CHECKPOINTS);
        (dir, db)
    }

    /// A database in a folder of its own, with `hooks`, its log copied at `checkpoints`.
    fn open_in_folder(
        hooks: Hooks,
        checkpoints: Checkpoints,
    ) -> (tempfile::TempDir, std::path::PathBuf, Db<anyhow::Error>) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.db");
        let db = Db::open_with(&path, 2, hooks, checkpoints).unwrap();
        (dir, path, db)
    }

    #[tokio::test]
    async fn the_writer_commits_with_full_synchronous_durability() {
        let (_dir, db) = open_temp();
        let synchronous: i64 = db
            .write(|conn| Ok(conn.query_row("PRAGMA synchronous", [], |r| r.get(0))?))
            .await
            .unwrap();
        assert_eq!(synchronous, 2, "FULL");
        let journal: String = db
            .read(|conn| Ok(conn.query_row("PRAGMA journal_mode", [], |r| r.get(0))?))
            .await
            .unwrap();
        assert_eq!(journal, "wal");
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_failing_job_fails_alone_in_its_batch() {
        let (_dir, db) = open_temp();
        db.write(|conn| Ok(conn.execute_batch("CREATE TABLE t (n INTEGER NOT NULL)")?))
            .await
            .unwrap();
        let mut jobs = Vec::new();
        for n in 0..50i64 {
            let db = db.clone();
            jobs.push(tokio::spawn(async move {
                db.write(move |conn| {
                    conn.execute("INSERT INTO t (n) VALUES (?1)", [n])?;
                    if n % 5 == 0 {
                        // Fails after a write of its own, which must be undone.
                        conn.execute("INSERT INTO t (n) VALUES (NULL)", [])?;
                    }
                    Ok(n)
                })
                .await
            }));
        }
        let mut failed = 0;
        for job in jobs {
            if job.await.unwrap().is_err() {
                failed += 1;
            }
        }
        assert_eq!(failed, 10);
        let (rows, multiples_of_five): (i64, i64) = db
            .read(|conn| {
                Ok(conn.query_row(
                    "SELECT COUNT(*), COUNT(*) FILTER (WHERE n % 5 = 0) FROM t",
                    [],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )?)
            })
            .await
            .unwrap();
        assert_eq!((rows, multiples_of_five), (40, 0));
    }

    #[tokio::test]
    async fn a_read_sees_one_state_of_the_database_throughout() {
        let (_dir, path, db) = open_in_folder(BARE, CHECKPOINTS);
        db.write(|conn| Ok(conn.execute_batch("CREATE TABLE t (n INTEGER NOT NULL)")?))
            .await
            .unwrap();
        let (before, after) = db
            .read(move |conn| {
                let count = || conn.query_row("SELECT COUNT(*) FROM t", [], |r| r.get::<_, i64>(0));
                let before = count()?;
                // Another connection commits between the read's two statements.
                Connection::open(&path)?.execute("INSERT INTO t (n) VALUES (1)", [])?;
                Ok((before, count()?))
            })
            .await
            .unwrap();
        assert_eq!((before, after), (0, 0));
        let now: i64 = db
            .read(|conn| Ok(conn.query_row("SELECT COUNT(*) FROM t", [], |r| r.get(0))?))
            .await
            .unwrap();
        assert_eq!(now, 1, "the next read sees the commit");
    }

    #[tokio::test]
    async fn a_failed_or_panicking_read_leaves_its_connection_usable() {
        let (_dir, db) = open_temp();
        // More than the pool holds, so every connection has failed once.
        for n in 0..2 * READERS {
            let outcome = db
                .read(move |conn| {
                    conn.query_row("SELECT 1", [], |r| r.get::<_, i64>(0))?;
                    if n % 2 == 0 {
                        panic!("a reader panicked");
                    }
                    Err::<(), _>(anyhow::anyhow!("a reader failed"))
                })
                .await;
            assert!(outcome.is_err());
        }
        for _ in 0..2 * READERS {
            let one: i64 = db
                .read(|conn| Ok(conn.query_row("SELECT 1", [], |r| r.get(0))?))
                .await
                .unwrap();
            assert_eq!(one, 1);
        }
    }

    /// Commits `transactions` transactions of one 4 KiB row each, through the writer.
    async fn write_pages(db: &Db<anyhow::Error>, transactions: usize) {
        db.write(|conn| Ok(conn.execute_batch("CREATE TABLE pages (b BLOB NOT NULL)")?))
            .await
            .unwrap();
        for _ in 0..transactions {
            db.write(|conn| {
                Ok(conn.execute("INSERT INTO pages (b) VALUES (randomblob(4096))", [])?)
            })
            .await
            .unwrap();
        }
    }

    fn size(path: &Path) -> u64 {
        std::fs::metadata(path).map_or(0, |m| m.len())
    }

    /// No seed data and nothing at commits: only the writer's own work.
    const BARE: Hooks = Hooks {
        prepare: |_| Ok(()),
        before_commit: |_| Ok(()),
    };

    /// Rows of `pages` in the database file itself, the log left aside: a copy of the file
    /// alone, opened. `None` while the copy cannot be read (caught in the middle of a copy).
    fn rows_in_the_file(path: &Path) -> Option<i64> {
        let copy = path.with_file_name("file-alone.db");
        let _ = std::fs::remove_file(copy.with_extension("db-wal"));
        std::fs::copy(path, &copy).ok()?;
        let conn = Connection::open(&copy).ok()?;
        conn.query_row("SELECT COUNT(*) FROM pages", [], |r| r.get(0))
            .ok()
    }

    #[tokio::test]
    async fn the_log_is_copied_into_the_database_beside_the_writer() {
        let (_dir, path, db) = open_in_folder(
            BARE,
            Checkpoints {
                beside_writer: 16,
                by_writer: i32::MAX,
            },
        );
        write_pages(&db, 100).await;
        // The copy starts once the log holds 16 pages: a shorter tail waits for the next
        // writes, and how the writes were grouped into commits decides how long it is.
        let copied = |rows: Option<i64>| rows.is_some_and(|n| n > 100 - 16);
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        let mut rows = None;
        while !copied(rows) && std::time::Instant::now() < deadline {
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
            rows = rows_in_the_file(&path);
        }
        assert!(copied(rows), "{rows:?} of 100 rows in the file");
    }

    #[tokio::test]
    async fn the_log_starts_again_once_past_the_writers_limit() {
        let (_dir, path, db) = open_in_folder(
            BARE,
            Checkpoints {
                beside_writer: 8,
                by_writer: 32,
            },
        );
        let log_path = path.with_extension("db-wal");
        // What the migrations left in the log, before the writer's first commit.
        let before = size(&log_path);
        write_pages(&db, 300).await;
        // Each transaction adds a few pages to the log; past 32 the writer copies it whole and
        // the next transaction writes from its beginning again: the file grows no further
        // than the first commit after the migrations took it.
        let log = size(&log_path);
        assert!(
            log <= before + 64 * (4096 + 24),
            "a log of {log} bytes, {before} before"
        );
        let rows: i64 = db
            .read(|conn| Ok(conn.query_row("SELECT COUNT(*) FROM pages", [], |r| r.get(0))?))
            .await
            .unwrap();
        assert_eq!(rows, 300);
    }

    #[tokio::test]
    async fn a_panicking_job_is_an_error_and_the_writer_lives_on() {
        let (_dir, db) = open_temp();
        let outcome: Result<(), anyhow::Error> = db.write(|_| panic!("boom")).await;
        assert!(outcome.is_err());
        let one: i64 = db
            .write(|conn| Ok(conn.query_row("SELECT 1", [], |r| r.get(0))?))
            .await
            .unwrap();
        assert_eq!(one, 1);
    }

    #[test]
    fn drafts_stored_before_the_title_and_whole_get_them_after_their_text_and_in_lineage() {
        let mut conn = Connection::open_in_memory().unwrap();
        migrations().to_version(&mut conn, 26).unwrap();
        conn.execute_batch(
            r#"INSERT INTO processes (id, slug, title, position, created_at)
                 VALUES (1, 'p', 'P', 0, '');
               INSERT INTO documents (id, symbol, title, year, language, process_id, version, based_on)
                 VALUES (1, 'S/1', 'A draft', 2017, 'en', 1, 1, NULL),
                        (2, 'S/2', 'A revised draft', 2018, 'en', 1, 2, 1),
                        (3, 'S/3', 'A revised draft', 2019, 'en', 1, 3, 2);
               INSERT INTO units (document_id, article, ref, position, kind, text) VALUES
                 (1, 'preamble', '', 0, 'article', ''), (1, '1', '', 1, 'article', 'One.'),
                 (2, 'preamble', '', 0, 'article', ''), (2, '1', '', 1, 'article', 'One.'),
                 (2, '2', '', 2, 'article', 'Two.'),
                 (3, 'preamble', '', 0, 'article', ''), (3, '1', '', 1, 'article', 'One.'),
                 (3, '2', '', 2, 'article', 'Two.');
               INSERT INTO unit_links (from_document, to_document, from_article, from_ref,
                                       to_article, to_ref, kind, similarity, doubtful,
                                       confirmed_by, confirmed_at) VALUES
                 (1, 2, '1', '', '1', '', 'unchanged', 1, 0, 'alice', '2018-01-01'),
                 (2, 3, '1', '', '1', '', 'unchanged', 1, 0, NULL, NULL);"#,
        )
        .unwrap();
        migrations().to_latest(&mut conn).unwrap();
        let units: Vec<(i64, String, i64, String)> = conn
            .prepare(
                "SELECT document_id, article, position, text FROM units \
                 WHERE article IN ('title', 'whole') ORDER BY document_id, position",
            )
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        let unit = |d, a: &str, p, t: &str| (d, a.to_string(), p, t.to_string());
        assert_eq!(
            units,
            [
                unit(1, "title", 2, "A draft"),
                unit(1, "whole", 3, ""),
                unit(2, "title", 3, "A revised draft"),
                unit(2, "whole", 4, ""),
                unit(3, "title", 3, "A revised draft"),
                unit(3, "whole", 4, ""),
            ]
        );
        let links: Vec<(i64, String, String, Option<String>)> = conn
            .prepare(
                "SELECT to_document, to_article, kind, confirmed_by FROM unit_links \
                 WHERE to_article IN ('title', 'whole') ORDER BY to_document, to_article",
            )
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        let link = |d, a: &str, k: &str, by: Option<&str>| {
            (d, a.to_string(), k.to_string(), by.map(str::to_string))
        };
        assert_eq!(
            links,
            [
                link(2, "title", "amended", Some("alice")),
                link(2, "whole", "unchanged", Some("alice")),
                link(3, "title", "unchanged", None),
                link(3, "whole", "unchanged", None),
            ]
        );
    }

    #[test]
    fn group_keys_lose_their_foreign_key_and_keep_every_key_and_the_deletion_trigger() {
        let mut conn = database_at_version_4_with_feedback();
        migrations().to_version(&mut conn, 33).unwrap();
        conn.execute_batch(
            "INSERT INTO text_group_keys (key, item_id) VALUES (-7, 1), (5, 1), (5, 2), (9, 3);",
        )
        .unwrap();
        migrations().to_latest(&mut conn).unwrap();
        let keys: Vec<(i64, i64)> = conn
            .prepare("SELECT key, item_id FROM text_group_keys ORDER BY key, item_id")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(keys, [(-7, 1), (5, 1), (5, 2), (9, 3)]);
        let foreign_keys: i64 = conn
            .query_row(
                "SELECT COUNT(*) FROM pragma_foreign_key_list('text_group_keys')",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(foreign_keys, 0);
        conn.execute("DELETE FROM feedback WHERE id = 1", [])
            .unwrap();
        let left: i64 = conn
            .query_row("SELECT COUNT(*) FROM text_group_keys", [], |r| r.get(0))
            .unwrap();
        assert_eq!(left, 2, "the deleted item's keys go with it");
    }

    /// Feedback in a database from before the search index keyed by reading order.
    fn database_at_version_4_with_feedback() -> Connection {
        let mut conn = Connection::open_in_memory().unwrap();
        migrations().to_version(&mut conn, 4).unwrap();
        // Only the units matter here, not the document and consultation they belong to.
        conn.execute_batch(
            r#"PRAGMA foreign_keys = OFF;
               INSERT INTO units (document_id, article, ref, position, kind, text) VALUES
                 (1, '4', '', 20, 'article', ''), (1, '4', '1', 21, 'paragraph', ''),
                 (1, '4', '2', 22, 'paragraph', ''), (1, '5', '', 23, 'article', '');
               INSERT INTO feedback (id, consultation_id, document_id, article, ref, ref_position,
                                     stance, comment_type, comment, proposed_text, token_hash,
                                     created_at, updated_at) VALUES
                 (1, 1, 1, '4', '2', 22, 'amend', 'drafting', 'Oceans rise', '', x'01', '', ''),
                 (2, 1, 1, '5', '', 23, 'amend', 'drafting', 'Oceans again', '', x'02', '', ''),
                 (3, 1, 1, '4', '1', 21, 'amend', 'drafting', 'Dry land', 'oceanic', x'03', '', '');"#,
        )
        .unwrap();
        conn
    }

    fn search_keys(conn: &Connection, words: &str) -> Vec<i64> {
        conn.prepare(
            "SELECT rowid FROM feedback_search WHERE feedback_search MATCH ?1 ORDER BY rowid",
        )
        .unwrap()
        .query_map([words], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
    }

    #[test]
    fn feedback_sent_before_the_reading_order_index_is_indexed_by_its_place() {
        let mut conn = database_at_version_4_with_feedback();
        migrations().to_latest(&mut conn).unwrap();
        let key = |position: i64, id: i64| (1 << 52) | (position << 36) | id;
        assert_eq!(
            search_keys(&conn, "ocean*"),
            [key(21, 3), key(22, 1), key(23, 2)]
        );
        conn.execute(
            "UPDATE feedback SET comment = 'Dry land, rising', ref = '1', ref_position = 21 WHERE id = 1",
            [],
        )
        .unwrap();
        assert_eq!(search_keys(&conn, "ocean*"), [key(21, 3), key(23, 2)]);
        assert_eq!(search_keys(&conn, "rise"), Vec::<i64>::new(), "edited away");
        assert_eq!(search_keys(&conn, "rising"), Vec::<i64>::new(), "not yet");
        crate::review::repo::index_queued(&conn).unwrap();
        assert_eq!(
            search_keys(&conn, "rising"),
            [key(21, 1)],
            "under its new place"
        );
        conn.execute("DELETE FROM feedback WHERE id = 3", [])
            .unwrap();
        assert_eq!(search_keys(&conn, "ocean*"), [key(23, 2)]);
    }

    #[test]
    fn an_item_edited_or_deleted_before_it_is_indexed_is_indexed_as_it_ends() {
        let mut conn = database_at_version_4_with_feedback();
        migrations().to_latest(&mut conn).unwrap();
        let key = |position: i64, id: i64| (1 << 52) | (position << 36) | id;
        conn.execute_batch(
            r#"INSERT INTO feedback (id, consultation_id, document_id, article, ref, ref_position,
                                     stance, comment_type, comment, token_hash, created_at, updated_at)
               VALUES (4, 1, 1, '4', '', 20, 'amend', 'drafting', 'Tides', x'04', '', ''),
                      (5, 1, 1, '4', '', 20, 'amend', 'drafting', 'Tides too', x'05', '', '');
               UPDATE feedback SET comment = 'Tidal waves', ref = '2', ref_position = 22 WHERE id = 4;
               DELETE FROM feedback WHERE id = 5;"#,
        )
        .unwrap();
        crate::review::repo::index_queued(&conn).unwrap();
        assert_eq!(search_keys(&conn, "tid*"), [key(22, 4)]);
        let queued: i64 = conn
            .query_row("SELECT COUNT(*) FROM feedback_search_queue", [], |r| {
                r.get(0)
            })
            .unwrap();
        assert_eq!(queued, 0);
    }

    #[test]
    fn the_search_words_follow_what_the_items_say_after_edits_and_deletions() {
        let mut conn = database_at_version_4_with_feedback();
        migrations().to_latest(&mut conn).unwrap();
        let listed = |conn: &Connection, word: &str| -> bool {
            conn.query_row(
                "SELECT EXISTS (SELECT 1 FROM search_words WHERE word = ?1)",
                [word],
                |r| r.get(0),
            )
            .unwrap()
        };
        assert!(
            listed(&conn, "oceans") && listed(&conn, "oceanic"),
            "listed when migrated"
        );
        conn.execute_batch(
            r#"UPDATE feedback SET comment = 'Dry Ålands' WHERE id = 1;
               DELETE FROM feedback WHERE id = 3;"#,
        )
        .unwrap();
        crate::review::repo::index_queued(&conn).unwrap();
        assert!(
            listed(&conn, "alands"),
            "an edit's new word, folded as the index folds it"
        );
        assert!(!listed(&conn, "rise"), "edited away");
        assert!(!listed(&conn, "oceanic"), "deleted with its item");
        assert!(listed(&conn, "oceans"), "still said by item 2");
        assert!(
            listed(&conn, "dry"),
            "said by the edited item, after its deleted one"
        );
        let recheck: i64 = conn
            .query_row("SELECT COUNT(*) FROM search_words_recheck", [], |r| {
                r.get(0)
            })
            .unwrap();
        assert_eq!(recheck, 0);
    }

    #[test]
    fn feedback_beyond_the_search_key_layout_is_refused_not_misfiled() {
        let mut conn = database_at_version_4_with_feedback();
        migrations().to_latest(&mut conn).unwrap();
        let refusal = |sql: &str| match conn.execute(sql, []) {
            Ok(_) => String::new(),
            Err(e) => e.to_string(),
        };
        let layout = "beyond the search key layout";
        assert!(refusal(
            r#"INSERT INTO feedback (id, consultation_id, document_id, article, ref, ref_position,
                                     stance, comment_type, comment, token_hash, created_at, updated_at)
               VALUES (1 << 36, 1, 1, '4', '', 20, 'amend', 'drafting', 'Far', x'04', '', '')"#
        )
        .contains(layout));
        assert!(
            refusal("UPDATE feedback SET ref_position = 1 << 16 WHERE id = 2").contains(layout),
            "a paragraph position past the layout is refused too"
        );
        assert_eq!(
            refusal("UPDATE feedback SET ref_position = (1 << 16) - 1 WHERE id = 2"),
            "",
            "the last position of the layout is taken"
        );
    }
}
