-- The size of an upload as received: a file that is not a workbook at all keeps its hash, size, name and reason, not its bytes.
-- Rows from before this column hold their bytes; their size is length(bytes).
ALTER TABLE revisions ADD COLUMN size INTEGER;
