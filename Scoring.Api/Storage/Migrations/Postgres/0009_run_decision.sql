-- PostgreSQL form of 0009_run_decision.sql.
ALTER TABLE runs ADD COLUMN decision_number TEXT;
ALTER TABLE runs ADD COLUMN decision_date TEXT;
ALTER TABLE runs ADD COLUMN signer_title TEXT;
ALTER TABLE runs ADD COLUMN signer_name TEXT;
ALTER TABLE runs ADD COLUMN decision_issuer TEXT;
ALTER TABLE runs ADD COLUMN decision_place TEXT;
DROP TRIGGER runs_published_immutable ON runs;
CREATE TRIGGER runs_published_immutable BEFORE UPDATE ON runs FOR EACH ROW
WHEN (OLD.state <> 'draft' AND NOT (
    OLD.state = 'published' AND NEW.state = 'superseded' AND NEW.superseded_by IS NOT NULL
    AND NEW.id = OLD.id AND NEW.year = OLD.year AND NEW.criteria_id = OLD.criteria_id AND NEW.criteria_hash = OLD.criteria_hash
    AND NEW.results_hash = OLD.results_hash AND NEW.published_at IS NOT DISTINCT FROM OLD.published_at
    AND NEW.published_by IS NOT DISTINCT FROM OLD.published_by
    AND NEW.decision_number IS NOT DISTINCT FROM OLD.decision_number AND NEW.decision_date IS NOT DISTINCT FROM OLD.decision_date
    AND NEW.signer_title IS NOT DISTINCT FROM OLD.signer_title AND NEW.signer_name IS NOT DISTINCT FROM OLD.signer_name
    AND NEW.decision_issuer IS NOT DISTINCT FROM OLD.decision_issuer AND NEW.decision_place IS NOT DISTINCT FROM OLD.decision_place))
EXECUTE FUNCTION scoring_refuse('a published run never changes');
