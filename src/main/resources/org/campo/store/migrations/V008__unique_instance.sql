-- meta/instanceID is unique in a study. The ID stays inside the encrypted instance; the
-- column holds a keyed hash of it (filled for older submissions at the next unlock).
ALTER TABLE submission ADD COLUMN instance_key TEXT;
CREATE UNIQUE INDEX submission_instance ON submission(instance_key) WHERE instance_key IS NOT NULL;
