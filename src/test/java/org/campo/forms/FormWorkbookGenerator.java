package org.campo.forms;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the shipped XLSForm workbooks ({@code forms/NAME.xlsx}) from their plain-text sources
 * ({@code forms/src/NAME/survey.tsv}, {@code choices.tsv}, {@code settings.tsv}).
 *
 * <p>Each source is tab-separated, UTF-8, with the XLSForm column headers on the first line. Rows
 * may stop early: missing trailing cells are empty. Lines starting with {@code #} are comments and
 * blank lines are skipped. The two characters {@code \n} inside a cell become a line break.
 *
 * <p>The output is byte-for-byte reproducible (fixed document dates and ZIP entry times), so a
 * regenerated workbook only shows up in {@code git status} when its sources changed.
 *
 * <p>Run from the project root (see {@code forms/README.md}):
 * <pre>
 * mvn -q -Dcampo.build.dir=target-forms test-compile exec:java \
 *     -Dexec.mainClass=org.campo.forms.FormWorkbookGenerator -Dexec.classpathScope=test
 * </pre>
 * Arguments (optional): the forms directory (default {@code forms}).
 */
public final class FormWorkbookGenerator {

    /** Sheets in the order they are written; a missing source file means no sheet. */
    static final List<String> SHEETS = List.of("survey", "choices", "settings");

    /** 2026-01-01T00:00:00Z: the fixed timestamp written into every workbook. */
    private static final long FIXED_TIME = 1_767_225_600_000L;

    private FormWorkbookGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path formsDir = Path.of(args.length > 0 ? args[0] : "forms");
        for (String form : formNames(formsDir)) {
            Path out = formsDir.resolve(form + ".xlsx");
            byte[] bytes = generate(formsDir.resolve("src").resolve(form));
            if (Files.exists(out) && java.util.Arrays.equals(Files.readAllBytes(out), bytes)) {
                System.out.println("unchanged " + out);
            } else {
                Files.write(out, bytes);
                System.out.println("wrote     " + out);
            }
        }
    }

    /** Names of the forms with sources under {@code formsDir/src}, sorted. */
    static List<String> formNames(Path formsDir) throws IOException {
        try (Stream<Path> dirs = Files.list(formsDir.resolve("src"))) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("survey.tsv")))
                    .map(d -> d.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }

    /** The workbook for one form's source directory, as reproducible .xlsx bytes. */
    static byte[] generate(Path sourceDir) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CellStyle wrap = workbook.createCellStyle();
            wrap.setWrapText(true);
            for (String sheetName : SHEETS) {
                Path tsv = sourceDir.resolve(sheetName + ".tsv");
                if (!Files.exists(tsv)) {
                    continue;
                }
                List<List<String>> rows = readTsv(tsv);
                XSSFSheet sheet = workbook.createSheet(sheetName);
                int columns = rows.isEmpty() ? 0 : rows.get(0).size();
                for (int r = 0; r < rows.size(); r++) {
                    Row row = sheet.createRow(r);
                    List<String> cells = rows.get(r);
                    for (int c = 0; c < cells.size(); c++) {
                        String value = cells.get(c);
                        if (value.isEmpty()) {
                            continue;
                        }
                        var cell = row.createCell(c);
                        cell.setCellValue(value);
                        if (r == 0) {
                            cell.setCellStyle(header);
                        } else if (value.length() > 60) {
                            cell.setCellStyle(wrap);
                        }
                    }
                }
                for (int c = 0; c < columns; c++) {
                    String name = rows.get(0).get(c);
                    boolean text = name.startsWith("label") || name.startsWith("hint") || name.startsWith("guidance")
                            || name.startsWith("constraint_message") || name.startsWith("required_message");
                    sheet.setColumnWidth(c, (text ? 48 : 22) * 256);
                }
                sheet.createFreezePane(0, 1);
            }
            var core = workbook.getProperties().getCoreProperties();
            core.setCreated(Optional.of(new Date(FIXED_TIME)));
            core.setModified(Optional.of(new Date(FIXED_TIME)));
            core.setCreator("Campo");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return normalizeZip(out.toByteArray());
        }
    }

    /**
     * Reads a tab-separated source: header first, comments and blank lines skipped, every row
     * padded or checked against the header's width.
     */
    static List<List<String>> readTsv(Path tsv) throws IOException {
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        List<List<String>> rows = new ArrayList<>();
        int width = -1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (String cell : line.split("\t", -1)) {
                cells.add(cell.strip().replace("\\n", "\n"));
            }
            if (width < 0) {
                width = cells.size();
            } else {
                while (cells.size() > width && cells.get(cells.size() - 1).isEmpty()) {
                    cells.remove(cells.size() - 1);
                }
                if (cells.size() > width) {
                    throw new IOException(tsv + ":" + (i + 1) + ": " + cells.size() + " cells, header has " + width);
                }
                while (cells.size() < width) {
                    cells.add("");
                }
            }
            rows.add(cells);
        }
        return rows;
    }

    /** Rewrites the ZIP with fixed entry times so that the same sources give the same bytes. */
    private static byte[] normalizeZip(byte[] zip) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream zout = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(FIXED_TIME);
                zout.putNextEntry(copy);
                in.transferTo(zout);
                zout.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
