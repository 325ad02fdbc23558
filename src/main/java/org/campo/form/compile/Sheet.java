package org.campo.form.compile;

import java.util.List;

/** A sheet as read from a workbook: its name, its header cells in order, and its data rows. */
record Sheet(String name, List<String> headers, List<SheetRow> rows) {

    Sheet {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    /**
     * Builds a sheet from raw rows where the first non-blank row is the header. Trailing and
     * leading spaces are trimmed because spreadsheet authors add them without noticing.
     *
     * @param firstRowNumber the workbook row number of {@code raw.get(0)}
     */
    static Sheet fromRows(String name, List<List<String>> raw, int firstRowNumber) {
        int headerIndex = 0;
        while (headerIndex < raw.size() && raw.get(headerIndex).stream().allMatch(c -> c == null || c.isBlank())) {
            headerIndex++;
        }
        if (headerIndex >= raw.size()) {
            return new Sheet(name, List.of(), List.of());
        }
        List<String> headers = raw.get(headerIndex).stream().map(h -> h == null ? "" : h.strip()).toList();
        java.util.ArrayList<SheetRow> rows = new java.util.ArrayList<>();
        for (int i = headerIndex + 1; i < raw.size(); i++) {
            List<String> cells = raw.get(i);
            java.util.LinkedHashMap<String, String> map = new java.util.LinkedHashMap<>();
            for (int c = 0; c < cells.size() && c < headers.size(); c++) {
                String h = headers.get(c);
                String v = cells.get(c);
                if (h.isEmpty() || v == null || v.isBlank() || map.containsKey(h)) {
                    continue;
                }
                map.put(h, straightQuotes(v.strip()));
            }
            SheetRow row = new SheetRow(firstRowNumber + i, map);
            if (!row.cells().isEmpty()) {
                rows.add(row);
            }
        }
        return new Sheet(name, headers, rows);
    }

    /**
     * Typographic quotes become plain ones, as pyxform does for every cell: word processors
     * insert them silently, and inside an expression they would be a syntax error.
     */
    static String straightQuotes(String v) {
        return v.replace('\u2018', '\'').replace('\u2019', '\'').replace('\u201c', '"').replace('\u201d', '"');
    }
}
