package org.campo.export.qda;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/** Small building blocks for the qualitative-analysis documents. */
final class Docx {
    /** Usable page width of a Letter/A4 page with default margins, in points. */
    static final double PAGE_WIDTH_PT = 450;
    final XWPFDocument doc;

    Docx(XWPFDocument doc) {
        this.doc = doc;
    }

    XWPFParagraph title(String text) {
        XWPFParagraph p = doc.createParagraph();
        XWPFRun r = p.createRun();
        r.setBold(true);
        r.setFontSize(18);
        r.setText(text);
        return p;
    }

    /** A heading: level 1 is the largest. */
    XWPFParagraph heading(String text, int level) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingBefore(level == 1 ? 240 : 160);
        p.setKeepNext(true);
        XWPFRun r = p.createRun();
        r.setBold(true);
        r.setFontSize(level == 1 ? 15 : level == 2 ? 13 : 11);
        r.setText(text);
        return p;
    }

    XWPFParagraph paragraph(String text) {
        XWPFParagraph p = doc.createParagraph();
        lines(p.createRun(), text);
        return p;
    }

    XWPFParagraph note(String text) {
        XWPFParagraph p = doc.createParagraph();
        XWPFRun r = p.createRun();
        r.setItalic(true);
        r.setColor("555555");
        lines(r, text);
        return p;
    }

    /** A quote as reports print them: the words in quotation marks, then the attribution. */
    XWPFParagraph quote(String text, String attribution) {
        XWPFParagraph p = doc.createParagraph();
        p.setIndentationLeft(567);
        p.setIndentationRight(567);
        XWPFRun r = p.createRun();
        r.setItalic(true);
        lines(r, "“" + text + "”");
        if (attribution != null && !attribution.isBlank()) {
            XWPFRun a = p.createRun();
            a.setText(" (" + attribution + ")");
        }
        return p;
    }

    void picture(byte[] png, int widthPx, int heightPx, String name) throws IOException {
        double scale = Math.min(1.0, PAGE_WIDTH_PT / (widthPx * 0.75));
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        try {
            p.createRun().addPicture(new ByteArrayInputStream(png), PictureType.PNG, name,
                    Units.toEMU(widthPx * 0.75 * scale), Units.toEMU(heightPx * 0.75 * scale));
        } catch (InvalidFormatException e) {
            throw new IOException(e);
        }
    }

    /** Sets text keeping line breaks. */
    static void lines(XWPFRun run, String text) {
        String[] parts = text.split("\n", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(parts[i], i);
        }
    }
}
