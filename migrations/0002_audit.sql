-- Who did what, when: organiser actions, failed logins, command-line erasures.
-- Failed logins are also what login throttling counts, so the two can never disagree.
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    subject TEXT NOT NULL DEFAULT '',
    detail TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_by_subject ON audit_log (action, subject, at);
CREATE INDEX audit_by_address ON audit_log (action, address, at);
CREATE INDEX audit_by_time ON audit_log (at);
