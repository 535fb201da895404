-- Each process has its own themes and stakeholder categories. An entry keeps its key (what
-- feedback and exports store) when it is renamed, and is retired rather than deleted: a
-- retired entry is no longer offered, and feedback that used it keeps it. `label_edited` is
-- 0 while the label is the shipped one, whose translations the catalogues hold.
CREATE TABLE process_themes (
    process_id INTEGER NOT NULL REFERENCES processes (id),
    key TEXT NOT NULL,
    position INTEGER NOT NULL,
    label TEXT NOT NULL,
    label_edited INTEGER NOT NULL DEFAULT 0 CHECK (label_edited IN (0, 1)),
    retired_at TEXT,
    PRIMARY KEY (process_id, key)
) WITHOUT ROWID;

-- A category's key is the label it was made with; feedback stores the key.
CREATE TABLE process_categories (
    process_id INTEGER NOT NULL REFERENCES processes (id),
    key TEXT NOT NULL,
    position INTEGER NOT NULL,
    label TEXT NOT NULL,
    label_edited INTEGER NOT NULL DEFAULT 0 CHECK (label_edited IN (0, 1)),
    retired_at TEXT,
    PRIMARY KEY (process_id, key)
) WITHOUT ROWID;

-- The lists so far were the shipped cycle's: they become every existing process's.
INSERT INTO process_themes (process_id, key, position, label)
SELECT p.id, t.key, t.position, t.label FROM themes t CROSS JOIN processes p;
INSERT INTO process_categories (process_id, key, position, label)
SELECT p.id, c.label, c.position, c.label FROM stakeholder_categories c CROSS JOIN processes p;

-- A feedback item's themes are checked against its process's list when it is written; the
-- table no longer points at one global list. (Migrations run with foreign keys off, and the
-- database is checked with `PRAGMA foreign_key_check` before it opens.)
CREATE TABLE feedback_themes_by_process (
    feedback_id INTEGER NOT NULL REFERENCES feedback (id) ON DELETE CASCADE,
    theme TEXT NOT NULL,
    PRIMARY KEY (feedback_id, theme)
) WITHOUT ROWID;
INSERT INTO feedback_themes_by_process (feedback_id, theme)
SELECT feedback_id, theme FROM feedback_themes;
DROP TABLE feedback_themes;
ALTER TABLE feedback_themes_by_process RENAME TO feedback_themes;
DROP TABLE themes;
DROP TABLE stakeholder_categories;
