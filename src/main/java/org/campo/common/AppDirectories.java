package org.campo.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where Campo keeps per-laptop files (settings, device id, logs, the demo study): the
 * {@code CAMPO_HOME} environment variable or system property if set, else {@code ~/.campo}.
 * Tests point it at a temporary folder so they never touch a real user's files.
 */
public final class AppDirectories {
    private final Path home;

    public AppDirectories(Path home) {
        this.home = home;
    }

    public static AppDirectories fromEnvironment() {
        String prop = System.getProperty("campo.home");
        String env = System.getenv("CAMPO_HOME");
        String chosen = prop != null ? prop : env;
        Path home = chosen != null && !chosen.isBlank() ? Path.of(chosen)
                : Path.of(System.getProperty("user.home"), ".campo");
        return new AppDirectories(home);
    }

    public Path home() {
        return ensure(home);
    }

    public Path logs() {
        return ensure(home.resolve("logs"));
    }

    public Path settingsFile() {
        return home().resolve("settings.properties");
    }

    public Path demoStudy() {
        return ensure(home.resolve("demo")).resolve("demo.campo");
    }

    /**
     * This laptop's id, created once. Records carry it so that merged data says which laptop
     * collected it.
     */
    public String deviceId() {
        Path file = home().resolve("device-id");
        try {
            if (Files.isRegularFile(file)) {
                String id = Files.readString(file).trim();
                if (!id.isEmpty()) {
                    return id;
                }
            }
            String id = Ids.newId();
            Files.writeString(file, id);
            return id;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path ensure(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new CampoException(e, "common.io", dir.toString(), e.getMessage());
        }
    }
}
