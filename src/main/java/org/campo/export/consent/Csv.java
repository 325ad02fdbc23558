package org.campo.export.consent;

import java.util.List;

/**
 * RFC 4180 CSV lines. Cells that start with a formula character are prefixed with an
 * apostrophe, so a crafted value cannot run as a formula when a reviewer opens the file in a
 * spreadsheet.
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
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 && !v.matches("-?\\d+(\\.\\d+)?")) {
            v = "'" + v;
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }

    @Override
    public String toString() {
        return sb.toString();
    }
}
