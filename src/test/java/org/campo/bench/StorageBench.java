package org.campo.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.campo.common.Ids;
import org.campo.crypto.DataKey;
import org.campo.crypto.FieldCipher;
import org.campo.crypto.KdfParameters;
import org.campo.crypto.KeyWrapper;
import org.campo.crypto.WrappedKey;
import org.campo.store.Database;
import org.campo.model.FormVersion;
import org.campo.model.Role;
import org.campo.store.SqliteFormRepository;
import org.campo.store.SqliteSubmissionRepository;
import org.campo.model.Submission;
import org.campo.model.SubmissionStatus;
import org.campo.study.OpenStudy;
import org.campo.study.StudyService;
import org.campo.study.UnlockThrottle;

/**
 * Storage benchmarks for docs/benchmarks.md: unlock time with the production Argon2id costs,
 * submission writes (one transaction each) and streamed reads, each with encryption on and,
 * in the same run, off ({@link PlainCipher}). Run with {@code mvn -Pbench verify}.
 *
 * <p>A plain harness rather than JMH: every figure is a multi-second, single-shot operation
 * dominated by fsync, SQLite and Argon2id, where JMH's per-call machinery adds nothing. Each
 * figure is taken after a warm-up, with the encrypted and plain runs interleaved in the same
 * JVM, and reported as the median over {@code bench.rounds}.
 *
 * <p>System properties: {@code bench.dir} (where study files are written; default the temp
 * directory), {@code bench.writes} (10000), {@code bench.reads} (100000), {@code bench.rounds} (1), {@code bench.unlocks} (3).
 */
public final class StorageBench {
    private static final int WRITES = Integer.getInteger("bench.writes", 10_000);
    private static final int READS = Integer.getInteger("bench.reads", 100_000);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 1);
    private static final int UNLOCKS = Integer.getInteger("bench.unlocks", 3);
    private static final char[] PASSPHRASE = "correct horse battery staple".toCharArray();
    private static final Instant T0 = Instant.parse("2024-03-01T12:00:00Z");

    private final Path dir;

    private StorageBench(Path dir) {
        this.dir = dir;
    }

    public static void main(String[] args) throws Exception {
        Path base = Path.of(System.getProperty("bench.dir", System.getProperty("java.io.tmpdir")));
        Files.createDirectories(base);
        Path dir = Files.createTempDirectory(base, "campo-bench-");
        try {
            new StorageBench(dir).run();
        } finally {
            deleteTree(dir);
        }
    }

    private void run() throws Exception {
        System.out.printf(Locale.ROOT, "# Campo storage benchmarks%n");
        System.out.printf(Locale.ROOT, "java %s (%s), %s %s, %d processors, max heap %d MiB, files in %s%n",
                System.getProperty("java.version"), System.getProperty("java.vm.name"), System.getProperty("os.name"),
                System.getProperty("os.arch"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, dir);
        System.out.printf(Locale.ROOT, "writes=%d reads=%d rounds=%d unlocks=%d%n%n", WRITES, READS, ROUNDS, UNLOCKS);

        unlock();
        writes();
        reads();
    }

    // ---- unlock ------------------------------------------------------------------------------

    private void unlock() {
        KdfParameters kdf = KdfParameters.DEFAULT;
        DataKey key = DataKey.generate();
        WrappedKey wrapped = new KeyWrapper(kdf).wrap(key, PASSPHRASE, "slot-bench");
        List<Double> unwrapMs = new ArrayList<>();
        for (int i = 0; i <= UNLOCKS; i++) {
            long t = System.nanoTime();
            try {
                KeyWrapper.unwrap(wrapped, PASSPHRASE, "slot-bench");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            if (i > 0) {
                unwrapMs.add(ms(System.nanoTime() - t));
            }
        }

        Path file = dir.resolve("unlock.campo");
        StudyService service = new StudyService(Clock.systemUTC(), "bench-device", kdf, UnlockThrottle.real());
        service.create(file, "Bench", "ana", Role.COORDINATOR, PASSPHRASE).study().lock();
        List<Double> unlockMs = new ArrayList<>();
        for (int i = 0; i <= UNLOCKS; i++) {
            long t = System.nanoTime();
            OpenStudy study = service.unlock(file, "ana", PASSPHRASE);
            long elapsed = System.nanoTime() - t;
            study.lock();
            if (i > 0) {
                unlockMs.add(ms(elapsed));
            }
        }
        System.out.printf(Locale.ROOT, "unlock.kdf       Argon2id %s unwrap: median %.0f ms (min %.0f, max %.0f, n=%d)%n",
                kdf.encode(), median(unwrapMs), Collections.min(unwrapMs), Collections.max(unwrapMs), unwrapMs.size());
        System.out.printf(Locale.ROOT, "unlock.study     StudyService.unlock end to end: median %.0f ms (min %.0f, max %.0f, n=%d)%n%n",
                median(unlockMs), Collections.min(unlockMs), Collections.max(unlockMs), unlockMs.size());
    }

    // ---- writes ------------------------------------------------------------------------------

    /**
     * Writes {@code WRITES} submissions per mode, each in its own transaction, to two files. On a
     * shared machine fsync times drift, so the modes alternate in blocks of a tenth of the total
     * (plain first in even blocks, encrypted first in odd ones) and each mode's time is the sum
     * of its blocks: both see the same disk conditions.
     */
    private void writes() {
        DataKey key = DataKey.generate();
        FieldCipher plain = new PlainCipher();
        Path plainFile = dir.resolve("w-plain.campo");
        Path encFile = dir.resolve("w-enc.campo");
        List<Double> plainMs = new ArrayList<>();
        List<Double> encMs = new ArrayList<>();
        try (Database pdb = Database.open(plainFile, true); Database edb = Database.open(encFile, true)) {
            var plainRepo = new SqliteSubmissionRepository(pdb, plain);
            var encRepo = new SqliteSubmissionRepository(edb, key);
            String plainForm = addForm(pdb, plain);
            String encForm = addForm(edb, key);
            int block = Math.max(1, WRITES / 10);
            writeBlock(pdb, plainRepo, plainForm, block / 2); // warm-up, not reported
            writeBlock(edb, encRepo, encForm, block / 2);
            for (int r = 0; r < ROUNDS; r++) {
                double p = 0;
                double e = 0;
                for (int done = 0, b = 0; done < WRITES; done += block, b++) {
                    int n = Math.min(block, WRITES - done);
                    if (b % 2 == 0) {
                        p += writeBlock(pdb, plainRepo, plainForm, n);
                        e += writeBlock(edb, encRepo, encForm, n);
                    } else {
                        e += writeBlock(edb, encRepo, encForm, n);
                        p += writeBlock(pdb, plainRepo, plainForm, n);
                    }
                }
                plainMs.add(p);
                encMs.add(e);
            }
        } finally {
            deleteFile(plainFile);
            deleteFile(encFile);
        }
        report("write", WRITES, "one transaction per record", plainMs, encMs, 1.3);
    }

    /** Writes {@code n} submissions, each in its own transaction; returns milliseconds. */
    private static double writeBlock(Database db, SqliteSubmissionRepository repo, String formRef, int n) {
        List<Submission> batch = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            batch.add(submission(formRef, i));
        }
        long t = System.nanoTime();
        for (Submission s : batch) {
            db.run(() -> repo.insert(s));
        }
        return ms(System.nanoTime() - t);
    }

    // ---- reads -------------------------------------------------------------------------------

    private void reads() {
        DataKey key = DataKey.generate();
        FieldCipher plain = new PlainCipher();
        Path plainFile = dir.resolve("r-plain.campo");
        Path encFile = dir.resolve("r-enc.campo");
        String plainForm = populate(plainFile, plain, READS);
        String encForm = populate(encFile, key, READS);
        List<Double> plainMs = new ArrayList<>();
        List<Double> encMs = new ArrayList<>();
        try (Database pdb = Database.open(plainFile, false); Database edb = Database.open(encFile, false)) {
            readRun(pdb, plain, plainForm); // warm-up
            readRun(edb, key, encForm);
            for (int r = 0; r < Math.max(3, ROUNDS); r++) { // reads are cheap: always at least 3
                plainMs.add(readRun(pdb, plain, plainForm));
                encMs.add(readRun(edb, key, encForm));
            }
        }
        report("read", READS, "SubmissionRepository.forEach, decrypt each", plainMs, encMs, Double.NaN);
    }

    /** Fills a file in batches of 10,000 per transaction (setup, not measured). */
    private String populate(Path file, FieldCipher cipher, int n) {
        try (Database db = Database.open(file, true)) {
            String formRef = addForm(db, cipher);
            var repo = new SqliteSubmissionRepository(db, cipher);
            for (int start = 0; start < n; start += 10_000) {
                int from = start;
                db.run(() -> {
                    for (int i = from; i < Math.min(n, from + 10_000); i++) {
                        repo.insert(submission(formRef, i));
                    }
                });
            }
            db.checkpoint();
            return formRef;
        }
    }

    private static double readRun(Database db, FieldCipher cipher, String formRef) {
        var repo = new SqliteSubmissionRepository(db, cipher);
        AtomicLong rows = new AtomicLong();
        AtomicLong chars = new AtomicLong();
        long t = System.nanoTime();
        repo.forEach(List.of(formRef), SubmissionStatus.FINAL, s -> {
            rows.incrementAndGet();
            chars.addAndGet(s.instanceXml().length());
        });
        double elapsed = ms(System.nanoTime() - t);
        if (rows.get() != READS) {
            throw new IllegalStateException("read " + rows.get() + " rows, expected " + READS);
        }
        return elapsed;
    }

    // ---- data --------------------------------------------------------------------------------

    private static String addForm(Database db, FieldCipher cipher) {
        String id = Ids.newId();
        new SqliteFormRepository(db, cipher).add(new FormVersion(id, "household_survey", "2024030101",
                "0".repeat(64), "Encuesta de hogares", null, "<h:html/>", T0));
        return id;
    }

    /** A final submission whose instance XML is 1,024 bytes, different for every record. */
    static Submission submission(String formRef, int i) {
        String id = Ids.newId();
        Instant at = T0.plusMillis(i * 1_000L + (i % 7) * 13L);
        String xml = instanceXml(id, i);
        return new Submission(id, formRef, SubmissionStatus.FINAL, 1, at, at, "TUM", "bench-device", "m1", null, xml);
    }

    static String instanceXml(String id, int i) {
        StringBuilder sb = new StringBuilder(1024);
        sb.append("<data id=\"household_survey\" version=\"2024030101\">")
                .append("<start>2024-03-01T12:00:00.000-05:00</start><end>2024-03-01T12:31:07.000-05:00</end>")
                .append("<site>TUM</site><consent>yes</consent>")
                .append("<hh><size>").append(1 + i % 9).append("</size><origin>Maracaibo, Zulia</origin>")
                .append("<route>Cúcuta - Ipiales - Huaquillas - Tumbes</route><days_travel>").append(i % 40)
                .append("</days_travel><needs>food shelter health documentation</needs></hh>")
                .append("<story>");
        String filler = "Salimos de noche con los niños y llegamos a la frontera después de varios días. ";
        String tail = "</story><meta><instanceID>uuid:" + id + "</instanceID></meta></data>";
        while (utf8Length(sb) + utf8Length(tail) < 1024) {
            sb.append(filler.charAt((sb.length() + i) % filler.length()));
        }
        sb.append(tail);
        return sb.toString();
    }

    private static int utf8Length(CharSequence s) {
        return s.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }

    // ---- reporting ---------------------------------------------------------------------------

    private static void report(String what, int n, String how, List<Double> plainMs, List<Double> encMs, double target) {
        double p = median(plainMs);
        double e = median(encMs);
        double ratio = e / p;
        System.out.printf(Locale.ROOT, "%s.plain      %,d records (%s): median %.0f ms = %,.0f records/s  runs %s%n",
                what, n, how, p, n / (p / 1000), rounded(plainMs));
        System.out.printf(Locale.ROOT, "%s.encrypted  %,d records (%s): median %.0f ms = %,.0f records/s  runs %s%n",
                what, n, how, e, n / (e / 1000), rounded(encMs));
        System.out.printf(Locale.ROOT, "%s.overhead   encrypted / plain = %.2fx%s%n%n", what, ratio,
                Double.isNaN(target) ? "" : String.format(Locale.ROOT, " (target < %.1fx: %s)", target,
                        ratio < target ? "met" : "NOT met"));
    }

    private static List<Long> rounded(List<Double> ms) {
        return ms.stream().map(Math::round).toList();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }

    private static void deleteFile(Path file) {
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            try {
                Files.deleteIfExists(Path.of(file + suffix));
            } catch (IOException ignored) {
                // temp files of a benchmark
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
