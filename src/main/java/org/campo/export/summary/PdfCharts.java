package org.campo.export.summary;

import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import com.itextpdf.layout.element.Image;
import java.util.List;
import org.campo.export.PdfFonts;

/**
 * Bar charts drawn straight onto a PDF canvas (no chart library): horizontal bars for a
 * frequency table and grouped daily bars with a net-flow line for flow counts. A suppressed
 * count gets no bar, only the mark, so a chart never shows what its table hides.
 */
final class PdfCharts {
    static final DeviceRgb BAR = new DeviceRgb(0x3A, 0x6E, 0xA5);
    static final DeviceRgb EXIT = new DeviceRgb(0xE0, 0x8A, 0x2E);
    static final DeviceRgb NET = new DeviceRgb(0x2E, 0x7D, 0x32);
    private static final DeviceRgb GRID = new DeviceRgb(0xDD, 0xDD, 0xDD);

    private final PdfDocument pdf;
    private final PdfFont font;

    PdfCharts(PdfDocument pdf, PdfFont font) {
        this.pdf = pdf;
        this.font = font;
    }

    /** One bar per row of a one-way table, labelled with its category and count. */
    Image horizontalBars(PublishedTable published, float width, String mark) {
        CountTable t = published.table();
        float rowHeight = 13;
        float labelWidth = width * 0.42f;
        float height = t.rows() * rowHeight + 6;
        PdfFormXObject x = new PdfFormXObject(new Rectangle(width, height));
        PdfCanvas canvas = new PdfCanvas(x, pdf);
        long max = 1;
        for (int r = 0; r < t.rows(); r++) {
            if (published.shows(r, 0)) {
                max = Math.max(max, t.cell(r, 0));
            }
        }
        float barSpace = width - labelWidth - 34;
        for (int r = 0; r < t.rows(); r++) {
            float y = height - (r + 1) * rowHeight;
            text(canvas, fit(t.rowLabels().get(r), labelWidth - 4, 7), 0, y + 3.5f, 7, ColorConstants.BLACK);
            if (published.shows(r, 0)) {
                float w = barSpace * t.cell(r, 0) / max;
                canvas.setFillColor(BAR).rectangle(labelWidth, y + 2, Math.max(w, 0.5f), rowHeight - 4).fill();
                text(canvas, Long.toString(t.cell(r, 0)), labelWidth + w + 3, y + 3.5f, 7, ColorConstants.DARK_GRAY);
            } else {
                text(canvas, mark, labelWidth + 3, y + 3.5f, 7, ColorConstants.RED);
            }
        }
        canvas.setStrokeColor(ColorConstants.GRAY).setLineWidth(0.5f).moveTo(labelWidth, 0)
                .lineTo(labelWidth, height).stroke();
        canvas.release();
        return new Image(x);
    }

    /** Entries and exits per day as paired bars, net flow as a line, for one point. */
    Image dailyFlow(List<DailyFlow> days, float width, float height, String entriesLabel, String exitsLabel,
                    String netLabel, String mark) {
        PdfFormXObject x = new PdfFormXObject(new Rectangle(width, height));
        PdfCanvas canvas = new PdfCanvas(x, pdf);
        float left = 34;
        float bottom = 30;
        float top = height - 16;
        float plotWidth = width - left - 6;
        long max = 1;
        long min = 0;
        for (DailyFlow d : days) {
            max = Math.max(max, Math.max(d.entriesHidden() ? 0 : d.entries(), d.exitsHidden() ? 0 : d.exits()));
            if (!d.netHidden()) {
                min = Math.min(min, d.net());
                max = Math.max(max, d.net());
            }
        }
        long step = niceStep((max - min) / 4.0);
        max = ((max + step - 1) / step) * step;
        min = min < 0 ? -((-min + step - 1) / step) * step : 0;
        final long lo = min;
        final float scale = (top - bottom) / (float) (max - min);
        java.util.function.LongFunction<Float> yOf = v -> bottom + (v - lo) * scale;
        for (long v = min; v <= max; v += step) {
            float y = yOf.apply(v);
            canvas.setStrokeColor(v == 0 ? ColorConstants.GRAY : GRID).setLineWidth(0.5f).moveTo(left, y)
                    .lineTo(left + plotWidth, y).stroke();
            String s = Long.toString(v);
            text(canvas, s, left - 3 - font.getWidth(s, 6.5f), y - 2, 6.5f, ColorConstants.DARK_GRAY);
        }
        float slot = plotWidth / Math.max(days.size(), 1);
        float bar = Math.min(slot * 0.36f, 14);
        float zero = yOf.apply(0);
        int labelEvery = Math.max(1, (int) Math.ceil(days.size() / (plotWidth / 34)));
        float[] netX = new float[days.size()];
        float[] netY = new float[days.size()];
        for (int i = 0; i < days.size(); i++) {
            DailyFlow d = days.get(i);
            float cx = left + slot * i + slot / 2;
            bar(canvas, cx - bar, zero, bar, d.entries(), d.entriesHidden(), scale, BAR, mark);
            bar(canvas, cx, zero, bar, d.exits(), d.exitsHidden(), scale, EXIT, mark);
            netX[i] = cx;
            netY[i] = d.netHidden() ? Float.NaN : yOf.apply(d.net());
            if (i % labelEvery == 0) {
                String label = d.date().toString().substring(5);
                text(canvas, label, cx - font.getWidth(PdfFonts.visible(label), 6.5f) / 2, bottom - 10, 6.5f, ColorConstants.DARK_GRAY);
            }
        }
        canvas.setStrokeColor(NET).setLineWidth(1.2f);
        boolean drawing = false;
        for (int i = 0; i < netX.length; i++) {
            if (Float.isNaN(netY[i])) {
                drawing = false;
                continue;
            }
            if (drawing) {
                canvas.lineTo(netX[i], netY[i]);
            } else {
                canvas.moveTo(netX[i], netY[i]);
                drawing = true;
            }
        }
        canvas.stroke();
        canvas.setFillColor(NET);
        for (int i = 0; i < netX.length; i++) {
            if (!Float.isNaN(netY[i])) {
                canvas.circle(netX[i], netY[i], 1.6f).fill();
            }
        }
        float lx = left;
        for (Object[] item : new Object[][] {{BAR, entriesLabel}, {EXIT, exitsLabel}, {NET, netLabel}}) {
            canvas.setFillColor((Color) item[0]).rectangle(lx, 4, 8, 6).fill();
            text(canvas, (String) item[1], lx + 11, 4.5f, 7, ColorConstants.BLACK);
            lx += 18 + font.getWidth(PdfFonts.visible((String) item[1]), 7);
        }
        canvas.release();
        return new Image(x);
    }

    private void bar(PdfCanvas canvas, float x, float zero, float w, long value, boolean hidden, float scale,
                     Color color, String mark) {
        if (hidden) {
            text(canvas, mark, x + w / 2 - 1.5f, zero + 2, 6, ColorConstants.RED);
            return;
        }
        canvas.setFillColor(color).rectangle(x, zero, w, Math.max(value * scale, 0.3f)).fill();
    }

    private void text(PdfCanvas canvas, String s, float x, float y, float size, Color color) {
        String shown = PdfFonts.visible(s);
        canvas.beginText().setFontAndSize(font, size).setFillColor(color).moveText(x, y).showText(shown).endText();
    }

    private String fit(String text, float width, float size) {
        String s = PdfFonts.visible(text);
        if (font.getWidth(s, size) <= width) {
            return s;
        }
        String cut = s;
        while (cut.length() > 1 && font.getWidth(cut + "…", size) > width) {
            cut = cut.substring(0, cut.offsetByCodePoints(cut.length(), -1));
        }
        return cut + "…";
    }

    static long niceStep(double raw) {
        if (raw <= 1) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * magnitude >= raw) {
                return (long) (m * magnitude);
            }
        }
        return (long) (10 * magnitude);
    }
}
