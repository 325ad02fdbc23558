package org.campo.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Sends java.util.logging to rotating files in the Campo log folder, which users can send to
 * their coordinator when something goes wrong. Nothing in Campo logs answers or passphrases.
 * Third-party libraries reach the same handlers: JavaRosa and iText through SLF4J's JUL
 * binding, POI through log4j-to-slf4j.
 *
 * <p>A command line shows only what its command prints: {@link #quietConsole()} removes the
 * console handler that the JDK installs by default, and {@link #showOnConsole()} (behind
 * {@code --debug}) puts one back.
 */
public final class LogFiles {
    private static final int LIMIT_BYTES = 1_000_000;
    private static final int COUNT = 5;
    private static Handler installed;
    private static Handler console;

    private LogFiles() {
    }

    /** Installs the file handler once per process; a failure to log must not stop the app. */
    public static synchronized void install(Path logFolder) {
        if (installed != null) {
            return;
        }
        try {
            restrict(logFolder);
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

    /**
     * The log folder readable by its owner only (0700) and every log file 0600, created so before
     * the handler opens them: logs name studies, members and submissions. Rotation renames these
     * files (keeping their mode); the one it creates anew stays inside the private folder.
     */
    private static void restrict(Path logFolder) throws IOException {
        Files.createDirectories(logFolder);
        if (logFolder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(logFolder, PosixFilePermissions.fromString("rwx------"));
        }
        for (int i = 0; i < COUNT; i++) {
            Path file = logFolder.resolve("campo-" + i + ".log");
            if (Files.exists(file)) {
                PrivateFiles.restrict(file);
            } else {
                PrivateFiles.create(file);
            }
        }
    }

    /** Removes every console handler of the root logger, so logging reaches the log file only. */
    public static synchronized void quietConsole() {
        Logger root = Logger.getLogger("");
        for (Handler h : root.getHandlers()) {
            if (h instanceof ConsoleHandler) {
                root.removeHandler(h);
            }
        }
        console = null;
    }

    /** Shows logging on standard error as well as in the log file (the {@code --debug} option). */
    public static synchronized void showOnConsole() {
        if (console != null) {
            return;
        }
        console = new ConsoleHandler();
        console.setFormatter(new SimpleFormatter());
        console.setLevel(Level.ALL);
        Logger.getLogger("").addHandler(console);
    }
}
