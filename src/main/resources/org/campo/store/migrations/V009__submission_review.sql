-- Review of collected data: one status per submission (approved / needs attention), and every
-- correction made to a final submission with its reason and the value it replaced. Values and
-- reasons are sealed like the instance they come from; rows go with their submission.
CREATE TABLE submission_review (
    submission_id TEXT PRIMARY KEY REFERENCES submission(id) ON DELETE CASCADE,
    status        TEXT NOT NULL CHECK (status IN ('approved', 'needs_attention')),
    reviewed_at   TEXT NOT NULL,
    member_id     TEXT NOT NULL
);

CREATE TABLE submission_correction (
    id            TEXT PRIMARY KEY,
    submission_id TEXT NOT NULL REFERENCES submission(id) ON DELETE CASCADE,
    rev           INTEGER NOT NULL,
    corrected_at  TEXT NOT NULL,
    member_id     TEXT NOT NULL,
    detail_enc    BLOB NOT NULL
);
CREATE INDEX submission_correction_submission ON submission_correction(submission_id, corrected_at);
