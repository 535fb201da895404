//! A participant's structured comment on one article of the draft: parsed from the form,
//! stored with a private link, shown and edited through that link while the consultation
//! is open.

pub mod form;
pub mod page;
pub mod provenance;
pub mod receipt;
pub mod repo;
pub mod routes;
pub mod stance;
pub mod vocabulary;
pub mod vocabulary_edits;

pub use stance::{CommentType, Stance};

use crate::consultations::ensure_open;
use crate::document::ArticleId;
use crate::error::AppError;

/// A valid submission, ready to store. Text is kept exactly as the participant wrote it.
#[derive(Debug, Clone)]
pub struct FeedbackInput {
    pub reference: String,
    pub stance: Stance,
    pub comment_type: CommentType,
    pub themes: Vec<String>,
    pub comment: String,
    pub proposed_text: String,
    pub name: String,
    pub organisation: String,
    pub country: String,
    pub stakeholder_category: String,
    pub email: String,
    pub publish_name: bool,
}

/// What a feedback item said before one of its author's edits.
#[derive(Debug, Clone, PartialEq)]
pub struct Revision {
    /// When the edit replaced this version.
    pub replaced_at: String,
    pub reference: String,
    pub stance: Stance,
    pub comment_type: CommentType,
    pub themes: Vec<String>,
    pub comment: String,
    pub proposed_text: String,
}

/// A stored feedback item as its author sees it through the private link.
#[derive(Debug, Clone)]
pub struct StoredFeedback {
    pub id: i64,
    pub consultation_slug: String,
    pub consultation_id: i64,
    pub document_id: i64,
    pub article: ArticleId,
    pub input: FeedbackInput,
    pub created_at: String,
    pub updated_at: String,
    /// What the organisers decided, and why.
    pub disposition: crate::review::disposition::Disposition,
    pub disposition_note: String,
    /// Where the disposition says it was addressed: a version's id, an article, a reference.
    pub addressed: Option<(i64, String, String)>,
}

impl StoredFeedback {
    /// A just-stored item, as its author's pages show it.
    pub fn new_from(
        id: i64,
        consultation: &crate::consultations::Consultation,
        document_id: i64,
        article: ArticleId,
        input: FeedbackInput,
    ) -> Self {
        let now = crate::time_format::now_rfc3339();
        Self {
            id,
            consultation_slug: consultation.slug.clone(),
            consultation_id: consultation.id,
            document_id,
            article,
            input,
            created_at: now.clone(),
            updated_at: now,
            disposition: crate::review::disposition::Disposition::Pending,
            disposition_note: String::new(),
            addressed: None,
        }
    }

    /// Once the organisers have decided on it, the feedback is what they decided on: its
    /// author can no longer change it (until the decision goes back to pending).
    pub fn is_decided(&self) -> bool {
        self.disposition != crate::review::disposition::Disposition::Pending
    }
}

/// Stores a new item, written reading the text in `read_in`, while its consultation is
/// open (checked inside the write, so a close that lands first wins); returns its number.
pub fn store_new(
    conn: &rusqlite::Connection,
    placement: &repo::Placement,
    input: &FeedbackInput,
    read_in: &str,
    token_hash: &[u8],
) -> Result<i64, AppError> {
    ensure_open(conn, placement.consultation_id)?;
    let now = crate::time_format::now_rfc3339();
    Ok(repo::insert(
        conn,
        placement,
        input,
        &provenance::Provenance::online(read_in),
        token_hash,
        &now,
    )?)
}

/// Stores an item an organiser records from another channel, open consultation or not (a
/// meeting's statements are recorded during and after it). It gets no private link: its
/// token is drawn and never given out.
pub fn store_recorded(
    conn: &rusqlite::Connection,
    placement: &repo::Placement,
    input: &FeedbackInput,
    provenance: &provenance::Provenance,
) -> Result<i64, AppError> {
    let now = crate::time_format::now_rfc3339();
    let unused = crate::tokens::private_link_key(&crate::tokens::new_private_link());
    Ok(repo::insert(
        conn, placement, input, provenance, &unused, &now,
    )?)
}

/// Replaces what the author of item `id` sent, keeping the earlier version, while the
/// consultation is open and no decision is recorded (both checked inside the write).
pub fn edit_by_author(
    conn: &rusqlite::Connection,
    id: i64,
    consultation_id: i64,
    input: &FeedbackInput,
) -> Result<(), AppError> {
    ensure_open(conn, consultation_id)?;
    let now = crate::time_format::now_rfc3339();
    match repo::update_undecided(conn, id, input, &now)? {
        true => Ok(()),
        false => Err(AppError::AlreadyDecided),
    }
}

/// Erases the name, organisation, country and email of every item sent with `email`, and
/// records the erasure by item number, never by the address (recording it would undo the
/// erasure). Returns the items erased.
pub fn erase_personal_details(
    conn: &rusqlite::Connection,
    email: &str,
    by: &str,
) -> rusqlite::Result<Vec<i64>> {
    let now = crate::time_format::now_rfc3339();
    let erased = repo::forget_email(conn, email, &now)?;
    let items: Vec<String> = erased.iter().map(|id| format!("#{id}")).collect();
    let entry = crate::audit::Entry::new(by, crate::audit::Action::Forget)
        .subject(items.join(" "))
        .detail(format!(
            "erased name, organisation, country and email of {} feedback items",
            erased.len()
        ));
    crate::audit::repo::record(conn, &entry, &now)?;
    Ok(erased)
}
