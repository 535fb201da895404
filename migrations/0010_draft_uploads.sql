-- A draft read from a file uploaded on the desk, kept until the administrator confirms its
-- preview (then it is stored as any draft) or discards it. What is stored on confirmation is
-- exactly what the preview showed: the draft as read, in the JSON schema of the shipped draft.
CREATE TABLE draft_uploads (
    id INTEGER PRIMARY KEY,
    organiser_id INTEGER NOT NULL REFERENCES organisers (id) ON DELETE CASCADE,
    file_name TEXT NOT NULL,
    -- 'new' makes a process with the slug; 'existing' gives the process with the slug this draft.
    target_kind TEXT NOT NULL CHECK (target_kind IN ('new', 'existing')),
    target_slug TEXT NOT NULL,
    draft TEXT NOT NULL,
    -- The warnings of the reading (JSON), shown on the preview in the reader's language.
    warnings TEXT NOT NULL,
    created_at TEXT NOT NULL
);
