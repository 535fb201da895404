-- Search within an article at scale: the index also holds each item's document, article and
-- consultation as tokens ("d1 a4 c4"), so FTS5 intersects them with the searched words itself
-- instead of SQLite checking every item of the article. Highlighting is done in Rust from the
-- rows on screen, so the index needs no copy of the text: it is contentless.
DROP TRIGGER feedback_fts_insert;
DROP TRIGGER feedback_fts_update;
DROP TRIGGER feedback_fts_delete;
DROP TABLE feedback_fts;

CREATE VIRTUAL TABLE feedback_fts USING fts5(
    comment, proposed_text, scope,
    content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO feedback_fts (rowid, comment, proposed_text, scope)
SELECT id, comment, proposed_text, 'd' || document_id || ' a' || article || ' c' || consultation_id
FROM feedback;

CREATE TRIGGER feedback_fts_insert AFTER INSERT ON feedback BEGIN
    INSERT INTO feedback_fts (rowid, comment, proposed_text, scope)
    VALUES (NEW.id, NEW.comment, NEW.proposed_text,
            'd' || NEW.document_id || ' a' || NEW.article || ' c' || NEW.consultation_id);
END;

CREATE TRIGGER feedback_fts_update AFTER UPDATE OF comment, proposed_text ON feedback BEGIN
    DELETE FROM feedback_fts WHERE rowid = OLD.id;
    INSERT INTO feedback_fts (rowid, comment, proposed_text, scope)
    VALUES (NEW.id, NEW.comment, NEW.proposed_text,
            'd' || NEW.document_id || ' a' || NEW.article || ' c' || NEW.consultation_id);
END;

CREATE TRIGGER feedback_fts_delete AFTER DELETE ON feedback BEGIN
    DELETE FROM feedback_fts WHERE rowid = OLD.id;
END;
