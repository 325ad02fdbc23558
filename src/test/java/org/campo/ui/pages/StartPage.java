package org.campo.ui.pages;

import org.testfx.api.FxRobot;

/** The welcome screen. */
public final class StartPage extends Page {

    public StartPage(FxRobot robot) {
        super(robot);
        waitFor("#start");
    }

    public CreateStudyPage createStudy() {
        robot.clickOn("#create-study");
        return new CreateStudyPage(robot);
    }

    /** Join a study from a kit…, reached with Tab and pressed with Space. */
    public JoinStudyPage joinStudy() {
        JoinStudyPage.tabTo(robot, "join-study");
        robot.type(javafx.scene.input.KeyCode.SPACE);
        return new JoinStudyPage(robot);
    }

    public UnlockPage openRecent() {
        robot.clickOn("#open-recent");
        return new UnlockPage(robot);
    }

    public String createButtonText() {
        return text("#create-study");
    }

    public LanguagePicker language() {
        return new LanguagePicker(robot);
    }
}
