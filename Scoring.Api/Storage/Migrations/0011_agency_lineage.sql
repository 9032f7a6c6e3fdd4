-- An agency may replace others (a merger lists several, each part of a split the one it came from): their codes, joined by "; " in
-- code order, on each registry version, so the registry's history shows when an agency took over from whom.
ALTER TABLE agency_versions ADD COLUMN replaces TEXT;
