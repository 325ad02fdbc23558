package org.campo.export.qda;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.campo.common.Messages;
import org.campo.export.AtomicFile;
import org.campo.qda.triangulation.CodeQuotes;
import org.campo.qda.triangulation.Quote;
import org.campo.qda.triangulation.QuoteBank;

/** The quote bank as a document: per code its quotes with their attribution, and the note on withheld quotes. */
public final class QuotesDocxWriter {
    private final Locale locale;

    public QuotesDocxWriter(Locale locale) {
        this.locale = locale;
    }

    public void write(QuoteBank bank, Path target) {
        AtomicFile.write(target, out -> render(bank, out));
    }

    void render(QuoteBank bank, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            Docx d = new Docx(doc);
            d.title(t("export.quotes.title", bank.studyName()));
            if (bank.withheldQuotes() > 0) {
                d.note(t("export.quotes.withheld", bank.withheldQuotes(), bank.withheldParticipants()));
            }
            for (CodeQuotes cq : bank.codes()) {
                d.heading(cq.path(), Math.min(cq.depth() + 1, 3));
                if (cq.quotes().isEmpty()) {
                    d.note(t("export.quotes.none"));
                }
                for (Quote q : cq.quotes()) {
                    d.quote(q.text(), q.attribution());
                }
            }
            doc.write(out);
        }
    }

    private String t(String key, Object... args) {
        return Messages.get(locale, key, args);
    }
}
