-- A sign-in code may end on a date (expires_at, UTC; null: until revoked). A code issued from a form carries the form's one-time
-- key (request_key), so a refresh or a double click issues nothing twice.
ALTER TABLE tokens ADD COLUMN expires_at TEXT;
ALTER TABLE tokens ADD COLUMN request_key TEXT;
CREATE UNIQUE INDEX tokens_request_key ON tokens (request_key) WHERE request_key IS NOT NULL;
