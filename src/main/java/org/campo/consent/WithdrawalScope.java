package org.campo.consent;

import java.util.Locale;

/** What happens to a withdrawing participant's data. */
public enum WithdrawalScope {
    /** Delete every submission, attachment and attribute; leave tombstones for exports and merges. */
    DESTROY,
    /** Keep what was collected before the withdrawal; collect nothing more. */
    KEEP;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static WithdrawalScope fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
