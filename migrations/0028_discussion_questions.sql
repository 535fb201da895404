-- A process's discussion questions are a document of their own, of kind 'questions': each
-- question is one of its units (`article` 'q1', 'q2'..., `ref` ''; its text the question, its
-- title the short label). Answers are feedback on those units, so the review desk, search,
-- moderation, dispositions, tallies and exports serve questions as they serve articles.
ALTER TABLE documents ADD COLUMN kind TEXT NOT NULL DEFAULT 'draft'
    CHECK (kind IN ('draft', 'questions'));

-- The order the questions are shown in, apart from their place (`units.position`, part of
-- the keys their answers are indexed and counted by, so never renumbered), and whether a
-- question was retired: offered no longer, its answers kept.
CREATE TABLE questions (
    document_id INTEGER NOT NULL REFERENCES documents (id),
    article TEXT NOT NULL,
    shown INTEGER NOT NULL,
    retired_at TEXT,
    PRIMARY KEY (document_id, article)
) WITHOUT ROWID;

-- A workshop offers its process's questions, besides the draft's articles when its document
-- is a draft (else its document is the question set).
ALTER TABLE consultations ADD COLUMN kind TEXT NOT NULL DEFAULT 'consultation'
    CHECK (kind IN ('consultation', 'workshop'));

-- An answer to a question need not take a position; it is counted apart.
INSERT OR IGNORE INTO stances (key, position, label) VALUES ('none', 4, 'No position');
