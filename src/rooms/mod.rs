//! Rooms that work offline: one consultation served from an organiser's laptop over the
//! meeting room's network, then gathered back at the centre.
//!
//! `consult room pack` writes what a room needs (the consultation, its process, draft
//! version, lists and organiser accounts) with a key drawn for the room and remembered here.
//! `consult serve --room` fills a new database from the pack and serves it. `consult room
//! export` writes the room's items (what was sent and edited, moderation, dispositions, key
//! marks, the hashes of the private links, a workshop's breakout groups and their points)
//! signed with the room's key, and `consult room merge` adds them at the centre.
//!
//! Merging is idempotent. A room item is known by the room database's instance and its number
//! there; for each, the centre keeps a digest of the room's state when last merged and the
//! number of the export it came from. An older export changes nothing; in a newer one, each
//! part of an item (what it says, its moderation, its disposition, its key mark) is taken
//! only if the room changed it since, and when the centre changed it too, the later change is
//! kept and the other's text is recorded as a revision ([`reconcile`]).

pub mod file;
pub mod repo;

use std::path::Path;

use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::db::Hooks;

/// Why a room file or database is not taken. Nothing is stored when one is returned.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum Refusal {
    #[error("this is not a {0} file")]
    NotARoomFile(&'static str),
    #[error(
        "this file has layout {found}, made by a later version of consult (this one reads up to {known}): update consult here first"
    )]
    NewerFormat { found: u32, known: u32 },
    #[error(
        "this pack holds a database of schema {found}, made by a later version of consult (this one knows up to {known}): update consult here first"
    )]
    NewerSchema { found: usize, known: usize },
    #[error("this file cannot be read: {0}")]
    Malformed(String),
    #[error("room {0} was not packed from this database: merge its export where it was packed")]
    UnknownRoom(String),
    #[error(
        "the file's signature does not match its room's key: it was altered or damaged after the room wrote it"
    )]
    Altered,
    #[error("this export is for the consultation {file}, not {here}")]
    OtherConsultation { file: String, here: String },
    #[error("there is no consultation {0}")]
    NoConsultation(String),
    #[error("this database is not a room's: export from the database `consult serve --room` made")]
    NotARoomDatabase,
    #[error("this database is room {here}'s, not room {pack}'s: give a new database file")]
    OtherRoom { here: String, pack: String },
    #[error("this database already holds drafts and feedback: a room needs a new database file")]
    NotEmpty,
    #[error(
        "room item {0} is not the item merged from it before: was the room's database copied to another laptop? Merge each laptop's export where its own pack was made"
    )]
    NotTheSameItem(i64),
    #[error(
        "room item {item} has the {list} {key:?}, which this process's lists do not have: add it here (or restore it) and merge again"
    )]
    UnknownKey {
        item: i64,
        list: &'static str,
        key: String,
    },
    #[error(
        "room item {item} is on Article {article} {reference:?}, which the draft here does not have"
    )]
    MissingUnit {
        item: i64,
        article: String,
        reference: String,
    },
}

/// What a room sends back.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct RoomExport {
    pub room: String,
    pub instance: String,
    /// Counts the room's exports: of two exports of one room, the higher is the later.
    pub export_number: i64,
    pub exported_at: String,
    /// The consultation's slug, for messages; the ids are what is checked.
    pub consultation: String,
    pub consultation_id: i64,
    pub document_id: i64,
    /// A workshop's breakout groups as the room holds them (none in a file of layout 1).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub groups: Vec<RoomGroup>,
    pub items: Vec<RoomItem>,
}

impl RoomExport {
    /// The earliest layout that holds this export: 1 without a workshop's groups and points
    /// and with every private link kept under its plain hash, so a centre with an earlier
    /// `consult` still merges it (and finds its links).
    pub fn earliest_layout(&self) -> u32 {
        // A plain SHA-256 is 32 bytes, as a token is: as long in unpadded base64.
        if (self.items.iter()).any(|i| i.token_hash.len() != crate::tokens::TOKEN_LEN) {
            return file::FORMAT;
        }
        let workshop = !self.groups.is_empty() || self.items.iter().any(|i| i.point.is_some());
        if workshop { file::WORKSHOP_LAYOUT } else { 1 }
    }
}

/// A breakout group, known at the centre by its name (unique in its workshop): a group set up
/// in the room is set up at the centre when its export is merged.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RoomGroup {
    pub name: String,
    /// Its questions (`q1`, `q2`), in the order it takes them.
    pub questions: Vec<String>,
}

/// A point a breakout group's rapporteur recorded: its group, how widely the group held it,
/// and the earlier points of the room it diverges from (their numbers in the room).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RoomPoint {
    pub group: String,
    pub support: String,
    pub diverges_from: Vec<i64>,
}

/// One feedback item as the room holds it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct RoomItem {
    /// Its number in the room's database.
    pub id: i64,
    pub article: String,
    /// The key its private link is found by (`tokens::private_link_key`, or the SHA-256 of
    /// the link for items stored before), base64url: the link works at the centre too.
    pub token_hash: String,
    pub created_at: String,
    pub updated_at: String,
    pub content: Content,
    pub moderation: Moderation,
    pub moderated_at: String,
    pub decision: Decision,
    pub decided_at: String,
    pub key_comment: bool,
    pub provenance: Provenance,
    pub revisions: Vec<RoomRevision>,
    /// For a breakout group's point; a point is never changed once recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub point: Option<RoomPoint>,
}

/// What the participant (or whoever recorded it) can change.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Content {
    pub said: Said,
    pub author: Author,
}

/// What an item says: what revisions keep.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Said {
    pub reference: String,
    pub stance: String,
    pub comment_type: String,
    /// In alphabetical order.
    pub themes: Vec<String>,
    pub comment: String,
    pub proposed_text: String,
}

/// Who sent it: what `consult forget` erases.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Author {
    pub name: String,
    pub organisation: String,
    pub country: String,
    pub stakeholder_category: String,
    pub email: String,
    pub publish_name: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Moderation {
    pub status: String,
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Decision {
    pub disposition: String,
    pub note: String,
    pub by: String,
    /// Where the drafters addressed it: a version of the draft, an article and a reference.
    pub addressed_document: Option<i64>,
    pub addressed_article: String,
    pub addressed_ref: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Provenance {
    pub channel: String,
    pub speaker: String,
    pub meeting_session: String,
    pub made_on: String,
    pub source_reference: String,
    pub recorded_by: String,
    pub external_id: String,
    pub import_file: String,
    pub import_sha256: String,
    pub import_key: String,
    /// The language of the text the participant read.
    pub read_in: String,
}

/// What an item said before an edit replaced it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RoomRevision {
    pub replaced_at: String,
    pub reference: String,
    pub stance: String,
    pub comment_type: String,
    /// Theme keys joined by `;`, as revisions keep them.
    pub themes: String,
    pub comment: String,
    pub proposed_text: String,
}

impl Said {
    fn as_revision(&self, replaced_at: &str) -> RoomRevision {
        RoomRevision {
            replaced_at: replaced_at.to_string(),
            reference: self.reference.clone(),
            stance: self.stance.clone(),
            comment_type: self.comment_type.clone(),
            themes: self.themes.join(";"),
            comment: self.comment.clone(),
            proposed_text: self.proposed_text.clone(),
        }
    }
}

/// An item's parts as they stand at the centre, with when each last changed.
#[derive(Debug, Clone)]
pub struct CentreState {
    pub content: Content,
    pub updated_at: String,
    pub moderation: Moderation,
    pub moderated_at: String,
    pub decision: Decision,
    pub decided_at: String,
    pub key_comment: bool,
}

/// What the centre remembers of a room item's state when it was last merged: digests only.
/// Once `consult forget` erased the item's author here, `author` says [`ERASED`] instead, so
/// no later merge brings the details back.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LastMerged {
    pub said: String,
    pub author: String,
    pub moderation: String,
    pub decision: String,
    pub key_comment: bool,
}

/// [`LastMerged::author`] of an item whose author was erased at the centre.
pub const ERASED: &str = "erased";

impl LastMerged {
    /// What to remember of `item`, keeping the mark of an erasure made before.
    pub fn of(item: &RoomItem, before: Option<&LastMerged>) -> Self {
        let erased = before.is_some_and(|b| b.author == ERASED);
        Self {
            said: digest(&item.content.said),
            author: if erased {
                ERASED.to_string()
            } else {
                digest(&item.content.author)
            },
            moderation: digest(&item.moderation),
            decision: digest(&item.decision),
            key_comment: item.key_comment,
        }
    }
}

fn digest(part: &impl Serialize) -> String {
    let bytes = serde_json::to_vec(part).expect("a part serialises");
    crate::tokens::hex(&Sha256::digest(bytes))
}

/// What to do with one part of an item the centre already holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Take {
    /// The room did not change it since it was last merged (or holds what the centre holds).
    Nothing,
    /// Only the room changed it.
    Room,
    /// Both changed it; the room's change is the later.
    RoomOverCentre,
    /// Both changed it; the centre's change is the later (or at the same second).
    CentreOverRoom,
}

/// Decides one part from digests: as last merged, in the room now, at the centre now, and
/// when the room and the centre last changed it (RFC 3339, fixed width, so text order is
/// time order).
pub fn reconcile(last: &str, room: &str, centre: &str, room_at: &str, centre_at: &str) -> Take {
    if room == last || room == centre {
        Take::Nothing
    } else if centre == last {
        Take::Room
    } else if room_at > centre_at {
        Take::RoomOverCentre
    } else {
        Take::CentreOverRoom
    }
}

/// What a merge did, item by item.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Merged {
    pub added: usize,
    pub updated: usize,
    /// The items (numbers here) of which the room and the centre both changed a part since
    /// the last merge: the later change was kept, the other's words kept as a revision.
    pub conflicts: Vec<i64>,
    /// The export says it was written later than now: the room's clock was ahead, and the
    /// times conflicts are decided by may be too.
    pub clock_ahead: bool,
    /// Already merged as the room holds them: nothing to take.
    pub skipped: usize,
    /// Breakout groups set up in the room, now set up here too.
    pub groups_added: Vec<String>,
}

/// Hooks for a room's new database: it is filled from the pack, never with the shipped draft.
fn room_hooks() -> Hooks {
    Hooks {
        prepare: |_| Ok(()),
        before_commit: crate::storage::finish_write,
    }
}

/// Packs the consultation `slug` for a room: remembers the room and its key here, and returns
/// the pack to write.
#[tracing::instrument(skip_all)]
pub fn pack(conn: &mut Connection, slug: &str, by: &str) -> anyhow::Result<file::Pack> {
    crate::storage::write(conn, |conn| {
        let consultation = crate::consultations::repo::find_by_slug(conn, slug)?
            .ok_or_else(|| Refusal::NoConsultation(slug.to_string()))?;
        let (process_id, process) = repo::process_of(conn, consultation.document_id)?;
        let room = crate::tokens::hex(&crate::tokens::random_bytes::<8>());
        let key = crate::tokens::random_bytes::<32>();
        let now = crate::time_format::now_rfc3339();
        repo::insert_room(
            conn,
            &room,
            (consultation.id, consultation.document_id),
            &key,
            &now,
            by,
        )?;
        let mut tables =
            repo::snapshot(conn, process_id, consultation.document_id, consultation.id)?;
        let format = repo::earliest_layout(&mut tables);
        let entry = crate::audit::Entry::new(by, crate::audit::Action::RoomPack)
            .subject(slug)
            .detail(format!("room {room}"));
        crate::audit::repo::record(conn, &entry, &now)?;
        Ok(file::Pack {
            kind: file::PACK_KIND.into(),
            format,
            schema: crate::db::schema_version(),
            room,
            key: file::encode_bytes(&key),
            packed_at: now,
            process,
            consultation: consultation.slug,
            tables,
        })
    })
}

/// Makes the database at `path` the room `pack_bytes` describes before it is served: a new
/// database is filled from the pack; one that is already this room's is served as it is;
/// any other is refused.
#[tracing::instrument(skip_all)]
pub fn settle(path: &Path, pack_bytes: &[u8]) -> anyhow::Result<()> {
    let pack = file::read_pack(pack_bytes)?;
    let key = file::decode_bytes(&pack.key)?;
    let hooks = room_hooks();
    let mut conn = crate::db::open_direct(path, &hooks)?;
    crate::db::write_direct(&mut conn, &hooks, |conn| {
        match repo::this_room(conn)? {
            Some(here) if here.room_id == pack.room => return Ok(()),
            Some(here) => {
                return Err(Refusal::OtherRoom {
                    here: here.room_id,
                    pack: pack.room.clone(),
                }
                .into());
            }
            None if !crate::document::repo::is_empty(conn)? => return Err(Refusal::NotEmpty.into()),
            None => {}
        }
        let instance = crate::tokens::hex(&crate::tokens::random_bytes::<8>());
        repo::unpack(conn, &pack, &instance, &key)?;
        let entry =
            crate::audit::Entry::new(crate::audit::COMMAND_LINE, crate::audit::Action::RoomUnpack)
                .subject(&pack.consultation)
                .detail(format!("room {} packed {}", pack.room, pack.packed_at));
        crate::audit::repo::record_now(conn, &entry)?;
        tracing::info!(room = %pack.room, consultation = %pack.consultation, "unpacked the room");
        Ok(())
    })
}

/// The room's export, signed: every item of its consultation as it stands.
#[tracing::instrument(skip_all)]
pub fn export(conn: &mut Connection) -> anyhow::Result<Vec<u8>> {
    crate::storage::write(conn, |conn| {
        let here = repo::this_room(conn)?.ok_or(Refusal::NotARoomDatabase)?;
        let export_number = repo::count_export(conn)?;
        let export = RoomExport {
            room: here.room_id.clone(),
            instance: here.instance.clone(),
            export_number,
            exported_at: crate::time_format::now_rfc3339(),
            consultation: repo::consultation_slug(conn, here.consultation_id)?,
            consultation_id: here.consultation_id,
            document_id: here.document_id,
            groups: repo::groups(conn, here.consultation_id)?,
            items: repo::items(conn, here.consultation_id)?,
        };
        file::seal(&export, &here.key)
    })
}

/// Adds a room's export at the centre, all in one transaction: nothing is stored when it is
/// refused. `expected` is the consultation the organiser means to merge into, if they said.
#[tracing::instrument(skip_all)]
pub fn merge(
    conn: &mut Connection,
    bytes: &[u8],
    expected: Option<&str>,
    by: &str,
) -> anyhow::Result<(RoomExport, Merged)> {
    let unopened = file::Unopened::read(bytes)?;
    crate::storage::write(conn, |conn| {
        let room = repo::room(conn, unopened.room())?
            .ok_or_else(|| Refusal::UnknownRoom(unopened.room().to_string()))?;
        let export = unopened.open(&room.key)?;
        let here = repo::consultation_slug(conn, room.consultation_id)?;
        if export.consultation_id != room.consultation_id || export.document_id != room.document_id
        {
            return Err(Refusal::OtherConsultation {
                file: export.consultation.clone(),
                here,
            }
            .into());
        }
        if let Some(expected) = expected.filter(|e| *e != here) {
            return Err(Refusal::OtherConsultation {
                file: export.consultation.clone(),
                here: expected.to_string(),
            }
            .into());
        }
        check_keys(conn, &export)?;
        let mut merged = merge_items(conn, &export, by)?;
        merged.clock_ahead = export.exported_at > crate::time_format::now_rfc3339();
        let entry = crate::audit::Entry::new(by, crate::audit::Action::RoomMerge)
            .subject(&here)
                        .detail(format!(
                "room {} export {}: {} added, {} updated, {} skipped; groups set up: {}; changed on both sides, the later kept: {}",
                export.room,
                export.export_number,
                merged.added,
                merged.updated,
                merged.skipped,
                if merged.groups_added.is_empty() {
                    "none".to_string()
                } else {
                    merged.groups_added.join(", ")
                },
                if merged.conflicts.is_empty() {
                    "none".to_string()
                } else {
                    merged
                        .conflicts
                        .iter()
                        .map(|id| format!("#{id}"))
                        .collect::<Vec<_>>()
                        .join(" ")
                }
            ));
        crate::audit::repo::record_now(conn, &entry)?;
        Ok((export, merged))
    })
}

/// Refuses an export whose items name a theme or stakeholder category the process does not
/// have here (one added in the room): a key stored without its entry would show as a bare key.
fn check_keys(conn: &Connection, export: &RoomExport) -> anyhow::Result<()> {
    let (themes, categories) = repo::vocabulary_keys(conn, export.document_id)?;
    for item in &export.items {
        let author = &item.content.author;
        if !author.stakeholder_category.is_empty()
            && !categories.contains(&author.stakeholder_category)
        {
            return Err(Refusal::UnknownKey {
                item: item.id,
                list: "stakeholder category",
                key: author.stakeholder_category.clone(),
            }
            .into());
        }
        if let Some(theme) = item
            .content
            .said
            .themes
            .iter()
            .find(|t| !themes.contains(t))
        {
            return Err(Refusal::UnknownKey {
                item: item.id,
                list: "theme",
                key: theme.clone(),
            }
            .into());
        }
    }
    Ok(())
}

fn merge_items(conn: &Connection, export: &RoomExport, by: &str) -> anyhow::Result<Merged> {
    let mut merged = Merged::default();
    let mut groups = std::collections::HashMap::new();
    for group in &export.groups {
        let id = match repo::group_named(conn, export.consultation_id, &group.name)? {
            Some(id) => id,
            None => {
                merged.groups_added.push(group.name.clone());
                set_up_group(conn, export, group, by)?
            }
        };
        groups.insert(group.name.as_str(), id);
    }
    for item in &export.items {
        merge_one(conn, export, item, &mut merged)?;
        // Items are merged in the room's order, so the points a point diverges from, recorded
        // before it, are here already.
        if let Some(point) = &item.point {
            let group = groups.get(point.group.as_str()).ok_or_else(|| {
                Refusal::Malformed(format!("item {} of a group not listed", item.id))
            })?;
            let id = repo::merged_item(conn, &export.instance, item.id)?
                .ok_or_else(|| anyhow::anyhow!("room item {} was not merged", item.id))?;
            let mut others = Vec::new();
            for earlier in &point.diverges_from {
                others.extend(repo::merged_item(conn, &export.instance, *earlier)?);
            }
            let support = crate::workshops::groups::Support::parse(&point.support)
                .ok_or_else(|| Refusal::Malformed(format!("item {}'s support", item.id)))?;
            repo::record_point(conn, id, *group, support.key(), &others)?;
        }
    }
    Ok(merged)
}

/// Sets up at the centre a breakout group set up in the room (after the others, without a
/// rapporteur), with its audit entry; returns its number.
fn set_up_group(
    conn: &Connection,
    export: &RoomExport,
    group: &RoomGroup,
    by: &str,
) -> anyhow::Result<i64> {
    let consultation = crate::consultations::repo::find_by_id(conn, export.consultation_id)?
        .ok_or_else(|| anyhow::anyhow!("consultation {} is gone", export.consultation_id))?;
    let questions = (group.questions.iter())
        .map(|q| {
            q.parse::<crate::document::ArticleId>()
                .ok()
                .filter(|q| q.is_question())
        })
        .collect::<Option<Vec<_>>>()
        .ok_or_else(|| Refusal::Malformed(format!("the questions of group {:?}", group.name)))?;
    let setup = crate::workshops::groups::GroupSetup {
        name: group.name.clone(),
        questions,
        rapporteur: None,
    };
    crate::workshops::repo::add_group(conn, &consultation, &setup, by)?
        .ok_or_else(|| anyhow::anyhow!("group {:?} is there already", group.name))
}

/// Merges one room item: added, taken where the room changed it, or skipped.
fn merge_one(
    conn: &Connection,
    export: &RoomExport,
    item: &RoomItem,
    merged: &mut Merged,
) -> anyhow::Result<()> {
    let Some(known) = repo::merged_as(conn, export, item)? else {
        match repo::imported_here(conn, export, item)? {
            // The same row of the same file, imported here too: one item.
            Some(id) => {
                repo::remember(conn, export, item, id, None)?;
                merged.skipped += 1;
            }
            None => {
                let id = repo::insert_item(conn, export, item)?;
                for revision in &item.revisions {
                    repo::add_revision(conn, id, revision)?;
                }
                repo::remember(conn, export, item, id, None)?;
                merged.added += 1;
            }
        }
        return Ok(());
    };
    if export.export_number <= known.export_number {
        merged.skipped += 1;
        return Ok(());
    }
    let (changed, conflict) = merge_item(conn, item, known.feedback_id, &known.last)?;
    repo::remember(conn, export, item, known.feedback_id, Some(&known.last))?;
    if conflict {
        merged.conflicts.push(known.feedback_id);
    }
    if changed {
        merged.updated += 1;
    } else {
        merged.skipped += 1;
    }
    Ok(())
}

/// Takes from a room item what the room changed since it was last merged into item `id`;
/// returns whether anything changed, and whether the centre had changed a part too.
fn merge_item(
    conn: &Connection,
    item: &RoomItem,
    id: i64,
    last: &LastMerged,
) -> anyhow::Result<(bool, bool)> {
    let centre = repo::state(conn, id)?;
    let mut changed = false;
    let mut conflict = false;
    for revision in &item.revisions {
        changed |= repo::add_revision(conn, id, revision)?;
    }
    let said = reconcile(
        &last.said,
        &digest(&item.content.said),
        &digest(&centre.content.said),
        &item.updated_at,
        &centre.updated_at,
    );
    // A decision made here is on the words it saw: a room's edit made since is kept as a
    // revision beside them (participants cannot edit a decided item either).
    let decided_here = centre.decision.disposition != "pending";
    conflict |= matches!(said, Take::RoomOverCentre | Take::CentreOverRoom);
    match said {
        Take::Nothing => {}
        Take::Room | Take::RoomOverCentre if decided_here => {
            conflict = true;
            changed |=
                repo::add_revision(conn, id, &item.content.said.as_revision(&item.updated_at))?;
        }
        Take::Room => {
            repo::set_said(conn, id, &item.content.said, &item.updated_at)?;
            changed = true;
        }
        Take::RoomOverCentre => {
            repo::add_revision(conn, id, &centre.content.said.as_revision(&item.updated_at))?;
            repo::set_said(conn, id, &item.content.said, &item.updated_at)?;
            changed = true;
        }
        Take::CentreOverRoom => {
            changed |=
                repo::add_revision(conn, id, &item.content.said.as_revision(&centre.updated_at))?;
        }
    }
    // Details erased here are never brought back.
    if last.author != ERASED {
        let author = reconcile(
            &last.author,
            &digest(&item.content.author),
            &digest(&centre.content.author),
            &item.updated_at,
            &centre.updated_at,
        );
        conflict |= matches!(author, Take::RoomOverCentre | Take::CentreOverRoom);
        if matches!(author, Take::Room | Take::RoomOverCentre) {
            repo::set_author(conn, id, &item.content.author, &item.updated_at)?;
            changed = true;
        }
    }
    let moderation = reconcile(
        &last.moderation,
        &digest(&item.moderation),
        &digest(&centre.moderation),
        &item.moderated_at,
        &centre.moderated_at,
    );
    conflict |= matches!(moderation, Take::RoomOverCentre | Take::CentreOverRoom);
    if matches!(moderation, Take::Room | Take::RoomOverCentre) {
        repo::set_moderation(conn, id, &item.moderation, &item.moderated_at)?;
        changed = true;
    }
    let decision = reconcile(
        &last.decision,
        &digest(&item.decision),
        &digest(&centre.decision),
        &item.decided_at,
        &centre.decided_at,
    );
    conflict |= matches!(decision, Take::RoomOverCentre | Take::CentreOverRoom);
    if matches!(decision, Take::Room | Take::RoomOverCentre) {
        repo::set_decision(conn, id, &item.decision, &item.decided_at)?;
        changed = true;
    }
    // A mark is yes or no: if both changed it since, both hold the same.
    if item.key_comment != last.key_comment && item.key_comment != centre.key_comment {
        repo::set_key(conn, id, item.key_comment)?;
        changed = true;
    }
    Ok((changed, conflict))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_part_only_the_room_changed_is_taken() {
        assert_eq!(reconcile("a", "b", "a", "t2", "t1"), Take::Room);
    }

    #[test]
    fn a_part_the_room_left_alone_keeps_the_centres_change() {
        assert_eq!(reconcile("a", "a", "c", "t9", "t1"), Take::Nothing);
    }

    #[test]
    fn a_part_changed_on_both_sides_keeps_the_later() {
        let (t1, t2) = ("2016-05-10T10:00:00Z", "2016-05-10T10:00:01Z");
        assert_eq!(reconcile("a", "b", "c", t2, t1), Take::RoomOverCentre);
        assert_eq!(reconcile("a", "b", "c", t1, t2), Take::CentreOverRoom);
        // At the same second the centre's stands.
        assert_eq!(reconcile("a", "b", "c", t1, t1), Take::CentreOverRoom);
    }

    #[test]
    fn the_same_change_on_both_sides_is_no_conflict() {
        assert_eq!(reconcile("a", "b", "b", "t1", "t2"), Take::Nothing);
    }
}
