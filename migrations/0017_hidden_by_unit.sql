-- A second partial index of hidden items, by their place in reading order, so the hidden items
-- on some units of an article (what a revision carries) are counted from it, not by reading
-- every row of the article. Hidden items are few; both indexes stay small.
CREATE INDEX feedback_hidden_by_unit ON feedback (document_id, article, ref_position)
    WHERE status = 'hidden';
