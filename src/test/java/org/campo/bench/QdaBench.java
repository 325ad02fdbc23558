package org.campo.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.campo.app.AppContext;
import org.campo.model.Code;
import org.campo.model.Role;
import org.campo.model.SourceKind;
import org.campo.qda.CodingService.NewCoding;
import org.campo.qda.QdaServices;
import org.campo.qda.SearchHit;
import org.campo.qda.SourceSummary;
import org.campo.qda.TextFile;
import org.campo.study.OpenStudy;
import org.campo.testsupport.TestApp;
import org.campo.ui.qda.WorkbenchViewModel;

/**
 * Qualitative-analysis benchmark for docs/benchmarks.md: a study with {@code bench.sources} (300)
 * synthetic Spanish sources of {@code bench.words} (10,000) words each and {@code bench.codings}
 * (30,000) codings by two coders, then: opening a source with its highlights (the workbench's
 * view model: decrypt, codings, coloured runs and margin stripes, no rendering), applying one
 * code (saved and audited), an accent-insensitive search across all sources (first search,
 * which folds every text, and later ones), all segments of a top-level code with its sub-codes,
 * and the heap after a full GC with every text cached. Baseline in the same run: a plain
 * {@code String.indexOf} over the same texts already in memory.
 *
 * <p>Run (the heap limit proves the memory bound): {@code mvn -o -q -DskipTests test-compile
 * dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/cp.txt}, then
 * {@code java -Xmx1g -cp target/classes:target/test-classes:$(cat target/cp.txt) org.campo.bench.QdaBench}.
 */
public final class QdaBench {
    private static final int SOURCES = Integer.getInteger("bench.sources", 300);
    private static final int WORDS = Integer.getInteger("bench.words", 10_000);
    private static final int CODINGS = Integer.getInteger("bench.codings", 30_000);
    private static final int ROUNDS = 7;
    private static final String[] VOCABULARY = ("la migración el trámite del CPP tarda semanas y muchas personas "
            + "no tienen pasaporte ni carné de extranjería en el centro de salud piden el SIS para atender a "
            + "niños niñas y mujeres trans la discriminación por nacionalidad se suma a la que viven por su "
            + "orientación sexual o identidad de género el trabajo es informal y los pagos son bajos viven en "
            + "cuartos alquilados sin agua la información llega por grupos de WhatsApp y organizaciones de base "
            + "en Tumbes Lima Trujillo y Cusco la red de protección deriva casos de violencia en la ruta").split(" ");

    private QdaBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory(Path.of(System.getProperty("bench.dir", System.getProperty("java.io.tmpdir"))),
                "qda-bench");
        AppContext ctx = TestApp.context(dir.resolve("home"));
        try (OpenStudy study = ctx.studies().create(dir.resolve("bench.campo"), "Bench", "ana", Role.COORDINATOR,
                "bench passphrase long".toCharArray()).study()) {
            study.addMember("rosa", Role.RESEARCHER, "rosa passphrase long".toCharArray());
            QdaServices qda = ctx.qda(study);
            long t = System.nanoTime();
            List<String> ids = generate(qda);
            System.out.printf("setup: %d sources x %d words, %d codings, study file %d MB, %.1f s%n", SOURCES, WORDS,
                    CODINGS, Files.size(dir.resolve("bench.campo")) / 1_000_000, (System.nanoTime() - t) / 1e9);

            WorkbenchViewModel vm = new WorkbenchViewModel(qda);
            vm.load();
            Random random = new Random(7);
            double[] open = new double[ROUNDS];
            for (int i = 0; i < ROUNDS; i++) {
                String id = ids.get(random.nextInt(ids.size()));
                long s = start();
                vm.open(id);
                int runs = vm.runs().size() + vm.stripes().size();
                open[i] = ms(s);
                if (runs == 0) {
                    throw new IllegalStateException("no highlights");
                }
            }
            report("open a source with its highlights (view model)", open);

            Code code = qda.codebook().codes().get(1);
            double[] apply = new double[ROUNDS];
            for (int i = 0; i < ROUNDS; i++) {
                String id = ids.get(random.nextInt(ids.size()));
                int start = 10 + random.nextInt(WORDS);
                long s = start();
                qda.codings().code(id, start, start + 12, code.id());
                apply[i] = ms(s);
            }
            report("apply a code (saved and audited)", apply);

            long s0 = start();
            List<SearchHit> first = qda.retrieval().search("migracion");
            double firstWall = ms(s0);
            System.out.printf("search 'migracion', first (folds every text): %.0f ms wall, %.0f ms thread CPU, %d hits%n",
                    firstWall, CPU.get(CPU.size() - 1), first.size());
            double[] search = new double[ROUNDS];
            int hits = 0;
            for (int i = 0; i < ROUNDS; i++) {
                long s = start();
                hits = qda.retrieval().search(i % 2 == 0 ? "migracion" : "NIÑOS").size();
                search[i] = ms(s);
            }
            report("search across all sources (later searches), " + hits + " hits", search);

            List<String> texts = new ArrayList<>();
            qda.sources().list().forEach(x -> texts.add(qda.sources().get(x.id()).text()));
            double[] base = new double[ROUNDS];
            for (int i = 0; i < ROUNDS; i++) {
                long s = start();
                int n = 0;
                for (String text : texts) {
                    for (int at = text.indexOf("migración"); at >= 0; at = text.indexOf("migración", at + 1)) {
                        n++;
                    }
                }
                base[i] = ms(s);
                if (n == 0) {
                    throw new IllegalStateException("baseline found nothing");
                }
            }
            report("baseline: String.indexOf over the texts in memory (exact case and accents)", base);

            Code top = qda.codebook().codes().get(0);
            double[] segments = new double[ROUNDS];
            int count = 0;
            for (int i = 0; i < ROUNDS; i++) {
                long s = start();
                count = qda.retrieval().segments(top.id(), Map.of()).size();
                segments[i] = ms(s);
            }
            report("all segments of a code with its sub-codes (" + count + " segments)", segments);

            for (int i = 0; i < 3; i++) {
                System.gc();
                Thread.sleep(200);
            }
            Runtime rt = Runtime.getRuntime();
            System.out.printf("heap used after full GC, every text and search text cached: %d MB (max %d MB)%n",
                    (rt.totalMemory() - rt.freeMemory()) / 1_000_000, rt.maxMemory() / 1_000_000);
            vm.open(ids.get(0));
        }
    }

    private static List<String> generate(QdaServices qda) {
        Random random = new Random(20_240_601L);
        List<String> codeIds = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Code top = qda.codebook().create(null, "Tema " + i, "Definición del tema " + i, null);
            codeIds.add(top.id());
            for (int j = 0; j < 2; j++) {
                codeIds.add(qda.codebook().create(top.id(), "Subtema " + i + "." + j, null, null).id());
            }
        }
        List<String> ids = new ArrayList<>();
        for (int batch = 0; batch < SOURCES; batch += 50) {
            List<TextFile> texts = new ArrayList<>();
            for (int i = batch; i < Math.min(SOURCES, batch + 50); i++) {
                StringBuilder sb = new StringBuilder(WORDS * 7);
                for (int w = 0; w < WORDS; w++) {
                    sb.append(VOCABULARY[random.nextInt(VOCABULARY.length)]);
                    sb.append(w % 15 == 14 ? ".\n" : " ");
                }
                texts.add(new TextFile("Entrevista " + i, SourceKind.INTERVIEW_NOTES, sb.toString()));
            }
            qda.sources().importTexts(texts, null).forEach(s -> ids.add(s.id()));
        }
        List<SourceSummary> sources = qda.sources().list();
        String ana = qda.codings().coderId("ana");
        String rosa = qda.codings().coderId("rosa");
        List<NewCoding> codings = new ArrayList<>();
        for (int i = 0; i < CODINGS; i++) {
            SourceSummary s = sources.get(i % sources.size());
            int start = random.nextInt(s.length() - 400);
            codings.add(new NewCoding(s.id(), start, start + 20 + random.nextInt(300),
                    codeIds.get(random.nextInt(codeIds.size())), i % 2 == 0 ? ana : rosa));
            if (codings.size() == 5_000) {
                qda.codings().codeMany(codings);
                codings.clear();
            }
        }
        if (!codings.isEmpty()) {
            qda.codings().codeMany(codings);
        }
        return ids;
    }

    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();
    private static long cpuStart;
    private static final List<Double> CPU = new ArrayList<>();

    private static long start() {
        cpuStart = THREADS.getCurrentThreadCpuTime();
        return System.nanoTime();
    }

    /** Wall milliseconds since {@code startNanos}; the thread's CPU milliseconds go to {@link #CPU}. */
    private static double ms(long startNanos) {
        CPU.add((THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e6);
        return (System.nanoTime() - startNanos) / 1e6;
    }

    private static void report(String what, double[] times) {
        double[] sorted = times.clone();
        Arrays.sort(sorted);
        double[] cpu = CPU.subList(CPU.size() - times.length, CPU.size()).stream().mapToDouble(Double::doubleValue)
                .sorted().toArray();
        System.out.printf("%s: median %.1f ms wall (min %.1f, max %.1f), median %.1f ms thread CPU, %d runs%n", what,
                sorted[sorted.length / 2], sorted[0], sorted[sorted.length - 1], cpu[cpu.length / 2], sorted.length);
    }
}
