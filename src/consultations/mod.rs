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
