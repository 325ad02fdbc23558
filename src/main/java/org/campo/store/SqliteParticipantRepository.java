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
 * Participants: the pseudonymous code in clear (to list and join), every attribute (gender
 * identity, sexual orientation, age band, migratory status...) in one field sealed to the row.
 */
public final class SqliteParticipantRepository implements ParticipantRepository {
    private static final String CLEAR = "id, code, created_at, withdrawn";
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
        db.update("INSERT INTO participant(id, code, attributes_enc, created_at, withdrawn) VALUES (?,?,?,?,?)",
                p.id(), p.code(), seal(p.id(), attributes), p.createdAt().toString(), p.withdrawn() ? 1 : 0);
    }

    @Override
    public Optional<ParticipantRow> findById(String id) {
        return Optional.ofNullable(db.queryOne("SELECT " + CLEAR + " FROM participant WHERE id = ?",
                SqliteParticipantRepository::map, id));
    }

    @Override
    public Optional<ParticipantRow> findByCode(String code) {
        return Optional.ofNullable(db.queryOne("SELECT " + CLEAR + " FROM participant WHERE code = ?",
                SqliteParticipantRepository::map, code));
    }

    @Override
    public List<ParticipantRow> all() {
        return db.query("SELECT " + CLEAR + " FROM participant ORDER BY code", SqliteParticipantRepository::map);
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

    private static ParticipantRow map(ResultSet rs) throws SQLException {
        return new ParticipantRow(rs.getString("id"), rs.getString("code"), Instant.parse(rs.getString("created_at")),
                rs.getInt("withdrawn") == 1);
    }
}
