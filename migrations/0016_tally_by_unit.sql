-- The kept tally counts each unit (paragraph, item, the article as a whole) apart, by its
-- place in reading order, so the feedback on some units of an article (what a revision
-- carries from the version before) is counted from the tally too, never row by row.
DROP TRIGGER tally_insert;
DROP TRIGGER tally_update_leave;
DROP TRIGGER tally_update_enter;
DROP TRIGGER tally_delete;
DROP TABLE tally;
CREATE TABLE tally (
    document_id INTEGER NOT NULL,
    article TEXT NOT NULL,
    ref_position INTEGER NOT NULL,
    consultation_id INTEGER NOT NULL,
    stance TEXT NOT NULL,
    count INTEGER NOT NULL,
    pending INTEGER NOT NULL,
    PRIMARY KEY (document_id, article, ref_position, consultation_id, stance)
) WITHOUT ROWID;
INSERT INTO tally (document_id, article, ref_position, consultation_id, stance, count, pending)
SELECT document_id, article, ref_position, consultation_id, stance, COUNT(*),
       SUM(disposition = 'pending')
FROM feedback WHERE status = 'visible'
GROUP BY document_id, article, ref_position, consultation_id, stance;

CREATE TRIGGER tally_insert AFTER INSERT ON feedback WHEN NEW.status = 'visible' BEGIN
    INSERT INTO tally (document_id, article, ref_position, consultation_id, stance, count, pending)
    VALUES (NEW.document_id, NEW.article, NEW.ref_position, NEW.consultation_id, NEW.stance, 1,
            NEW.disposition = 'pending')
    ON CONFLICT DO UPDATE SET count = count + 1, pending = pending + excluded.pending;
END;

CREATE TRIGGER tally_update_leave
AFTER UPDATE OF document_id, article, ref_position, consultation_id, stance, status, disposition
ON feedback WHEN OLD.status = 'visible' BEGIN
    UPDATE tally SET count = count - 1, pending = pending - (OLD.disposition = 'pending')
    WHERE document_id = OLD.document_id AND article = OLD.article
      AND ref_position = OLD.ref_position AND consultation_id = OLD.consultation_id
      AND stance = OLD.stance;
END;

CREATE TRIGGER tally_update_enter
AFTER UPDATE OF document_id, article, ref_position, consultation_id, stance, status, disposition
ON feedback WHEN NEW.status = 'visible' BEGIN
    INSERT INTO tally (document_id, article, ref_position, consultation_id, stance, count, pending)
    VALUES (NEW.document_id, NEW.article, NEW.ref_position, NEW.consultation_id, NEW.stance, 1,
            NEW.disposition = 'pending')
    ON CONFLICT DO UPDATE SET count = count + 1, pending = pending + excluded.pending;
END;

CREATE TRIGGER tally_delete AFTER DELETE ON feedback WHEN OLD.status = 'visible' BEGIN
    UPDATE tally SET count = count - 1, pending = pending - (OLD.disposition = 'pending')
    WHERE document_id = OLD.document_id AND article = OLD.article
      AND ref_position = OLD.ref_position AND consultation_id = OLD.consultation_id
      AND stance = OLD.stance;
END;
