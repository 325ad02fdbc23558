package org.campo.export.qda;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.campo.common.Messages;
import org.campo.export.AtomicFile;
import org.campo.export.summary.CountTable;
import org.campo.export.summary.PublishedTable;

/** The participant table as a workbook: one block per attribute, n and %, suppressed cells marked. */
public final class ParticipantTableXlsxWriter {
    private final Locale locale;

    public ParticipantTableXlsxWriter(Locale locale) {
        this.locale = locale;
    }

    public void write(ParticipantTable table, Path target) {
        AtomicFile.write(target, out -> render(table, out));
    }

    void render(ParticipantTable table, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheets s = new Sheets(wb);
            Sheet sheet = wb.createSheet(t("export.participants.sheet"));
            Row title = s.fill(sheet, 0, t("export.participants.title", table.studyName()));
            s.style(title, 0, s.bold);
            s.fill(sheet, 1, t("export.participants.cases", table.cases()));
            int r = 3;
            for (PublishedTable block : table.blocks()) {
                CountTable ct = block.table();
                s.header(sheet, r++, ct.title(), "n", "%");
                boolean percentages = block.showsPercentages(0);
                for (int i = 0; i <= ct.rows(); i++) {
                    String label = i < ct.rows() ? ct.rowLabels().get(i) : t("export.participants.total");
                    Row x = sheet.createRow(r++);
                    x.createCell(0).setCellValue(label);
                    if (block.shows(i, 0)) {
                        x.createCell(1).setCellValue(ct.cell(i, 0));
                        if (percentages) {
                            x.createCell(2).setCellValue((double) ct.cell(i, 0) / ct.cell(ct.rows(), 0));
                            x.getCell(2).setCellStyle(s.percent);
                        }
                    } else {
                        x.createCell(1).setCellValue(ParticipantTable.MARK);
                        x.createCell(2).setCellValue(ParticipantTable.MARK);
                    }
                    if (i == ct.rows()) {
                        x.getCell(0).setCellStyle(s.bold);
                    }
                }
                r++;
            }
            if (table.anyHidden()) {
                s.fill(sheet, r, t("export.participants.footnote", ParticipantTable.MARK, table.minCell()));
            }
            Sheets.widths(sheet, 40, 10, 10);
            wb.write(out);
        }
    }

    private String t(String key, Object... args) {
        return Messages.get(locale, key, args);
    }
}
