package org.campo.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.campo.app.AppContext;
import org.campo.common.AppDirectories;
import org.campo.common.ProgressListener;
import org.campo.crypto.KdfParameters;
import org.campo.demo.DemoStudy;
import org.campo.export.dataset.DatasetExporter;
import org.campo.export.dataset.DatasetFormat;
import org.campo.export.dataset.DatasetOptions;
import org.campo.model.SubmissionStatus;
import org.campo.study.OpenStudy;

/**
 * Dataset export benchmark for docs/benchmarks.md: a demo study with {@code bench.surveys}
 * (100,000) synthetic flow surveys is exported as CSV in this JVM, and as XLSX in a child JVM
 * limited to {@code -Xmx512m}, which proves the memory bound rather than estimating it. The
 * baseline is {@code sqlite3 -csv} dumping a plaintext table holding the exported rows in clear
 * (the export's own main table imported into SQLite), built in the same run; baseline and export
 * alternate over three rounds. A last CSV export without kept rows shows what parsing every
 * instance costs (the previous design; the first export after an upgrade).
 *
 * <p>Run: {@code mvn -Pbench -DskipTests test-compile exec:exec@export-bench} (sizes with
 * {@code -Dbench.surveys=} and {@code -Dbench.dir=}), or {@code java -cp <test classpath>
 * org.campo.bench.ExportBench}. Wall times and the JVM's CPU times are both printed: on a
 * shared machine the CPU times are the steadier figures.
 */
public final class ExportBench {
    private static final int SURVEYS = Integer.getInteger("bench.surveys", 100_000);
    private static final String FORM = "campo_flow_monitoring_survey";

    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("csv-again")) {
            // profiling aid: unlock an existing bench study and export it as CSV five times
            AppContext ctx = context(Path.of(args[1]).getParent().resolve("again"));
            try (OpenStudy study = ctx.studies().unlock(Path.of(args[1]), DemoStudy.USER,
                    DemoStudy.DEFAULT_PASSPHRASE.toCharArray())) {
                for (int i = 1; i <= 5; i++) {
                    long cpu = processCpuNanos();
                    long t = System.nanoTime();
                    exportCsv(study, ctx.forms(study), Path.of(args[2]).resolve("run" + i));
                    report("export.csv again " + i, t, "JVM CPU " + (processCpuNanos() - cpu) / 1_000_000 + " ms");
                }
            }
            return;
        }
        if (args.length == 3 && args[0].equals("xlsx-child")) {
            xlsxChild(Path.of(args[1]), Path.of(args[2]));
            return;
        }
        Path dir = Files.createTempDirectory(Path.of(System.getProperty("bench.dir",
                System.getProperty("java.io.tmpdir"))), "campo-export-bench");
        Path studyFile = dir.resolve("demo.campo");
        AppContext ctx = context(dir);
        System.out.printf(Locale.ROOT, "# Campo export benchmark%njava %s (%s), %s %s, %d processors, max heap %,d MiB, "
                        + "surveys=%d%n", System.getProperty("java.version"), System.getProperty("java.vm.name"),
                System.getProperty("os.name"), System.getProperty("os.arch"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, SURVEYS);
        long cpu0 = processCpuNanos();
        long t0 = System.nanoTime();
        try (OpenStudy study = DemoStudy.create(ctx, studyFile, DemoStudy.DEFAULT_PASSPHRASE.toCharArray(), SURVEYS)) {
            report("generate.demo", t0, SURVEYS + " surveys + counts + interviews, JVM CPU "
                    + (processCpuNanos() - cpu0) / 1_000_000 + " ms");
            long bytes = Files.size(studyFile);
            System.out.printf(Locale.ROOT, "study file: %,d bytes%n", bytes);

            var forms = ctx.forms(study);
            // The rows the export writes, in clear, as the baseline's table: the CSV of a first export
            // imported into a plain SQLite file (every column TEXT, same rows, same cells).
            Path first = dir.resolve("csv-first");
            exportCsv(study, forms, first);
            Path plain = dir.resolve("plain.sqlite");
            long rows = plainCopy(first.resolve(FORM + ".csv"), plain);

            // Interleaved rounds: sqlite3 -csv of the clear rows, then the export (kept rows).
            List<Double> base = new ArrayList<>();
            List<Double> kept = new ArrayList<>();
            for (int round = 1; round <= 3; round++) {
                base.add(baseline(plain, dir.resolve("plain.csv"), rows, round));
                resetPeaks();
                long cpu = processCpuNanos();
                long t = System.nanoTime();
                exportCsv(study, forms, dir.resolve("csv-" + round));
                kept.add(report("export.csv (kept rows) run " + round, t, SURVEYS + " surveys, JVM CPU "
                        + (processCpuNanos() - cpu) / 1_000_000 + " ms, peak heap " + (peakHeap() >> 20) + " MB"));
            }
            double sqliteMs = median(base);
            double csvMs = median(kept);
            System.out.printf(Locale.ROOT, "baseline.sqlite3-csv median %,.0f ms  (runs %s, csv %,d bytes)%n", sqliteMs,
                    base, Files.size(dir.resolve("plain.csv")));
            System.out.printf(Locale.ROOT, "export.csv median %,.0f ms  (runs %s)%n", csvMs, kept);
            System.out.printf(Locale.ROOT, "export.csv / sqlite3 -csv: %.2fx (target <= 3x: %s)%n", csvMs / sqliteMs,
                    csvMs / sqliteMs <= 3 ? "met" : "MISSED");

            // No kept rows: every instance parsed, as every export did before rows were kept (and as
            // the first export after an upgrade does, keeping the rows it builds).
            org.campo.study.StudyInternals.database(study).update("DELETE FROM submission_row");
            long cpu = processCpuNanos();
            long t = System.nanoTime();
            exportCsv(study, forms, dir.resolve("csv-rebuild"));
            double rebuildMs = report("export.csv (no kept rows: parse + keep)", t, SURVEYS + " surveys, JVM CPU "
                    + (processCpuNanos() - cpu) / 1_000_000 + " ms");
            System.out.printf(Locale.ROOT, "export.csv without kept rows / sqlite3 -csv: %.2fx%n", rebuildMs / sqliteMs);
            for (String table : List.of(FORM + ".csv")) {
                if (!Files.readString(dir.resolve("csv-1").resolve(table))
                        .equals(Files.readString(dir.resolve("csv-rebuild").resolve(table)))) {
                    throw new IllegalStateException("exports from kept rows and from instances differ: " + table);
                }
            }
        }
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), ExportBench.class.getName(), "xlsx-child",
                studyFile.toString(), dir.resolve("xlsx").toString()));
        long t3 = System.nanoTime();
        int rc = new ProcessBuilder(cmd).inheritIO().start().waitFor();
        report("export.xlsx (child JVM, -Xmx512m, incl. JVM start and unlock)", t3, "exit " + rc);
    }

    /**
     * {@code sqlite3 -csv} over the plaintext table, 3 runs, median wall time; each run goes
     * through {@code sh -c '...; times'} so the child's CPU time is printed too (on a shared
     * machine wall times move with the load, CPU times much less).
     */
    private static double baseline(Path plain, Path out, long rows, int round) throws Exception {
        long t = System.nanoTime();
        Process p = new ProcessBuilder("sh", "-c", "sqlite3 -csv \"$1\" 'SELECT * FROM rows' > \"$2\"; times",
                "sh", plain.toString(), out.toString()).redirectErrorStream(true).start();
        String times = new String(p.getInputStream().readAllBytes()).trim().replace('\n', ' ');
        int rc = p.waitFor();
        return report("baseline.sqlite3-csv run " + round, t, rows + " rows, exit " + rc
                + ", sh/children user+sys: " + times);
    }

    private static void exportCsv(OpenStudy study, org.campo.collect.FormLibrary forms, Path out) {
        new DatasetExporter(study, forms).export(DatasetOptions.defaults(FORM, DatasetFormat.CSV), out,
                ProgressListener.NONE);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** CPU time of this JVM (all threads: GC and JIT included). */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static AppContext context(Path dir) {
        return new AppContext(new AppDirectories(dir.resolve("home")), Clock.systemUTC(), new KdfParameters(8192, 1, 1));
    }

    private static void xlsxChild(Path studyFile, Path out) {
        AppContext ctx = context(studyFile.getParent().resolve("child"));
        try (OpenStudy study = ctx.studies().unlock(studyFile, DemoStudy.USER,
                DemoStudy.DEFAULT_PASSPHRASE.toCharArray())) {
            resetPeaks();
            long cpu = processCpuNanos();
            long t = System.nanoTime();
            new DatasetExporter(study, ctx.forms(study)).export(DatasetOptions.defaults(FORM, DatasetFormat.XLSX), out,
                    ProgressListener.NONE);
            report("export.xlsx (in child)", t, "max heap " + (Runtime.getRuntime().maxMemory() >> 20) + " MB, JVM CPU "
                    + (processCpuNanos() - cpu) / 1_000_000 + " ms");
            System.out.printf(Locale.ROOT, "export.xlsx peak heap: %,d MB%n", peakHeap() >> 20);
        }
    }

    /** The exported main table, in clear, as a plain SQLite table (sqlite3's own CSV import). */
    private static long plainCopy(Path csv, Path file) throws Exception {
        Path noBom = file.resolveSibling("rows-nobom.csv");
        byte[] bytes = Files.readAllBytes(csv);
        int skip = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF ? 3 : 0;
        Files.write(noBom, java.util.Arrays.copyOfRange(bytes, skip, bytes.length));
        Process p = new ProcessBuilder("sqlite3", file.toString(), ".import --csv " + noBom + " rows")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IllegalStateException("sqlite3 import failed: " + out);
        }
        Files.delete(noBom);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             var rs = c.createStatement().executeQuery("SELECT count(*) FROM rows")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static double report(String what, long startNanos, String note) {
        double ms = (System.nanoTime() - startNanos) / 1e6;
        System.out.printf(Locale.ROOT, "%-40s %,10.0f ms  (%s)%n", what, ms, note);
        return ms;
    }
}
