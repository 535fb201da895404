//! All SQL of text groups: placing queued items in groups, splitting one out, reading counts.

use std::collections::HashMap;

use rusqlite::{Connection, OptionalExtension, params};

use super::{
    ANCHOR_BELOW, CANDIDATES_COMPARED, CANDIDATES_PER_BAND, Field, Fingerprint, MIN_BANDS_MET,
    SIMILAR, Scope,
};

/// An item waiting to be grouped, with what its groups depend on.
struct Queued {
    id: i64,
    consultation_id: i64,
    document_id: i64,
    article: String,
    /// Visible items count in their article's distinct texts; hidden ones do not.
    visible: bool,
    process_id: i64,
    unit_id: i64,
    comment: QueuedText,
    proposal: QueuedText,
    /// Whether an organiser split its comment out of its group ([`split_out`]).
    comment_apart: bool,
}

/// One of a queued item's texts.
struct QueuedText {
    /// Whether to group it again.
    again: bool,
    text: String,
    /// The group it is in.
    current: Option<i64>,
}

/// The fingerprints of the anchors one grouping has read, by item and field's key.
type Anchors = HashMap<(i64, &'static str), Option<Fingerprint>>;

impl Queued {
    fn text(&self, field: Field) -> &QueuedText {
        match field {
            Field::Comment => &self.comment,
            Field::Proposal => &self.proposal,
        }
    }

    fn scope(&self, field: Field) -> Scope {
        Scope {
            field,
            id: match field {
                Field::Comment => self.process_id,
                Field::Proposal => self.unit_id,
            },
        }
    }
}

/// Items grouped per transaction when working through a backlog.
const BACKLOG_BATCH: i64 = 20_000;

/// Groups every queued item not deferred; the writer calls it at the end of every write
/// transaction, as it indexes the search, so an item is in its groups from the moment it is
/// stored (items of a large import: within moments of it, see [`defer_queued`]).
pub fn group_queued(conn: &Connection) -> rusqlite::Result<()> {
    while group_some(conn, BACKLOG_BATCH, Some(false))? > 0 {}
    Ok(())
}

/// Leaves the items queued so far in this transaction to [`group_deferred`], after it
/// commits: a large import is stored (and counted, and searchable) in one transaction, and
/// its items are grouped in batches of their own.
pub fn defer_queued(conn: &Connection) -> rusqlite::Result<()> {
    conn.prepare_cached("UPDATE text_group_queue SET deferred = 1 WHERE deferred = 0")?
        .execute([])?;
    Ok(())
}

/// Whether items wait for [`group_deferred`].
pub fn has_deferred(conn: &Connection) -> rusqlite::Result<bool> {
    conn.prepare_cached("SELECT EXISTS (SELECT 1 FROM text_group_queue WHERE deferred = 1)")?
        .query_row([], |r| r.get(0))
}

/// Groups up to `limit` deferred items, oldest first; returns how many were grouped (0: none
/// wait). Each call is meant to be a transaction of its own.
pub fn group_deferred(conn: &Connection, limit: i64) -> rusqlite::Result<usize> {
    group_some(conn, limit, Some(true))
}

/// Groups the items queued before the database was opened (all of them, after the migration
/// that brought groups), a batch per transaction, saying how far it has got.
pub fn group_backlog(conn: &mut Connection) -> anyhow::Result<()> {
    let waiting: i64 = conn.query_row("SELECT COUNT(*) FROM text_group_queue", [], |r| r.get(0))?;
    if waiting == 0 {
        return Ok(());
    }
    tracing::info!(
        items = waiting,
        "grouping identical and near-identical texts"
    );
    let mut done = 0;
    loop {
        let tx = conn.transaction()?;
        let grouped = group_some(&tx, BACKLOG_BATCH, None)?;
        tx.commit()?;
        if grouped == 0 {
            break;
        }
        done += grouped;
        tracing::info!(done, of = waiting, "grouped");
    }
    Ok(())
}

/// The columns [`queued_from_row`] reads, from `feedback f JOIN documents d LEFT JOIN units u`.
const QUEUED_COLUMNS: &str = r#"f.id, f.consultation_id, f.document_id, f.article,
    f.status = 'visible', COALESCE(d.process_id, 0), COALESCE(u.id, 0),
    f.comment, f.comment_group, f.proposed_text, f.proposal_group,
    COALESCE((SELECT apart FROM text_groups WHERE id = f.comment_group), 0)"#;
const QUEUED_JOINS: &str = r#"JOIN documents d ON d.id = f.document_id
    LEFT JOIN units u ON u.document_id = f.document_id AND u.article = f.article AND u.ref = f.ref"#;

fn queued_from_row(r: &rusqlite::Row, again: [bool; 2]) -> rusqlite::Result<Queued> {
    Ok(Queued {
        id: r.get(0)?,
        consultation_id: r.get(1)?,
        document_id: r.get(2)?,
        article: r.get(3)?,
        visible: r.get(4)?,
        process_id: r.get(5)?,
        unit_id: r.get(6)?,
        comment: QueuedText {
            again: again[0],
            text: r.get(7)?,
            current: r.get(8)?,
        },
        proposal: QueuedText {
            again: again[1],
            text: r.get(9)?,
            current: r.get(10)?,
        },
        comment_apart: r.get(11)?,
    })
}

/// Groups up to `limit` queued items, oldest first, those deferred or not (`Some`) or all
/// (`None`); returns how many.
fn group_some(conn: &Connection, limit: i64, deferred: Option<bool>) -> rusqlite::Result<usize> {
    // Two statements, so that each reads the queue by its own index.
    let (which, orphans) = match deferred {
        Some(_) => ("WHERE q.deferred = ?2", "WHERE deferred = ?1"),
        None => ("WHERE ?2 IS NULL", "WHERE ?1 IS NULL"),
    };
    let queued: Vec<Queued> = conn
        .prepare_cached(&format!(
            r#"SELECT {QUEUED_COLUMNS}, q.comment, q.proposal
               FROM text_group_queue q JOIN feedback f ON f.id = q.feedback_id {QUEUED_JOINS}
               {which} ORDER BY q.feedback_id LIMIT ?1"#
        ))?
        .query_map(rusqlite::params![limit, deferred], |r| {
            queued_from_row(r, [r.get(12)?, r.get(13)?])
        })?
        .collect::<rusqlite::Result<_>>()?;
    let mut anchors = HashMap::new();
    if !queued.is_empty() {
        let recent = RecentKeys::ready(conn)?;
        for item in &queued {
            group_item(&recent, item, &mut anchors)?;
        }
        recent.sweep()?;
    }
    // Queued items (of those asked for) whose row went in the same transaction.
    if queued.len() < limit as usize {
        conn.prepare_cached(&format!("DELETE FROM text_group_queue {orphans}"))?
            .execute(rusqlite::params![deferred])?;
    }
    Ok(queued.len())
}

/// Places `item`'s texts (those it is queued for) in their groups and takes it off the queue.
fn group_item(recent: &RecentKeys, item: &Queued, anchors: &mut Anchors) -> rusqlite::Result<()> {
    let conn = recent.conn;
    for field in [Field::Comment, Field::Proposal] {
        let text = item.text(field);
        // An organiser's split stands: the comment keeps its own group, whatever its
        // author changes in it (an edit would otherwise bring it back to the group it was
        // taken out of).
        if !text.again || (field == Field::Comment && item.comment_apart) {
            continue;
        }
        if let Some(group) = text.current {
            leave(recent, field, group, item)?;
        }
        let scope = item.scope(field);
        let Some(fingerprint) = Fingerprint::of(&text.text) else {
            join(conn, field, None, item)?;
            continue;
        };
        let (group, filing) = place(recent, scope, &fingerprint, item.id, anchors)?;
        join(conn, field, Some(group), item)?;
        let keys: Vec<i64> = match filing {
            Filing::Nothing => Vec::new(),
            Filing::Words => vec![fingerprint.exact_key(scope)],
            Filing::Everything => std::iter::once(fingerprint.exact_key(scope))
                .chain(fingerprint.band_keys(scope))
                .collect(),
        };
        recent.file(item.id, keys)?;
    }
    conn.prepare_cached("DELETE FROM text_group_queue WHERE feedback_id = ?1")?
        .execute([item.id])?;
    Ok(())
}

/// The keys filed on this connection or appended by others and not yet swept into
/// `text_group_keys`, held in a temporary table of the connection (in memory on the server's
/// writer), which is part of every transaction: a rolled-back write takes its keys back out.
/// Lookups read both. A key reaches the index when the sweep passes its range, so pages of
/// the index are written a lap at a time for every key that fell on them, not once per key
/// as texts arrive (see the migration `0033_keys_filed_in_sweeps.sql`).
///
/// From [`Self::ready`] to [`Self::sweep`] is one savepoint: what was caught up with is what
/// the sweep counts as seen, even where the caller runs no transaction of its own (then a
/// write by another connection in between fails this one instead of being skipped). Dropped
/// before its sweep, it rolls the savepoint back.
struct RecentKeys<'c> {
    conn: &'c Connection,
    swept: bool,
}

impl Drop for RecentKeys<'_> {
    fn drop(&mut self) {
        if !self.swept {
            let _ = self
                .conn
                .execute_batch("ROLLBACK TO recent_keys; RELEASE recent_keys");
        }
    }
}

/// Places of keys in the sweep: a key's bits as unsigned with the sign bit flipped, so that
/// places run in the keys' order from 0.
const SIGN: u64 = 1 << 63;
const LAP: u128 = 1 << 64;

fn key_at(place: u64) -> i64 {
    (place ^ SIGN) as i64
}

impl<'c> RecentKeys<'c> {
    /// This connection's copy of the unswept keys, made at its first grouping and brought
    /// up to date with what other connections appended since.
    fn ready(conn: &'c Connection) -> rusqlite::Result<Self> {
        conn.execute_batch("SAVEPOINT recent_keys")?;
        let recent = RecentKeys { conn, swept: false };
        let made: bool = conn
            .prepare_cached(
                "SELECT EXISTS (SELECT 1 FROM temp.sqlite_master WHERE name = 'text_group_recent')",
            )?
            .query_row([], |r| r.get(0))?;
        if !made {
            // Where temporary tables are in a file (the command line), room in memory for
            // every waiting key (a lap's are some 7 MB) before it spills there.
            conn.execute_batch(
                r#"CREATE TEMP TABLE text_group_recent (
                       key INTEGER NOT NULL,
                       item_id INTEGER NOT NULL,
                       PRIMARY KEY (key, item_id)
                   ) WITHOUT ROWID;
                   CREATE TEMP TABLE text_group_recent_seen (seq INTEGER NOT NULL);
                   INSERT INTO temp.text_group_recent_seen (seq) VALUES (0);
                   PRAGMA temp.cache_size = -65536;"#,
            )?;
            // Of the rows appended before this lap, those whose keys the sweep has passed in
            // this lap are in the index (passed since they were appended, in the last lap or
            // this one): only the rest are held. In the order appended: sorting them first
            // took more of the writer's memory than holding them.
            let cursor: i64 = conn
                .prepare_cached("SELECT cursor FROM text_group_sweep WHERE id = 1")?
                .query_row([], |r| r.get(0))?;
            conn.prepare_cached(
                r#"INSERT OR IGNORE INTO temp.text_group_recent (key, item_id)
                   SELECT key, item_id FROM main.text_group_unswept
                   WHERE seq >= (SELECT lap_started FROM text_group_sweep WHERE id = 1)
                      OR key >= ?1"#,
            )?
            .execute([key_at(cursor as u64)])?;
            recent.seen_up_to(recent.newest()?)?;
        } else {
            // What other connections appended since.
            conn.prepare_cached(
                r#"INSERT OR IGNORE INTO temp.text_group_recent (key, item_id)
                   SELECT key, item_id FROM main.text_group_unswept
                   WHERE seq > (SELECT seq FROM temp.text_group_recent_seen)"#,
            )?
            .execute([])?;
        }
        Ok(recent)
    }

    /// The last row appended to `text_group_unswept` (0: none yet).
    fn newest(&self) -> rusqlite::Result<i64> {
        let newest: Option<i64> = self
            .conn
            .prepare_cached("SELECT MAX(seq) FROM text_group_unswept")?
            .query_row([], |r| r.get(0))?;
        Ok(newest.unwrap_or(0))
    }

    /// Notes that this connection holds every row up to `seq`, as of the savepoint's reading
    /// (it caught up at [`Self::ready`]; a later append by another connection fails this
    /// one's writes).
    fn seen_up_to(&self, seq: i64) -> rusqlite::Result<()> {
        self.conn
            .prepare_cached("UPDATE temp.text_group_recent_seen SET seq = MAX(seq, ?1)")?
            .execute([seq])?;
        Ok(())
    }

    /// Files `item` under `keys`: found by lookups at once, in the index after the sweep.
    fn file(&self, item: i64, keys: impl IntoIterator<Item = i64>) -> rusqlite::Result<()> {
        let mut append = self
            .conn
            .prepare_cached("INSERT INTO text_group_unswept (key, item_id) VALUES (?1, ?2)")?;
        let mut keep = self.conn.prepare_cached(
            "INSERT OR IGNORE INTO temp.text_group_recent (key, item_id) VALUES (?1, ?2)",
        )?;
        for key in keys {
            append.execute(params![key, item])?;
            keep.execute(params![key, item])?;
        }
        Ok(())
    }

    /// Advances the sweep in step with the keys filed since it last moved: a lap over every
    /// key for each `lap_keys` of them. The keys of the range passed go into the index; at
    /// the end of a lap, the rows appended before it began (all swept by now) are deleted.
    fn sweep(mut self) -> rusqlite::Result<()> {
        let conn = self.conn;
        let (cursor, lap_started, advanced_for, lap_keys): (i64, i64, i64, i64) = conn
            .prepare_cached(
                "SELECT cursor, lap_started, advanced_for, lap_keys FROM text_group_sweep WHERE id = 1",
            )?
            .query_row([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?;
        let newest = self.newest()?.max(advanced_for);
        let filed = (newest - advanced_for) as u128;
        if filed > 0 {
            let from = u128::from(cursor as u64);
            let to = from + (filed * (LAP / lap_keys.max(1) as u128)).min(LAP);
            let lap_ended = to >= LAP;
            if lap_ended {
                self.move_into_index(from, LAP)?;
                self.move_into_index(0, to - LAP)?;
            } else {
                self.move_into_index(from, to)?;
            }
            let lap_started = if lap_ended {
                conn.prepare_cached("DELETE FROM text_group_unswept WHERE seq < ?1")?
                    .execute([lap_started])?;
                newest + 1
            } else {
                lap_started
            };
            conn.prepare_cached(
                r#"UPDATE text_group_sweep SET cursor = ?1, lap_started = ?2, advanced_for = ?3
                   WHERE id = 1"#,
            )?
            .execute(params![(to % LAP) as u64 as i64, lap_started, newest])?;
        }
        self.seen_up_to(newest)?;
        self.conn.execute_batch("RELEASE recent_keys")?;
        self.swept = true;
        Ok(())
    }

    /// Moves the keys at places `from..to` into the index. Keys of an item deleted while they
    /// waited go too (the deletion's trigger cannot reach this connection's temporary table):
    /// they name nothing a lookup finds, and asking `feedback` about each key moved was a
    /// seventh of what storing a text cost (see the migration
    /// `0034_group_keys_name_items_loosely.sql`).
    fn move_into_index(&self, from: u128, to: u128) -> rusqlite::Result<()> {
        if to <= from {
            return Ok(());
        }
        let (low, high) = (key_at(from as u64), key_at((to - 1) as u64));
        self.conn
            .prepare_cached(
                r#"INSERT OR IGNORE INTO text_group_keys (key, item_id)
                   SELECT r.key, r.item_id FROM temp.text_group_recent r
                   WHERE r.key BETWEEN ?1 AND ?2"#,
            )?
            .execute(params![low, high])?;
        self.conn
            .prepare_cached("DELETE FROM temp.text_group_recent WHERE key BETWEEN ?1 AND ?2")?
            .execute(params![low, high])?;
        Ok(())
    }
}

/// Which keys a newcomer is filed under, once placed.
enum Filing {
    /// An identical text already finds the group.
    Nothing,
    /// Its words, so its identical copies find the group at the first lookup.
    Words,
    /// Its words and bands: it anchors the group's texts that differ from the others.
    Everything,
}

/// A member a key names, as it is now.
struct Anchor {
    text: String,
    group: Option<i64>,
    apart: bool,
    scope_id: i64,
}

/// The group a text belongs to in its scope: the group of an identical text, else the group
/// of the anchor it most resembles (at least [`SIMILAR`]), else a new one.
fn place(
    recent: &RecentKeys,
    scope: Scope,
    fingerprint: &Fingerprint,
    newcomer: i64,
    anchors: &mut Anchors,
) -> rusqlite::Result<(i64, Filing)> {
    // The newest anchors first: an anchor that has left its group (edited, split out) keeps
    // its keys, and the member filed after it is newer.
    let conn = recent.conn;
    let mut by_key = conn.prepare_cached(
        r#"SELECT item_id FROM text_group_keys WHERE key = ?1
           UNION SELECT item_id FROM temp.text_group_recent WHERE key = ?1
           ORDER BY item_id DESC LIMIT ?2"#,
    )?;
    let mut anchor = conn.prepare_cached(&format!(
        r#"SELECT CASE ?2 WHEN 'comment' THEN f.comment ELSE f.proposed_text END,
                  CASE ?2 WHEN 'comment' THEN f.comment_group ELSE f.proposal_group END,
                  COALESCE(g.apart, 0),
                  CASE ?2 WHEN 'comment' THEN COALESCE(d.process_id, 0) ELSE COALESCE(u.id, 0) END
           FROM feedback f {QUEUED_JOINS}
           LEFT JOIN text_groups g
             ON g.id = CASE ?2 WHEN 'comment' THEN f.comment_group ELSE f.proposal_group END
           WHERE f.id = ?1 AND f.id <> ?3"#
    ))?;
    // An anchor's group, when it can take the newcomer, and its fingerprint: computed once
    // per batch, as a campaign's copies meet the same few anchors again and again.
    let mut anchor_of = |item: i64| -> rusqlite::Result<Option<(i64, Fingerprint)>> {
        let Some(anchor) = anchor
            .query_row(params![item, scope.field.key(), newcomer], |r| {
                Ok(Anchor {
                    text: r.get(0)?,
                    group: r.get(1)?,
                    apart: r.get(2)?,
                    scope_id: r.get(3)?,
                })
            })
            .optional()?
            .filter(|a| !a.apart && a.scope_id == scope.id)
        else {
            return Ok(None);
        };
        let Some(group) = anchor.group else {
            return Ok(None);
        };
        let fingerprint = anchors
            .entry((item, scope.field.key()))
            .or_insert_with(|| Fingerprint::of(&anchor.text));
        Ok(fingerprint.clone().map(|f| (group, f)))
    };

    let exact = fingerprint.exact_key(scope);
    let named: Vec<i64> = by_key
        .query_map(params![exact, CANDIDATES_PER_BAND], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    for item in named {
        if let Some((group, anchor)) = anchor_of(item)?
            && anchor.exact_key(scope) == exact
        {
            return Ok((group, Filing::Nothing));
        }
    }

    let mut votes: HashMap<i64, usize> = HashMap::new();
    for band in fingerprint.band_keys(scope) {
        for item in by_key.query_map(params![band, CANDIDATES_PER_BAND], |r| r.get::<_, i64>(0))? {
            *votes.entry(item?).or_default() += 1;
        }
    }
    let mut candidates: Vec<(i64, usize)> = votes
        .into_iter()
        .filter(|(_, bands)| *bands >= MIN_BANDS_MET)
        .collect();
    candidates.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    for (item, _) in candidates.into_iter().take(CANDIDATES_COMPARED) {
        let Some((group, anchor)) = anchor_of(item)? else {
            continue;
        };
        let similarity = anchor.similarity(fingerprint);
        if similarity >= SIMILAR {
            let filing = if similarity < ANCHOR_BELOW {
                Filing::Everything
            } else {
                Filing::Words
            };
            return Ok((group, filing));
        }
    }
    conn.prepare_cached("INSERT INTO text_groups (field) VALUES (?1)")?
        .execute([scope.field.key()])?;
    Ok((conn.last_insert_rowid(), Filing::Everything))
}

/// Puts `item`'s text of `field` in `group` (or in none), counting it there.
fn join(
    conn: &Connection,
    field: Field,
    group: Option<i64>,
    item: &Queued,
) -> rusqlite::Result<()> {
    conn.prepare_cached(&format!(
        "UPDATE feedback SET {} = ?2 WHERE id = ?1",
        field.column()
    ))?
    .execute(params![item.id, group])?;
    let Some(group) = group else {
        return Ok(());
    };
    conn.prepare_cached("UPDATE text_groups SET size = size + 1 WHERE id = ?1")?
        .execute([group])?;
    conn.prepare_cached(
        r#"INSERT INTO text_group_consultations (group_id, consultation_id, count) VALUES (?1, ?2, 1)
           ON CONFLICT DO UPDATE SET count = count + 1"#,
    )?
    .execute(params![group, item.consultation_id])?;
    if field == Field::Comment && item.visible {
        let on_article: i64 = conn
            .prepare_cached(
                r#"INSERT INTO text_group_articles (group_id, document_id, article, count)
                   VALUES (?1, ?2, ?3, 1)
                   ON CONFLICT DO UPDATE SET count = count + 1 RETURNING count"#,
            )?
            .query_row(params![group, item.document_id, item.article], |r| r.get(0))?;
        if on_article == 1 {
            conn.prepare_cached(
                r#"INSERT INTO distinct_tally (document_id, article, texts) VALUES (?1, ?2, 1)
                   ON CONFLICT DO UPDATE SET texts = texts + 1"#,
            )?
            .execute(params![item.document_id, item.article])?;
        }
    }
    Ok(())
}

/// Takes `item`'s text of `field` out of `group`. The group's earliest remaining member is
/// filed under its keys, so the group's text still finds it if `item` was its only anchor.
fn leave(recent: &RecentKeys, field: Field, group: i64, item: &Queued) -> rusqlite::Result<()> {
    let conn = recent.conn;
    conn.prepare_cached("UPDATE text_groups SET size = size - 1 WHERE id = ?1")?
        .execute([group])?;
    conn.prepare_cached(
        r#"UPDATE text_group_consultations SET count = count - 1
           WHERE group_id = ?1 AND consultation_id = ?2"#,
    )?
    .execute(params![group, item.consultation_id])?;
    conn.prepare_cached("DELETE FROM text_group_consultations WHERE group_id = ?1 AND count <= 0")?
        .execute([group])?;
    if field == Field::Comment && item.visible {
        let left: Option<i64> = conn
            .prepare_cached(
                r#"UPDATE text_group_articles SET count = count - 1
                   WHERE group_id = ?1 AND document_id = ?2 AND article = ?3 RETURNING count"#,
            )?
            .query_row(params![group, item.document_id, item.article], |r| r.get(0))
            .optional()?;
        if left == Some(0) {
            conn.prepare_cached(
                "DELETE FROM text_group_articles WHERE group_id = ?1 AND document_id = ?2 AND article = ?3",
            )?
            .execute(params![group, item.document_id, item.article])?;
            conn.prepare_cached(
                "UPDATE distinct_tally SET texts = texts - 1 WHERE document_id = ?1 AND article = ?2",
            )?
            .execute(params![item.document_id, item.article])?;
        }
    }
    let next: Option<Queued> = conn
        .prepare_cached(&format!(
            r#"SELECT {QUEUED_COLUMNS} FROM feedback f {QUEUED_JOINS}
               WHERE f.{column} = ?1 AND f.id <> ?2 ORDER BY f.id LIMIT 1"#,
            column = field.column()
        ))?
        .query_row(params![group, item.id], |r| queued_from_row(r, [false; 2]))
        .optional()?;
    if let Some(next) = next {
        if let Some(fingerprint) = Fingerprint::of(&next.text(field).text) {
            let scope = next.scope(field);
            recent.file(
                next.id,
                std::iter::once(fingerprint.exact_key(scope)).chain(fingerprint.band_keys(scope)),
            )?;
        }
    }
    Ok(())
}

/// Takes item `id`'s comment out of its group into a group of its own that nothing else
/// joins, and that its author's edits do not take it out of; returns the group it left, or
/// `None` when the item has no comment group.
pub fn split_out(conn: &Connection, id: i64) -> rusqlite::Result<Option<i64>> {
    let Some(item) = conn
        .prepare_cached(&format!(
            "SELECT {QUEUED_COLUMNS} FROM feedback f {QUEUED_JOINS} WHERE f.id = ?1"
        ))?
        .query_row([id], |r| queued_from_row(r, [false; 2]))
        .optional()?
    else {
        return Ok(None);
    };
    let Some(group) = item.text(Field::Comment).current else {
        return Ok(None);
    };
    let recent = RecentKeys::ready(conn)?;
    leave(&recent, Field::Comment, group, &item)?;
    recent.sweep()?;
    conn.prepare_cached("INSERT INTO text_groups (field, apart) VALUES ('comment', 1)")?
        .execute([])?;
    let apart = conn.last_insert_rowid();
    join(conn, Field::Comment, Some(apart), &item)?;
    Ok(Some(group))
}

/// A group as the desk shows it beside one of its members.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupSize {
    pub group: i64,
    /// Members, this item included.
    pub size: i64,
    pub consultations: i64,
}

/// How many distinct comments (comment groups) one article has among its visible items.
pub fn distinct_texts_on(
    conn: &Connection,
    document_id: i64,
    article: &str,
) -> rusqlite::Result<i64> {
    conn.prepare_cached(
        "SELECT COALESCE(SUM(texts), 0) FROM distinct_tally WHERE document_id = ?1 AND article = ?2",
    )?
    .query_row(params![document_id, article], |r| r.get(0))
}

/// How many distinct comments (comment groups) each article of `document_id` has among its
/// visible items.
pub fn distinct_texts(
    conn: &Connection,
    document_id: i64,
) -> rusqlite::Result<HashMap<String, i64>> {
    conn.prepare_cached("SELECT article, texts FROM distinct_tally WHERE document_id = ?1")?
        .query_map([document_id], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A database with the shipped draft and consultations, its sweep lapping every
    /// `lap_keys` keys.
    fn seeded(path: &std::path::Path, lap_keys: i64) -> Connection {
        let conn = crate::storage::open_direct(path).unwrap();
        conn.execute("UPDATE text_group_sweep SET lap_keys = ?1", [lap_keys])
            .unwrap();
        conn
    }

    /// Stores a comment on Article 4 and groups it, as one write of the server's.
    fn submit(conn: &Connection, comment: &str) -> i64 {
        conn.execute_batch("BEGIN IMMEDIATE").unwrap();
        let id = insert(conn, comment);
        group_queued(conn).unwrap();
        conn.execute_batch("COMMIT").unwrap();
        id
    }

    /// Stores a comment on the draft's first paragraph, queued for grouping.
    fn insert(conn: &Connection, comment: &str) -> i64 {
        conn.execute(
            r#"INSERT INTO feedback (consultation_id, document_id, article, ref, stance,
                 comment_type, comment, token_hash, created_at, updated_at, ref_position)
               SELECT c.id, u.document_id, u.article, u.ref, (SELECT key FROM stances LIMIT 1),
                      (SELECT key FROM comment_types LIMIT 1), ?1, randomblob(32),
                      '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', u.position
               FROM units u, consultations c ORDER BY u.id, c.id LIMIT 1"#,
            [comment],
        )
        .unwrap();
        conn.last_insert_rowid()
    }

    fn group_of(conn: &Connection, id: i64) -> i64 {
        conn.query_row(
            "SELECT comment_group FROM feedback WHERE id = ?1",
            [id],
            |r| r.get(0),
        )
        .unwrap()
    }

    fn count(conn: &Connection, sql: &str) -> i64 {
        conn.query_row(sql, [], |r| r.get(0)).unwrap()
    }

    /// A text of its own, 40 words from a vocabulary no other text here draws from alike.
    fn text(n: usize) -> String {
        (0..40)
            .map(|w| format!("w{}x{}", (n * 7919 + w * 104_729) % 100_003, w % 7))
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// `text(n)` with one word of forty changed: shares well over 80% of its phrases.
    fn near_copy(n: usize) -> String {
        text(n).replacen("x3", "changed", 1)
    }

    #[test]
    fn near_copies_meet_their_anchor_whether_its_keys_were_swept_or_not() {
        let dir = tempfile::tempdir().unwrap();
        let conn = seeded(&dir.path().join("db"), 200);
        let originals: Vec<i64> = (0..60).map(|n| submit(&conn, &text(n))).collect();
        let distinct: std::collections::HashSet<i64> =
            originals.iter().map(|&id| group_of(&conn, id)).collect();
        assert_eq!(distinct.len(), 60, "sixty different texts, sixty groups");
        // Nine keys a text, a lap every 200 keys (22 texts): the first texts' keys are in the
        // index by now, the last ones' still waiting for the sweep.
        let swept = count(&conn, "SELECT COUNT(DISTINCT item_id) FROM text_group_keys");
        let waiting = count(
            &conn,
            "SELECT COUNT(DISTINCT item_id) FROM temp.text_group_recent",
        );
        assert!(swept > 30, "{swept} texts' keys swept into the index");
        assert!(waiting > 0, "{waiting} texts' keys waiting");
        // The newest first: their anchors' keys are still waiting for the sweep.
        let (mut met_waiting, mut met_swept) = (0, 0);
        for (n, original) in originals.iter().enumerate().rev() {
            let waiting = count(
                &conn,
                &format!("SELECT COUNT(*) FROM temp.text_group_recent WHERE item_id = {original}"),
            );
            let copy = submit(&conn, &near_copy(n));
            assert_eq!(
                group_of(&conn, copy),
                group_of(&conn, *original),
                "text {n}"
            );
            if waiting == 9 {
                met_waiting += 1;
            } else if waiting == 0 {
                met_swept += 1;
            }
        }
        assert!(
            met_waiting > 0 && met_swept > 0,
            "{met_waiting} waiting, {met_swept} swept"
        );
        // Two laps at most are kept (and what the last write filed), however many were run.
        let kept = count(&conn, "SELECT COUNT(*) FROM text_group_unswept");
        assert!(kept <= 2 * 200 + 9, "{kept} rows kept for the sweep");
        let every_key = count(&conn, "SELECT COUNT(*) FROM text_group_keys")
            + count(
                &conn,
                "SELECT COUNT(*) FROM temp.text_group_recent WHERE (key, item_id) NOT IN (SELECT key, item_id FROM text_group_keys)",
            );
        // The copies anchor their groups too (one word in forty changed: 0.85 alike).
        assert_eq!(
            every_key,
            120 * 9,
            "each text filed under its words and 8 bands, once"
        );
        // Another connection holds only the keys the sweep has not passed since they were
        // filed, and with the index finds every text.
        let other = crate::storage::open_direct(&dir.path().join("db")).unwrap();
        let copy = submit(&other, &text(59).replacen("x5", "another", 1));
        assert_eq!(group_of(&other, copy), group_of(&other, originals[59]));
        let held = count(&other, "SELECT COUNT(*) FROM temp.text_group_recent");
        let kept = count(&other, "SELECT COUNT(*) FROM text_group_unswept");
        assert!(held < kept - 9, "{held} held of {kept} kept");
        let every_key = count(&other, "SELECT COUNT(*) FROM text_group_keys")
            + count(
                &other,
                "SELECT COUNT(*) FROM temp.text_group_recent WHERE (key, item_id) NOT IN (SELECT key, item_id FROM text_group_keys)",
            );
        assert_eq!(every_key, 121 * 9, "none missing from what it holds");
    }

    #[test]
    fn a_connection_finds_the_keys_another_filed_and_has_not_swept() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("db");
        let first = seeded(&path, 1_000_000);
        let second = crate::storage::open_direct(&path).unwrap();
        let a = submit(&first, &text(1));
        // The second connection's first grouping reads what the first has filed...
        let a_copy = submit(&second, &near_copy(1));
        assert_eq!(group_of(&second, a_copy), group_of(&second, a));
        // ...and the first, already holding its own, catches up with the second's.
        let b = submit(&second, &text(2));
        let b_copy = submit(&first, &near_copy(2));
        assert_eq!(group_of(&first, b_copy), group_of(&first, b));
        assert_eq!(
            count(&first, "SELECT COUNT(*) FROM text_group_keys"),
            0,
            "nothing swept yet"
        );
    }

    #[test]
    fn keys_of_an_item_deleted_before_their_sweep_name_nothing_once_swept() {
        let dir = tempfile::tempdir().unwrap();
        let conn = seeded(&dir.path().join("db"), 200);
        let gone = submit(&conn, &text(1));
        let gone_group = group_of(&conn, gone);
        // Not the newest row, so its id is not given again.
        submit(&conn, &text(2));
        conn.execute("DELETE FROM feedback WHERE id = ?1", [gone])
            .unwrap();
        // A lap and more of other texts, each committed: the sweep moves the deleted item's
        // keys into the index, which must take them.
        for n in 100..130 {
            submit(&conn, &text(n));
        }
        let waiting = format!("SELECT COUNT(*) FROM temp.text_group_recent WHERE item_id = {gone}");
        assert_eq!(count(&conn, &waiting), 0, "the sweep has passed its keys");
        // The same text again, and a near copy of it: a group of their own.
        let again = submit(&conn, &text(1));
        let copy = submit(&conn, &near_copy(1));
        assert_ne!(group_of(&conn, again), gone_group);
        assert_eq!(group_of(&conn, copy), group_of(&conn, again));
        let size: i64 = conn
            .query_row(
                "SELECT size FROM text_groups WHERE id = ?1",
                [group_of(&conn, again)],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(size, 2);
    }

    #[test]
    fn keys_left_by_a_deleted_item_find_nothing_in_the_text_given_its_id() {
        let dir = tempfile::tempdir().unwrap();
        let conn = seeded(&dir.path().join("db"), 200);
        // The newest row: SQLite gives its id to the next one.
        let gone = submit(&conn, &text(1));
        conn.execute("DELETE FROM feedback WHERE id = ?1", [gone])
            .unwrap();
        let other = submit(&conn, &text(2));
        assert_eq!(other, gone, "the id given again");
        for n in 100..130 {
            submit(&conn, &text(n));
        }
        let stale = count(
            &conn,
            &format!("SELECT COUNT(*) FROM text_group_keys WHERE item_id = {gone}"),
        );
        assert!(
            stale > 9,
            "{stale} keys: the deleted text's and the new one's"
        );
        // A copy of the deleted text meets its keys, and the other text behind them.
        let copy = submit(&conn, &near_copy(1));
        assert_ne!(group_of(&conn, copy), group_of(&conn, other));
        assert_eq!(
            count(
                &conn,
                &format!(
                    "SELECT size FROM text_groups WHERE id = {}",
                    group_of(&conn, copy)
                )
            ),
            1
        );
    }

    #[test]
    fn a_write_rolled_back_takes_its_keys_back_out() {
        // Temporary tables in a file (the command line) and in memory (the server's writer).
        for temp_store in ["FILE", "MEMORY"] {
            let dir = tempfile::tempdir().unwrap();
            let conn = seeded(&dir.path().join("db"), 1_000_000);
            conn.pragma_update(None, "temp_store", temp_store).unwrap();
            submit(&conn, &text(1));
            let before = count(&conn, "SELECT COUNT(*) FROM temp.text_group_recent");
            conn.execute_batch("BEGIN IMMEDIATE").unwrap();
            insert(&conn, &text(2));
            group_queued(&conn).unwrap();
            assert!(count(&conn, "SELECT COUNT(*) FROM temp.text_group_recent") > before);
            conn.execute_batch("ROLLBACK").unwrap();
            let after = count(&conn, "SELECT COUNT(*) FROM temp.text_group_recent");
            assert_eq!(after, before, "{temp_store}");
            let kept = count(&conn, "SELECT COUNT(*) FROM text_group_unswept");
            assert_eq!(kept, before, "{temp_store}");
        }
    }
}
