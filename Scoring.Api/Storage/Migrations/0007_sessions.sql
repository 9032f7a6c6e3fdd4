-- Sign-in sessions: the cookie carries a random session id, never the sign-in code; only its SHA-256 is stored. A session ends
-- on sign-out (ended_at) or after being idle too long (seen_at); it names the code it was opened with, so revoking the code ends it.
CREATE TABLE sessions (
    id          INTEGER PRIMARY KEY,
    hash        TEXT NOT NULL UNIQUE,
    token_hash  TEXT NOT NULL REFERENCES tokens(hash),
    created_at  TEXT NOT NULL,
    seen_at     TEXT NOT NULL,
    ended_at    TEXT
);
