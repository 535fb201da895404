//! The list of the search index's distinct words: kept by the writer, read by the search.

use std::collections::{HashMap, HashSet};
use std::sync::{LazyLock, Mutex, PoisonError};

use rusqlite::Connection;
use rusqlite::types::Value;

use super::{Piece, TOKENIZER, Term, pieces};

/// A typed prefix that begins more words of the list than this is left to FTS5's own prefix
/// search: each exact word is an iterator of its own, each looked up in every segment.
const MOST_WORDS_PER_PREFIX: usize = 32;

/// The MATCH operand for a typed search, as SQL, its values pushed onto `values`. Every term
/// is required. A prefix of ASCII letters and digits is looked for as the exact words of the
/// list that it begins (`("climate" OR "climates")`), found as the statement runs; a prefix
/// that begins none is looked for whole (it finds nothing, at once). Past
/// [`MOST_WORDS_PER_PREFIX`] words, or for a prefix with other characters (which only the
/// tokenizer folds), FTS5's own prefix search.
pub fn match_operand(terms: &[Term], values: &mut Vec<Value>) -> String {
    let mut value = |text: String| {
        values.push(text.into());
        format!("?{}", values.len())
    };
    let operands: Vec<String> = terms
        .iter()
        .map(|term| {
            if !term.prefix {
                return value(format!("\"{}\"", term.word));
            }
            if !term.word.is_ascii() {
                return value(format!("\"{}\"*", term.word));
            }
            let folded = term.word.to_ascii_lowercase();
            // The first string past every word that begins with `folded`: letters and digits
            // are below 0x7F, so its last byte plus one is still ASCII.
            let mut beyond = folded.clone().into_bytes();
            if let Some(last) = beyond.last_mut() {
                *last += 1;
            }
            let beyond = String::from_utf8(beyond).unwrap_or_default();
            format!(
                r#"(SELECT CASE count(*) WHEN 0 THEN {whole} WHEN {over} THEN {prefix}
                     ELSE '(' || group_concat('"' || word || '"', ' OR ') || ')' END
                   FROM (SELECT word FROM search_words WHERE word >= {from} AND word < {to}
                         LIMIT {over}))"#,
                whole = value(format!("\"{folded}\"")),
                prefix = value(format!("\"{folded}\"*")),
                from = value(folded),
                to = value(beyond),
                over = MOST_WORDS_PER_PREFIX + 1,
            )
        })
        .collect();
    // FTS5 takes two phrases side by side as both required, but not a group in brackets.
    operands.join(" || ' AND ' || ")
}

/// What a writer remembers of a list it added to, so that a word seen again costs a lookup in
/// memory, not a statement. It is only ever a part of the list; the list's version says
/// whether it still is.
#[derive(Default)]
struct Known {
    version: Option<i64>,
    words: HashSet<Box<str>>,
    /// Pieces of text outside ASCII whose words are all in the list.
    others: HashSet<Box<str>>,
}

/// Past this many words and pieces (some 10 MB), a writer's memory starts again empty: it
/// only saves statements, and a flood of unique words must not grow the server.
const MOST_REMEMBERED: usize = 200_000;

/// The list's version: drawn again at every change, so a writer that finds another than the
/// one it left knows the list changed without it (another writer, or its own transaction
/// rolled back).
fn list_version(conn: &Connection) -> rusqlite::Result<i64> {
    conn.prepare_cached("SELECT version FROM search_words_state")?
        .query_row([], |r| r.get(0))
}

/// Draws the list's version again, after a change.
fn list_changed(conn: &Connection) -> rusqlite::Result<i64> {
    conn.prepare_cached("UPDATE search_words_state SET version = random() RETURNING version")?
        .query_row([], |r| r.get(0))
}

/// The writers' memories in this process, one per database file.
static KNOWN: LazyLock<Mutex<HashMap<String, Known>>> = LazyLock::new(Default::default);

/// The words of texts as the index's tokenizer splits and folds them, but those a writer
/// already knows are in the list.
#[derive(Default)]
struct Reading {
    words: HashSet<Box<str>>,
    /// Pieces outside ASCII, split by the tokenizer in [`split_others`](Self::split_others).
    others: HashSet<Box<str>>,
    folded: String,
}

impl Reading {
    fn read(&mut self, text: &str, known: &Known) {
        for piece in pieces(text) {
            match piece {
                Piece::Ascii(word) => {
                    self.folded.clear();
                    self.folded.push_str(word);
                    self.folded.make_ascii_lowercase();
                    let folded = self.folded.as_str();
                    if !known.words.contains(folded) && !self.words.contains(folded) {
                        self.words.insert(folded.into());
                    }
                }
                Piece::Other(piece) => {
                    if !known.others.contains(piece) && !self.others.contains(piece) {
                        self.others.insert(piece.into());
                    }
                }
            }
        }
    }

    /// Adds the words of the pieces outside ASCII to `words`, split by the tokenizer itself.
    fn split_others(&mut self, conn: &Connection, known: &Known) -> rusqlite::Result<()> {
        if self.others.is_empty() {
            return Ok(());
        }
        let others: Vec<&str> = self.others.iter().map(|piece| &**piece).collect();
        for word in words_of(conn, &others.join(" "))? {
            if !known.words.contains(word.as_str()) {
                self.words.insert(word.into());
            }
        }
        Ok(())
    }
}

/// Adds the words of texts to the list: [`read`](Self::read) each text, then
/// [`finish`](Self::finish), in the transaction that indexes them.
pub struct WordLearner {
    /// The database file, whose memory this writer took; `None` in memory.
    file: Option<String>,
    known: Known,
    reading: Reading,
}

impl WordLearner {
    pub fn start(conn: &Connection) -> rusqlite::Result<Self> {
        let file = conn
            .path()
            .filter(|path| !path.is_empty())
            .map(str::to_string);
        // Taken out while this writer works, and put back by `finish`: a memory lost to an
        // error only costs statements later.
        let remembered = file.as_ref().and_then(|file| {
            let mut memories = KNOWN.lock().unwrap_or_else(PoisonError::into_inner);
            memories.remove(file)
        });
        let version = list_version(conn)?;
        let known = match remembered {
            Some(known) if known.version == Some(version) => known,
            _ => Known {
                version: Some(version),
                ..Known::default()
            },
        };
        Ok(Self {
            file,
            known,
            reading: Reading::default(),
        })
    }

    pub fn read(&mut self, text: &str) {
        self.reading.read(text, &self.known);
    }

    /// Adds the words read that the list may not have.
    pub fn finish(self, conn: &Connection) -> rusqlite::Result<()> {
        let Self {
            file,
            mut known,
            mut reading,
        } = self;
        reading.split_others(conn, &known)?;
        if !reading.words.is_empty() {
            let mut add =
                conn.prepare_cached("INSERT OR IGNORE INTO search_words (word) VALUES (?1)")?;
            let mut added = 0;
            for word in &reading.words {
                added += add.execute([&**word])?;
            }
            if added > 0 {
                known.version = Some(list_changed(conn)?);
            }
        }
        known.words.extend(reading.words);
        known.others.extend(reading.others);
        if known.words.len() + known.others.len() > MOST_REMEMBERED {
            known = Known {
                version: known.version,
                ..Known::default()
            };
        }
        if let Some(file) = file {
            let mut memories = KNOWN.lock().unwrap_or_else(PoisonError::into_inner);
            memories.insert(file, known);
        }
        Ok(())
    }
}

/// The words of `text` as the index holds them: split and folded by its own tokenizer, in a
/// scratch table of this connection's.
fn words_of(conn: &Connection, text: &str) -> rusqlite::Result<Vec<String>> {
    conn.execute_batch(&format!(
        r#"CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_scratch
               USING fts5(text, tokenize = '{TOKENIZER}');
           CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_scratch_words
               USING fts5vocab(temp, search_scratch, row);"#
    ))?;
    conn.prepare_cached("INSERT INTO temp.search_scratch (text) VALUES (?1)")?
        .execute([text])?;
    let words = conn
        .prepare_cached("SELECT term FROM temp.search_scratch_words")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<Vec<String>>>()?;
    conn.prepare_cached("DELETE FROM temp.search_scratch")?
        .execute([])?;
    Ok(words)
}

/// Takes out of the list the words of edited and deleted texts (queued by the index's
/// triggers) that no item of the index holds any more: a word erased with its item does not
/// stay behind in the list. Runs after the transaction's items are indexed.
pub fn forget_unused_words(conn: &Connection) -> rusqlite::Result<()> {
    let queued: bool = conn
        .prepare_cached("SELECT EXISTS (SELECT 1 FROM search_words_recheck)")?
        .query_row([], |r| r.get(0))?;
    if !queued {
        return Ok(());
    }
    let (mut replaced, nothing_known) = (Reading::default(), Known::default());
    {
        let mut texts = conn.prepare_cached("SELECT text FROM search_words_recheck")?;
        let mut rows = texts.query([])?;
        while let Some(row) = rows.next()? {
            replaced.read(row.get_ref(0)?.as_str()?, &nothing_known);
        }
    }
    conn.prepare_cached("DELETE FROM search_words_recheck")?
        .execute([])?;
    replaced.split_others(conn, &nothing_known)?;
    let mut held = conn.prepare_cached(
        "SELECT EXISTS (SELECT 1 FROM feedback_search WHERE feedback_search MATCH ?1)",
    )?;
    let mut forget = conn.prepare_cached("DELETE FROM search_words WHERE word = ?1")?;
    let mut forgotten = 0;
    for word in &replaced.words {
        if !held.query_row([format!("\"{word}\"")], |r| r.get::<_, bool>(0))? {
            forgotten += forget.execute([&**word])?;
        }
    }
    if forgotten > 0 {
        list_changed(conn)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list(conn: &Connection) -> Vec<String> {
        conn.prepare("SELECT word FROM search_words ORDER BY word")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap()
    }

    #[test]
    fn the_list_holds_the_words_of_the_index_exactly_as_it_folds_them() {
        let conn = crate::db::migrated_in_memory();
        let texts = [
            "Le DÉVELOPPEMENT, l'État's right-to-food: 3e5 x_y naïve Straße ß",
            "İstanbul ǅemal ﬁnance ½ ² Ωmega ΣΊΣΥΦΟΣ",
            "حقوق الإنسان والتضامن الدولي ١٢٣ 团结一致 한국어 ह‍िंदी",
            "e\u{301}te\u{301} cafe\u{301}s CAFÉS",
        ];
        let mut learner = WordLearner::start(&conn).unwrap();
        for (rowid, text) in texts.iter().enumerate() {
            conn.execute(
                "INSERT INTO feedback_search (rowid, comment, proposed_text) VALUES (?1, ?2, '')",
                rusqlite::params![rowid as i64 + 1, text],
            )
            .unwrap();
            learner.read(text);
        }
        learner.finish(&conn).unwrap();
        conn.execute_batch(
            "CREATE VIRTUAL TABLE temp.terms USING fts5vocab(main, feedback_search, row)",
        )
        .unwrap();
        let indexed: Vec<String> = conn
            .prepare("SELECT term FROM temp.terms ORDER BY term")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        assert!(
            indexed.contains(&"developpement".to_string()),
            "{indexed:?}"
        );
        assert_eq!(list(&conn), indexed);
    }

    #[test]
    fn words_seen_again_are_not_added_twice_and_a_new_list_is_not_trusted_from_memory() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("words.db");
        let conn = crate::storage::open_direct(&path).unwrap();
        let learn = |conn: &Connection, text: &str| {
            let mut learner = WordLearner::start(conn).unwrap();
            learner.read(text);
            learner.finish(conn).unwrap();
        };
        let before = list(&conn).len();
        learn(&conn, "Oceans and oceans, fisheries");
        learn(&conn, "oceans fisheries");
        assert_eq!(list(&conn).len(), before + 3);
        // Another writer takes a word out: this one no longer trusts its memory of it.
        let other = rusqlite::Connection::open(&path).unwrap();
        other
            .execute_batch(
                "DELETE FROM search_words WHERE word = 'oceans';
                 UPDATE search_words_state SET version = random();",
            )
            .unwrap();
        learn(&conn, "oceans");
        assert!(list(&conn).contains(&"oceans".to_string()));
        // A rolled-back transaction's words are not remembered as in the list.
        conn.execute_batch("BEGIN").unwrap();
        learn(&conn, "coral reefs");
        conn.execute_batch("ROLLBACK").unwrap();
        learn(&conn, "coral");
        assert!(list(&conn).contains(&"coral".to_string()));
    }

    /// What the MATCH operand of `terms` reads, run against the list as it is.
    fn operand(conn: &Connection, terms: &[(&str, bool)]) -> String {
        let terms: Vec<Term> = terms
            .iter()
            .map(|(word, prefix)| Term {
                word: word.to_string(),
                prefix: *prefix,
            })
            .collect();
        let mut values = Vec::new();
        let operand = match_operand(&terms, &mut values);
        let read: String = conn
            .query_row(
                &format!("SELECT {operand}"),
                rusqlite::params_from_iter(&values),
                |r| r.get(0),
            )
            .unwrap();
        // FTS5 takes it as a query.
        conn.query_row(
            "SELECT COUNT(*) FROM feedback_search WHERE feedback_search MATCH ?1",
            [&read],
            |r| r.get::<_, i64>(0),
        )
        .unwrap_or_else(|e| panic!("{read}: {e}"));
        read
    }

    #[test]
    fn a_prefix_is_looked_for_as_the_exact_words_it_begins() {
        let conn = crate::db::migrated_in_memory();
        let many: Vec<String> = (0..=MOST_WORDS_PER_PREFIX)
            .map(|n| format!("inter{n:02}"))
            .collect();
        let mut learner = WordLearner::start(&conn).unwrap();
        learner.read("climate climates climb clinic cloud");
        learner.read(&many.join(" "));
        learner.finish(&conn).unwrap();
        assert_eq!(
            operand(&conn, &[("Clim", true)]),
            r#"("climate" OR "climates" OR "climb")"#
        );
        assert_eq!(
            operand(&conn, &[("climate", true), ("the", false)]),
            r#"("climate" OR "climates") AND "the""#
        );
        assert_eq!(operand(&conn, &[("glacier", true)]), r#""glacier""#);
        assert_eq!(
            operand(&conn, &[("inter", true)]),
            r#""inter"*"#,
            "past the most words a prefix is expanded into, FTS5's own prefix search"
        );
        assert_eq!(operand(&conn, &[("dével", true)]), r#""dével"*"#);
    }
}
