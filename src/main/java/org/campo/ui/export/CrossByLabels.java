package org.campo.ui.export;

import org.campo.common.Messages;
import org.campo.form.runtime.FieldSchema;

/**
 * The texts of the Export screen's cross-by list: each question's label in the interface
 * language, cut with an ellipsis so the list fits a 1366-pixel screen (no toolkit needed).
 */
final class CrossByLabels {
    private CrossByLabels() {
    }

    /** The question's label in the interface language when the form has it (e.g. "Español (es)" for es). */
    static String inUiLanguage(FieldSchema field) {
        String code = Messages.locale().getLanguage();
        return field.labels().keySet().stream()
                .filter(k -> k.equalsIgnoreCase(code) || k.toLowerCase(java.util.Locale.ROOT).endsWith("(" + code + ")"))
                .findFirst().map(field::label).orElseGet(() -> field.label(null));
    }

    /** Labels longer than this many characters are cut with an ellipsis in the cross-by list. */
    static final int MAX_CHARS = 48;

    /** {@code text} cut at a word boundary to at most {@code max} characters, ending in an ellipsis. */
    static String shorten(String text, int max) {
        String t = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (t.length() <= max) {
            return t;
        }
        int cut = t.lastIndexOf(' ', max - 1);
        return t.substring(0, cut > max / 2 ? cut : max - 1).stripTrailing() + "…";
    }
}
