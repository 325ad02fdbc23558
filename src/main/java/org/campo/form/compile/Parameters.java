package org.campo.form.compile;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Parses the {@code parameters} column ({@code start=1 end=10 step=1}, also separated by
 * commas or semicolons, as authors write it both ways).
 */
final class Parameters {

    private Parameters() {
    }

    /** Parsed pairs in order; {@code null} when a token has no {@code =}. */
    static Map<String, String> parse(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        String normalised = text.replaceAll("\\s*=\\s*", "=").strip();
        for (String token : normalised.split("[\\s,;]+")) {
            if (token.isEmpty()) {
                continue;
            }
            int eq = token.indexOf('=');
            if (eq <= 0) {
                return null;
            }
            out.put(token.substring(0, eq).toLowerCase(java.util.Locale.ROOT), token.substring(eq + 1));
        }
        return out;
    }
}
