package org.campo.testsupport;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts a class's {@code main} in a separate JVM with this test's class path, for what cannot
 * be tested in-process: {@code System.exit} codes, a process killed mid-write, files a whole
 * process leaves behind.
 */
public final class ChildJvm {
    private ChildJvm() {
    }

    public static ProcessBuilder builder(String mainClass, List<String> jvmOptions, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-XX:-UsePerfData");
        cmd.add("-Xshare:auto");
        cmd.add("-XX:TieredStopAtLevel=1");
        cmd.add("-XX:+UseSerialGC");
        cmd.addAll(jvmOptions);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(mainClass);
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().remove("CAMPO_PASSPHRASE");
        pb.environment().remove("CAMPO_HOME");
        return pb;
    }
}
