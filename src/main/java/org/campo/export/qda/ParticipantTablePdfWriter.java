package org.campo.export.qda;

import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Locale;
import org.campo.export.PdfFonts;
import org.campo.common.Messages;
import org.campo.export.AtomicFile;
import org.campo.export.summary.CountTable;
import org.campo.export.summary.PublishedTable;

/** The participant table as a printable PDF, like Table 1 of a report: one block per attribute. */
public final class ParticipantTablePdfWriter {
    private static final DeviceRgb HEADER = new DeviceRgb(0xE4, 0xE9, 0xF0);
    private static final DeviceRgb HIDDEN = new DeviceRgb(0xFF, 0xF1, 0xD6);
    private final Locale locale;

    public ParticipantTablePdfWriter(Locale locale) {
        this.locale = locale;
    }

    public void write(ParticipantTable table, Path target) {
        AtomicFile.write(target, out -> render(table, out));
    }

    void render(ParticipantTable table, OutputStream out) throws IOException {
        PdfFonts fonts = PdfFonts.create();
        PdfWriter writer = new PdfWriter(out);
        writer.setCloseStream(false);
        try (PdfDocument pdf = new PdfDocument(writer);
                Document doc = fonts.document(pdf, PageSize.A4)) {
            PdfFont regular = fonts.regular();
            PdfFont bold = fonts.bold();
            pdf.getDocumentInfo().setTitle(t("export.participants.title", table.studyName()));
            pdf.getDocumentInfo().setCreator("Campo");
            doc.setFont(regular).setFontSize(10);
            doc.add(new Paragraph(t("export.participants.title", table.studyName())).setFont(bold).setFontSize(15));
            doc.add(new Paragraph(t("export.participants.cases", table.cases())));
            Table grid = new Table(UnitValue.createPercentArray(new float[] {60, 20, 20})).useAllAvailableWidth();
            for (PublishedTable block : table.blocks()) {
                CountTable ct = block.table();
                grid.addCell(head(ct.title(), bold, TextAlignment.LEFT));
                grid.addCell(head("n", bold, TextAlignment.RIGHT));
                grid.addCell(head("%", bold, TextAlignment.RIGHT));
                boolean percentages = block.showsPercentages(0);
                for (int i = 0; i <= ct.rows(); i++) {
                    boolean total = i == ct.rows();
                    String label = total ? t("export.participants.total") : ct.rowLabels().get(i);
                    grid.addCell(new Cell().add(new Paragraph(label).setFont(total ? bold : regular))
                            .setPaddingLeft(total ? 4 : 12));
                    if (block.shows(i, 0)) {
                        grid.addCell(number(Long.toString(ct.cell(i, 0))));
                        grid.addCell(number(percentages ? String.format(locale, "%.1f",
                                100.0 * ct.cell(i, 0) / ct.cell(ct.rows(), 0)) : ""));
                    } else {
                        grid.addCell(number(ParticipantTable.MARK).setBackgroundColor(HIDDEN));
                        grid.addCell(number(ParticipantTable.MARK).setBackgroundColor(HIDDEN));
                    }
                }
            }
            doc.add(grid);
            if (table.anyHidden()) {
                doc.add(new Paragraph(t("export.participants.footnote", ParticipantTable.MARK, table.minCell()))
                        .setFontSize(8));
            }
        }
    }

    private static Cell head(String text, PdfFont bold, TextAlignment align) {
        return new Cell().add(new Paragraph(text).setFont(bold)).setBackgroundColor(HEADER).setTextAlignment(align);
    }

    private static Cell number(String text) {
        return new Cell().add(new Paragraph(text)).setTextAlignment(TextAlignment.RIGHT);
    }

    private String t(String key, Object... args) {
        return Messages.get(locale, key, args);
    }
}
