package org.campo.form.compile;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The sheets of one XLSForm, looked up case-insensitively because authors write
 * {@code Survey}, {@code choices} or {@code CHOICES} interchangeably.
 */
final class Workbook {
    private final String fileName;
    private final Map<String, Sheet> sheets = new LinkedHashMap<>();

    Workbook(String fileName, Collection<Sheet> sheets) {
        this.fileName = fileName == null ? "" : fileName;
        for (Sheet s : sheets) {
            this.sheets.putIfAbsent(s.name().strip().toLowerCase(Locale.ROOT), s);
        }
    }

    String fileName() {
        return fileName;
    }

    Optional<Sheet> sheet(String name) {
        return Optional.ofNullable(sheets.get(name.toLowerCase(Locale.ROOT)));
    }

    Collection<Sheet> sheets() {
        return sheets.values();
    }
}
