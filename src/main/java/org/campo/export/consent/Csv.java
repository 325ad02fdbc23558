package org.campo.export.consent;

import java.util.List;
import org.campo.export.CsvFormat;

/**
 * Builds small RFC 4180 CSV documents in memory for the IRB package; escaping (including the
 * guard against spreadsheet formulas) is {@link CsvFormat}'s.
 */
final class Csv {
    private final StringBuilder sb = new StringBuilder();

    Csv row(Object... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(escape(cells[i] == null ? "" : cells[i].toString()));
        }
        sb.append("\r\n");
        return this;
    }

    Csv row(List<?> cells) {
        return row(cells.toArray());
    }

    static String escape(String value) {
        return CsvFormat.escape(value);
    }

    @Override
    public String toString() {
        return sb.toString();
    }
}
