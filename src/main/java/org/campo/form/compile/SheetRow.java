package org.campo.form.compile;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One data row of a sheet: its 1-based row number in the workbook (so messages can point at
 * it) and its non-blank cells keyed by the column header as written.
 */
record SheetRow(int number, Map<String, String> cells) {

    SheetRow {
        cells = Collections.unmodifiableMap(new LinkedHashMap<>(cells));
    }

    /** The trimmed cell under {@code header}, or empty. */
    String get(String header) {
        String v = cells.get(header);
        return v == null ? "" : v;
    }

    boolean isBlank() {
        return cells.values().stream().allMatch(String::isBlank);
    }
}
