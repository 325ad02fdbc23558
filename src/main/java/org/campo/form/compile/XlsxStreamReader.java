package org.campo.form.compile;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads an .xlsx workbook by streaming each sheet's XML (SAX) instead of building POI's
 * object model of every cell: a large survey costs its rows as {@link SheetRow}s and little
 * else, and rows or cells that are not in the file cost nothing. Values follow the object-model
 * reader: shared and inline strings, booleans as TRUE/FALSE, whole numbers without ".0",
 * formulas by their cached value, and date-formatted numbers written as pyxform does
 * ({@link ExcelDateText}).
 *
 * <p>The package is read with the JDK's zip and SAX readers, not POI's OPC package: POI's
 * package and shared-strings classes load XMLBeans and several hundred classes, most of a
 * {@code campo form compile}'s start-up. Only POI's table of built-in number formats and its
 * date-format test are used. Anything this reader does not understand (a part missing, strict
 * OOXML, an entry that inflates far beyond the file's size) is an {@link IOException}, and the
 * caller falls back to POI's object-model reader, which gives the answer or the located error.
 */
final class XlsxStreamReader {
    private static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String OFFICE_DOCUMENT = REL_NS + "/officeDocument";
    private static final String SHARED_STRINGS = REL_NS + "/sharedStrings";
    private static final String STYLES = REL_NS + "/styles";
    /** Excel's escape of characters XML cannot hold, decoded as POI's rich text does. */
    private static final Pattern UTF_ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");
    private static final SAXParserFactory SAX = saxFactory();

    private XlsxStreamReader() {
    }

    static Workbook read(byte[] data, String fileName) throws IOException {
        try {
            return readPackage(data, fileName);
        } catch (SAXException | ParserConfigurationException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static Workbook readPackage(byte[] data, String fileName)
            throws IOException, SAXException, ParserConfigurationException {
        Zip zip = new Zip(data);
        String workbookPart = target("", relationships(zip, "_rels/.rels"), OFFICE_DOCUMENT);
        if (workbookPart == null || !zip.has(workbookPart)) {
            throw new IOException("no workbook part");
        }
        String dir = workbookPart.substring(0, workbookPart.lastIndexOf('/') + 1);
        Map<String, String[]> rels = relationships(zip, dir + "_rels/" + workbookPart.substring(dir.length()) + ".rels");
        WorkbookPart workbook = new WorkbookPart();
        parse(zip.open(workbookPart), workbook);

        List<String> strings = List.of();
        String stringsPart = target(dir, rels, SHARED_STRINGS);
        if (stringsPart != null && zip.has(stringsPart)) {
            SharedStrings handler = new SharedStrings();
            parse(zip.open(stringsPart), handler);
            strings = handler.strings;
        }
        DateStyles styles = DateStyles.NONE;
        String stylesPart = target(dir, rels, STYLES);
        if (stylesPart != null && zip.has(stylesPart)) {
            styles = DateStyles.read(zip.open(stylesPart));
        }
        List<Sheet> sheets = new ArrayList<>();
        for (String[] sheet : workbook.sheets) {
            String[] rel = rels.get(sheet[1]);
            String part = rel == null ? null : resolve(dir, rel[1]);
            if (part == null || !zip.has(part)) {
                throw new IOException("sheet " + sheet[0] + " has no part");
            }
            SheetHandler handler = new SheetHandler(sheet[0], strings, styles, workbook.date1904);
            parse(zip.open(part), handler);
            sheets.add(handler.builder.build());
        }
        return new Workbook(fileName, sheets);
    }

    /** A part name as stored in the zip, without a leading slash, compared case-insensitively (OPC). */
    private static String normalise(String name) {
        String n = name.replace('\\', '/');
        while (n.startsWith("/")) {
            n = n.substring(1);
        }
        return n.toLowerCase(Locale.ROOT);
    }

    /** A relationship target, relative to the source part's folder or absolute, as a part name. */
    private static String resolve(String dir, String target) {
        String path = target.startsWith("/") ? target : dir + target;
        List<String> segments = new ArrayList<>();
        for (String s : path.split("/")) {
            if (s.isEmpty() || s.equals(".")) {
                continue;
            }
            if (s.equals("..")) {
                if (!segments.isEmpty()) {
                    segments.remove(segments.size() - 1);
                }
            } else {
                segments.add(s);
            }
        }
        return normalise(String.join("/", segments));
    }

    /** The first internal target of the given type, as a part name, or null. */
    private static String target(String dir, Map<String, String[]> rels, String type) {
        for (String[] rel : rels.values()) {
            if (type.equals(rel[0])) {
                return resolve(dir, rel[1]);
            }
        }
        return null;
    }

    /** Relationship id -> {type, target} of one .rels part (internal targets only). */
    private static Map<String, String[]> relationships(Zip zip, String name)
            throws IOException, SAXException, ParserConfigurationException {
        String part = normalise(name);
        if (!zip.has(part)) {
            throw new IOException("no " + name);
        }
        Map<String, String[]> rels = new LinkedHashMap<>();
        parse(zip.open(part), new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes a) {
                if (localName.equals("Relationship") && !"External".equals(a.getValue("TargetMode"))
                        && a.getValue("Id") != null && a.getValue("Target") != null) {
                    rels.put(a.getValue("Id"), new String[] {a.getValue("Type"), a.getValue("Target")});
                }
            }
        });
        return rels;
    }

    private static SAXParserFactory saxFactory() {
        SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setValidating(false);
        factory.setXIncludeAware(false);
        try {
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the JDK's SAX parser must support secure processing", e);
        }
        return factory;
    }

    /**
     * Text with Excel's {@code _xHHHH_} escapes decoded, as POI's {@code XSSFRichTextString}
     * reads every text cell (shared, inline or a formula's string): XML cannot carry most control
     * characters, so Excel writes a carriage return as {@code _x000D_}, and writes a literal
     * {@code _x000D_} with its underscore escaped, {@code _x005F_x000D_}. Escapes are decoded from
     * left to right and the text after one is not read again, so that second form decodes to the
     * literal; anything that is not exactly four hexadecimal digits between the markers stays.
     */
    static String decodeEscapes(String value) {
        if (value.indexOf("_x") < 0) {
            return value;
        }
        Matcher m = UTF_ESCAPE.matcher(value);
        StringBuilder out = new StringBuilder(value.length());
        int at = 0;
        while (m.find()) {
            out.append(value, at, m.start()).append((char) Integer.parseInt(m.group(1), 16));
            at = m.end();
        }
        return at == 0 ? value : out.append(value, at, value.length()).toString();
    }

    private static void parse(InputStream in, DefaultHandler handler)
            throws IOException, SAXException, ParserConfigurationException {
        XMLReader xml = SAX.newSAXParser().getXMLReader();
        xml.setContentHandler(handler);
        xml.setErrorHandler(handler);
        xml.parse(new InputSource(in));
    }

    /**
     * The entries of a zip held in memory, found through its central directory (which, unlike
     * the local headers, always has the sizes: POI and other writers leave them to a data
     * descriptor). Stored and deflated entries; anything else, or a damaged directory, is an
     * {@link IOException}. What may be inflated in all is bounded: past 100 times the file's size
     * (and at least 64 MiB) the workbook is a zip bomb, not a form; POI refuses an entry that
     * inflates more than 100 times as well.
     */
    private static final class Zip {
        private final byte[] data;
        /** part name -> {method, compressed size, local header offset, uncompressed size} */
        private final Map<String, long[]> entries = new HashMap<>();
        private long budget;

        Zip(byte[] data) throws IOException {
            this.data = data;
            this.budget = Math.max(64L << 20, 100L * data.length);
            int eocd = -1;
            for (int i = data.length - 22; i >= Math.max(0, data.length - 22 - 0xFFFF); i--) {
                if (u32(i) == 0x06054b50L) {
                    eocd = i;
                    break;
                }
            }
            if (eocd < 0) {
                throw new IOException("no zip directory");
            }
            long count = u16(eocd + 10);
            long offset = u32(eocd + 16);
            if (count == 0xFFFF || offset == 0xFFFFFFFFL) {
                int locator = eocd - 20;
                if (locator < 0 || u32(locator) != 0x07064b50L) {
                    throw new IOException("damaged zip64 directory");
                }
                int z64 = checked(u64(locator + 8), 56);
                if (u32(z64) != 0x06064b50L) {
                    throw new IOException("damaged zip64 directory");
                }
                count = u64(z64 + 32);
                offset = u64(z64 + 48);
            }
            int at = checked(offset, 46);
            for (long n = 0; n < count; n++) {
                checked(at, 46);
                if (u32(at) != 0x02014b50L) {
                    throw new IOException("damaged zip directory");
                }
                long method = u16(at + 10);
                long compressed = u32(at + 20);
                long size = u32(at + 24);
                int nameLength = (int) u16(at + 28);
                int extraLength = (int) u16(at + 30);
                int commentLength = (int) u16(at + 32);
                long local = u32(at + 42);
                checked((long) at + 46 + nameLength + extraLength, 0);
                String name = new String(data, at + 46, nameLength, java.nio.charset.StandardCharsets.UTF_8);
                for (int x = at + 46 + nameLength; x + 4 <= at + 46 + nameLength + extraLength; ) {
                    int id = (int) u16(x);
                    int length = (int) u16(x + 2);
                    if (id == 0x0001) { // zip64: the fields that overflowed, in this order
                        int f = x + 4;
                        if (size == 0xFFFFFFFFL) {
                            size = u64(f);
                            f += 8;
                        }
                        if (compressed == 0xFFFFFFFFL) {
                            compressed = u64(f);
                            f += 8;
                        }
                        if (local == 0xFFFFFFFFL) {
                            local = u64(f);
                        }
                    }
                    x += 4 + length;
                }
                entries.putIfAbsent(normalise(name), new long[] {method, compressed, local, size});
                at += 46 + nameLength + extraLength + commentLength;
            }
        }

        boolean has(String part) {
            return entries.containsKey(part);
        }

        InputStream open(String part) throws IOException {
            long[] e = entries.get(part);
            int local = checked(e[2], 30);
            if (u32(local) != 0x04034b50L) {
                throw new IOException("damaged zip entry " + part);
            }
            int start = checked((long) local + 30 + u16(local + 26) + u16(local + 28), 0);
            checked(start + e[1], 0);
            int length = (int) e[1];
            InputStream raw = new ByteArrayInputStream(data, start, length);
            InputStream in;
            if (e[0] == 0) {
                in = raw;
            } else if (e[0] == 8) {
                // one byte past the end: a raw inflater may ask for it before it reports the end
                in = new java.util.zip.InflaterInputStream(
                        new ByteArrayInputStream(data, start, Math.min(length + 1, data.length - start)),
                        new java.util.zip.Inflater(true), 8192);
            } else {
                throw new IOException("zip entry " + part + " uses compression method " + e[0]);
            }
            return new FilterInputStream(in) {
                @Override
                public int read() throws IOException {
                    byte[] one = new byte[1];
                    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    int n = super.read(b, off, len);
                    if (n > 0) {
                        budget -= n;
                        if (budget < 0) {
                            throw new IOException("the workbook inflates far beyond its size");
                        }
                    }
                    return n;
                }
            };
        }

        /** An offset that leaves {@code room} bytes in the file, as an int. */
        private int checked(long offset, int room) throws IOException {
            if (offset < 0 || offset + room > data.length) {
                throw new IOException("damaged zip: offset " + offset + " beyond the file");
            }
            return (int) offset;
        }

        private long u16(int i) {
            return (data[i] & 0xff) | (data[i + 1] & 0xff) << 8;
        }

        private long u32(int i) {
            return u16(i) | u16(i + 2) << 16;
        }

        private long u64(int i) {
            return u32(i) | u32(i + 4) << 32;
        }
    }

    /** workbook.xml: the sheets in order (name, relationship id) and the date system. */
    private static final class WorkbookPart extends DefaultHandler {
        final List<String[]> sheets = new ArrayList<>();
        boolean date1904;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes a) {
            if (localName.equals("workbookPr")) {
                String v = a.getValue("date1904");
                date1904 = "1".equals(v) || "true".equalsIgnoreCase(v);
            } else if (localName.equals("sheet")) {
                sheets.add(new String[] {a.getValue("name"), a.getValue(REL_NS, "id")});
            }
        }
    }

    /**
     * sharedStrings.xml: the text of each {@code si}, its runs joined, phonetic runs left out, and
     * Excel's {@code _xHHHH_} escapes decoded (as POI's read-only shared strings table reads it).
     */
    private static final class SharedStrings extends DefaultHandler {
        final List<String> strings = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private boolean inT;
        private boolean inPhonetic;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes a) {
            if (!MAIN_NS.equals(uri)) {
                return;
            }
            switch (localName) {
                case "si" -> text.setLength(0);
                case "t" -> inT = !inPhonetic;
                case "rPh" -> inPhonetic = true;
                default -> {
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if (!MAIN_NS.equals(uri)) {
                return;
            }
            switch (localName) {
                case "si" -> strings.add(decodeEscapes(text.toString()));
                case "t" -> inT = false;
                case "rPh" -> inPhonetic = false;
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inT) {
                text.append(ch, start, length);
            }
        }

    }

    /** One sheet's rows, handed to a {@link Sheet.Builder} as each row ends. */
    private static final class SheetHandler extends DefaultHandler {
        final Sheet.Builder builder;
        private final List<String> strings;
        private final DateStyles styles;
        private final boolean date1904;
        private final StringBuilder text = new StringBuilder();
        private List<String> cells;
        private int rowNumber;
        private int column;
        private int nextColumn;
        private String cellType;
        private String cellStyle;
        private boolean collecting;
        private boolean inInlineString;
        private boolean inPhonetic;

        SheetHandler(String name, List<String> strings, DateStyles styles, boolean date1904) {
            this.builder = new Sheet.Builder(name);
            this.strings = strings;
            this.styles = styles;
            this.date1904 = date1904;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes a) {
            switch (localName) {
                case "row" -> {
                    String r = a.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : parseRow(r);
                    cells = new ArrayList<>();
                    nextColumn = 0;
                }
                case "c" -> {
                    String r = a.getValue("r");
                    column = r == null ? nextColumn : columnIndex(r);
                    nextColumn = column + 1;
                    cellType = a.getValue("t");
                    cellStyle = a.getValue("s");
                    text.setLength(0);
                }
                case "v" -> collecting = true;
                case "is" -> inInlineString = true;
                case "rPh" -> inPhonetic = true;
                case "t" -> collecting = inInlineString && !inPhonetic;
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (collecting) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "v", "t" -> collecting = false;
                case "is" -> inInlineString = false;
                case "rPh" -> inPhonetic = false;
                case "c" -> {
                    if (cells != null && column < builder.width()) {
                        while (cells.size() < column) {
                            cells.add("");
                        }
                        cells.add(value());
                    }
                }
                case "row" -> {
                    builder.row(rowNumber, cells);
                    cells = null;
                }
                default -> {
                }
            }
        }

        private String value() {
            String v = text.toString();
            if (cellType == null || cellType.equals("n")) {
                return v.isEmpty() ? "" : number(v);
            }
            return switch (cellType) {
                case "s" -> v.isEmpty() ? "" : sharedString(v);
                case "inlineStr", "str" -> decodeEscapes(v);
                case "b" -> v.strip().equals("1") || v.strip().equalsIgnoreCase("true") ? "TRUE" : "FALSE";
                default -> ""; // errors
            };
        }

        private String sharedString(String v) {
            int index = Integer.parseInt(v.strip());
            if (index < 0 || index >= strings.size()) {
                throw new IllegalArgumentException("no shared string " + index);
            }
            return strings.get(index);
        }

        private String number(String v) {
            double d = Double.parseDouble(v.strip());
            if (cellStyle != null && styles.isDate(Integer.parseInt(cellStyle.strip()))) {
                String date = ExcelDateText.format(d, date1904, false);
                if (date != null) {
                    return date;
                }
            }
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                return Long.toString((long) d);
            }
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }

        /** Row numbers beyond the int range are clamped rather than wrapped. */
        private static int parseRow(String r) {
            long n = Long.parseLong(r.strip());
            return (int) Math.max(1, Math.min(Integer.MAX_VALUE, n));
        }

        private static int columnIndex(String ref) {
            int col = 0;
            for (int i = 0; i < ref.length(); i++) {
                char c = ref.charAt(i);
                if (c < 'A' || c > 'Z') {
                    break;
                }
                col = col * 26 + (c - 'A' + 1);
                if (col > 1 << 20) {
                    break;
                }
            }
            return col - 1;
        }
    }

    /**
     * Which cell formats (by {@code s} index) show dates, read from styles.xml with SAX: POI's
     * StylesTable would load the XMLBeans schema classes, a large part of a command's start-up.
     */
    private static final class DateStyles extends DefaultHandler {
        static final DateStyles NONE = new DateStyles();
        private final java.util.Map<Integer, String> formats = new java.util.HashMap<>();
        private final List<Integer> cellFormats = new ArrayList<>();
        private boolean inCellXfs;

        static DateStyles read(InputStream in) throws IOException {
            DateStyles styles = new DateStyles();
            try {
                parse(in, styles);
            } catch (SAXException | ParserConfigurationException e) {
                throw new IOException(e.getMessage(), e);
            }
            return styles;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes a) {
            switch (localName) {
                case "numFmt" -> {
                    String id = a.getValue("numFmtId");
                    if (id != null) {
                        formats.put(Integer.parseInt(id.strip()), a.getValue("formatCode"));
                    }
                }
                case "cellXfs" -> inCellXfs = true;
                case "xf" -> {
                    if (inCellXfs) {
                        String id = a.getValue("numFmtId");
                        cellFormats.add(id == null ? 0 : Integer.parseInt(id.strip()));
                    }
                }
                default -> {
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if (localName.equals("cellXfs")) {
                inCellXfs = false;
            }
        }

        boolean isDate(int style) {
            if (style < 0 || style >= cellFormats.size()) {
                return false;
            }
            int id = cellFormats.get(style);
            String format = formats.containsKey(id) ? formats.get(id) : BuiltinFormats.getBuiltinFormat(id);
            return format != null && DateUtil.isADateFormat(id, format);
        }
    }
}
