-- Exports stream a form's submissions in creation order; without this index SQLite sorts
-- every row (encrypted instances included) before returning the first one.
CREATE INDEX submission_export ON submission(form_ref, status, created_at, id);
