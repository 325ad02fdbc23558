package org.campo.export.qda;

import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.properties.UnitValue;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.campo.export.PdfFonts;
import org.campo.common.Messages;
import org.campo.export.AtomicFile;
import org.campo.model.Code;
import org.campo.model.Memo;
import org.campo.qda.TextPositions;

/**
 * A coded transcript as a PDF: the header with the case attributes that may be shown, then the
 * text line by line with, in the right margin beside each line, the codes that cover it (a
 * colour stripe and the code's path, like coding stripes) and the numbers of memos on codings
 * that start there; the memos follow as endnotes.
 */
final class TranscriptPdfWriter {
    private static final float TEXT_SIZE = 9.5f;
    private static final float MARGIN_SIZE = 7f;
    private static final float TEXT_WIDTH = 330f;
    private static final DeviceRgb HEADER = new DeviceRgb(0xE4, 0xE9, 0xF0);
    private final Locale locale;

    TranscriptPdfWriter(Locale locale) {
        this.locale = locale;
    }

    void write(Transcript t, Path target) {
        AtomicFile.write(target, out -> render(t, out));
    }

    void render(Transcript t, OutputStream out) throws IOException {
        PdfFonts fonts = PdfFonts.create();
        PdfWriter writer = new PdfWriter(out);
        writer.setCloseStream(false);
        try (PdfDocument pdf = new PdfDocument(writer);
                Document doc = fonts.document(pdf, PageSize.A4)) {
            PdfFont regular = fonts.regular();
            PdfFont bold = fonts.bold();
            pdf.getDocumentInfo().setTitle(t.source().name());
            pdf.getDocumentInfo().setCreator("Campo");
            doc.setFont(regular).setFontSize(TEXT_SIZE);
            doc.add(new Paragraph(t.source().name()).setFont(bold).setFontSize(14));
            Table header = new Table(UnitValue.createPercentArray(new float[] {30, 70})).useAllAvailableWidth();
            header.addCell(new Cell().add(new Paragraph(m("export.transcripts.kind"))).setBackgroundColor(HEADER));
            header.addCell(new Cell().add(new Paragraph(m("export.transcripts.kind." + t.source().kind().code()))));
            for (Map.Entry<String, String> e : t.header().entrySet()) {
                header.addCell(new Cell().add(new Paragraph(e.getKey())).setBackgroundColor(HEADER));
                header.addCell(new Cell().add(new Paragraph(e.getValue())));
            }
            header.addCell(new Cell().add(new Paragraph(m("export.transcripts.quotation"))).setBackgroundColor(HEADER));
            header.addCell(new Cell().add(new Paragraph(m(t.quotationAllowed() ? "export.transcripts.quotation.yes"
                    : "export.transcripts.quotation.no"))));
            doc.add(header);
            doc.add(new Paragraph(m("export.transcripts.legend")).setFontSize(MARGIN_SIZE).setItalic());

            Table body = new Table(UnitValue.createPointArray(new float[] {TEXT_WIDTH + 8, 515 - TEXT_WIDTH - 8}))
                    .useAllAvailableWidth();
            String text = t.source().text();
            for (int[] para : t.paragraphs()) {
                List<int[]> lines = wrap(text, para[0], para[1], regular);
                for (int[] line : lines) {
                    String lineText = TextPositions.slice(text, line[0], line[1]);
                    body.addCell(new Cell().add(new Paragraph(lineText.isEmpty() ? " " : lineText)
                                    .setMultipliedLeading(1.0f))
                            .setBorder(Border.NO_BORDER).setPaddingTop(0).setPaddingBottom(0));
                    body.addCell(margin(t.margin(line[0], Math.max(line[1], line[0] + 1)), regular));
                }
            }
            doc.add(body);
            if (!t.memos().isEmpty()) {
                doc.add(new Paragraph(m("export.transcripts.memos")).setFont(bold).setFontSize(12).setMarginTop(12));
                int n = 1;
                for (Memo memo : t.memos()) {
                    Paragraph p = new Paragraph().add(new Text("[" + n++ + "] ").setFont(bold));
                    if (memo.title() != null && !memo.title().isBlank()) {
                        p.add(new Text(memo.title() + ": ").setFont(bold));
                    }
                    doc.add(p.add(new Text(memo.text())));
                }
            }
        }
    }

    private Cell margin(Map<Code, Set<Integer>> codes, PdfFont font) {
        Cell cell = new Cell().setBorder(Border.NO_BORDER).setPaddingTop(0).setPaddingBottom(0);
        for (Map.Entry<Code, Set<Integer>> e : codes.entrySet()) {
            StringBuilder label = new StringBuilder(e.getKey().name());
            e.getValue().forEach(n -> label.append(" [").append(n).append(']'));
            cell.add(new Paragraph(label.toString()).setFont(font).setFontSize(MARGIN_SIZE)
                    .setMultipliedLeading(1.0f).setMargin(0).setPaddingLeft(4)
                    .setBorderLeft(new SolidBorder(color(e.getKey().color()), 4)));
        }
        return cell;
    }

    /** Splits [start, end) of the text into lines that fit the text column, at spaces where possible. */
    static List<int[]> wrap(String text, int start, int end, PdfFont font) {
        List<int[]> lines = new ArrayList<>();
        if (start >= end) {
            lines.add(new int[] {start, start});
            return lines;
        }
        int[] cps = TextPositions.slice(text, start, end).codePoints()
                .map(cp -> PdfFonts.covered(cp) ? cp : PdfFonts.MARKER).toArray();
        int lineStart = 0;
        int lastSpace = -1;
        float width = 0;
        for (int i = 0; i < cps.length; i++) {
            float w = font.getWidth(cps[i], TEXT_SIZE);
            if (cps[i] == ' ') {
                lastSpace = i;
            }
            if (width + w > TEXT_WIDTH && i > lineStart) {
                int cut = lastSpace > lineStart ? lastSpace + 1 : i;
                lines.add(new int[] {start + lineStart, start + cut});
                lineStart = cut;
                lastSpace = -1;
                width = 0;
                for (int j = lineStart; j <= i; j++) {
                    width += font.getWidth(cps[j], TEXT_SIZE);
                }
                continue;
            }
            width += w;
        }
        lines.add(new int[] {start + lineStart, start + cps.length});
        return lines;
    }

    static DeviceRgb color(String hex) {
        DeviceRgb fallback = new DeviceRgb(0x33, 0x66, 0xCC);
        if (hex == null) {
            return fallback;
        }
        try {
            int rgb = Integer.parseInt(hex.substring(1), 16);
            return new DeviceRgb((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            return fallback; // a colour that is not #RRGGBB: the codes' default blue
        }
    }

    private String m(String key, Object... args) {
        return Messages.get(locale, key, args);
    }
}
