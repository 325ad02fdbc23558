package org.campo.demo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.campo.app.AppContext;
import org.campo.model.Role;
import org.campo.study.CreatedStudy;
import org.campo.study.OpenStudy;

/**
 * Builds the synthetic "Demo" study used to try the app, in training and in benchmarks. The
 * demo has a well-known passphrase on purpose: it holds no real data, and trainers must be
 * able to open it on any laptop.
 *
 * <p>What goes into it is the list {@link #CONTENT}: to add forms or submissions to the demo,
 * write a {@link DemoContent} and add one line there.
 */
public final class DemoStudy {
    public static final String NAME = "Demo";
    public static final String USER = "demo";
    public static final String DEFAULT_PASSPHRASE = "campo-demo-2024";
    public static final int DEFAULT_SUBMISSIONS = 200;
    /** Fixed so that two demo studies (or two benchmark runs) hold the same synthetic data. */
    public static final long SEED = 20_240_601L;

    /** The contributors, in the order they run. */
    static final List<DemoContent> CONTENT = List.of(
            new DemoSites(),
            new DemoForms(),
            new SyntheticFlowCounts(),
            new SyntheticFlowSurveys(),
            new SyntheticInterviews(),
            new SyntheticAnalysis());

    private DemoStudy() {
    }

    /** The laptop's demo study: unlocked if it exists, created with the default passphrase otherwise. */
    public static OpenStudy openOrCreate(AppContext ctx) {
        Path file = ctx.directories().demoStudy();
        char[] passphrase = DEFAULT_PASSPHRASE.toCharArray();
        if (Files.exists(file)) {
            if (ctx.studies().summary(file).complete()) {
                return ctx.studies().unlock(file, USER, passphrase);
            }
            deleteUnfinished(file); // an earlier build was interrupted: build it again
        }
        return create(ctx, file, passphrase, DEFAULT_SUBMISSIONS);
    }

    private static void deleteUnfinished(Path file) {
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            try {
                Files.deleteIfExists(Path.of(file + suffix));
            } catch (java.io.IOException e) {
                throw new org.campo.common.CampoException(e, "study.cannotDelete", file.toString());
            }
        }
    }

    /**
     * Creates a demo study at {@code file}, owned by user {@value #USER} as coordinator. The
     * recovery key is discarded: the passphrase of a demo is meant to be known.
     */
    public static OpenStudy create(AppContext ctx, Path file, char[] passphrase, int submissions) {
        CreatedStudy created = ctx.studies().createUnfinished(file, NAME, USER, Role.COORDINATOR, passphrase);
        Arrays.fill(created.recoveryKey(), '\0');
        OpenStudy study = created.study();
        try {
            DemoSettings settings = new DemoSettings(submissions, SEED);
            for (DemoContent content : CONTENT) {
                content.addTo(ctx, study, settings);
            }
            study.markComplete();
            return study;
        } catch (RuntimeException e) {
            study.lock();
            throw e;
        }
    }
}
