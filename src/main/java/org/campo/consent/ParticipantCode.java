package org.campo.consent;

import java.util.regex.Pattern;
import org.campo.common.CampoException;

/**
 * Pseudonymous participant codes such as {@code KI-GOV-03} or {@code P-014}: a prefix of
 * capital letters and one to three dash-separated parts. The pattern leaves no room for a
 * name, which keeps codes safe to show in consent logs and to IRB reviewers.
 */
public final class ParticipantCode {
    static final Pattern PATTERN = Pattern.compile("[A-Z]{1,4}(-[A-Z0-9]{1,8}){1,3}");

    private ParticipantCode() {
    }

    public static boolean isValid(String code) {
        return code != null && PATTERN.matcher(code).matches();
    }

    /** The code, trimmed; refused with {@code consent.codeInvalid} when it does not match. */
    public static String require(String code) {
        String c = code == null ? null : code.trim();
        if (!isValid(c)) {
            throw new CampoException("consent.codeInvalid", code == null ? "" : code);
        }
        return c;
    }
}
