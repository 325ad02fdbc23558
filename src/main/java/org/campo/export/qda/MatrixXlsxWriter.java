package org.campo.export.qda;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.campo.common.Messages;
import org.campo.export.AtomicFile;
import org.campo.qda.triangulation.CellSummaries;
import org.campo.qda.triangulation.MatrixCell;
import org.campo.qda.triangulation.MatrixColumn;
import org.campo.qda.triangulation.ThemeRow;
import org.campo.qda.triangulation.TriangulationMatrix;

/**
 * The triangulation matrix as a workbook: counts and shares per theme and group with the
 * convergence and silence marks, the researcher's cell summaries, and the heat map as a picture.
 */
public final class MatrixXlsxWriter {
    private final Locale locale;

    public MatrixXlsxWriter(Locale locale) {
        this.locale = locale;
    }

    public void write(TriangulationMatrix matrix, CellSummaries summaries, Path target) {
        AtomicFile.write(target, out -> render(matrix, summaries, out));
    }

    void render(TriangulationMatrix m, CellSummaries summaries, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheets s = new Sheets(wb);
            Sheet sheet = wb.createSheet(t("export.matrix.sheet.matrix"));
            Row title = s.fill(sheet, 0, t("export.matrix.title", m.studyName(), String.join(" × ", m.attributeNames())));
            s.style(title, 0, s.bold);
            s.fill(sheet, 1, t("export.matrix.legend"));
            int columns = m.columns().size();
            Row groups = sheet.createRow(3);
            Row sub = sheet.createRow(4);
            cell(groups, 0, t("export.matrix.col.theme"), s);
            cell(sub, 0, "", s);
            for (int c = 0; c <= columns; c++) {
                int first = 1 + c * 3;
                String label;
                if (c < columns) {
                    MatrixColumn col = m.columns().get(c);
                    label = t("export.matrix.group", col.label(), groupSize(m, c));
                } else {
                    label = t("export.matrix.total", m.columnOfCase().size());
                }
                cell(groups, first, label, s);
                cell(groups, first + 1, "", s);
                cell(groups, first + 2, "", s);
                sheet.addMergedRegion(new CellRangeAddress(3, 3, first, first + 2));
                cell(sub, first, t("export.matrix.col.cases"), s);
                cell(sub, first + 1, "%", s);
                cell(sub, first + 2, t("export.matrix.col.segments"), s);
            }
            int longest = m.columns().stream().mapToInt(col -> col.label().length() + 8).max().orElse(0);
            // A merged cell does not grow to its wrapped text: the row is made tall enough for the longest group.
            groups.setHeightInPoints(Math.max(1, (longest + 27) / 28) * 15f);
            int marks = 1 + (columns + 1) * 3;
            cell(groups, marks, t("export.matrix.col.converge"), s);
            cell(groups, marks + 1, t("export.matrix.col.silent"), s);
            cell(sub, marks, "", s);
            cell(sub, marks + 1, "", s);
            int r = 5;
            for (ThemeRow row : m.rows()) {
                Row x = sheet.createRow(r++);
                x.createCell(0).setCellValue("  ".repeat(row.depth()) + row.code().name());
                if (row.depth() == 0) {
                    x.getCell(0).setCellStyle(s.bold);
                }
                for (int c = 0; c <= columns; c++) {
                    MatrixCell cell = c < columns ? row.cells().get(c) : row.total();
                    int first = 1 + c * 3;
                    x.createCell(first).setCellValue(cell.casesWithTheme());
                    x.createCell(first + 1).setCellValue(cell.share());
                    x.getCell(first + 1).setCellStyle(s.percent);
                    x.createCell(first + 2).setCellValue(cell.segmentCount());
                }
                x.createCell(marks).setCellValue(labels(m, row.convergent()));
                x.createCell(marks + 1).setCellValue(labels(m, row.silent()));
            }
            sheet.createFreezePane(1, 5);
            sheet.setColumnWidth(0, 40 * 256);
            for (int c = 1; c < marks; c++) {
                sheet.setColumnWidth(c, 10 * 256);
            }
            sheet.setColumnWidth(marks, 30 * 256);
            sheet.setColumnWidth(marks + 1, 30 * 256);

            Sheet sums = wb.createSheet(t("export.matrix.sheet.summaries"));
            s.header(sums, 0, t("export.matrix.col.theme"), t("export.matrix.col.group"),
                    t("export.matrix.col.cases"), t("export.matrix.col.ofGroup"), "%", t("export.matrix.col.segments"),
                    t("export.matrix.col.summary"));
            r = 1;
            for (ThemeRow row : m.rows()) {
                for (int c = 0; c < columns; c++) {
                    MatrixColumn col = m.columns().get(c);
                    MatrixCell cell = row.cells().get(c);
                    Row x = s.fill(sums, r++, row.path(), col.label(), cell.casesWithTheme(), cell.casesInGroup(),
                            cell.share(), cell.segmentCount(), summaries.of(row.code().id(), col.key()));
                    s.style(x, 4, s.percent);
                    s.style(x, 6, s.wrap);
                }
            }
            Sheets.widths(sums, 36, 28, 8, 8, 8, 10, 80);

            Sheet heat = wb.createSheet(t("export.matrix.sheet.heatMap"));
            int picture = wb.addPicture(HeatMap.png(m), XSSFWorkbook.PICTURE_TYPE_PNG);
            XSSFDrawing drawing = (XSSFDrawing) heat.createDrawingPatriarch();
            XSSFClientAnchor anchor = new XSSFClientAnchor();
            anchor.setCol1(0);
            anchor.setRow1(0);
            anchor.setAnchorType(ClientAnchor.AnchorType.MOVE_DONT_RESIZE);
            XSSFPicture pic = drawing.createPicture(anchor, picture);
            pic.resize();
            wb.write(out);
        }
    }

    private static int groupSize(TriangulationMatrix m, int column) {
        String key = m.columns().get(column).key();
        return (int) m.columnOfCase().values().stream().filter(key::equals).count();
    }

    private static String labels(TriangulationMatrix m, java.util.List<Integer> columns) {
        return String.join("; ", columns.stream().map(i -> m.columns().get(i).label()).toList());
    }

    private static void cell(Row row, int column, String value, Sheets s) {
        var c = row.createCell(column);
        c.setCellValue(value);
        c.setCellStyle(s.header);
    }

    private String t(String key, Object... args) {
        return Messages.get(locale, key, args);
    }
}
