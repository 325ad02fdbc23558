package org.campo.store;
import org.campo.model.Tombstone;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * The tombstone table in SQLite. Rows are only ever added: export and merge code lists them to carry
 * the deletions along, so a withdrawn person's data cannot come back from another laptop.
 */
public final class SqliteTombstoneRepository implements TombstoneRepository {
    private final Database db;
    private final org.campo.crypto.FieldCipher cipher;

    public SqliteTombstoneRepository(Database db, org.campo.crypto.FieldCipher cipher) {
        this.db = db;
        this.cipher = cipher;
    }

    /** Adds a tombstone; adding the same id twice keeps the first one. */
    @Override
    public void add(Tombstone t) {
        db.inTransaction(() -> {
            if (db.update("INSERT OR IGNORE INTO tombstone(id, kind, deleted_at, reason) VALUES (?,?,?,?)",
                    t.id(), t.kind(), t.deletedAt().toString(), t.reason()) == 1) {
                TableSeals.refresh(db, cipher, "tombstone"); // see TableSeals: a deleted tombstone is found
            }
            return null;
        });
    }

    @Override
    public List<Tombstone> all() {
        return db.query("SELECT id, kind, deleted_at, reason FROM tombstone ORDER BY deleted_at, id",
                rs -> new Tombstone(rs.getString(1), rs.getString(2), Instant.parse(rs.getString(3)), rs.getString(4)));
    }

    /** Streams every tombstone, for exports of large studies. */
    @Override
    public void forEach(Consumer<Tombstone> consumer) {
        db.forEach("SELECT id, kind, deleted_at, reason FROM tombstone ORDER BY deleted_at, id",
                rs -> consumer.accept(new Tombstone(rs.getString(1), rs.getString(2), Instant.parse(rs.getString(3)),
                        rs.getString(4))));
    }

    @Override
    public boolean contains(String id) {
        return db.queryOne("SELECT count(*) FROM tombstone WHERE id = ?", rs -> rs.getInt(1), id) > 0;
    }

    @Override
    public long count() {
        return db.queryOne("SELECT count(*) FROM tombstone", rs -> rs.getLong(1));
    }
}
