//! The search index's list of distinct words, and a typed search as FTS5 reads it.
//!
//! FTS5 gathers a prefix's matches from the whole index before it returns the first, where an
//! exact word is read lazily within the keys a page asks for (one article's): at a million
//! items `"international"*` took 40 ms, `"international"` 0.14. So a typed prefix is looked
//! for as the exact words of the index that it begins, read from a list of the index's
//! distinct words that every write keeps up to date ([`repo::WordLearner`],
//! [`repo::forget_unused_words`]).

pub mod repo;

/// The tokenizer of the search index (`migrations/0005_search_in_reading_order.sql`); the
/// list's words are split and folded by it too.
pub const TOKENIZER: &str = "unicode61 remove_diacritics 2";

/// A typed word, as the search looks for it: whole, or as the start of longer words too.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    pub word: String,
    pub prefix: bool,
}

/// A piece of text between ASCII separators. The index's tokenizer takes every ASCII
/// character but letters and digits as a separator, and a run of ASCII letters and digits as
/// one word, folded to lower case; a run holding other characters (accents, other scripts)
/// is left to the tokenizer itself, which alone knows how it splits and folds them.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Piece<'a> {
    Ascii(&'a str),
    Other(&'a str),
}

pub(crate) fn pieces(text: &str) -> impl Iterator<Item = Piece<'_>> {
    text.split(|c: char| c.is_ascii() && !c.is_ascii_alphanumeric())
        .filter(|piece| !piece.is_empty())
        .map(|piece| {
            if piece.is_ascii() {
                Piece::Ascii(piece)
            } else {
                Piece::Other(piece)
            }
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_runs_are_words_and_the_rest_is_left_whole() {
        let pieces: Vec<Piece<'_>> = pieces("State's right-to (développement) حق_3 ٣x").collect();
        assert_eq!(
            pieces,
            [
                Piece::Ascii("State"),
                Piece::Ascii("s"),
                Piece::Ascii("right"),
                Piece::Ascii("to"),
                Piece::Other("développement"),
                Piece::Other("حق"),
                Piece::Ascii("3"),
                Piece::Other("٣x"),
            ]
        );
    }
}
