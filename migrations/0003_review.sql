-- The review desk: moderation, the disposition of comments, full-text search.

ALTER TABLE feedback ADD COLUMN status TEXT NOT NULL DEFAULT 'visible'
    CHECK (status IN ('visible', 'hidden'));
ALTER TABLE feedback ADD COLUMN moderation_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE feedback ADD COLUMN disposition TEXT NOT NULL DEFAULT 'pending'
    CHECK (disposition IN ('pending', 'accepted', 'partially-accepted', 'not-accepted', 'noted'));
ALTER TABLE feedback ADD COLUMN disposition_note TEXT NOT NULL DEFAULT '';
ALTER TABLE feedback ADD COLUMN disposition_by TEXT NOT NULL DEFAULT '';
ALTER TABLE feedback ADD COLUMN disposition_at TEXT NOT NULL DEFAULT '';

-- The reading-order position of the paragraph commented on, so review pages list feedback
-- paragraph by paragraph straight from an index.
ALTER TABLE feedback ADD COLUMN ref_position INTEGER NOT NULL DEFAULT 0;
UPDATE feedback SET ref_position = (
    SELECT u.position FROM units u
    WHERE u.document_id = feedback.document_id AND u.article = feedback.article AND u.ref = feedback.ref);
CREATE INDEX feedback_in_reading_order ON feedback (document_id, article, ref_position, id);

-- The tally now leaves hidden items out, and also counts items awaiting a disposition.
DROP TRIGGER tally_after_insert;
DROP TRIGGER tally_after_update;
DROP TRIGGER tally_after_delete;
DROP TABLE tally;
CREATE TABLE tally (
    document_id INTEGER NOT NULL,
    article TEXT NOT NULL,
    consultation_id INTEGER NOT NULL,
    stance TEXT NOT NULL,
    count INTEGER NOT NULL,
    pending INTEGER NOT NULL,
    PRIMARY KEY (document_id, article, consultation_id, stance)
) WITHOUT ROWID;
INSERT INTO tally (document_id, article, consultation_id, stance, count, pending)
SELECT document_id, article, consultation_id, stance, COUNT(*), SUM(disposition = 'pending')
FROM feedback WHERE status = 'visible'
GROUP BY document_id, article, consultation_id, stance;

CREATE TRIGGER tally_insert AFTER INSERT ON feedback WHEN NEW.status = 'visible' BEGIN
    INSERT INTO tally (document_id, article, consultation_id, stance, count, pending)
    VALUES (NEW.document_id, NEW.article, NEW.consultation_id, NEW.stance, 1, NEW.disposition = 'pending')
    ON CONFLICT DO UPDATE SET count = count + 1, pending = pending + excluded.pending;
END;

CREATE TRIGGER tally_update_leave
AFTER UPDATE OF document_id, article, consultation_id, stance, status, disposition ON feedback
WHEN OLD.status = 'visible' BEGIN
    UPDATE tally SET count = count - 1, pending = pending - (OLD.disposition = 'pending')
    WHERE document_id = OLD.document_id AND article = OLD.article
      AND consultation_id = OLD.consultation_id AND stance = OLD.stance;
END;

CREATE TRIGGER tally_update_enter
AFTER UPDATE OF document_id, article, consultation_id, stance, status, disposition ON feedback
WHEN NEW.status = 'visible' BEGIN
    INSERT INTO tally (document_id, article, consultation_id, stance, count, pending)
    VALUES (NEW.document_id, NEW.article, NEW.consultation_id, NEW.stance, 1, NEW.disposition = 'pending')
    ON CONFLICT DO UPDATE SET count = count + 1, pending = pending + excluded.pending;
END;

CREATE TRIGGER tally_delete AFTER DELETE ON feedback WHEN OLD.status = 'visible' BEGIN
    UPDATE tally SET count = count - 1, pending = pending - (OLD.disposition = 'pending')
    WHERE document_id = OLD.document_id AND article = OLD.article
      AND consultation_id = OLD.consultation_id AND stance = OLD.stance;
END;

-- Full-text search over comment and proposed wording, in any script; accents optional.
CREATE VIRTUAL TABLE feedback_fts USING fts5(
    comment, proposed_text,
    content = 'feedback', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO feedback_fts (feedback_fts) VALUES ('rebuild');

CREATE TRIGGER feedback_fts_insert AFTER INSERT ON feedback BEGIN
    INSERT INTO feedback_fts (rowid, comment, proposed_text) VALUES (NEW.id, NEW.comment, NEW.proposed_text);
END;

CREATE TRIGGER feedback_fts_update AFTER UPDATE OF comment, proposed_text ON feedback BEGIN
    INSERT INTO feedback_fts (feedback_fts, rowid, comment, proposed_text)
    VALUES ('delete', OLD.id, OLD.comment, OLD.proposed_text);
    INSERT INTO feedback_fts (rowid, comment, proposed_text) VALUES (NEW.id, NEW.comment, NEW.proposed_text);
END;

CREATE TRIGGER feedback_fts_delete AFTER DELETE ON feedback BEGIN
    INSERT INTO feedback_fts (feedback_fts, rowid, comment, proposed_text)
    VALUES ('delete', OLD.id, OLD.comment, OLD.proposed_text);
END;
