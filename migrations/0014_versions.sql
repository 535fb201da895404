-- A process's draft has versions in order: a revision is another document of the process,
-- based on the version before it. Nothing of the earlier version changes.
ALTER TABLE documents ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE documents ADD COLUMN based_on INTEGER REFERENCES documents (id);

-- Lineage: which unit of a version descends from which unit of the version before. Many to
-- many, so splits and merges are rows; a new unit has no `from`, a deleted one no `to`.
-- Proposed when the revision is loaded; `confirmed_by` once an organiser has reviewed it.
CREATE TABLE unit_links (
    id INTEGER PRIMARY KEY,
    from_document INTEGER NOT NULL REFERENCES documents (id),
    to_document INTEGER NOT NULL REFERENCES documents (id),
    from_article TEXT,
    from_ref TEXT,
    to_article TEXT,
    to_ref TEXT,
    kind TEXT NOT NULL CHECK (kind IN
        ('unchanged', 'moved', 'amended', 'split', 'merged', 'new', 'deleted')),
    similarity REAL NOT NULL,
    doubtful INTEGER NOT NULL CHECK (doubtful IN (0, 1)),
    confirmed_by TEXT,
    confirmed_at TEXT,
    FOREIGN KEY (from_document, from_article, from_ref) REFERENCES units (document_id, article, ref),
    FOREIGN KEY (to_document, to_article, to_ref) REFERENCES units (document_id, article, ref),
    CHECK (from_article IS NOT NULL OR to_article IS NOT NULL)
);
CREATE INDEX unit_links_by_versions ON unit_links (to_document, from_document);

-- An uploaded draft may now be a revision: `target_slug` then holds the symbol of the
-- version it follows. Uploads waiting for confirmation are kept a day at most; they go.
DROP TABLE draft_uploads;
CREATE TABLE draft_uploads (
    id INTEGER PRIMARY KEY,
    organiser_id INTEGER NOT NULL REFERENCES organisers (id) ON DELETE CASCADE,
    file_name TEXT NOT NULL,
    target_kind TEXT NOT NULL CHECK (target_kind IN ('new', 'existing', 'revision')),
    target_slug TEXT NOT NULL,
    draft TEXT NOT NULL,
    warnings TEXT NOT NULL,
    created_at TEXT NOT NULL
);
