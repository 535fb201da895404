-- Text groups: every comment, and every proposed wording, belongs to a group of identical or
-- near-identical texts (`text_groups::repo`), so a campaign's copies are read once. Nothing
-- here hides or deletes an item; a group only gathers them.
CREATE TABLE text_groups (
    id INTEGER PRIMARY KEY,
    field TEXT NOT NULL CHECK (field IN ('comment', 'proposal')),
    size INTEGER NOT NULL DEFAULT 0,
    -- Made by an organiser splitting an item out: nothing else joins it.
    apart INTEGER NOT NULL DEFAULT 0 CHECK (apart IN (0, 1))
);

-- What finds a group: keys filed under some of its members (its anchors), each the hash of a
-- text's normalised words (exact copies) or of one of its MinHash bands (near copies), mixed
-- with the field and scope. A newcomer's text is compared with the anchor it meets, which
-- may since have been edited or split out: what the anchor says now decides.
CREATE TABLE text_group_keys (
    key INTEGER NOT NULL,
    item_id INTEGER NOT NULL REFERENCES feedback (id),
    PRIMARY KEY (key, item_id)
) WITHOUT ROWID;

-- How many of a group's members each consultation sent ("from 3 consultations").
CREATE TABLE text_group_consultations (
    group_id INTEGER NOT NULL REFERENCES text_groups (id),
    consultation_id INTEGER NOT NULL REFERENCES consultations (id),
    count INTEGER NOT NULL,
    PRIMARY KEY (group_id, consultation_id)
) WITHOUT ROWID;

-- How many of a comment group's visible members are on each article, and how many comment
-- groups each article has among its visible items: the tallies' "distinct texts", kept as
-- the tally is.
CREATE TABLE text_group_articles (
    group_id INTEGER NOT NULL REFERENCES text_groups (id),
    document_id INTEGER NOT NULL,
    article TEXT NOT NULL,
    count INTEGER NOT NULL,
    PRIMARY KEY (group_id, document_id, article)
) WITHOUT ROWID;
CREATE TABLE distinct_tally (
    document_id INTEGER NOT NULL,
    article TEXT NOT NULL,
    texts INTEGER NOT NULL,
    PRIMARY KEY (document_id, article)
) WITHOUT ROWID;

ALTER TABLE feedback ADD COLUMN comment_group INTEGER REFERENCES text_groups (id);
ALTER TABLE feedback ADD COLUMN proposal_group INTEGER REFERENCES text_groups (id);
CREATE INDEX feedback_by_comment_group ON feedback (comment_group, id);
CREATE INDEX feedback_by_proposal_group ON feedback (proposal_group, id)
    WHERE proposal_group IS NOT NULL;

-- New and edited items wait here until the end of the write transaction, when the writer
-- groups them (`text_groups::repo::group_queued`), as the search index does its own queue.
-- Each flag says which of the item's texts to group again: an edit of the proposal alone
-- leaves the comment where it is (an organiser may have split it out of its group).
CREATE TABLE text_group_queue (
    feedback_id INTEGER PRIMARY KEY,
    comment INTEGER NOT NULL,
    proposal INTEGER NOT NULL
);

CREATE TRIGGER text_group_insert AFTER INSERT ON feedback BEGIN
    INSERT OR REPLACE INTO text_group_queue (feedback_id, comment, proposal) VALUES (NEW.id, 1, 1);
END;

-- A comment's group is chosen among its process's, a proposal's among its paragraph's. An
-- item's document and article never change (an edit may move it to another paragraph).
CREATE TRIGGER text_group_update AFTER UPDATE OF ref, comment, proposed_text ON feedback
WHEN OLD.comment IS NOT NEW.comment OR OLD.proposed_text IS NOT NEW.proposed_text
  OR OLD.ref IS NOT NEW.ref
BEGIN
    INSERT INTO text_group_queue (feedback_id, comment, proposal)
    VALUES (NEW.id, OLD.comment IS NOT NEW.comment,
            OLD.proposed_text IS NOT NEW.proposed_text OR OLD.ref IS NOT NEW.ref)
    ON CONFLICT (feedback_id) DO UPDATE
    SET comment = comment OR excluded.comment, proposal = proposal OR excluded.proposal;
END;

-- Distinct texts count visible items only, as the tally does: hiding an item (or showing it
-- again) moves its comment out of (or into) its article's count at once.
CREATE TRIGGER text_group_hide AFTER UPDATE OF status ON feedback
WHEN OLD.status = 'visible' AND NEW.status <> 'visible' AND NEW.comment_group IS NOT NULL BEGIN
    UPDATE text_group_articles SET count = count - 1
    WHERE group_id = NEW.comment_group AND document_id = NEW.document_id AND article = NEW.article;
    UPDATE distinct_tally SET texts = texts - 1
    WHERE document_id = NEW.document_id AND article = NEW.article
      AND (SELECT count FROM text_group_articles WHERE group_id = NEW.comment_group
           AND document_id = NEW.document_id AND article = NEW.article) = 0;
    DELETE FROM text_group_articles
    WHERE group_id = NEW.comment_group AND document_id = NEW.document_id AND article = NEW.article
      AND count = 0;
END;

CREATE TRIGGER text_group_show AFTER UPDATE OF status ON feedback
WHEN OLD.status <> 'visible' AND NEW.status = 'visible' AND NEW.comment_group IS NOT NULL BEGIN
    INSERT INTO text_group_articles (group_id, document_id, article, count)
    VALUES (NEW.comment_group, NEW.document_id, NEW.article, 1)
    ON CONFLICT DO UPDATE SET count = count + 1;
    INSERT INTO distinct_tally (document_id, article, texts)
    SELECT NEW.document_id, NEW.article, 1
    WHERE (SELECT count FROM text_group_articles WHERE group_id = NEW.comment_group
           AND document_id = NEW.document_id AND article = NEW.article) = 1
    ON CONFLICT DO UPDATE SET texts = texts + 1;
END;

-- Feedback is never deleted by the application; should a row go, its groups forget it.
CREATE TRIGGER text_group_delete AFTER DELETE ON feedback BEGIN
    DELETE FROM text_group_queue WHERE feedback_id = OLD.id;
    DELETE FROM text_group_keys WHERE item_id = OLD.id;
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

-- The items already stored are grouped when the database is next opened.
INSERT INTO text_group_queue (feedback_id, comment, proposal) SELECT id, 1, 1 FROM feedback;
