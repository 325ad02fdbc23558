package org.campo.ui.forms;

import java.text.Normalizer;
import java.util.Locale;

/** Case- and accent-insensitive matching, so typing "junin" finds "Junín". */
final class Folding {
    private Folding() {
    }

    static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text.strip(), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
