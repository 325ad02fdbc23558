package org.campo.form.compile;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.ss.usermodel.BuiltinFormats;
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
 */
final class XlsxStreamReader {

    private XlsxStreamReader() {
    }

    static Workbook read(byte[] data, String fileName) throws IOException {
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(data))) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            DateStyles styles;
            try (InputStream stylesXml = reader.getStylesData()) {
                styles = stylesXml == null ? DateStyles.NONE : DateStyles.read(stylesXml);
            } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException | IllegalArgumentException e) {
                styles = DateStyles.NONE; // no styles part: no date formats
            }
            boolean date1904;
            try (InputStream workbook = reader.getWorkbookData()) {
                date1904 = date1904(workbook);
            }
            List<Sheet> sheets = new ArrayList<>();
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (it.hasNext()) {
                try (InputStream sheet = it.next()) {
                    SheetHandler handler = new SheetHandler(it.getSheetName(), strings, styles, date1904);
                    parse(sheet, handler);
                    sheets.add(handler.builder.build());
                }
            }
            return new Workbook(fileName, sheets);
        } catch (OpenXML4JException | SAXException | ParserConfigurationException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static void parse(InputStream in, DefaultHandler handler)
            throws IOException, SAXException, ParserConfigurationException {
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(handler);
        xml.parse(new InputSource(in));
    }

    private static boolean date1904(InputStream workbook) throws IOException, SAXException, ParserConfigurationException {
        boolean[] found = new boolean[1];
        parse(workbook, new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes a) {
                if (localName.equals("workbookPr")) {
                    String v = a.getValue("date1904");
                    found[0] = "1".equals(v) || "true".equalsIgnoreCase(v);
                }
            }
        });
        return found[0];
    }

    /** One sheet's rows, handed to a {@link Sheet.Builder} as each row ends. */
    private static final class SheetHandler extends DefaultHandler {
        final Sheet.Builder builder;
        private final ReadOnlySharedStringsTable strings;
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

        SheetHandler(String name, ReadOnlySharedStringsTable strings, DateStyles styles, boolean date1904) {
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
                case "s" -> v.isEmpty() ? "" : strings.getItemAt(Integer.parseInt(v.strip())).getString();
                case "inlineStr", "str" -> v;
                case "b" -> v.strip().equals("1") || v.strip().equalsIgnoreCase("true") ? "TRUE" : "FALSE";
                default -> ""; // errors
            };
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
