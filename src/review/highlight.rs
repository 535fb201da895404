//! Marks the words a search matched, for the items on screen. FTS5 finds the items; this only
//! shows why, so it folds case and common Latin accents as the index's tokenizer does
//! (`unicode61 remove_diacritics 2`) and matches each of the search's terms as the query does:
//! as the start of a word, or whole if it is short (`filter::matches_as_prefix`).

/// Text split into runs, `true` where a searched word matched.
pub type Segments = Vec<(String, bool)>;

fn fold(c: char) -> char {
    let lower = c.to_lowercase().next().unwrap_or(c);
    match lower {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' => 'a',
        'ç' | 'ć' | 'č' => 'c',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'ī' => 'i',
        'ñ' | 'ń' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' => 'o',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' => 'u',
        'ý' | 'ÿ' => 'y',
        other => other,
    }
}

/// A typed word, folded, and whether longer words that start with it match too.
struct Term {
    folded: String,
    prefix: bool,
}

impl Term {
    fn matches(&self, folded_word: &str) -> bool {
        if self.prefix {
            folded_word.starts_with(&self.folded)
        } else {
            folded_word == self.folded
        }
    }
}

/// A search's terms, folded, with what finding them in a text needs, made once per search.
pub struct Terms {
    list: Vec<Term>,
    /// Their first letters, folded.
    firsts: Vec<char>,
    /// When every term begins with an ASCII letter or digit (most searches): the bytes a word
    /// that one of them matches can begin with.
    starts: Option<[bool; 256]>,
}

/// The search's terms, folded, to look for in the text.
pub fn terms(search: &[crate::search::Term]) -> Terms {
    let list: Vec<Term> = search
        .iter()
        .map(|term| Term {
            folded: term.word.chars().map(fold).collect(),
            prefix: term.prefix,
        })
        .collect();
    let firsts: Vec<char> = list
        .iter()
        .filter_map(|t| t.folded.chars().next())
        .collect();
    let starts = firsts.iter().all(char::is_ascii_alphanumeric).then(|| {
        let mut starts = FOLD_TO_ASCII_LEADS;
        for first in &firsts {
            starts[first.to_ascii_lowercase() as usize] = true;
            starts[first.to_ascii_uppercase() as usize] = true;
        }
        starts
    });
    Terms {
        list,
        firsts,
        starts,
    }
}

/// `text` with every word that one of `terms` matches marked. Typed in ASCII, only the words
/// that can begin with a term's first letter are looked at, found by a scan of the bytes.
pub fn mark(text: &str, terms: &Terms) -> Segments {
    match terms.starts {
        Some(starts) => mark_among(text, terms, words_starting_with(text, starts)),
        None => mark_among(text, terms, words(text)),
    }
}

/// The first bytes of the characters outside ASCII that fold to an ASCII letter or digit: Latin
/// letters with accents (U+00C0 to U+017F) and the Kelvin and Angstrom signs (U+212A, U+212B).
/// A test checks every character.
const FOLD_TO_ASCII_LEADS: [bool; 256] = {
    let mut leads = [false; 256];
    leads[0xC3] = true;
    leads[0xC4] = true;
    leads[0xC5] = true;
    leads[0xE2] = true;
    leads
};

/// `text` with the words of `words` (some or all of its words, in order) that one of `terms`
/// matches marked.
fn mark_among<'t>(
    text: &'t str,
    terms: &Terms,
    words: impl Iterator<Item = (usize, &'t str)>,
) -> Segments {
    let mut segments: Segments = Vec::new();
    // The text between hits is copied once, as one run, not word by word.
    let mut unmarked_from = 0;
    // One buffer for every word's folded form: a page folds thousands of words.
    let mut key = String::new();
    for (start, word) in words {
        // Most words differ from every term in their first letter: only the others are
        // folded whole (folding every word was a tenth of a search page's time).
        let lead = word.as_bytes()[0];
        let first = if lead.is_ascii() {
            lead.to_ascii_lowercase() as char
        } else {
            word.chars().next().map_or(' ', fold)
        };
        let hit = terms.firsts.contains(&first) && {
            key.clear();
            key.extend(word.chars().map(fold));
            terms.list.iter().any(|t| t.matches(&key))
        };
        if hit {
            if start > unmarked_from {
                segments.push((text[unmarked_from..start].to_string(), false));
            }
            segments.push((word.to_string(), true));
            unmarked_from = start + word.len();
        }
    }

    if unmarked_from < text.len() {
        segments.push((text[unmarked_from..].to_string(), false));
    }
    segments
}

/// Whether the character at byte `at` of `text` is a letter or digit, and its width.
fn word_char_at(text: &str, at: usize) -> (bool, usize) {
    let byte = text.as_bytes()[at];
    if byte.is_ascii() {
        (byte.is_ascii_alphanumeric(), 1)
    } else {
        let c = text[at..].chars().next().unwrap_or(' ');
        (c.is_alphanumeric(), c.len_utf8())
    }
}

/// The words of `text` whose first byte is one of `starts`, with where each starts: the
/// bytes are scanned for those alone, and only a word found is read character by character.
fn words_starting_with(text: &str, starts: [bool; 256]) -> impl Iterator<Item = (usize, &str)> {
    let bytes = text.as_bytes();
    let mut at = 0;
    std::iter::from_fn(move || {
        while at < bytes.len() {
            let from = at + bytes[at..].iter().position(|b| starts[*b as usize])?;
            let (is_word, width) = word_char_at(text, from);
            at = from + width;
            // Inside a word (its character before is a letter or digit) is no word's start.
            let inside = from > 0 && {
                let mut before = from - 1;
                while before > 0 && bytes[before] & 0xC0 == 0x80 {
                    before -= 1;
                }
                word_char_at(text, before).0
            };
            if !is_word || inside {
                continue;
            }
            while at < bytes.len() {
                let (is_word, width) = word_char_at(text, at);
                if !is_word {
                    break;
                }
                at += width;
            }
            return Some((from, &text[from..at]));
        }
        None
    })
}

/// The runs of letters and digits of `text`, with where each starts. ASCII is read a byte at
/// a time; only other characters are decoded (the search page reads every shown text).
fn words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let bytes = text.as_bytes();
    let mut at = 0;
    std::iter::from_fn(move || {
        let mut start = None;
        while at < bytes.len() {
            let (is_word, width) = word_char_at(text, at);
            match (is_word, start) {
                (true, None) => start = Some(at),
                (false, Some(from)) => return Some((from, &text[from..at])),
                _ => {}
            }
            at += width;
        }
        start.map(|from| (from, &text[from..]))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The terms of a typed search, as the desk parses it.
    fn typed(search: &str) -> Terms {
        terms(&crate::review::SearchQuery::parse(search).unwrap().terms)
    }

    #[test]
    fn prefixes_match_across_case_and_accents_and_text_is_kept_whole() {
        let text = "La Solidarité, solidarity; and \"solid\" ground — التضامن الدولي";
        let marked = mark(text, &typed("solidarite التضامن"));
        let hits: Vec<&str> = marked
            .iter()
            .filter(|(_, hit)| *hit)
            .map(|(t, _)| t.as_str())
            .collect();
        assert_eq!(hits, ["Solidarité", "التضامن"]);
        assert_eq!(
            marked.iter().map(|(t, _)| t.as_str()).collect::<String>(),
            text
        );
        let prefix: Vec<bool> = mark("climate climatic clime", &typed("clima"))
            .iter()
            .map(|(_, h)| *h)
            .collect();
        assert_eq!(
            prefix,
            [true, false, true, false],
            "climate, space, climatic, then \" clime\" as one run"
        );
    }

    #[test]
    fn words_are_runs_of_letters_and_digits_in_any_script() {
        let found: Vec<(usize, &str)> = words("«Élan» 42x, التضامن—ok").collect();
        assert_eq!(
            found,
            [(2, "Élan"), (10, "42x"), (15, "التضامن"), (32, "ok")]
        );
        assert_eq!(words(" ,; ").count(), 0);
    }

    #[test]
    fn only_these_first_bytes_begin_characters_outside_ascii_that_fold_to_ascii() {
        for c in '\u{80}'..=char::MAX {
            if fold(c).is_ascii_alphanumeric() {
                let mut bytes = [0; 4];
                let lead = c.encode_utf8(&mut bytes).as_bytes()[0];
                assert!(FOLD_TO_ASCII_LEADS[lead as usize], "{c:?}");
            }
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2_000))]
        /// Reading only the words that can begin with a term marks what reading every word
        /// marks.
        #[test]
        fn the_scan_for_first_letters_marks_what_reading_every_word_marks(
            pieces in proptest::collection::vec(proptest::sample::select(vec![
                "c", "C", "l", "i", "a", "e", "k", "é", "É", "ç", "\u{212A}", "\u{212B}", "İ",
                "—", " ", " ", ",", "ك", "1", "x", "\u{1D400}",
            ]), 0..24),
            search in proptest::sample::select(vec!["cl", "e", "k", "a1", "ca ek", "cé", "i", "x1"]),
        ) {
            let text: String = pieces.concat();
            let terms = typed(search);
            proptest::prop_assert_eq!(
                mark(&text, &terms),
                mark_among(&text, &terms, words(&text))
            );
        }
    }

    #[test]
    fn short_words_are_marked_only_whole_as_the_search_finds_them() {
        let hits: Vec<String> = mark("The law, lawyers and Law.", &typed("law"))
            .into_iter()
            .filter(|(_, hit)| *hit)
            .map(|(t, _)| t)
            .collect();
        assert_eq!(hits, ["law", "Law"]);
    }
}
