package org.campo.export.qda;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.campo.qda.triangulation.MatrixCell;
import org.campo.qda.triangulation.ThemeRow;
import org.campo.qda.triangulation.TriangulationMatrix;

/**
 * The matrix as a heat-map picture (PNG) for workbooks and documents: a cell's shade is the share
 * of the group's cases that raised the theme, labelled "cases/group"; silent groups are marked
 * with a dash on white, empty groups are grey.
 */
public final class HeatMap {
    static final int LABEL_WIDTH = 300;
    static final int CELL_WIDTH = 110;
    static final int CELL_HEIGHT = 26;
    static final int HEADER_HEIGHT = 58;
    /** Lines a group's header may take (crossed labels such as "Gobierno (nacional, regional o local) · Tumbes"). */
    static final int HEADER_LINES = 6;
    private static final Font PLAIN = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final Font BOLD = PLAIN.deriveFont(Font.BOLD);

    private HeatMap() {
    }

    /** The colour of a share 0..1: white to dark blue. */
    public static int[] rgb(double share) {
        double s = Math.max(0, Math.min(1, share));
        return new int[] {(int) Math.round(255 - s * (255 - 0x1F)), (int) Math.round(255 - s * (255 - 0x4E)),
                (int) Math.round(255 - s * (255 - 0x8C))};
    }

    public static byte[] png(TriangulationMatrix matrix) {
        int columns = matrix.columns().size();
        int width = LABEL_WIDTH + CELL_WIDTH * columns + 2;
        int header = headerHeight(matrix);
        int height = header + CELL_HEIGHT * matrix.rows().size() + 2;
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            Font plain = PLAIN;
            Font bold = BOLD;
            g.setFont(bold);
            g.setColor(Color.BLACK);
            for (int c = 0; c < columns; c++) {
                String label = matrix.columns().get(c).label();
                drawWrapped(g, label, LABEL_WIDTH + c * CELL_WIDTH + 4, header - 6, CELL_WIDTH - 8, HEADER_LINES);
            }
            for (int r = 0; r < matrix.rows().size(); r++) {
                ThemeRow row = matrix.rows().get(r);
                int y = header + r * CELL_HEIGHT;
                g.setFont(row.depth() == 0 ? bold : plain);
                g.setColor(Color.BLACK);
                int indent = 6 + 14 * row.depth();
                drawFitted(g, row.code().name(), indent, y + CELL_HEIGHT - 8, LABEL_WIDTH - indent - 4);
                g.setFont(plain);
                for (int c = 0; c < columns; c++) {
                    MatrixCell cell = row.cells().get(c);
                    int x = LABEL_WIDTH + c * CELL_WIDTH;
                    Color fill = cell.mark() == MatrixCell.Mark.EMPTY ? new Color(0xEE, 0xEE, 0xEE)
                            : toColor(rgb(cell.share()));
                    g.setColor(fill);
                    g.fillRect(x, y, CELL_WIDTH, CELL_HEIGHT);
                    g.setColor(new Color(0xCC, 0xCC, 0xCC));
                    g.drawRect(x, y, CELL_WIDTH, CELL_HEIGHT);
                    String text = cell.mark() == MatrixCell.Mark.SILENT ? "—"
                            : cell.casesWithTheme() + "/" + cell.casesInGroup();
                    g.setColor(cell.share() > 0.55 ? Color.WHITE : Color.BLACK);
                    FontMetrics fm = g.getFontMetrics();
                    g.drawString(text, x + (CELL_WIDTH - fm.stringWidth(text)) / 2, y + CELL_HEIGHT - 8);
                }
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static int width(TriangulationMatrix matrix) {
        return LABEL_WIDTH + CELL_WIDTH * matrix.columns().size() + 2;
    }

    static int height(TriangulationMatrix matrix) {
        return headerHeight(matrix) + CELL_HEIGHT * matrix.rows().size() + 2;
    }

    /** Tall enough for the longest group header, wrapped in its column, and never below the usual height. */
    static int headerHeight(TriangulationMatrix matrix) {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scratch.createGraphics();
        try {
            g.setFont(BOLD);
            FontMetrics fm = g.getFontMetrics();
            int lines = 1;
            for (var column : matrix.columns()) {
                lines = Math.max(lines, Math.min(HEADER_LINES, wrap(fm, column.label(), CELL_WIDTH - 8).size()));
            }
            return Math.max(HEADER_HEIGHT, lines * fm.getHeight() + 14);
        } finally {
            g.dispose();
        }
    }

    private static Color toColor(int[] rgb) {
        return new Color(rgb[0], rgb[1], rgb[2]);
    }

    /** Draws up to {@code maxLines} lines of words, the last line ending at baseline {@code bottom}. */
    private static void drawWrapped(Graphics2D g, String text, int x, int bottom, int maxWidth, int maxLines) {
        FontMetrics fm = g.getFontMetrics();
        java.util.List<String> lines = wrap(fm, text, maxWidth);
        if (lines.size() > maxLines) {
            java.util.List<String> kept = new java.util.ArrayList<>(lines.subList(0, maxLines));
            kept.set(maxLines - 1, kept.get(maxLines - 1) + " " + String.join(" ", lines.subList(maxLines, lines.size())));
            lines = kept;
        }
        int lineHeight = fm.getHeight();
        for (int i = 0; i < lines.size(); i++) {
            drawFitted(g, lines.get(i), x, bottom - (lines.size() - 1 - i) * lineHeight, maxWidth);
        }
    }

    /** The words of a text in lines no wider than {@code maxWidth} (a longer word keeps its own line). */
    private static java.util.List<String> wrap(FontMetrics fm, String text, int maxWidth) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (fm.stringWidth(candidate) <= maxWidth || line.length() == 0) {
                line = new StringBuilder(candidate);
            } else {
                lines.add(line.toString());
                line = new StringBuilder(word);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    private static void drawFitted(Graphics2D g, String text, int x, int y, int maxWidth) {
        FontMetrics fm = g.getFontMetrics();
        String t = text;
        if (fm.stringWidth(t) > maxWidth) {
            while (t.length() > 1 && fm.stringWidth(t + "…") > maxWidth) {
                t = t.substring(0, t.length() - 1);
            }
            t = t + "…";
        }
        g.drawString(t, x, y);
    }
}
