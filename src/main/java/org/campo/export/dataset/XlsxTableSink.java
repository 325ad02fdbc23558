package org.campo.export.dataset;

import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
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
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200) {
        @Override
        protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
            ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
            zip.setLevel(Deflater.BEST_SPEED);
            return zip;
        }
    };
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
        Set<String> names = new HashSet<>();
        for (DatasetTable t : tables) {
            Sheet sheet = workbook.createSheet(uniqueName(t.name(), names));
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
            sheets.put(t, sheet);
            nextRow.put(t, 1);
            numeric.put(t, isNumber);
        }
    }

    private static String uniqueName(String name, Set<String> used) {
        String base = name.replaceAll("[\\\\/?*\\[\\]:]", "_");
        base = base.length() > 31 ? base.substring(base.length() - 31) : base;
        String candidate = base;
        for (int i = 2; !used.add(candidate); i++) {
            String suffix = "~" + i;
            candidate = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        return candidate;
    }

    /** The row's cell values: null (empty), a Double for numbers in numeric columns, or text. */
    @Override
    public Object prepare(DatasetTable table, List<String> cells) {
        boolean[] isNumber = numeric.get(table);
        Object[] values = new Object[cells.size()];
        for (int i = 0; i < cells.size(); i++) {
            String v = cells.get(i);
            if (v == null || v.isEmpty()) {
                continue;
            }
            values[i] = v;
            if (isNumber[i]) {
                try {
                    values[i] = Double.parseDouble(v);
                } catch (NumberFormatException e) {
                    // labels or odd values stay text
                }
            }
        }
        return values;
    }

    @Override
    public void write(DatasetTable table, Object prepared) {
        Object[] values = (Object[]) prepared;
        int r = nextRow.merge(table, 1, Integer::sum) - 1;
        Row row = sheets.get(table).createRow(r);
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v == null) {
                continue;
            }
            Cell c = row.createCell(i);
            if (v instanceof Double d) {
                c.setCellValue(d);
            } else {
                c.setCellValue((String) v);
            }
        }
    }

    @Override
    public List<Path> commit() {
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
