package org.campo.store;
import org.campo.model.Role;
import org.campo.model.Member;

import java.util.List;
import java.util.Optional;

/** Members of the study. */
public interface MemberRepository {
    void add(Member member);

    Optional<Member> findByUserName(String userName);

    Optional<Member> findById(String id);

    List<Member> all();

    void setRole(String memberId, Role role);

    void setActive(String memberId, boolean active);
}
