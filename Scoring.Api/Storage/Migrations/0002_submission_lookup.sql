-- The tracker and the annual run look submissions up by year and criteria; revisions by submission, newest first.
CREATE INDEX submissions_by_year ON submissions(year, criteria_id, agency_code);
CREATE INDEX revisions_by_submission ON revisions(submission_id, seq DESC);
