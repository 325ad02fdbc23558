package org.campo.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.regex.Pattern;

/**
 * RFC 4180 CSV. Text cells that start with a formula character are prefixed with an
 * apostrophe, so a value typed in the field cannot run as a formula when someone opens the
 * file in a spreadsheet; numbers are left alone.
 */
public final class CsvFormat {
    /** Compiled once: {@code String.matches} would compile it again for every such cell. */
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private CsvFormat() {
    }

    public static String escape(String value) {
        if (value == null) {
            return "";
        }
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 && !NUMBER.matcher(v).matches()) {
            v = "'" + v;
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }

    public static void writeRow(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(escape(cells.get(i)));
        }
        out.write("\r\n");
    }

    /**
     * Appends one row, as {@link #writeRow} writes it, with one scan per cell: exports format
     * millions of cells, on several threads, into a batch's text.
     */
    public static void appendRow(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String v = cells.get(i);
            if (v == null || v.isEmpty()) {
                continue;
            }
            boolean quote = false;
            for (int k = 0; k < v.length(); k++) {
                char c = v.charAt(k);
                if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                    quote = true;
                    break;
                }
            }
            boolean formula = "=+-@\t\r".indexOf(v.charAt(0)) >= 0 && !NUMBER.matcher(v).matches();
            if (!quote && !formula) {
                out.append(v);
            } else {
                out.append(escape(v));
            }
        }
        out.append("\r\n");
    }
}
