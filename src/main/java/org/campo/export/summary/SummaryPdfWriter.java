package org.campo.export.summary;

import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.campo.export.PdfFonts;
import org.campo.export.AtomicFile;

/**
 * The summary as a printable PDF: a title page (study, form, period, threshold, audit chain
 * head), then each closed question as a table beside a bar chart, the cross-tabulations, the
 * number summaries, the flow section with a daily chart per point, and the referral list when
 * asked for. Suppressed cells read {@value #MARK} on a shaded background and every page section
 * that has one repeats the footnote.
 */
public final class SummaryPdfWriter {
    static final String MARK = "s";
    private static final DeviceRgb HEADER = new DeviceRgb(0xE4, 0xE9, 0xF0);
    private static final DeviceRgb HIDDEN = new DeviceRgb(0xFF, 0xF1, 0xD6);
    private static final DeviceRgb ZEBRA = new DeviceRgb(0xF7, 0xF8, 0xFA);
    private static final float SMALL = 7.5f;

    private final SummaryText text;
    private PdfFont regular;
    private PdfFont bold;

    public SummaryPdfWriter(SummaryText text) {
        this.text = text;
    }

    public void write(SummaryReport report, Path target) {
        AtomicFile.write(target, out -> render(report, out));
    }

    void render(SummaryReport report, OutputStream out) throws IOException {
        PdfFonts fonts = PdfFonts.create();
        PdfWriter writer = new PdfWriter(out);
        writer.setCloseStream(false);
        try (PdfDocument pdf = new PdfDocument(writer);
                Document doc = fonts.document(pdf, PageSize.A4)) {
            pdf.getDocumentInfo().setTitle(text.get("title", report.header().formTitle()));
            pdf.getDocumentInfo().setCreator("Campo");
            regular = fonts.regular();
            bold = fonts.bold();
            doc.setFont(regular).setFontSize(9);
            doc.setMargins(36, 36, 36, 36);
            PdfCharts charts = new PdfCharts(pdf, regular);
            titlePage(doc, report);
            if (report.flow() != null) {
                doc.add(new AreaBreak());
                flow(doc, report, charts);
            }
            if (!report.frequencies().isEmpty()) {
                doc.add(new AreaBreak());
                doc.add(heading(text.get("section.frequencies"), 13));
                for (PublishedTable t : report.frequencies()) {
                    frequency(doc, t, report, charts);
                }
            }
            if (!report.crossTabs().isEmpty()) {
                doc.add(new AreaBreak());
                doc.add(heading(text.get("section.crossTabs"), 13));
                for (PublishedTable t : report.crossTabs()) {
                    Div block = new Div().setKeepTogether(true).setMarginBottom(10);
                    block.add(heading(t.table().title(), 10));
                    if (t.table().multipleResponse()) {
                        block.add(note(text.get("multipleNote")));
                    }
                    block.add(grid(t, false));
                    footnote(block, t, report);
                    doc.add(block);
                }
            }
            if (!report.numbers().isEmpty()) {
                doc.add(heading(text.get("section.numbers"), 13));
                doc.add(numbers(report));
                doc.add(note(text.get("numbersNote", report.header().minCell())));
            }
            if (report.referrals() != null) {
                doc.add(new AreaBreak());
                doc.add(heading(text.get("section.referrals", report.referrals().size()), 13));
                doc.add(note(text.get("referralsNote")));
                doc.add(referrals(report));
            }
        }
    }

    private void titlePage(Document doc, SummaryReport report) {
        SummaryHeader h = report.header();
        doc.add(new Paragraph(text.get("title", h.formTitle())).setFont(bold).setFontSize(18).setMarginTop(120));
        doc.add(new Paragraph(h.studyName()).setFontSize(12).setFontColor(ColorConstants.DARK_GRAY).setMarginBottom(24));
        Table facts = new Table(UnitValue.createPercentArray(new float[] {28, 72})).useAllAvailableWidth();
        for (String[] line : TitleFacts.of(h, text)) {
            facts.addCell(plain(line[0], bold, 9));
            facts.addCell(plain(line[1], null, line[0].equals(text.get("auditHead")) ? 7 : 9));
        }
        doc.add(facts);
        Div box = new Div().setBackgroundColor(HIDDEN).setPadding(8).setMarginTop(24);
        box.add(new Paragraph(text.get("footnote", MARK, h.minCell())).setFontSize(8.5f));
        if (!report.sensitiveOmitted().isEmpty()) {
            box.add(new Paragraph(text.get("sensitiveOmitted", String.join(", ", report.sensitiveOmitted())))
                    .setFontSize(8.5f));
        }
        doc.add(box);
    }

    private void frequency(Document doc, PublishedTable t, SummaryReport report, PdfCharts charts) {
        Div block = new Div().setKeepTogether(true).setMarginBottom(12);
        block.add(heading(t.table().title(), 10));
        if (t.table().multipleResponse()) {
            block.add(note(text.get("multipleNote")));
        }
        Table layout = new Table(UnitValue.createPercentArray(new float[] {48, 52})).useAllAvailableWidth();
        layout.addCell(new Cell().add(grid(t, true)).setBorder(Border.NO_BORDER).setPaddingRight(8));
        layout.addCell(new Cell().add(charts.horizontalBars(t, 255, MARK).setMarginTop(14))
                .setBorder(Border.NO_BORDER).setVerticalAlignment(VerticalAlignment.TOP));
        block.add(layout);
        footnote(block, t, report);
        doc.add(block);
    }

    private void flow(Document doc, SummaryReport report, PdfCharts charts) {
        doc.add(heading(text.get("section.flow"), 13));
        doc.add(note(text.get("flowNote")));
        for (PublishedTable t : report.flow().pointTables()) {
            String point = t.table().id().substring("flow_".length());
            List<DailyFlow> days = report.flow().days().stream().filter(d -> d.point().equals(point)).toList();
            Div chart = new Div().setKeepTogether(true);
            chart.add(heading(t.table().title(), 11));
            chart.add(charts.dailyFlow(days, 523, 150, text.get("entries"), text.get("exits"), text.get("net"), MARK));
            chart.add(dailyTable(days));
            doc.add(chart);
            Div block = new Div().setMarginBottom(12);
            block.add(heading(text.get("breakdown", t.table().title()), 9));
            block.add(grid(t, false));
            footnote(block, t, report);
            doc.add(block);
        }
    }

    private Table dailyTable(List<DailyFlow> days) {
        Table table = new Table(UnitValue.createPercentArray(new float[] {16, 12, 12, 12})).setWidth(
                UnitValue.createPercentValue(60)).setMarginTop(4).setMarginBottom(6);
        for (String h : new String[] {text.get("date"), text.get("entries"), text.get("exits"), text.get("net")}) {
            table.addHeaderCell(cell(h, bold).setBackgroundColor(HEADER));
        }
        for (DailyFlow d : days) {
            table.addCell(cell(d.date().toString(), null));
            table.addCell(number(d.entries(), d.entriesHidden(), null));
            table.addCell(number(d.exits(), d.exitsHidden(), null));
            table.addCell(number(d.net(), d.netHidden(), null));
        }
        return table;
    }

    /** A count table; one-way tables get a percentage column instead of a repeated total column. */
    private Table grid(PublishedTable published, boolean compact) {
        CountTable t = published.table();
        int dataColumns = t.oneWay() ? 2 : t.columns() + 1;
        float[] widths = new float[dataColumns + 1];
        widths[0] = t.oneWay() ? 60 : Math.max(22, 100f / (dataColumns + 2) * 2);
        for (int i = 1; i < widths.length; i++) {
            widths[i] = t.oneWay() ? 20 : (100 - widths[0]) / dataColumns;
        }
        Table table = new Table(UnitValue.createPercentArray(widths)).useAllAvailableWidth();
        table.addHeaderCell(cell(t.rowHeader() + (t.oneWay() ? "" : " \\ " + t.columnHeader()), bold)
                .setBackgroundColor(HEADER));
        if (t.oneWay()) {
            table.addHeaderCell(cell(t.columnLabels().get(0), bold).setBackgroundColor(HEADER)
                    .setTextAlignment(TextAlignment.RIGHT));
            table.addHeaderCell(cell("%", bold).setBackgroundColor(HEADER).setTextAlignment(TextAlignment.RIGHT));
        } else {
            for (int c = 0; c <= t.columns(); c++) {
                table.addHeaderCell(cell(c < t.columns() ? t.columnLabels().get(c) : text.get("total"), bold)
                        .setBackgroundColor(HEADER).setTextAlignment(TextAlignment.RIGHT));
            }
        }
        for (int r = 0; r <= t.rows(); r++) {
            boolean total = r == t.rows();
            PdfFont font = total ? bold : null;
            Cell label = cell(total ? text.get(t.multipleResponse() ? "respondents" : "total") : t.rowLabels().get(r),
                    font);
            table.addCell(zebra(label, r, total));
            if (t.oneWay()) {
                table.addCell(zebra(count(published, r, 0, font), r, total));
                String pct = published.shows(r, 0) && published.showsPercentages(0)
                        ? String.format(text.locale(), "%.1f", 100.0 * t.cell(r, 0) / t.cell(t.rows(), 0)) : MARK;
                Cell p = cell(pct, font).setTextAlignment(TextAlignment.RIGHT);
                table.addCell(published.shows(r, 0) ? zebra(p, r, total) : p.setBackgroundColor(HIDDEN));
            } else {
                for (int c = 0; c <= t.columns(); c++) {
                    table.addCell(zebra(count(published, r, c, c == t.columns() ? bold : font), r, total));
                }
            }
        }
        if (compact) {
            table.setFontSize(SMALL);
        }
        return table;
    }

    private Table numbers(SummaryReport report) {
        Table table = new Table(UnitValue.createPercentArray(new float[] {40, 10, 12, 12, 12, 12}))
                .useAllAvailableWidth();
        for (String h : new String[] {text.get("variable"), "n", text.get("mean"), text.get("median"),
                text.get("min"), text.get("max")}) {
            table.addHeaderCell(cell(h, bold).setBackgroundColor(HEADER));
        }
        for (NumericSummary n : report.numbers()) {
            table.addCell(cell(n.label(), null));
            table.addCell(cell(Long.toString(n.n()), null).setTextAlignment(TextAlignment.RIGHT));
            for (double v : new double[] {n.mean(), n.median(), n.min(), n.max()}) {
                String s = n.hasValues() ? String.format(text.locale(), "%.1f", v) : n.suppressed() ? MARK : "";
                Cell c = cell(s, null).setTextAlignment(TextAlignment.RIGHT);
                table.addCell(n.suppressed() ? c.setBackgroundColor(HIDDEN) : c);
            }
        }
        return table;
    }

    private Table referrals(SummaryReport report) {
        Table table = new Table(UnitValue.createPercentArray(new float[] {30, 11, 14, 35, 10})).useAllAvailableWidth();
        for (String h : new String[] {text.get("key"), text.get("date"), text.get("site"), text.get("vulnerabilities"),
                text.get("accepted")}) {
            table.addHeaderCell(cell(h, bold).setBackgroundColor(HEADER));
        }
        int row = 0;
        for (ReferralCase c : report.referrals()) {
            String[] values = {c.key(), c.date() == null ? "" : c.date().toString(), c.site(),
                    String.join("; ", c.vulnerabilities()), c.accepted()};
            for (String v : values) {
                table.addCell(zebra(cell(v, null).setFontSize(7), row, false));
            }
            row++;
        }
        return table;
    }

    private Cell count(PublishedTable t, int r, int c, PdfFont font) {
        if (!t.shows(r, c)) {
            return cell(MARK, font).setTextAlignment(TextAlignment.RIGHT).setBackgroundColor(HIDDEN);
        }
        return cell(Long.toString(t.table().cell(r, c)), font).setTextAlignment(TextAlignment.RIGHT);
    }

    private Cell number(long value, boolean hidden, PdfFont font) {
        Cell c = cell(hidden ? MARK : Long.toString(value), font).setTextAlignment(TextAlignment.RIGHT);
        return hidden ? c.setBackgroundColor(HIDDEN) : c;
    }

    private void footnote(Div block, PublishedTable t, SummaryReport report) {
        if (t.anyHidden()) {
            block.add(note(text.get("footnote", MARK, report.header().minCell())));
        }
    }

    private static Cell zebra(Cell c, int row, boolean total) {
        if (c.hasProperty(com.itextpdf.layout.properties.Property.BACKGROUND)) {
            return c;
        }
        if (total) {
            return c.setBackgroundColor(HEADER);
        }
        return row % 2 == 1 ? c.setBackgroundColor(ZEBRA) : c;
    }

    private Paragraph heading(String s, float size) {
        return new Paragraph(s).setFont(bold).setFontSize(size).setMarginTop(8).setMarginBottom(3);
    }

    private static Paragraph note(String s) {
        return new Paragraph(s).setFontSize(7).setFontColor(ColorConstants.DARK_GRAY).setMarginTop(2);
    }

    private static Cell plain(String s, PdfFont font, float size) {
        Paragraph p = new Paragraph(s == null ? "" : s).setFontSize(size);
        if (font != null) {
            p.setFont(font);
        }
        return new Cell().add(p).setBorder(Border.NO_BORDER).setPaddings(2, 3, 2, 3);
    }

    private static Cell cell(String text, PdfFont font) {
        Paragraph p = new Paragraph(text == null ? "" : text).setFontSize(SMALL).setMultipliedLeading(1.05f);
        if (font != null) {
            p.setFont(font);
        }
        return new Cell().add(p).setPaddings(2, 3, 2, 3).setBorder(new SolidBorder(ColorConstants.LIGHT_GRAY, 0.5f));
    }

    /** The locale the numbers are formatted in. */
    Locale locale() {
        return text.locale();
    }
}
