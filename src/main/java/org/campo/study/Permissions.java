package org.campo.study;

import java.util.EnumSet;
import java.util.Set;
import org.campo.common.AccessDeniedException;
import org.campo.model.Role;

/**
 * Role rules, checked by services (not only by hiding buttons), so that a member with the
 * IRB role cannot read a response through any screen, command or export.
 */
public final class Permissions {
    private Permissions() {
    }

    public static Set<Capability> of(Role role) {
        switch (role) {
            case COORDINATOR:
                return EnumSet.allOf(Capability.class);
            case RESEARCHER:
                return EnumSet.of(Capability.COLLECT, Capability.READ_RESPONSES, Capability.MANAGE_SITES,
                        Capability.READ_CONSENT, Capability.RECORD_CONSENT, Capability.MANAGE_FORMS,
                        Capability.EXPORT_DATA);
            case IRB:
                return EnumSet.of(Capability.READ_CONSENT, Capability.READ_AUDIT);
            default:
                throw new IllegalArgumentException(role.toString());
        }
    }

    public static boolean allows(Role role, Capability capability) {
        return of(role).contains(capability);
    }

    public static void require(Role role, Capability capability) {
        if (!allows(role, capability)) {
            throw new AccessDeniedException("study.denied", capability.name(), role.code());
        }
    }
}
