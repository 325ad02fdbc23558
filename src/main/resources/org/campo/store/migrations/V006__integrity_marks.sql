-- Key slots carry a digest of their own columns, so damage is reported as damage
-- (filled for existing slots by the migration's Java step).
ALTER TABLE key_slot ADD COLUMN digest TEXT;

-- A study is complete once its creation (or demo generation) has committed; files that
-- existed before this mark are complete by definition.
INSERT INTO setting(name, value) SELECT 'study.state', 'complete' WHERE EXISTS (SELECT 1 FROM study);
