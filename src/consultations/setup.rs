//! Setting up a consultation: the form as typed, and what it must be to be stored. Times are
//! typed as local date and time in the consultation's time zone and stored in UTC.

use jiff::civil::DateTime;
use jiff::tz::TimeZone;
use rusqlite::Connection;
use serde::Deserialize;

use super::{Access, Consultation, ConsultationKind, ConsultationSetup, repo};
use crate::audit::{Action, Entry};
use crate::forms::FieldErrors;
use crate::i18n::Message;

/// The fields of the consultation form (and of `consult consultation add|edit`), as typed.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct SetupForm {
    pub slug: String,
    pub city: String,
    pub country: String,
    /// One per line, or separated by semicolons.
    pub regional_groups: String,
    /// Language codes separated by commas or spaces.
    pub languages: String,
    /// `2026-03` or `2026-03-14`.
    pub held: String,
    /// The process whose draft the consultation comments on.
    pub process: String,
    /// `2026-03-01T09:00` in the time zone below; empty for none.
    pub opens: String,
    pub closes: String,
    pub time_zone: String,
    /// `public` or `invitation`.
    pub access: String,
    /// What it offers: `draft` (the default: the articles of the process's newest draft),
    /// `questions` (a workshop on the process's discussion questions) or `both` (a workshop on
    /// the questions and the draft's articles).
    pub offers: String,
}

/// A process as the consultation form offers it: its newest draft and its question set.
#[derive(Debug, Clone)]
pub struct Offered {
    pub slug: String,
    pub draft: Option<i64>,
    pub questions: Option<i64>,
}

impl Offered {
    pub fn of(library: &crate::document::Library, process: &crate::processes::Process) -> Self {
        Self {
            slug: process.slug.clone(),
            draft: library.newest_of_process(process.id).map(|d| d.id),
            questions: library.questions_of_process(process.id).map(|d| d.id),
        }
    }
}

/// What an existing consultation offers, as the form's `offers` field says it.
pub fn offers_of(consultation: &Consultation, library: &crate::document::Library) -> &'static str {
    let on_questions = library
        .get(consultation.document_id)
        .is_some_and(|d| d.kind == crate::document::DocumentKind::Questions);
    match consultation.kind {
        ConsultationKind::Consultation => "draft",
        ConsultationKind::Workshop if on_questions => "questions",
        ConsultationKind::Workshop => "both",
    }
}

/// A consultation slug: lower-case letters, digits and hyphens.
pub fn is_slug(raw: &str) -> bool {
    !raw.is_empty()
        && raw.len() <= 60
        && raw
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !raw.starts_with('-')
        && !raw.ends_with('-')
}

const MAX_NAME_CHARS: usize = 200;
/// Longest list of regional groups, in characters: a few names, one per line.
const MAX_GROUPS_CHARS: usize = 1_000;

/// `2026-03` or `2026-03-14`, a real month or day.
fn is_held(raw: &str) -> bool {
    let parts: Vec<&str> = raw.split('-').collect();
    let number = |s: &str, len: usize| s.len() == len && s.bytes().all(|b| b.is_ascii_digit());
    match parts.as_slice() {
        [year, month] if number(year, 4) && number(month, 2) => {
            (1..=12).contains(&month.parse::<u8>().unwrap_or(0))
        }
        [_, _, _] => raw.parse::<jiff::civil::Date>().is_ok(),
        _ => false,
    }
}

/// A local date and time as a browser's `datetime-local` field sends it, in `zone`, as UTC.
fn local_to_utc(raw: &str, zone: &TimeZone) -> Option<String> {
    let local: DateTime = raw.trim().parse().ok()?;
    let instant = local.to_zoned(zone.clone()).ok()?.timestamp();
    let at = time::OffsetDateTime::from_unix_timestamp(instant.as_second()).ok()?;
    Some(crate::time_format::format_rfc3339(at))
}

/// A stored UTC time as the form shows it, in `zone`: `2026-03-01T09:00`.
pub fn utc_to_local(stamp: &str, zone: &str) -> String {
    let Ok(instant) = stamp.parse::<jiff::Timestamp>() else {
        return String::new();
    };
    let zone = TimeZone::get(zone).unwrap_or(TimeZone::UTC);
    instant
        .to_zoned(zone)
        .datetime()
        .strftime("%Y-%m-%dT%H:%M")
        .to_string()
}

fn list(raw: &str, separators: &[char]) -> Vec<String> {
    raw.split(separators)
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

impl SetupForm {
    /// The form for an existing consultation, as its fields show it.
    pub fn of(consultation: &Consultation, process: &str, offers: &str) -> Self {
        let local = |stamp: &Option<String>| {
            stamp
                .as_deref()
                .map(|s| utc_to_local(s, &consultation.time_zone))
                .unwrap_or_default()
        };
        Self {
            slug: consultation.slug.clone(),
            city: consultation.city.clone(),
            country: consultation.country.clone(),
            regional_groups: consultation.regional_groups.join("\n"),
            languages: consultation.languages.join(", "),
            held: consultation.held.clone(),
            process: process.to_string(),
            opens: local(&consultation.opens_at),
            closes: local(&consultation.closes_at),
            time_zone: consultation.time_zone.clone(),
            access: consultation.access.key().to_string(),
            offers: offers.to_string(),
        }
    }

    /// What the form says, or a message beside each field that is wrong. `processes` gives
    /// what each process has to offer.
    pub fn parse(&self, processes: &[Offered]) -> Result<ConsultationSetup, FieldErrors> {
        let mut errors = FieldErrors::default();
        let slug = self.slug.trim();
        if !is_slug(slug) {
            errors.add("slug", Message::new("invalid-consultation-slug"));
        }
        let city = self.city.trim();
        if city.is_empty() {
            errors.add("city", Message::new("invalid-city-missing"));
        }
        for (field, value) in [("city", city), ("country", self.country.trim())] {
            let length = value.chars().count();
            if length > MAX_NAME_CHARS {
                errors.add(
                    field,
                    Message::new("invalid-too-long")
                        .with("length", length as i64)
                        .with("max", MAX_NAME_CHARS as i64),
                );
            }
        }
        let groups_length = self.regional_groups.trim().chars().count();
        if groups_length > MAX_GROUPS_CHARS {
            errors.add(
                "regional_groups",
                Message::new("invalid-too-long")
                    .with("length", groups_length as i64)
                    .with("max", MAX_GROUPS_CHARS as i64),
            );
        }
        let held = self.held.trim();
        if !is_held(held) {
            errors.add("held", Message::new("invalid-held"));
        }
        let languages = list(&self.languages, &[',', ' ', ';']);
        if languages
            .iter()
            .any(|l| crate::document::import::language_tag(l).is_none())
        {
            errors.add("languages", Message::new("invalid-languages"));
        }
        let offered = processes.iter().find(|p| p.slug == self.process);
        let (wants_draft, wants_questions) = match self.offers.as_str() {
            "" | "draft" => (true, false),
            "questions" => (false, true),
            "both" => (true, true),
            _ => {
                errors.add("offers", Message::new("invalid-offers"));
                (false, false)
            }
        };
        let kind = if wants_questions {
            ConsultationKind::Workshop
        } else {
            ConsultationKind::Consultation
        };
        let document_id = match offered {
            None => {
                errors.add("process", Message::new("invalid-process"));
                None
            }
            Some(offered) => {
                if wants_draft && offered.draft.is_none() {
                    errors.add("process", Message::new("invalid-process-no-draft"));
                }
                if wants_questions && offered.questions.is_none() {
                    errors.add("offers", Message::new("invalid-process-no-questions"));
                }
                // A workshop on questions alone is on the question set; else on the draft.
                if wants_draft {
                    offered.draft
                } else if wants_questions {
                    offered.questions
                } else {
                    None
                }
            }
        };
        let zone_name = match self.time_zone.trim() {
            "" => "UTC",
            zone => zone,
        };
        let zone = TimeZone::get(zone_name).ok();
        if zone.is_none() {
            errors.add("time_zone", Message::new("invalid-time-zone"));
        }
        let mut moment = |field: &'static str, raw: &str| -> Option<String> {
            if raw.trim().is_empty() {
                return None;
            }
            let utc = zone.as_ref().and_then(|z| local_to_utc(raw, z));
            if utc.is_none() && zone.is_some() {
                errors.add(field, Message::new("invalid-moment"));
            }
            utc
        };
        let opens_at = moment("opens", &self.opens);
        let closes_at = moment("closes", &self.closes);
        if let (Some(opens), Some(closes)) = (&opens_at, &closes_at)
            && closes <= opens
        {
            errors.add("closes", Message::new("invalid-closes-before-opens"));
        }
        let access = match self.access.as_str() {
            "" => Some(Access::Public),
            key => Access::parse(key),
        };
        if access.is_none() {
            errors.add("access", Message::new("invalid-access"));
        }
        match (document_id, access) {
            (Some(document_id), Some(access)) if errors.is_empty() => Ok(ConsultationSetup {
                slug: slug.to_string(),
                city: city.to_string(),
                country: self.country.trim().to_string(),
                regional_groups: list(&self.regional_groups, &['\n', ';']),
                languages,
                held: held.to_string(),
                document_id,
                opens_at,
                closes_at,
                time_zone: zone_name.to_string(),
                access,
                kind,
            }),
            _ => Err(errors),
        }
    }
}

/// Adds a consultation, with its audit entry; a slug in use is the slug field's problem.
pub fn create(
    conn: &Connection,
    setup: &ConsultationSetup,
    by: &str,
) -> anyhow::Result<Result<i64, FieldErrors>> {
    if repo::find_by_slug(conn, &setup.slug)?.is_some() {
        let mut errors = FieldErrors::default();
        errors.add("slug", Message::new("invalid-consultation-slug-taken"));
        return Ok(Err(errors));
    }
    let id = repo::insert_setup(conn, setup)?;
    let entry = Entry::new(by, Action::ConsultationCreate)
        .subject(&setup.slug)
        .detail(describe(setup));
    crate::audit::repo::record_now(conn, &entry)?;
    Ok(Ok(id))
}

/// Changes a consultation (not its slug), with an audit entry naming what changed. It stays
/// on the version of its process's draft it was set up on (a revision gets consultations of
/// its own); it moves to another process only while it holds no feedback.
pub fn edit(
    conn: &Connection,
    existing: &Consultation,
    setup: &ConsultationSetup,
    by: &str,
) -> anyhow::Result<Result<(), FieldErrors>> {
    // The form names a process, whose newest draft the setup reads: the same process's draft
    // keeps the consultation's own version.
    let same_draft = setup.kind == existing.kind
        && repo::same_draft(conn, setup.document_id, existing.document_id)?;
    let kept;
    let setup = if same_draft {
        kept = ConsultationSetup {
            document_id: existing.document_id,
            ..setup.clone()
        };
        &kept
    } else {
        setup
    };
    let changes_what_is_offered =
        setup.document_id != existing.document_id || setup.kind != existing.kind;
    if changes_what_is_offered && repo::feedback_count(conn, existing.id)? > 0 {
        let mut errors = FieldErrors::default();
        errors.add("process", Message::new("invalid-process-has-feedback"));
        return Ok(Err(errors));
    }
    repo::update_setup(conn, existing.id, setup)?;
    let before = ConsultationSetup {
        slug: existing.slug.clone(),
        city: existing.city.clone(),
        country: existing.country.clone(),
        regional_groups: existing.regional_groups.clone(),
        languages: existing.languages.clone(),
        held: existing.held.clone(),
        document_id: existing.document_id,
        opens_at: existing.opens_at.clone(),
        closes_at: existing.closes_at.clone(),
        time_zone: existing.time_zone.clone(),
        access: existing.access,
        kind: existing.kind,
    };
    let entry = Entry::new(by, Action::ConsultationEdit)
        .subject(&existing.slug)
        .detail(changes(&before, setup));
    crate::audit::repo::record_now(conn, &entry)?;
    Ok(Ok(()))
}

fn fields(setup: &ConsultationSetup) -> Vec<(&'static str, String)> {
    vec![
        ("city", setup.city.clone()),
        ("country", setup.country.clone()),
        ("regional groups", setup.regional_groups.join("; ")),
        ("languages", setup.languages.join(", ")),
        ("held", setup.held.clone()),
        ("document", setup.document_id.to_string()),
        ("opens", setup.opens_at.clone().unwrap_or_default()),
        ("closes", setup.closes_at.clone().unwrap_or_default()),
        ("time zone", setup.time_zone.clone()),
        ("access", setup.access.key().to_string()),
        ("kind", setup.kind.key().to_string()),
    ]
}

fn describe(setup: &ConsultationSetup) -> String {
    fields(setup)
        .into_iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(k, v)| format!("{k}: {v}"))
        .collect::<Vec<_>>()
        .join("; ")
}

/// "city: Geneva → Genève; closes:  → 2026-03-01T17:00:00Z"
fn changes(before: &ConsultationSetup, after: &ConsultationSetup) -> String {
    fields(before)
        .into_iter()
        .zip(fields(after))
        .filter(|((_, old), (_, new))| old != new)
        .map(|((k, old), (_, new))| format!("{k}: {old} → {new}"))
        .collect::<Vec<_>>()
        .join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form() -> SetupForm {
        SetupForm {
            slug: "dakar-2026".into(),
            city: "Dakar".into(),
            country: "Sénégal".into(),
            regional_groups: "African States\nOther".into(),
            languages: "fr, en".into(),
            held: "2026-03".into(),
            process: "p".into(),
            opens: "2026-03-01T09:00".into(),
            closes: "2026-03-31T18:00".into(),
            time_zone: "Africa/Addis_Ababa".into(),
            access: "invitation".into(),
            offers: String::new(),
        }
    }

    fn offered(draft: Option<i64>, questions: Option<i64>) -> [Offered; 1] {
        [Offered {
            slug: "p".into(),
            draft,
            questions,
        }]
    }

    #[test]
    fn local_times_are_stored_in_utc_and_shown_back_in_the_zone() {
        let setup = form().parse(&offered(Some(7), None)).unwrap();
        // Addis Ababa is UTC+3 all year.
        assert_eq!(setup.opens_at.as_deref(), Some("2026-03-01T06:00:00Z"));
        assert_eq!(setup.closes_at.as_deref(), Some("2026-03-31T15:00:00Z"));
        assert_eq!(setup.regional_groups, ["African States", "Other"]);
        assert_eq!(setup.languages, ["fr", "en"]);
        assert_eq!(setup.document_id, 7);
        assert_eq!(
            utc_to_local("2026-03-01T06:00:00Z", "Africa/Addis_Ababa"),
            "2026-03-01T09:00"
        );
    }

    #[test]
    fn each_bad_field_gets_its_message() {
        type Case = (&'static str, fn(&mut SetupForm), &'static str);
        let cases: &[Case] = &[
            (
                "slug",
                |f| f.slug = "Dakar 2026".into(),
                "invalid-consultation-slug",
            ),
            ("city", |f| f.city = "  ".into(), "invalid-city-missing"),
            (
                "regional_groups",
                |f| f.regional_groups = "African States\n".repeat(70),
                "invalid-too-long",
            ),
            ("held", |f| f.held = "March 2026".into(), "invalid-held"),
            ("held", |f| f.held = "2026-13".into(), "invalid-held"),
            (
                "languages",
                |f| f.languages = "French".into(),
                "invalid-languages",
            ),
            ("process", |f| f.process = "other".into(), "invalid-process"),
            (
                "time_zone",
                |f| f.time_zone = "Mars/Olympus".into(),
                "invalid-time-zone",
            ),
            ("opens", |f| f.opens = "tomorrow".into(), "invalid-moment"),
            (
                "closes",
                |f| f.closes = "2026-02-01T09:00".into(),
                "invalid-closes-before-opens",
            ),
        ];
        for (field, change, key) in cases {
            let mut form = form();
            change(&mut form);
            let errors = form.parse(&offered(Some(7), None)).unwrap_err();
            assert_eq!(errors.get(field).map(|m| m.key), Some(*key), "{field}");
        }
        let errors = form().parse(&offered(None, None)).unwrap_err();
        assert_eq!(
            errors.get("process").map(|m| m.key),
            Some("invalid-process-no-draft")
        );
    }

    #[test]
    fn a_workshop_is_on_the_questions_alone_or_on_the_questions_and_the_draft() {
        let mut workshop = form();
        workshop.offers = "questions".into();
        let setup = workshop.parse(&offered(Some(7), Some(9))).unwrap();
        assert_eq!(
            (setup.kind, setup.document_id),
            (ConsultationKind::Workshop, 9)
        );
        workshop.offers = "both".into();
        let setup = workshop.parse(&offered(Some(7), Some(9))).unwrap();
        assert_eq!(
            (setup.kind, setup.document_id),
            (ConsultationKind::Workshop, 7)
        );
        // Questions alone need no draft; the questions must be there.
        workshop.offers = "questions".into();
        assert!(workshop.parse(&offered(None, Some(9))).is_ok());
        let errors = workshop.parse(&offered(Some(7), None)).unwrap_err();
        assert_eq!(
            errors.get("offers").map(|m| m.key),
            Some("invalid-process-no-questions")
        );
        workshop.offers = "everything".into();
        let errors = workshop.parse(&offered(Some(7), Some(9))).unwrap_err();
        assert_eq!(errors.get("offers").map(|m| m.key), Some("invalid-offers"));
        let setup = form().parse(&offered(Some(7), Some(9))).unwrap();
        assert_eq!(
            (setup.kind, setup.document_id),
            (ConsultationKind::Consultation, 7)
        );
    }

    #[test]
    fn a_daylight_saving_zone_uses_the_offset_of_the_day() {
        let mut summer = form();
        summer.time_zone = "Europe/Zurich".into();
        summer.opens = "2026-07-01T09:00".into();
        summer.closes = "2026-12-01T09:00".into();
        let setup = summer.parse(&offered(Some(1), None)).unwrap();
        assert_eq!(setup.opens_at.as_deref(), Some("2026-07-01T07:00:00Z"));
        assert_eq!(setup.closes_at.as_deref(), Some("2026-12-01T08:00:00Z"));
    }
}
