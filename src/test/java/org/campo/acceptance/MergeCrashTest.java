package org.campo.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.campo.app.AppContext;
import org.campo.collect.InstanceImporter.InstanceFile;
import org.campo.crypto.Hashing;
import org.campo.model.FormVersion;
import org.campo.model.Role;
import org.campo.model.SubmissionStatus;
import org.campo.study.OpenStudy;
import org.campo.study.StudyInternals;
import org.campo.testsupport.ChildJvm;
import org.campo.testsupport.TestApp;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acceptance: a kill during a merge leaves the study as it was. A child JVM ({@link MergeImporter})
 * imports three laptops' packages in a random order and is killed with SIGKILL at a random moment;
 * after each round the coordinator's study opens, passes {@code PRAGMA integrity_check}, keeps an
 * intact audit chain, and holds either every survey of a package (and the package is recorded as
 * merged) or none of them.
 */
@Tag("slow")
class MergeCrashTest {
    private static final String PASS = "quinua maiz cebada";
    private static final int ROUNDS = 12;
    private static final int LAPTOPS = 3;
    private static final int SURVEYS = 25;

    @TempDir
    Path dir;

    private AppContext ctx;
    private String version;

    @Test
    void aKillDuringAnImportLeavesEachPackageAllOrNothing() throws Exception {
        Path home = dir.resolve("home");
        ctx = TestApp.context(home);
        Path coordinator = dir.resolve("coordinacion.campo");
        Path pristine = dir.resolve("antes.campo");
        Path kit = dir.resolve("estudio.campokit");
        Path form = dir.resolve("flow-count.xlsx");
        try (InputStream in = getClass().getResourceAsStream("/org/campo/forms/flow-count.xlsx")) {
            Files.write(form, in.readAllBytes());
        }
        try (OpenStudy s = ctx.studies().create(coordinator, "Flujos", "ana", Role.COORDINATOR,
                PASS.toCharArray()).study()) {
            version = ctx.forms(s).importWorkbook(form).form().version();
            for (int l = 0; l < LAPTOPS; l++) {
                s.addMember("enc" + l, Role.RESEARCHER, PASS.toCharArray());
            }
            ctx.merge().writeKit(s, kit);
            s.backup(pristine);
        }
        List<Path> packages = new ArrayList<>();
        List<Set<String>> instancesOf = new ArrayList<>();
        for (int l = 0; l < LAPTOPS; l++) {
            Set<String> ids = new HashSet<>();
            List<InstanceFile> files = new ArrayList<>();
            for (int k = 0; k < SURVEYS; k++) {
                String uuid = "uuid:l" + l + "-" + k;
                ids.add(uuid);
                files.add(new InstanceFile(k + ".xml", instance(k + 1, uuid).getBytes(StandardCharsets.UTF_8)));
            }
            Path laptop = dir.resolve("laptop" + l + ".campo");
            Path pkg = dir.resolve("laptop" + l + ".campopkg");
            try (OpenStudy s = ctx.merge().join(kit, laptop, "enc" + l, PASS.toCharArray()).study()) {
                ctx.instances(s).importInstances("campo_flow_count", files);
                ctx.merge().exportPackage(s, pkg);
            }
            packages.add(pkg);
            instancesOf.add(ids);
        }

        long seed = System.nanoTime();
        Random random = new Random(seed);
        int partial = 0;
        for (int round = 0; round < ROUNDS; round++) {
            String context = "seed " + seed + ", round " + round;
            Files.copy(pristine, coordinator, StandardCopyOption.REPLACE_EXISTING);
            List<Integer> order = new ArrayList<>(List.of(0, 1, 2));
            Collections.shuffle(order, random);
            Set<Integer> reported = runAndKill(home, coordinator, order, packages, random.nextInt(LAPTOPS),
                    random.nextInt(250), context);
            int merged = check(coordinator, packages, instancesOf, reported, context);
            if (merged > 0 && merged < LAPTOPS) {
                partial++;
            }
        }
        System.err.printf("merge crash test: %d rounds, %d killed between packages or inside one%n", ROUNDS, partial);
    }

    private String instance(int group, String uuid) {
        return "<?xml version='1.0' encoding='UTF-8' ?><data id=\"campo_flow_count\" version=\"" + version
                + "\"><crossing><point_code>CEBAF-TUMBES</point_code><count_date>2024-05-06</count_date>"
                + "<shift>morning</shift><time_slot>h06_08</time_slot><direction>entry</direction>"
                + "<group_seq>" + group + "</group_seq></crossing>"
                + "<meta><instanceID>" + uuid + "</instanceID></meta></data>";
    }

    /** Returns the packages (by laptop) the child reported merged before it died. */
    private Set<Integer> runAndKill(Path home, Path study, List<Integer> order, List<Path> packages, int mergedBeforeKill,
                                    int extraMillis, String context) throws Exception {
        Path stderr = dir.resolve("child-stderr.txt");
        List<String> args = new ArrayList<>(List.of(home.toString(), study.toString()));
        order.forEach(l -> args.add(packages.get(l).toString()));
        ProcessBuilder pb = ChildJvm.builder(MergeImporter.class.getName(), List.of("-Xmx256m"),
                args.toArray(String[]::new));
        pb.environment().put("CAMPO_PASSPHRASE", PASS);
        pb.redirectError(stderr.toFile());
        Process child = pb.start();
        Set<Integer> reported = new HashSet<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line = in.readLine();
            assertThat(line).as("child did not start (%s): %s", context, Files.readString(stderr)).isEqualTo("READY");
            int seen = 0;
            while (seen < mergedBeforeKill && (line = in.readLine()) != null) {
                record(line, order, reported);
                seen++;
            }
            if (extraMillis > 0) {
                Thread.sleep(extraMillis);
            }
            // SIGKILL through the handle, keeping our end of the pipe open to read what was printed before death
            child.toHandle().destroyForcibly();
            while ((line = in.readLine()) != null) {
                record(line, order, reported);
            }
        }
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return reported;
    }

    private static void record(String line, List<Integer> order, Set<Integer> reported) {
        if (line.startsWith("MERGED ")) {
            reported.add(order.get(Integer.parseInt(line.substring(7).trim())));
        }
    }

    /** Checks the study after a kill; returns how many packages it holds. */
    private int check(Path study, List<Path> packages, List<Set<String>> instancesOf, Set<Integer> reported,
                      String context) throws Exception {
        int merged = 0;
        try (OpenStudy s = ctx.studies().unlock(study, "ana", PASS.toCharArray())) {
            assertThat(StudyInternals.database(s).integrityCheck()).as(context).containsExactly("ok");
            assertThat(s.audit().verify().problems()).as(context).isEmpty();
            Set<String> present = new HashSet<>();
            List<String> refs = s.forms().versionsOf("campo_flow_count").stream().map(FormVersion::id).toList();
            s.submissions().forEach(refs, SubmissionStatus.FINAL,
                    sub -> present.add(org.campo.store.InstanceIds.of(sub.instanceXml())));
            for (int l = 0; l < LAPTOPS; l++) {
                Set<String> ids = instancesOf.get(l);
                boolean recorded = s.repositories().merges().isMerged(Hashing.sha256Hex(Files.readAllBytes(packages.get(l))));
                long held = ids.stream().filter(present::contains).count();
                assertThat(held).as("package %d holds %d of %d surveys (%s)", l, held, ids.size(), context)
                        .isIn(0L, (long) ids.size());
                assertThat(recorded).as("package %d recorded as merged (%s)", l, context).isEqualTo(held > 0);
                if (reported.contains(l)) {
                    assertThat(held).as("package %d acknowledged but missing (%s)", l, context).isEqualTo(ids.size());
                }
                if (held > 0) {
                    merged++;
                }
            }
            assertThat(present).as(context).hasSize(merged * SURVEYS);
        }
        return merged;
    }
}
