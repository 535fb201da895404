//! The filters of the review page, parsed once from the query string and carried into every
//! link and export, so a filtered view and its export always agree.

use serde::Deserialize;

use super::disposition::Disposition;
use crate::document::ArticleId;
use crate::feedback::vocabulary::Vocabulary;
use crate::feedback::{CommentType, Stance};
use crate::i18n::Message;
use crate::search::Term;

/// The query string as sent; empty values mean "any".
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct FilterQuery {
    /// The process whose draft the desk reviews; empty for the first.
    pub process: String,
    /// The version of the process's draft, by symbol; empty for the one the desk defaults to.
    pub version: String,
    /// `this` for the feedback on this version only; empty to carry the earlier versions'.
    pub versions: String,
    pub consultation: String,
    pub article: String,
    pub stance: String,
    pub stakeholder_category: String,
    pub theme: String,
    pub comment_type: String,
    pub disposition: String,
    /// How the items came: `online`, `statement`, …
    pub channel: String,
    /// A text group's number: its members only.
    pub group: String,
    /// `one` for one item per text group; empty for every item.
    pub copies: String,
    /// The language the draft's text is shown in on the desk (a language version's, or empty
    /// for the original's); it filters nothing.
    pub text: String,
    pub q: String,
}

/// A full-text search: what the organiser typed, and the words looked for.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchQuery {
    pub typed: String,
    pub terms: Vec<Term>,
}

/// Words shorter than this are matched whole. As prefixes they would match a large part of
/// any text ("de", "the", the "s" of "State's"), and a prefix's matches are gathered from the
/// whole index before any is shown: "the" as a prefix took 104 ms at 1,000,000 items, whole 2.
const SHORTEST_PREFIX: usize = 4;

/// Whether a typed word is looked for as the start of longer words too, or only whole.
fn matches_as_prefix(word: &str) -> bool {
    word.chars().count() >= SHORTEST_PREFIX || word.chars().any(unspaced_script)
}

/// Scripts written without spaces between words, where what the index holds as one word is
/// a run of text, and even one character is worth finding at its start.
fn unspaced_script(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{9FFF}' | '\u{AC00}'..='\u{D7AF}' | '\u{F900}'..='\u{FAFF}')
}

/// The words of a typed search: its runs of letters and digits. Everything else, FTS5
/// operators and quotes included, only separates them.
fn typed_words(typed: &str) -> impl Iterator<Item = &str> {
    typed
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

impl SearchQuery {
    /// Each word becomes a term, all required, and a prefix too when it is long enough to be
    /// worth it: FTS5 operators and punctuation in what was typed are taken as text, never as
    /// query syntax (`search::repo::match_operand` quotes every word).
    pub fn parse(typed: &str) -> Option<Self> {
        let terms: Vec<Term> = typed_words(typed)
            .map(|w| Term {
                word: w.to_string(),
                prefix: matches_as_prefix(w),
            })
            .collect();
        (!terms.is_empty()).then(|| Self {
            typed: typed.to_string(),
            terms,
        })
    }
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Filter {
    pub document_id: Option<i64>,
    /// The process, as the desk's links carry it: `None` for the first (the default).
    pub process: Option<String>,
    /// The version, as the desk's links carry it: `None` for the desk's default.
    pub version: Option<String>,
    /// Leave out the feedback carried from earlier versions.
    pub this_version_only: bool,
    /// Only these units of the article (an earlier version's units that lead into the
    /// article reviewed); `None` for all.
    pub references: Option<Vec<String>>,
    pub consultation: Option<String>,
    pub article: Option<ArticleId>,
    pub stance: Option<Stance>,
    pub stakeholder_category: Option<String>,
    pub theme: Option<String>,
    pub comment_type: Option<CommentType>,
    pub disposition: Option<Disposition>,
    pub channel: Option<crate::feedback::provenance::Channel>,
    /// Only the members of this text group (of comments or of proposals).
    pub group: Option<i64>,
    /// Only the first item of each comment group among those the other filters keep.
    pub one_per_group: bool,
    pub search: Option<SearchQuery>,
}

fn given(value: &str) -> Option<&str> {
    (!value.is_empty()).then_some(value)
}

impl Filter {
    /// Parses the query; a value that names nothing known is an error to show, not to ignore.
    pub fn parse(
        query: &FilterQuery,
        vocabulary: &Vocabulary,
        consultations: &[String],
    ) -> Result<Self, Message> {
        let unknown = |key: &'static str, value: &str| Message::new(key).with_text("value", value);
        let consultation = match given(&query.consultation) {
            Some(slug) if consultations.iter().any(|c| c == slug) => Some(slug.to_string()),
            Some(slug) => return Err(unknown("filter-unknown-consultation", slug)),
            None => None,
        };
        let article = match given(&query.article) {
            Some(a) => Some(
                a.parse()
                    .map_err(|_| unknown("filter-unknown-article", a))?,
            ),
            None => None,
        };
        let stance = match given(&query.stance) {
            Some(s) => Some(Stance::parse(s).ok_or_else(|| unknown("filter-unknown-stance", s))?),
            None => None,
        };
        let stakeholder_category = match given(&query.stakeholder_category) {
            Some(c) if vocabulary.has_category(c) => Some(c.to_string()),
            Some(c) => return Err(unknown("filter-unknown-category", c)),
            None => None,
        };
        let theme = match given(&query.theme) {
            Some(t) if vocabulary.has_theme(t) => Some(t.to_string()),
            Some(t) => return Err(unknown("filter-unknown-theme", t)),
            None => None,
        };
        let comment_type = match given(&query.comment_type) {
            Some(t) => Some(
                CommentType::parse(t).ok_or_else(|| unknown("filter-unknown-comment-type", t))?,
            ),
            None => None,
        };
        let disposition = match given(&query.disposition) {
            Some(d) => Some(
                Disposition::parse(d).ok_or_else(|| unknown("filter-unknown-disposition", d))?,
            ),
            None => None,
        };
        let channel = match given(&query.channel) {
            Some(c) => Some(
                crate::feedback::provenance::Channel::parse(c)
                    .ok_or_else(|| unknown("filter-unknown-channel", c))?,
            ),
            None => None,
        };
        let group = match given(&query.group) {
            Some(g) => Some(
                g.parse::<i64>()
                    .map_err(|_| unknown("filter-unknown-group", g))?,
            ),
            None => None,
        };
        let one_per_group = match query.copies.as_str() {
            "" => false,
            "one" => true,
            other => return Err(unknown("filter-unknown-copies", other)),
        };
        let this_version_only = match query.versions.as_str() {
            "" => false,
            "this" => true,
            other => return Err(unknown("filter-unknown-versions", other)),
        };
        Ok(Self {
            document_id: None,
            process: None,
            version: None,
            this_version_only,
            references: None,
            consultation,
            article,
            stance,
            stakeholder_category,
            theme,
            comment_type,
            disposition,
            channel,
            group,
            one_per_group,
            search: SearchQuery::parse(&query.q),
        })
    }

    /// The filters as query-string pairs, the process first (article and document excluded:
    /// pages carry the article in their path, and the process stands for its document).
    pub fn pairs(&self) -> Vec<(&'static str, String)> {
        let mut pairs = Vec::new();
        let mut push = |key, value: Option<String>| {
            if let Some(value) = value {
                pairs.push((key, value));
            }
        };
        push("process", self.process.clone());
        push("version", self.version.clone());
        push(
            "versions",
            self.this_version_only.then(|| "this".to_string()),
        );
        push("consultation", self.consultation.clone());
        push("stance", self.stance.map(|s| s.key().to_string()));
        push("stakeholder_category", self.stakeholder_category.clone());
        push("theme", self.theme.clone());
        push(
            "comment_type",
            self.comment_type.map(|t| t.key().to_string()),
        );
        push("disposition", self.disposition.map(|d| d.key().to_string()));
        push("channel", self.channel.map(|c| c.key().to_string()));
        push("group", self.group.map(|g| g.to_string()));
        push("copies", self.one_per_group.then(|| "one".to_string()));
        push("q", self.search.as_ref().map(|s| s.typed.clone()));
        pairs
    }

    /// `pairs` with `extra` first, URL-encoded: "article=4&stance=amend".
    pub fn query_string(&self, extra: &[(&'static str, String)]) -> String {
        let mut all: Vec<(&str, String)> = extra.to_vec();
        all.extend(self.pairs());
        serde_html_form::to_string(&all).unwrap_or_default()
    }

    pub fn is_empty(&self) -> bool {
        *self
            == Filter {
                document_id: self.document_id,
                process: self.process.clone(),
                version: self.version.clone(),
                article: self.article,
                ..Filter::default()
            }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The terms of a typed search, a prefix marked with `*`.
    fn terms(typed: &str) -> Vec<String> {
        SearchQuery::parse(typed)
            .map(|search| search.terms)
            .unwrap_or_default()
            .into_iter()
            .map(|t| format!("{}{}", t.word, if t.prefix { "*" } else { "" }))
            .collect()
    }

    #[test]
    fn typed_search_never_becomes_query_syntax() {
        assert_eq!(SearchQuery::parse("  "), None);
        assert_eq!(terms("peoples' rights"), ["peoples*", "rights*"]);
        assert_eq!(terms("State's"), ["State*", "s"]);
        assert_eq!(terms("NEAR(a b) OR \"x"), ["NEAR*", "a", "b", "OR", "x"]);
        assert_eq!(terms("التضامن"), ["التضامن*"]);
    }

    #[test]
    fn short_words_are_matched_whole_except_in_scripts_without_spaces() {
        assert_eq!(terms("the debt"), ["the", "debt*"]);
        assert_eq!(terms("حق"), ["حق"]);
        assert_eq!(terms("团结"), ["团结*"]);
    }

    #[test]
    fn unknown_values_are_errors_and_empty_values_mean_any() {
        let slugs = vec!["suva-2015".to_string()];
        let ok = FilterQuery {
            consultation: "suva-2015".into(),
            stance: "amend".into(),
            ..Default::default()
        };
        let filter = Filter::parse(&ok, &Vocabulary::shipped(), &slugs).unwrap();
        assert_eq!(
            filter.query_string(&[("article", "4".into())]),
            "article=4&consultation=suva-2015&stance=amend"
        );
        assert!(
            Filter::parse(&FilterQuery::default(), &Vocabulary::shipped(), &slugs)
                .unwrap()
                .is_empty()
        );
        for bad in [
            FilterQuery {
                consultation: "atlantis".into(),
                ..Default::default()
            },
            FilterQuery {
                stance: "maybe".into(),
                ..Default::default()
            },
            FilterQuery {
                theme: "astrology".into(),
                ..Default::default()
            },
            FilterQuery {
                disposition: "partially accepted".into(),
                ..Default::default()
            },
            FilterQuery {
                article: "04".into(),
                ..Default::default()
            },
        ] {
            assert!(
                Filter::parse(&bad, &Vocabulary::shipped(), &slugs).is_err(),
                "{bad:?}"
            );
        }
    }
}
