package org.campo.acceptance;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.campo.app.AppContext;
import org.campo.study.OpenStudy;
import org.campo.testsupport.TestApp;

/**
 * Child process of {@link MergeCrashTest}: unlocks the coordinator's study, prints {@code READY},
 * then imports each package in turn and prints {@code MERGED <index>} after each commit, until it
 * is killed.
 *
 * <p>Arguments: Campo home, study file, package files. Passphrase: {@code CAMPO_PASSPHRASE}.
 */
public final class MergeImporter {
    private MergeImporter() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        AppContext ctx = TestApp.context(Path.of(args[0]));
        OpenStudy study = ctx.studies().unlock(Path.of(args[1]), "ana", System.getenv("CAMPO_PASSPHRASE").toCharArray());
        out.println("READY");
        out.flush();
        for (int i = 2; i < args.length; i++) {
            ctx.merge().importPackage(study, Path.of(args[i]));
            out.println("MERGED " + (i - 2));
            out.flush();
        }
        study.lock();
        out.println("DONE");
        out.flush();
    }
}
