//! The database as this application uses it: `db.rs` with the application's hooks. Every
//! way in (the server, the command line, the tests) opens it through here, so an empty
//! database is always filled with the shipped data, and no write commits feedback that the
//! search cannot find (but a large import's, found moments after: [`defer_finishing`]).

use std::path::Path;

use rusqlite::Connection;

use crate::db::{self, Hooks};

pub fn hooks() -> Hooks {
    Hooks {
        prepare,
        before_commit: finish_write,
    }
}

/// Fills an empty database, finishes what an import left (killed before it finished), then
/// groups the texts of items stored before text groups were.
fn prepare(conn: &mut Connection) -> anyhow::Result<()> {
    crate::seed::load_if_empty(conn)?;
    finish_deferred(conn, |_| {})?;
    crate::text_groups::repo::group_backlog(conn)
}

/// What every write transaction does last: index the new and edited items for search and
/// put them in their text groups. A bulk load that writes around the app calls it too.
pub fn finish_write(conn: &Connection) -> rusqlite::Result<()> {
    crate::review::repo::index_queued(conn)?;
    crate::text_groups::repo::group_queued(conn)
}

/// Items of a deferred batch indexed and grouped per transaction: about a fifth of a second of the
/// writer's time, so submissions interleave with the finishing of a large import.
const DEFERRED_BATCH: i64 = 1_000;

/// Indexes for search and groups the items a large import left for after its commit (see
/// [`defer_finishing`]), a batch per transaction, calling `progress` with each batch's size.
/// Left unfinished (the process killed), the rest are finished at the database's next opening.
pub fn finish_deferred(
    conn: &mut Connection,
    mut progress: impl FnMut(usize),
) -> anyhow::Result<()> {
    // Read first: every opening asks, and a write would cost a commit each time.
    if !crate::review::repo::has_deferred(conn)? && !crate::text_groups::repo::has_deferred(conn)? {
        return Ok(());
    }
    loop {
        let (indexed, grouped) = write(conn, |conn| {
            Ok((
                crate::review::repo::index_deferred(conn, DEFERRED_BATCH)?,
                crate::text_groups::repo::group_deferred(conn, DEFERRED_BATCH)?,
            ))
        })?;
        if indexed == 0 && grouped == 0 {
            return Ok(());
        }
        progress(indexed.max(grouped));
    }
}

/// Leaves the items written so far in this transaction to be indexed and grouped by
/// [`finish_deferred`] once it commits: a large import is stored and counted in one
/// transaction, and its items found by the search and grouped moments later.
pub fn defer_finishing(conn: &Connection) -> rusqlite::Result<()> {
    crate::review::repo::defer_indexing(conn)?;
    crate::text_groups::repo::defer_queued(conn)
}

/// A read-write connection for the command line and tests; write with [`write`].
pub fn open_direct(path: &Path) -> anyhow::Result<Connection> {
    db::open_direct(path, &hooks())
}

/// Runs `f` in one transaction on a direct connection, ending it as the server's writer does.
pub fn write<T>(
    conn: &mut Connection,
    f: impl FnOnce(&Connection) -> anyhow::Result<T>,
) -> anyhow::Result<T> {
    db::write_direct(conn, &hooks(), f)
}
