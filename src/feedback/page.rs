//! What the participants' pages show, built from stored data by plain functions: the form
//! with its labels and messages, and a stored item as its author reads it.

use super::form::{FeedbackForm, FieldErrors};
use super::vocabulary::Vocabulary;
use super::{CommentType, FeedbackInput, Stance, StoredFeedback};
use crate::csrf::CsrfToken;
use crate::document::Article;
use crate::i18n::Tr;
use crate::paths;

/// What the shared form partial needs, with every label in the page's language.
pub struct FormView {
    pub tr: Tr,
    pub action: String,
    pub csrf_token: String,
    pub paragraphs: Vec<(String, String)>,
    pub stances: Vec<(String, String)>,
    /// Whether a position must be chosen: on the text, yes; on a question, no.
    pub stance_required: bool,
    /// On a question, answered whole: no paragraph to choose.
    pub on_question: bool,
    pub comment_types: Vec<(String, String)>,
    pub themes: Vec<(String, String)>,
    pub categories: Vec<(String, String)>,
    pub values: FeedbackForm,
    pub errors: FieldErrors,
    pub submit_label: String,
    /// Whether a receipt is mailed to the address given, so the form can say so.
    pub mail_receipts: bool,
    /// On the rapporteur's page: where the item came from, asked before what it says.
    pub provenance: Option<ProvenanceView>,
}

/// The provenance fields of the rapporteur's form.
pub struct ProvenanceView {
    pub values: super::provenance::ProvenanceForm,
    /// The channels an organiser records, key and name.
    pub channels: Vec<(String, String)>,
    /// The session's speakers so far, offered as the speaker is typed.
    pub speakers: Vec<String>,
    /// Where the item is recorded, sent with it.
    pub hidden: Vec<(&'static str, String)>,
    /// Just after a save: the cursor waits in the speaker field for the next statement.
    pub focus_speaker: bool,
}

impl FormView {
    /// A label of the form in a participant's own words ("Your position"), or, on an
    /// organiser's record of what someone said, in words about them ("Their position").
    pub fn label(&self, key: &str) -> String {
        let recorded = (self.provenance.is_some())
            .then(|| self.tr.catalogue(&format!("recorded-{key}")))
            .flatten();
        recorded.unwrap_or_else(|| self.tr.t(key))
    }
    pub fn new(
        vocabulary: &Vocabulary,
        tr: &Tr,
        article: &Article,
        action: String,
        csrf: CsrfToken,
        values: FeedbackForm,
    ) -> Self {
        let themes = vocabulary
            .offered_themes(&values.themes)
            .map(|t| (t.key.clone(), vocabulary.theme_label(tr, &t.key)))
            .collect();
        let categories = vocabulary
            .offered_categories(&values.stakeholder_category)
            .map(|c| (c.key.clone(), vocabulary.category_label(tr, &c.key)))
            .collect();
        Self {
            tr: tr.clone(),
            // A refused form comes back at its summary of what to fix, however long the page.
            action: format!("{action}#error-summary"),
            csrf_token: csrf.0,
            paragraphs: article
                .references()
                .into_iter()
                .map(|r| (r.to_string(), tr.reference_label(article.id, r)))
                .collect(),
            stances: Stance::offered_on(article.id)
                .iter()
                .map(|s| (s.key().to_string(), stance_label(tr, article.id, *s)))
                .collect(),
            stance_required: !article.id.is_question(),
            on_question: article.id.is_question(),
            comment_types: CommentType::ALL
                .iter()
                .map(|c| (c.key().to_string(), tr.comment_type(*c)))
                .collect(),
            themes,
            categories,
            values,
            errors: FieldErrors::default(),
            submit_label: tr.t("submit-send"),
            mail_receipts: false,
            provenance: None,
        }
    }

    /// The title of a page showing `form` (if any), saying first that something must be fixed
    /// when the form was refused.
    pub fn head_title(form: Option<&FormView>, title: String) -> String {
        match form {
            Some(form) if !form.errors.is_empty() => form.tr.t_text("title-error", "title", title),
            _ => title,
        }
    }

    /// The message beside `field`, in the page's language.
    pub fn error(&self, field: &str) -> Option<String> {
        self.errors.get(field).map(|m| self.tr.message(m))
    }

    pub fn theme_checked(&self, key: &str) -> bool {
        self.values.themes.iter().any(|t| t == key)
    }

    /// The comment type to preselect: what was sent, else "general".
    pub fn comment_type_selected(&self, key: &str) -> bool {
        if self.values.comment_type.is_empty() {
            key == "general"
        } else {
            self.values.comment_type == key
        }
    }

    /// Every field's message, for the summary at the top of the form.
    pub fn error_summary(&self) -> Vec<(&'static str, String)> {
        self.errors
            .iter()
            .map(|(field, m)| (field, self.tr.message(m)))
            .collect()
    }
}

/// A position as a participant reads it: on a question, in words that suit an answer ("I
/// agree"), not a draft's ("Support as drafted"); the desk counts both alike.
fn stance_label(tr: &Tr, article: crate::document::ArticleId, stance: Stance) -> String {
    if article.is_question() {
        tr.t(&format!("stance-answer-{}", stance.key()))
    } else {
        tr.stance(stance)
    }
}

/// The stored feedback as its author sees it, with labels resolved.
pub struct FeedbackView {
    pub id: i64,
    pub category: String,
    pub article: crate::document::ArticleId,
    pub article_title: String,
    pub article_link: String,
    /// The paragraph commented on; `None` on a question, which is answered whole.
    pub paragraph: Option<String>,
    pub stance: String,
    pub comment_type: String,
    pub themes: Vec<String>,
    pub input: FeedbackInput,
    pub created_at: String,
    pub updated_at: String,
    /// The organisers' decision, once there is one: its label and rationale.
    pub outcome: Option<(String, String)>,
}

impl FeedbackView {
    /// `stored` with its labels in `tr`'s language; `article` is the one it comments on, and
    /// `vocabulary` its process's lists.
    pub fn new(
        tr: &Tr,
        vocabulary: &Vocabulary,
        slug: &str,
        article: &Article,
        stored: &StoredFeedback,
    ) -> Self {
        let input = &stored.input;
        Self {
            id: stored.id,
            category: if input.stakeholder_category.is_empty() {
                String::new()
            } else {
                vocabulary.category_label(tr, &input.stakeholder_category)
            },
            article: stored.article,
            article_title: tr.article_title(stored.article),
            article_link: paths::article(slug, stored.article),
            paragraph: (!article.id.is_question())
                .then(|| tr.reference_label(article.id, &input.reference)),
            stance: stance_label(tr, article.id, input.stance),
            comment_type: tr.comment_type(input.comment_type),
            themes: input
                .themes
                .iter()
                .map(|t| vocabulary.theme_label(tr, t))
                .collect(),
            input: input.clone(),
            created_at: tr.timestamp(&stored.created_at),
            updated_at: tr.timestamp(&stored.updated_at),
            outcome: stored.is_decided().then(|| {
                (
                    tr.disposition(stored.disposition.key()),
                    stored.disposition_note.clone(),
                )
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::testing::article_4;
    use crate::feedback::{CommentType, Stance};
    use crate::i18n::Lang;
    use crate::review::disposition::Disposition;

    fn stored(disposition: Disposition) -> StoredFeedback {
        StoredFeedback {
            id: 7,
            consultation_slug: "suva-2015".into(),
            consultation_id: 1,
            document_id: 1,
            article: "4".parse().unwrap(),
            input: FeedbackInput {
                reference: "2".into(),
                stance: Stance::Amend,
                comment_type: CommentType::Drafting,
                themes: vec!["drafting".into()],
                comment: "Name peoples.".into(),
                proposed_text: String::new(),
                name: String::new(),
                organisation: String::new(),
                country: String::new(),
                stakeholder_category: String::new(),
                email: String::new(),
                publish_name: false,
            },
            created_at: "2026-11-22T19:04:00Z".into(),
            updated_at: "2026-11-22T19:04:00Z".into(),
            disposition,
            disposition_note: "Outside the mandate".into(),
            addressed: None,
        }
    }

    #[test]
    fn a_stored_item_reads_in_the_participants_language_with_its_outcome_once_decided() {
        let article = article_4();
        let french = Tr::new(Lang::Fr, "/");
        let pending = FeedbackView::new(
            &french,
            &Vocabulary::shipped(),
            "suva-2015",
            &article,
            &stored(Disposition::Pending),
        );
        assert_eq!(pending.article_link, "/consultations/suva-2015/articles/4");
        assert_eq!(
            pending.paragraph,
            Some(french.reference_label(article.id, "2"))
        );
        assert_eq!(pending.stance, french.stance(Stance::Amend));
        assert_eq!(pending.category, "", "no category chosen");
        assert_eq!(pending.outcome, None);
        let decided = FeedbackView::new(
            &french,
            &Vocabulary::shipped(),
            "suva-2015",
            &article,
            &stored(Disposition::NotAccepted),
        );
        assert_eq!(
            decided.outcome,
            Some((
                french.disposition("not-accepted"),
                "Outside the mandate".to_string()
            ))
        );
    }
}
