package org.campo.form.compile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A sheet as read from a workbook: its name, its header cells in order (repeated headers
 * included, so they can be reported), the row number of the header, and its data rows.
 */
record Sheet(String name, List<String> headers, int headerRow, List<SheetRow> rows) {

    Sheet {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    /**
     * Builds a sheet from consecutive raw rows where the first non-blank row is the header.
     *
     * @param firstRowNumber the workbook row number of {@code raw.get(0)}
     */
    static Sheet fromRows(String name, List<List<String>> raw, int firstRowNumber) {
        Builder builder = new Builder(name);
        for (int i = 0; i < raw.size(); i++) {
            builder.row(firstRowNumber + i, raw.get(i));
        }
        return builder.build();
    }

    /**
     * Collects a sheet one row at a time, in row order, so readers can stream rows without
     * holding the whole sheet or allocating anything for the row numbers they skip. Trailing and
     * leading spaces are trimmed because spreadsheet authors add them without noticing.
     */
    static final class Builder {
        private final String name;
        private List<String> headers;
        private int headerRow;
        private final List<SheetRow> rows = new ArrayList<>();

        Builder(String name) {
            this.name = name;
        }

        /** How many cells of a data row matter (the header's width); everything when no header yet. */
        int width() {
            return headers == null ? Integer.MAX_VALUE : headers.size();
        }

        /** Adds the row with workbook row number {@code number}; its cells from the first column on. */
        void row(int number, List<String> cells) {
            if (headers == null) {
                if (cells.stream().anyMatch(c -> c != null && !c.isBlank())) {
                    headers = cells.stream().map(h -> h == null ? "" : stripSpaces(h)).toList();
                    headerRow = number;
                }
                return;
            }
            Map<String, String> map = new LinkedHashMap<>();
            for (int c = 0; c < cells.size() && c < headers.size(); c++) {
                String h = headers.get(c);
                String v = cells.get(c);
                if (h.isEmpty() || v == null || v.isBlank() || map.containsKey(h)) {
                    continue; // a repeated header is reported by the compiler, never silently merged
                }
                map.put(h, straightQuotes(v.strip()));
            }
            if (!map.isEmpty()) {
                rows.add(new SheetRow(number, map));
            }
        }

        Sheet build() {
            return headers == null ? new Sheet(name, List.of(), 0, List.of()) : new Sheet(name, headers, headerRow, rows);
        }
    }

    /**
     * Strips every kind of space at both ends, no-break spaces included (as Python's strip does
     * for pyxform): a header typed as {@code "\u00a0name"} is the {@code name} column.
     */
    static String stripSpaces(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /**
     * Typographic quotes become plain ones, as pyxform does for every cell: word processors
     * insert them silently, and inside an expression they would be a syntax error.
     */
    static String straightQuotes(String v) {
        return v.replace('\u2018', '\'').replace('\u2019', '\'').replace('\u201c', '"').replace('\u201d', '"');
    }
}
