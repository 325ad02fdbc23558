package org.campo.acceptance;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The {@code sqlite3} command line tool: what someone tampering with a study file outside
 * Campo would use. Tests that need it are skipped where it is not installed.
 */
final class Sqlite3 {
    private Sqlite3() {
    }

    static void requireInstalled() {
        boolean present;
        try {
            Process p = new ProcessBuilder("sqlite3", "-version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            present = p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            present = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            present = false;
        }
        assumeTrue(present, "the sqlite3 command line tool is not installed");
    }

    static String exec(Path file, String sql) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("sqlite3", file.toString(), sql).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new AssertionError("sqlite3 failed on " + sql + ": " + output);
        }
        return output;
    }
}
