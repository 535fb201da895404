-- A file waiting on the desk for its confirmation keeps a number no later upload is given:
-- without AUTOINCREMENT, SQLite gives the newest row's number again once that row is
-- confirmed or dropped, and a preview left open in another tab would confirm another file.
CREATE TABLE draft_uploads_numbered (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    organiser_id INTEGER NOT NULL REFERENCES organisers (id) ON DELETE CASCADE,
    file_name TEXT NOT NULL,
    target_kind TEXT NOT NULL CHECK (target_kind IN ('new', 'existing', 'revision', 'translation')),
    target_slug TEXT NOT NULL,
    target_language TEXT NOT NULL DEFAULT '',
    draft TEXT NOT NULL,
    warnings TEXT NOT NULL,
    created_at TEXT NOT NULL
);
INSERT INTO draft_uploads_numbered
    (id, organiser_id, file_name, target_kind, target_slug, target_language, draft, warnings,
     created_at)
SELECT id, organiser_id, file_name, target_kind, target_slug, target_language, draft, warnings,
       created_at
FROM draft_uploads;
DROP TABLE draft_uploads;
ALTER TABLE draft_uploads_numbered RENAME TO draft_uploads;

CREATE TABLE import_uploads_numbered (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    consultation_id INTEGER NOT NULL REFERENCES consultations (id),
    file_name TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    bytes BLOB NOT NULL,
    uploaded_by TEXT NOT NULL,
    uploaded_at TEXT NOT NULL
);
INSERT INTO import_uploads_numbered
    (id, consultation_id, file_name, sha256, bytes, uploaded_by, uploaded_at)
SELECT id, consultation_id, file_name, sha256, bytes, uploaded_by, uploaded_at
FROM import_uploads;
DROP TABLE import_uploads;
ALTER TABLE import_uploads_numbered RENAME TO import_uploads;
