package org.campo.export.dataset;

import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.campo.export.AtomicFile;

/**
 * Writes a workbook with one sheet per table through POI's streaming API, which keeps only a
 * window of rows in memory: 100,000 submissions export within a few hundred megabytes.
 * Numbers stay numbers so they can be summed in a spreadsheet.
 */
final class XlsxTableSink implements TableSink {
    private final Path file;
    /*
     * Each sheet is streamed to an uncompressed temporary file (setCompressTempFiles(false) below)
     * and deflated once, into the workbook; at the fastest level, since most of an export's
     * XLSX time went into deflating at the default level 100 MB of sheet XML that packs well anyway.
     */
    private final List<RawRows> writers = new ArrayList<>();
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200) {
        @Override
        protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
            ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
            zip.setLevel(Deflater.BEST_SPEED);
            return zip;
        }

        @Override
        protected SheetDataWriter createSheetDataWriter() throws IOException {
            RawRows w = new RawRows();
            writers.add(w); // in the order sheets are created
            return w;
        }
    };
    /** Each table's sheet data: rows rendered by {@link #prepare} are appended here. */
    private final Map<DatasetTable, RawRows> sheetData = new IdentityHashMap<>();
    /*
     * Keyed by identity: DatasetTable is a record whose hash walks every column and field
     * schema, far too slow for lookups on every exported row; the exporter passes the layout's
     * own table objects.
     */
    private final Map<DatasetTable, Sheet> sheets = new IdentityHashMap<>();
    private final Map<DatasetTable, Integer> nextRow = new IdentityHashMap<>();
    private final Map<DatasetTable, boolean[]> numeric = new IdentityHashMap<>();

    private final Path tempDir;

    XlsxTableSink(Path file, List<DatasetTable> tables) throws IOException {
        this.file = file;
        this.tempDir = Files.createTempDirectory(file.toAbsolutePath().getParent(), ".campo-xlsx-");
        // POI streams each sheet through a temporary file. By default that file lands in the
        // system temp folder, where plaintext answers could outlive a crash; keep it beside the
        // export the user chose to write instead, and remove it when done. Exports run one at a
        // time (one task executor), so setting POI's process-wide strategy here is safe.
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(tempDir.toFile()));
        workbook.setCompressTempFiles(false);
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        // POI would derive each sheet's <dimension> from the rows it wrote itself (the header
        // only); the rows appended raw are counted here and the dimension set at commit
        workbook.setShouldCalculateSheetDimensions(false);
        List<String> names = sheetNames(tables);
        for (int n = 0; n < tables.size(); n++) {
            DatasetTable t = tables.get(n);
            Sheet sheet = workbook.createSheet(names.get(n));
            Row header = sheet.createRow(0);
            List<String> headers = t.headers();
            boolean[] isNumber = new boolean[headers.size()];
            for (int i = 0; i < headers.size(); i++) {
                Cell c = header.createCell(i);
                c.setCellValue(headers.get(i));
                c.setCellStyle(bold);
                Column col = t.columns().get(i);
                isNumber[i] = col.choice() != null || col.field() != null && col.field().kind().isNumeric();
            }
            sheet.createFreezePane(0, 1);
            ((SXSSFSheet) sheet).flushRows(); // the header goes first, written by POI itself
            sheetData.put(t, writers.get(writers.size() - 1));
            sheets.put(t, sheet);
            nextRow.put(t, 1);
            numeric.put(t, isNumber);
            COLUMNS.add(t, headers.size());
        }
    }

    /**
     * The sheet name of each table, in order (what the R script beside the workbook reads). As
     * KoboToolbox names them: the main table's sheet by the table (the form id), a repeat's by
     * the repeat group's own name ({@code member}, not {@code form-member}); characters Excel
     * refuses in a sheet name become {@code _}, a name longer than Excel's 31 characters is cut
     * at the right, and a name already taken in the workbook (Excel compares them without case)
     * gets a suffix, {@code ~2}, {@code ~3}…, within the 31 characters.
     */
    static List<String> sheetNames(List<DatasetTable> tables) {
        Set<String> used = new HashSet<>();
        List<String> names = new ArrayList<>(tables.size());
        for (DatasetTable t : tables) {
            String name = t.repeatPath() == null ? t.name() : t.repeatPath().substring(t.repeatPath().lastIndexOf('/') + 1);
            names.add(uniqueName(name, used));
        }
        return names;
    }

    private static final int MAX_SHEET_NAME = 31;

    private static String uniqueName(String name, Set<String> used) {
        String base = name.replaceAll("[\\\\/?*\\[\\]:]", "_").replaceAll("^'+|'+$", "");
        if (base.isBlank()) {
            base = "data";
        }
        base = cut(base, MAX_SHEET_NAME);
        String candidate = base;
        for (int i = 2; !used.add(candidate.toLowerCase(java.util.Locale.ROOT)); i++) {
            String suffix = "~" + i;
            candidate = cut(base, MAX_SHEET_NAME - suffix.length()) + suffix;
        }
        return candidate;
    }

    /** The first {@code max} characters, never splitting a surrogate pair. */
    private static String cut(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int end = Character.isLowSurrogate(s.charAt(max)) ? max - 1 : max;
        return s.substring(0, end);
    }

    /**
     * The row's XML as POI's streaming writer would write it (inline strings, numbers as
     * {@code Double.toString} in numeric columns), with {@link #ROW_NUMBER} where the row number
     * goes. Rendering is the costly part of writing a sheet and needs nothing but the cells, so
     * it runs on the export's worker threads; {@link #write} only numbers and appends it.
     */
    @Override
    public Object prepare(DatasetTable table, List<String> cells) {
        boolean[] isNumber = numeric.get(table);
        StringBuilder xml = new StringBuilder(cells.size() * 24);
        xml.append("<row r=\"").append(ROW_NUMBER).append("\">");
        for (int i = 0; i < cells.size(); i++) {
            String v = cells.get(i);
            if (v == null || v.isEmpty()) {
                continue;
            }
            xml.append("<c r=\"").append(COLUMNS.get(table)[i]).append(ROW_NUMBER).append('"');
            if (isNumber[i]) {
                try {
                    double d = Double.parseDouble(v);
                    xml.append(" t=\"n\"><v>").append(d).append("</v></c>");
                    continue;
                } catch (NumberFormatException e) {
                    // labels or odd values stay text
                }
            }
            xml.append(" t=\"inlineStr\"><is><t");
            if (Character.isWhitespace(v.charAt(0)) || Character.isWhitespace(v.charAt(v.length() - 1))) {
                xml.append(" xml:space=\"preserve\"");
            }
            xml.append('>');
            escape(xml, v);
            xml.append("</t></is></c>");
        }
        xml.append("</row>\n");
        return xml.toString();
    }

    @Override
    public void write(DatasetTable table, Object prepared) throws IOException {
        String xml = (String) prepared;
        String number = Integer.toString(nextRow.merge(table, 1, Integer::sum)); // 1-based; the header is row 1
        RawRows out = sheetData.get(table);
        int from = 0;
        for (int at = xml.indexOf(ROW_NUMBER); at >= 0; at = xml.indexOf(ROW_NUMBER, from)) {
            out.append(xml, from, at);
            out.append(number, 0, number.length());
            from = at + 1;
        }
        out.append(xml, from, xml.length());
    }

    /** Stands for the row number in a prepared row; never in a cell (control characters become '?'). */
    private static final char ROW_NUMBER = '\u0000';

    /** Column letters per table, by column index. */
    private final ColumnLetters COLUMNS = new ColumnLetters();

    private final class ColumnLetters {
        private final Map<DatasetTable, String[]> letters = new IdentityHashMap<>();

        String[] get(DatasetTable table) {
            return letters.get(table);
        }

        void add(DatasetTable table, int columns) {
            String[] l = new String[columns];
            for (int i = 0; i < columns; i++) {
                l[i] = CellReference.convertNumToColString(i);
            }
            letters.put(table, l);
        }
    }

    /** XML text as POI's {@code SheetDataWriter.outputEscapedString} writes it. */
    static void escape(StringBuilder out, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\n' -> out.append("&#xa;");
                case '\r' -> out.append("&#xd;");
                case '\t' -> out.append("&#x9;");
                case '\u00A0' -> out.append("&#xa0;");
                default -> {
                    if (c < ' ' || c == '\uFFFE' || c == '\uFFFF') {
                        out.append('?');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }

    /** A sheet's data file, which also takes rows already rendered as XML. */
    private static final class RawRows extends SheetDataWriter {
        RawRows() throws IOException {
            super();
        }

        void append(String s, int from, int to) throws IOException {
            _out.write(s, from, to - from);
        }
    }

    @Override
    public List<Path> commit() {
        for (Map.Entry<DatasetTable, Sheet> e : sheets.entrySet()) {
            // the cells' extent, A1 to the last column of the last row, as the sheet XML's
            // <dimension>: streaming readers (openpyxl's read-only mode among them) size the
            // sheet from it and would otherwise see the header alone
            int lastRow = nextRow.get(e.getKey()) - 1;
            int lastColumn = Math.max(0, e.getKey().columns().size() - 1);
            workbook.getXSSFWorkbook().getSheet(e.getValue().getSheetName())
                    .setDimensionOverride(new CellRangeAddress(0, lastRow, 0, lastColumn));
        }
        AtomicFile.write(file, workbook::write);
        return List.of(file);
    }

    @Override
    public void close() throws IOException {
        try {
            workbook.close();
            workbook.dispose();
        } finally {
            TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
            try (var files = Files.walk(tempDir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
