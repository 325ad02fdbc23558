package org.campo.form.compile;

import java.util.List;

/**
 * The {@code itemsets.csv} that {@code select_one_external} questions read at run time. Like
 * pyxform, it is the {@code external_choices} sheet as CSV: the header row, then one row per
 * choice, every field quoted, rows ending in CRLF, and each row stopping at its last filled
 * cell (pyxform drops empty cells, so a list without filter columns has short rows).
 */
final class ExternalItemsets {

    private ExternalItemsets() {
    }

    /** The file's text, or null when the workbook has no external choices. */
    static String csv(Workbook workbook) {
        Sheet sheet = workbook.sheet(SurveyParser.EXTERNAL_CHOICES).orElse(null);
        if (sheet == null || sheet.rows().isEmpty()) {
            return null;
        }
        List<String> headers = sheet.headers().stream().filter(h -> !h.isEmpty()).toList();
        StringBuilder out = new StringBuilder();
        line(out, headers);
        for (SheetRow row : sheet.rows()) {
            int last = -1;
            for (int i = 0; i < headers.size(); i++) {
                if (!row.get(headers.get(i)).isEmpty()) {
                    last = i;
                }
            }
            line(out, headers.subList(0, last + 1).stream().map(row::get).toList());
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append('"').append(fields.get(i).replace("\"", "\"\"")).append('"');
        }
        out.append("\r\n");
    }
}
