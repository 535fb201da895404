-- A comment organisers mark as key: the consolidated report quotes it for the expert group.
ALTER TABLE feedback ADD COLUMN key_comment INTEGER NOT NULL DEFAULT 0 CHECK (key_comment IN (0, 1));
