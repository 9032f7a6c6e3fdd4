-- PostgreSQL form of 0002_submission_lookup.sql.
CREATE INDEX submissions_by_year ON submissions(year, criteria_id, agency_code);
CREATE INDEX revisions_by_submission ON revisions(submission_id, seq DESC);
