package org.campo.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.campo.common.Ids;
import org.campo.crypto.FieldCipher;
import org.campo.model.CaseAttribute;

/**
 * Case attributes in SQLite: case, variable name and sensitivity in clear; the value sealed to the
 * row. Every change rewrites only the changed rows' lines of the table's authenticated record
 * ({@link TableSeals}): the ids of rows set or deleted by case and name are looked up in the same
 * transaction, so an attribute edited outside Campo stays named after later changes to others.
 */
public final class SqliteCaseAttributeRepository implements CaseAttributeRepository {
    private final Database db;
    private final FieldCipher cipher;

    public SqliteCaseAttributeRepository(Database db, FieldCipher cipher) {
        this.db = db;
        this.cipher = cipher;
    }

    @Override
    public void put(CaseAttribute a) {
        db.inTransaction(() -> {
            TableSeals.changedRow(db, cipher, "case_attribute", putRow(a));
            return null;
        });
    }

    /** Adds or updates the row of {@code a}'s case and name; returns its id. */
    private String putRow(CaseAttribute a) {
        String id = db.queryOne("SELECT id FROM case_attribute WHERE case_id = ? AND name = ?", rs -> rs.getString(1),
                a.caseId(), a.name());
        if (id == null) {
            String newId = Ids.newId();
            int position = db.queryOne("SELECT coalesce(max(position), 0) + 1 FROM case_attribute WHERE case_id = ?",
                    rs -> rs.getInt(1), a.caseId());
            db.update("INSERT INTO case_attribute(id, case_id, name, sensitive, position, value_enc) VALUES (?,?,?,?,?,?)",
                    newId, a.caseId(), a.name(), a.sensitive() ? 1 : 0, position,
                    cipher.sealText("case_attribute", "value_enc", newId, a.value()));
            return newId;
        } else {
            db.update("UPDATE case_attribute SET sensitive = ?, value_enc = ? WHERE id = ?", a.sensitive() ? 1 : 0,
                    cipher.sealText("case_attribute", "value_enc", id, a.value()), id);
            return id;
        }
    }

    @Override
    public List<CaseAttribute> of(String caseId) {
        return db.query("SELECT id, case_id, name, sensitive, value_enc FROM case_attribute WHERE case_id = ? "
                + "ORDER BY position", this::map, caseId);
    }

    @Override
    public List<CaseAttribute> all() {
        return db.query("SELECT id, case_id, name, sensitive, value_enc FROM case_attribute ORDER BY case_id, position",
                this::map);
    }

    @Override
    public void delete(String caseId, String name) {
        db.inTransaction(() -> {
            List<String> ids = db.query("SELECT id FROM case_attribute WHERE case_id = ? AND name = ?",
                    rs -> rs.getString(1), caseId, name);
            db.update("DELETE FROM case_attribute WHERE case_id = ? AND name = ?", caseId, name);
            ids.forEach(id -> TableSeals.changedRow(db, cipher, "case_attribute", id));
            return null;
        });
    }

    @Override
    public void deleteCase(String caseId) {
        db.inTransaction(() -> {
            List<String> ids = db.query("SELECT id FROM case_attribute WHERE case_id = ?", rs -> rs.getString(1),
                    caseId);
            db.update("DELETE FROM case_attribute WHERE case_id = ?", caseId);
            ids.forEach(id -> TableSeals.changedRow(db, cipher, "case_attribute", id));
            return null;
        });
    }

    private CaseAttribute map(ResultSet rs) throws SQLException {
        return new CaseAttribute(rs.getString("case_id"), rs.getString("name"),
                cipher.openText("case_attribute", "value_enc", rs.getString("id"), rs.getBytes("value_enc")),
                rs.getInt("sensitive") == 1);
    }
}
