package org.campo.store;
import org.campo.model.Role;
import org.campo.model.Member;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.campo.crypto.FieldCipher;
import org.campo.crypto.NameTag;

/**
 * Members in the study file. The login name is needed before unlock (to find the member's key
 * slot), so the clear {@code user_name} column holds only its salted tag ({@link NameTag}, salt
 * per study in setting {@code member.nameSalt}); the name itself is sealed to the row in
 * {@code name_enc}. Before unlock a member is found by the name typed, never listed by name.
 * Rows from before sealed names (clear {@code user_name}, no {@code name_enc}) are read as they
 * are until the unlock that converts them.
 */
public final class SqliteMemberRepository implements MemberRepository {
    static final String SALT = "member.nameSalt";
    private final Database db;
    private final FieldCipher cipher;
    private byte[] salt;

    /** Before unlock: members can be found by the name typed, their names are not readable. */
    public SqliteMemberRepository(Database db) {
        this(db, null);
    }

    public SqliteMemberRepository(Database db, FieldCipher cipher) {
        this.db = db;
        this.cipher = cipher;
    }

    @Override
    public void add(Member m) {
        if (cipher == null) {
            throw new IllegalStateException("adding a member needs the data key");
        }
        if (findByUserName(m.userName()).isPresent()) {
            throw new StoreException("store.duplicateMember", m.userName());
        }
        db.update("INSERT INTO member(id, user_name, role, created_at, active, name_enc) VALUES (?,?,?,?,?,?)",
                m.id(), tag(m.userName()), m.role().code(), m.createdAt().toString(), m.active() ? 1 : 0,
                sealName(cipher, m.id(), m.userName()));
    }

    @Override
    public Optional<Member> findByUserName(String userName) {
        if (userName == null) {
            return Optional.empty();
        }
        Optional<Member> found = Optional.ofNullable(db.queryOne("SELECT * FROM member WHERE user_name = ? "
                + "OR (user_name = ? AND name_enc IS NULL)", this::map, tag(userName), userName));
        // before unlock the sealed name cannot be read, but it is the one just typed
        return found.map(m -> m.userName() != null ? m
                : new Member(m.id(), userName, m.role(), m.createdAt(), m.active()));
    }

    @Override
    public Optional<Member> findById(String id) {
        return Optional.ofNullable(db.queryOne("SELECT * FROM member WHERE id = ?", this::map, id));
    }

    /** Every member, by name; before unlock, names of converted rows are null. */
    @Override
    public List<Member> all() {
        List<Member> rows = new ArrayList<>(db.query("SELECT * FROM member", this::map));
        rows.sort(Comparator.comparing(Member::userName, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Member::id));
        return rows;
    }

    @Override
    public void setRole(String memberId, Role role) {
        db.update("UPDATE member SET role = ? WHERE id = ?", role.code(), memberId);
    }

    @Override
    public void setActive(String memberId, boolean active) {
        db.update("UPDATE member SET active = ? WHERE id = ?", active ? 1 : 0, memberId);
    }

    /** The tag the {@code user_name} column holds for {@code userName} in this study. */
    String tag(String userName) {
        if (salt == null) {
            String hex = db.queryOne("SELECT value FROM setting WHERE name = ?", rs -> rs.getString(1), SALT);
            if (hex == null) {
                throw new StoreException("store.keySlotDamaged", SALT);
            }
            salt = HexFormat.of().parseHex(hex);
        }
        return NameTag.of(userName, salt);
    }

    static byte[] sealName(FieldCipher cipher, String id, String userName) {
        return cipher.sealText("member", "name_enc", id, userName);
    }

    private Member map(ResultSet rs) throws SQLException {
        String id = rs.getString("id");
        byte[] sealed = rs.getBytes("name_enc");
        String name = sealed == null ? rs.getString("user_name")
                : cipher == null ? null : cipher.openText("member", "name_enc", id, sealed);
        return new Member(id, name, Role.fromCode(rs.getString("role")),
                java.time.Instant.parse(rs.getString("created_at")), rs.getInt("active") == 1);
    }
}
