package org.campo.consent;

import java.time.Instant;
import java.util.Set;

/**
 * One version of a consent text in one language. Never edited: a changed text is a new
 * version, so what a participant heard can always be shown, byte for byte ({@code sha256}).
 */
public record ConsentScript(String id, String key, int version, String language, String title, String body,
                            String sha256, Set<ConsentPermission> asks, Instant createdAt) {
    public ConsentScript {
        asks = Set.copyOf(asks);
    }

    /** A short label for lists and reports, e.g. {@code lgbtqi-ki v2 (es)}. */
    public String label() {
        return key + " v" + version + " (" + language + ")";
    }
}
