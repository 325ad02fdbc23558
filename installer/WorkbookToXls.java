/*
 * Campo - offline field research toolkit.
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

import java.io.File;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Writes a workbook again as Excel 97-2003 (.xls), every cell as the text it shows. The package
 * build compiles one of Campo's own instruments in both formats to list the classes that
 * checking and compiling a workbook load: .xls files are read by other classes than .xlsx
 * files, and a class missing from that list is loaded and verified at every run instead of
 * mapped from the class-data archive (installer/README.md).
 *
 * <p>Usage: {@code java -cp <campo jar and its lib/*> installer/WorkbookToXls.java IN.xlsx OUT.xls}
 */
public final class WorkbookToXls {
    private WorkbookToXls() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: WorkbookToXls IN.xlsx OUT.xls");
            System.exit(2);
        }
        DataFormatter text = new DataFormatter();
        try (Workbook in = WorkbookFactory.create(new File(args[0]), null, true);
             Workbook out = new HSSFWorkbook();
             OutputStream file = Files.newOutputStream(Path.of(args[1]))) {
            for (Sheet sheet : in) {
                Sheet copy = out.createSheet(sheet.getSheetName());
                for (Row row : sheet) {
                    Row copyRow = copy.createRow(row.getRowNum());
                    for (Cell cell : row) {
                        String shown = text.formatCellValue(cell);
                        if (!shown.isEmpty()) {
                            copyRow.createCell(cell.getColumnIndex()).setCellValue(shown);
                        }
                    }
                }
            }
            out.write(file);
        }
    }
}
