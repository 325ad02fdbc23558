package org.campo.store;
import org.campo.model.ParticipantRow;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.campo.crypto.FieldCipher;

/**
 * Participants: the pseudonymous code sealed to the row ({@code code_enc}) with only its keyed
 * hash in the clear {@code code} column (unique, and how a code is looked up), and every
 * attribute (gender identity, sexual orientation, age band, migratory status...) in one field
 * sealed to the row. Rows from before sealed codes (clear {@code code}, no {@code code_enc}) are
 * read as they are until the unlock that converts them.
 */
public final class SqliteParticipantRepository implements ParticipantRepository {
    private static final String CLEAR = "id, code, code_enc, created_at, withdrawn";
    static final String CODE_HASH = "participant-code";
    private final Database db;
    private final FieldCipher cipher;

    public SqliteParticipantRepository(Database db, FieldCipher cipher) {
        this.db = db;
        this.cipher = cipher;
    }

    /** Adds a participant; a code already in use is refused with {@code store.duplicateParticipant}. */
    @Override
    public void add(ParticipantRow p, Map<String, String> attributes) {
        if (findByCode(p.code()).isPresent()) {
            throw new StoreException("store.duplicateParticipant", p.code());
        }
        db.update("INSERT INTO participant(id, code, code_enc, attributes_enc, created_at, withdrawn) VALUES (?,?,?,?,?,?)",
                p.id(), codeHash(cipher, p.code()), sealCode(cipher, p.id(), p.code()), seal(p.id(), attributes),
                p.createdAt().toString(), p.withdrawn() ? 1 : 0);
    }

    @Override
    public Optional<ParticipantRow> findById(String id) {
        return Optional.ofNullable(db.queryOne("SELECT " + CLEAR + " FROM participant WHERE id = ?",
                this::map, id));
    }

    @Override
    public Optional<ParticipantRow> findByCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        // the keyed hash, or the clear code of a row not yet converted
        Optional<ParticipantRow> found = Optional.ofNullable(db.queryOne("SELECT " + CLEAR + " FROM participant "
                + "WHERE code = ? OR (code = ? AND code_enc IS NULL)", this::map, codeHash(cipher, code), code));
        if (found.isPresent() && !found.get().code().equals(code)) {
            // a hash copied from another row behind Campo's back
            throw new DamagedValueException(null, "store.editedParticipant", "participant", found.get().id(), "code");
        }
        return found;
    }

    @Override
    public List<ParticipantRow> all() {
        List<ParticipantRow> rows = new ArrayList<>(db.query("SELECT " + CLEAR + " FROM participant", this::map));
        rows.sort(java.util.Comparator.comparing(ParticipantRow::code).thenComparing(ParticipantRow::id));
        return rows;
    }

    /** The decrypted attributes, in the order they were given; empty once erased. */
    @Override
    public Map<String, String> attributes(String id) {
        byte[] sealed = db.queryOne("SELECT attributes_enc FROM participant WHERE id = ?", rs -> rs.getBytes(1), id);
        Map<String, String> out = new LinkedHashMap<>();
        String packed = cipher.openText("participant", "attributes_enc", id, sealed);
        if (packed != null) {
            List<String> f = Fields.split(packed);
            for (int i = 0; i + 1 < f.size(); i += 2) {
                out.put(f.get(i), f.get(i + 1));
            }
        }
        return out;
    }

    @Override
    public void replaceAttributes(String id, Map<String, String> attributes) {
        db.update("UPDATE participant SET attributes_enc = ? WHERE id = ?", seal(id, attributes), id);
    }

    /** Overwrites the attributes with nothing (secure_delete zeroes the old cell) and marks the withdrawal. */
    @Override
    public void eraseAttributesAndMarkWithdrawn(String id) {
        db.update("UPDATE participant SET attributes_enc = NULL, withdrawn = 1 WHERE id = ?", id);
    }

    @Override
    public void markWithdrawn(String id) {
        db.update("UPDATE participant SET withdrawn = 1 WHERE id = ?", id);
    }

    @Override
    public long count() {
        return db.queryOne("SELECT count(*) FROM participant", rs -> rs.getLong(1));
    }

    private byte[] seal(String id, Map<String, String> attributes) {
        if (attributes == null || attributes.isEmpty()) {
            return null;
        }
        List<String> flat = new ArrayList<>();
        attributes.forEach((k, v) -> {
            flat.add(k);
            flat.add(v);
        });
        return cipher.sealText("participant", "attributes_enc", id, Fields.join(flat.toArray(String[]::new)));
    }

    static String codeHash(FieldCipher cipher, String code) {
        return cipher.keyedHash(CODE_HASH, code);
    }

    static byte[] sealCode(FieldCipher cipher, String id, String code) {
        return cipher.sealText("participant", "code_enc", id, code);
    }

    private ParticipantRow map(ResultSet rs) throws SQLException {
        String id = rs.getString("id");
        byte[] sealed = rs.getBytes("code_enc");
        String code = sealed == null ? rs.getString("code") : cipher.openText("participant", "code_enc", id, sealed);
        return new ParticipantRow(id, code, Instant.parse(rs.getString("created_at")), rs.getInt("withdrawn") == 1);
    }
}
