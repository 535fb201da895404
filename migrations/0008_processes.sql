-- A process is one drafting exercise: its draft, its consultations, its vocabularies. Several
-- run side by side; the shipped 2017 cycle is the first.
CREATE TABLE processes (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    position INTEGER NOT NULL,
    created_at TEXT NOT NULL
);

ALTER TABLE documents ADD COLUMN process_id INTEGER REFERENCES processes (id);
CREATE INDEX documents_by_process ON documents (process_id);

-- An article's title ("Article 1 — Definitions"), on the article's own unit.
ALTER TABLE units ADD COLUMN title TEXT NOT NULL DEFAULT '';

-- A database made before processes holds the shipped cycle: it becomes the first process.
INSERT INTO processes (id, slug, title, position, created_at)
SELECT 1, 'solidarity-declaration', title, 0, strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
FROM documents ORDER BY id LIMIT 1;
UPDATE documents SET process_id = 1 WHERE EXISTS (SELECT 1 FROM processes WHERE id = 1);
