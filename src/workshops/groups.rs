//! Breakout groups: a workshop's groups with their questions and rapporteurs, and the points a
//! rapporteur records for a group, each with how widely the group held it.

use serde::Deserialize;

use crate::document::{ArticleId, Document};
use crate::forms::FieldErrors;
use crate::i18n::Message;

/// Longest group name and rapporteur link label.
pub const MAX_NAME: usize = 80;
/// Longest point: a few sentences read out in plenary.
pub const MAX_POINT: usize = 4_000;

/// How widely a group held a point, as a summary reports it: "it was generally accepted",
/// "most participants", "some participants", "one participant".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Support {
    Consensus,
    Most,
    Some,
    One,
}

impl Support {
    pub const ALL: [Support; 4] = [
        Support::Consensus,
        Support::Most,
        Support::Some,
        Support::One,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Support::Consensus => "consensus",
            Support::Most => "most",
            Support::Some => "some",
            Support::One => "one",
        }
    }

    pub fn parse(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.key() == key)
    }
}

/// A group as stored.
#[derive(Debug, Clone)]
pub struct Group {
    pub id: i64,
    pub consultation_id: i64,
    pub name: String,
    pub rapporteur: Option<String>,
    /// Its questions, in the question set's order.
    pub questions: Vec<ArticleId>,
}

/// A recorded point of a group, as its pages list it.
#[derive(Debug, Clone)]
pub struct Point {
    pub id: i64,
    pub group_id: i64,
    pub group: String,
    pub question: ArticleId,
    pub text: String,
    pub support: Support,
    pub made_on: String,
    pub recorded_by: String,
    /// The points it disagrees with.
    pub diverges_from: Vec<i64>,
    pub hidden: bool,
}

/// The group form as typed.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct GroupForm {
    pub name: String,
    pub questions: Vec<String>,
    /// An organiser's id, or empty for none.
    pub rapporteur: String,
}

/// A group to store: its name, questions and rapporteur.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupSetup {
    pub name: String,
    pub questions: Vec<ArticleId>,
    pub rapporteur: Option<i64>,
}

impl GroupForm {
    /// What the form says, against the workshop's questions and the organisers' ids.
    pub fn parse(
        &self,
        questions: &Document,
        organisers: &[i64],
    ) -> Result<GroupSetup, FieldErrors> {
        let mut errors = FieldErrors::default();
        let name = self.name.trim();
        if name.is_empty() || name.chars().count() > MAX_NAME {
            errors.add(
                "group-name",
                Message::new("invalid-group-name").with("max", MAX_NAME as i64),
            );
        }
        let mut chosen = Vec::new();
        for raw in &self.questions {
            let offered = |id: &ArticleId| questions.article(*id).is_some_and(|a| !a.retired);
            match raw.parse::<ArticleId>().ok().filter(offered) {
                Some(id) if !chosen.contains(&id) => chosen.push(id),
                Some(_) => {}
                None => errors.add("group-questions", Message::new("invalid-group-questions")),
            }
        }
        if chosen.is_empty() && !errors.has("group-questions") {
            errors.add("group-questions", Message::new("invalid-group-questions"));
        }
        let rapporteur = match self.rapporteur.trim() {
            "" => None,
            raw => match raw.parse::<i64>().ok().filter(|id| organisers.contains(id)) {
                Some(id) => Some(id),
                None => {
                    errors.add("group-rapporteur", Message::new("invalid-group-rapporteur"));
                    None
                }
            },
        };
        // In the question set's order, whatever the form's.
        chosen.sort_by_key(|id| questions.articles.iter().position(|a| a.id == *id));
        if errors.is_empty() {
            Ok(GroupSetup {
                name: name.to_string(),
                questions: chosen,
                rapporteur,
            })
        } else {
            Err(errors)
        }
    }
}

/// The rapporteur's form as typed.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct PointForm {
    pub question: String,
    pub point: String,
    pub support: String,
    /// Earlier points of the workshop this one disagrees with.
    pub diverges_from: Vec<String>,
    /// The day the group met, `YYYY-MM-DD`.
    pub made_on: String,
}

/// A point to store.
#[derive(Debug, Clone, PartialEq)]
pub struct NewPoint {
    pub question: ArticleId,
    pub text: String,
    pub support: Support,
    pub diverges_from: Vec<i64>,
    pub made_on: String,
}

impl PointForm {
    /// What the form says for `group`, whose workshop holds the points `others`; `today` is
    /// the latest day anywhere.
    pub fn parse(
        &self,
        group: &Group,
        others: &[Point],
        today: time::Date,
    ) -> Result<NewPoint, FieldErrors> {
        let mut errors = FieldErrors::default();
        let question = self
            .question
            .parse::<ArticleId>()
            .ok()
            .filter(|id| group.questions.contains(id));
        if question.is_none() {
            errors.add("question", Message::new("invalid-point-question"));
        }
        let text = self.point.trim();
        if text.is_empty() {
            errors.add("point", Message::new("invalid-point-empty"));
        } else if text.chars().count() > MAX_POINT {
            errors.add(
                "point",
                Message::new("invalid-point-long").with("max", MAX_POINT as i64),
            );
        }
        let support = Support::parse(&self.support);
        if support.is_none() {
            errors.add("support", Message::new("invalid-point-support"));
        }
        let mut diverges_from = Vec::new();
        for raw in self.diverges_from.iter().filter(|r| !r.is_empty()) {
            match raw
                .parse::<i64>()
                .ok()
                .filter(|id| others.iter().any(|p| p.id == *id))
            {
                Some(id) if !diverges_from.contains(&id) => diverges_from.push(id),
                Some(_) => {}
                None => errors.add("diverges_from", Message::new("invalid-point-divergent")),
            }
        }
        let made_on = match crate::feedback::provenance::parse_day(self.made_on.trim(), today) {
            Ok(day) => day,
            Err(message) => {
                errors.add("made_on", message);
                String::new()
            }
        };
        match (question, support) {
            (Some(question), Some(support)) if errors.is_empty() => Ok(NewPoint {
                question,
                text: text.to_string(),
                support,
                diverges_from,
                made_on,
            }),
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn group() -> Group {
        Group {
            id: 1,
            consultation_id: 1,
            name: "Group A".into(),
            rapporteur: None,
            questions: vec![ArticleId::Question(1), ArticleId::Question(2)],
        }
    }

    fn form() -> PointForm {
        PointForm {
            question: "q2".into(),
            point: " Solidarity goes beyond cooperation. ".into(),
            support: "most".into(),
            diverges_from: vec![String::new()],
            made_on: "2012-06-07".into(),
        }
    }

    #[test]
    fn a_point_needs_one_of_the_groups_questions_words_and_a_degree_of_support() {
        let today = time::macros::date!(2026 - 12 - 02);
        let point = form().parse(&group(), &[], today).unwrap();
        assert_eq!(point.question, ArticleId::Question(2));
        assert_eq!(point.text, "Solidarity goes beyond cooperation.");
        assert_eq!(point.support, Support::Most);
        let mut bad = form();
        bad.question = "q3".into();
        bad.point = "  ".into();
        bad.support = "many".into();
        bad.diverges_from = vec!["99".into()];
        bad.made_on = "2099-01-01".into();
        let errors = bad.parse(&group(), &[], today).unwrap_err();
        for field in ["question", "point", "support", "diverges_from", "made_on"] {
            assert!(errors.has(field), "{field}");
        }
    }
}
