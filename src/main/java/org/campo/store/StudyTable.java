package org.campo.store;
import org.campo.model.StudyRecord;

import java.time.Instant;
import org.campo.crypto.FieldCipher;
import java.util.Optional;

/** The one-row study table and the per-study settings table. */
public final class StudyTable implements SettingsRepository {
    private final Database db;
    private final FieldCipher cipher;

    /** The study table without the key: enough before unlock; sealed settings refuse. */
    public StudyTable(Database db) {
        this(db, null);
    }

    public StudyTable(Database db, FieldCipher cipher) {
        this.db = db;
        this.cipher = cipher;
    }

    public void create(StudyRecord study) {
        db.update("INSERT INTO study(id, name, created_at) VALUES (?,?,?)",
                study.id(), study.name(), study.createdAt().toString());
    }

    public StudyRecord get() {
        StudyRecord r = db.queryOne("SELECT id, name, created_at FROM study", rs -> new StudyRecord(
                rs.getString(1), rs.getString(2), Instant.parse(rs.getString(3))));
        if (r == null) {
            throw new StoreException("store.notAStudy", db.file().toString());
        }
        return r;
    }

    @Override
    public Optional<String> setting(String name) {
        return Optional.ofNullable(db.queryOne("SELECT value FROM setting WHERE name = ?", rs -> rs.getString(1), name));
    }

    @Override
    public void setSetting(String name, String value) {
        db.update("INSERT INTO setting(name, value) VALUES (?,?) ON CONFLICT(name) DO UPDATE SET value = excluded.value",
                name, value);
    }

    @Override
    public Optional<String> sealedSetting(String name) {
        return setting(name).map(v -> requireCipher().openText("setting", "value", name,
                java.util.Base64.getDecoder().decode(v)));
    }

    @Override
    public void setSealedSetting(String name, String value) {
        setSetting(name, java.util.Base64.getEncoder().encodeToString(
                requireCipher().sealText("setting", "value", name, value)));
    }

    private FieldCipher requireCipher() {
        if (cipher == null) {
            throw new IllegalStateException("sealed settings need the data key");
        }
        return cipher;
    }
}
