package org.campo.consent;

import java.util.Locale;

/**
 * What a consent script can ask for. Each is granted or refused separately, because people
 * commonly agree to an interview but not to a recording or to being quoted. Codes are stored.
 */
public enum ConsentPermission {
    /** Taking part at all; without it no interview can start. Every script asks for it. */
    PARTICIPATE,
    AUDIO_RECORDING,
    DIRECT_QUOTATION,
    FUTURE_CONTACT,
    DATA_SHARING;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ConsentPermission fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
