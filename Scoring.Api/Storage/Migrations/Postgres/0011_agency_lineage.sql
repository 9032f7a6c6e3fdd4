-- PostgreSQL form of 0011_agency_lineage.sql.
ALTER TABLE agency_versions ADD COLUMN replaces TEXT;
