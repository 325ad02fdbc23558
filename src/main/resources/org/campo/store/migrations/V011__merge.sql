-- The last audit entry merged from each laptop: a later package must continue from it.
CREATE TABLE device_head (
    device_id  TEXT PRIMARY KEY,
    seq        INTEGER NOT NULL,
    hash       TEXT NOT NULL,
    merged_at  TEXT NOT NULL
);

-- Packages already merged (by SHA-256 of the sealed file): importing one again changes nothing.
CREATE TABLE merged_package (
    digest     TEXT PRIMARY KEY,
    device_id  TEXT NOT NULL,
    merged_at  TEXT NOT NULL
);

-- Two versions of one instance (same instanceID, different content) from different laptops:
-- both are kept until the coordinator chooses.
CREATE TABLE merge_conflict (
    id            TEXT PRIMARY KEY,
    kept_id       TEXT NOT NULL,
    other_id      TEXT NOT NULL,
    device_id     TEXT NOT NULL,
    detected_at   TEXT NOT NULL,
    resolved_at   TEXT,
    kept_choice   TEXT
);
