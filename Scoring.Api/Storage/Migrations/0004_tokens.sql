-- Sign-in tokens, stored only as SHA-256 hashes; a token has one role and, for an agency, one agency code.
CREATE TABLE tokens (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    role        TEXT NOT NULL CHECK (role IN ('admin', 'staff', 'auditor', 'agency')),
    agency_code TEXT REFERENCES agencies(code),
    hash        TEXT NOT NULL UNIQUE,
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    revoked_at  TEXT,
    CHECK ((role = 'agency') = (agency_code IS NOT NULL))
);
