-- A consultation is public (listed, open to anyone) or by invitation (absent from the public
-- lists; its pages open only to a browser that has followed one of its invitation links).
ALTER TABLE consultations ADD COLUMN access TEXT NOT NULL DEFAULT 'public'
    CHECK (access IN ('public', 'invitation'));

-- Invitation links: one for a whole group or one per invitee, each revocable. Only the
-- SHA-256 of a link's token is kept.
CREATE TABLE invitations (
    id INTEGER PRIMARY KEY,
    consultation_id INTEGER NOT NULL REFERENCES consultations (id),
    token_hash BLOB NOT NULL UNIQUE,
    label TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    revoked_at TEXT
);
CREATE INDEX invitations_by_consultation ON invitations (consultation_id);
