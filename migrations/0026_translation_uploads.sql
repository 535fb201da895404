-- An uploaded draft may now be a language version: `target_slug` then holds the symbol of the
-- version it translates, `target_language` its language. Uploads waiting for confirmation are
-- kept a day at most; they go.
DROP TABLE draft_uploads;
CREATE TABLE draft_uploads (
    id INTEGER PRIMARY KEY,
    organiser_id INTEGER NOT NULL REFERENCES organisers (id) ON DELETE CASCADE,
    file_name TEXT NOT NULL,
    target_kind TEXT NOT NULL CHECK (target_kind IN ('new', 'existing', 'revision', 'translation')),
    target_slug TEXT NOT NULL,
    target_language TEXT NOT NULL DEFAULT '',
    draft TEXT NOT NULL,
    warnings TEXT NOT NULL,
    created_at TEXT NOT NULL
);
