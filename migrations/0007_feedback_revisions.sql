-- What a feedback item said before each of its author's edits, so organisers see what changed
-- and when. Only what was said is kept: name, organisation, country and email are not, so
-- erasing them (`consult forget`) leaves no copy behind.
CREATE TABLE feedback_revisions (
    id INTEGER PRIMARY KEY,
    feedback_id INTEGER NOT NULL REFERENCES feedback (id) ON DELETE CASCADE,
    -- When the edit replaced this version.
    replaced_at TEXT NOT NULL,
    ref TEXT NOT NULL,
    stance TEXT NOT NULL,
    comment_type TEXT NOT NULL,
    -- Theme keys joined by ';', in alphabetical order.
    themes TEXT NOT NULL,
    comment TEXT NOT NULL,
    proposed_text TEXT NOT NULL
);
CREATE INDEX feedback_revisions_by_item ON feedback_revisions (feedback_id, id);
