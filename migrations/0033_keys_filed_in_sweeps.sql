-- A text's keys reach `text_group_keys` in key order, not as it arrives
-- (`text_groups::repo::RecentKeys`). Each key filed on a random page of that index made
-- three quarters of the pages every commit wrote. A newcomer's keys are appended here and
-- kept, indexed, in a temporary table of the writing connection (in memory on the server's
-- writer), where lookups find them; a sweep moves them into the index a range of keys at a
-- time, in step with the keys arriving: one lap of the sweep over every key for each
-- `lap_keys` keys filed, so each page of the index is written about once a lap, for all the
-- keys that fell on it.
CREATE TABLE text_group_unswept (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    key INTEGER NOT NULL,
    item_id INTEGER NOT NULL
);

CREATE TABLE text_group_sweep (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    -- Where the sweep stands among the keys (a key's place: its bits as unsigned, sign bit
    -- flipped, so places run in the keys' order).
    cursor INTEGER NOT NULL,
    -- The first row of `text_group_unswept` appended in this lap: rows before it were
    -- appended before the lap began, so the lap has swept them by its end.
    lap_started INTEGER NOT NULL,
    -- The last row of `text_group_unswept` the sweep has advanced for.
    advanced_for INTEGER NOT NULL,
    -- Keys filed per lap: more writes fewer pages per key, and keeps more in memory.
    lap_keys INTEGER NOT NULL CHECK (lap_keys > 0)
);
INSERT INTO text_group_sweep (id, cursor, lap_started, advanced_for, lap_keys)
VALUES (1, 0, 1, 0, 262144);

DROP TRIGGER text_group_delete;
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
