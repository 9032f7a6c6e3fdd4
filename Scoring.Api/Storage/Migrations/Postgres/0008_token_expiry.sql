-- PostgreSQL form of 0008_token_expiry.sql.
ALTER TABLE tokens ADD COLUMN expires_at TEXT;
ALTER TABLE tokens ADD COLUMN request_key TEXT;
CREATE UNIQUE INDEX tokens_request_key ON tokens (request_key) WHERE request_key IS NOT NULL;
