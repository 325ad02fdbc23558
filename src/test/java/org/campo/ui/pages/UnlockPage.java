package org.campo.ui.pages;

import javafx.scene.control.ComboBox;
import org.testfx.api.FxRobot;

/** The unlock screen. */
public final class UnlockPage extends Page {

    public UnlockPage(FxRobot robot) {
        super(robot);
        waitFor("#unlock");
    }

    public String studyName() {
        return text("#unlock-study-name");
    }

    @SuppressWarnings("unchecked")
    public String selectedUser() {
        return ((ComboBox<String>) robot.lookup("#unlock-user").query()).getValue();
    }

    public StudyHomePage unlock(String passphrase) {
        enter(passphrase);
        return new StudyHomePage(robot);
    }

    /** Tries a passphrase that should be refused and returns the error shown. */
    public String unlockExpectingError(String passphrase) {
        enter(passphrase);
        waitFor("#unlock-error");
        return text("#unlock-error");
    }

    private void enter(String passphrase) {
        type("#unlock-passphrase", passphrase);
        robot.clickOn("#unlock-button");
    }

    public String unlockButtonText() {
        return text("#unlock-button");
    }

    public LanguagePicker language() {
        return new LanguagePicker(robot);
    }
}
