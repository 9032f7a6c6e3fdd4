-- A run also lists agencies that had nothing locked: their group, name and why they were not assessed are part of the inputs.
ALTER TABLE run_inputs ADD COLUMN group_code TEXT;
ALTER TABLE run_inputs ADD COLUMN not_assessed TEXT;
ALTER TABLE run_inputs ADD COLUMN agency_name TEXT;
