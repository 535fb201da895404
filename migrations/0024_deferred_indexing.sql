-- Items a large import stored wait here to be grouped after it commits, a batch at a time,
-- so the import's one transaction (and every submission waiting behind it) is not held for
-- the grouping of the whole file.
ALTER TABLE text_group_queue ADD COLUMN deferred INTEGER NOT NULL DEFAULT 0
    CHECK (deferred IN (0, 1));
CREATE INDEX text_group_queue_deferred ON text_group_queue (deferred, feedback_id);


-- Likewise their search index: a large import's items are indexed after it commits, a batch
-- at a time, and found by the search moments later.
ALTER TABLE feedback_search_queue ADD COLUMN deferred INTEGER NOT NULL DEFAULT 0
    CHECK (deferred IN (0, 1));
CREATE INDEX feedback_search_queue_deferred ON feedback_search_queue (deferred, key);
