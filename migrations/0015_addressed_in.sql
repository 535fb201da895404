-- Where a disposition says a comment was addressed: a unit of a version of the draft, usually
-- a later one ("accepted: see Art. 4(2) of the revised draft"). The participant's private page
-- then shows that unit's wording. Empty article: no place given.
ALTER TABLE feedback ADD COLUMN addressed_document INTEGER REFERENCES documents (id);
ALTER TABLE feedback ADD COLUMN addressed_article TEXT NOT NULL DEFAULT '';
ALTER TABLE feedback ADD COLUMN addressed_ref TEXT NOT NULL DEFAULT '';
