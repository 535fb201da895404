-- Two roles: administrators set up processes, drafts, consultations, vocabularies and
-- organisers; reviewers work the review desk. Accounts made before roles had every power.
ALTER TABLE organisers ADD COLUMN role TEXT NOT NULL DEFAULT 'administrator'
    CHECK (role IN ('administrator', 'reviewer'));
-- A disabled account cannot log in, and its sessions end when it is disabled.
ALTER TABLE organisers ADD COLUMN disabled_at TEXT;

-- One-time links with which an organiser sets their own password. Only the SHA-256 of the
-- token is kept, so a copy of the database opens no link.
CREATE TABLE password_links (
    token_hash BLOB PRIMARY KEY,
    organiser_id INTEGER NOT NULL REFERENCES organisers (id) ON DELETE CASCADE,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    used_at TEXT
) WITHOUT ROWID;
CREATE INDEX password_links_by_organiser ON password_links (organiser_id);
