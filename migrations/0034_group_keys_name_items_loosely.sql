-- `text_group_keys` without its foreign key to `feedback`. Enforcing it had every key the sweep
-- moves into the index look its item up, and so did the sweep itself, to leave out keys of
-- items deleted while they waited (a foreign key would refuse the whole commit): the items of
-- the last lap's keys, on pages spread far past the writer's cache, a seventh of what storing a
-- new text cost. A key whose item is gone names nothing: lookups read the item a key names
-- and pass over one that is not there, as they pass over an anchor edited since.
-- Rebuilt rather than altered in place, as SQLite asks; the deletion trigger is made again
-- because renaming checks every trigger against the tables of the moment.
DROP TRIGGER text_group_delete;

CREATE TABLE text_group_keys_loose (
    key INTEGER NOT NULL,
    item_id INTEGER NOT NULL,
    PRIMARY KEY (key, item_id)
) WITHOUT ROWID;
INSERT INTO text_group_keys_loose (key, item_id)
SELECT key, item_id FROM text_group_keys ORDER BY key, item_id;
DROP TABLE text_group_keys;
ALTER TABLE text_group_keys_loose RENAME TO text_group_keys;

-- Feedback is never deleted by the application; should a row go, its groups forget it.
CREATE TRIGGER text_group_delete AFTER DELETE ON feedback BEGIN
    DELETE FROM text_group_queue WHERE feedback_id = OLD.id;
    DELETE FROM text_group_keys WHERE item_id = OLD.id;
    DELETE FROM text_group_unswept WHERE item_id = OLD.id;
    UPDATE text_groups SET size = size - 1 WHERE id IN (OLD.comment_group, OLD.proposal_group);
    UPDATE text_group_consultations SET count = count - 1
    WHERE group_id IN (OLD.comment_group, OLD.proposal_group) AND consultation_id = OLD.consultation_id;
    UPDATE distinct_tally SET texts = texts - 1
    WHERE OLD.status = 'visible' AND document_id = OLD.document_id AND article = OLD.article
      AND (SELECT count FROM text_group_articles WHERE group_id = OLD.comment_group
           AND document_id = OLD.document_id AND article = OLD.article) = 1;
    UPDATE text_group_articles SET count = count - 1
    WHERE OLD.status = 'visible' AND group_id = OLD.comment_group
      AND document_id = OLD.document_id AND article = OLD.article;
END;
