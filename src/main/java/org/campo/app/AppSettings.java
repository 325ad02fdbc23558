package org.campo.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.campo.common.CampoException;

/**
 * Per-laptop preferences (language, auto-lock delay, last study). Kept outside study files
 * because they belong to the laptop user, not to the data; nothing sensitive is stored here.
 */
public final class AppSettings {
    public static final int DEFAULT_AUTO_LOCK_MINUTES = 5;
    private final Path file;
    private final Properties props = new Properties();

    public AppSettings(Path file) {
        this.file = file;
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                props.load(in);
            } catch (IOException e) {
                throw new CampoException(e, "common.io", file.toString(), e.getMessage());
            }
        }
    }

    public Optional<Locale> language() {
        return Optional.ofNullable(props.getProperty("language")).map(Locale::new);
    }

    public void setLanguage(Locale locale) {
        props.setProperty("language", locale.getLanguage());
        save();
    }

    /** Minutes of inactivity before the app locks the study; 0 disables auto-lock. */
    public int autoLockMinutes() {
        try {
            return Math.max(0, Integer.parseInt(props.getProperty("autoLockMinutes",
                    Integer.toString(DEFAULT_AUTO_LOCK_MINUTES))));
        } catch (NumberFormatException e) {
            return DEFAULT_AUTO_LOCK_MINUTES;
        }
    }

    public void setAutoLockMinutes(int minutes) {
        props.setProperty("autoLockMinutes", Integer.toString(Math.max(0, minutes)));
        save();
    }

    public Optional<Path> lastStudy() {
        return Optional.ofNullable(props.getProperty("lastStudy")).map(Path::of);
    }

    public void setLastStudy(Path study) {
        props.setProperty("lastStudy", study.toAbsolutePath().toString());
        save();
    }

    public Optional<String> lastUser() {
        return Optional.ofNullable(props.getProperty("lastUser"));
    }

    public void setLastUser(String user) {
        props.setProperty("lastUser", user);
        save();
    }

    /** Written to a temporary file and renamed, so a crash never leaves half a settings file. */
    private synchronized void save() {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), "settings", ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                props.store(out, "Campo settings");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new CampoException(e, "common.io", file.toString(), e.getMessage());
        }
    }
}
