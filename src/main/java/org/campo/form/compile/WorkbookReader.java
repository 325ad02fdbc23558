package org.campo.form.compile;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.campo.common.CampoException;

/**
 * Reads the four XLSForm containers into a {@link Workbook}: Excel (.xlsx and legacy .xls,
 * through POI, which detects the format from the bytes), CSV (sheets separated by a row whose
 * first cell names the sheet, as pyxform accepts) and markdown tables (pyxform's test format).
 */
final class WorkbookReader {
    private static final Logger LOG = Logger.getLogger(WorkbookReader.class.getName());

    private WorkbookReader() {
    }

    static Workbook read(InputStream in, String fileName) {
        String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        try {
            if (lower.endsWith(".xlsx") || lower.endsWith(".xls") || lower.endsWith(".xlsm")) {
                return readExcel(in, fileName);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            if (lower.endsWith(".csv")) {
                return CsvSheets.read(text, fileName);
            }
            if (lower.endsWith(".md") || lower.endsWith(".markdown")) {
                return MarkdownSheets.read(text, fileName);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof CampoException ce) {
                throw ce;
            }
            throw new CampoException(e, "form.compile.unreadable", fileName, String.valueOf(e.getMessage()));
        }
        throw new CampoException("form.compile.unsupportedFile", fileName);
    }

    private static Workbook readExcel(InputStream in, String fileName) throws IOException {
        byte[] data = in.readAllBytes();
        if (isZip(data)) {
            try {
                return XlsxStreamReader.read(data, fileName);
            } catch (IOException | RuntimeException e) {
                // not a workbook the streaming reader understands (e.g. strict OOXML): the object
                // model reader gives the answer, or the located error
                LOG.log(Level.FINE, "Streaming read of " + fileName + " failed, reading the object model", e);
            }
        }
        try {
            return readExcel(data, fileName);
        } catch (OldExcelFormatException e) {
            return Biff5Workbook.read(data, fileName); // Excel 5.0/95, which pyxform reads too
        }
    }

    private static boolean isZip(byte[] data) {
        return data.length > 4 && data[0] == 'P' && data[1] == 'K' && data[2] == 3 && data[3] == 4;
    }

    /** The object-model reader (POI usermodel): .xls, and .xlsx the streaming reader cannot read. */
    static Workbook readExcel(byte[] data, String fileName) throws IOException {
        List<Sheet> sheets = new ArrayList<>();
        try (org.apache.poi.ss.usermodel.Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(data))) {
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
            DateCells dates = new DateCells(wb);
            for (org.apache.poi.ss.usermodel.Sheet s : wb) {
                // Only the rows and cells present are visited: a lone row numbered 2,147,483,647
                // costs one row, not two billion empty ones.
                Sheet.Builder builder = new Sheet.Builder(s.getSheetName());
                for (Row row : s) {
                    int width = Math.min(Math.max(0, row.getLastCellNum()), builder.width());
                    List<String> cells = new ArrayList<>(Math.min(width, 64));
                    for (Cell cell : row) {
                        int c = cell.getColumnIndex();
                        if (c >= width) {
                            break;
                        }
                        while (cells.size() < c) {
                            cells.add("");
                        }
                        cells.add(cellText(cell, formatter, evaluator, dates));
                    }
                    builder.row(row.getRowNum() + 1, cells);
                }
                sheets.add(builder.build());
            }
        }
        return new Workbook(fileName, sheets);
    }

    /**
     * Numbers written as whole numbers lose Excel's ".0"; formulas contribute their cached value;
     * dates and times are written from their stored value as pyxform does ({@link ExcelDateText}).
     */
    private static String cellText(Cell cell, DataFormatter formatter, FormulaEvaluator evaluator, DateCells dates) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        switch (type) {
            case STRING:
                return cell.getStringCellValue();
            case BOOLEAN:
                return cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case NUMERIC:
                if (DateUtil.isCellDateFormatted(cell)) {
                    String text = ExcelDateText.format(cell.getNumericCellValue(), dates.date1904, dates.wholeSeconds);
                    return text != null ? text : formatter.formatCellValue(cell, evaluator);
                }
                double d = cell.getNumericCellValue();
                if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                    return Long.toString((long) d);
                }
                return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
            default:
                return "";
        }
    }

    /** How a workbook stores dates: its epoch, and whether pyxform's reader keeps fractions of a second. */
    private static final class DateCells {
        final boolean date1904;
        final boolean wholeSeconds;

        DateCells(org.apache.poi.ss.usermodel.Workbook wb) {
            if (wb instanceof org.apache.poi.hssf.usermodel.HSSFWorkbook hssf) {
                date1904 = hssf.getInternalWorkbook().isUsing1904DateWindowing();
                wholeSeconds = true;
            } else if (wb instanceof org.apache.poi.xssf.usermodel.XSSFWorkbook xssf) {
                date1904 = xssf.isDate1904();
                wholeSeconds = false;
            } else {
                date1904 = false;
                wholeSeconds = false;
            }
        }
    }
}
