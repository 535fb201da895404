-- Rooms: a consultation served offline on a laptop in the meeting room, packed at the centre
-- and merged back into it.

-- At the centre: each room packed, with the key its exports are signed with.
CREATE TABLE rooms (
    id TEXT PRIMARY KEY,
    consultation_id INTEGER NOT NULL REFERENCES consultations (id),
    document_id INTEGER NOT NULL REFERENCES documents (id),
    key BLOB NOT NULL,
    packed_at TEXT NOT NULL,
    packed_by TEXT NOT NULL
) WITHOUT ROWID;

-- At the centre: which item each room item became, and the room's state of it when last
-- merged (JSON of digests), from which export: what changed since is told from what did not.
-- Two room items are one item here when both are the same row of one imported file.
CREATE TABLE room_items (
    instance TEXT NOT NULL,
    room_item INTEGER NOT NULL,
    room_id TEXT NOT NULL REFERENCES rooms (id),
    feedback_id INTEGER NOT NULL REFERENCES feedback (id) ON DELETE CASCADE,
    export_number INTEGER NOT NULL,
    merged TEXT NOT NULL,
    PRIMARY KEY (instance, room_item)
) WITHOUT ROWID;
CREATE INDEX room_items_by_feedback ON room_items (feedback_id);

-- In a room's own database: the room it was unpacked as. `instance` is drawn at unpacking,
-- so two laptops unpacking the same file never mistake each other's items.
CREATE TABLE this_room (
    only INTEGER PRIMARY KEY CHECK (only = 1),
    room_id TEXT NOT NULL,
    instance TEXT NOT NULL,
    consultation_id INTEGER NOT NULL REFERENCES consultations (id),
    document_id INTEGER NOT NULL REFERENCES documents (id),
    key BLOB NOT NULL,
    packed_at TEXT NOT NULL,
    exports INTEGER NOT NULL DEFAULT 0
);

-- When an item was last hidden or shown: of a change made both in a room and at the centre,
-- the later is kept.
ALTER TABLE feedback ADD COLUMN moderated_at TEXT NOT NULL DEFAULT '';

-- An item's history is read in the order its versions were replaced: a merged room adds
-- versions older than some already kept.
DROP INDEX feedback_revisions_by_item;
CREATE INDEX feedback_revisions_by_item ON feedback_revisions (feedback_id, replaced_at, id);
