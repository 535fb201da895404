//! The regional consultations: where, when, for which regional groups, and whether open.

pub mod invitations;
pub mod lookup;
pub mod repo;
pub mod routes;
pub mod setup;

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
    /// Language codes of the meeting.
    pub languages: Vec<String>,
    /// When it opens and closes for comments by itself (RFC 3339, UTC), if it does.
    pub opens_at: Option<String>,
    pub closes_at: Option<String>,
    /// The IANA time zone its times are shown in.
    pub time_zone: String,
    pub access: Access,
    pub kind: ConsultationKind,
}

/// What a consultation offers to comment on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConsultationKind {
    /// The articles of its draft version.
    Consultation,
    /// Its process's discussion questions, and the draft's articles when its document is a
    /// draft (else its document is the question set).
    Workshop,
}

impl ConsultationKind {
    pub fn key(&self) -> &'static str {
        match self {
            ConsultationKind::Consultation => "consultation",
            ConsultationKind::Workshop => "workshop",
        }
    }

    pub fn parse(key: &str) -> Option<Self> {
        [ConsultationKind::Consultation, ConsultationKind::Workshop]
            .into_iter()
            .find(|k| k.key() == key)
    }
}

/// Who may see a consultation's pages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Listed on the home page; anyone may comment.
    Public,
    /// Absent from the public lists; its pages open only through an invitation link.
    Invitation,
}

impl Access {
    pub fn key(&self) -> &'static str {
        match self {
            Access::Public => "public",
            Access::Invitation => "invitation",
        }
    }

    pub fn parse(key: &str) -> Option<Self> {
        match key {
            "public" => Some(Access::Public),
            "invitation" => Some(Access::Invitation),
            _ => None,
        }
    }
}

/// Where a consultation stands in its schedule at a moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    /// Closed by hand.
    Closed,
    /// Open, its schedule not yet begun.
    NotYetOpen,
    Open,
    /// Its schedule has ended.
    Ended,
}

impl Consultation {
    pub fn is_public(&self) -> bool {
        self.access == Access::Public
    }

    /// Today's date where it is held (`YYYY-MM-DD`, in its time zone): the day a form about
    /// the meeting proposes.
    pub fn today(&self) -> String {
        let zone = jiff::tz::TimeZone::get(&self.time_zone).unwrap_or(jiff::tz::TimeZone::UTC);
        jiff::Timestamp::now().to_zoned(zone).date().to_string()
    }

    /// Whether it takes comments now.
    pub fn is_open(&self) -> bool {
        self.phase_at(&crate::time_format::now_rfc3339()) == Phase::Open
    }

    /// Its phase at `now` (RFC 3339, UTC): the same rule as the write path's
    /// [`repo::takes_comments`].
    pub fn phase_at(&self, now: &str) -> Phase {
        if self.status == Status::Closed {
            return Phase::Closed;
        }
        if self.opens_at.as_deref().is_some_and(|opens| now < opens) {
            return Phase::NotYetOpen;
        }
        if self
            .closes_at
            .as_deref()
            .is_some_and(|closes| now >= closes)
        {
            return Phase::Ended;
        }
        Phase::Open
    }

    pub fn phase(&self) -> Phase {
        self.phase_at(&crate::time_format::now_rfc3339())
    }

    pub fn regional_groups_label(&self) -> String {
        self.regional_groups.join("; ")
    }
}

/// A consultation as it will be stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConsultationSetup {
    pub slug: String,
    pub city: String,
    pub country: String,
    pub regional_groups: Vec<String>,
    pub languages: Vec<String>,
    pub held: String,
    pub document_id: i64,
    pub opens_at: Option<String>,
    pub closes_at: Option<String>,
    pub time_zone: String,
    pub access: Access,
    pub kind: ConsultationKind,
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
/// Opening it opens it now: a schedule that kept it shut (its opening time still ahead, its
/// closing time passed) is taken away, and the audit entry says which.
pub fn set_status(
    conn: &rusqlite::Connection,
    slug: &str,
    status: Status,
    by: &str,
) -> Result<(), crate::error::AppError> {
    let not_found = || crate::error::AppError::NotFound("error-not-found-consultation");
    let entry = match status {
        Status::Open => {
            let now = crate::time_format::now_rfc3339();
            let lifted = repo::open_now(conn, slug, &now)?.ok_or_else(not_found)?;
            let mut detail = Vec::new();
            if let Some(opens) = lifted.opens_at {
                detail.push(format!("opening time {opens} taken away"));
            }
            if let Some(closes) = lifted.closes_at {
                detail.push(format!("closing time {closes} taken away"));
            }
            crate::audit::Entry::new(by, crate::audit::Action::Open).detail(detail.join("; "))
        }
        Status::Closed => {
            if repo::close(conn, slug)? == 0 {
                return Err(not_found());
            }
            crate::audit::Entry::new(by, crate::audit::Action::Close)
        }
    };
    Ok(crate::audit::repo::record_now(conn, &entry.subject(slug))?)
}

/// Refuses a write to a consultation that is not open. Called inside the write transaction,
/// so a close that lands first wins.
pub fn ensure_open(
    conn: &rusqlite::Connection,
    consultation_id: i64,
) -> Result<(), crate::error::AppError> {
    if repo::takes_comments(conn, consultation_id, &crate::time_format::now_rfc3339())? {
        Ok(())
    } else {
        Err(crate::error::AppError::ConsultationClosed)
    }
}
