package org.campo.store;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.campo.crypto.Hashing;
import org.campo.crypto.KdfParameters;
import org.campo.crypto.WrappedKey;

/**
 * Reads and writes key slots. Readable before unlocking: that is their purpose. Each row carries
 * a digest of its own columns, so a damaged or edited slot (salt, parameters, wrapped key) is
 * reported as damaged instead of as a wrong passphrase, and {@code study check} finds it without
 * any key. (The digest is not a secret: it detects damage, while the wrapping's associated data
 * and the bounded KDF parameters keep an edited slot from doing harm.)
 */
public final class KeySlotStore {
    private final Database db;

    public KeySlotStore(Database db) {
        this.db = db;
    }

    public void add(KeySlotRecord slot) {
        WrappedKey w = slot.wrappedKey();
        String kind = slot.kind().name().toLowerCase(Locale.ROOT);
        String kdf = w.params().encode();
        db.update("INSERT INTO key_slot(id, kind, member_id, kdf, salt, wrapped_key, created_at, digest) "
                        + "VALUES (?,?,?,?,?,?,?,?)",
                slot.id(), kind, slot.memberId(), kdf, w.salt(), w.wrapped(), Instant.now().toString(),
                digest(slot.id(), kind, slot.memberId(), kdf, w.salt(), w.wrapped()));
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

    /** Members who have a passphrase slot here (on a laptop joined from a kit, only who joined). */
    public java.util.Set<String> memberIdsWithSlots() {
        return new java.util.HashSet<>(db.query("SELECT member_id FROM key_slot WHERE kind = 'passphrase'",
                rs -> rs.getString(1)));
    }

    public List<KeySlotRecord> recoverySlots() {
        return db.query("SELECT * FROM key_slot WHERE kind = 'recovery'", KeySlotStore::map);
    }

    /** The ids of slots whose stored digest does not match their columns, or whose parameters are refused. */
    public List<String> damaged() {
        return db.query("SELECT * FROM key_slot ORDER BY id", rs -> {
            try {
                map(rs);
                return null;
            } catch (StoreException e) {
                return rs.getString("id");
            }
        }).stream().filter(java.util.Objects::nonNull).toList();
    }

    /** Fills the digest of slots written before digests existed (run once, by the migration that adds them). */
    static void addMissingDigests(Database db) {
        db.query("SELECT id, kind, member_id, kdf, salt, wrapped_key FROM key_slot WHERE digest IS NULL",
                rs -> new Object[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBytes(5), rs.getBytes(6)})
                .forEach(r -> db.update("UPDATE key_slot SET digest = ? WHERE id = ?",
                        digest((String) r[0], (String) r[1], (String) r[2], (String) r[3], (byte[]) r[4],
                                (byte[]) r[5]), r[0]));
    }

    private static KeySlotRecord map(java.sql.ResultSet rs) throws java.sql.SQLException {
        String id = rs.getString("id");
        String kind = rs.getString("kind");
        String kdf = rs.getString("kdf");
        byte[] salt = rs.getBytes("salt");
        byte[] wrapped = rs.getBytes("wrapped_key");
        String stored = rs.getString("digest");
        if (stored == null || !stored.equals(digest(id, kind, rs.getString("member_id"), kdf, salt, wrapped))) {
            throw new StoreException("store.keySlotDamaged", id);
        }
        try {
            return new KeySlotRecord(id, KeySlotRecord.Kind.valueOf(kind.toUpperCase(Locale.ROOT)),
                    rs.getString("member_id"), new WrappedKey(salt, KdfParameters.decode(kdf), wrapped));
        } catch (IllegalArgumentException e) {
            throw new StoreException(e, "store.keySlotDamaged", id);
        }
    }

    private static String digest(String id, String kind, String memberId, String kdf, byte[] salt, byte[] wrapped) {
        String head = String.join("|", "campo/keyslot-digest/v1", id, kind, memberId == null ? "" : memberId, kdf) + "|";
        return Hashing.sha256Hex(head.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                salt == null ? new byte[0] : salt, "|".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                wrapped == null ? new byte[0] : wrapped);
    }
}
