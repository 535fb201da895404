-- When a consultation takes comments: it opens and closes by itself at these times (UTC,
-- RFC 3339), shown in its own time zone (an IANA name such as Africa/Addis_Ababa). Without
-- them it is open or closed by hand, as before. A closed status always wins.
ALTER TABLE consultations ADD COLUMN opens_at TEXT;
ALTER TABLE consultations ADD COLUMN closes_at TEXT;
ALTER TABLE consultations ADD COLUMN time_zone TEXT NOT NULL DEFAULT 'UTC';
