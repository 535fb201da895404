-- Hidden items are few: a partial index counts them at once, so review pages can take the
-- visible counts from the tally and add these.
CREATE INDEX feedback_hidden ON feedback (document_id, article, consultation_id) WHERE status = 'hidden';
