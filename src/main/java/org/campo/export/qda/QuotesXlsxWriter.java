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
import org.campo.qda.triangulation.CodeQuotes;
import org.campo.qda.triangulation.Quote;
import org.campo.qda.triangulation.QuoteBank;

/** The quote bank as a workbook: one row per quote (code, quote, attribution), to filter and sort. */
public final class QuotesXlsxWriter {
    private final Locale locale;

    public QuotesXlsxWriter(Locale locale) {
        this.locale = locale;
    }

    public void write(QuoteBank bank, Path target) {
        AtomicFile.write(target, out -> render(bank, out));
    }

    void render(QuoteBank bank, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheets s = new Sheets(wb);
            Sheet sheet = wb.createSheet(t("export.quotes.sheet"));
            Row title = s.fill(sheet, 0, t("export.quotes.title", bank.studyName()));
            s.style(title, 0, s.bold);
            int r = 1;
            if (bank.withheldQuotes() > 0) {
                s.fill(sheet, r++, t("export.quotes.withheld", bank.withheldQuotes(), bank.withheldParticipants()));
            }
            r++;
            s.header(sheet, r++, t("export.quotes.col.code"), t("export.quotes.col.quote"),
                    t("export.quotes.col.attribution"));
            for (CodeQuotes cq : bank.codes()) {
                for (Quote q : cq.quotes()) {
                    Row x = s.fill(sheet, r++, cq.path(), q.text(), q.attribution());
                    s.style(x, 1, s.wrap);
                }
            }
            Sheets.widths(sheet, 34, 90, 36);
            wb.write(out);
        }
    }

    private String t(String key, Object... args) {
        return Messages.get(locale, key, args);
    }
}
