-- The lock is a gate on (criteria version, year): each lock and reopen is an event, never changed; the latest one counts.
CREATE TABLE year_locks (
    id          INTEGER PRIMARY KEY,
    criteria_id TEXT NOT NULL,
    year        INTEGER NOT NULL,
    locked      INTEGER NOT NULL CHECK (locked IN (0, 1)),
    at          TEXT NOT NULL,
    actor       TEXT NOT NULL,
    reason      TEXT
);
CREATE INDEX year_locks_by_year ON year_locks(criteria_id, year, id);
CREATE TRIGGER year_locks_kept_update BEFORE UPDATE ON year_locks
BEGIN SELECT RAISE(ABORT, 'lock events are never changed'); END;
CREATE TRIGGER year_locks_kept_delete BEFORE DELETE ON year_locks
BEGIN SELECT RAISE(ABORT, 'lock events are never deleted'); END;
-- Stores from before the gate: a year with locked submissions was locked by staff.
INSERT INTO year_locks (criteria_id, year, locked, at, actor, reason)
SELECT criteria_id, year, 1, MIN(created_at), 'Cán bộ Nội vụ (trước khi có khóa theo năm)', NULL
FROM submissions WHERE state IN ('locked', 'appraised') GROUP BY criteria_id, year;

-- What a run was created despite, when it was asked for knowingly (one warning a line).
ALTER TABLE runs ADD COLUMN warnings TEXT;

-- A published group run replaces that group's part of a published all-groups run of the same version and year.
CREATE TABLE run_part_supersessions (
    run_id        INTEGER NOT NULL REFERENCES runs(id),
    group_code    TEXT NOT NULL,
    superseded_by INTEGER NOT NULL REFERENCES runs(id),
    at            TEXT NOT NULL,
    PRIMARY KEY (run_id, group_code)
);
CREATE TRIGGER run_part_supersessions_kept BEFORE UPDATE ON run_part_supersessions
BEGIN SELECT RAISE(ABORT, 'supersessions are never changed'); END;

-- A retried API request with the same Idempotency-Key gets the first answer back, without a second write.
CREATE TABLE idempotency_keys (
    actor        TEXT NOT NULL,
    key          TEXT NOT NULL,
    request_hash TEXT NOT NULL,
    status       INTEGER NOT NULL,
    content_type TEXT,
    location     TEXT,
    body         BLOB NOT NULL,
    created_at   TEXT NOT NULL,
    PRIMARY KEY (actor, key)
);
