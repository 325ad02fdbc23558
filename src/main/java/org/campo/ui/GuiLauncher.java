package org.campo.ui;

import java.util.Arrays;
import java.util.Set;

/** Starts the desktop app. */
public final class GuiLauncher {
    private static final Set<String> GUI_OPTIONS = Set.of("--demo");

    private GuiLauncher() {
    }

    /** No arguments, or only GUI options, means the user wants the window. */
    public static boolean isGuiInvocation(String[] args) {
        return Arrays.stream(args).allMatch(GUI_OPTIONS::contains);
    }

    public static void launch(String[] args) {
        javafx.application.Application.launch(CampoApp.class, args);
    }
}
