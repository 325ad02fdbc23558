package org.campo.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.campo.crypto.FieldCipher;
import org.campo.model.Code;

/**
 * The codebook in SQLite: parent, colour and codability in clear (to draw the tree); the name
 * and, packed in one sealed field, definition, inclusion and exclusion criteria and example.
 * Each change rewrites only that code's line of the table's authenticated record
 * ({@link TableSeals}); deleting a code rewrites the codings' record from every coding.
 */
public final class SqliteCodeRepository implements CodeRepository {
    private static final String COLUMNS = "id, parent_id, color, codable, created_at, name_enc, details_enc";
    private final Database db;
    private final FieldCipher cipher;

    public SqliteCodeRepository(Database db, FieldCipher cipher) {
        this.db = db;
        this.cipher = cipher;
    }

    @Override
    public void add(Code c) {
        TableSeals.changingRow(db, cipher, () -> db.update("INSERT INTO code(" + COLUMNS + ") VALUES (?,?,?,?,?,?,?)", c.id(), c.parentId(), c.color(),
                c.codable() ? 1 : 0, c.createdAt().toString(), cipher.sealText("code", "name_enc", c.id(), c.name()),
                details(c)), "code", c.id());
    }

    @Override
    public void update(Code c) {
        TableSeals.changingRow(db, cipher, () -> db.update("UPDATE code SET parent_id = ?, color = ?, codable = ?, name_enc = ?, details_enc = ? WHERE id = ?",
                c.parentId(), c.color(), c.codable() ? 1 : 0, cipher.sealText("code", "name_enc", c.id(), c.name()),
                details(c), c.id()), "code", c.id());
    }

    @Override
    public Optional<Code> findById(String id) {
        return Optional.ofNullable(db.queryOne("SELECT " + COLUMNS + " FROM code WHERE id = ?", this::map, id));
    }

    @Override
    public List<Code> all() {
        return Codebooks.treeOrder(db.query("SELECT " + COLUMNS + " FROM code ORDER BY created_at, id", this::map));
    }

    @Override
    public void delete(String id) {
        db.inTransaction(() -> {
            db.update("DELETE FROM code WHERE id = ?", id);
            TableSeals.changedRow(db, cipher, "code", id);
            TableSeals.touch(db, cipher, "coding"); // its codings went with it (cascade): a bulk change
            return null;
        });
    }

    private byte[] details(Code c) {
        return cipher.sealText("code", "details_enc", c.id(),
                Fields.join(c.definition(), c.inclusion(), c.exclusion(), c.example()));
    }

    private Code map(ResultSet rs) throws SQLException {
        String id = rs.getString("id");
        List<String> d = new ArrayList<>(Fields.split(cipher.openText("code", "details_enc", id,
                rs.getBytes("details_enc"))));
        while (d.size() < 4) {
            d.add(null);
        }
        return new Code(id, rs.getString("parent_id"), cipher.openText("code", "name_enc", id, rs.getBytes("name_enc")),
                d.get(0), d.get(1), d.get(2), d.get(3), rs.getString("color"), rs.getInt("codable") == 1,
                Instant.parse(rs.getString("created_at")));
    }
}
