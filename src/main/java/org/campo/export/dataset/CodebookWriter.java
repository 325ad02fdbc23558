package org.campo.export.dataset;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.campo.export.AtomicFile;
import org.campo.export.CsvFormat;
import org.campo.form.runtime.FieldSchema;
import org.campo.form.runtime.FormDefinition;

/**
 * The codebook: every exported variable with its table, type and label in each form language,
 * and every choice with its labels. Written as {@code codebook.xlsx} (sheets "variables" and
 * "choices") and as two CSV files for tools without spreadsheet support.
 */
final class CodebookWriter {
    private final DatasetLayout layout;
    private final List<String> languages;

    CodebookWriter(DatasetLayout layout, FormDefinition definition) {
        this.layout = layout;
        this.languages = definition.languages().isEmpty() ? List.of("") : definition.languages();
    }

    List<Path> write(Path dir) {
        List<List<String>> variables = new ArrayList<>();
        List<List<String>> choices = new ArrayList<>();
        List<String> vHeader = new ArrayList<>(List.of("table", "variable", "type", "sensitive"));
        List<String> cHeader = new ArrayList<>(List.of("variable", "value"));
        for (String lang : languages) {
            vHeader.add(lang.isEmpty() ? "label" : "label::" + lang);
            cHeader.add(lang.isEmpty() ? "label" : "label::" + lang);
        }
        variables.add(vHeader);
        choices.add(cHeader);
        for (DatasetTable t : layout.tables()) {
            for (Column c : t.columns()) {
                if (c.field() == null || c.choice() != null) {
                    continue;
                }
                FieldSchema f = c.field();
                List<String> row = new ArrayList<>(List.of(t.name(), c.header(), f.kind().name().toLowerCase(
                        java.util.Locale.ROOT), f.sensitive() ? "yes" : "no"));
                languages.forEach(l -> row.add(f.labels().getOrDefault(l, "")));
                variables.add(row);
                for (FieldSchema.ChoiceSchema ch : f.choices()) {
                    List<String> crow = new ArrayList<>(List.of(c.header(), ch.value()));
                    languages.forEach(l -> crow.add(ch.labels().getOrDefault(l, ch.label(l))));
                    choices.add(crow);
                }
            }
        }
        Path xlsx = dir.resolve("codebook.xlsx");
        AtomicFile.write(xlsx, out -> {
            try (XSSFWorkbook wb = new XSSFWorkbook()) {
                fill(wb.createSheet("variables"), variables);
                fill(wb.createSheet("choices"), choices);
                wb.write(out);
            }
        });
        return List.of(xlsx, csv(dir.resolve("codebook-variables.csv"), variables),
                csv(dir.resolve("codebook-choices.csv"), choices));
    }

    private static void fill(Sheet sheet, List<List<String>> rows) {
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r);
            List<String> cells = rows.get(r);
            for (int c = 0; c < cells.size(); c++) {
                row.createCell(c).setCellValue(cells.get(c));
            }
        }
        sheet.createFreezePane(0, 1);
        int[] widest = new int[rows.get(0).size()];
        for (List<String> cells : rows) {
            for (int c = 0; c < cells.size() && c < widest.length; c++) {
                widest[c] = Math.max(widest[c], longestLine(cells.get(c)));
            }
        }
        for (int c = 0; c < widest.length; c++) {
            sheet.setColumnWidth(c, Math.min(MAX_WIDTH_CHARS, widest[c] + 2) * 256);
        }
    }

    /**
     * Column widths are set from the longest text rather than with POI's
     * {@code autoSizeColumn}, which lays every cell out with AWT fonts: on a form with a few
     * hundred variables and choices that took over a second per export, longer than writing
     * the codebook itself. Widths are in characters, capped so long labels do not make
     * columns wider than a screen.
     */
    private static final int MAX_WIDTH_CHARS = 80;

    private static int longestLine(String text) {
        int longest = 0;
        int current = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                current = 0;
            } else {
                longest = Math.max(longest, ++current);
            }
        }
        return longest;
    }

    private static Path csv(Path file, List<List<String>> rows) {
        AtomicFile.write(file, out -> {
            var w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            w.write('\uFEFF');
            for (List<String> r : rows) {
                CsvFormat.writeRow(w, r);
            }
            w.flush();
        });
        return file;
    }
}
