package org.campo.export.consent;

import org.campo.export.AtomicFile;
import org.campo.export.PdfFonts;
import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfDocumentInfo;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.UnitValue;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Locale;
import org.campo.consent.ConsentLog;
import org.campo.consent.ConsentLogEntry;
import org.campo.consent.ConsentPermission;
import org.campo.consent.ConsentRecord;
import org.campo.consent.ConsentScript;
import org.campo.consent.SiteMonthTotals;

/**
 * The consent log as a PDF for IRB review: the verification result first (a reviewer must
 * see at once whether the log can be trusted), then one row per consent record grouped by
 * participant code, totals per site and month, and the scripts with their SHA-256.
 */
public final class ConsentLogPdfWriter {
    private static final DeviceRgb HEADER = new DeviceRgb(0xE4, 0xE9, 0xF0);
    private static final DeviceRgb OK = new DeviceRgb(0xE3, 0xF4, 0xE4);
    private static final DeviceRgb BAD = new DeviceRgb(0xFD, 0xE2, 0xE1);
    private static final DeviceRgb ZEBRA = new DeviceRgb(0xF7, 0xF8, 0xFA);
    private static final float SMALL = 7.5f;

    private final Locale locale;

    public ConsentLogPdfWriter(Locale locale) {
        this.locale = locale;
    }

    public void write(ConsentLog log, Path target) {
        AtomicFile.write(target, out -> render(log, out));
    }

    void render(ConsentLog log, OutputStream out) throws IOException {
        ConsentLogText t = new ConsentLogText(locale, log.zone());
        PdfFonts fonts = PdfFonts.create();
        PdfWriter writer = new PdfWriter(out);
        writer.setCloseStream(false);
        try (PdfDocument pdf = new PdfDocument(writer);
                Document doc = fonts.document(pdf, PageSize.A4.rotate())) {
            PdfDocumentInfo info = pdf.getDocumentInfo();
            info.setTitle(t.get("export.consent.title", log.studyName()));
            info.setCreator("Campo");
            PdfFont regular = fonts.regular();
            PdfFont bold = fonts.bold();
            doc.setFont(regular).setFontSize(9);
            doc.setMargins(28, 28, 28, 28);

            doc.add(new Paragraph(t.get("export.consent.title", log.studyName())).setFont(bold).setFontSize(15));
            doc.add(new Paragraph(t.generated(log)).setFontSize(8).setFontColor(ColorConstants.DARK_GRAY));
            doc.add(verification(log, t, bold));
            doc.add(heading(t.get("export.consent.section.records", log.entries().size(), log.participants()), bold));
            doc.add(records(log, t, bold));
            doc.add(heading(t.get("export.consent.section.totals"), bold));
            doc.add(totals(log, t, bold));
            doc.add(heading(t.get("export.consent.section.scripts"), bold));
            doc.add(scripts(log, t, bold));
            doc.add(new Paragraph(t.get("export.consent.tombstones", log.tombstones())).setFontSize(8)
                    .setMarginTop(8));
        }
    }

    private static Paragraph heading(String text, PdfFont bold) {
        return new Paragraph(text).setFont(bold).setFontSize(11).setMarginTop(12).setMarginBottom(4);
    }

    private static Div verification(ConsentLog log, ConsentLogText t, PdfFont bold) {
        boolean ok = log.verification().ok();
        Div box = new Div().setBackgroundColor(ok ? OK : BAD).setPadding(6).setMarginTop(6)
                .setBorder(new SolidBorder(ok ? new DeviceRgb(0x4C, 0xAF, 0x50) : new DeviceRgb(0xD3, 0x2F, 0x2F), 1));
        box.add(new Paragraph(t.get("export.consent.verification") + ": " + t.verificationSummary(log.verification()))
                .setFont(bold).setFontSize(9.5f));
        box.add(new Paragraph(t.get("export.consent.head", log.verification().head())).setFontSize(8));
        for (String problem : t.verificationProblems(log.verification())) {
            box.add(new Paragraph("- " + problem).setFontSize(8.5f));
        }
        if (log.tamperedEntries() > 0) {
            box.add(new Paragraph(t.get("export.consent.alteredRows", log.tamperedEntries())).setFont(bold)
                    .setFontSize(8.5f));
        }
        return box;
    }

    private static Table records(ConsentLog log, ConsentLogText t, PdfFont bold) {
        float[] widths = {7, 8.5f, 4, 5.5f, 7.5f, 5, 5.5f, 5, 5, 5, 6.5f, 7, 6.5f, 9.5f, 6.5f};
        Table table = new Table(UnitValue.createPercentArray(widths)).useAllAvailableWidth();
        String[] headers = {t.get("export.consent.col.code"), t.get("export.consent.col.script"),
                t.get("export.consent.col.language"), t.get("export.consent.col.mode"),
                t.get("export.consent.col.minor"), t.permission(ConsentPermission.PARTICIPATE),
                t.permission(ConsentPermission.AUDIO_RECORDING), t.permission(ConsentPermission.DIRECT_QUOTATION),
                t.permission(ConsentPermission.FUTURE_CONTACT), t.permission(ConsentPermission.DATA_SHARING),
                t.get("export.consent.col.date"), t.get("export.consent.col.site"),
                t.get("export.consent.col.researcher"), t.get("export.consent.col.withdrawal"),
                t.get("export.consent.col.check")};
        for (String h : headers) {
            table.addHeaderCell(cell(h, bold).setBackgroundColor(HEADER));
        }
        int row = 0;
        for (ConsentLogEntry e : log.entries()) {
            ConsentRecord c = e.consent();
            String[] values = {c.participantCode(), c.script().key() + " v" + c.script().version(),
                    c.script().language(), t.mode(c.mode()), t.minor(c),
                    t.decision(c, ConsentPermission.PARTICIPATE), t.decision(c, ConsentPermission.AUDIO_RECORDING),
                    t.decision(c, ConsentPermission.DIRECT_QUOTATION), t.decision(c, ConsentPermission.FUTURE_CONTACT),
                    t.decision(c, ConsentPermission.DATA_SHARING), t.date(c.obtainedAt()),
                    c.siteCode() == null ? "" : c.siteCode(), c.researcherName(), t.withdrawal(e), t.check(e)};
            for (int i = 0; i < values.length; i++) {
                Cell cell = cell(values[i], i == 0 || (i == values.length - 1 && e.tampered()) ? bold : null);
                if (e.tampered()) {
                    cell.setBackgroundColor(BAD);
                } else if (row % 2 == 1) {
                    cell.setBackgroundColor(ZEBRA);
                }
                table.addCell(cell);
            }
            row++;
        }
        if (log.entries().isEmpty()) {
            table.addCell(new Cell(1, widths.length).add(new Paragraph(t.get("export.consent.none")).setFontSize(SMALL)));
        }
        return table;
    }

    private static Table totals(ConsentLog log, ConsentLogText t, PdfFont bold) {
        Table table = new Table(UnitValue.createPercentArray(new float[] {14, 10, 10, 10, 10, 10})).setWidth(
                UnitValue.createPercentValue(64));
        for (String h : new String[] {t.get("export.consent.col.site"), t.get("export.consent.col.month"),
                t.get("export.consent.col.consents"), t.get("export.consent.col.granted"),
                t.get("export.consent.col.refused"), t.get("export.consent.col.withdrawn")}) {
            table.addHeaderCell(cell(h, bold).setBackgroundColor(HEADER));
        }
        int[] sum = new int[4];
        for (SiteMonthTotals s : log.totals()) {
            table.addCell(cell(s.siteCode() == null ? t.get("export.consent.noSite") : s.siteCode(), null));
            table.addCell(cell(s.month().toString(), null));
            int[] n = {s.consents(), s.participationGranted(), s.participationRefused(), s.withdrawn()};
            for (int i = 0; i < 4; i++) {
                table.addCell(number(n[i], null));
                sum[i] += n[i];
            }
        }
        table.addCell(new Cell(1, 2).add(new Paragraph(t.get("export.consent.total")).setFont(bold).setFontSize(SMALL))
                .setBackgroundColor(HEADER).setPaddings(2, 3, 2, 3)
                .setBorder(new SolidBorder(ColorConstants.LIGHT_GRAY, 0.5f)));
        for (int n : sum) {
            table.addCell(number(n, bold).setBackgroundColor(HEADER));
        }
        return table;
    }

    private static Table scripts(ConsentLog log, ConsentLogText t, PdfFont bold) {
        Table table = new Table(UnitValue.createPercentArray(new float[] {10, 5, 5, 24, 22, 34, 10}))
                .useAllAvailableWidth();
        for (String h : new String[] {t.get("export.consent.col.script"), t.get("export.consent.col.version"),
                t.get("export.consent.col.language"), t.get("export.consent.col.title"),
                t.get("export.consent.col.asks"), "SHA-256", t.get("export.consent.col.created")}) {
            table.addHeaderCell(cell(h, bold).setBackgroundColor(HEADER));
        }
        for (ConsentScript s : log.scripts()) {
            table.addCell(cell(s.key(), null));
            table.addCell(cell("v" + s.version(), null));
            table.addCell(cell(s.language(), null));
            table.addCell(cell(s.title(), null));
            table.addCell(cell(String.join(", ", s.asks().stream().sorted().map(t::permission).toList()), null));
            table.addCell(cell(s.sha256(), null).setFontSize(6));
            table.addCell(cell(t.date(s.createdAt()), null));
        }
        return table;
    }

    private static Cell cell(String text, PdfFont font) {
        Paragraph p = new Paragraph(text == null ? "" : text).setFontSize(SMALL).setMultipliedLeading(1.05f);
        if (font != null) {
            p.setFont(font);
        }
        return new Cell().add(p).setPaddings(2, 3, 2, 3).setBorder(new SolidBorder(ColorConstants.LIGHT_GRAY, 0.5f));
    }

    private static Cell number(int n, PdfFont font) {
        Cell c = cell(Integer.toString(n), font);
        c.setTextAlignment(com.itextpdf.layout.properties.TextAlignment.RIGHT);
        return c;
    }
}
