-- A workshop's breakout groups: each has its questions and a rapporteur, an organiser or the
-- holder of a rapporteur link that reaches that group alone.
CREATE TABLE workshop_groups (
    id INTEGER PRIMARY KEY,
    consultation_id INTEGER NOT NULL REFERENCES consultations (id),
    name TEXT NOT NULL,
    position INTEGER NOT NULL,
    rapporteur_id INTEGER REFERENCES organisers (id),
    created_at TEXT NOT NULL,
    UNIQUE (consultation_id, name)
);

CREATE TABLE group_questions (
    group_id INTEGER NOT NULL REFERENCES workshop_groups (id),
    article TEXT NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (group_id, article)
) WITHOUT ROWID;

-- Kept by the SHA-256 of the link's token; the link is shown once.
CREATE TABLE rapporteur_links (
    id INTEGER PRIMARY KEY,
    group_id INTEGER NOT NULL REFERENCES workshop_groups (id),
    token_hash BLOB NOT NULL UNIQUE,
    label TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    revoked_at TEXT
);

-- A point a rapporteur records for the group is a feedback item on the question (a statement
-- in the meeting, the group as speaker), so the desk, search, tallies and exports serve it;
-- here is its group and how widely the group held it.
CREATE TABLE group_points (
    feedback_id INTEGER PRIMARY KEY REFERENCES feedback (id),
    group_id INTEGER NOT NULL REFERENCES workshop_groups (id),
    support TEXT NOT NULL CHECK (support IN ('consensus', 'most', 'some', 'one'))
);
CREATE INDEX group_points_by_group ON group_points (group_id);

-- Points that disagree, each pair once (the smaller id first).
CREATE TABLE divergent_points (
    point_id INTEGER NOT NULL REFERENCES group_points (feedback_id),
    other_id INTEGER NOT NULL REFERENCES group_points (feedback_id),
    PRIMARY KEY (point_id, other_id),
    CHECK (point_id < other_id)
) WITHOUT ROWID;
