-- A published run is the annex of a classification decision: its issuing body (one line per level, e.g. "UBND TỈNH …" then "SỞ NỘI VỤ"),
-- the place written before its date, its number, date and signer are recorded when it is published (all optional: the annex then leaves
-- them to be written by hand). Like everything else of a published run, they never change, also when the run is superseded.
ALTER TABLE runs ADD COLUMN decision_number TEXT;
ALTER TABLE runs ADD COLUMN decision_date TEXT;
ALTER TABLE runs ADD COLUMN signer_title TEXT;
ALTER TABLE runs ADD COLUMN signer_name TEXT;
ALTER TABLE runs ADD COLUMN decision_issuer TEXT;
ALTER TABLE runs ADD COLUMN decision_place TEXT;
DROP TRIGGER runs_published_immutable;
CREATE TRIGGER runs_published_immutable BEFORE UPDATE ON runs
WHEN OLD.state <> 'draft' AND NOT (
    OLD.state = 'published' AND NEW.state = 'superseded' AND NEW.superseded_by IS NOT NULL
    AND NEW.id = OLD.id AND NEW.year = OLD.year AND NEW.criteria_id = OLD.criteria_id AND NEW.criteria_hash = OLD.criteria_hash
    AND NEW.results_hash = OLD.results_hash AND NEW.published_at IS OLD.published_at AND NEW.published_by IS OLD.published_by
    AND NEW.decision_number IS OLD.decision_number AND NEW.decision_date IS OLD.decision_date
    AND NEW.signer_title IS OLD.signer_title AND NEW.signer_name IS OLD.signer_name
    AND NEW.decision_issuer IS OLD.decision_issuer AND NEW.decision_place IS OLD.decision_place)
BEGIN SELECT RAISE(ABORT, 'a published run never changes'); END;
