package org.campo.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.campo.crypto.FieldCipher;
import org.campo.model.Source;
import org.campo.model.SourceKind;

/**
 * Sources in SQLite: kind, case, submission and times in clear; name and text sealed to the row.
 * Each change rewrites only that source's line of the table's authenticated record
 * ({@link TableSeals}); deleting a source rewrites the codings' record from every coding.
 */
public final class SqliteSourceRepository implements SourceRepository {
    private static final String COLUMNS = "id, kind, case_id, submission_id, created_at, updated_at, name_enc, text_enc";
    private final Database db;
    private final FieldCipher cipher;

    public SqliteSourceRepository(Database db, FieldCipher cipher) {
        this.db = db;
        this.cipher = cipher;
    }

    @Override
    public void add(Source s) {
        TableSeals.changingRow(db, cipher, () -> db.update("INSERT INTO source(" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?)", s.id(), s.kind().code(), s.caseId(),
                s.submissionId(), s.createdAt().toString(), s.updatedAt().toString(),
                cipher.sealText("source", "name_enc", s.id(), s.name()),
                cipher.sealText("source", "text_enc", s.id(), s.text())), "source", s.id());
    }

    @Override
    public void update(Source s) {
        TableSeals.changingRow(db, cipher, () -> db.update("UPDATE source SET kind = ?, case_id = ?, updated_at = ?, name_enc = ?, text_enc = ? WHERE id = ?",
                s.kind().code(), s.caseId(), s.updatedAt().toString(),
                cipher.sealText("source", "name_enc", s.id(), s.name()),
                cipher.sealText("source", "text_enc", s.id(), s.text()), s.id()), "source", s.id());
    }

    @Override
    public Optional<Source> findById(String id) {
        return Optional.ofNullable(db.queryOne("SELECT " + COLUMNS + " FROM source WHERE id = ?", this::map, id));
    }

    @Override
    public Optional<Source> findBySubmission(String submissionId) {
        return Optional.ofNullable(db.queryOne("SELECT " + COLUMNS + " FROM source WHERE submission_id = ?",
                this::map, submissionId));
    }

    @Override
    public List<Source> all() {
        return db.query("SELECT " + COLUMNS + " FROM source", this::map).stream()
                .sorted(Comparator.comparing(Source::name).thenComparing(Source::id)).toList();
    }

    @Override
    public List<String> idsOfCase(String caseId) {
        return db.query("SELECT id FROM source WHERE case_id = ? ORDER BY id", rs -> rs.getString(1), caseId);
    }

    @Override
    public void delete(String id) {
        db.inTransaction(() -> {
            db.update("DELETE FROM source WHERE id = ?", id);
            TableSeals.changedRow(db, cipher, "source", id);
            TableSeals.touch(db, cipher, "coding"); // its codings went with it (cascade): a bulk change
            return null;
        });
    }

    @Override
    public long count() {
        return db.queryOne("SELECT count(*) FROM source", rs -> rs.getLong(1));
    }

    @Override
    public java.util.Map<String, Instant> stamps() {
        java.util.Map<String, Instant> out = new java.util.HashMap<>();
        db.forEach("SELECT id, updated_at FROM source", rs -> out.put(rs.getString(1), Instant.parse(rs.getString(2))));
        return out;
    }

    private Source map(ResultSet rs) throws SQLException {
        String id = rs.getString("id");
        return new Source(id, cipher.openText("source", "name_enc", id, rs.getBytes("name_enc")),
                SourceKind.fromCode(rs.getString("kind")), rs.getString("case_id"), rs.getString("submission_id"),
                cipher.openText("source", "text_enc", id, rs.getBytes("text_enc")),
                Instant.parse(rs.getString("created_at")), Instant.parse(rs.getString("updated_at")));
    }
}
