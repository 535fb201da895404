-- Where each item came from. Participants' own forms are `online`; an organiser records the
-- other channels with who spoke, in which session or panel, the day it was said or written
-- (not the day it was typed), a reference to the source, and who recorded it.
ALTER TABLE feedback ADD COLUMN channel TEXT NOT NULL DEFAULT 'online'
    CHECK (channel IN ('online', 'statement', 'written-submission', 'email', 'paper-form'));
ALTER TABLE feedback ADD COLUMN speaker TEXT NOT NULL DEFAULT '';
ALTER TABLE feedback ADD COLUMN meeting_session TEXT NOT NULL DEFAULT '';
ALTER TABLE feedback ADD COLUMN made_on TEXT NOT NULL DEFAULT '';
ALTER TABLE feedback ADD COLUMN source_reference TEXT NOT NULL DEFAULT '';
ALTER TABLE feedback ADD COLUMN recorded_by TEXT NOT NULL DEFAULT '';

-- The rapporteur's page offers the speakers of the session being recorded.
CREATE INDEX feedback_speakers ON feedback (consultation_id, meeting_session, speaker)
    WHERE channel <> 'online';
