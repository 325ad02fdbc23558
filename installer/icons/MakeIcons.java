/*
 * Campo - offline field research toolkit.
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.GeneralPath;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws the Campo application icon (a sun over two Andean peaks and a trail, on a teal tile)
 * and writes it in the formats the native packagers want:
 *
 * <ul>
 *   <li>{@code campo.png} (256 px) for Linux (jpackage {@code --icon}, menu and mime icon),
 *   <li>{@code campo.ico} (16 to 256 px, PNG entries) for Windows,
 *   <li>{@code campo.icns} (16 to 1024 px, PNG entries) for macOS.
 * </ul>
 *
 * <p>Run from the repository root with only a JDK: {@code java installer/icons/MakeIcons.java
 * installer/icons}. The icon is drawn as vectors at each size, so small sizes stay sharp. The
 * output is deterministic, so re-running it leaves the committed files unchanged.
 */
public final class MakeIcons {

    private static final Color TILE_TOP = new Color(0x14, 0x8F, 0x84);
    private static final Color TILE_BOTTOM = new Color(0x0B, 0x4F, 0x4A);
    private static final Color SUN = new Color(0xF5, 0xB5, 0x3D);
    private static final Color PEAK_BACK = new Color(0xD8, 0xEE, 0xEA);
    private static final Color PEAK_FRONT = Color.WHITE;
    private static final Color TRAIL = new Color(0xE0, 0x7A, 0x3A);

    private MakeIcons() {
    }

    public static void main(String[] args) throws IOException {
        System.setProperty("java.awt.headless", "true");
        Path out = Path.of(args.length > 0 ? args[0] : ".");
        Files.createDirectories(out);

        Files.write(out.resolve("campo.png"), png(256));

        List<Integer> icoSizes = List.of(16, 24, 32, 48, 64, 128, 256);
        Files.write(out.resolve("campo.ico"), ico(icoSizes));

        // ICNS element types holding PNG data, by pixel size (the @2x types reuse the sizes).
        Map<String, Integer> icns = new LinkedHashMap<>();
        icns.put("icp4", 16);
        icns.put("icp5", 32);
        icns.put("ic11", 32);
        icns.put("ic12", 64);
        icns.put("ic07", 128);
        icns.put("ic08", 256);
        icns.put("ic13", 256);
        icns.put("ic09", 512);
        icns.put("ic14", 512);
        icns.put("ic10", 1024);
        Files.write(out.resolve("campo.icns"), icns(icns));

        System.out.println("wrote campo.png, campo.ico, campo.icns to " + out);
    }

    /** Draws the icon at {@code size} x {@code size} pixels on a transparent background. */
    static BufferedImage draw(int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            // Design on a 100 x 100 grid.
            double s = size / 100.0;
            g.scale(s, s);

            // Tile: rounded square with a vertical gradient; a small margin like platform icons.
            RoundRectangle2D tile = new RoundRectangle2D.Double(4, 4, 92, 92, 22, 22);
            g.setPaint(new GradientPaint(0, 4, TILE_TOP, 0, 96, TILE_BOTTOM));
            g.fill(tile);
            g.setClip(tile);

            // Sun.
            g.setColor(SUN);
            g.fill(new Ellipse2D.Double(58, 16, 24, 24));

            // Back peak.
            GeneralPath back = new GeneralPath();
            back.moveTo(38, 96);
            back.lineTo(68, 42);
            back.lineTo(100, 96);
            back.closePath();
            g.setColor(PEAK_BACK);
            g.fill(back);

            // Front peak.
            GeneralPath front = new GeneralPath();
            front.moveTo(0, 96);
            front.lineTo(0, 84);
            front.lineTo(34, 30);
            front.lineTo(74, 96);
            front.closePath();
            g.setColor(PEAK_FRONT);
            g.fill(front);

            // Trail winding up the front peak.
            if (size >= 24) {
                GeneralPath trail = new GeneralPath();
                trail.moveTo(22, 98);
                trail.curveTo(44, 86, 20, 76, 34, 64);
                trail.curveTo(40, 58, 30, 52, 34, 44);
                g.setColor(TRAIL);
                g.setStroke(new BasicStroke(size >= 48 ? 4.5f : 6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.draw(trail);
            }
        } finally {
            g.dispose();
        }
        return img;
    }

    static byte[] png(int size) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (!ImageIO.write(draw(size), "png", bytes)) {
            throw new IOException("no PNG writer");
        }
        return bytes.toByteArray();
    }

    /** A Windows ICO whose entries are PNG streams (supported since Windows Vista). */
    static byte[] ico(List<Integer> sizes) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        LittleEndian out = new LittleEndian(bytes);
        out.u16(0); // reserved
        out.u16(1); // type: icon
        out.u16(sizes.size());
        byte[][] images = new byte[sizes.size()][];
        int offset = 6 + 16 * sizes.size();
        for (int i = 0; i < sizes.size(); i++) {
            int size = sizes.get(i);
            images[i] = png(size);
            out.u8(size >= 256 ? 0 : size); // width, 0 means 256
            out.u8(size >= 256 ? 0 : size); // height
            out.u8(0); // palette size
            out.u8(0); // reserved
            out.u16(1); // colour planes
            out.u16(32); // bits per pixel
            out.u32(images[i].length);
            out.u32(offset);
            offset += images[i].length;
        }
        for (byte[] image : images) {
            bytes.write(image);
        }
        return bytes.toByteArray();
    }

    /** A macOS ICNS file whose elements are PNG streams. */
    static byte[] icns(Map<String, Integer> elements) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(body);
        for (Map.Entry<String, Integer> e : elements.entrySet()) {
            byte[] image = png(e.getValue());
            out.writeBytes(e.getKey());
            out.writeInt(8 + image.length);
            out.write(image);
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        DataOutputStream header = new DataOutputStream(file);
        header.writeBytes("icns");
        header.writeInt(8 + body.size());
        body.writeTo(file);
        return file.toByteArray();
    }

    private static final class LittleEndian {
        private final ByteArrayOutputStream out;

        LittleEndian(ByteArrayOutputStream out) {
            this.out = out;
        }

        void u8(int v) {
            out.write(v & 0xFF);
        }

        void u16(int v) {
            u8(v);
            u8(v >>> 8);
        }

        void u32(int v) {
            u16(v);
            u16(v >>> 16);
        }
    }
}
