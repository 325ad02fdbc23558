package org.campo.export.dataset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.campo.form.runtime.FieldKind;
import org.campo.form.runtime.FieldSchema;

/**
 * Turns the values of one instance row into the cells of a table row.
 *
 * <p>This runs for every cell of every exported row (millions in a 100,000-submission export),
 * so it avoids per-cell work that does not depend on the row: whitespace splitting uses one
 * compiled pattern, a 0/1 choice column scans the answer for the choice instead of building a
 * set, and choice labels are looked up in a map built once per field.
 */
final class RowBuilder {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final boolean labels;
    private final String language;
    /** Label by choice value, per field (identity: the layout's schema objects), built on first use. */
    private final Map<FieldSchema, Map<String, String>> choiceLabels = new IdentityHashMap<>();

    RowBuilder(boolean labels, String language) {
        this.labels = labels;
        this.language = language;
    }

    List<String> cells(DatasetTable table, Map<String, String> values, Map<String, String> system) {
        List<String> out = new ArrayList<>(table.columns().size());
        for (Column c : table.columns()) {
            if (c.field() == null) {
                out.add(system.getOrDefault(c.header(), ""));
            } else if (c.choice() != null) {
                String v = values.get(c.field().path());
                out.add(v == null || v.isEmpty() ? "" : selected(v, c.choice()) ? "1" : "0");
            } else {
                out.add(render(c.field(), values.get(c.field().path())));
            }
        }
        return out;
    }

    private String render(FieldSchema f, String value) {
        if (value == null || !labels) {
            return value == null ? "" : value;
        }
        if (f.kind() == FieldKind.SELECT_ONE) {
            return label(f, value);
        }
        if (f.kind() == FieldKind.SELECT_MULTIPLE) {
            List<String> parts = new ArrayList<>();
            for (String v : WHITESPACE.split(value.trim())) {
                if (!v.isEmpty()) {
                    parts.add(label(f, v));
                }
            }
            return String.join("; ", parts);
        }
        return value;
    }

    private String label(FieldSchema f, String value) {
        Map<String, String> byValue = choiceLabels.computeIfAbsent(f, field -> {
            Map<String, String> m = new HashMap<>();
            for (FieldSchema.ChoiceSchema c : field.choices()) {
                m.putIfAbsent(c.value(), c.label(language)); // the first choice with a value wins
            }
            return m;
        });
        return byValue.getOrDefault(value, value);
    }

    /**
     * Whether {@code choice} is one of the whitespace-separated values of a select_multiple
     * answer (same result as splitting on {@code \s+}, without allocating the parts).
     */
    static boolean selected(String value, String choice) {
        int n = value.length();
        int len = choice.length();
        int i = 0;
        while (i < n) {
            while (i < n && isSpace(value.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !isSpace(value.charAt(i))) {
                i++;
            }
            if (i - start == len && i > start && value.regionMatches(start, choice, 0, len)) {
                return true;
            }
        }
        return false;
    }

    /** The characters of regex {@code \s}. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
