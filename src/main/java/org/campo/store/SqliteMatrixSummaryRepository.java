package org.campo.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.campo.crypto.FieldCipher;
import org.campo.model.MatrixSummary;

/** Matrix summaries in SQLite: code, author and time in clear; the group and the text sealed to the row. */
public final class SqliteMatrixSummaryRepository implements MatrixSummaryRepository {
    private static final String COLUMNS = "id, code_id, author_id, updated_at, cell_enc, text_enc";
    private final Database db;
    private final FieldCipher cipher;

    public SqliteMatrixSummaryRepository(Database db, FieldCipher cipher) {
        this.db = db;
        this.cipher = cipher;
    }

    @Override
    public void put(MatrixSummary s) {
        db.update("INSERT INTO matrix_summary(" + COLUMNS + ") VALUES (?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET "
                        + "code_id = excluded.code_id, author_id = excluded.author_id, updated_at = excluded.updated_at, "
                        + "cell_enc = excluded.cell_enc, text_enc = excluded.text_enc",
                s.id(), s.codeId(), s.authorId(), s.updatedAt().toString(),
                cipher.sealText("matrix_summary", "cell_enc", s.id(), s.columnKey()),
                cipher.sealText("matrix_summary", "text_enc", s.id(), s.text()));
    }

    @Override
    public List<MatrixSummary> all() {
        return db.query("SELECT " + COLUMNS + " FROM matrix_summary ORDER BY updated_at, id", this::map);
    }

    @Override
    public void delete(String id) {
        db.update("DELETE FROM matrix_summary WHERE id = ?", id);
    }

    private MatrixSummary map(ResultSet rs) throws SQLException {
        String id = rs.getString("id");
        return new MatrixSummary(id, rs.getString("code_id"),
                cipher.openText("matrix_summary", "cell_enc", id, rs.getBytes("cell_enc")),
                cipher.openText("matrix_summary", "text_enc", id, rs.getBytes("text_enc")),
                rs.getString("author_id"), Instant.parse(rs.getString("updated_at")));
    }
}
