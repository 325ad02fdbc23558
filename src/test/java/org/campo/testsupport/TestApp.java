package org.campo.testsupport;

import java.nio.file.Path;
import java.time.Clock;
import org.campo.app.AppContext;
import org.campo.common.AppDirectories;
import org.campo.crypto.KdfParameters;

/** Test wiring: a Campo home in a temporary folder and a cheap Argon2id (8 MiB, t=1) so tests stay fast. */
public final class TestApp {
    public static final KdfParameters CHEAP_KDF = new KdfParameters(8192, 1, 1);

    private TestApp() {
    }

    public static AppContext context(Path home) {
        return new AppContext(new AppDirectories(home), Clock.systemUTC(), CHEAP_KDF);
    }
}
