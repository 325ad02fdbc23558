package org.campo.ui.pages;

import javafx.scene.control.Spinner;
import org.testfx.api.FxRobot;

/** The Settings section. */
public final class SettingsPage extends Page {

    SettingsPage(FxRobot robot) {
        super(robot);
        waitFor("#settings");
    }

    public LanguagePicker language() {
        return new LanguagePicker(robot);
    }

    /** Types a new auto-lock delay and commits it with Enter. */
    public SettingsPage setAutoLockMinutes(int minutes) {
        robot.doubleClickOn("#auto-lock-minutes .text-field");
        robot.eraseText(6);
        robot.write(Integer.toString(minutes));
        robot.type(javafx.scene.input.KeyCode.ENTER);
        return this;
    }

    @SuppressWarnings("unchecked")
    public int autoLockMinutes() {
        return ((Spinner<Integer>) robot.lookup("#auto-lock-minutes").query()).getValue();
    }
}
