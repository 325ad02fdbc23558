package org.campo.store;
import org.campo.model.FormVersion;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.campo.crypto.FieldCipher;

/** Form versions: id, form id, version and hash clear; title, workbook and XForm encrypted. */
public final class SqliteFormRepository implements FormRepository {
    private static final String COLUMNS = "id, form_id, version, sha256, imported_at, title_enc, xlsform_enc, xform_enc";
    private final Database db;
    private final FieldCipher cipher;

    public SqliteFormRepository(Database db, FieldCipher cipher) {
        this.db = db;
        this.cipher = cipher;
    }

    @Override
    public void add(FormVersion f) {
        if (find(f.formId(), f.version()).isPresent()) {
            throw new StoreException("store.duplicateFormVersion", f.formId(), f.version());
        }
        db.update("INSERT INTO form(" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?)",
                f.id(), f.formId(), f.version(), f.sha256(), Timestamps.format(f.importedAt()),
                cipher.sealText("form", "title_enc", f.id(), f.title()),
                cipher.seal("form", "xlsform_enc", f.id(), f.xlsform()),
                cipher.sealText("form", "xform_enc", f.id(), f.xform()));
    }

    @Override
    public Optional<FormVersion> findById(String id) {
        return Optional.ofNullable(db.queryOne("SELECT " + COLUMNS + " FROM form WHERE id = ?", this::map, id));
    }

    @Override
    public Optional<FormVersion> find(String formId, String version) {
        return Optional.ofNullable(db.queryOne("SELECT " + COLUMNS + " FROM form WHERE form_id = ? AND version = ?",
                this::map, formId, version));
    }

    @Override
    public List<FormVersion> latestVersions() {
        return db.query("SELECT " + COLUMNS + " FROM form f WHERE imported_at = "
                + "(SELECT max(imported_at) FROM form g WHERE g.form_id = f.form_id) ORDER BY form_id", this::map);
    }

    @Override
    public List<FormVersion> versionsOf(String formId) {
        return db.query("SELECT " + COLUMNS + " FROM form WHERE form_id = ? ORDER BY imported_at", this::map, formId);
    }

    private FormVersion map(ResultSet rs) throws SQLException {
        String id = rs.getString("id");
        return new FormVersion(id, rs.getString("form_id"), rs.getString("version"), rs.getString("sha256"),
                cipher.openText("form", "title_enc", id, rs.getBytes("title_enc")),
                cipher.open("form", "xlsform_enc", id, rs.getBytes("xlsform_enc")),
                cipher.openText("form", "xform_enc", id, rs.getBytes("xform_enc")),
                Instant.parse(rs.getString("imported_at")));
    }
}
