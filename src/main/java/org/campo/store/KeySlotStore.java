package org.campo.store;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.campo.crypto.KdfParameters;
import org.campo.crypto.WrappedKey;

/** Reads and writes key slots. Readable before unlocking: that is their purpose. */
public final class KeySlotStore {
    private final Database db;

    public KeySlotStore(Database db) {
        this.db = db;
    }

    public void add(KeySlotRecord slot) {
        WrappedKey w = slot.wrappedKey();
        db.update("INSERT INTO key_slot(id, kind, member_id, kdf, salt, wrapped_key, created_at) VALUES (?,?,?,?,?,?,?)",
                slot.id(), slot.kind().name().toLowerCase(Locale.ROOT), slot.memberId(), w.params().encode(),
                w.salt(), w.wrapped(), Instant.now().toString());
    }

    /** Replaces a member's passphrase slot (passphrase change). */
    public void replaceForMember(KeySlotRecord slot) {
        db.inTransaction(() -> {
            db.update("DELETE FROM key_slot WHERE kind = 'passphrase' AND member_id = ?", slot.memberId());
            add(slot);
            return null;
        });
    }

    public Optional<KeySlotRecord> forMember(String memberId) {
        return Optional.ofNullable(db.queryOne(
                "SELECT * FROM key_slot WHERE kind = 'passphrase' AND member_id = ?", KeySlotStore::map, memberId));
    }

    public List<KeySlotRecord> recoverySlots() {
        return db.query("SELECT * FROM key_slot WHERE kind = 'recovery'", KeySlotStore::map);
    }

    private static KeySlotRecord map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new KeySlotRecord(rs.getString("id"),
                KeySlotRecord.Kind.valueOf(rs.getString("kind").toUpperCase(Locale.ROOT)), rs.getString("member_id"),
                new WrappedKey(rs.getBytes("salt"), KdfParameters.decode(rs.getString("kdf")),
                        rs.getBytes("wrapped_key")));
    }
}
