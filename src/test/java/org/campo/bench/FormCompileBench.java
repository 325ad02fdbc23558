package org.campo.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.campo.form.compile.CompileResult;
import org.campo.form.compile.XlsFormCompiler;

/**
 * How XLSForm compile time grows with the size of the survey (docs/benchmarks.md): writes the
 * {@link SyntheticForm} with 10,000, 20,000, 40,000 and 200,000 questions (a fifth of them with
 * a relevance rule, groups of 20, 100 districts) as .xlsx files into {@code bench.dir}, then
 * compiles each in this JVM ({@link XlsFormCompiler#compile(Path)}: workbook read, parse,
 * checks, XForm written) after a warm-up on the smallest, and prints rows, time and time per
 * 1,000 rows. The same files serve the per-command comparison with pyxform in the doc.
 * Run: {@code mvn -Pbench -DskipTests test-compile exec:exec@compile-bench}; sizes with
 * {@code -Dbench.sizes=10000,20000,40000,200000}.
 */
public final class FormCompileBench {

    private FormCompileBench() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(System.getProperty("bench.dir", System.getProperty("java.io.tmpdir")));
        String[] sizes = System.getProperty("bench.sizes", "10000,20000,40000,200000").split(",");
        System.out.printf(Locale.ROOT, "# Campo XLSForm compile scaling%njava %s, %d processors, max heap %d MiB%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        List<Path> files = new ArrayList<>();
        for (String size : sizes) {
            int questions = Integer.parseInt(size.strip());
            Path file = dir.resolve("synthetic-" + questions + ".xlsx");
            int rows = writeXlsx(SyntheticForm.markdown(questions, questions / 5, 100), file);
            System.out.printf(Locale.ROOT, "wrote %s (%,d rows, %,d bytes)%n", file.getFileName(), rows,
                    Files.size(file));
            files.add(file);
        }
        XlsFormCompiler compiler = new XlsFormCompiler();
        compiler.compile(files.get(0)); // warm-up
        for (Path file : files) {
            long start = System.nanoTime();
            CompileResult r = compiler.compile(file);
            long ms = (System.nanoTime() - start) / 1_000_000;
            int rows = countRows(file);
            System.out.printf(Locale.ROOT, "compile %-26s rows %,8d  %,7d ms  %6.1f ms per 1,000 rows  %s%n",
                    file.getFileName(), rows, ms, ms * 1000.0 / rows,
                    r.ok() ? "ok" : r.errors().size() + " errors: " + r.errors().get(0));
        }
    }

    private static final java.util.Map<Path, Integer> ROWS = new java.util.HashMap<>();

    private static int countRows(Path file) {
        return ROWS.get(file);
    }

    /** The markdown-table form as an .xlsx workbook, one sheet per table; returns the number of rows. */
    static int writeXlsx(String markdown, Path file) throws IOException {
        int total = 0;
        try (SXSSFWorkbook wb = new SXSSFWorkbook(500)) {
            Sheet sheet = null;
            int r = 0;
            for (String line : markdown.split("\n")) {
                String[] cells = line.split("\\|", -1);
                if (cells.length < 3) {
                    continue;
                }
                String first = cells[1].strip();
                if (!first.isEmpty()) {
                    sheet = wb.createSheet(first);
                    r = 0;
                    continue;
                }
                Row row = sheet.createRow(r++);
                total++;
                for (int c = 2; c < cells.length - 1; c++) {
                    String v = cells[c].strip();
                    if (!v.isEmpty()) {
                        row.createCell(c - 2).setCellValue(v);
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
            wb.dispose();
        }
        ROWS.put(file, total);
        return total;
    }
}
