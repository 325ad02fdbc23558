package org.campo.model;

import java.util.Locale;

/** What a member may do; enforced by services (see {@code study.Permissions}). */
public enum Role {
    /** Collects data and sees the study's data on this laptop. */
    RESEARCHER,
    /** Everything a researcher can, plus members, exports and merges. */
    COORDINATOR,
    /** Consent records, consent scripts, the audit log and counts: never responses. */
    IRB;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
