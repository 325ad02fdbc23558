-- Qualitative analysis. Clear columns hold only what listing and joining need (ids, kinds,
-- positions, colours, times); source names and texts, code names and definitions, memo
-- titles and texts, and case attribute values are sealed to their row like every other value.
-- Positions (start_cp, end_cp) are Unicode code points from 0, end exclusive (REFI-QDA's unit).

-- A text to code: interview notes built from a submission, an imported file, a typed note.
CREATE TABLE source (
    id            TEXT PRIMARY KEY,
    kind          TEXT NOT NULL CHECK (kind IN ('notes', 'transcript', 'fieldnote', 'document')),
    case_id       TEXT,
    submission_id TEXT UNIQUE,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    name_enc      BLOB NOT NULL,
    text_enc      BLOB NOT NULL
);
CREATE INDEX source_case ON source(case_id);

-- The hierarchical codebook.
CREATE TABLE code (
    id          TEXT PRIMARY KEY,
    parent_id   TEXT REFERENCES code(id),
    color       TEXT NOT NULL,
    codable     INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT NOT NULL,
    name_enc    BLOB NOT NULL,
    details_enc BLOB
);
CREATE INDEX code_parent ON code(parent_id);

-- One coded segment. Deleting a source or a code takes its codings with it.
CREATE TABLE coding (
    id        TEXT PRIMARY KEY,
    source_id TEXT NOT NULL REFERENCES source(id) ON DELETE CASCADE,
    code_id   TEXT NOT NULL REFERENCES code(id) ON DELETE CASCADE,
    coder_id  TEXT NOT NULL,
    start_cp  INTEGER NOT NULL CHECK (start_cp >= 0),
    end_cp    INTEGER NOT NULL CHECK (end_cp >= start_cp),
    coded_at  TEXT NOT NULL,
    detached  INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX coding_source ON coding(source_id);
CREATE INDEX coding_code ON coding(code_id);

-- A researcher's note on the project, a source, a code or a coded segment.
CREATE TABLE memo (
    id         TEXT PRIMARY KEY,
    target     TEXT NOT NULL CHECK (target IN ('project', 'source', 'code', 'coding')),
    target_id  TEXT,
    author_id  TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    title_enc  BLOB,
    text_enc   BLOB NOT NULL
);
CREATE INDEX memo_target ON memo(target, target_id);

-- Attributes of a case (a participant): city, source group, gender identity... The name is a
-- variable name; the value is sealed.
CREATE TABLE case_attribute (
    id        TEXT PRIMARY KEY,
    case_id   TEXT NOT NULL,
    name      TEXT NOT NULL,
    sensitive INTEGER NOT NULL DEFAULT 0,
    position  INTEGER NOT NULL,
    value_enc BLOB,
    UNIQUE (case_id, name)
);
CREATE INDEX case_attribute_case ON case_attribute(case_id);
