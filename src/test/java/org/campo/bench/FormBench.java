package org.campo.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.campo.store.Database;
import java.util.stream.Stream;
import org.campo.collect.FillingSession;
import org.campo.collect.FormLibrary;
import org.campo.collect.StartOptions;
import org.campo.collect.SubmissionService;
import org.campo.crypto.KdfParameters;
import org.campo.form.compile.CompileResult;
import org.campo.form.compile.XlsFormCompiler;
import org.campo.form.runtime.Answer;
import org.campo.form.runtime.FormDefinition;
import org.campo.form.runtime.FormDefinitionCache;
import org.campo.form.runtime.FormLoader;
import org.campo.form.runtime.FormSession;
import org.campo.form.runtime.Prompt;
import org.campo.form.runtime.Screen;
import org.campo.form.runtime.SessionContext;
import org.campo.model.Role;
import org.campo.study.OpenStudy;
import org.campo.study.StudyService;
import org.campo.study.UnlockThrottle;
import org.campo.study.StudyInternals;

/**
 * Form-engine benchmarks for docs/benchmarks.md on the {@link SyntheticForm} (1,000 questions,
 * 200 relevance rules, a 20,000-row choice list filtered by {@code choice_filter}):
 * <ul>
 *   <li>cold compile ({@link XlsFormCompiler#compileMarkdown}, the first call in the JVM) and cold
 *       load ({@link FormLoader#load} with an empty cache: JavaRosa parse, serialization, read back);</li>
 *   <li>load from the cache: a new {@link FormLoader} over a shared {@link FormDefinitionCache#inMemory()},
 *       repeated, median;</li>
 *   <li>answer-to-next-page latency: per step, the last answer on the current screen and the move
 *       to the next screen (the other answers of a field-list screen are timed separately), once through {@link FormSession} alone and once through
 *       {@link FillingSession} (each answer saved as an encrypted draft in a real study file, the
 *       screen validated before moving, the position remembered after, as the form filler does).
 *       Warm-up steps first; a session that reaches the end is replaced by a new one (not timed).</li>
 * </ul>
 * Run: {@code mvn -Pbench -DskipTests test-compile exec:exec@form-bench}.
 * Properties: {@code bench.steps} (1000), {@code bench.warmup} (300), {@code bench.cacheLoads} (15),
 * {@code bench.dir} (where the study file goes), {@code bench.questions} (1000; the 20,000-row list
 * stays), {@code bench.loadOnly} (stop after the compile,
 * load and session-start figures), {@code bench.fillingOnly} (only the {@link FillingSession} figures).
 */
public final class FormBench {
    private static final int STEPS = Integer.getInteger("bench.steps", 1_000);
    private static final int WARMUP = Integer.getInteger("bench.warmup", 300);
    private static final int CACHE_LOADS = Integer.getInteger("bench.cacheLoads", 15);
    private static final char[] PASSPHRASE = "correct horse battery staple".toCharArray();

    private final Random random = new Random(42);

    public static void main(String[] args) throws Exception {
        new FormBench().run();
    }

    private void run() throws Exception {
        System.out.printf(Locale.ROOT, "# Campo form-engine benchmarks%n");
        System.out.printf(Locale.ROOT, "java %s (%s), %s %s, %d processors, max heap %d MiB%n",
                System.getProperty("java.version"), System.getProperty("java.vm.name"), System.getProperty("os.name"),
                System.getProperty("os.arch"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf(Locale.ROOT, "steps=%d warmup=%d cacheLoads=%d%n%n", STEPS, WARMUP, CACHE_LOADS);

        int questions = Integer.getInteger("bench.questions", 1_000);
        String md = SyntheticForm.markdown(questions, questions / 5, 20_000);
        if (Boolean.getBoolean("bench.fillingOnly")) { // only the FillingSession figures
            filling(md, FormDefinitionCache.inMemory());
            return;
        }

        // ---- cold compile and load: first calls in this JVM ----
        long cpu0 = cpuNanos();
        long t = System.nanoTime();
        CompileResult compiled = new XlsFormCompiler().compileMarkdown(md, null);
        double compileMs = ms(System.nanoTime() - t);
        long cpu1 = cpuNanos();
        if (!compiled.ok()) {
            throw new IllegalStateException("synthetic form does not compile: " + compiled.errors());
        }
        String xform = compiled.xform();
        FormDefinitionCache cache = FormDefinitionCache.inMemory();
        t = System.nanoTime();
        FormDefinition definition = new FormLoader(cache).load(xform);
        double loadMs = ms(System.nanoTime() - t);
        long cpu2 = cpuNanos();
        System.out.printf(Locale.ROOT, "form             markdown %,d chars -> XForm %,d chars%n", md.length(), xform.length());
        System.out.printf(Locale.ROOT, "cold.compile     XlsFormCompiler.compileMarkdown, first call: %.0f ms (JVM CPU %.0f ms)%n",
                compileMs, ms(cpu1 - cpu0));
        System.out.printf(Locale.ROOT, "cold.load        FormLoader.load, empty cache, first call: %.0f ms (JVM CPU %.0f ms)%n",
                loadMs, ms(cpu2 - cpu1));
        System.out.printf(Locale.ROOT, "cold.total       compile + load: %.0f ms (target < 1500 ms: %s)%n", compileMs + loadMs,
                compileMs + loadMs < 1500 ? "met" : "MISSED");

        // warm (second) compile and uncached load, for comparison
        t = System.nanoTime();
        new XlsFormCompiler().compileMarkdown(md, null);
        double compile2 = ms(System.nanoTime() - t);
        t = System.nanoTime();
        new FormLoader(FormDefinitionCache.none()).load(xform);
        double load2 = ms(System.nanoTime() - t);
        System.out.printf(Locale.ROOT, "warm.compile     second compile: %.0f ms; second uncached load: %.0f ms%n", compile2, load2);

        // ---- load from the cache ----
        List<Double> cached = new ArrayList<>();
        for (int i = 0; i <= CACHE_LOADS; i++) {
            t = System.nanoTime();
            new FormLoader(cache).load(xform);
            if (i > 0) {
                cached.add(ms(System.nanoTime() - t));
            }
        }
        double cachedMedian = median(cached);
        System.out.printf(Locale.ROOT, "cache.load       new FormLoader, shared in-memory cache: median %.0f ms (min %.0f, max %.0f, n=%d; target < 200 ms: %s)%n",
                cachedMedian, Collections.min(cached), Collections.max(cached), cached.size(),
                cachedMedian < 200 ? "met" : "MISSED");

        SessionContext context = new SessionContext("bench-device", "ana", Clock.systemUTC());
        List<Double> starts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            t = System.nanoTime();
            FormSession.start(definition, context).next();
            if (i > 0) {
                starts.add(ms(System.nanoTime() - t));
            }
        }
        System.out.printf(Locale.ROOT, "session.start    FormSession.start + first screen: median %.0f ms (n=%d)%n%n",
                median(starts), starts.size());
        if (Boolean.getBoolean("bench.loadOnly")) { // only the compile and load figures (ChoiceListBench)
            return;
        }

        // ---- answer-to-next-page latency: FormSession alone ----
        SessionLatency engineOnly = new SessionLatency(() -> {
            FormSession s = FormSession.start(definition, context);
            return new Filler(s, null);
        });
        report("step.session", "FormSession: last answer on screen + next", engineOnly.measure(WARMUP, STEPS), 50);
        report("answer.session", "FormSession: other answers on field-list screens", engineOnly.otherAnswers, 50);
        List<Double> outline = new ArrayList<>();
        FormSession os = engineOnly.filler.session;
        for (int i = 0; i < 21; i++) {
            t = System.nanoTime();
            os.outline();
            if (i > 0) {
                outline.add(ms(System.nanoTime() - t));
            }
        }
        System.out.printf(Locale.ROOT, "outline          FormSession.outline (form filler jump list, read after every move): median %.1f ms (max %.1f, n=%d)%n%n",
                median(outline), Collections.max(outline), outline.size());

        filling(md, cache);
    }

    private void filling(String md, FormDefinitionCache cache) throws Exception {
        // ---- answer-to-next-page latency: FillingSession with encrypted draft saves ----
        Path base = Path.of(System.getProperty("bench.dir", System.getProperty("java.io.tmpdir")));
        Files.createDirectories(base);
        Path dir = Files.createTempDirectory(base, "campo-formbench-");
        try {
            StudyService studies = new StudyService(Clock.systemUTC(), "bench-device", new KdfParameters(8192, 1, 1),
                    UnlockThrottle.real());
            OpenStudy study = studies.create(dir.resolve("forms.campo"), "Bench", "ana", Role.COORDINATOR, PASSPHRASE)
                    .study();
            try {
                FormLibrary library = new FormLibrary(study, new XlsFormCompiler(), new FormLoader(cache));
                String formRef = library.importWorkbook(md.getBytes(StandardCharsets.UTF_8), "bench_large.md").form().id();
                SubmissionService submissions = new SubmissionService(study, library, participant -> { });
                // Before: each answer's commit waited for the disk (fsync) before the filler went on;
                // the baseline waits for the background force of the log after every answer, which
                // is that wait. After: the commit returns once the log has it, the force follows in
                // the background. Interleaved in blocks.
                SessionLatency before = new SessionLatency(() -> {
                    FillingSession f = submissions.start(formRef, StartOptions.NONE);
                    return new Filler(f.form(), f, study);
                });
                SessionLatency filling = new SessionLatency(() -> {
                    FillingSession f = submissions.start(formRef, StartOptions.NONE);
                    return new Filler(f.form(), f);
                });
                List<Double> beforeSteps = new ArrayList<>();
                List<Double> afterSteps = new ArrayList<>();
                int blocks = 10;
                for (int b = 0; b < blocks; b++) {
                    int warm = b == 0 ? WARMUP : 0;
                    beforeSteps.addAll(before.measure(warm, STEPS / blocks));
                    afterSteps.addAll(filling.measure(warm, STEPS / blocks));
                }
                report("step.filling.before", "each answer waits for the disk (as before)",
                        beforeSteps, 20);
                report("step.filling", "FillingSession: last answer (encrypted draft save) + validate + next + remember",
                        afterSteps, 20);
                report("answer.filling", "FillingSession: other answers on field-list screens (each saved)",
                        filling.otherAnswers, 20);
                report("step.filling.cpu", "the same steps, CPU time of the filling thread only", filling.stepCpu, 20);

                // The storage part alone: an answer saved and the next screen remembered, without the
                // engine's validate/next, interleaved per step: waiting for the disk before, not after.
                FillingSession f = submissions.start(formRef, StartOptions.NONE);
                Screen first = f.form().next();
                Prompt prompt = null;
                while (prompt == null) {
                    for (Prompt candidate : first.prompts()) {
                        if (prompt == null && candidate.type() == org.campo.form.runtime.PromptType.TEXT) {
                            prompt = candidate;
                        }
                    }
                    if (prompt == null) {
                        first = f.form().next();
                    }
                }
                Screen second = f.form().next();
                List<Double> waiting = new ArrayList<>();
                List<Double> notWaiting = new ArrayList<>();
                Database db = StudyInternals.database(study);
                for (int i = 0; i < WARMUP / 3 + STEPS / 2; i++) {
                    Screen to = i % 2 == 0 ? second : first;
                    long t0 = System.nanoTime();
                    f.answer(prompt.ref(), new Answer.Text("before " + i));
                    db.awaitDisk();
                    f.remember(to);
                    long t1 = System.nanoTime();
                    to = i % 2 == 0 ? first : second;
                    f.answer(prompt.ref(), new Answer.Text("after " + i));
                    f.remember(to);
                    long t2 = System.nanoTime();
                    if (i >= WARMUP / 3) {
                        waiting.add(ms(t1 - t0));
                        notWaiting.add(ms(t2 - t1));
                    }
                }
                report("save.before", "answer saved and on the disk + screen remembered (storage only)", waiting, 20);
                report("save.after", "answer saved, forced to the disk in the background + screen remembered (storage only)",
                        notWaiting, 20);
            } finally {
                study.lock();
            }
        } finally {
            deleteTree(dir);
        }
        }

    private static void report(String name, String what, List<Double> steps, int targetMs) {
        List<Double> sorted = new ArrayList<>(steps);
        Collections.sort(sorted);
        double p99 = percentile(sorted, 99);
        System.out.printf(Locale.ROOT, "%-16s %s: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms, mean %.1f ms (n=%d; p99 target < %d ms: %s)%n",
                name, what, percentile(sorted, 50), percentile(sorted, 95), p99, sorted.get(sorted.size() - 1),
                sorted.stream().mapToDouble(Double::doubleValue).average().orElse(0), sorted.size(), targetMs,
                p99 < targetMs ? "met" : "MISSED");
    }

    /** Nearest-rank percentile of a sorted list. */
    private static double percentile(List<Double> sorted, double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    /** A session being filled: the engine session and, for the saving path, its filling session. */
    private record Filler(FormSession session, FillingSession filling, OpenStudy waitForDisk) {
        Filler(FormSession session, FillingSession filling) {
            this(session, filling, null);
        }
    }

    private interface FillerFactory {
        Filler start();
    }

    private final class SessionLatency {
        private final FillerFactory factory;
        private Filler filler;
        private Screen screen;
        private int screens;
        private int answers;
        private int sessions;

        SessionLatency(FillerFactory factory) {
            this.factory = factory;
        }

        /** CPU time of the measuring thread during each timed step (the rest of the wall time is waiting). */
        final List<Double> stepCpu = new ArrayList<>();

        /** Answer latencies of every answer but the last on a screen (each is its own wait for the user). */
        final List<Double> otherAnswers = new ArrayList<>();

        /**
         * Step latencies: the last answer on a screen through to the next screen being returned,
         * i.e. what the user waits for between giving the screen's final answer and seeing the next page.
         */
        List<Double> measure(int warmup, int steps) {
            List<Double> times = new ArrayList<>(steps);
            for (int i = 0; i < warmup + steps; i++) {
                if (filler == null || screen.kind() == Screen.Kind.END) {
                    filler = factory.start();
                    screen = filler.session.next();
                    sessions++;
                }
                boolean timed = i >= warmup;
                long elapsed = step(timed);
                if (timed) {
                    times.add(ms(elapsed));
                    screens++;
                }
            }
            System.out.printf(Locale.ROOT, "                 (%d timed screens, %d answers in all, %d sessions started)%n",
                    screens, answers, sessions);
            return times;
        }

        private long step(boolean timed) {
            List<Prompt> prompts = screen.prompts();
            List<Answer> given = new ArrayList<>();
            List<Prompt> answered = new ArrayList<>();
            for (Prompt prompt : prompts) {
                Answer answer = answerFor(prompt);
                if (answer != null) {
                    given.add(answer);
                    answered.add(prompt);
                }
            }
            for (int a = 0; a < answered.size() - 1; a++) {
                long t = System.nanoTime();
                answer(answered.get(a), given.get(a));
                if (timed) {
                    otherAnswers.add(ms(System.nanoTime() - t));
                }
            }
            long cpu = THREADS.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            if (!answered.isEmpty()) {
                answer(answered.get(answered.size() - 1), given.get(given.size() - 1));
            }
            if (filler.filling != null) {
                filler.session.validateScreen();
                screen = filler.session.next();
                filler.filling.remember(screen);
            } else {
                screen = filler.session.next();
            }
            long elapsed = System.nanoTime() - t;
            if (timed) {
                stepCpu.add(ms(THREADS.getCurrentThreadCpuTime() - cpu));
            }
            return elapsed;
        }

        private void answer(Prompt prompt, Answer answer) {
            answers++;
            if (filler.filling != null) {
                filler.filling.answer(prompt.ref(), answer);
                if (filler.waitForDisk != null) {
                    StudyInternals.database(filler.waitForDisk).awaitDisk();
                }
            } else {
                filler.session.answer(prompt.ref(), answer);
            }
        }
    }

    private Answer answerFor(Prompt prompt) {
        switch (prompt.type()) {
            case INTEGER:
                return new Answer.IntegerNumber(random.nextInt(101));
            case DECIMAL:
                return new Answer.DecimalNumber(BigDecimal.valueOf(random.nextInt(10_000), 2));
            case TEXT:
                return new Answer.Text("answer " + random.nextInt(1000));
            case DATE:
                return new Answer.Date(LocalDate.of(2015, 1, 1).plusDays(random.nextInt(3650)));
            case SELECT_ONE:
                if (prompt.choices().isEmpty()) {
                    return null;
                }
                return new Answer.Choice(prompt.choices().get(random.nextInt(prompt.choices().size())).value());
            case SELECT_MULTIPLE: {
                List<String> values = new ArrayList<>();
                prompt.choices().forEach(c -> {
                    if (random.nextBoolean()) {
                        values.add(c.value());
                    }
                });
                return values.isEmpty() ? null : new Answer.Choices(values);
            }
            default:
                return null;
        }
    }

    /** CPU time of the whole JVM (every thread, the JIT compilers included). */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
