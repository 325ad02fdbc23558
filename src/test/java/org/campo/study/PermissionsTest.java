package org.campo.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.campo.common.AccessDeniedException;
import org.campo.model.Role;
import org.junit.jupiter.api.Test;

class PermissionsTest {

    @Test
    void coordinatorMayDoEverything() {
        assertThat(Permissions.of(Role.COORDINATOR)).isEqualTo(EnumSet.allOf(Capability.class));
    }

    @Test
    void irbNeverSeesResponsesExportsOrSensitiveFields() {
        assertThat(Permissions.of(Role.IRB)).doesNotContain(Capability.READ_RESPONSES, Capability.EXPORT_DATA,
                Capability.INCLUDE_SENSITIVE, Capability.COLLECT, Capability.MANAGE_MEMBERS);
        assertThat(Permissions.of(Role.IRB)).contains(Capability.READ_CONSENT, Capability.READ_AUDIT);
    }

    @Test
    void researcherCollectsButDoesNotManageMembersOrIncludeSensitiveFields() {
        assertThat(Permissions.of(Role.RESEARCHER)).contains(Capability.COLLECT, Capability.READ_RESPONSES,
                Capability.RECORD_CONSENT);
        assertThat(Permissions.of(Role.RESEARCHER)).doesNotContain(Capability.MANAGE_MEMBERS,
                Capability.INCLUDE_SENSITIVE);
    }

    @Test
    void requireRefusesWithAccessDenied() {
        assertThatThrownBy(() -> Permissions.require(Role.IRB, Capability.READ_RESPONSES))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.key()).isEqualTo("study.denied"));
        Permissions.require(Role.COORDINATOR, Capability.READ_RESPONSES);
    }

    @Test
    void returnedSetCannotChangeTheRules() {
        Permissions.of(Role.IRB).add(Capability.READ_RESPONSES);

        assertThat(Permissions.allows(Role.IRB, Capability.READ_RESPONSES)).isFalse();
    }
}
