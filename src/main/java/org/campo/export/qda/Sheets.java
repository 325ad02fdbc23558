package org.campo.export.qda;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Shared workbook styles and cell writing for the qualitative-analysis workbooks. */
final class Sheets {
    final CellStyle header;
    final CellStyle bold;
    final CellStyle percent;
    final CellStyle decimal;
    final CellStyle wrap;
    final XSSFWorkbook workbook;

    Sheets(XSSFWorkbook wb) {
        this.workbook = wb;
        Font boldFont = wb.createFont();
        boldFont.setBold(true);
        header = wb.createCellStyle();
        header.setFont(boldFont);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setWrapText(true);
        bold = wb.createCellStyle();
        bold.setFont(boldFont);
        percent = wb.createCellStyle();
        percent.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
        decimal = wb.createCellStyle();
        decimal.setDataFormat(wb.createDataFormat().getFormat("0.000"));
        wrap = wb.createCellStyle();
        wrap.setWrapText(true);
    }

    void header(Sheet sheet, int rowIndex, String... titles) {
        Row row = sheet.createRow(rowIndex);
        for (int i = 0; i < titles.length; i++) {
            Cell c = row.createCell(i);
            c.setCellValue(titles[i]);
            c.setCellStyle(header);
        }
    }

    /** Writes values: numbers as numbers, {@code null} as an empty cell, the rest as text. */
    Row fill(Sheet sheet, int rowIndex, Object... values) {
        Row row = sheet.createRow(rowIndex);
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v == null) {
                continue;
            }
            Cell c = row.createCell(i);
            if (v instanceof Number n) {
                double d = n.doubleValue();
                if (Double.isNaN(d)) {
                    c.setCellValue("—");
                } else {
                    c.setCellValue(d);
                }
            } else {
                c.setCellValue(v.toString());
            }
        }
        return row;
    }

    void style(Row row, int column, CellStyle style) {
        Cell c = row.getCell(column);
        if (c != null) {
            c.setCellStyle(style);
        }
    }

    static void widths(Sheet sheet, int... chars) {
        for (int i = 0; i < chars.length; i++) {
            sheet.setColumnWidth(i, chars[i] * 256);
        }
    }
}
