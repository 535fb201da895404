//! The regional consultations: where, when, for which regional groups, and whether open.

pub mod lookup;
pub mod repo;
pub mod routes;

use serde::Deserialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Open,
    Closed,
}

impl Status {
    pub fn key(&self) -> &'static str {
        match self {
            Status::Open => "open",
            Status::Closed => "closed",
        }
    }

    pub fn parse(key: &str) -> Option<Self> {
        match key {
            "open" => Some(Status::Open),
            "closed" => Some(Status::Closed),
            _ => None,
        }
    }
}

#[derive(Debug, Clone)]
pub struct Consultation {
    pub id: i64,
    pub slug: String,
    pub city: String,
    pub country: String,
    /// "2015-04": the month the meeting was held.
    pub held: String,
    pub regional_groups: Vec<String>,
    pub status: Status,
    pub document_id: i64,
}

impl Consultation {
    pub fn is_open(&self) -> bool {
        self.status == Status::Open
    }

    pub fn regional_groups_label(&self) -> String {
        self.regional_groups.join("; ")
    }
}

/// A consultation as the shipped `consultations.json` describes it.
#[derive(Debug, Deserialize)]
pub struct SourceConsultation {
    pub slug: String,
    pub city: String,
    pub country: String,
    pub held: String,
    pub regional_groups: Vec<String>,
    #[serde(default)]
    pub languages: Vec<String>,
}

/// Opens or closes the consultation `slug`, with its audit entry. Submissions and edits check
/// the status inside their own write, so once this commits none lands in a closed consultation.
pub fn set_status(
    conn: &rusqlite::Connection,
    slug: &str,
    status: Status,
    by: &str,
) -> Result<(), crate::error::AppError> {
    if repo::set_status(conn, slug, status)? == 0 {
        return Err(crate::error::AppError::NotFound(
            "error-not-found-consultation",
        ));
    }
    let action = match status {
        Status::Open => crate::audit::Action::Open,
        Status::Closed => crate::audit::Action::Close,
    };
    let entry = crate::audit::Entry::new(by, action).subject(slug);
    Ok(crate::audit::repo::record_now(conn, &entry)?)
}

/// Refuses a write to a consultation that is not open. Called inside the write transaction,
/// so a close that lands first wins.
pub fn ensure_open(
    conn: &rusqlite::Connection,
    consultation_id: i64,
) -> Result<(), crate::error::AppError> {
    match repo::status(conn, consultation_id)? {
        Some(Status::Open) => Ok(()),
        _ => Err(crate::error::AppError::ConsultationClosed),
    }
}
