-- The flattened answers of each final submission, sealed like its instance (associated data
-- binds the submission id and rev), so dataset exports read these rows instead of parsing every
-- instance XML. A row is never older than its submission: any change to the instance, status or
-- rev deletes it (trigger), and deleting the submission deletes it (cascade). Rows are written at
-- finalize, after audited edits, by SubmissionRows.refresh (merge) and, for submissions that have
-- none (those stored before this version), by the next export.
CREATE TABLE submission_row (
    submission_id TEXT PRIMARY KEY REFERENCES submission(id) ON DELETE CASCADE,
    rev           INTEGER NOT NULL,
    row_enc       BLOB NOT NULL
);
-- (one line: the migration runner splits statements at a semicolon that ends a line)
CREATE TRIGGER submission_row_follows AFTER UPDATE OF instance_enc, status, rev ON submission
BEGIN DELETE FROM submission_row WHERE submission_id = NEW.id; END;
