use std::fmt;
use std::str::FromStr;

/// Which article of a draft: the preamble or a numbered article. Parsed from URL segments
/// and stored as text: `preamble`, `1`, `2`, ...
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ArticleId {
    Preamble,
    Numbered(u16),
}

impl FromStr for ArticleId {
    type Err = ();

    fn from_str(s: &str) -> Result<Self, ()> {
        if s == "preamble" {
            return Ok(ArticleId::Preamble);
        }
        // Canonical digits only: "04" or "+4" would give one article two addresses.
        if s.is_empty()
            || s.len() > 4
            || s.starts_with('0')
            || !s.bytes().all(|b| b.is_ascii_digit())
        {
            return Err(());
        }
        s.parse().map(ArticleId::Numbered).map_err(|_| ())
    }
}

impl fmt::Display for ArticleId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ArticleId::Preamble => f.write_str("preamble"),
            ArticleId::Numbered(n) => write!(f, "{n}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonical_forms_parse_and_print_back() {
        for s in ["preamble", "1", "10", "999"] {
            assert_eq!(s.parse::<ArticleId>().unwrap().to_string(), s);
        }
    }

    #[test]
    fn other_spellings_are_refused() {
        for s in [
            "", "0", "04", "+4", "-1", "Preamble", "4a", " 4", "99999", "١",
        ] {
            assert!(s.parse::<ArticleId>().is_err(), "{s:?} was accepted");
        }
    }
}
