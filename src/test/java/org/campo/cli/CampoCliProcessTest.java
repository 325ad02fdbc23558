package org.campo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.campo.testsupport.ChildJvm;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real entry point in its own JVM: what a user's shell sees, exit code included. */
@Tag("slow")
class CampoCliProcessTest {
    @TempDir
    Path dir;

    private record Outcome(int code, String out, String err) {
    }

    private Outcome run(String... args) throws Exception {
        ProcessBuilder pb = ChildJvm.builder("org.campo.Main", List.of("-Dcampo.home=" + dir.resolve("home"),
                "-Duser.language=en"), args);
        // Standard error goes to a file: read through a pipe after standard output, a long
        // --debug log would fill the pipe and block the child.
        Path errFile = Files.createTempFile(dir, "err", ".txt");
        pb.redirectError(errFile.toFile());
        Process p = pb.start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        Charset cs = Charset.defaultCharset();
        return new Outcome(p.exitValue(), new String(out, cs), Files.readString(errFile, cs));
    }

    @Test
    void versionThroughMain() throws Exception {
        Outcome o = run("--version");
        assertThat(o.code()).as(o.err()).isZero();
        assertThat(o.out().trim()).matches("campo \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }

    @Test
    void demoCreatePrintsOnlyItsOwnLinesAndLibraryLoggingGoesToTheLogFile() throws Exception {
        Outcome quiet = run("demo", "create", dir.resolve("d.campo").toString(), "--submissions", "3");
        assertThat(quiet.code()).as(quiet.err()).isZero();
        assertThat(quiet.err()).isEmpty();
        assertThat(quiet.out().lines()).hasSizeLessThanOrEqualTo(3);
        Path log = dir.resolve("home").resolve("logs").resolve("campo-0.log");
        assertThat(Files.readString(log)).contains("org.javarosa");

        Outcome debug = run("--debug", "demo", "create", dir.resolve("e.campo").toString(), "--submissions", "0");
        assertThat(debug.code()).as(debug.err()).isZero();
        assertThat(debug.err()).contains("org.javarosa");
    }

    @Test
    void usageErrorThroughMainExitsTwo() throws Exception {
        Outcome o = run("study", "frobnicate");
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err()).contains("campo study --help");
    }

    @Test
    void theLogFolderAndItsFilesAreReadableByTheirOwnerOnly() throws Exception {
        Outcome o = run("demo", "create", dir.resolve("d.campo").toString(), "--submissions", "0");
        assertThat(o.code()).as(o.err()).isZero();
        Path logs = dir.resolve("home").resolve("logs");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(logs)))
                .isEqualTo("rwx------");
        try (var files = Files.list(logs)) {
            List<Path> logFiles = files.filter(f -> f.getFileName().toString().endsWith(".log")).toList();
            assertThat(logFiles).isNotEmpty();
            for (Path f : logFiles) {
                assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(f)))
                        .as(f.toString()).isEqualTo("rw-------");
            }
        }
    }

    @Test
    void aDemoCreationKilledMidWayLeavesAFileThatStudyCheckReportsIncomplete() throws Exception {
        Path study = dir.resolve("half.campo");
        Path wal = Path.of(study + "-wal");
        ProcessBuilder pb = ChildJvm.builder("org.campo.Main", List.of("-Dcampo.home=" + dir.resolve("home"),
                "-Duser.language=en"), "demo", "create", study.toString(), "--submissions", "20000");
        pb.redirectError(dir.resolve("killed-err.txt").toFile());
        pb.redirectOutput(dir.resolve("killed-out.txt").toFile());
        Process child = pb.start();
        // killed once the study is being filled: its write-ahead log holds content beyond the schema
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!(Files.exists(wal) && Files.size(wal) > 512 * 1024) && System.nanoTime() < deadline && child.isAlive()) {
            Thread.sleep(20);
        }
        assertThat(child.isAlive()).as("the demo creation was still running when killed").isTrue();
        child.toHandle().destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(study).exists();

        Outcome check = run("study", "check", study.toString());

        assertThat(check.code()).as(check.out() + check.err()).isEqualTo(1);
        assertThat(check.err()).contains("Incomplete").contains(study.toString());
    }
}
