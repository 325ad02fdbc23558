package org.campo.store.memory;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.campo.model.Member;
import org.campo.store.MemberRepository;
import org.campo.model.Role;
import org.campo.store.StoreException;

/** Members in memory: for view-model tests and the contract suite. */
public final class InMemoryMemberRepository implements MemberRepository {
    private final Map<String, Member> byId = new ConcurrentHashMap<>();

    @Override
    public void add(Member member) {
        if (findByUserName(member.userName()).isPresent()) {
            throw new StoreException("store.duplicateMember", member.userName());
        }
        byId.put(member.id(), member);
    }

    @Override
    public Optional<Member> findByUserName(String userName) {
        return byId.values().stream().filter(m -> m.userName().equals(userName)).findFirst();
    }

    @Override
    public Optional<Member> findById(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public List<Member> all() {
        return byId.values().stream().sorted(Comparator.comparing(Member::userName)).toList();
    }

    @Override
    public void setRole(String memberId, Role role) {
        byId.computeIfPresent(memberId, (k, m) -> new Member(m.id(), m.userName(), role, m.createdAt(), m.active()));
    }

    @Override
    public void setActive(String memberId, boolean active) {
        byId.computeIfPresent(memberId, (k, m) -> new Member(m.id(), m.userName(), m.role(), m.createdAt(), active));
    }
}
