-- Language versions of a draft version: the same units in another language. The original
-- stays the authoritative text; feedback points at the original's units whatever language
-- the participant read, and records which one (`read_in`).
CREATE TABLE document_translations (
    document_id INTEGER NOT NULL REFERENCES documents (id),
    language TEXT NOT NULL,
    title TEXT NOT NULL,
    preamble_chapeau TEXT NOT NULL,
    preamble_closing TEXT NOT NULL,
    loaded_at TEXT NOT NULL,
    loaded_by TEXT NOT NULL,
    PRIMARY KEY (document_id, language)
) WITHOUT ROWID;

-- Every unit of the original has its text here, in each language version.
CREATE TABLE unit_translations (
    document_id INTEGER NOT NULL,
    language TEXT NOT NULL,
    article TEXT NOT NULL,
    ref TEXT NOT NULL,
    text TEXT NOT NULL,
    title TEXT NOT NULL,
    PRIMARY KEY (document_id, language, article, ref),
    FOREIGN KEY (document_id, language)
        REFERENCES document_translations (document_id, language) ON DELETE CASCADE,
    FOREIGN KEY (document_id, article, ref) REFERENCES units (document_id, article, ref)
) WITHOUT ROWID;

CREATE TABLE part_translations (
    document_id INTEGER NOT NULL,
    language TEXT NOT NULL,
    number TEXT NOT NULL,
    title TEXT NOT NULL,
    PRIMARY KEY (document_id, language, number),
    FOREIGN KEY (document_id, language)
        REFERENCES document_translations (document_id, language) ON DELETE CASCADE
) WITHOUT ROWID;

CREATE TABLE footnote_translations (
    document_id INTEGER NOT NULL,
    language TEXT NOT NULL,
    number INTEGER NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (document_id, language, number),
    FOREIGN KEY (document_id, language)
        REFERENCES document_translations (document_id, language) ON DELETE CASCADE
) WITHOUT ROWID;

-- The language of the text the participant read when they wrote: the original's, or a
-- language version's. Empty for items from before language versions, and for statements.
ALTER TABLE feedback ADD COLUMN read_in TEXT NOT NULL DEFAULT '';
