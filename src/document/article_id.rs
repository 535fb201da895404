use std::fmt;
use std::str::FromStr;

/// Which article of a draft: its title, the draft as a whole, the preamble or a numbered
/// article. Parsed from URL segments and stored as text: `title`, `whole`, `preamble`, `1`,
/// `2`, ... Ordered as a reader meets them: the title and the whole draft come first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ArticleId {
    /// The draft's title, as a place to comment ("the title could be simplified").
    Title,
    /// The draft as a whole: its structure, its length, what it leaves out.
    Whole,
    Preamble,
    Numbered(u16),
    /// A discussion question of a process, `q1`, `q2`...: a unit of its question set.
    Question(u16),
}

impl ArticleId {
    /// Whether this is the title or the draft as a whole rather than a part of its text.
    pub fn is_about_the_draft(self) -> bool {
        matches!(self, ArticleId::Title | ArticleId::Whole)
    }

    pub fn is_question(self) -> bool {
        matches!(self, ArticleId::Question(_))
    }
}

/// A number as canonical digits only: "04" or "+4" would give one unit two addresses.
fn canonical_number(s: &str) -> Result<u16, ()> {
    if s.is_empty() || s.len() > 4 || s.starts_with('0') || !s.bytes().all(|b| b.is_ascii_digit()) {
        return Err(());
    }
    s.parse().map_err(|_| ())
}

impl FromStr for ArticleId {
    type Err = ();

    fn from_str(s: &str) -> Result<Self, ()> {
        match s {
            "title" => return Ok(ArticleId::Title),
            "whole" => return Ok(ArticleId::Whole),
            "preamble" => return Ok(ArticleId::Preamble),
            _ => {}
        }
        match s.strip_prefix('q') {
            Some(number) => canonical_number(number).map(ArticleId::Question),
            None => canonical_number(s).map(ArticleId::Numbered),
        }
    }
}

impl fmt::Display for ArticleId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ArticleId::Title => f.write_str("title"),
            ArticleId::Whole => f.write_str("whole"),
            ArticleId::Preamble => f.write_str("preamble"),
            ArticleId::Numbered(n) => write!(f, "{n}"),
            ArticleId::Question(n) => write!(f, "q{n}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonical_forms_parse_and_print_back() {
        for s in ["title", "whole", "preamble", "1", "10", "999", "q1", "q12"] {
            assert_eq!(s.parse::<ArticleId>().unwrap().to_string(), s);
        }
    }

    #[test]
    fn other_spellings_are_refused() {
        for s in [
            "", "0", "04", "+4", "-1", "Preamble", "Title", "whole ", "4a", " 4", "99999", "١",
            "q", "q0", "q01", "Q1", "qq1",
        ] {
            assert!(s.parse::<ArticleId>().is_err(), "{s:?} was accepted");
        }
    }

    #[test]
    fn the_title_and_the_whole_draft_come_before_the_preamble() {
        let mut ids: Vec<ArticleId> = ["2", "preamble", "whole", "1", "title"]
            .iter()
            .map(|s| s.parse().unwrap())
            .collect();
        ids.sort();
        let names: Vec<String> = ids.iter().map(|id| id.to_string()).collect();
        assert_eq!(names, ["title", "whole", "preamble", "1", "2"]);
    }
}
