package org.campo.export.summary;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.campo.export.AtomicFile;

/**
 * The summary as a workbook: a title sheet, then one sheet per table. A suppressed cell holds
 * the text {@value #SUPPRESSED}, explained in a footnote under every table that has one.
 */
public final class SummaryXlsxWriter {
    public static final String SUPPRESSED = "s";

    private final SummaryText text;

    public SummaryXlsxWriter(SummaryText text) {
        this.text = text;
    }

    public void write(SummaryReport report, Path target) {
        AtomicFile.write(target, out -> render(report, out));
    }

    void render(SummaryReport report, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles styles = new Styles(wb);
            Set<String> names = new HashSet<>();
            titleSheet(wb.createSheet(sheetName(text.get("sheet.summary"), names)), report, styles);
            for (PublishedTable t : report.frequencies()) {
                tableSheet(wb.createSheet(sheetName(t.table().id(), names)), t, report, styles);
            }
            for (PublishedTable t : report.crossTabs()) {
                tableSheet(wb.createSheet(sheetName(t.table().id(), names)), t, report, styles);
            }
            if (!report.numbers().isEmpty()) {
                numbersSheet(wb.createSheet(sheetName(text.get("sheet.numbers"), names)), report, styles);
            }
            if (report.flow() != null) {
                for (PublishedTable t : report.flow().pointTables()) {
                    tableSheet(wb.createSheet(sheetName(t.table().id(), names)), t, report, styles);
                }
                netSheet(wb.createSheet(sheetName(text.get("sheet.net"), names)), report, styles);
            }
            if (report.referrals() != null) {
                referralSheet(wb.createSheet(sheetName(text.get("sheet.referrals"), names)), report, styles);
            }
            wb.write(out);
        }
    }

    private void titleSheet(Sheet sheet, SummaryReport report, Styles styles) {
        SummaryHeader h = report.header();
        int r = 0;
        cell(sheet.createRow(r++), 0, text.get("title", h.formTitle()), styles.title);
        r++;
        for (String[] line : TitleFacts.of(h, text)) {
            Row row = sheet.createRow(r++);
            cell(row, 0, line[0], styles.bold);
            cell(row, 1, line[1], null);
        }
        r++;
        cell(sheet.createRow(r++), 0, text.get("footnote", SUPPRESSED, h.minCell()), null);
        if (!report.sensitiveOmitted().isEmpty()) {
            cell(sheet.createRow(r++), 0, text.get("sensitiveOmitted", String.join(", ", report.sensitiveOmitted())),
                    null);
        }
        sheet.setColumnWidth(0, 34 * 256);
        sheet.setColumnWidth(1, 70 * 256);
    }

    private void tableSheet(Sheet sheet, PublishedTable published, SummaryReport report, Styles styles) {
        CountTable t = published.table();
        int r = 0;
        cell(sheet.createRow(r++), 0, t.title(), styles.title);
        if (t.multipleResponse()) {
            cell(sheet.createRow(r++), 0, text.get("multipleNote"), null);
        }
        r++;
        Row header = sheet.createRow(r++);
        cell(header, 0, t.rowHeader(), styles.header);
        int columns = t.oneWay() ? 1 : t.columns() + 1;
        for (int c = 0; c < columns; c++) {
            cell(header, c + 1, c < t.columns() ? t.columnLabels().get(c) : text.get("total"), styles.header);
        }
        if (t.oneWay()) {
            cell(header, 2, "%", styles.header);
        }
        for (int i = 0; i <= t.rows(); i++) {
            Row row = sheet.createRow(r++);
            boolean total = i == t.rows();
            cell(row, 0, total ? text.get(t.multipleResponse() ? "respondents" : "total") : t.rowLabels().get(i),
                    total ? styles.bold : null);
            for (int c = 0; c < columns; c++) {
                count(row, c + 1, published, i, c, total ? styles.boldNumber : styles.number);
            }
            if (t.oneWay() && published.shows(i, 0) && published.showsPercentages(0)) {
                Cell pc = row.createCell(2);
                pc.setCellValue(100.0 * t.cell(i, 0) / t.cell(t.rows(), 0));
                pc.setCellStyle(styles.percent);
            } else if (t.oneWay()) {
                cell(row, 2, SUPPRESSED, styles.right);
            }
        }
        if (published.anyHidden()) {
            r++;
            cell(sheet.createRow(r), 0, text.get("footnote", SUPPRESSED, report.header().minCell()), null);
        }
        sheet.setColumnWidth(0, 44 * 256);
        for (int c = 1; c <= Math.max(columns, 2); c++) {
            sheet.setColumnWidth(c, 16 * 256);
        }
    }

    private void numbersSheet(Sheet sheet, SummaryReport report, Styles styles) {
        int r = 0;
        cell(sheet.createRow(r++), 0, text.get("section.numbers"), styles.title);
        r++;
        Row header = sheet.createRow(r++);
        String[] heads = {text.get("variable"), "n", text.get("mean"), text.get("median"), text.get("min"),
                text.get("max")};
        for (int c = 0; c < heads.length; c++) {
            cell(header, c, heads[c], styles.header);
        }
        for (NumericSummary n : report.numbers()) {
            Row row = sheet.createRow(r++);
            cell(row, 0, n.label(), null);
            row.createCell(1).setCellValue(n.n());
            double[] values = {n.mean(), n.median(), n.min(), n.max()};
            for (int c = 0; c < values.length; c++) {
                if (n.hasValues()) {
                    Cell cell = row.createCell(c + 2);
                    cell.setCellValue(values[c]);
                    cell.setCellStyle(styles.decimal);
                } else {
                    cell(row, c + 2, n.suppressed() ? SUPPRESSED : "", styles.right);
                }
            }
        }
        r++;
        cell(sheet.createRow(r), 0, text.get("numbersNote", report.header().minCell()), null);
        sheet.setColumnWidth(0, 44 * 256);
    }

    private void netSheet(Sheet sheet, SummaryReport report, Styles styles) {
        int r = 0;
        cell(sheet.createRow(r++), 0, text.get("section.net"), styles.title);
        r++;
        Row header = sheet.createRow(r++);
        String[] heads = {text.get("date"), text.get("point"), text.get("entries"), text.get("exits"), text.get("net")};
        for (int c = 0; c < heads.length; c++) {
            cell(header, c, heads[c], styles.header);
        }
        for (DailyFlow d : report.flow().days()) {
            Row row = sheet.createRow(r++);
            cell(row, 0, d.date().toString(), null);
            cell(row, 1, d.pointLabel(), null);
            number(row, 2, d.entries(), d.entriesHidden(), styles);
            number(row, 3, d.exits(), d.exitsHidden(), styles);
            number(row, 4, d.net(), d.netHidden(), styles);
        }
        r++;
        cell(sheet.createRow(r), 0, text.get("footnote", SUPPRESSED, report.header().minCell()), null);
        sheet.setColumnWidth(0, 14 * 256);
        sheet.setColumnWidth(1, 34 * 256);
    }

    private void referralSheet(Sheet sheet, SummaryReport report, Styles styles) {
        int r = 0;
        cell(sheet.createRow(r++), 0, text.get("section.referrals", report.referrals().size()), styles.title);
        cell(sheet.createRow(r++), 0, text.get("referralsNote"), null);
        r++;
        Row header = sheet.createRow(r++);
        String[] heads = {text.get("key"), text.get("date"), text.get("site"), text.get("vulnerabilities"),
                text.get("accepted")};
        for (int c = 0; c < heads.length; c++) {
            cell(header, c, heads[c], styles.header);
        }
        for (ReferralCase rc : report.referrals()) {
            Row row = sheet.createRow(r++);
            cell(row, 0, rc.key(), null);
            cell(row, 1, rc.date() == null ? "" : rc.date().toString(), null);
            cell(row, 2, rc.site(), null);
            cell(row, 3, String.join("; ", rc.vulnerabilities()), null);
            cell(row, 4, rc.accepted(), null);
        }
        sheet.setColumnWidth(0, 46 * 256);
        sheet.setColumnWidth(1, 12 * 256);
        sheet.setColumnWidth(2, 16 * 256);
        sheet.setColumnWidth(3, 70 * 256);
    }

    private static void count(Row row, int column, PublishedTable t, int r, int c, CellStyle style) {
        if (t.shows(r, c)) {
            Cell cell = row.createCell(column);
            cell.setCellValue(t.table().cell(r, c));
            cell.setCellStyle(style);
        } else {
            Cell cell = row.createCell(column);
            cell.setCellValue(SUPPRESSED);
            cell.setCellStyle(style);
        }
    }

    private static void number(Row row, int column, long value, boolean hidden, Styles styles) {
        Cell cell = row.createCell(column);
        if (hidden) {
            cell.setCellValue(SUPPRESSED);
        } else {
            cell.setCellValue(value);
        }
        cell.setCellStyle(styles.number);
    }

    private static void cell(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value == null ? "" : value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /** Excel's sheet names: at most 31 characters, none of {@code []:*?/\}, unique ignoring case. */
    static String sheetName(String wanted, Set<String> taken) {
        String base = wanted.replaceAll("[\\[\\]:*?/\\\\]", "_");
        base = base.length() > 31 ? base.substring(0, 31) : base;
        String name = base;
        for (int i = 2; taken.contains(name.toLowerCase(Locale.ROOT)); i++) {
            String suffix = "~" + i;
            name = (base.length() + suffix.length() > 31 ? base.substring(0, 31 - suffix.length()) : base) + suffix;
        }
        taken.add(name.toLowerCase(Locale.ROOT));
        return name;
    }

    /** The workbook's few cell styles, made once. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle bold;
        final CellStyle header;
        final CellStyle number;
        final CellStyle boldNumber;
        final CellStyle percent;
        final CellStyle decimal;
        final CellStyle right;

        Styles(XSSFWorkbook wb) {
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 13);
            Font b = wb.createFont();
            b.setBold(true);
            title = wb.createCellStyle();
            title.setFont(big);
            bold = wb.createCellStyle();
            bold.setFont(b);
            header = wb.createCellStyle();
            header.setFont(b);
            header.setWrapText(true);
            number = wb.createCellStyle();
            number.setAlignment(HorizontalAlignment.RIGHT);
            boldNumber = wb.createCellStyle();
            boldNumber.setFont(b);
            boldNumber.setAlignment(HorizontalAlignment.RIGHT);
            percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0.0"));
            decimal = wb.createCellStyle();
            decimal.setDataFormat(wb.createDataFormat().getFormat("0.0"));
            right = wb.createCellStyle();
            right.setAlignment(HorizontalAlignment.RIGHT);
        }
    }
}
