package org.campo.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Starts the desktop app. */
public final class GuiLauncher {
    private static final Set<String> GUI_OPTIONS = Set.of("--demo");

    private GuiLauncher() {
    }

    /**
     * No arguments, only GUI options, or a single study file (what the desktop passes when a
     * {@code .campo} file is double-clicked) means the user wants the window.
     */
    public static boolean isGuiInvocation(String[] args) {
        return Arrays.stream(args).allMatch(GUI_OPTIONS::contains) || studyFileArgument(args).isPresent();
    }

    /** The study file to open, when the only argument names an existing {@code .campo} file. */
    static Optional<Path> studyFileArgument(List<String> args) {
        return studyFileArgument(args.toArray(String[]::new));
    }

    private static Optional<Path> studyFileArgument(String[] args) {
        if (args.length != 1 || !args[0].endsWith(".campo")) {
            return Optional.empty();
        }
        Path file = Path.of(args[0]);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    public static void launch(String[] args) {
        javafx.application.Application.launch(CampoApp.class, args);
    }
}
