-- A keyed digest of a submission's clear columns (form_ref, status, site_code, created_at,
-- participant_id, member_id) under the data key: an edit behind Campo's back no longer matches it.
-- Filled for older submissions at unlock (it needs the key).
ALTER TABLE submission ADD COLUMN columns_seal TEXT;
