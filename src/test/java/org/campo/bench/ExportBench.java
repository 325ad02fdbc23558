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
 * baseline is {@code sqlite3 -csv} dumping a plaintext table with the same rows (id and the
 * decrypted instance XML), built for the comparison in the same run.
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

            Path plain = dir.resolve("plain.sqlite");
            long rows = plainCopy(study, plain);
            double sqliteMs = baseline(plain, dir.resolve("plain.csv"), rows);

            resetPeaks();
            long cpu2 = processCpuNanos();
            long t2 = System.nanoTime();
            var forms = ctx.forms(study);
            new DatasetExporter(study, forms).export(DatasetOptions.defaults(FORM, DatasetFormat.CSV),
                    dir.resolve("csv"), ProgressListener.NONE);
            double csvMs = report("export.csv", t2, SURVEYS + " surveys, JVM CPU "
                    + (processCpuNanos() - cpu2) / 1_000_000 + " ms");
            System.out.printf(Locale.ROOT, "export.csv peak heap: %,d MB%n", peakHeap() >> 20);
            System.out.printf(Locale.ROOT, "export.csv / sqlite3 -csv: %.2fx (target <= 3x)%n", csvMs / sqliteMs);
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
    private static double baseline(Path plain, Path out, long rows) throws Exception {
        List<Double> runs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long t = System.nanoTime();
            Process p = new ProcessBuilder("sh", "-c", "sqlite3 -csv \"$1\" 'SELECT id, xml FROM submission' > \"$2\"; times",
                    "sh", plain.toString(), out.toString()).redirectErrorStream(true).start();
            String times = new String(p.getInputStream().readAllBytes()).trim().replace('\n', ' ');
            int rc = p.waitFor();
            runs.add(report("baseline.sqlite3-csv run " + (i + 1), t, rows + " rows, exit " + rc
                    + ", sh/children user+sys: " + times));
        }
        List<Double> sorted = runs.stream().sorted().toList();
        System.out.printf(Locale.ROOT, "baseline.sqlite3-csv median %,.0f ms  (runs %s, csv %,d bytes)%n",
                sorted.get(1), runs, Files.size(out));
        return sorted.get(1);
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

    /** A plaintext table with the same rows as the export reads: id and decrypted instance XML. */
    private static long plainCopy(OpenStudy study, Path file) throws Exception {
        List<String> refs = study.forms().versionsOf(FORM).stream().map(v -> v.id()).toList();
        long[] n = {0};
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            c.createStatement().execute("CREATE TABLE submission(id TEXT PRIMARY KEY, xml TEXT)");
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO submission VALUES (?,?)")) {
                study.submissions().forEach(refs, SubmissionStatus.FINAL, s -> {
                    try {
                        ps.setString(1, s.id());
                        ps.setString(2, s.instanceXml());
                        ps.executeUpdate();
                        n[0]++;
                    } catch (java.sql.SQLException e) {
                        throw new IllegalStateException(e);
                    }
                });
            }
            c.commit();
        }
        return n[0];
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
