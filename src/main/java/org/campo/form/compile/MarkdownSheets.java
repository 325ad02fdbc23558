package org.campo.form.compile;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses the markdown-table XLSForm notation used throughout pyxform's tests: a row whose
 * first cell is non-empty names a sheet; the following rows (first cell empty) are that
 * sheet's header and data. A backslash escapes a literal pipe.
 */
final class MarkdownSheets {

    private MarkdownSheets() {
    }

    static Workbook read(String md, String fileName) {
        List<Sheet> sheets = new ArrayList<>();
        String current = null;
        List<List<String>> rows = new ArrayList<>();
        for (String line : md.split("\r?\n")) {
            String t = line.strip();
            if (!t.startsWith("|")) {
                continue;
            }
            List<String> cells = splitCells(t);
            String first = cells.isEmpty() ? "" : cells.get(0);
            if (!first.isEmpty()) {
                if (current != null) {
                    sheets.add(Sheet.fromRows(current, rows, 1));
                }
                current = first;
                rows = new ArrayList<>();
            } else if (current != null) {
                rows.add(cells.subList(1, cells.size()));
            }
        }
        if (current != null) {
            sheets.add(Sheet.fromRows(current, rows, 1));
        }
        return new Workbook(fileName, sheets);
    }

    private static List<String> splitCells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        String body = line.substring(1);
        for (int i = 0; i < body.length(); i++) {
            char ch = body.charAt(i);
            if (ch == '\\' && i + 1 < body.length() && body.charAt(i + 1) == '|') {
                cell.append('|');
                i++;
            } else if (ch == '|') {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        if (!cell.toString().isBlank()) {
            cells.add(cell.toString().strip());
        }
        return cells;
    }
}
