-- PostgreSQL form of 0006_revision_size.sql.
ALTER TABLE revisions ADD COLUMN size BIGINT;
