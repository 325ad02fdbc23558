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
        for (int c = 0; c < rows.get(0).size(); c++) {
            sheet.autoSizeColumn(c);
        }
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
