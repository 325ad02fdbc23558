package org.campo.export.qda;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.campo.common.CampoException;
import org.campo.export.AtomicFile;
import org.campo.qda.CodebookEntry;
import org.campo.qda.refi.QdcCodebook;

/**
 * A codebook in and out of files: REFI-QDA {@code .qdc} (through {@link QdcCodebook}) or an
 * XLSX sheet with one row per code ({@code code} is the path, {@code Barreras/Acceso a salud},
 * then definition, inclusion, exclusion, example, colour, codable), which a team can edit in a
 * spreadsheet. Files are written through a temporary file and a rename.
 */
public final class CodebookFiles {
    static final String[] COLUMNS = {"code", "definition", "inclusion", "exclusion", "example", "color", "codable"};

    private CodebookFiles() {
    }

    public static void write(List<CodebookEntry> roots, Path target, String origin) {
        String name = target.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".qdc")) {
            byte[] bytes = QdcCodebook.write(roots, origin);
            AtomicFile.write(target, out -> out.write(bytes));
        } else if (name.endsWith(".xlsx")) {
            AtomicFile.write(target, out -> {
                try (XSSFWorkbook wb = new XSSFWorkbook()) {
                    Sheets sheets = new Sheets(wb);
                    Sheet sheet = wb.createSheet("codebook");
                    sheets.header(sheet, 0, COLUMNS);
                    int[] row = {1};
                    for (CodebookEntry e : roots) {
                        rows(sheets, sheet, "", e, row);
                    }
                    sheet.setColumnWidth(0, 40 * 256);
                    sheet.setColumnWidth(1, 60 * 256);
                    sheet.createFreezePane(1, 1);
                    wb.write(out);
                }
            });
        } else {
            throw new CampoException("qda.codebook.unsupported", target.getFileName().toString());
        }
    }

    private static void rows(Sheets sheets, Sheet sheet, String prefix, CodebookEntry e, int[] row) {
        String path = prefix + e.name();
        sheets.fill(sheet, row[0]++, path, e.definition(), e.inclusion(), e.exclusion(), e.example(), e.color(),
                e.codable() ? "yes" : "no");
        for (CodebookEntry child : e.children()) {
            rows(sheets, sheet, path + "/", child, row);
        }
    }

    public static List<CodebookEntry> read(Path file) {
        String fileName = file.getFileName().toString();
        String name = fileName.toLowerCase(Locale.ROOT);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CampoException(e, "qda.import.unreadable", fileName, e.getMessage());
        }
        if (name.endsWith(".qdc")) {
            return QdcCodebook.read(bytes, fileName);
        }
        if (name.endsWith(".xlsx")) {
            return readXlsx(bytes, fileName);
        }
        throw new CampoException("qda.codebook.unsupported", fileName);
    }

    private static List<CodebookEntry> readXlsx(byte[] bytes, String fileName) {
        Map<String, Draft> byPath = new LinkedHashMap<>();
        List<Draft> roots = new ArrayList<>();
        try (InputStream in = new java.io.ByteArrayInputStream(bytes); Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter fmt = new DataFormatter();
            Row header = sheet.getRow(sheet.getFirstRowNum());
            Map<String, Integer> col = new LinkedHashMap<>();
            if (header != null) {
                for (Cell c : header) {
                    col.put(fmt.formatCellValue(c).strip().toLowerCase(Locale.ROOT), c.getColumnIndex());
                }
            }
            if (!col.containsKey("code")) {
                throw new CampoException("qda.codebook.noCodeColumn", fileName);
            }
            for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                String path = cell(row, col, "code", fmt);
                if (path == null) {
                    continue;
                }
                String[] parts = path.split("/");
                String sofar = "";
                Draft parent = null;
                for (String raw : parts) {
                    String part = raw.strip();
                    if (part.isEmpty()) {
                        continue;
                    }
                    sofar = sofar.isEmpty() ? part : sofar + "/" + part;
                    Draft d = byPath.get(sofar);
                    if (d == null) {
                        d = new Draft(part);
                        byPath.put(sofar, d);
                        (parent == null ? roots : parent.children).add(d);
                    }
                    parent = d;
                }
                if (parent != null) {
                    parent.definition = cell(row, col, "definition", fmt);
                    parent.inclusion = cell(row, col, "inclusion", fmt);
                    parent.exclusion = cell(row, col, "exclusion", fmt);
                    parent.example = cell(row, col, "example", fmt);
                    parent.color = cell(row, col, "color", fmt);
                    String codable = cell(row, col, "codable", fmt);
                    parent.codable = codable == null || !List.of("no", "false", "0").contains(codable.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof CampoException ce) {
                throw ce;
            }
            throw new CampoException(e, "qda.codebook.badFile", fileName, String.valueOf(e.getMessage()));
        }
        return roots.stream().map(Draft::entry).toList();
    }

    private static String cell(Row row, Map<String, Integer> col, String name, DataFormatter fmt) {
        Integer i = col.get(name);
        if (i == null || row.getCell(i) == null) {
            return null;
        }
        String v = fmt.formatCellValue(row.getCell(i)).strip();
        return v.isEmpty() ? null : v;
    }

    private static final class Draft {
        final String name;
        final List<Draft> children = new ArrayList<>();
        String definition;
        String inclusion;
        String exclusion;
        String example;
        String color;
        boolean codable = true;

        Draft(String name) {
            this.name = name;
        }

        CodebookEntry entry() {
            return new CodebookEntry(null, name, definition, inclusion, exclusion, example, color, codable,
                    children.stream().map(Draft::entry).toList());
        }
    }
}
