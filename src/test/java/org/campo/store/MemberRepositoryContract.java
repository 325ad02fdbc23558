package org.campo.store;
import org.campo.model.Role;
import org.campo.model.Member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link MemberRepository} must do. */
abstract class MemberRepositoryContract {
    private static final Instant T = Instant.parse("2024-03-01T12:00:00Z");
    private MemberRepository repo;

    protected abstract MemberRepository createRepository();

    @BeforeEach
    void setUpRepository() {
        repo = createRepository();
    }

    private static Member member(String id, String user, Role role) {
        return new Member(id, user, role, T, true);
    }

    @Test
    void addedMemberIsFoundByUserNameAndById() {
        Member ana = member("m1", "ana", Role.COORDINATOR);
        repo.add(ana);

        assertThat(repo.findByUserName("ana")).contains(ana);
        assertThat(repo.findById("m1")).contains(ana);
    }

    @Test
    void unknownMemberIsEmpty() {
        assertThat(repo.findByUserName("nobody")).isEmpty();
        assertThat(repo.findById("nope")).isEmpty();
    }

    @Test
    void allIsOrderedByUserName() {
        repo.add(member("m1", "rosa", Role.RESEARCHER));
        repo.add(member("m2", "ana", Role.COORDINATOR));
        repo.add(member("m3", "luis", Role.IRB));

        assertThat(repo.all()).extracting(Member::userName).containsExactly("ana", "luis", "rosa");
    }

    @Test
    void duplicateUserNameIsRefused() {
        repo.add(member("m1", "ana", Role.COORDINATOR));

        assertThatThrownBy(() -> repo.add(member("m2", "ana", Role.RESEARCHER)))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.key()).isEqualTo("store.duplicateMember"));
        assertThat(repo.all()).hasSize(1);
    }

    @Test
    void setRoleChangesTheRole() {
        repo.add(member("m1", "ana", Role.RESEARCHER));

        repo.setRole("m1", Role.COORDINATOR);

        assertThat(repo.findById("m1")).hasValueSatisfying(m -> assertThat(m.role()).isEqualTo(Role.COORDINATOR));
    }

    @Test
    void setActiveDeactivatesAndReactivates() {
        repo.add(member("m1", "ana", Role.RESEARCHER));

        repo.setActive("m1", false);
        assertThat(repo.findById("m1")).hasValueSatisfying(m -> assertThat(m.active()).isFalse());

        repo.setActive("m1", true);
        assertThat(repo.findById("m1")).hasValueSatisfying(m -> assertThat(m.active()).isTrue());
    }
}
