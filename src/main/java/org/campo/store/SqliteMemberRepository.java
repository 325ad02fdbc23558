package org.campo.store;
import org.campo.model.Role;
import org.campo.model.Member;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Members in the study file (user names are clear: the unlock screen lists them). */
public final class SqliteMemberRepository implements MemberRepository {
    private final Database db;

    public SqliteMemberRepository(Database db) {
        this.db = db;
    }

    @Override
    public void add(Member m) {
        if (findByUserName(m.userName()).isPresent()) {
            throw new StoreException("store.duplicateMember", m.userName());
        }
        db.update("INSERT INTO member(id, user_name, role, created_at, active) VALUES (?,?,?,?,?)",
                m.id(), m.userName(), m.role().code(), m.createdAt().toString(), m.active() ? 1 : 0);
    }

    @Override
    public Optional<Member> findByUserName(String userName) {
        return Optional.ofNullable(db.queryOne("SELECT * FROM member WHERE user_name = ?", this::map, userName));
    }

    @Override
    public Optional<Member> findById(String id) {
        return Optional.ofNullable(db.queryOne("SELECT * FROM member WHERE id = ?", this::map, id));
    }

    @Override
    public List<Member> all() {
        return db.query("SELECT * FROM member ORDER BY user_name", this::map);
    }

    @Override
    public void setRole(String memberId, Role role) {
        db.update("UPDATE member SET role = ? WHERE id = ?", role.code(), memberId);
    }

    @Override
    public void setActive(String memberId, boolean active) {
        db.update("UPDATE member SET active = ? WHERE id = ?", active ? 1 : 0, memberId);
    }

    private Member map(ResultSet rs) throws SQLException {
        return new Member(rs.getString("id"), rs.getString("user_name"), Role.fromCode(rs.getString("role")),
                Instant.parse(rs.getString("created_at")), rs.getInt("active") == 1);
    }
}
