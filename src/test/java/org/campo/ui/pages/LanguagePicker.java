package org.campo.ui.pages;

import org.testfx.api.FxRobot;

/** The language drop-down, on the start and unlock screens and in Settings. */
public final class LanguagePicker extends Page {

    LanguagePicker(FxRobot robot) {
        super(robot);
    }

    /** Chooses a language by the name it shows (English, Español). */
    public void choose(String languageName) {
        robot.clickOn("#language");
        robot.clickOn(languageName);
        waitFor("#language");
    }
}
