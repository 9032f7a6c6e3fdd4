-- PostgreSQL form of 0003_run_input_group.sql.
ALTER TABLE run_inputs ADD COLUMN group_code TEXT;
ALTER TABLE run_inputs ADD COLUMN not_assessed TEXT;
ALTER TABLE run_inputs ADD COLUMN agency_name TEXT;
