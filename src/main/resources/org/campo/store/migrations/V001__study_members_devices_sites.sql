-- The study itself: one row. Clear columns only for what is needed before unlocking.
CREATE TABLE study (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    created_at  TEXT NOT NULL
);

-- Who may unlock the study and with which role. User names are needed on the unlock screen.
CREATE TABLE member (
    id          TEXT PRIMARY KEY,
    user_name   TEXT NOT NULL UNIQUE,
    role        TEXT NOT NULL CHECK (role IN ('researcher', 'coordinator', 'irb')),
    created_at  TEXT NOT NULL,
    active      INTEGER NOT NULL DEFAULT 1
);

-- The data key wrapped once per member passphrase, and once by the recovery key.
CREATE TABLE key_slot (
    id          TEXT PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('passphrase', 'recovery')),
    member_id   TEXT REFERENCES member(id),
    kdf         TEXT NOT NULL,
    salt        BLOB NOT NULL,
    wrapped_key BLOB NOT NULL,
    created_at  TEXT NOT NULL
);
CREATE UNIQUE INDEX key_slot_member ON key_slot(member_id) WHERE kind = 'passphrase';

-- Laptops that have written to this study (merge needs to know where a record came from).
CREATE TABLE device (
    id          TEXT PRIMARY KEY,
    label_enc   BLOB,
    first_seen  TEXT NOT NULL,
    last_seen   TEXT NOT NULL
);

-- Flow monitoring points. The code is clear (to list and join); name and place are not.
CREATE TABLE site (
    id          TEXT PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE,
    details_enc BLOB NOT NULL,
    created_at  TEXT NOT NULL
);

-- Append-only hash chain of every event.
CREATE TABLE audit (
    seq         INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    actor       TEXT NOT NULL,
    action      TEXT NOT NULL,
    subject     TEXT,
    subject_id  TEXT,
    subject_digest TEXT,
    details     TEXT,
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL
);
