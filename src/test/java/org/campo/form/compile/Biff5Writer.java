package org.campo.form.compile;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Writes a minimal Excel 5.0/95 (BIFF5) workbook, the format of old .xls files, for tests:
 * text and number cells on named sheets, in an OLE2 container with a "Book" stream.
 */
final class Biff5Writer {
    private static final Charset CP1252 = Charset.forName("windows-1252");
    private final Map<String, List<Object[]>> sheets = new LinkedHashMap<>();

    /** A row of cells (String or Number, null for empty) on {@code sheet}, rows in the order given. */
    Biff5Writer row(String sheet, Object... cells) {
        sheets.computeIfAbsent(sheet, s -> new ArrayList<>()).add(cells);
        return this;
    }

    byte[] bytes() throws IOException {
        List<byte[]> bodies = new ArrayList<>();
        for (List<Object[]> rows : sheets.values()) {
            ByteArrayOutputStream s = new ByteArrayOutputStream();
            record(s, 0x0809, bof(0x0010));
            for (int r = 0; r < rows.size(); r++) {
                Object[] cells = rows.get(r);
                for (int c = 0; c < cells.length; c++) {
                    if (cells[c] instanceof String text) {
                        byte[] chars = text.getBytes(CP1252);
                        record(s, 0x0204, le(8 + chars.length).putShort((short) r).putShort((short) c)
                                .putShort((short) 0).putShort((short) chars.length).put(chars).array());
                    } else if (cells[c] instanceof Number n) {
                        record(s, 0x0203, le(14).putShort((short) r).putShort((short) c).putShort((short) 0)
                                .putDouble(n.doubleValue()).array());
                    }
                }
            }
            record(s, 0x000A, new byte[0]);
            bodies.add(s.toByteArray());
        }
        // globals: BOF, CODEPAGE, a FONT and a cell XF (readers need formats), one BOUNDSHEET per
        // sheet (with its substream's offset), EOF
        byte[] fontName = "Arial".getBytes(CP1252);
        byte[] font = le(15 + fontName.length).putShort((short) 200).putShort((short) 0).putShort((short) 0x7FFF)
                .putShort((short) 400).putShort((short) 0).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0)
                .put((byte) fontName.length).put(fontName).array();
        byte[] xf = le(16).putShort((short) 0).putShort((short) 0).putShort((short) 0x0001).array();
        int globals = 4 + 8 + 4 + 2 + 4 + font.length + 4 + xf.length + 4;
        for (String name : sheets.keySet()) {
            globals += 4 + 7 + name.getBytes(CP1252).length;
        }
        ByteArrayOutputStream book = new ByteArrayOutputStream();
        record(book, 0x0809, bof(0x0005));
        record(book, 0x0042, le(2).putShort((short) 1252).array());
        record(book, 0x0031, font);
        record(book, 0x00E0, xf);
        int offset = globals;
        int i = 0;
        for (String name : sheets.keySet()) {
            byte[] n = name.getBytes(CP1252);
            record(book, 0x0085, le(7 + n.length).putInt(offset).putShort((short) 0).put((byte) n.length).put(n)
                    .array());
            offset += bodies.get(i++).length;
        }
        record(book, 0x000A, new byte[0]);
        for (byte[] body : bodies) {
            book.write(body);
        }
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fs.createDocument(new ByteArrayInputStream(book.toByteArray()), "Book");
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    private static byte[] bof(int type) {
        return le(8).putShort((short) 0x0500).putShort((short) type).putShort((short) 0x0DBB).putShort((short) 1996)
                .array();
    }

    private static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static void record(ByteArrayOutputStream out, int sid, byte[] data) {
        out.writeBytes(le(4).putShort((short) sid).putShort((short) data.length).array());
        out.writeBytes(data);
    }
}
