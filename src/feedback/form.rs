//! The feedback form as posted, and its parsing into a [`FeedbackInput`].
//!
//! The field names are those of the form and the private link's edit form. Parsing collects
//! every problem at once, so the participant sees them all beside their fields.

use serde::Deserialize;

use super::vocabulary::Vocabulary;
use super::{CommentType, FeedbackInput, Stance};
use crate::document::Article;
use crate::i18n::Message;

pub const MAX_LONG_TEXT: usize = 10_000;
pub const MAX_SHORT_TEXT: usize = 200;
pub const MAX_EMAIL: usize = 254;

/// Exactly what the browser sent, kept as typed so a rejected form can be shown again.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct FeedbackForm {
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
    /// The language of the text shown beside the form (a hidden field).
    pub read_in: String,
}

pub use crate::forms::FieldErrors;

/// The status a refused feedback form is answered with: 404 when it names a paragraph the
/// article does not have (only a stale or altered form can), else as any form.
pub fn refusal_status(errors: &FieldErrors) -> actix_web::http::StatusCode {
    if errors.has("paragraph") {
        actix_web::http::StatusCode::NOT_FOUND
    } else {
        errors.status()
    }
}

fn check_length(errors: &mut FieldErrors, field: &'static str, value: &str, max: usize) {
    let length = value.chars().count();
    if length > max {
        let message = Message::new("invalid-too-long")
            .with("length", length as i64)
            .with("max", max as i64);
        errors.add(field, message);
    }
}

fn email_shape_is_valid(email: &str) -> bool {
    let Some((local, domain)) = email.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.is_empty()
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !email.chars().any(|c| c.is_whitespace() || c.is_control())
}

impl FeedbackForm {
    /// Parses the form for `article`, or says what is wrong with each field.
    pub fn parse(
        &self,
        article: &Article,
        vocabulary: &Vocabulary,
    ) -> Result<FeedbackInput, FieldErrors> {
        let mut errors = FieldErrors::default();

        if !article.has_reference(&self.paragraph) {
            errors.add("paragraph", Message::new("invalid-paragraph"));
        }
        // A question may be answered without a position; the text's units take one.
        let stance = match self.stance.as_str() {
            "" if article.id.is_question() => Some(Stance::NoPosition),
            key => Stance::parse(key).filter(|s| Stance::offered_on(article.id).contains(s)),
        };
        if stance.is_none() {
            errors.add("stance", Message::new("invalid-stance"));
        }
        let comment_type = CommentType::parse(&self.comment_type);
        if comment_type.is_none() {
            errors.add("comment_type", Message::new("invalid-comment-type"));
        }
        let mut themes: Vec<String> = Vec::new();
        for theme in &self.themes {
            if !vocabulary.has_theme(theme) {
                errors.add("themes", Message::new("invalid-theme"));
            } else if !themes.contains(theme) {
                themes.push(theme.clone());
            }
        }
        if self.comment.trim().is_empty() {
            errors.add("comment", Message::new("invalid-comment-empty"));
        }
        check_length(&mut errors, "comment", &self.comment, MAX_LONG_TEXT);
        check_length(
            &mut errors,
            "proposed_text",
            &self.proposed_text,
            MAX_LONG_TEXT,
        );
        check_length(&mut errors, "name", &self.name, MAX_SHORT_TEXT);
        check_length(
            &mut errors,
            "organisation",
            &self.organisation,
            MAX_SHORT_TEXT,
        );
        check_length(&mut errors, "country", &self.country, MAX_SHORT_TEXT);
        if !self.stakeholder_category.is_empty()
            && !vocabulary.has_category(&self.stakeholder_category)
        {
            errors.add("stakeholder_category", Message::new("invalid-category"));
        }
        if !self.email.is_empty() {
            if self.email.len() > MAX_EMAIL {
                errors.add(
                    "email",
                    Message::new("invalid-email-long").with("max", MAX_EMAIL as i64),
                );
            } else if !email_shape_is_valid(&self.email) {
                errors.add("email", Message::new("invalid-email"));
            }
        }

        match (stance, comment_type) {
            (Some(stance), Some(comment_type)) if errors.is_empty() => Ok(FeedbackInput {
                reference: self.paragraph.clone(),
                stance,
                comment_type,
                themes,
                comment: self.comment.clone(),
                proposed_text: self.proposed_text.clone(),
                name: self.name.clone(),
                organisation: self.organisation.clone(),
                country: self.country.clone(),
                stakeholder_category: self.stakeholder_category.clone(),
                email: self.email.clone(),
                publish_name: self.publish_name.is_some(),
            }),
            _ => Err(errors),
        }
    }

    /// The form filled with what is stored, for the edit page.
    pub fn from_input(input: &FeedbackInput) -> Self {
        Self {
            paragraph: input.reference.clone(),
            stance: input.stance.key().to_string(),
            comment_type: input.comment_type.key().to_string(),
            themes: input.themes.clone(),
            comment: input.comment.clone(),
            proposed_text: input.proposed_text.clone(),
            name: input.name.clone(),
            organisation: input.organisation.clone(),
            country: input.country.clone(),
            stakeholder_category: input.stakeholder_category.clone(),
            email: input.email.clone(),
            publish_name: input.publish_name.then(|| "on".to_string()),
            read_in: String::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::testing::article_4;

    fn valid() -> FeedbackForm {
        FeedbackForm {
            paragraph: "2".into(),
            stance: "amend".into(),
            comment_type: "drafting".into(),
            comment: "Say 'peoples' too.".into(),
            ..Default::default()
        }
    }

    #[test]
    fn a_valid_form_parses_and_keeps_text_exactly() {
        let mut form = valid();
        form.comment = "  leading and trailing spaces, line\r\nbreaks  ".into();
        form.themes = vec!["drafting".into(), "drafting".into()];
        let input = form.parse(&article_4(), &Vocabulary::shipped()).unwrap();
        assert_eq!(input.comment, form.comment);
        assert_eq!(input.themes, ["drafting"]);
        assert!(!input.publish_name);
    }

    /// A field's name and a change that makes it wrong.
    type Breakage = (&'static str, Box<dyn Fn(&mut FeedbackForm)>);

    #[test]
    fn each_bad_field_gets_its_own_message() {
        let cases: Vec<Breakage> = vec![
            ("paragraph", Box::new(|f| f.paragraph = "9".into())),
            ("stance", Box::new(|f| f.stance = String::new())),
            ("stance", Box::new(|f| f.stance = "maybe".into())),
            ("comment_type", Box::new(|f| f.comment_type = "rant".into())),
            ("themes", Box::new(|f| f.themes = vec!["unknown".into()])),
            ("comment", Box::new(|f| f.comment = " \n ".into())),
            (
                "comment",
                Box::new(|f| f.comment = "x".repeat(MAX_LONG_TEXT + 1)),
            ),
            (
                "proposed_text",
                Box::new(|f| f.proposed_text = "é".repeat(MAX_LONG_TEXT + 1)),
            ),
            (
                "name",
                Box::new(|f| f.name = "n".repeat(MAX_SHORT_TEXT + 1)),
            ),
            (
                "stakeholder_category",
                Box::new(|f| f.stakeholder_category = "Pirates".into()),
            ),
            ("email", Box::new(|f| f.email = "not-an-address".into())),
            ("email", Box::new(|f| f.email = "a@b".into())),
            ("email", Box::new(|f| f.email = "a b@example.org".into())),
        ];
        for (field, spoil) in cases {
            let mut form = valid();
            spoil(&mut form);
            let errors = form
                .parse(&article_4(), &Vocabulary::shipped())
                .unwrap_err();
            assert!(
                errors.get(field).is_some(),
                "no message for {field} in {errors:?}"
            );
            assert_eq!(
                errors.iter().count(),
                1,
                "more than {field} flagged: {errors:?}"
            );
        }
    }

    #[test]
    fn limits_count_characters_not_bytes() {
        let mut form = valid();
        form.comment = "ع".repeat(MAX_LONG_TEXT);
        assert!(form.parse(&article_4(), &Vocabulary::shipped()).is_ok());
    }
}
