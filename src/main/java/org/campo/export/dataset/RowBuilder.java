package org.campo.export.dataset;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.campo.form.runtime.FieldKind;
import org.campo.form.runtime.FieldSchema;

/** Turns the values of one instance row into the cells of a table row. */
final class RowBuilder {
    private final boolean labels;
    private final String language;

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
                out.add(v == null || v.isEmpty() ? "" : selected(v).contains(c.choice()) ? "1" : "0");
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
            for (String v : value.trim().split("\\s+")) {
                if (!v.isEmpty()) {
                    parts.add(label(f, v));
                }
            }
            return String.join("; ", parts);
        }
        return value;
    }

    private String label(FieldSchema f, String value) {
        return f.choices().stream().filter(c -> c.value().equals(value)).findFirst()
                .map(c -> c.label(language)).orElse(value);
    }

    private static Set<String> selected(String value) {
        return new HashSet<>(List.of(value.trim().split("\\s+")));
    }
}
