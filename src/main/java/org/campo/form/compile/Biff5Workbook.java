package org.campo.form.compile;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.record.RecordInputStream;
import org.apache.poi.hssf.util.RKUtil;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.util.CodePageUtil;

/**
 * Reads {@code .xls} workbooks in the Excel 5.0/95 format (BIFF5), which pyxform reads through
 * xlrd but POI's workbook model does not. Only what an XLSForm needs is read: sheet names and
 * the text, number, boolean and cached formula values of cells (dates arrive as their serial
 * numbers, as xlrd gives them to pyxform without a date format). Records are framed by POI.
 */
final class Biff5Workbook {
    private static final int BOF = 0x0809;
    private static final int EOF = 0x000A;
    private static final int BOUNDSHEET = 0x0085;
    private static final int CODEPAGE = 0x0042;
    private static final int LABEL = 0x0204;
    private static final int RSTRING = 0x00D6;
    private static final int NUMBER = 0x0203;
    private static final int RK = 0x027E;
    private static final int MULRK = 0x00BD;
    private static final int BOOLERR = 0x0205;
    private static final int FORMULA = 0x0006;
    private static final int STRING = 0x0207;

    private Biff5Workbook() {
    }

    /** True when {@code data} is an OLE2 file whose workbook stream is BIFF5 ("Book"). */
    static Workbook read(byte[] data, String fileName) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(data))) {
            DirectoryNode root = fs.getRoot();
            String stream = root.hasEntry("Book") ? "Book" : "Workbook";
            RecordInputStream in = new RecordInputStream(root.createDocumentInputStream(stream));
            return new Reader(in, fileName).read();
        }
    }

    /** One pass over the record stream: workbook globals first, then one substream per sheet. */
    private static final class Reader {
        private final RecordInputStream in;
        private final String fileName;
        private final List<String> names = new ArrayList<>();
        private final List<Sheet> sheets = new ArrayList<>();
        private int codepage = CodePageUtil.CP_WINDOWS_1252;
        private int depth;
        private int substreams;
        private SheetCells current;
        private int[] pendingString;

        Reader(RecordInputStream in, String fileName) {
            this.in = in;
            this.fileName = fileName;
        }

        Workbook read() throws UnsupportedEncodingException {
            while (in.hasNextRecord()) {
                in.nextRecord();
                int sid = in.getSid() & 0xFFFF;
                switch (sid) {
                    case BOF -> begin();
                    case EOF -> end();
                    case CODEPAGE -> codepage = in.readUShort();
                    case BOUNDSHEET -> boundSheet();
                    default -> {
                        if (current != null && depth == 1) {
                            cell(sid);
                        }
                    }
                }
                if (in.remaining() > 0) {
                    in.readRemainder();
                }
            }
            return new Workbook(fileName, sheets);
        }

        private void begin() {
            depth++;
            if (depth == 1) {
                substreams++;
                int sheet = substreams - 2; // the first substream holds the workbook globals
                current = sheet >= 0 && sheet < names.size() ? new SheetCells(names.get(sheet)) : null;
            }
        }

        private void end() {
            depth--;
            if (depth == 0 && current != null) {
                sheets.add(current.build());
                current = null;
            }
        }

        private void boundSheet() throws UnsupportedEncodingException {
            in.readInt(); // position of the sheet's BOF; the substreams follow in the same order
            in.readUByte(); // visibility
            in.readUByte(); // sheet type
            int length = in.readUByte();
            names.add(text(length));
        }

        private void cell(int sid) throws UnsupportedEncodingException {
            switch (sid) {
                case LABEL, RSTRING -> {
                    int row = in.readUShort();
                    int col = in.readUShort();
                    in.readUShort(); // format
                    current.put(row, col, text(in.readUShort()));
                }
                case NUMBER -> {
                    int row = in.readUShort();
                    int col = in.readUShort();
                    in.readUShort();
                    current.put(row, col, number(in.readDouble()));
                }
                case RK -> {
                    int row = in.readUShort();
                    int col = in.readUShort();
                    in.readUShort();
                    current.put(row, col, number(RKUtil.decodeNumber(in.readInt())));
                }
                case MULRK -> {
                    int row = in.readUShort();
                    int col = in.readUShort();
                    while (in.remaining() > 2) {
                        in.readUShort();
                        current.put(row, col++, number(RKUtil.decodeNumber(in.readInt())));
                    }
                }
                case BOOLERR -> {
                    int row = in.readUShort();
                    int col = in.readUShort();
                    in.readUShort();
                    int value = in.readUByte();
                    if (in.readUByte() == 0) {
                        current.put(row, col, value != 0 ? "TRUE" : "FALSE");
                    }
                }
                case FORMULA -> formula();
                case STRING -> {
                    if (pendingString != null) {
                        current.put(pendingString[0], pendingString[1], text(in.readUShort()));
                        pendingString = null;
                    }
                }
                default -> {
                }
            }
        }

        /** A formula contributes its cached value; a text result follows in a STRING record. */
        private void formula() {
            int row = in.readUShort();
            int col = in.readUShort();
            in.readUShort();
            byte[] result = new byte[8];
            in.readFully(result);
            boolean special = (result[6] & 0xFF) == 0xFF && (result[7] & 0xFF) == 0xFF;
            if (!special) {
                current.put(row, col, number(java.nio.ByteBuffer.wrap(result)
                        .order(java.nio.ByteOrder.LITTLE_ENDIAN).getDouble()));
            } else if (result[0] == 0) {
                pendingString = new int[] {row, col};
            } else if (result[0] == 1) {
                current.put(row, col, result[2] != 0 ? "TRUE" : "FALSE");
            }
        }

        private String text(int length) throws UnsupportedEncodingException {
            byte[] bytes = new byte[Math.min(length, in.remaining())];
            in.readFully(bytes);
            return CodePageUtil.getStringFromCodePage(bytes, codepage);
        }
    }

    /** Whole numbers without ".0", as for the other workbook formats. */
    private static String number(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    /** The cells of one sheet as they arrive (any order), handed to {@link Sheet.Builder} by row. */
    private static final class SheetCells {
        private final String name;
        private final java.util.TreeMap<Integer, java.util.TreeMap<Integer, String>> rows = new java.util.TreeMap<>();

        SheetCells(String name) {
            this.name = name;
        }

        void put(int row, int col, String value) {
            rows.computeIfAbsent(row, r -> new java.util.TreeMap<>()).put(col, value);
        }

        Sheet build() {
            Sheet.Builder builder = new Sheet.Builder(name);
            rows.forEach((row, cells) -> {
                List<String> list = new ArrayList<>();
                cells.forEach((col, value) -> {
                    if (col < builder.width()) {
                        while (list.size() < col) {
                            list.add("");
                        }
                        list.add(value);
                    }
                });
                builder.row(row + 1, list);
            });
            return builder.build();
        }
    }
}
