-- The search index's distinct words, so a typed prefix is looked for as the exact words it
-- begins: FTS5 gathers a prefix's matches from the whole index before it returns the first
-- ("international"* took 40 ms at a million items), where an exact word is read lazily
-- within the article's keys. The writer adds the words of what it indexes
-- (`search::repo::learn_words`) and takes out those an edit or a deletion leaves in no item.
CREATE TABLE search_words (
    id INTEGER PRIMARY KEY,
    word TEXT NOT NULL UNIQUE
);

-- What a writer needs to trust the words it remembers: a random version, drawn again whenever
-- words are added or taken out (and so different in every database). A writer that finds
-- another version than the one it left (another writer's, or its own rolled back) forgets
-- what it remembered.
CREATE TABLE search_words_state (
    only INTEGER PRIMARY KEY CHECK (only = 1),
    version INTEGER NOT NULL
);
INSERT INTO search_words_state (only, version) VALUES (1, random());

CREATE VIRTUAL TABLE temp.feedback_search_terms USING fts5vocab(main, feedback_search, row);
INSERT INTO search_words (word) SELECT term FROM temp.feedback_search_terms ORDER BY term;
DROP TABLE temp.feedback_search_terms;

-- The texts an edit or a deletion replaced: their words are checked against the index before
-- the transaction commits, and those no item holds any more are taken out.
CREATE TABLE search_words_recheck (text TEXT NOT NULL);

DROP TRIGGER feedback_search_update;
CREATE TRIGGER feedback_search_update
AFTER UPDATE OF document_id, ref_position, comment, proposed_text ON feedback BEGIN
    DELETE FROM feedback_search
    WHERE rowid = (OLD.document_id << 52) | (OLD.ref_position << 36) | OLD.id;
    DELETE FROM feedback_search_queue
    WHERE key = (OLD.document_id << 52) | (OLD.ref_position << 36) | OLD.id;
    SELECT RAISE(ABORT, 'feedback beyond the search key layout')
    WHERE NEW.ref_position >= 1 << 16 OR NEW.document_id >= 1 << 11;
    INSERT INTO feedback_search_queue (key)
    VALUES ((NEW.document_id << 52) | (NEW.ref_position << 36) | NEW.id);
    INSERT INTO search_words_recheck (text)
    SELECT OLD.comment || ' ' || OLD.proposed_text
    WHERE OLD.comment IS NOT NEW.comment OR OLD.proposed_text IS NOT NEW.proposed_text;
END;

DROP TRIGGER feedback_search_delete;
CREATE TRIGGER feedback_search_delete AFTER DELETE ON feedback BEGIN
    DELETE FROM feedback_search
    WHERE rowid = (OLD.document_id << 52) | (OLD.ref_position << 36) | OLD.id;
    DELETE FROM feedback_search_queue
    WHERE key = (OLD.document_id << 52) | (OLD.ref_position << 36) | OLD.id;
    INSERT INTO search_words_recheck (text) VALUES (OLD.comment || ' ' || OLD.proposed_text);
END;
