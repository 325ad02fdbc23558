package org.campo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
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
        Process p = pb.start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        Charset cs = Charset.defaultCharset();
        return new Outcome(p.exitValue(), new String(out, cs), new String(err, cs));
    }

    @Test
    void versionThroughMain() throws Exception {
        Outcome o = run("--version");
        assertThat(o.code()).as(o.err()).isZero();
        assertThat(o.out().trim()).matches("campo \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }

    @Test
    void usageErrorThroughMainExitsTwo() throws Exception {
        Outcome o = run("study", "frobnicate");
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err()).contains("campo study --help");
    }
}
