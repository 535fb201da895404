-- The draft text: a document is one version of the draft; units are its addressable pieces.
CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    symbol TEXT NOT NULL,
    title TEXT NOT NULL,
    year INTEGER NOT NULL,
    language TEXT NOT NULL,
    preamble_chapeau TEXT NOT NULL DEFAULT '',
    preamble_closing TEXT NOT NULL DEFAULT '',
    UNIQUE (symbol, year, language)
);

CREATE TABLE document_parts (
    document_id INTEGER NOT NULL REFERENCES documents (id),
    position INTEGER NOT NULL,
    number TEXT NOT NULL,
    title TEXT NOT NULL,
    PRIMARY KEY (document_id, number)
) WITHOUT ROWID;

-- `article` is 'preamble' or '1'..'n'; `ref` is '' for the article as a whole, else '1', '3(a)' or '(a)'.
-- (document_id, article, ref) is the stable reference that feedback points at.
CREATE TABLE units (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents (id),
    article TEXT NOT NULL,
    ref TEXT NOT NULL,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('article', 'preamble-paragraph', 'paragraph', 'item')),
    part TEXT,
    text TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT '',
    UNIQUE (document_id, article, ref),
    UNIQUE (document_id, position)
);

CREATE TABLE footnotes (
    document_id INTEGER NOT NULL REFERENCES documents (id),
    number INTEGER NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (document_id, number)
) WITHOUT ROWID;

CREATE TABLE consultations (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    position INTEGER NOT NULL,
    city TEXT NOT NULL,
    country TEXT NOT NULL,
    held TEXT NOT NULL,
    regional_groups TEXT NOT NULL,
    languages TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('open', 'closed')),
    document_id INTEGER NOT NULL REFERENCES documents (id)
);

-- Reference lists: rows keep their keys; pages show the labels.
CREATE TABLE stances (key TEXT PRIMARY KEY, position INTEGER NOT NULL, label TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE comment_types (key TEXT PRIMARY KEY, position INTEGER NOT NULL, label TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE themes (key TEXT PRIMARY KEY, position INTEGER NOT NULL, label TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE stakeholder_categories (label TEXT PRIMARY KEY, position INTEGER NOT NULL) WITHOUT ROWID;

CREATE TABLE feedback (
    id INTEGER PRIMARY KEY,
    consultation_id INTEGER NOT NULL REFERENCES consultations (id),
    document_id INTEGER NOT NULL,
    article TEXT NOT NULL,
    ref TEXT NOT NULL,
    stance TEXT NOT NULL REFERENCES stances (key),
    comment_type TEXT NOT NULL REFERENCES comment_types (key),
    comment TEXT NOT NULL,
    proposed_text TEXT NOT NULL DEFAULT '',
    name TEXT NOT NULL DEFAULT '',
    organisation TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL DEFAULT '',
    stakeholder_category TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    publish_name INTEGER NOT NULL DEFAULT 0 CHECK (publish_name IN (0, 1)),
    token_hash BLOB NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    FOREIGN KEY (document_id, article, ref) REFERENCES units (document_id, article, ref)
);
CREATE INDEX feedback_by_article ON feedback (document_id, article, consultation_id);

CREATE TABLE feedback_themes (
    feedback_id INTEGER NOT NULL REFERENCES feedback (id) ON DELETE CASCADE,
    theme TEXT NOT NULL REFERENCES themes (key),
    PRIMARY KEY (feedback_id, theme)
) WITHOUT ROWID;

-- Counts per article x consultation x stance, kept by triggers in the same transaction as
-- every write to `feedback`, so tally pages read a few hundred rows whatever the volume.
CREATE TABLE tally (
    document_id INTEGER NOT NULL,
    article TEXT NOT NULL,
    consultation_id INTEGER NOT NULL,
    stance TEXT NOT NULL,
    count INTEGER NOT NULL,
    PRIMARY KEY (document_id, article, consultation_id, stance)
) WITHOUT ROWID;

CREATE TRIGGER tally_after_insert AFTER INSERT ON feedback BEGIN
    INSERT INTO tally (document_id, article, consultation_id, stance, count)
    VALUES (NEW.document_id, NEW.article, NEW.consultation_id, NEW.stance, 1)
    ON CONFLICT DO UPDATE SET count = count + 1;
END;

CREATE TRIGGER tally_after_update AFTER UPDATE OF document_id, article, consultation_id, stance ON feedback BEGIN
    UPDATE tally SET count = count - 1
    WHERE document_id = OLD.document_id AND article = OLD.article
      AND consultation_id = OLD.consultation_id AND stance = OLD.stance;
    INSERT INTO tally (document_id, article, consultation_id, stance, count)
    VALUES (NEW.document_id, NEW.article, NEW.consultation_id, NEW.stance, 1)
    ON CONFLICT DO UPDATE SET count = count + 1;
END;

CREATE TRIGGER tally_after_delete AFTER DELETE ON feedback BEGIN
    UPDATE tally SET count = count - 1
    WHERE document_id = OLD.document_id AND article = OLD.article
      AND consultation_id = OLD.consultation_id AND stance = OLD.stance;
END;

CREATE TABLE organisers (
    id INTEGER PRIMARY KEY,
    username TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    created_at TEXT NOT NULL
);

-- Only the SHA-256 of a session id is stored, so a copy of the database opens no session.
CREATE TABLE sessions (
    id_hash BLOB PRIMARY KEY,
    organiser_id INTEGER NOT NULL REFERENCES organisers (id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    last_seen TEXT NOT NULL
) WITHOUT ROWID;

-- Server secrets such as the CSRF key, made at first start.
CREATE TABLE secrets (name TEXT PRIMARY KEY, value BLOB NOT NULL) WITHOUT ROWID;
