package org.campo;

import org.campo.cli.CampoCli;
import org.campo.ui.GuiLauncher;

/**
 * Entry point of the one jar: with no arguments (or only GUI options such as {@code --demo})
 * it opens the desktop app; otherwise it runs a command line command. One jar for both keeps
 * the installer and the field kit simple: whatever the laptop has, both work.
 *
 * <p>This class must not extend {@code javafx.application.Application}: on the class path the
 * JavaFX launcher refuses such a main class ("JavaFX runtime components are missing").
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (GuiLauncher.isGuiInvocation(args)) {
            GuiLauncher.launch(args);
        } else {
            System.exit(CampoCli.execute(args));
        }
    }
}
