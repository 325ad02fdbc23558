package org.campo.ui.study;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.campo.app.AppSettings;

/** The screen shown when no study is open: create, open, or reopen the recent study. */
public final class StartViewModel {
    private final Navigation shell;
    private final AppSettings settings;

    /** Where the start screen's choices lead; the shell implements it. */
    public interface Navigation {
        void showCreate();

        void showJoin();

        void chooseAndOpen();

        void open(Path file);
    }

    public StartViewModel(Navigation shell, AppSettings settings) {
        this.shell = shell;
        this.settings = settings;
    }

    /** The study opened last on this laptop, if its file is still there. */
    public Optional<Path> recentStudy() {
        return settings.lastStudy().filter(Files::isRegularFile);
    }

    public void create() {
        shell.showCreate();
    }

    /** A laptop joins a coordinator's study from the kit it was given. */
    public void join() {
        shell.showJoin();
    }

    public void open() {
        shell.chooseAndOpen();
    }

    public void openRecent() {
        recentStudy().ifPresent(shell::open);
    }
}
