package org.campo.bench;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.campo.app.AppContext;
import org.campo.audit.AuditAction;
import org.campo.common.Ids;
import org.campo.model.FormVersion;
import org.campo.model.Role;
import org.campo.model.Submission;
import org.campo.model.SubmissionStatus;
import org.campo.study.OpenStudy;
import org.campo.testsupport.TestApp;

/**
 * Merge benchmark (a {@code main}, not a test): {@code bench.packages} laptops joined from one kit
 * each hold {@code bench.surveys} flow surveys and write a package; the coordinator imports them
 * all, timed; the baseline inserts the same submissions into a copy of the same coordinator study
 * (one audited change per laptop, no dedupe, seal or chain checks), in the same run.
 */
public final class MergeBench {
    private static final int PACKAGES = Integer.getInteger("bench.packages", 10);
    private static final int SURVEYS = Integer.getInteger("bench.surveys", 10_000);
    private static final String PASS = "quinua maiz cebada";

    private MergeBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory(Path.of(System.getProperty("bench.dir",
                System.getProperty("java.io.tmpdir"))), "campo-merge-bench");
        AppContext ctx = TestApp.context(dir.resolve("home"));
        System.out.printf(Locale.ROOT, "# Campo merge benchmark%njava %s, %d processors, max heap %,d MiB, packages=%d, "
                        + "surveys per package=%d%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, PACKAGES, SURVEYS);
        Path coordinator = dir.resolve("coordinacion.campo");
        Path plain = dir.resolve("plain.campo");
        Path kit = dir.resolve("estudio.campokit");
        Path form = dir.resolve("flow-count.xlsx");
        try (InputStream in = MergeBench.class.getResourceAsStream("/org/campo/forms/flow-count.xlsx")) {
            Files.write(form, in.readAllBytes());
        }
        String version;
        String formRef;
        try (OpenStudy s = ctx.studies().create(coordinator, "Flujos", "ana", Role.COORDINATOR, PASS.toCharArray())
                .study()) {
            FormVersion v = ctx.forms(s).importWorkbook(form).form();
            version = v.version();
            formRef = v.id();
            for (int l = 0; l < PACKAGES; l++) {
                s.addMember("enc" + l, Role.RESEARCHER, PASS.toCharArray());
            }
            ctx.merge().writeKit(s, kit);
            s.backup(plain);
        }
        List<Path> packages = new ArrayList<>();
        List<List<Submission>> rows = new ArrayList<>();
        long t = System.nanoTime();
        for (int l = 0; l < PACKAGES; l++) {
            Path laptop = dir.resolve("laptop" + l + ".campo");
            Path pkg = dir.resolve("laptop" + l + ".campopkg");
            try (OpenStudy s = ctx.merge().join(kit, laptop, "enc" + l, PASS.toCharArray()).study()) {
                List<Submission> batch = new ArrayList<>();
                Instant now = Instant.now();
                for (int k = 0; k < SURVEYS; k++) {
                    String uuid = "uuid:" + Ids.newId();
                    batch.add(new Submission(Ids.newId(), formRef, SubmissionStatus.FINAL, 1, now, now, "CEBAF-TUMBES",
                            s.deviceId(), s.member().id(), null, instance(version, k % 40 + 1, uuid)));
                }
                s.changes().run(c -> {
                    batch.forEach(c.repositories().submissions()::insert);
                    c.audit(AuditAction.SUBMISSION_CREATED, "bench: " + batch.size());
                });
                ctx.merge().exportPackage(s, pkg);
                rows.add(batch);
            }
            packages.add(pkg);
        }
        report("laptops and packages written", t);

        double merge;
        try (OpenStudy s = ctx.studies().unlock(coordinator, "ana", PASS.toCharArray())) {
            t = System.nanoTime();
            for (Path p : packages) {
                ctx.merge().importPackage(s, p);
            }
            merge = report("merge of " + PACKAGES + " packages (" + PACKAGES * SURVEYS + " surveys)", t);
        }
        double insert;
        try (OpenStudy s = ctx.studies().unlock(plain, "ana", PASS.toCharArray())) {
            t = System.nanoTime();
            for (List<Submission> batch : rows) {
                s.changes().run(c -> {
                    batch.forEach(c.repositories().submissions()::insert);
                    c.audit(AuditAction.SUBMISSION_CREATED, "bench: " + batch.size());
                });
            }
            insert = report("plain insert of the same submissions", t);
        }
        System.out.printf(Locale.ROOT, "ratio merge / plain insert: %.2f%n", merge / insert);
    }

    private static String instance(String version, int group, String uuid) {
        return "<?xml version='1.0' encoding='UTF-8' ?><data id=\"campo_flow_count\" version=\"" + version
                + "\"><crossing><point_code>CEBAF-TUMBES</point_code><count_date>2024-05-06</count_date>"
                + "<shift>morning</shift><time_slot>h06_08</time_slot><direction>entry</direction>"
                + "<group_seq>" + group + "</group_seq></crossing>"
                + "<meta><instanceID>" + uuid + "</instanceID></meta></data>";
    }

    private static double report(String what, long started) {
        double ms = (System.nanoTime() - started) / 1e6;
        System.out.printf(Locale.ROOT, "%s: %.0f ms%n", what, ms);
        return ms;
    }
}
