-- Minimal metadata in clear. Values that identify people or record their decisions are sealed
-- under the data key like answers; a clear column that lookups and uniqueness need keeps only a
-- keyed hash of its value. Rows written before this version are converted at the next unlock
-- (it needs the key), after which the audit chain is re-linked over their new form.

-- participant.code holds HMAC-SHA256 of the code (unique, looked up); the code is in code_enc.
ALTER TABLE participant ADD COLUMN code_enc BLOB;

-- member.user_name holds a salted Argon2id tag of the login name (needed before unlock to find
-- the key slot); the name itself is in name_enc. The salt is per study.
ALTER TABLE member ADD COLUMN name_enc BLOB;
INSERT INTO setting(name, value) SELECT 'member.nameSalt', lower(hex(randomblob(16)))
    WHERE NOT EXISTS (SELECT 1 FROM setting WHERE name = 'member.nameSalt');

-- A consent's mode, decisions, minor, guardian consent and assent move into details_enc; the
-- clear columns become nullable (rebuilt in the same column order, so that rows not yet
-- converted keep their audit digests).
CREATE TABLE consent_v13 (
    id              TEXT PRIMARY KEY,
    participant_id  TEXT NOT NULL REFERENCES participant(id),
    script_id       TEXT NOT NULL REFERENCES consent_script(id),
    mode            TEXT CHECK (mode IS NULL OR mode IN ('verbal', 'written', 'witnessed')),
    decisions       TEXT,
    obtained_at     TEXT NOT NULL,
    site_code       TEXT,
    member_id       TEXT NOT NULL,
    minor           INTEGER,
    guardian_consent INTEGER,
    assent          INTEGER,
    attestation_enc BLOB,
    witness_enc     BLOB,
    details_enc     BLOB
);
INSERT INTO consent_v13(id, participant_id, script_id, mode, decisions, obtained_at, site_code, member_id, minor,
    guardian_consent, assent, attestation_enc, witness_enc)
    SELECT id, participant_id, script_id, mode, decisions, obtained_at, site_code, member_id, minor,
    guardian_consent, assent, attestation_enc, witness_enc FROM consent;
DROP TABLE consent;
ALTER TABLE consent_v13 RENAME TO consent;
CREATE INDEX consent_participant ON consent(participant_id);

-- A withdrawal's participant code, date and scope move into details_enc.
CREATE TABLE withdrawal_v13 (
    id             TEXT PRIMARY KEY,
    participant_id TEXT NOT NULL,
    participant_code TEXT,
    withdrawn_at   TEXT,
    scope          TEXT CHECK (scope IS NULL OR scope IN ('destroy', 'keep')),
    member_id      TEXT NOT NULL,
    reason_enc     BLOB,
    details_enc    BLOB
);
INSERT INTO withdrawal_v13(id, participant_id, participant_code, withdrawn_at, scope, member_id, reason_enc)
    SELECT id, participant_id, participant_code, withdrawn_at, scope, member_id, reason_enc FROM withdrawal;
DROP TABLE withdrawal;
ALTER TABLE withdrawal_v13 RENAME TO withdrawal;
CREATE INDEX withdrawal_participant ON withdrawal(participant_id);
