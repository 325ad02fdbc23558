-- Imported form versions. A version in use never changes: a new workbook is a new row.
CREATE TABLE form (
    id          TEXT PRIMARY KEY,
    form_id     TEXT NOT NULL,
    version     TEXT NOT NULL,
    sha256      TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    title_enc   BLOB,
    xlsform_enc BLOB,
    xform_enc   BLOB NOT NULL,
    UNIQUE (form_id, version)
);

-- Pseudonymous participants (codes such as KI-GOV-03); attributes are encrypted.
CREATE TABLE participant (
    id             TEXT PRIMARY KEY,
    code           TEXT NOT NULL UNIQUE,
    attributes_enc BLOB,
    created_at     TEXT NOT NULL,
    withdrawn      INTEGER NOT NULL DEFAULT 0
);

-- One filled form: the XForm instance XML, encrypted. Drafts are rewritten on every answer.
CREATE TABLE submission (
    id             TEXT PRIMARY KEY,
    form_ref       TEXT NOT NULL REFERENCES form(id),
    status         TEXT NOT NULL CHECK (status IN ('draft', 'final')),
    rev            INTEGER NOT NULL,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    site_code      TEXT,
    device_id      TEXT,
    member_id      TEXT,
    participant_id TEXT REFERENCES participant(id),
    position       TEXT,
    instance_enc   BLOB NOT NULL
);
CREATE INDEX submission_form ON submission(form_ref, status);
CREATE INDEX submission_participant ON submission(participant_id);

CREATE TABLE attachment (
    id            TEXT PRIMARY KEY,
    submission_id TEXT NOT NULL REFERENCES submission(id) ON DELETE CASCADE,
    name          TEXT NOT NULL,
    bytes_enc     BLOB NOT NULL
);

-- Ids of withdrawn or deleted records that must travel with every export and merge.
CREATE TABLE tombstone (
    id          TEXT PRIMARY KEY,
    kind        TEXT NOT NULL,
    deleted_at  TEXT NOT NULL,
    reason      TEXT NOT NULL
);

-- Per-study settings (clear: only non-sensitive switches such as the cell threshold).
CREATE TABLE setting (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
