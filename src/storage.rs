//! The database as this application uses it: `db.rs` with the application's hooks. Every
//! way in (the server, the command line, the tests) opens it through here, so an empty
//! database is always filled with the shipped data, and no write commits feedback that the
//! search cannot find.

use std::path::Path;

use rusqlite::Connection;

use crate::db::{self, Hooks};

pub fn hooks() -> Hooks {
    Hooks {
        prepare,
        before_commit: finish_write,
    }
}

/// Fills an empty database, then groups the texts of items stored before text groups were.
fn prepare(conn: &mut Connection) -> anyhow::Result<()> {
    crate::seed::load_if_empty(conn)?;
    crate::text_groups::repo::group_backlog(conn)
}

/// What every write transaction does last: index the new and edited items for search and
/// put them in their text groups. A bulk load that writes around the app calls it too.
pub fn finish_write(conn: &Connection) -> rusqlite::Result<()> {
    crate::review::repo::index_queued(conn)?;
    crate::text_groups::repo::group_queued(conn)
}

/// Groups the items a large import left to group, a batch per transaction (see
/// [`crate::text_groups::repo::defer_queued`]), calling `progress` with each batch's size.
/// Left unfinished (the process killed), the rest are grouped at the database's next opening.
pub fn group_deferred(
    conn: &mut Connection,
    mut progress: impl FnMut(usize),
) -> anyhow::Result<()> {
    loop {
        let grouped = write(conn, |conn| {
            Ok(crate::text_groups::repo::group_deferred(
                conn,
                crate::text_groups::repo::DEFERRED_BATCH,
            )?)
        })?;
        if grouped == 0 {
            return Ok(());
        }
        progress(grouped);
    }
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
