package org.campo.form.compile;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads pyxform's single-file CSV notation: a row whose first cell is non-empty names a
 * sheet ({@code survey}, {@code choices}, {@code settings}); the rows below it, with an empty
 * first cell, hold that sheet's header and data.
 */
final class CsvSheets {

    private CsvSheets() {
    }

    static Workbook read(String text, String fileName) throws IOException {
        List<Sheet> sheets = new ArrayList<>();
        String current = null;
        List<List<String>> rows = new ArrayList<>();
        int firstRow = 1;
        int lineNo = 0;
        for (CSVRecord record : CSVFormat.DEFAULT.parse(new StringReader(text))) {
            lineNo++;
            List<String> cells = new ArrayList<>();
            record.forEach(cells::add);
            String first = cells.isEmpty() ? "" : cells.get(0).strip();
            if (!first.isEmpty()) {
                if (current != null) {
                    sheets.add(Sheet.fromRows(current, rows, firstRow));
                }
                current = first;
                rows = new ArrayList<>();
                firstRow = lineNo + 1;
            } else if (current != null) {
                rows.add(cells.subList(1, cells.size()));
            }
        }
        if (current != null) {
            sheets.add(Sheet.fromRows(current, rows, firstRow));
        }
        return new Workbook(fileName, sheets);
    }
}
