package org.campo.store;
import org.campo.model.FormVersion;

import java.nio.file.Path;
import org.campo.crypto.DataKey;

/** A fresh study file (schema only, no study row) with a real data key, for repository tests. */
final class SqliteFixture implements AutoCloseable {
    final Database db;
    final DataKey key;

    SqliteFixture(Path dir) {
        this.db = Database.open(dir.resolve("test.campo"), true);
        this.key = DataKey.generate();
    }

    /** Inserts a form version so that submissions can refer to it (foreign key). */
    String newForm(String formId) {
        String id = org.campo.common.Ids.newId();
        new SqliteFormRepository(db, key).add(new FormVersion(id, formId, "v-" + id, "0".repeat(64), formId,
                null, "<h:html/>", java.time.Instant.parse("2024-01-01T00:00:00Z")));
        return id;
    }

    /** Inserts a participant so that submissions can refer to it (foreign key). */
    String newParticipant(String code) {
        String id = org.campo.common.Ids.newId();
        db.update("INSERT INTO participant(id, code, created_at) VALUES (?,?,?)", id, code, "2024-01-01T00:00:00Z");
        return id;
    }

    @Override
    public void close() {
        db.close();
    }
}
