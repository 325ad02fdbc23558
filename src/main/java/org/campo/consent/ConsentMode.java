package org.campo.consent;

import java.util.Locale;

/**
 * How consent was given. Verbal consent (common when a signature would itself identify or
 * endanger someone) needs the researcher's attestation; witnessed consent names the witness.
 */
public enum ConsentMode {
    VERBAL, WRITTEN, WITNESSED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ConsentMode fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
