package org.campo.ui.pages;

import org.testfx.api.FxRobot;

/** The new-study form; the file chooser answers from the test's scripted dialogs. */
public final class CreateStudyPage extends Page {

    CreateStudyPage(FxRobot robot) {
        super(robot);
        waitFor("#create-study-form");
    }

    public CreateStudyPage fill(String studyName, String userName, String passphrase) {
        type("#study-name", studyName);
        robot.clickOn("#choose-file");
        type("#user-name", userName);
        type("#passphrase", passphrase);
        type("#confirmation", passphrase);
        return this;
    }

    public String strength() {
        return text("#strength");
    }

    public boolean canSubmit() {
        return !robot.lookup("#create").query().isDisabled();
    }

    /** Creates the study; the recovery key dialog is acknowledged by the scripted dialogs. */
    public StudyHomePage submit() {
        robot.clickOn("#create");
        return new StudyHomePage(robot);
    }
}
