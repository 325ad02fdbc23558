package org.campo.ui.forms;

import java.util.Arrays;
import java.util.Locale;
import org.campo.form.runtime.Prompt;

/** Reads XForm appearance attributes, which may hold several space-separated words. */
final class Appearances {
    private Appearances() {
    }

    static boolean has(Prompt prompt, String word) {
        String appearance = prompt.appearance();
        if (appearance == null || appearance.isBlank()) {
            return false;
        }
        return Arrays.stream(appearance.toLowerCase(Locale.ROOT).split("\\s+"))
                .anyMatch(w -> w.equals(word) || w.startsWith(word + "("));
    }
}
