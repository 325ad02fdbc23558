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
}
