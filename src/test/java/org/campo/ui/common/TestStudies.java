package org.campo.ui.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.campo.app.AppContext;
import org.campo.common.AppDirectories;
import org.campo.crypto.KdfParameters;

/** A throw-away Campo home with fast key derivation, for view-model and UI tests. */
public final class TestStudies {
    /** Cheap Argon2id so that tests unlock in milliseconds. */
    public static final KdfParameters FAST_KDF = new KdfParameters(8192, 1, 1);
    public static final String PASSPHRASE = "river stone lantern 42";

    private TestStudies() {
    }

    public static AppContext context(Path home, MutableClock clock) {
        return new AppContext(new AppDirectories(home), clock, FAST_KDF);
    }

    public static void deleteTree(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // temporary folder: the OS cleans up eventually
        }
    }
}
