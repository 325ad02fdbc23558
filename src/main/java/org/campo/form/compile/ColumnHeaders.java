package org.campo.form.compile;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks each sheet's header row before anything is read from it, as pyxform does: a header
 * written twice, or two spellings of the same column ({@code name} and {@code value},
 * {@code label} and {@code caption}), would otherwise make one column silently win.
 */
final class ColumnHeaders {

    private ColumnHeaders() {
    }

    static void check(Workbook workbook, Diagnostics diag) {
        for (Sheet sheet : workbook.sheets()) {
            check(sheet, diag);
        }
    }

    private static void check(Sheet sheet, Diagnostics diag) {
        boolean survey = sheet.name().equalsIgnoreCase(SurveyParser.SURVEY);
        boolean choices = sheet.name().equalsIgnoreCase(SurveyParser.CHOICES);
        Map<String, Integer> first = new HashMap<>();
        Map<ColumnName, Integer> firstColumn = new HashMap<>();
        List<String> headers = sheet.headers();
        for (int c = 0; c < headers.size(); c++) {
            String h = headers.get(c);
            if (h.isEmpty()) {
                continue;
            }
            Integer earlier = first.putIfAbsent(h, c);
            if (earlier != null) {
                diag.error(sheet.name(), sheet.headerRow(), h, "form.compile.headerDuplicate", h,
                        SurveyParser.columnLetters(earlier), SurveyParser.columnLetters(c));
                continue;
            }
            ColumnName column = ColumnName.parse(h);
            if (!(survey || choices && isChoiceColumn(column))) {
                continue;
            }
            Integer same = firstColumn.putIfAbsent(column, c);
            if (same != null) {
                diag.error(sheet.name(), sheet.headerRow(), h, "form.compile.headerAliasDuplicate", headers.get(same),
                        h, SurveyParser.columnLetters(same), SurveyParser.columnLetters(c));
            }
        }
    }

    /** Other choices columns are kept under their own header (choice filters read them as written). */
    private static boolean isChoiceColumn(ColumnName column) {
        return column.base().equals("name") || column.base().equals("list_name")
                || ColumnName.isTranslatable(column.base());
    }
}
