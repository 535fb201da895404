//! The CSRF key, stored so that forms stay valid across restarts.

use rusqlite::{Connection, OptionalExtension};

use super::CsrfKey;

const NAME: &str = "csrf_key";

/// Makes the key once, at first start.
#[tracing::instrument(level = "debug", skip_all)]
pub fn ensure_key(conn: &Connection) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT OR IGNORE INTO secrets (name, value) VALUES (?1, ?2)",
        rusqlite::params![NAME, crate::tokens::random_bytes::<32>().to_vec()],
    )?;
    Ok(())
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn load_key(conn: &Connection) -> anyhow::Result<CsrfKey> {
    let bytes: Option<Vec<u8>> = conn
        .query_row("SELECT value FROM secrets WHERE name = ?1", [NAME], |r| {
            r.get(0)
        })
        .optional()?;
    let bytes: [u8; 32] = bytes
        .ok_or_else(|| anyhow::anyhow!("the database has no CSRF key"))?
        .try_into()
        .map_err(|_| anyhow::anyhow!("the stored CSRF key is not 32 bytes"))?;
    Ok(CsrfKey::new(bytes))
}
