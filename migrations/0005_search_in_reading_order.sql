-- Search in reading order. Each item is indexed under a key that sorts as the review desk
-- reads: document, then the position of the paragraph commented on, then id
-- (document_id << 52 | ref_position << 36 | id). A search within one article reads one range
-- of keys, already in reading order, and stops after the page it shows; before, it gathered
-- the word's matches across every article and sorted them.
-- The layout is mirrored by `search_key` in src/review/repo.rs.
DROP TRIGGER feedback_fts_insert;
DROP TRIGGER feedback_fts_update;
DROP TRIGGER feedback_fts_delete;
DROP TABLE feedback_fts;

-- Contentless: the text lives in `feedback` alone; highlighting happens in the application.
CREATE VIRTUAL TABLE feedback_search USING fts5(
    comment, proposed_text,
    content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2'
);
-- Words a participant edited away leave the index at once, not at some later merge: the index
-- holds what the items say now.
INSERT INTO feedback_search (feedback_search, rank) VALUES ('secure-delete', 1);

-- Keys in order, so the index is written in one sorted pass.
INSERT INTO feedback_search (rowid, comment, proposed_text)
SELECT (document_id << 52) | (ref_position << 36) | id, comment, proposed_text
FROM feedback ORDER BY 1;

-- New and edited items wait here, by key, until the end of the write transaction, when the
-- writer indexes them in key order (`review::repo::index_queued`). Indexed one at a time, in
-- the order they arrive, their keys jump about, and FTS5 writes a new segment at every jump:
-- submissions fell from over 5,000 to 2,000 a second, most of it spent merging segments.
CREATE TABLE feedback_search_queue (key INTEGER PRIMARY KEY);

CREATE TRIGGER feedback_search_insert AFTER INSERT ON feedback BEGIN
    SELECT RAISE(ABORT, 'feedback beyond the search key layout')
    WHERE NEW.id >= 1 << 36 OR NEW.ref_position >= 1 << 16 OR NEW.document_id >= 1 << 11;
    INSERT INTO feedback_search_queue (key)
    VALUES ((NEW.document_id << 52) | (NEW.ref_position << 36) | NEW.id);
END;

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
END;

CREATE TRIGGER feedback_search_delete AFTER DELETE ON feedback BEGIN
    DELETE FROM feedback_search
    WHERE rowid = (OLD.document_id << 52) | (OLD.ref_position << 36) | OLD.id;
    DELETE FROM feedback_search_queue
    WHERE key = (OLD.document_id << 52) | (OLD.ref_position << 36) | OLD.id;
END;
