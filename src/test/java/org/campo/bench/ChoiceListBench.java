package org.campo.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Compile + load of the {@link SyntheticForm} (1,000 questions, a 20,000-row list filtered by
 * {@code choice_filter}) before and after large choice lists went to the engine as external
 * instances, in the same run: {@link FormBench} with {@code -Dbench.loadOnly=true} in fresh JVMs
 * (so "cold" is the first compile and load of the process), alternately with
 * {@code -Dcampo.form.externalChoiceLists=false} (every list inline, as before) and with the
 * default, {@code bench.listRounds} times (default 2); {@code bench.questions} (default 1,000) sets
 * the size of the rest of the form. Prints each child's figures with the load
 * average read just before it started.
 *
 * <p>Run: {@code mvn -Pbench -DskipTests test-compile exec:exec@choice-list-bench}.
 */
public final class ChoiceListBench {
    private static final int ROUNDS = Integer.getInteger("bench.listRounds", 2);
    private static final int QUESTIONS = Integer.getInteger("bench.questions", 1_000);

    private ChoiceListBench() {
    }

    public static void main(String[] args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("java.class.path");
        System.out.printf(Locale.ROOT, "# Campo large choice list: inline (before) and external (after), %d rounds%n", ROUNDS);
        for (int round = 1; round <= ROUNDS; round++) {
            for (boolean external : new boolean[] {false, true}) {
                List<String> command = new ArrayList<>(List.of(java, "-Xmx1g", "-Dbench.loadOnly=true",
                        "-Dbench.questions=" + QUESTIONS,
                        "-Djava.util.logging.config.file=" + quietLogging(),
                        "-Dcampo.form.externalChoiceLists=" + external, "-cp", classPath, FormBench.class.getName()));
                System.out.printf(Locale.ROOT, "%n## round %d, %s (load average %s)%n", round,
                        external ? "external instance (after)" : "inline (before)", loadAverage());
                Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
                List<String> all = new ArrayList<>();
                try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = out.readLine()) != null) {
                        all.add(line);
                        if (line.startsWith("cold.") || line.startsWith("warm.") || line.startsWith("cache.")
                                || line.startsWith("session.") || line.startsWith("form ")) {
                            System.out.println(line);
                        }
                    }
                }
                if (p.waitFor() != 0) {
                    all.forEach(System.out::println);
                    throw new IllegalStateException("FormBench child failed: exit " + p.exitValue());
                }
            }
        }
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** JavaRosa logs every parse at INFO; the figures are what the child prints itself. */
    private static String quietLogging() throws IOException {
        Path config = Files.createTempFile("choice-list-bench", ".properties");
        Files.writeString(config, ".level=WARNING\n");
        config.toFile().deleteOnExit();
        return config.toString();
    }
}
