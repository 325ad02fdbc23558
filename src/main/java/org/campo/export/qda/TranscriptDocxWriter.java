package org.campo.export.qda;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.campo.common.Messages;
import org.campo.export.AtomicFile;
import org.campo.model.Code;
import org.campo.model.Memo;
import org.campo.qda.TextPositions;

/**
 * A coded transcript as a Word document: the header with the case attributes that may be
 * shown, then the text paragraph by paragraph in a two-column table whose right column lists,
 * beside each paragraph, the codes that cover it (colour stripe and path) with memo numbers;
 * the memos follow as endnotes.
 */
final class TranscriptDocxWriter {
    private final Locale locale;

    TranscriptDocxWriter(Locale locale) {
        this.locale = locale;
    }

    void write(Transcript t, Path target) {
        AtomicFile.write(target, out -> render(t, out));
    }

    void render(Transcript t, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            Docx d = new Docx(doc);
            d.title(t.source().name());
            d.paragraph(m("export.transcripts.kind") + ": " + m("export.transcripts.kind." + t.source().kind().code()));
            for (Map.Entry<String, String> e : t.header().entrySet()) {
                d.paragraph(e.getKey() + ": " + e.getValue());
            }
            d.paragraph(m("export.transcripts.quotation") + ": " + m(t.quotationAllowed()
                    ? "export.transcripts.quotation.yes" : "export.transcripts.quotation.no"));
            d.note(m("export.transcripts.legend"));
            XWPFTable table = doc.createTable();
            table.setWidth("100%");
            boolean first = true;
            String text = t.source().text();
            for (int[] para : t.paragraphs()) {
                XWPFTableRow row = first ? table.getRow(0) : table.createRow();
                if (first) {
                    row.addNewTableCell();
                    first = false;
                }
                XWPFTableCell left = row.getCell(0);
                left.setWidth("68%");
                left.getParagraphs().get(0).createRun().setText(TextPositions.slice(text, para[0], para[1]));
                XWPFTableCell right = row.getCell(1);
                right.setWidth("32%");
                margin(right.getParagraphs().get(0), t.margin(para[0], Math.max(para[1], para[0] + 1)));
            }
            if (!t.memos().isEmpty()) {
                d.heading(m("export.transcripts.memos"), 2);
                int n = 1;
                for (Memo memo : t.memos()) {
                    XWPFParagraph p = doc.createParagraph();
                    XWPFRun num = p.createRun();
                    num.setBold(true);
                    num.setText("[" + n++ + "] " + (memo.title() == null || memo.title().isBlank() ? ""
                            : memo.title() + ": "));
                    Docx.lines(p.createRun(), memo.text());
                }
            }
            doc.write(out);
        }
    }

    private static void margin(XWPFParagraph p, Map<Code, Set<Integer>> codes) {
        boolean firstCode = true;
        for (Map.Entry<Code, Set<Integer>> e : codes.entrySet()) {
            if (!firstCode) {
                p.createRun().addBreak();
            }
            firstCode = false;
            XWPFRun stripe = p.createRun();
            stripe.setText("█ ");
            stripe.setColor(hex(e.getKey().color()));
            stripe.setFontSize(8);
            XWPFRun name = p.createRun();
            StringBuilder sb = new StringBuilder(e.getKey().name());
            e.getValue().forEach(n -> sb.append(" [").append(n).append(']'));
            name.setText(sb.toString());
            name.setFontSize(8);
        }
    }

    private static String hex(String color) {
        return color != null && color.matches("#[0-9A-Fa-f]{6}") ? color.substring(1).toUpperCase(Locale.ROOT) : "3366CC";
    }

    private String m(String key, Object... args) {
        return Messages.get(locale, key, args);
    }
}
