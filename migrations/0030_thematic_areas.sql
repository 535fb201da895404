-- What organisers distil a workshop into: a process's thematic areas, in their order, and
-- the points and comments assigned to each (an item may be in several).
CREATE TABLE thematic_areas (
    id INTEGER PRIMARY KEY,
    process_id INTEGER NOT NULL REFERENCES processes (id),
    title TEXT NOT NULL,
    position INTEGER NOT NULL,
    retired_at TEXT,
    created_at TEXT NOT NULL
);

CREATE TABLE feedback_areas (
    feedback_id INTEGER NOT NULL REFERENCES feedback (id),
    area_id INTEGER NOT NULL REFERENCES thematic_areas (id),
    assigned_by TEXT NOT NULL,
    assigned_at TEXT NOT NULL,
    PRIMARY KEY (feedback_id, area_id)
) WITHOUT ROWID;
CREATE INDEX feedback_areas_by_area ON feedback_areas (area_id, feedback_id);
