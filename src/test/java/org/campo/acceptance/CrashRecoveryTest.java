package org.campo.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.campo.app.AppContext;
import org.campo.common.Ids;
import org.campo.model.FormVersion;
import org.campo.model.Role;
import org.campo.model.Submission;
import org.campo.study.OpenStudy;
import org.campo.testsupport.ChildJvm;
import org.campo.testsupport.TestApp;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.campo.study.StudyInternals;

/**
 * Acceptance: a write Campo acknowledged survives the process being killed (SIGKILL) at any
 * moment. A child JVM ({@link CrashWriter}) writes and acknowledges; the parent kills it at a
 * random point, then checks that the file opens, passes {@code PRAGMA integrity_check}, keeps
 * an intact audit chain, and holds every acknowledged submission with its exact content.
 */
@Tag("slow")
class CrashRecoveryTest {
    private static final String PASS = "tormenta arena viento";
    private static final int ROUNDS = 20;

    @TempDir
    Path dir;

    @Test
    void acknowledgedWritesSurviveSigkill() throws Exception {
        Path home = dir.resolve("home");
        Path study = dir.resolve("crash.campo");
        AppContext ctx = TestApp.context(home);
        String formRef = Ids.newId();
        try (OpenStudy s = ctx.studies().create(study, "Crash", "ana", Role.COORDINATOR, PASS.toCharArray()).study()) {
            s.forms().add(new FormVersion(formRef, "crash", "1", "0".repeat(64), "Crash",
                    new byte[] {1, 2, 3}, "<h:html/>", Instant.now()));
        }
        long seed = System.nanoTime();
        long started = System.nanoTime();
        Random random = new Random(seed);
        Map<String, Integer> acked = new HashMap<>();
        for (int round = 0; round < ROUNDS; round++) {
            int acksBeforeKill = random.nextInt(40);
            int extraMillis = random.nextInt(15);
            String context = "seed " + seed + ", round " + round;
            runAndKill(home, study, formRef, acksBeforeKill, extraMillis, acked, context);
            checkStudy(ctx, study, acked, context);
        }
        assertThat(acked).as("the children acknowledged writes").hasSizeGreaterThan(ROUNDS);
        System.err.printf("crash test: %d rounds, %d acknowledged submissions, %d ms%n", ROUNDS, acked.size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    private void runAndKill(Path home, Path study, String formRef, int acksBeforeKill, int extraMillis,
                            Map<String, Integer> acked, String context) throws Exception {
        Path stderr = dir.resolve("child-stderr.txt");
        ProcessBuilder pb = ChildJvm.builder(CrashWriter.class.getName(), List.of("-Xmx256m"),
                home.toString(), study.toString(), formRef);
        pb.environment().put("CAMPO_PASSPHRASE", PASS);
        pb.redirectError(stderr.toFile());
        Process child = pb.start();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            int seen = 0;
            String line;
            while (seen < acksBeforeKill && (line = in.readLine()) != null) {
                record(line, acked);
                seen++;
            }
            assertThat(child.isAlive()).as("child died on its own (%s): %s", context, Files.readString(stderr)).isTrue();
            if (extraMillis > 0) {
                Thread.sleep(extraMillis);
            }
            // SIGKILL through the process handle: Process.destroyForcibly() sends the same signal but
            // also closes our end of the pipe, losing acknowledgements printed just before death.
            child.toHandle().destroyForcibly();
            while ((line = in.readLine()) != null) {
                record(line, acked);
            }
        }
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    /** An acknowledgement read after the kill still counts: it was printed after the commit. */
    private static void record(String line, Map<String, Integer> acked) {
        if (!line.startsWith("ACK ")) {
            return;
        }
        String[] parts = line.split(" ");
        if (parts.length == 3) {
            acked.merge(parts[1], Integer.parseInt(parts[2]), Math::max);
        }
    }

    private static void checkStudy(AppContext ctx, Path study, Map<String, Integer> acked, String context) {
        try (OpenStudy s = ctx.studies().unlock(study, "ana", PASS.toCharArray())) {
            assertThat(StudyInternals.database(s).integrityCheck()).as(context).containsExactly("ok");
            assertThat(s.audit().verify().problems()).as(context).isEmpty();
            for (Map.Entry<String, Integer> e : acked.entrySet()) {
                Submission stored = s.submissions().findById(e.getKey()).orElse(null);
                assertThat(stored).as("acknowledged %s lost (%s)", e.getKey(), context).isNotNull();
                assertThat(stored.rev()).as(context).isBetween(e.getValue(), e.getValue() + 1);
                assertThat(stored.instanceXml()).as(context).isEqualTo(CrashWriter.instanceFor(e.getKey(), stored.rev()));
            }
        }
    }
}
