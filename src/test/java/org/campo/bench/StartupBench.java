package org.campo.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Cold start of the command line for docs/benchmarks.md: {@code campo --version} in a fresh JVM
 * from the packaged jar ({@code bench.jar}, default {@code target/campo-0.1.0.jar} with its
 * {@code target/lib}), under three class-data-sharing set-ups, interleaved over
 * {@code bench.rounds} rounds (median):
 * <ul>
 *   <li>{@code nocds}: {@code -Xshare:off}, what a jlink runtime without a CDS archive gives (the
 *       installer's runtime before this change: jlink writes no {@code classes.jsa} by default);</li>
 *   <li>{@code cds}: the JDK's default archive of its own classes (what {@code jlink
 *       --generate-cds-archive} puts in the installer's runtime);</li>
 *   <li>{@code appcds}: a dynamic archive of Campo's and its libraries' classes too
 *       ({@code -XX:ArchiveClassesAtExit} from one run, then {@code -XX:SharedArchiveFile}).</li>
 * </ul>
 * Run: {@code mvn -o -q -DskipTests package} then {@code mvn -Pbench -DskipTests test-compile
 * exec:exec@startup-bench}.
 */
public final class StartupBench {
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 10);

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(System.getProperty("bench.jar", "target/campo-0.1.0.jar")).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("package the jar first (mvn -q -DskipTests package): " + jar);
        }
        Path dir = Files.createTempDirectory(Path.of(System.getProperty("bench.dir",
                System.getProperty("java.io.tmpdir"))), "campo-startup-bench");
        Path archive = dir.resolve("campo-app.jsa");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        System.out.printf(Locale.ROOT, "# Campo start-up benchmark%njava %s, %d processors, rounds=%d, jar %s%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), ROUNDS, jar);
        int rc = run(List.of(java, "-XX:ArchiveClassesAtExit=" + archive, "-jar", jar.toString(), "--version"), dir);
        System.out.printf(Locale.ROOT, "appcds archive: %,d bytes (exit %d)%n", Files.size(archive), rc);

        Map<String, List<String>> setups = new LinkedHashMap<>();
        setups.put("nocds", List.of(java, "-Xshare:off", "-jar", jar.toString(), "--version"));
        setups.put("cds", List.of(java, "-Xshare:auto", "-jar", jar.toString(), "--version"));
        setups.put("appcds", List.of(java, "-XX:SharedArchiveFile=" + archive, "-jar", jar.toString(), "--version"));
        Map<String, List<Double>> times = new LinkedHashMap<>();
        setups.keySet().forEach(k -> times.put(k, new ArrayList<>()));
        for (int round = 0; round <= ROUNDS; round++) {
            for (Map.Entry<String, List<String>> e : setups.entrySet()) {
                long t = System.nanoTime();
                int code = run(e.getValue(), dir);
                double ms = (System.nanoTime() - t) / 1e6;
                if (code != 0) {
                    throw new IllegalStateException(e.getKey() + " exited " + code);
                }
                if (round > 0) { // round 0 warms the page cache
                    times.get(e.getKey()).add(ms);
                }
            }
        }
        double base = median(times.get("nocds"));
        for (Map.Entry<String, List<Double>> e : times.entrySet()) {
            double m = median(e.getValue());
            System.out.printf(Locale.ROOT, "startup.version.%-7s campo --version: median %,.0f ms (min %,.0f, max %,.0f, n=%d); %.2fx of nocds%n",
                    e.getKey(), m, e.getValue().stream().mapToDouble(Double::doubleValue).min().orElse(0),
                    e.getValue().stream().mapToDouble(Double::doubleValue).max().orElse(0), e.getValue().size(), m / base);
        }
        // Time to first window: the desktop app started without arguments on JavaFX's headless
        // Monocle platform (software rendering), until it logs that its window is shown.
        String monocle = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(p -> p.contains("openjfx-monocle")).findFirst().orElse(null);
        if (monocle == null) {
            System.out.println("window: Monocle not on the class path, not measured");
        } else {
            Map<String, List<Double>> window = new LinkedHashMap<>();
            window.put("nocds", new ArrayList<>());
            window.put("cds", new ArrayList<>());
            List<String> fx = List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                    "-Dprism.text=t2k", "-cp", jar + File.pathSeparator + monocle, "org.campo.Main");
            int windowRounds = Math.max(3, ROUNDS / 2);
            for (int round = 0; round <= windowRounds; round++) {
                for (String setup : window.keySet()) {
                    List<String> cmd = new ArrayList<>(List.of(java, setup.equals("nocds") ? "-Xshare:off" : "-Xshare:auto"));
                    cmd.addAll(fx);
                    double ms = firstWindow(cmd, dir.resolve("home-" + setup + "-" + round));
                    if (round > 0) {
                        window.get(setup).add(ms);
                    }
                }
            }
            double wbase = median(window.get("nocds"));
            for (Map.Entry<String, List<Double>> e : window.entrySet()) {
                double m = median(e.getValue());
                System.out.printf(Locale.ROOT, "startup.window.%-6s first window (Monocle headless): median %,.0f ms (min %,.0f, max %,.0f, n=%d); %.2fx of nocds%n",
                        e.getKey(), m, e.getValue().stream().mapToDouble(Double::doubleValue).min().orElse(0),
                        e.getValue().stream().mapToDouble(Double::doubleValue).max().orElse(0), e.getValue().size(), m / wbase);
            }
        }
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static int run(List<String> command, Path dir) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("out.txt").toFile()).start();
        return p.waitFor();
    }

    /** Starts the app with its own Campo home and returns the milliseconds until it logs its first window. */
    private static double firstWindow(List<String> command, Path home) throws Exception {
        Files.createDirectories(home);
        List<String> cmd = new ArrayList<>(command);
        cmd.add(1, "-Dcampo.home=" + home);
        long t = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(home.resolve("out.txt").toFile())
                .start();
        try {
            Path log = home.resolve("logs").resolve("campo-0.log");
            while (System.nanoTime() - t < 300_000_000_000L) {
                if (Files.exists(log) && Files.readString(log).contains("First window shown")) {
                    return (System.nanoTime() - t) / 1e6;
                }
                if (!p.isAlive()) {
                    throw new IllegalStateException("the app exited " + p.exitValue() + ": "
                            + Files.readString(home.resolve("out.txt")));
                }
                Thread.sleep(20);
            }
            throw new IllegalStateException("no first window within 300 s");
        } finally {
            p.destroyForcibly().waitFor();
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
