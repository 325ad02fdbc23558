-- The researcher's summary of a triangulation-matrix cell (a framework matrix): one per code and
-- group of cases. The group (attribute names and values) and the text are sealed to the row;
-- only the code, the author and the time are clear.
CREATE TABLE matrix_summary (
    id         TEXT PRIMARY KEY,
    code_id    TEXT NOT NULL REFERENCES code(id) ON DELETE CASCADE,
    author_id  TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    cell_enc   BLOB NOT NULL,
    text_enc   BLOB NOT NULL
);
CREATE INDEX matrix_summary_code ON matrix_summary(code_id);
