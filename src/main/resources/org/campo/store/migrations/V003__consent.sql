-- Consent texts. A new text is a new version, never an edit of an old one. Texts are not
-- secret (IRB reviewers read them), so they are stored in clear with their SHA-256.
CREATE TABLE consent_script (
    id          TEXT PRIMARY KEY,
    script_key  TEXT NOT NULL,
    version     INTEGER NOT NULL,
    language    TEXT NOT NULL,
    title       TEXT NOT NULL,
    body        TEXT NOT NULL,
    sha256      TEXT NOT NULL,
    permissions TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    UNIQUE (script_key, version, language)
);
-- No update path: a changed text must become a new version, so the text a participant heard stays provable.
CREATE TRIGGER consent_script_immutable BEFORE UPDATE ON consent_script BEGIN SELECT RAISE(ABORT, 'consent scripts are immutable: add a new version'); END;

-- One consent event: which text, how it was given, which permissions were granted.
CREATE TABLE consent (
    id              TEXT PRIMARY KEY,
    participant_id  TEXT NOT NULL REFERENCES participant(id),
    script_id       TEXT NOT NULL REFERENCES consent_script(id),
    mode            TEXT NOT NULL CHECK (mode IN ('verbal', 'written', 'witnessed')),
    decisions       TEXT NOT NULL,
    obtained_at     TEXT NOT NULL,
    site_code       TEXT,
    member_id       TEXT NOT NULL,
    minor           INTEGER NOT NULL DEFAULT 0,
    guardian_consent INTEGER,
    assent          INTEGER,
    attestation_enc BLOB,
    witness_enc     BLOB
);
CREATE INDEX consent_participant ON consent(participant_id);

-- A participant's withdrawal; scope 'destroy' removes everything, 'keep' keeps what was collected.
CREATE TABLE withdrawal (
    id             TEXT PRIMARY KEY,
    participant_id TEXT NOT NULL,
    participant_code TEXT NOT NULL,
    withdrawn_at   TEXT NOT NULL,
    scope          TEXT NOT NULL CHECK (scope IN ('destroy', 'keep')),
    member_id      TEXT NOT NULL,
    reason_enc     BLOB
);
CREATE INDEX withdrawal_participant ON withdrawal(participant_id);
