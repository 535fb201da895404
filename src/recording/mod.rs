//! The rapporteur's page: statements made in a meeting, written submissions, emails and
//! paper forms, recorded by an organiser one after the other, with their provenance. It stays
//! on the chosen consultation, article, session, day and channel, offers the session's
//! speakers, and clears the rest for the next statement. Each item is parsed and stored as a
//! participant's is, whether or not the consultation is open to the public.

pub mod routes;

use serde::Deserialize;

use crate::feedback::form::FeedbackForm;
use crate::feedback::provenance::ProvenanceForm;

/// Where the page records: the query of its address, kept after each save.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct RecordQuery {
    pub consultation: String,
    pub article: String,
    pub channel: String,
    pub session: String,
    pub made_on: String,
    /// The item just saved, to say so.
    pub saved: String,
}

/// The rapporteur's form as posted: where, the provenance, and the participant form's fields.
/// The participant form's fields are repeated here rather than flattened in: a flattened
/// struct reads one `themes` value as a string, not as a list of one.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct RecordForm {
    pub consultation: String,
    pub article: String,
    pub channel: String,
    pub session: String,
    pub made_on: String,
    pub speaker: String,
    pub source_reference: String,
    pub paragraph: String,
    pub stance: String,
    pub comment_type: String,
    pub themes: Vec<String>,
    pub comment: String,
    pub proposed_text: String,
    pub name: String,
    pub organisation: String,
    pub country: String,
    pub stakeholder_category: String,
    pub email: String,
    pub publish_name: Option<String>,
}

impl RecordForm {
    /// The provenance fields and the participant form's, each to parse as its own.
    pub fn split(self) -> (ProvenanceForm, FeedbackForm) {
        (
            ProvenanceForm {
                channel: self.channel,
                session: self.session,
                made_on: self.made_on,
                speaker: self.speaker,
                source_reference: self.source_reference,
            },
            FeedbackForm {
                paragraph: self.paragraph,
                stance: self.stance,
                comment_type: self.comment_type,
                themes: self.themes,
                comment: self.comment,
                proposed_text: self.proposed_text,
                name: self.name,
                organisation: self.organisation,
                country: self.country,
                stakeholder_category: self.stakeholder_category,
                email: self.email,
                publish_name: self.publish_name,
                read_in: String::new(),
            },
        )
    }
}
