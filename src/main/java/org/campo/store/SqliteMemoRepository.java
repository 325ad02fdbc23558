package org.campo.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.campo.crypto.FieldCipher;
import org.campo.model.Memo;
import org.campo.model.MemoTarget;

/**
 * Memos in SQLite: target, author and times in clear; title and text sealed to the row. Each
 * change rewrites only that memo's line of the table's authenticated record ({@link TableSeals}).
 */
public final class SqliteMemoRepository implements MemoRepository {
    private static final String COLUMNS = "id, target, target_id, author_id, created_at, updated_at, title_enc, text_enc";
    private final Database db;
    private final FieldCipher cipher;

    public SqliteMemoRepository(Database db, FieldCipher cipher) {
        this.db = db;
        this.cipher = cipher;
    }

    @Override
    public void add(Memo m) {
        TableSeals.changingRow(db, cipher, () -> db.update("INSERT INTO memo(" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?)", m.id(), code(m.target()), m.targetId(),
                m.authorId(), m.createdAt().toString(), m.updatedAt().toString(),
                cipher.sealText("memo", "title_enc", m.id(), m.title()),
                cipher.sealText("memo", "text_enc", m.id(), m.text())), "memo", m.id());
    }

    @Override
    public void update(Memo m) {
        TableSeals.changingRow(db, cipher, () -> db.update("UPDATE memo SET updated_at = ?, title_enc = ?, text_enc = ? WHERE id = ?", m.updatedAt().toString(),
                cipher.sealText("memo", "title_enc", m.id(), m.title()),
                cipher.sealText("memo", "text_enc", m.id(), m.text()), m.id()), "memo", m.id());
    }

    @Override
    public Optional<Memo> findById(String id) {
        return Optional.ofNullable(db.queryOne("SELECT " + COLUMNS + " FROM memo WHERE id = ?", this::map, id));
    }

    @Override
    public List<Memo> of(MemoTarget target, String targetId) {
        if (targetId == null) {
            return db.query("SELECT " + COLUMNS + " FROM memo WHERE target = ? AND target_id IS NULL "
                    + "ORDER BY created_at, id", this::map, code(target));
        }
        return db.query("SELECT " + COLUMNS + " FROM memo WHERE target = ? AND target_id = ? ORDER BY created_at, id",
                this::map, code(target), targetId);
    }

    @Override
    public List<Memo> all() {
        return db.query("SELECT " + COLUMNS + " FROM memo ORDER BY created_at, id", this::map);
    }

    @Override
    public void delete(String id) {
        TableSeals.changingRow(db, cipher, () -> db.update("DELETE FROM memo WHERE id = ?", id), "memo", id);
    }

    static String code(MemoTarget t) {
        return t.name().toLowerCase(java.util.Locale.ROOT);
    }

    private Memo map(ResultSet rs) throws SQLException {
        String id = rs.getString("id");
        return new Memo(id, MemoTarget.valueOf(rs.getString("target").toUpperCase(java.util.Locale.ROOT)),
                rs.getString("target_id"), cipher.openText("memo", "title_enc", id, rs.getBytes("title_enc")),
                cipher.openText("memo", "text_enc", id, rs.getBytes("text_enc")), rs.getString("author_id"),
                Instant.parse(rs.getString("created_at")), Instant.parse(rs.getString("updated_at")));
    }
}
