-- Evidence files (tài liệu kiểm chứng), each stored once by its SHA-256 with the type read from its bytes; never updated or deleted.
CREATE TABLE evidence_files (
    sha256      TEXT PRIMARY KEY,
    kind        TEXT NOT NULL,
    size        INTEGER NOT NULL,
    bytes       BLOB NOT NULL,
    stored_at   TEXT NOT NULL,
    stored_by   TEXT NOT NULL
);
CREATE TRIGGER evidence_files_kept_update BEFORE UPDATE ON evidence_files
BEGIN SELECT RAISE(ABORT, 'evidence files are never overwritten'); END;
CREATE TRIGGER evidence_files_kept_delete BEFORE DELETE ON evidence_files
BEGIN SELECT RAISE(ABORT, 'evidence files are never deleted'); END;

-- Which items of a submission a file proves, as attached, by whom and when (one file may serve several items). Append-only: kept when
-- the submission is withdrawn, so what an appraiser saw can always be shown again (the links attached before a moment).
CREATE TABLE evidence_links (
    id            INTEGER PRIMARY KEY,
    submission_id INTEGER NOT NULL REFERENCES submissions(id),
    item_code     TEXT NOT NULL,
    sha256        TEXT NOT NULL REFERENCES evidence_files(sha256),
    file_name     TEXT NOT NULL,
    attached_at   TEXT NOT NULL,
    attached_by   TEXT NOT NULL,
    UNIQUE (submission_id, item_code, sha256)
);
CREATE INDEX evidence_links_by_submission ON evidence_links(submission_id, item_code, id);
CREATE TRIGGER evidence_links_kept_update BEFORE UPDATE ON evidence_links
BEGIN SELECT RAISE(ABORT, 'evidence links are never overwritten'); END;
CREATE TRIGGER evidence_links_kept_delete BEFORE DELETE ON evidence_links
BEGIN SELECT RAISE(ABORT, 'evidence links are never deleted'); END;
