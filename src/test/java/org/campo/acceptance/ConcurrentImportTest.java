package org.campo.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.campo.app.AppContext;
import org.campo.model.FormVersion;
import org.campo.model.Role;
import org.campo.model.SubmissionStatus;
import org.campo.study.OpenStudy;
import org.campo.testsupport.ChildJvm;
import org.campo.testsupport.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two laptops' worth of {@code data import} at once, in two processes, with the same instance:
 * the study keeps it once (the schema holds instanceIDs unique), and the import that lost the race
 * reports it as a duplicate instead of failing.
 */
class ConcurrentImportTest {
    private static final String PASS = "quinua maiz cebada";

    @TempDir
    Path dir;

    @Test
    void twoProcessesImportingTheSameInstanceStoreItOnce() throws Exception {
        AppContext ctx = TestApp.context(dir.resolve("home"));
        Path study = dir.resolve("tumbes.campo");
        Path form = dir.resolve("flow_count.xlsx");
        try (InputStream in = getClass().getResourceAsStream("/org/campo/forms/flow-count.xlsx")) {
            Files.write(form, in.readAllBytes());
        }
        String version;
        try (OpenStudy s = ctx.studies().create(study, "Flujos", "ana", Role.COORDINATOR, PASS.toCharArray()).study()) {
            FormVersion v = ctx.forms(s).importWorkbook(form).form();
            version = v.version();
        }
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String xml = "<?xml version='1.0' encoding='UTF-8' ?><data id=\"campo_flow_count\" version=\"" + version
                    + "\"><crossing><point_code>CEBAF-TUMBES</point_code><count_date>2024-05-06</count_date>"
                    + "<shift>morning</shift><time_slot>h06_08</time_slot><direction>entry</direction>"
                    + "<group_seq>" + (i + 1) + "</group_seq></crossing><meta><instanceID>uuid:00000000-0000-4000-8000-"
                    + String.format("%012d", i) + "</instanceID></meta></data>";
            Path p = dir.resolve("i" + i + ".xml");
            Files.writeString(p, xml, StandardCharsets.UTF_8);
            files.add(p);
        }
        List<Process> processes = new ArrayList<>();
        for (int k = 0; k < 2; k++) {
            List<String> args = new ArrayList<>(List.of("data", "import", study.toString(), "--form",
                    "campo_flow_count", "--user", "ana"));
            files.forEach(f -> args.add(f.toString()));
            ProcessBuilder pb = ChildJvm.builder("org.campo.Main", List.of("-Dcampo.home=" + dir.resolve("home")),
                    args.toArray(String[]::new));
            pb.environment().put("CAMPO_PASSPHRASE", PASS);
            pb.redirectErrorStream(true);
            pb.redirectOutput(dir.resolve("out" + k + ".txt").toFile());
            processes.add(pb.start());
        }
        for (Process p : processes) {
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(Files.readString(dir.resolve("out" + processes.indexOf(p) + ".txt")))
                    .isZero();
        }

        try (OpenStudy s = ctx.studies().unlock(study, "ana", PASS.toCharArray())) {
            String ref = s.forms().find("campo_flow_count", version).orElseThrow().id();
            assertThat(s.submissions().count(ref, SubmissionStatus.FINAL)).isEqualTo(20);
        }
    }
}
