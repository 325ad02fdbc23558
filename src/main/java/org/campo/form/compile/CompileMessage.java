package org.campo.form.compile;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import org.campo.common.Messages;

/**
 * One located problem found while compiling an XLSForm. It keeps a message key and arguments
 * rather than a sentence so that the same finding can be shown in Spanish in the app and in
 * English in a CLI transcript, and so tests can assert on the key.
 *
 * @param severity error or warning
 * @param file     the workbook's file name (may be empty for in-memory markdown)
 * @param sheet    sheet name, or empty when the problem concerns the whole workbook
 * @param row      1-based row in the sheet (the header is row 1), 0 when not tied to a row
 * @param column   column header (e.g. {@code relevant}), or empty
 * @param key      message key in {@code form.properties}, starting with {@code form.compile.}
 * @param args     message arguments
 */
public record CompileMessage(Severity severity, String file, String sheet, int row, String column, String key,
        Object[] args) {

    public CompileMessage {
        Objects.requireNonNull(severity, "severity");
        file = file == null ? "" : file;
        sheet = sheet == null ? "" : sheet;
        column = column == null ? "" : column;
        args = args == null ? new Object[0] : args.clone();
    }

    @Override
    public Object[] args() {
        return args.clone();
    }

    /** Where the problem is, e.g. {@code survey!12 (relevant)}; empty when unknown. */
    public String location() {
        StringBuilder sb = new StringBuilder();
        if (!sheet.isEmpty()) {
            sb.append(sheet);
            if (row > 0) {
                sb.append('!').append(row);
            }
        } else if (row > 0) {
            sb.append(row);
        }
        if (!column.isEmpty()) {
            sb.append(sb.length() > 0 ? " " : "").append('(').append(column).append(')');
        }
        return sb.toString();
    }

    /** The located sentence in the given language, e.g. "survey!12 (relevant): ...". */
    public String text(Locale locale) {
        String message = Messages.get(locale, key, args);
        String where = location();
        return where.isEmpty() ? message : where + ": " + message;
    }

    @Override
    public String toString() {
        return severity + " " + text(Locale.ROOT);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CompileMessage m && severity == m.severity && file.equals(m.file) && sheet.equals(m.sheet)
                && row == m.row && column.equals(m.column) && key.equals(m.key) && Arrays.equals(args, m.args);
    }

    @Override
    public int hashCode() {
        return Objects.hash(severity, file, sheet, row, column, key, Arrays.hashCode(args));
    }
}
