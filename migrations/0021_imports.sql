-- Items imported from a file: the row's own identifier, if it gave one, the file they came
-- from and its SHA-256, and a key of their content and provenance, so that importing the same
-- file again adds nothing.
ALTER TABLE feedback ADD COLUMN external_id TEXT NOT NULL DEFAULT '';
ALTER TABLE feedback ADD COLUMN import_file TEXT NOT NULL DEFAULT '';
ALTER TABLE feedback ADD COLUMN import_sha256 TEXT NOT NULL DEFAULT '';
ALTER TABLE feedback ADD COLUMN import_key TEXT NOT NULL DEFAULT '';
CREATE INDEX feedback_external_ids ON feedback (consultation_id, external_id) WHERE external_id <> '';
CREATE INDEX feedback_import_keys ON feedback (consultation_id, import_key) WHERE import_key <> '';
