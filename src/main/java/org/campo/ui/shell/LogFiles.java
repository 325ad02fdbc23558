package org.campo.ui.shell;

import java.io.IOException;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Sends java.util.logging to rotating files in the Campo log folder, which users can send to
 * their coordinator when something goes wrong. Nothing in Campo logs answers or passphrases.
 */
public final class LogFiles {
    private static final int LIMIT_BYTES = 1_000_000;
    private static final int COUNT = 5;
    private static Handler installed;

    private LogFiles() {
    }

    /** Installs the file handler once per process; a failure to log must not stop the app. */
    public static synchronized void install(Path logFolder) {
        if (installed != null) {
            return;
        }
        try {
            FileHandler handler = new FileHandler(logFolder.resolve("campo-%g.log").toString(), LIMIT_BYTES, COUNT,
                    true);
            handler.setFormatter(new SimpleFormatter());
            handler.setLevel(Level.INFO);
            Logger.getLogger("").addHandler(handler);
            installed = handler;
        } catch (IOException | SecurityException e) {
            Logger.getLogger(LogFiles.class.getName()).log(Level.WARNING, "No log file in " + logFolder, e);
        }
    }
}
