-- Criteria versions are frozen the first time they are used: id, hash and canonical text never change.
CREATE TABLE criteria_versions (
    id          TEXT PRIMARY KEY,
    hash        TEXT NOT NULL,
    canonical   TEXT NOT NULL,
    title       TEXT NOT NULL,
    stored_at   TEXT NOT NULL,
    stored_by   TEXT NOT NULL
);
CREATE TRIGGER criteria_versions_frozen BEFORE UPDATE ON criteria_versions
BEGIN SELECT RAISE(ABORT, 'criteria version is frozen'); END;
CREATE TRIGGER criteria_versions_kept BEFORE DELETE ON criteria_versions
BEGIN SELECT RAISE(ABORT, 'criteria version is frozen'); END;

-- Agencies: the code is the identity; every change is a new version row, never an overwrite.
CREATE TABLE agencies (
    code        TEXT PRIMARY KEY,
    created_at  TEXT NOT NULL
);
CREATE TABLE agency_versions (
    id          INTEGER PRIMARY KEY,
    agency_code TEXT NOT NULL REFERENCES agencies(code),
    name        TEXT NOT NULL,
    group_code  TEXT NOT NULL,
    parent_code TEXT,
    active_from TEXT,
    active_to   TEXT,
    recorded_at TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    source      TEXT NOT NULL
);
CREATE INDEX agency_versions_by_agency ON agency_versions(agency_code, id);
CREATE TRIGGER agency_versions_kept BEFORE UPDATE ON agency_versions
BEGIN SELECT RAISE(ABORT, 'agency versions are kept, not overwritten'); END;

-- One submission per agency, year and criteria version; its uploads are revisions.
CREATE TABLE submissions (
    id          INTEGER PRIMARY KEY,
    agency_code TEXT NOT NULL REFERENCES agencies(code),
    year        INTEGER NOT NULL,
    criteria_id TEXT NOT NULL REFERENCES criteria_versions(id),
    state       TEXT NOT NULL CHECK (state IN ('draft', 'submitted', 'withdrawn', 'locked', 'appraised')),
    created_at  TEXT NOT NULL,
    UNIQUE (agency_code, year, criteria_id)
);
CREATE TABLE submission_events (
    id            INTEGER PRIMARY KEY,
    submission_id INTEGER NOT NULL REFERENCES submissions(id),
    state_from    TEXT,
    state_to      TEXT NOT NULL,
    at            TEXT NOT NULL,
    actor         TEXT NOT NULL,
    note          TEXT
);

-- Every upload, as received (bytes and SHA-256), accepted or rejected with its errors; never updated or deleted.
CREATE TABLE revisions (
    id            INTEGER PRIMARY KEY,
    submission_id INTEGER NOT NULL REFERENCES submissions(id),
    seq           INTEGER NOT NULL,
    file_name     TEXT NOT NULL,
    sha256        TEXT NOT NULL,
    bytes         BLOB NOT NULL,
    accepted      INTEGER NOT NULL CHECK (accepted IN (0, 1)),
    late          INTEGER NOT NULL DEFAULT 0 CHECK (late IN (0, 1)),
    answers_json  TEXT,
    errors_json   TEXT,
    uploaded_at   TEXT NOT NULL,
    uploaded_by   TEXT NOT NULL,
    UNIQUE (submission_id, seq)
);
CREATE TRIGGER revisions_kept_update BEFORE UPDATE ON revisions
BEGIN SELECT RAISE(ABORT, 'revisions are never overwritten'); END;
CREATE TRIGGER revisions_kept_delete BEFORE DELETE ON revisions
BEGIN SELECT RAISE(ABORT, 'revisions are never deleted'); END;

-- Appraisal changes per item: each keeps the value before (previous_id) and the reason; the latest per item counts.
CREATE TABLE appraisals (
    id            INTEGER PRIMARY KEY,
    submission_id INTEGER NOT NULL REFERENCES submissions(id),
    item_code     TEXT NOT NULL,
    points        TEXT,
    reason        TEXT NOT NULL,
    previous_id   INTEGER REFERENCES appraisals(id),
    appraised_at  TEXT NOT NULL,
    appraised_by  TEXT NOT NULL
);
CREATE INDEX appraisals_by_item ON appraisals(submission_id, item_code, id);
CREATE TRIGGER appraisals_kept_update BEFORE UPDATE ON appraisals
BEGIN SELECT RAISE(ABORT, 'appraisals are never overwritten'); END;
CREATE TRIGGER appraisals_kept_delete BEFORE DELETE ON appraisals
BEGIN SELECT RAISE(ABORT, 'appraisals are never deleted'); END;

-- Classification runs: the exact inputs, every result, and a hash of the results; immutable once published.
CREATE TABLE runs (
    id            INTEGER PRIMARY KEY,
    year          INTEGER NOT NULL,
    criteria_id   TEXT NOT NULL REFERENCES criteria_versions(id),
    criteria_hash TEXT NOT NULL,
    group_code    TEXT,
    engine_build  TEXT NOT NULL,
    results_hash  TEXT NOT NULL,
    state         TEXT NOT NULL CHECK (state IN ('draft', 'published', 'superseded')),
    created_at    TEXT NOT NULL,
    created_by    TEXT NOT NULL,
    published_at  TEXT,
    published_by  TEXT,
    superseded_by INTEGER REFERENCES runs(id)
);
-- A published run changes only by being superseded, and then only in its state and superseded_by.
CREATE TRIGGER runs_published_immutable BEFORE UPDATE ON runs
WHEN OLD.state <> 'draft' AND NOT (
    OLD.state = 'published' AND NEW.state = 'superseded' AND NEW.superseded_by IS NOT NULL
    AND NEW.id = OLD.id AND NEW.year = OLD.year AND NEW.criteria_id = OLD.criteria_id AND NEW.criteria_hash = OLD.criteria_hash
    AND NEW.results_hash = OLD.results_hash AND NEW.published_at IS OLD.published_at AND NEW.published_by IS OLD.published_by)
BEGIN SELECT RAISE(ABORT, 'a published run never changes'); END;
CREATE TRIGGER runs_kept BEFORE DELETE ON runs
WHEN OLD.state <> 'draft'
BEGIN SELECT RAISE(ABORT, 'a published run is never deleted'); END;

CREATE TABLE run_inputs (
    run_id        INTEGER NOT NULL REFERENCES runs(id),
    agency_code   TEXT NOT NULL,
    submission_id INTEGER REFERENCES submissions(id),
    revision_id   INTEGER REFERENCES revisions(id),
    appraisal_ids TEXT NOT NULL,
    PRIMARY KEY (run_id, agency_code)
);
CREATE TABLE run_results (
    run_id      INTEGER NOT NULL REFERENCES runs(id),
    agency_code TEXT NOT NULL,
    position    INTEGER NOT NULL,
    scope       TEXT NOT NULL,
    rank        INTEGER,
    total       TEXT NOT NULL,
    class_name  TEXT,
    status      TEXT NOT NULL,
    result_json TEXT NOT NULL,
    PRIMARY KEY (run_id, agency_code)
);
CREATE TRIGGER run_inputs_kept BEFORE UPDATE ON run_inputs
BEGIN SELECT RAISE(ABORT, 'run inputs never change'); END;
CREATE TRIGGER run_results_kept BEFORE UPDATE ON run_results
BEGIN SELECT RAISE(ABORT, 'run results never change'); END;

-- Who did what, when: every write.
CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    actor       TEXT NOT NULL,
    action      TEXT NOT NULL,
    agency_code TEXT,
    run_id      INTEGER,
    detail      TEXT NOT NULL
);
CREATE INDEX audit_by_agency ON audit_log(agency_code, id);
CREATE INDEX audit_by_run ON audit_log(run_id, id);
CREATE TRIGGER audit_kept_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_kept_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
