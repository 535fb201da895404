-- A file an organiser uploaded on the desk, checked and waiting to be confirmed: what the
-- confirmation stores is what was checked and shown.
CREATE TABLE import_uploads (
    id INTEGER PRIMARY KEY,
    consultation_id INTEGER NOT NULL REFERENCES consultations (id),
    file_name TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    bytes BLOB NOT NULL,
    uploaded_by TEXT NOT NULL,
    uploaded_at TEXT NOT NULL
);
