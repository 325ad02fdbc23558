package org.campo.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.campo.model.Coding;

/**
 * Codings in SQLite. They hold ids and positions only (no text), so they are stored in clear:
 * the words they cover live in the sealed source. Their clear columns are bound into the table's
 * authenticated record ({@link TableSeals}), rewritten once per unit of work that changes them.
 */
public final class SqliteCodingRepository implements CodingRepository {
    private static final String COLUMNS = "id, source_id, start_cp, end_cp, code_id, coder_id, coded_at, detached";
    private final Database db;
    private final org.campo.crypto.FieldCipher cipher;

    public SqliteCodingRepository(Database db, org.campo.crypto.FieldCipher cipher) {
        this.db = db;
        this.cipher = cipher;
    }

    @Override
    public void add(Coding c) {
        TableSeals.changingRow(db, cipher, () -> db.update("INSERT INTO coding(" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?)", c.id(), c.sourceId(), c.start(),
                c.end(), c.codeId(), c.coderId(), c.codedAt().toString(), c.detached() ? 1 : 0), "coding", c.id());
    }

    @Override
    public void update(Coding c) {
        TableSeals.changingRow(db, cipher, () -> db.update("UPDATE coding SET start_cp = ?, end_cp = ?, code_id = ?, detached = ? WHERE id = ?", c.start(),
                c.end(), c.codeId(), c.detached() ? 1 : 0, c.id()), "coding", c.id());
    }

    @Override
    public Optional<Coding> findById(String id) {
        return Optional.ofNullable(db.queryOne("SELECT " + COLUMNS + " FROM coding WHERE id = ?",
                SqliteCodingRepository::map, id));
    }

    @Override
    public List<Coding> ofSource(String sourceId) {
        return db.query("SELECT " + COLUMNS + " FROM coding WHERE source_id = ? ORDER BY start_cp, end_cp, id",
                SqliteCodingRepository::map, sourceId);
    }

    @Override
    public List<Coding> ofCodes(Collection<String> codeIds) {
        if (codeIds.isEmpty()) {
            return List.of();
        }
        String marks = String.join(",", java.util.Collections.nCopies(codeIds.size(), "?"));
        return db.query("SELECT " + COLUMNS + " FROM coding WHERE code_id IN (" + marks
                + ") ORDER BY source_id, start_cp, end_cp, id", SqliteCodingRepository::map, codeIds.toArray());
    }

    @Override
    public List<Coding> all() {
        return db.query("SELECT " + COLUMNS + " FROM coding ORDER BY source_id, start_cp, end_cp, id",
                SqliteCodingRepository::map);
    }

    @Override
    public Map<String, Integer> countByCode() {
        return counts("code_id");
    }

    @Override
    public Map<String, Integer> countBySource() {
        return counts("source_id");
    }

    private Map<String, Integer> counts(String column) {
        Map<String, Integer> out = new LinkedHashMap<>();
        db.forEach("SELECT " + column + ", count(*) FROM coding GROUP BY " + column,
                rs -> out.put(rs.getString(1), rs.getInt(2)));
        return out;
    }

    @Override
    public int reassign(String fromCodeId, String toCodeId) {
        return TableSeals.changing(db, cipher, () -> db.update("UPDATE coding SET code_id = ? WHERE code_id = ?", toCodeId, fromCodeId), "coding");
    }

    @Override
    public void delete(String id) {
        TableSeals.changingRow(db, cipher, () -> db.update("DELETE FROM coding WHERE id = ?", id), "coding", id);
    }

    private static Coding map(ResultSet rs) throws SQLException {
        return new Coding(rs.getString("id"), rs.getString("source_id"), rs.getInt("start_cp"), rs.getInt("end_cp"),
                rs.getString("code_id"), rs.getString("coder_id"), Instant.parse(rs.getString("coded_at")),
                rs.getInt("detached") == 1);
    }
}
