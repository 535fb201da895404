//! Where a feedback item came from: the channel, and for what an organiser records, who said
//! it, in which session, on which day, from which source, and who recorded it.

use serde::Deserialize;

use super::form::{FieldErrors, MAX_SHORT_TEXT};
use crate::i18n::Message;

/// How an item reached the consultation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Channel {
    /// The participant's own form.
    Online,
    /// Said in a meeting.
    Statement,
    WrittenSubmission,
    Email,
    PaperForm,
}

impl Channel {
    pub const ALL: [Channel; 5] = [
        Channel::Online,
        Channel::Statement,
        Channel::WrittenSubmission,
        Channel::Email,
        Channel::PaperForm,
    ];

    /// The channels an organiser records: every one but the participants' own form.
    pub const RECORDED: [Channel; 4] = [
        Channel::Statement,
        Channel::WrittenSubmission,
        Channel::Email,
        Channel::PaperForm,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Channel::Online => "online",
            Channel::Statement => "statement",
            Channel::WrittenSubmission => "written-submission",
            Channel::Email => "email",
            Channel::PaperForm => "paper-form",
        }
    }

    pub fn parse(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.key() == key)
    }
}

/// An item's provenance as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct Provenance {
    pub channel: Channel,
    /// The delegation, organisation or person, as named in the room.
    pub speaker: String,
    /// The session or panel of the meeting.
    pub session: String,
    /// The day it was said or written, `YYYY-MM-DD`; empty for online items (their day is
    /// the day they were sent).
    pub made_on: String,
    /// Where it can be found: "written submission of Fiji, p. 3".
    pub source_reference: String,
    /// The organiser who recorded it; empty for online items.
    pub recorded_by: String,
    /// The language of the text the participant read: the original's or a language
    /// version's; empty for what an organiser records.
    pub read_in: String,
}

impl Provenance {
    /// A participant's own submission, written reading the text in `read_in`.
    pub fn online(read_in: &str) -> Self {
        Self {
            channel: Channel::Online,
            speaker: String::new(),
            session: String::new(),
            made_on: String::new(),
            source_reference: String::new(),
            recorded_by: String::new(),
            read_in: read_in.to_string(),
        }
    }
}

/// The provenance fields of the rapporteur's form, as typed.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct ProvenanceForm {
    pub channel: String,
    pub session: String,
    pub made_on: String,
    pub speaker: String,
    pub source_reference: String,
}

/// The latest day a statement can have been made: today in the easternmost time zone
/// (UTC+14), so that a meeting's own date is never "after today" wherever it is held.
pub fn latest_day() -> time::Date {
    let now = time::OffsetDateTime::now_utc().to_offset(time::macros::offset!(+14));
    now.date()
}

/// The day something was said or written, `YYYY-MM-DD`, no later than `today`.
pub fn parse_day(raw: &str, today: time::Date) -> Result<String, Message> {
    let format = time::macros::format_description!("[year]-[month]-[day]");
    match time::Date::parse(raw, &format) {
        Ok(day) if day <= today => Ok(day.format(&format).unwrap_or_default()),
        Ok(_) => Err(Message::new("invalid-made-on-future")),
        Err(_) => Err(Message::new("invalid-made-on").with_text("value", raw)),
    }
}

impl ProvenanceForm {
    /// The provenance of an item `by` records, or each field's problem. `today` bounds the
    /// day it was made: what is recorded has already been said.
    pub fn parse(&self, by: &str, today: time::Date) -> Result<Provenance, FieldErrors> {
        let mut errors = FieldErrors::default();
        let channel = match Channel::parse(&self.channel) {
            Some(channel) if channel != Channel::Online => Some(channel),
            _ => {
                errors.add("channel", Message::new("invalid-channel"));
                None
            }
        };
        for (field, value) in [
            ("speaker", &self.speaker),
            ("session", &self.session),
            ("source_reference", &self.source_reference),
        ] {
            let length = value.trim().chars().count();
            if length > MAX_SHORT_TEXT {
                errors.add(
                    field,
                    Message::new("invalid-too-long")
                        .with("length", length as i64)
                        .with("max", MAX_SHORT_TEXT as i64),
                );
            }
        }
        let made_on = match parse_day(self.made_on.trim(), today) {
            Ok(day) => Some(day),
            Err(message) => {
                errors.add("made_on", message);
                None
            }
        };
        match (channel, made_on) {
            (Some(channel), Some(made_on)) if errors.is_empty() => Ok(Provenance {
                channel,
                speaker: self.speaker.trim().to_string(),
                session: self.session.trim().to_string(),
                made_on,
                source_reference: self.source_reference.trim().to_string(),
                recorded_by: by.to_string(),
                read_in: String::new(),
            }),
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> time::Date {
        time::macros::date!(2015 - 11 - 20)
    }

    fn said_in_suva() -> ProvenanceForm {
        ProvenanceForm {
            channel: "statement".into(),
            session: " Panel 2 ".into(),
            made_on: "2015-11-19".into(),
            speaker: "Fiji".into(),
            source_reference: String::new(),
        }
    }

    #[test]
    fn a_statement_keeps_its_day_and_who_recorded_it() {
        let provenance = said_in_suva().parse("ines", today()).unwrap();
        assert_eq!(provenance.channel, Channel::Statement);
        assert_eq!(provenance.session, "Panel 2");
        assert_eq!(provenance.made_on, "2015-11-19");
        assert_eq!(provenance.recorded_by, "ines");
    }

    #[test]
    fn each_bad_field_gets_its_own_message() {
        let bad = ProvenanceForm {
            channel: "online".into(),
            made_on: "19/11/2015".into(),
            speaker: "x".repeat(MAX_SHORT_TEXT + 1),
            ..said_in_suva()
        };
        let errors = bad.parse("ines", today()).unwrap_err();
        assert!(
            errors.has("channel"),
            "organisers do not record online items"
        );
        assert!(errors.has("made_on"));
        assert!(errors.has("speaker"));
        let tomorrow = ProvenanceForm {
            made_on: "2015-11-21".into(),
            ..said_in_suva()
        };
        assert!(tomorrow.parse("ines", today()).unwrap_err().has("made_on"));
        for channel in Channel::ALL {
            assert_eq!(Channel::parse(channel.key()), Some(channel));
        }
    }
}
